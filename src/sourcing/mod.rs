//! What a source URL is: its normalized form, the kind its path suggests, and
//! whether the source counts as state media. The one place that classifies a URL.

mod classify;
mod explain;
mod kind;
mod kind_evidence;
mod normalize;
mod paste;
mod urls;

pub use classify::{
    ReaderMark, SourceClass, classification_day, classify_source, classify_with_outlet,
};
pub use explain::{Explanation, explain};
pub use kind::{guess_kind, kind_of_section, opinion_segment};
pub use kind_evidence::{kind_disagreement, kind_reason};
pub use normalize::{is_web_parsed_url, is_web_url, normalize_parsed_url, normalize_url};
pub use paste::{PasteError, pasted_urls};
pub use urls::urls_in;
