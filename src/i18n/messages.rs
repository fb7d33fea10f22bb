//! The embedded Fluent files and the lookup of one message.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Language;

/// The `.ftl` text of each language, in `Language::ALL` order.
pub(super) const SOURCES: [&str; 3] = [
    include_str!("../../assets/i18n/en.ftl"),
    include_str!("../../assets/i18n/es.ftl"),
    include_str!("../../assets/i18n/pt.ftl"),
];

/// A value for a message's placeable: text, or a number Fluent chooses a
/// plural form by (CLDR rules of the language).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}
impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}
impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i32, i64, u8, u16);

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Language::ALL.map(bundle))
}

fn bundle(language: Language) -> Bundle {
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    let mut bundle = Bundle::new_concurrent(vec![language.tag().parse().unwrap_or_default()]);
    // No Unicode isolation marks around placeables: egui draws them as boxes,
    // and none of the three languages is written right to left.
    bundle.set_use_isolating(false);
    // A syntax error in an embedded file is caught by the tests; the good
    // messages of a damaged file still load.
    let resource = FluentResource::try_new(SOURCES[index].to_owned()).unwrap_or_else(|(r, _)| r);
    let _ = bundle.add_resource(resource);
    bundle
}

/// A message in the interface's current language.
pub fn message(id: &str, args: &[(&str, Arg)]) -> String {
    message_in(super::current(), id, args)
}

/// A message in `language`, English where that language lacks it, and the id
/// itself where no language has it (the tests keep that from happening).
pub fn message_in(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let all = bundles();
    let index = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    format_in(&all[index], id, args)
        .or_else(|| format_in(&all[0], id, args))
        .unwrap_or_else(|| id.to_owned())
}

fn format_in(bundle: &Bundle, id: &str, args: &[(&str, Arg)]) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Number(number) => FluentValue::from(*number),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}
