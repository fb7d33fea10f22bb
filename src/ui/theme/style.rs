//! The tokens put into egui: fonts, the type scale, spacing and the visuals
//! of both themes.

use std::sync::Arc;

use egui::epaint::Shadow;
use egui::{
    Color32, CornerRadius, FontData, FontDefinitions, FontFamily, FontId, Stroke, Style, TextStyle,
};

use super::Tokens;

/// The family entries are written in: a book serif (the PDF's own, Libertinus Serif).
pub const READING: &str = "reading";
/// Section titles: the serif's semibold.
const READING_TITLE: &str = "reading-title";
/// Headings of the interface: Inter's semibold.
const HEADING: &str = "heading";

const INTER: &str = "Inter-Regular";
const INTER_SEMIBOLD: &str = "Inter-SemiBold";
const LIBERTINUS: &str = "LibertinusSerif-Regular";
const LIBERTINUS_SEMIBOLD: &str = "LibertinusSerif-Semibold";

/// Entry text: 17 px, the size of a book page read at a desk.
pub fn reading_font() -> FontId {
    FontId::new(17.0, FontFamily::Name(READING.into()))
}

/// A section's title above its entries.
pub fn section_title_font() -> FontId {
    FontId::new(24.0, FontFamily::Name(READING_TITLE.into()))
}

/// Fonts, both themes' styles, and the light theme unless the system or
/// the user says otherwise.
pub fn install(ctx: &egui::Context, preference: egui::ThemePreference) {
    ctx.set_fonts(fonts());
    ctx.options_mut(|options| {
        options.fallback_theme = egui::Theme::Light;
        options.theme_preference = preference;
    });
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(theme, |style| apply(style, super::of(theme)));
    }
}

/// egui's fonts with Inter for the interface and Libertinus Serif for the
/// text being written; egui's own fonts stay as fallbacks (emoji, symbols),
/// and the icons' font after them.
fn fonts() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [
        (
            INTER,
            &include_bytes!("../../../assets/fonts/Inter-Regular.otf")[..],
        ),
        (
            INTER_SEMIBOLD,
            &include_bytes!("../../../assets/fonts/Inter-SemiBold.otf")[..],
        ),
        (
            LIBERTINUS,
            &include_bytes!("../../../assets/fonts/LibertinusSerif-Regular.otf")[..],
        ),
        (
            LIBERTINUS_SEMIBOLD,
            &include_bytes!("../../../assets/fonts/LibertinusSerif-Semibold.otf")[..],
        ),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let icons = super::super::icons::add_font(&mut fonts);
    // egui's own fallbacks (Ubuntu, emoji, its icon font), without the icons'
    // font: that one goes right after the first font of each family, before
    // egui's emoji font, which has other glyphs at the same code points.
    let fallbacks: Vec<String> = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|name| *name != icons)
        .collect();
    let family = |first: &[&str]| {
        let mut names: Vec<String> = first.iter().map(|name| (*name).to_owned()).collect();
        names.push(icons.clone());
        names.extend(fallbacks.iter().cloned());
        names
    };
    fonts
        .families
        .insert(FontFamily::Proportional, family(&[INTER]));
    fonts
        .families
        .insert(FontFamily::Name(HEADING.into()), family(&[INTER_SEMIBOLD]));
    // Characters the serif lacks fall back to the interface's font first.
    fonts.families.insert(
        FontFamily::Name(READING.into()),
        family(&[LIBERTINUS, INTER]),
    );
    fonts.families.insert(
        FontFamily::Name(READING_TITLE.into()),
        family(&[LIBERTINUS_SEMIBOLD, INTER_SEMIBOLD]),
    );
    fonts
}

/// The type scale, spacing and colours of one theme.
pub fn apply(style: &mut Style, tokens: &Tokens) {
    style.text_styles = [
        (TextStyle::Small, FontId::proportional(12.0)),
        (TextStyle::Body, FontId::proportional(14.0)),
        (TextStyle::Button, FontId::proportional(14.0)),
        (TextStyle::Monospace, FontId::monospace(13.0)),
        (
            TextStyle::Heading,
            FontId::new(20.0, FontFamily::Name(HEADING.into())),
        ),
    ]
    .into();
    let spacing = &mut style.spacing;
    spacing.item_spacing = egui::vec2(8.0, 6.0);
    spacing.button_padding = egui::vec2(8.0, 3.0);
    spacing.interact_size.y = 22.0;
    spacing.menu_margin = egui::Margin::same(6);
    spacing.window_margin = egui::Margin::same(12);
    // Scroll bars that take their own room, as on a desktop: a floating bar
    // would cover the last row of a table or the last line of an entry.
    spacing.scroll = egui::style::ScrollStyle::solid();
    style.visuals = visuals(tokens);
}

fn visuals(t: &Tokens) -> egui::Visuals {
    let mut v = if t.dark {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    v.override_text_color = None;
    v.weak_text_color = Some(t.subdued);
    v.hyperlink_color = t.accent;
    v.faint_bg_color = blend(t.panel, t.text, 0.04);
    v.extreme_bg_color = t.field;
    v.text_edit_bg_color = Some(t.field);
    v.code_bg_color = t.bar;
    v.warn_fg_color = t.warning;
    v.error_fg_color = t.error;
    v.panel_fill = t.panel;
    v.window_fill = t.page;
    v.window_stroke = Stroke::new(1.0, t.rule);
    v.window_corner_radius = CornerRadius::same(8);
    v.menu_corner_radius = CornerRadius::same(6);
    let shadow = Color32::from_black_alpha(if t.dark { 90 } else { 28 });
    v.window_shadow = Shadow {
        offset: [0, 8],
        blur: 20,
        spread: 0,
        color: shadow,
    };
    v.popup_shadow = Shadow {
        offset: [0, 4],
        blur: 10,
        spread: 0,
        color: shadow,
    };
    v.selection.bg_fill = t.selection;
    v.selection.stroke = Stroke::new(1.0, t.text);
    v.text_cursor.stroke = Stroke::new(2.0, t.accent);
    let button = blend(t.panel, t.text, 0.07);
    let hovered = blend(t.panel, t.text, 0.12);
    let pressed = blend(t.panel, t.text, 0.18);
    let w = &mut v.widgets;
    w.noninteractive.bg_fill = t.panel;
    w.noninteractive.weak_bg_fill = t.panel;
    w.noninteractive.bg_stroke = Stroke::new(1.0, t.rule);
    w.noninteractive.fg_stroke = Stroke::new(1.0, t.text);
    w.inactive.weak_bg_fill = button;
    w.inactive.bg_fill = t.field;
    w.inactive.bg_stroke = Stroke::new(1.0, t.field_border);
    w.inactive.fg_stroke = Stroke::new(1.0, t.text);
    w.hovered.weak_bg_fill = hovered;
    w.hovered.bg_fill = hovered;
    w.hovered.bg_stroke = Stroke::new(1.0, t.accent);
    w.hovered.fg_stroke = Stroke::new(1.5, t.strong);
    w.active.weak_bg_fill = pressed;
    w.active.bg_fill = pressed;
    w.active.bg_stroke = Stroke::new(1.0, t.accent);
    w.active.fg_stroke = Stroke::new(2.0, t.strong);
    w.open.weak_bg_fill = hovered;
    w.open.bg_fill = hovered;
    w.open.bg_stroke = Stroke::new(1.0, t.rule);
    w.open.fg_stroke = Stroke::new(1.0, t.text);
    for widget in [
        &mut w.noninteractive,
        &mut w.inactive,
        &mut w.hovered,
        &mut w.active,
        &mut w.open,
    ] {
        widget.corner_radius = CornerRadius::same(5);
    }
    v
}

/// `base` moved `amount` of the way towards `towards` (both opaque).
pub(super) fn blend(base: Color32, towards: Color32, amount: f32) -> Color32 {
    let mix = |a: u8, b: u8| {
        let value = f32::from(a) + (f32::from(b) - f32::from(a)) * amount;
        value.round().clamp(0.0, 255.0) as u8
    };
    Color32::from_rgb(
        mix(base.r(), towards.r()),
        mix(base.g(), towards.g()),
        mix(base.b(), towards.b()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_text_style_is_under_11_px_in_either_theme() {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let mut style = Style::default();
            apply(&mut style, super::super::of(theme));
            for (text_style, font) in &style.text_styles {
                assert!(font.size >= 11.0, "{text_style:?} is {} px", font.size);
            }
        }
        assert!(reading_font().size >= 16.0);
        assert!(section_title_font().size > reading_font().size);
    }

    #[test]
    fn every_family_names_fonts_that_are_embedded() {
        let fonts = fonts();
        for (family, names) in &fonts.families {
            for name in names {
                assert!(
                    fonts.font_data.contains_key(name),
                    "{family:?} names {name}, which is not embedded (egui would panic)"
                );
            }
        }
        assert!(
            fonts
                .families
                .contains_key(&FontFamily::Name(READING.into()))
        );
    }
}
