//! Entry text drawn with its emphasis, strong text, code and links.

use egui::text::{LayoutJob, TextFormat};
use egui::{FontFamily, FontId, TextStyle, Ui};

use crate::text::Run;

/// A wrapped layout of `runs` in the body style of `ui`.
pub fn layout(ui: &Ui, runs: &[Run]) -> LayoutJob {
    let body = TextStyle::Body.resolve(ui.style());
    let visuals = ui.visuals();
    let mut job = LayoutJob::default();
    for run in runs {
        let mut format = TextFormat {
            font_id: body.clone(),
            color: visuals.text_color(),
            italics: run.emphasis,
            ..Default::default()
        };
        if run.strong {
            format.color = visuals.strong_text_color();
        }
        if run.code {
            format.font_id = FontId::new(body.size, FontFamily::Monospace);
            format.background = visuals.code_bg_color;
        }
        if run.link.is_some() {
            format.color = visuals.hyperlink_color;
            format.underline = egui::Stroke::new(1.0, visuals.hyperlink_color);
        }
        job.append(&run.text, 0.0, format);
    }
    job.wrap.max_width = ui.available_width();
    job
}

/// The runs as one line of plain text (for previews and accessible names).
pub fn plain(runs: &[Run]) -> String {
    runs.iter().map(|run| run.text.as_str()).collect()
}
