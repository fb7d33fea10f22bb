//! The wavy red line under unknown words. egui draws only straight
//! underlines, so the layout job marks an unknown word with an invisible
//! underline (`MARK`) and, once the `TextEdit` is shown, the marked glyphs
//! of its galley get a zigzag painted under them, one per row a word spans.

use egui::text::TextFormat;
use egui::text_edit::TextEditOutput;
use egui::{Color32, Galley, Pos2, Rect, Shape, Stroke, Ui, Vec2, pos2, vec2};

/// The underline that marks an unknown word in a layout job: transparent,
/// so egui paints nothing for it (`Stroke::is_empty`), yet recognisable.
pub const MARK: Stroke = Stroke {
    width: 1.5,
    color: Color32::TRANSPARENT,
};

/// The colour of the wave under an unknown word.
const COLOUR: Color32 = Color32::from_rgb(0xd0, 0x30, 0x30);

/// Half the wave's height, in points.
const AMPLITUDE: f32 = 1.5;

/// From a crest to the next trough, in points.
const HALF_WAVE: f32 = 2.5;

/// Whether a section of a layout job is an unknown word.
pub fn is_marked(format: &TextFormat) -> bool {
    format.underline == MARK
}

/// A marked stretch of one row, in the galley's coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Run {
    left: f32,
    right: f32,
    /// The y of the wave's middle line: below the baseline, in the descent.
    y: f32,
}

/// Calls `each` with every marked stretch of `galley`, row by row (a word
/// wrapped onto two rows gives two runs). Nothing is allocated.
fn for_each_run(galley: &Galley, mut each: impl FnMut(Run)) {
    let sections = &galley.job.sections;
    if !sections.iter().any(|section| is_marked(&section.format)) {
        return;
    }
    let mut section = 0;
    let mut byte = 0;
    for placed in &galley.rows {
        // The section and run under way on this row.
        let mut open: Option<(usize, Run)> = None;
        for glyph in &placed.row.glyphs {
            while sections
                .get(section)
                .is_some_and(|s| s.byte_range.end.0 <= byte)
            {
                section += 1;
            }
            let marked = sections
                .get(section)
                .is_some_and(|s| s.byte_range.start.0 <= byte && is_marked(&s.format));
            byte += glyph.chr.len_utf8();
            match &mut open {
                Some((index, run)) if marked && *index == section => {
                    run.right = placed.pos.x + glyph.max_x();
                }
                _ => {
                    if let Some((_, run)) = open.take() {
                        each(run);
                    }
                    if marked {
                        let baseline = placed.pos.y + glyph.pos.y;
                        let descent = glyph.font_height - glyph.font_ascent;
                        let run = Run {
                            left: placed.pos.x + glyph.pos.x,
                            right: placed.pos.x + glyph.max_x(),
                            y: baseline + (descent - AMPLITUDE).max(AMPLITUDE + 1.0),
                        };
                        open = Some((section, run));
                    }
                }
            }
        }
        if let Some((_, run)) = open.take() {
            each(run);
        }
        if placed.ends_with_newline {
            byte += 1;
        }
    }
}

/// The zigzag under `run`, moved by `offset`: a point every `HALF_WAVE`,
/// alternately above and below its middle line, the last one cut at the
/// run's right end. Empty for a run too narrow to show.
fn points(run: Run, offset: Vec2) -> Vec<Pos2> {
    let width = run.right - run.left;
    if !width.is_finite() || width < HALF_WAVE {
        return Vec::new();
    }
    let steps = (width / HALF_WAVE).floor() as usize;
    let mut points = Vec::with_capacity(steps + 2);
    let crest = |step: usize| {
        if step.is_multiple_of(2) {
            -AMPLITUDE
        } else {
            AMPLITUDE
        }
    };
    for step in 0..=steps {
        let x = run.left + step as f32 * HALF_WAVE;
        points.push(pos2(x, run.y + crest(step)) + offset);
    }
    let rest = run.right - (run.left + steps as f32 * HALF_WAVE);
    if rest > 0.01 {
        let from = crest(steps);
        let to = crest(steps + 1);
        let y = from + (to - from) * rest / HALF_WAVE;
        points.push(pos2(run.right, run.y + y) + offset);
    }
    points
}

/// Paints the waves under the unknown words of a `TextEdit` just shown,
/// clipped to its text (and its frame's height, so the last row's wave
/// shows). Nothing is done for a field without unknown words or off screen.
pub fn paint(ui: &Ui, output: &TextEditOutput) {
    let frame = output.response.response.rect;
    if !ui.is_rect_visible(frame) {
        return;
    }
    let galley = &output.galley;
    // Where the `TextEdit` painted the galley.
    let origin = output.galley_pos - vec2(galley.rect.left(), 0.0);
    let clip = Rect::from_x_y_ranges(output.text_clip_rect.x_range(), frame.y_range());
    let painter = ui.painter().with_clip_rect(clip);
    let pixels_per_point = ui.ctx().pixels_per_point();
    for_each_run(galley, |mut run| {
        // The middle line on a pixel edge puts the crests (±1.5) on pixel
        // centres, so a 1-pixel line stays crisp at 100 %.
        let y = ((run.y + origin.y) * pixels_per_point).round() / pixels_per_point;
        run.y = y - origin.y;
        let points = points(run, origin.to_vec2());
        if points.len() > 1 {
            painter.add(Shape::line(points, Stroke::new(1.0, COLOUR)));
        }
    });
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use egui::text::LayoutJob;
    use egui::{Context, FontId, RawInput};

    use super::*;

    /// `parts` laid out (wrapped at `width`), the `true` ones marked.
    fn galley(parts: &[(&str, bool)], width: f32) -> Arc<Galley> {
        let mut job = LayoutJob::default();
        let plain = TextFormat::simple(FontId::proportional(14.0), Color32::BLACK);
        for (text, marked) in parts {
            let format = if *marked {
                TextFormat {
                    underline: MARK,
                    ..plain.clone()
                }
            } else {
                plain.clone()
            };
            job.append(text, 0.0, format);
        }
        job.wrap.max_width = width;
        let ctx = Context::default();
        let mut laid = None;
        let mut output = ctx.run_ui(RawInput::default(), |ui| {
            laid = Some(ui.fonts_mut(|fonts| fonts.layout_job(job.clone())));
        });
        // No renderer takes the font texture here.
        output.textures_delta.clear();
        laid.expect("laid out")
    }

    fn runs(galley: &Galley) -> Vec<Run> {
        let mut runs = Vec::new();
        for_each_run(galley, |run| runs.push(run));
        runs
    }

    /// The x range and baseline of the glyphs `from..to` of row `row`.
    fn glyphs(galley: &Galley, row: usize, from: usize, to: usize) -> (f32, f32, f32) {
        let placed = &galley.rows[row];
        let glyphs = &placed.row.glyphs[from..to];
        let baseline = placed.pos.y + glyphs[0].pos.y;
        let x = placed.pos.x;
        (
            x + glyphs[0].pos.x,
            x + glyphs[glyphs.len() - 1].max_x(),
            baseline,
        )
    }

    #[test]
    fn the_wave_runs_under_the_word_just_below_its_baseline() {
        let galley = galley(
            &[("The ", false), ("grian", true), (" arrived.", false)],
            500.0,
        );
        let runs = runs(&galley);
        assert_eq!(runs.len(), 1, "{runs:?}");
        let (left, right, baseline) = glyphs(&galley, 0, 4, 9);
        assert_eq!((runs[0].left, runs[0].right), (left, right));
        assert!(runs[0].y > baseline + AMPLITUDE, "{runs:?} {baseline}");
        assert!(runs[0].y - AMPLITUDE < galley.rows[0].max_y(), "{runs:?}");
        let points = points(runs[0], Vec2::ZERO);
        assert!(points.len() >= 5, "{points:?}");
        assert_eq!(points[0].x, left);
        assert!((points[points.len() - 1].x - right).abs() < 0.01);
        assert!(
            points
                .iter()
                .all(|p| (p.y - runs[0].y).abs() <= AMPLITUDE + 0.01)
        );
        assert!(points.windows(2).all(|w| w[0].y != w[1].y), "zigzag");
    }

    #[test]
    fn a_word_broken_across_rows_gets_a_wave_on_each() {
        let galley = galley(&[("Grianandmoregrianandmoregrian", true)], 60.0);
        assert!(galley.rows.len() >= 2, "broken");
        let runs = runs(&galley);
        assert_eq!(runs.len(), galley.rows.len(), "{runs:?}");
        assert!(runs.windows(2).all(|w| w[1].y > w[0].y), "{runs:?}");
    }

    #[test]
    fn two_words_get_two_waves() {
        let galley = galley(
            &[
                ("Teh", true),
                (" ", false),
                ("grian", true),
                (" came", false),
            ],
            500.0,
        );
        let runs = runs(&galley);
        assert_eq!(runs.len(), 2, "{runs:?}");
        assert_eq!((runs[1].left, runs[1].right), {
            let (left, right, _) = glyphs(&galley, 0, 4, 9);
            (left, right)
        });
    }

    #[test]
    fn a_text_without_unknown_words_has_no_wave() {
        let galley = galley(&[("The grain arrived.", false)], 500.0);
        assert!(runs(&galley).is_empty());
    }

    #[test]
    fn a_word_after_a_newline_and_accents_is_found() {
        let galley = galley(&[("Café año\n", false), ("grian", true)], 500.0);
        let runs = runs(&galley);
        assert_eq!(runs.len(), 1, "{runs:?}");
        let (left, right, _) = glyphs(&galley, 1, 0, 5);
        assert_eq!((runs[0].left, runs[0].right), (left, right));
    }
}
