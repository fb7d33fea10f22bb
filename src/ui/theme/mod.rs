//! The window's design tokens, in one place so every panel agrees (the way
//! Rerun's `re_ui` keeps its tokens): the palette of a light and a dark
//! theme, the type scale and the fonts (`style`), and the contrast rule every
//! colour pair is held to (`contrast`).
//!
//! The rules:
//! - **One meaning per colour.** The accent (blue) is for what can be clicked,
//!   focused or selected, and for links. Four hues belong to the sources, only
//!   on chips, the library's class column and the meter, always beside a word
//!   that says the same: red state media, violet a government or
//!   state-controlled outlet the policy does not count, teal opinion, amber an
//!   outlet the registry does not know. Independent and public-service outlets
//!   are plain. Status takes the policy's own colours with an icon and a word:
//!   red an error (state media over the limit is one), amber a warning, green
//!   within the policy, indigo a special edition over the limit on purpose.
//! - **Readable.** No text under 11 px; body text 14 px; entries are set in a
//!   serif at 17 px with half a line of leading, in a column of about 70
//!   characters. Every text colour is at least 4.5:1 on the surfaces it is
//!   drawn on, in both themes (`contrast` tests it).
//! - **Light by default.** A writing tool: the light theme unless the system
//!   or the user says dark.

#[cfg(test)]
mod contrast;
mod style;

use egui::{Color32, Ui};

use crate::model::SectionStatus;
use crate::registry::Classification;

pub use style::{install, reading_font, section_title_font};

/// The colours of a source's chip: its words, its fill and its outline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChipColours {
    pub text: Color32,
    pub fill: Color32,
}

/// Every colour the window uses, by what it means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tokens {
    pub dark: bool,
    /// The page entries are written on (the centre).
    pub page: Color32,
    /// The side panels.
    pub panel: Color32,
    /// The menu, masthead and status bars.
    pub bar: Color32,
    /// Inside a text field.
    pub field: Color32,
    /// The outline of a text field (a boundary a user must see: 3:1).
    pub field_border: Color32,
    /// Rules and separators (decoration, no contrast required).
    pub rule: Color32,
    pub text: Color32,
    /// Secondary text: counts, bylines, hints.
    pub subdued: Color32,
    pub strong: Color32,
    /// What can be clicked, focused or selected; links.
    pub accent: Color32,
    pub selection: Color32,
    /// Behind a match of Find.
    pub found: Color32,
    pub error: Color32,
    pub warning: Color32,
    pub ok: Color32,
    /// Neutral information (notes of the archive, info findings).
    pub info: Color32,
    pub special_edition: Color32,
    pub state_media: ChipColours,
    pub government: ChipColours,
    pub opinion: ChipColours,
    pub unclassified: ChipColours,
    /// Independent and public-service outlets: plain.
    pub plain_chip: ChipColours,
}

pub const LIGHT: Tokens = Tokens {
    dark: false,
    page: rgb(0xFF, 0xFF, 0xFF),
    panel: rgb(0xF5, 0xF6, 0xF8),
    bar: rgb(0xEC, 0xEE, 0xF1),
    field: rgb(0xFF, 0xFF, 0xFF),
    field_border: rgb(0x86, 0x8D, 0x97),
    rule: rgb(0xD6, 0xDA, 0xE0),
    text: rgb(0x1C, 0x20, 0x24),
    subdued: rgb(0x59, 0x60, 0x69),
    strong: rgb(0x00, 0x00, 0x00),
    accent: rgb(0x0B, 0x57, 0xA4),
    selection: rgb(0xCC, 0xE0, 0xF7),
    found: rgb(0xFF, 0xE3, 0x8A),
    error: rgb(0xB3, 0x26, 0x1E),
    warning: rgb(0x8A, 0x53, 0x00),
    ok: rgb(0x17, 0x72, 0x3A),
    info: rgb(0x3A, 0x55, 0xB4),
    special_edition: rgb(0x3A, 0x55, 0xB4),
    state_media: chip(rgb(0xB3, 0x26, 0x1E), rgb(0xFC, 0xEA, 0xE8)),
    government: chip(rgb(0x6A, 0x3D, 0x9A), rgb(0xF2, 0xEC, 0xFA)),
    opinion: chip(rgb(0x00, 0x69, 0x6B), rgb(0xE1, 0xF3, 0xF2)),
    unclassified: chip(rgb(0x8A, 0x53, 0x00), rgb(0xFC, 0xF1, 0xDE)),
    plain_chip: chip(rgb(0x3E, 0x46, 0x50), rgb(0xED, 0xF0, 0xF3)),
};

pub const DARK: Tokens = Tokens {
    dark: true,
    page: rgb(0x1B, 0x1D, 0x21),
    panel: rgb(0x22, 0x25, 0x2A),
    bar: rgb(0x2A, 0x2D, 0x33),
    field: rgb(0x16, 0x18, 0x1B),
    field_border: rgb(0x72, 0x79, 0x83),
    rule: rgb(0x3A, 0x3F, 0x46),
    text: rgb(0xE4, 0xE7, 0xEB),
    subdued: rgb(0xA2, 0xAA, 0xB4),
    strong: rgb(0xFF, 0xFF, 0xFF),
    accent: rgb(0x8A, 0xB8, 0xFF),
    selection: rgb(0x2D, 0x4A, 0x6E),
    found: rgb(0x6B, 0x5A, 0x12),
    error: rgb(0xFF, 0x8A, 0x80),
    warning: rgb(0xF0, 0xB8, 0x60),
    ok: rgb(0x72, 0xD6, 0x9A),
    info: rgb(0xA9, 0xB8, 0xFF),
    special_edition: rgb(0xA9, 0xB8, 0xFF),
    state_media: chip(rgb(0xFF, 0x8A, 0x80), rgb(0x3A, 0x22, 0x21)),
    government: chip(rgb(0xC8, 0xA8, 0xF4), rgb(0x2E, 0x25, 0x40)),
    opinion: chip(rgb(0x5E, 0xD0, 0xCB), rgb(0x17, 0x33, 0x31)),
    unclassified: chip(rgb(0xF0, 0xB8, 0x60), rgb(0x36, 0x2B, 0x17)),
    plain_chip: chip(rgb(0xC5, 0xCB, 0xD3), rgb(0x2C, 0x30, 0x36)),
};

const fn rgb(r: u8, g: u8, b: u8) -> Color32 {
    Color32::from_rgb(r, g, b)
}

const fn chip(text: Color32, fill: Color32) -> ChipColours {
    ChipColours { text, fill }
}

/// The tokens of the theme `ui` is drawn in.
pub fn tokens(ui: &Ui) -> &'static Tokens {
    of_visuals(ui.visuals())
}

/// The tokens of the theme these visuals were made from.
pub fn of_visuals(visuals: &egui::Visuals) -> &'static Tokens {
    if visuals.dark_mode { &DARK } else { &LIGHT }
}

/// The tokens of an egui theme.
pub fn of(theme: egui::Theme) -> &'static Tokens {
    match theme {
        egui::Theme::Dark => &DARK,
        egui::Theme::Light => &LIGHT,
    }
}

/// Points below the limit within which the share counts as "near".
pub const NEAR_MARGIN: f64 = 0.05;

impl Tokens {
    /// A source's chip: state media first whatever its exact class, then an
    /// opinion piece, then an outlet the registry does not know, then a
    /// government or state-controlled outlet the policy does not count.
    pub fn source(
        &self,
        classification: Option<Classification>,
        is_state_media: bool,
        is_opinion: bool,
    ) -> ChipColours {
        if is_state_media {
            return self.state_media;
        }
        if is_opinion {
            return self.opinion;
        }
        match classification {
            None => self.unclassified,
            Some(
                Classification::GovernmentOfficial
                | Classification::StateControlled
                | Classification::CapturedPublic
                | Classification::CapturedPrivate,
            ) => self.government,
            Some(
                Classification::Independent
                | Classification::IndependentStateFundedManaged
                | Classification::IndependentStateFunded
                | Classification::IndependentStateManaged
                | Classification::IndependentPublic,
            ) => self.plain_chip,
        }
    }

    /// Green comfortably under the limit, amber near it, red over it.
    pub fn margin(&self, share: f64, limit: f64) -> Color32 {
        if share > limit + 1e-9 {
            self.error
        } else if share >= limit - NEAR_MARGIN {
            self.warning
        } else {
            self.ok
        }
    }

    /// A section's review status.
    pub fn status(&self, status: SectionStatus) -> Color32 {
        match status {
            SectionStatus::Draft => self.subdued,
            SectionStatus::InReview => self.info,
            SectionStatus::ChangesRequested => self.warning,
            SectionStatus::Approved => self.ok,
        }
    }

    /// Every pair of colours text is drawn in over a surface, named for the
    /// contrast test and for anyone changing a colour.
    #[cfg(test)]
    pub fn text_pairs(&self) -> Vec<(String, Color32, Color32)> {
        let mut pairs = Vec::new();
        for (surface, background) in [
            ("page", self.page),
            ("panel", self.panel),
            ("bar", self.bar),
            ("field", self.field),
        ] {
            for (name, colour) in [
                ("text", self.text),
                ("subdued", self.subdued),
                ("strong", self.strong),
                ("accent", self.accent),
                ("error", self.error),
                ("warning", self.warning),
                ("ok", self.ok),
                ("info", self.info),
                ("special edition", self.special_edition),
            ] {
                pairs.push((format!("{name} on {surface}"), colour, background));
            }
        }
        pairs.push(("text on selection".to_owned(), self.text, self.selection));
        pairs.push(("text on a Find match".to_owned(), self.text, self.found));
        for (name, chip) in self.chips() {
            pairs.push((format!("{name} chip text"), chip.text, chip.fill));
        }
        pairs
    }

    /// Boundaries a user must see to find a control: 3:1 (WCAG 1.4.11).
    #[cfg(test)]
    pub fn boundary_pairs(&self) -> Vec<(String, Color32, Color32)> {
        let mut pairs = vec![
            (
                "text field outline on page".to_owned(),
                self.field_border,
                self.page,
            ),
            (
                "text field outline on panel".to_owned(),
                self.field_border,
                self.panel,
            ),
        ];
        for (name, chip) in self.chips() {
            pairs.push((format!("{name} chip outline on page"), chip.text, self.page));
        }
        pairs
    }

    #[cfg(test)]
    fn chips(&self) -> [(&'static str, ChipColours); 5] {
        [
            ("state media", self.state_media),
            ("government", self.government),
            ("opinion", self.opinion),
            ("unclassified", self.unclassified),
            ("plain", self.plain_chip),
        ]
    }
}
