//! Who the program is: its version and build, the reference data it
//! carries, and everything bundled in it with its licence, for `--version`
//! and Help → About.

use crate::registry::ASD_RELEASE;

/// The version, the commit and its date: "0.1.0 (a1b2c3d4e5, 2026-12-07)".
pub fn version() -> String {
    // Set by build.rs; `unknown` where it could not tell.
    let commit = option_env!("MONITOR_WORKBENCH_COMMIT").unwrap_or("unknown");
    let date = option_env!("MONITOR_WORKBENCH_BUILD_DATE").unwrap_or("unknown");
    format!("{} ({commit}, {date})", env!("CARGO_PKG_VERSION"))
}

/// What `--version` prints after the program's name.
pub fn long_version() -> String {
    let mut text = format!(
        "{}\nReference data: {ASD_RELEASE}, under the curated outlets of this release\n\
         Licence: MIT OR Apache-2.0\nBundled:",
        version()
    );
    for item in BUNDLED {
        text.push_str(&format!(
            "\n  {} ({}): {}",
            item.name, item.what, item.licence
        ));
    }
    text.push_str("\nThe licence texts: Help → About in the window.");
    text
}

/// Something the program carries that others made or that has its own licence.
pub struct Bundled {
    pub name: &'static str,
    /// What it is for.
    pub what: &'static str,
    pub licence: &'static str,
    /// The licence's text, as it must travel with the work.
    pub text: &'static str,
}

pub const BUNDLED: &[Bundled] = &[
    Bundled {
        name: "Monitor Workbench",
        what: "the program",
        licence: "MIT OR Apache-2.0",
        text: concat!(
            include_str!("../LICENSE-MIT"),
            "\n\n",
            include_str!("../LICENSE-APACHE")
        ),
    },
    Bundled {
        name: "State Media Profiles (Alliance for Securing Democracy)",
        what: "the outlet registry's reference data",
        licence: "MIT",
        text: include_str!("../assets/reference/asd/LICENSE"),
    },
    Bundled {
        name: "Inter",
        what: "the interface's typeface",
        licence: "SIL Open Font License 1.1",
        text: include_str!("../assets/fonts/OFL-Inter.txt"),
    },
    Bundled {
        name: "Libertinus Serif",
        what: "the typeface of the text being written",
        licence: "SIL Open Font License 1.1",
        text: include_str!("../assets/fonts/OFL-Libertinus.txt"),
    },
    Bundled {
        name: "Material Symbols",
        what: "the interface's icons",
        licence: "Apache-2.0",
        text: include_str!("../assets/fonts/LICENSE-MaterialSymbols-Apache-2.0.txt"),
    },
    Bundled {
        name: "SCOWL American English dictionary",
        what: "English spelling",
        licence: "MIT-like, some parts public domain",
        text: include_str!("../assets/dictionaries/en_US.LICENSE"),
    },
    Bundled {
        name: "Typst's fonts and hyphenation patterns",
        what: "the PDF's typefaces (Libertinus Serif, New Computer Modern, DejaVu Sans Mono) and hyphenation",
        licence: "SIL OFL 1.1, GUST Font License, Bitstream Vera, and others listed",
        text: include_str!("../assets/licences/typst-assets-NOTICE.txt"),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_version_names_the_build_and_the_reference_data() {
        let text = long_version();
        assert!(text.starts_with(env!("CARGO_PKG_VERSION")), "{text}");
        assert!(text.contains(ASD_RELEASE), "{text}");
        for item in BUNDLED {
            assert!(text.contains(item.name), "{text}");
            assert!(item.text.len() > 500, "{} has no licence text", item.name);
        }
    }
}
