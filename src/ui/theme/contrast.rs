//! WCAG 2 contrast: relative luminance of sRGB colours and their ratio.

use egui::Color32;

/// The luminance of an opaque sRGB colour (WCAG 2.x, threshold 0.04045).
fn luminance(colour: Color32) -> f64 {
    let channel = |value: u8| {
        let s = f64::from(value) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
}

/// The contrast of `foreground` drawn over the opaque `background`, from 1
/// to 21. A translucent foreground is composited first, as the screen shows it.
pub fn contrast_ratio(foreground: Color32, background: Color32) -> f64 {
    let shown = background.blend(foreground);
    let (a, b) = (luminance(shown), luminance(background));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::super::{DARK, LIGHT, Tokens};
    use super::*;

    #[test]
    fn black_on_white_is_21_and_a_colour_on_itself_is_1() {
        assert!((contrast_ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // WCAG's own example: #777 on white is just under 4.5.
        let grey = Color32::from_rgb(0x77, 0x77, 0x77);
        assert!((contrast_ratio(grey, Color32::WHITE) - 4.48).abs() < 0.01);
    }

    fn failures(tokens: &Tokens) -> Vec<String> {
        let mut failed = Vec::new();
        for (name, fg, bg) in tokens.text_pairs() {
            let ratio = contrast_ratio(fg, bg);
            if ratio < 4.5 {
                failed.push(format!("{name}: {ratio:.2} < 4.5"));
            }
        }
        for (name, fg, bg) in tokens.boundary_pairs() {
            let ratio = contrast_ratio(fg, bg);
            if ratio < 3.0 {
                failed.push(format!("{name}: {ratio:.2} < 3"));
            }
        }
        failed
    }

    #[test]
    fn every_text_colour_reads_at_wcag_aa_in_both_themes() {
        for (theme, tokens) in [("light", &LIGHT), ("dark", &DARK)] {
            let failed = failures(tokens);
            assert!(failed.is_empty(), "{theme} theme: {failed:#?}");
        }
    }

    #[test]
    fn the_egui_visuals_the_window_uses_read_at_wcag_aa() {
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            let mut style = egui::Style::default();
            super::super::style::apply(&mut style, super::super::of(theme));
            let v = &style.visuals;
            let pairs = [
                ("text on panel", v.text_color(), v.panel_fill),
                ("weak text on panel", v.weak_text_color(), v.panel_fill),
                ("strong text on panel", v.strong_text_color(), v.panel_fill),
                ("link on panel", v.hyperlink_color, v.panel_fill),
                ("text in a field", v.text_color(), v.text_edit_bg_color()),
                (
                    "button text",
                    v.widgets.inactive.text_color(),
                    v.widgets.inactive.weak_bg_fill,
                ),
                (
                    "hovered button text",
                    v.widgets.hovered.text_color(),
                    v.widgets.hovered.weak_bg_fill,
                ),
                (
                    "text on selection",
                    v.selection.stroke.color,
                    v.panel_fill.blend(v.selection.bg_fill),
                ),
                ("warning", v.warn_fg_color, v.panel_fill),
                ("error", v.error_fg_color, v.panel_fill),
                ("text in a window", v.text_color(), v.window_fill),
            ];
            for (name, fg, bg) in pairs {
                let ratio = contrast_ratio(fg, bg);
                assert!(ratio >= 4.5, "{theme:?} {name}: {ratio:.2}");
            }
        }
    }

    /// A change of colour that breaks the rule is named: this test would
    /// fail with a grey like egui's default weak text.
    #[test]
    fn a_faint_grey_is_caught() {
        let faint = Tokens {
            subdued: Color32::from_rgb(0x9a, 0x9a, 0x9a),
            ..LIGHT
        };
        assert!(
            failures(&faint)
                .iter()
                .any(|failure| failure.starts_with("subdued on page"))
        );
    }
}
