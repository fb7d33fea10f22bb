//! Which installed fonts the Pandoc Markdown should name: the one part of
//! the exports that asks the system. XeLaTeX finds fonts through fontconfig,
//! so fontconfig (`fc-list`) is asked which families have every character
//! of each script the issue uses; the Markdown itself stays a pure function
//! of the issue and the options it is given.

use std::process::Command;

use super::scripts::{PandocFonts, Script, ScriptsUsed};
use crate::model::Issue;

/// The fonts chosen, and what could not be chosen.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FontChoice {
    pub fonts: PandocFonts,
    /// Scripts the issue uses that no installed font has: XeLaTeX would
    /// print them as nothing.
    pub missing: Vec<Script>,
    /// `fc-list` could not be run: the fonts named are the usual ones,
    /// not known to be installed.
    pub guessed: bool,
}

impl FontChoice {
    /// What the user should hear, one line per problem.
    pub fn warnings(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .missing
            .iter()
            .map(|script| {
                format!(
                    "the issue has {} text and no installed font has all of it: XeLaTeX \
                     would leave it out of the PDF; install one (e.g. the package {}) \
                     and export the Markdown again",
                    script.name(),
                    script.font_package()
                )
            })
            .collect();
        if self.guessed {
            lines.push(
                "fontconfig's fc-list could not be run, so the fonts the Markdown names \
                 for scripts beyond Latin are the usual ones, not known to be installed"
                    .to_owned(),
            );
        }
        lines
    }
}

/// The Pandoc Markdown with the installed fonts for the scripts it quotes,
/// and what the user should hear about fonts none has: what the command
/// line and the window both write.
pub fn markdown_for_this_computer(
    issue: &Issue,
    registry: &crate::registry::Registry,
    options: &super::ExportOptions,
) -> (String, Vec<String>) {
    let choice = for_pandoc(issue, options.mainfont.as_deref());
    let warnings = choice.warnings();
    let options = super::ExportOptions {
        pandoc_fonts: choice.fonts,
        ..options.clone()
    };
    (super::markdown(issue, registry, &options), warnings)
}

/// The installed font for each script beyond Latin the issue uses. A main
/// font the user chose is theirs: the Greek and Cyrillic are left to it.
pub fn for_pandoc(issue: &Issue, mainfont: Option<&str>) -> FontChoice {
    for_scripts(&ScriptsUsed::of(issue), mainfont, &fc_list)
}

/// The choice, with `families_having` answering which installed families
/// have every character given (`None`: fontconfig could not be asked).
pub fn for_scripts(
    used: &ScriptsUsed,
    mainfont: Option<&str>,
    families_having: &dyn Fn(&[char]) -> Option<Vec<String>>,
) -> FontChoice {
    let mut choice = FontChoice::default();
    for script in used.scripts() {
        if script == Script::Alphabetic && mainfont.is_some_and(|f| !f.trim().is_empty()) {
            continue;
        }
        let mut chars: Vec<char> = used.chars(script).iter().copied().collect();
        if script == Script::Alphabetic {
            // The main font sets the Latin text too.
            chars.extend('a'..='z');
        }
        match families_having(&chars) {
            Some(families) => {
                let family = best(script, &families);
                if family.is_none() {
                    choice.missing.push(script);
                }
                choice.fonts.set(script, family);
            }
            None => {
                choice.guessed = true;
                let usual = script.preferred_families().first().map(|f| (*f).to_owned());
                choice.fonts.set(script, usual);
            }
        }
    }
    choice
}

/// The preferred family if one is installed, else the first other one by
/// name, proportional before monospaced.
fn best(script: Script, families: &[String]) -> Option<String> {
    let preferred = script
        .preferred_families()
        .iter()
        .find(|wanted| families.iter().any(|f| f.eq_ignore_ascii_case(wanted)));
    if let Some(family) = preferred {
        return Some((*family).to_owned());
    }
    families
        .iter()
        .filter(|family| super::scripts::is_plain_family(family))
        .min_by_key(|family| (family.contains("Mono"), family.as_str()))
        .cloned()
}

/// The most characters asked about at once; a Chinese issue can use
/// thousands, and any font with the first two thousand is a font for it.
const ASKED: usize = 2000;

/// fontconfig's families that have every one of `chars`.
fn fc_list(chars: &[char]) -> Option<Vec<String>> {
    let charset: Vec<String> = chars
        .iter()
        .take(ASKED)
        .map(|c| format!("{:x}", u32::from(*c)))
        .collect();
    let output = Command::new("fc-list")
        .arg("--format")
        .arg("%{family[0]}\\n")
        .arg(format!(":charset={}", charset.join(" ")))
        .output()
        .ok()
        .filter(|output| output.status.success())?;
    let mut families: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect();
    families.sort();
    families.dedup();
    Some(families)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn installed(families: &'static [&'static str]) -> impl Fn(&[char]) -> Option<Vec<String>> {
        move |_| Some(families.iter().map(|f| (*f).to_owned()).collect())
    }

    #[test]
    fn the_preferred_installed_family_is_chosen() {
        let used = ScriptsUsed::of_text("Путин 习近平");
        let choice = for_scripts(
            &used,
            None,
            &installed(&["AR PL SungtiL GB", "DejaVu Serif", "WenQuanYi Micro Hei"]),
        );
        assert_eq!(choice.fonts.get(Script::Alphabetic), Some("DejaVu Serif"));
        assert_eq!(choice.fonts.get(Script::Cjk), Some("WenQuanYi Micro Hei"));
        assert!(choice.missing.is_empty());
        assert!(choice.warnings().is_empty());
    }

    #[test]
    fn any_installed_family_does_when_none_is_preferred() {
        let used = ScriptsUsed::of_text("سلام");
        let choice = for_scripts(&used, None, &installed(&["Zeta Mono", "Kacst Book"]));
        assert_eq!(choice.fonts.get(Script::Arabic), Some("Kacst Book"));
    }

    #[test]
    fn a_script_no_font_has_is_reported_with_the_package() {
        let used = ScriptsUsed::of_text("שלום");
        let choice = for_scripts(&used, None, &installed(&[]));
        assert_eq!(choice.missing, [Script::Hebrew]);
        assert_eq!(choice.fonts.get(Script::Hebrew), None);
        let warnings = choice.warnings();
        assert!(warnings[0].contains("Hebrew"), "{warnings:?}");
        assert!(warnings[0].contains("fonts-noto-core"), "{warnings:?}");
    }

    #[test]
    fn the_users_main_font_keeps_greek_and_cyrillic() {
        let used = ScriptsUsed::of_text("Путин");
        let asked = std::cell::Cell::new(false);
        let choice = for_scripts(&used, Some("Linux Libertine O"), &|_| {
            asked.set(true);
            Some(Vec::new())
        });
        assert!(!asked.get());
        assert_eq!(choice.fonts.get(Script::Alphabetic), None);
        assert!(choice.missing.is_empty());
    }

    #[test]
    fn without_fontconfig_the_usual_family_is_named_and_said_to_be_a_guess() {
        let used = ScriptsUsed::of_text("习近平");
        let choice = for_scripts(&used, None, &|_| None);
        assert_eq!(choice.fonts.get(Script::Cjk), Some("Noto Serif CJK SC"));
        assert!(choice.guessed);
        assert_eq!(choice.warnings().len(), 1);
    }
}
