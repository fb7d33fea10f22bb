//! Monitor Workbench: compose an issue of a news monitor, cite a source for every
//! report, keep the share of state media within the publication's policy, and
//! export the issue for readers.
//!
//! Modules, lowest layer first, as in `ARCHITECTURE.md` (which also says what
//! each may use); a module uses only modules listed before it:
//! - [`i18n`]: the interface's words in English, Spanish and Portuguese
//!   (Fluent), its language and its numbers (uses nothing else).
//! - [`registry`]: the outlet registry: outlets, classifications, whole-label
//!   host matching, the built-in `assets/outlets.ron` and the user's outlets
//!   (uses nothing else).
//! - [`text`]: entry text as styled runs, word counts, line and column
//!   positions, UTF-8 decoding, typed dates, typographic punctuation (uses
//!   nothing else).
//! - [`model`]: the issue, its sections, entries, sources, citations and
//!   policy; plain serde data, no rules (uses `registry::Classification`,
//!   `text::QuoteStyle`).
//! - [`sourcing`]: the one place that classifies a URL: normalized form,
//!   validity, kind guessed from the path, state media or not under a policy,
//!   and why (uses `model`, `registry`, `text`).
//! - [`compliance`]: the three share metrics and every finding, as one report;
//!   the `--json` shape (uses `model`, `registry`, `sourcing`, `text`).
//! - [`store`]: the issue file (canonical RON, migration, atomic save, load
//!   errors with positions, repair) and the user's outlet file (uses `model`,
//!   `text`, `registry`, `sourcing`).
//! - [`import`]: Markdown drafts and Zotero's CSL JSON into issues and sources
//!   (uses `model`, `sourcing`, `text`).
//! - [`export`]: HTML and Pandoc Markdown for readers, the reviewer's report,
//!   the publication gate, CSL JSON for Zotero (uses `model`, `registry`,
//!   `sourcing`, `compliance`, `text`).
//! - [`capture`]: source capture on the user's word: a page's metadata, the
//!   one HTTP door, archived copies, link checks (uses `model`, `registry`,
//!   `text`).
//! - [`edit`]: the one door for changes: `Edit` values, `Document` with undo
//!   and redo, find and replace, the new-issue template (uses `model`,
//!   `registry`, `sourcing`).
//! - [`merge`]: three-way merge of issue files: field by field, entry text
//!   word by word, the other side's new ids renumbered; conflicts kept in the
//!   issue as data (uses `model`).
//! - [`archive`]: a folder of issue files as the series: search, "already
//!   reported", figures per issue, the archive report, the folder watched
//!   (uses `model`, `registry`, `sourcing`, `compliance`, `store`, `text`).
//! - [`spelling`]: the words checked with Hunspell-compatible
//!   dictionaries (English shipped, others the system's), the words the issue
//!   knows accepted, the publication's word list, `spelling` info findings
//!   (uses `model`, `registry`, `compliance`, `store`, `text`).
//! - `synthetic` (cargo feature `synthetic`): deterministic synthetic issues for
//!   the benchmarks, not used by the program (uses `model`, `registry`).
//! - [`guide`]: the user guide the program carries, the README's sections
//!   for users as one HTML page (uses `about`).
//! - [`sample`]: the bundled sample issue (uses `model`, `store`).
//! - [`session`]: the issue open for editing and its file: change stamp,
//!   merge base, recovery copy and autosave; open, save, restore after a
//!   crash, merge a file changed on disk, close (uses `edit`, `merge`,
//!   `model`, `store`).
//! - [`cli`]: the command line: arguments and the `import`, `check`,
//!   `export`, `merge` and `git-setup` verbs (uses everything above except `synthetic`).
//! - `ui` (cargo feature `window`, on by default): the eframe window (uses
//!   everything above except `cli`, whose exit status for an unreadable file it
//!   shares).

#![forbid(unsafe_code)]

pub mod about;
pub mod archive;
pub mod capture;
pub mod cli;
pub mod compliance;
pub mod edit;
pub mod export;
pub mod guide;
pub mod history;
pub mod i18n;
pub mod import;
pub mod merge;
pub mod model;
pub mod registry;
pub mod sample;
pub mod session;
pub mod sourcing;
pub mod spelling;
pub mod store;
#[cfg(feature = "synthetic")]
pub mod synthetic;
pub mod text;
#[cfg(feature = "window")]
pub mod ui;
