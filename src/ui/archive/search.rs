//! The search box over every issue of the archive and its ranked hits: the
//! issue's name, the place (section and entry, a source, a section title)
//! and the snippet with the matching words marked. A click opens that issue
//! at that place. The hits follow the typing (a search takes milliseconds).

use egui::text::LayoutJob;
use egui::{Color32, RichText, TextEdit, TextFormat, Ui};

use super::Snapshot;
use crate::archive::{Hit, Place};
use crate::t;
use crate::ui::actions::{Action, Actions};

/// Hits shown at most.
pub const LIMIT: usize = 50;

#[derive(Default)]
pub struct SearchState {
    pub query: String,
    /// The hits of `query` in the snapshot they were computed from.
    hits: Vec<Hit>,
    searched: Option<(String, u64)>,
    /// The search box takes the keyboard focus once.
    pub focus: bool,
}

impl SearchState {
    /// Searches again when the query or the archive changed.
    fn refresh(&mut self, snapshot: &Snapshot) {
        let key = (self.query.clone(), snapshot.generation);
        if self.searched.as_ref() != Some(&key) {
            self.hits = snapshot.search.search(&self.query, LIMIT);
            self.searched = Some(key);
        }
    }
}

pub fn show(ui: &mut Ui, state: &mut SearchState, snapshot: &Snapshot, actions: &mut Actions) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("archive-search"));
        let field = ui
            .add(
                TextEdit::singleline(&mut state.query)
                    .hint_text(t!("archive-search-hint"))
                    .desired_width(f32::INFINITY)
                    .id_salt("archive_search"),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut state.focus) {
            field.request_focus();
        }
    });
    state.refresh(snapshot);
    if state.query.trim().is_empty() {
        ui.label(RichText::new(t!("archive-search-help")).weak());
        return;
    }
    if state.hits.is_empty() {
        ui.label(t!("archive-no-match", query = state.query.trim()));
        return;
    }
    let count = state.hits.len();
    ui.label(
        RichText::new(if count == LIMIT {
            t!("archive-best-matches", limit = LIMIT)
        } else {
            t!("archive-matches", count = count)
        })
        .weak(),
    );
    egui::ScrollArea::vertical()
        .id_salt("archive_hits")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for hit in &state.hits {
                hit_row(ui, hit, snapshot, actions);
            }
        });
}

fn hit_row(ui: &mut Ui, hit: &Hit, snapshot: &Snapshot, actions: &mut Actions) {
    let Some(archived) = snapshot.archive.issues.get(hit.issue) else {
        return;
    };
    let name = archived.name();
    let place = place_name(&archived.issue, hit.place);
    let response = egui::Frame::group(ui.style())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(&name).strong());
                ui.label(RichText::new(&place).weak());
            });
            ui.add(egui::Label::new(highlighted(ui, hit)).selectable(false));
        })
        .response;
    let label = format!("{name}, {place}: {}", hit.snippet);
    let response = response
        .interact(egui::Sense::click())
        .on_hover_text(t!("archive-open-hit"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        actions.push(Action::OpenArchived {
            path: archived.path.clone(),
            place: Some(hit.place),
        });
    }
}

/// "Venezuela, entry 2", "source: Reuters · …", "section title".
fn place_name(issue: &crate::model::Issue, place: Place) -> String {
    match place {
        Place::Entry { section, entry } => issue
            .section(section)
            .map(|s| {
                let position = s
                    .entries
                    .iter()
                    .position(|e| e.id == entry)
                    .map_or(0, |p| p + 1);
                t!("finding-location", section = &s.title, position = position)
            })
            .unwrap_or_else(|| t!("archive-place-entry")),
        Place::SectionTitle(section) => issue
            .section(section)
            .map(|s| t!("archive-place-section-named", section = &s.title))
            .unwrap_or_else(|| t!("archive-place-section")),
        Place::Source(_) => t!("archive-place-source"),
    }
}

/// The snippet with the matching words on a background.
fn highlighted(ui: &Ui, hit: &Hit) -> LayoutJob {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let plain = TextFormat {
        font_id: font.clone(),
        color: colour,
        ..TextFormat::default()
    };
    let marked = TextFormat {
        font_id: font,
        color: colour,
        background: if ui.visuals().dark_mode {
            Color32::from_rgb(0x6b, 0x55, 0x00)
        } else {
            Color32::from_rgb(0xff, 0xe0, 0x82)
        },
        ..TextFormat::default()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let text = hit.snippet.as_str();
    let mut at = 0;
    for &(start, end) in &hit.highlights {
        // Byte ranges from the library; never trusted to fall on characters.
        let (Some(before), Some(word)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        job.append(before, 0.0, plain.clone());
        job.append(word, 0.0, marked.clone());
        at = end;
    }
    job.append(text.get(at..).unwrap_or_default(), 0.0, plain);
    job
}
