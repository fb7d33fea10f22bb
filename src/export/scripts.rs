//! The writing systems an issue uses beyond Latin, and the fonts Pandoc's
//! XeLaTeX needs to set them. XeLaTeX has no font fallback: a character its
//! font lacks prints as nothing, with only a line in its verbose log. So the
//! Markdown names, per script, a font that is installed (found by the caller,
//! `export::installed_fonts`), and marks Arabic and Hebrew runs with their
//! language, which gives them their font and their direction.

use std::collections::BTreeSet;

/// A writing system that Latin Modern, LaTeX's default font, cannot set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    /// Greek, Cyrillic and the other left-to-right alphabets: the main font
    /// must have them (XeLaTeX sets them in it).
    Alphabetic,
    /// Chinese, Japanese, Korean: set by xeCJK in `CJKmainfont`.
    Cjk,
    /// Arabic, Persian, Urdu: right to left, in a language span of their own.
    Arabic,
    /// Hebrew: right to left, in a language span of its own.
    Hebrew,
}

impl Script {
    /// Every script, in the order the Markdown names their fonts.
    pub const ALL: [Script; 4] = [Self::Alphabetic, Self::Cjk, Self::Arabic, Self::Hebrew];

    fn index(self) -> usize {
        self as usize
    }

    /// The script of one character, `None` for Latin, digits, punctuation
    /// and spaces, which any font sets.
    pub fn of(c: char) -> Option<Self> {
        let code = u32::from(c);
        match code {
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => Some(Self::Hebrew),
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x0870..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Some(Self::Arabic),
            0x2E80..=0x9FFF
            | 0xAC00..=0xD7AF
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFFEF
            | 0x20000..=0x2FA1F => Some(Self::Cjk),
            // Latin Extended Additional (Vietnamese) is in Latin Modern.
            0x1E00..=0x1EFF => None,
            0x0370..=0x1FFF => Some(Self::Alphabetic),
            _ => None,
        }
    }

    /// The script in words, for a message to the user.
    pub fn name(self) -> &'static str {
        match self {
            Self::Alphabetic => "Greek or Cyrillic",
            Self::Cjk => "Chinese, Japanese or Korean",
            Self::Arabic => "Arabic-script",
            Self::Hebrew => "Hebrew",
        }
    }

    /// What to install on Debian or Ubuntu when no font has the script.
    pub fn font_package(self) -> &'static str {
        match self {
            Self::Alphabetic => "fonts-dejavu-core",
            Self::Cjk => "fonts-noto-cjk",
            Self::Arabic => "fonts-noto-core",
            Self::Hebrew => "fonts-noto-core",
        }
    }

    /// The families tried first, best first; any installed family that has
    /// every character the issue uses comes after them.
    pub fn preferred_families(self) -> &'static [&'static str] {
        match self {
            Self::Alphabetic => &[
                "DejaVu Serif",
                "Noto Serif",
                "Liberation Serif",
                "FreeSerif",
            ],
            Self::Cjk => &[
                "Noto Serif CJK SC",
                "Noto Sans CJK SC",
                "Source Han Serif SC",
                "Source Han Sans SC",
                "WenQuanYi Micro Hei",
                "WenQuanYi Zen Hei",
                "AR PL UMing CN",
            ],
            Self::Arabic => &[
                "Noto Naskh Arabic",
                "Amiri",
                "Noto Sans Arabic",
                "DejaVu Sans",
            ],
            Self::Hebrew => &[
                "Noto Serif Hebrew",
                "David CLM",
                "Noto Sans Hebrew",
                "DejaVu Sans",
            ],
        }
    }

    /// Babel's name of the language a right-to-left run is marked with.
    /// Persian is marked as Arabic: Pandoc calls it `farsi`, a name babel
    /// has no file for, and the script is what setting it needs.
    fn span_language(self) -> Option<&'static str> {
        match self {
            Self::Arabic => Some("ar"),
            Self::Hebrew => Some("he"),
            Self::Alphabetic | Self::Cjk => None,
        }
    }
}

/// The characters of each script an issue's text uses.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ScriptsUsed {
    /// By `Script::index`.
    chars: [BTreeSet<char>; 4],
}

impl ScriptsUsed {
    /// Every text an issue holds is read (through its serialized form, so a
    /// field added later is not forgotten): what is not exported only costs
    /// a font line in the header.
    pub fn of(issue: &crate::model::Issue) -> Self {
        let text = serde_json::to_string(issue).unwrap_or_default();
        Self::of_text(&text)
    }

    pub fn of_text(text: &str) -> Self {
        let mut used = Self::default();
        for c in text.chars() {
            if let Some(script) = Script::of(c) {
                used.chars[script.index()].insert(c);
            }
        }
        used
    }

    pub fn chars(&self, script: Script) -> &BTreeSet<char> {
        &self.chars[script.index()]
    }

    /// The scripts used, in a fixed order.
    pub fn scripts(&self) -> impl Iterator<Item = Script> + '_ {
        Script::ALL
            .into_iter()
            .filter(|script| !self.chars(*script).is_empty())
    }
}

/// The installed font chosen for each script the issue uses (`None`: the
/// issue does not use it, or no installed font has it).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PandocFonts {
    /// By `Script::index`.
    families: [Option<String>; 4],
}

impl PandocFonts {
    pub fn get(&self, script: Script) -> Option<&str> {
        self.families[script.index()].as_deref()
    }

    pub fn set(&mut self, script: Script, family: Option<String>) {
        self.families[script.index()] = family;
    }

    /// The `header-includes` lines that give babel's Arabic and Hebrew
    /// their fonts. A family name goes into TeX: one with a character TeX
    /// would read as markup is left out (fontconfig's names never have one).
    pub fn babel_fonts(&self) -> Vec<String> {
        [(Script::Arabic, "arabic"), (Script::Hebrew, "hebrew")]
            .into_iter()
            .filter_map(|(script, language)| {
                let family = self.get(script).filter(|f| is_plain_family(f))?;
                let tag = if script == Script::Arabic {
                    "Arabic"
                } else {
                    "Hebrew"
                };
                Some(format!(
                    "\\babelfont[{language}]{{rm}}[Script={tag}]{{{family}}}"
                ))
            })
            .collect()
    }
}

/// A family name made only of letters, digits, spaces, dashes and dots.
pub fn is_plain_family(family: &str) -> bool {
    !family.trim().is_empty()
        && family
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '_'))
}

/// Escaped Markdown with each right-to-left run (Arabic, Hebrew) in a span
/// of its language, `[…]{lang=ar}`: under XeLaTeX, babel sets the span in
/// the language's font and direction. A run takes in the spaces, digits and
/// punctuation between its letters, never those around it. `escape` is
/// applied to each piece.
pub fn mark_right_to_left(text: &str, escape: impl Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some((start, script)) = rest.char_indices().find_map(|(i, c)| {
        Script::of(c)
            .filter(|s| s.span_language().is_some())
            .map(|s| (i, s))
    }) {
        out.push_str(&escape(&rest[..start]));
        let run = &rest[start..];
        // The run ends after its last letter of the script, before any
        // letter of another script.
        let mut end = 0;
        for (i, c) in run.char_indices() {
            match Script::of(c) {
                Some(s) if s == script => end = i + c.len_utf8(),
                Some(_) => break,
                None if c.is_alphabetic() => break,
                None => {}
            }
        }
        let language = script.span_language().unwrap_or("ar");
        out.push('[');
        out.push_str(&escape(&run[..end]));
        out.push_str("]{lang=");
        out.push_str(language);
        out.push('}');
        rest = &run[end..];
    }
    out.push_str(&escape(rest));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> String {
        text.to_owned()
    }

    #[test]
    fn scripts_are_told_apart() {
        assert_eq!(Script::of('a'), None);
        assert_eq!(Script::of('é'), None);
        assert_eq!(Script::of('ệ'), None);
        assert_eq!(Script::of('Ж'), Some(Script::Alphabetic));
        assert_eq!(Script::of('λ'), Some(Script::Alphabetic));
        assert_eq!(Script::of('中'), Some(Script::Cjk));
        assert_eq!(Script::of('한'), Some(Script::Cjk));
        assert_eq!(Script::of('پ'), Some(Script::Arabic));
        assert_eq!(Script::of('ש'), Some(Script::Hebrew));
    }

    #[test]
    fn a_run_takes_the_spaces_between_its_letters_not_around_it() {
        assert_eq!(
            mark_right_to_left("Dijo «سلام دنیا، ۱۲» ayer.", plain),
            "Dijo «[سلام دنیا، ۱۲]{lang=ar}» ayer."
        );
        assert_eq!(
            mark_right_to_left("שלום and مرحبا", plain),
            "[שלום]{lang=he} and [مرحبا]{lang=ar}"
        );
        assert_eq!(mark_right_to_left("no runs", plain), "no runs");
        assert_eq!(
            mark_right_to_left("مرحبا 2024 world", plain),
            "[مرحبا]{lang=ar} 2024 world"
        );
    }

    #[test]
    fn each_piece_is_escaped() {
        let escape = |s: &str| s.replace('*', "\\*");
        assert_eq!(
            mark_right_to_left("*a* مرحبا*بالعالم *b*", escape),
            "\\*a\\* [مرحبا\\*بالعالم]{lang=ar} \\*b\\*"
        );
    }

    #[test]
    fn only_plain_family_names_reach_tex() {
        let mut fonts = PandocFonts::default();
        fonts.set(Script::Arabic, Some("Noto Naskh Arabic".to_owned()));
        fonts.set(Script::Hebrew, Some("Evil}\\input{x".to_owned()));
        assert_eq!(
            fonts.babel_fonts(),
            ["\\babelfont[arabic]{rm}[Script=Arabic]{Noto Naskh Arabic}"]
        );
    }

    #[test]
    fn the_characters_of_each_script_are_gathered() {
        let used = ScriptsUsed::of_text("Путин y 习近平 dijo سلام");
        assert_eq!(
            used.scripts().collect::<Vec<_>>(),
            [Script::Alphabetic, Script::Cjk, Script::Arabic]
        );
        assert!(used.chars(Script::Cjk).contains(&'习'));
        assert!(used.chars(Script::Hebrew).is_empty());
    }
}
