//! Draws the built-in file chooser inside the window's modal dialog.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use super::{FileChooser, Step};
use crate::t;
use crate::ui::files::FileMode;
use crate::ui::theme;

/// The user's last word in the chooser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Chosen(std::path::PathBuf),
    Cancelled,
}

/// Draws the chooser; `Some` once the user chose a file or cancelled.
pub fn show(ui: &mut Ui, chooser: &mut FileChooser) -> Option<Outcome> {
    ui.set_width(560.0);
    ui.heading(chooser.question.title.as_str());
    if let Some(path) = chooser.confirm_overwrite.clone() {
        return confirm_overwrite(ui, chooser, &path);
    }
    let mut step = None;
    ui.horizontal(|ui| {
        if ui.button(t!("chooser-parent-folder")).clicked() {
            step = Some(Step::Parent);
        }
        if ui.button(t!("chooser-home-folder")).clicked() {
            step = Some(Step::Home);
        }
        if ui.button(t!("chooser-refresh")).clicked() {
            step = Some(Step::Refresh);
        }
    });
    ui.label(
        RichText::new(t!(
            "chooser-in-folder",
            folder = chooser.folder().display().to_string()
        ))
        .strong(),
    );
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ScrollArea::vertical()
            .id_salt("chooser_listing")
            .max_height(260.0)
            .min_scrolled_height(260.0)
            .auto_shrink([false, false])
            .show(ui, |ui| match chooser.listing() {
                Ok([]) => {
                    ui.label(RichText::new(t!("chooser-empty")).weak());
                }
                Ok(items) => {
                    for item in items {
                        if !item.is_folder && chooser.question.mode == FileMode::Folder {
                            // Shown so the user sees the right folder, not chosen.
                            ui.label(RichText::new(&item.name).weak());
                            continue;
                        }
                        let selected = !item.is_folder && chooser.name == item.name;
                        let text = if item.is_folder {
                            format!("{}/", item.name)
                        } else {
                            item.name.clone()
                        };
                        let row = ui.selectable_label(selected, text);
                        if row.double_clicked() {
                            step = Some(Step::Activate(item.clone()));
                        } else if row.clicked() {
                            step = Some(Step::Pick(item.clone()));
                        }
                    }
                }
                Err(problem) => {
                    ui.label(RichText::new(problem).color(theme::tokens(ui).error));
                }
            });
    });
    let (field_label, hint) = match chooser.question.mode {
        FileMode::Folder => (t!("chooser-folder-name"), t!("chooser-folder-name-hint")),
        FileMode::Open | FileMode::Save => (t!("chooser-file-name"), t!("chooser-file-name-hint")),
    };
    ui.horizontal(|ui| {
        let label = ui.label(field_label);
        let field = ui
            .add(
                TextEdit::singleline(&mut chooser.name)
                    .hint_text(hint)
                    .desired_width(f32::INFINITY)
                    .id_salt("chooser_name"),
            )
            .labelled_by(label.id);
        if std::mem::take(&mut chooser.focus_name) {
            field.request_focus();
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            step = Some(Step::Submit);
        }
    });
    ui.horizontal(|ui| {
        let (name, extensions) = chooser.kind().filter();
        let patterns: Vec<String> = extensions.iter().map(|e| format!("*.{e}")).collect();
        ui.label(
            RichText::new(t!(
                "chooser-shows",
                kind = name,
                patterns = patterns.join(", ")
            ))
            .small(),
        );
        if ui
            .checkbox(&mut chooser.show_all, t!("chooser-show-all"))
            .changed()
        {
            chooser.relist();
        }
    });
    if let Some(problem) = &chooser.problem {
        ui.label(RichText::new(problem).color(theme::tokens(ui).error));
    }
    let mut outcome = None;
    ui.horizontal(|ui| {
        let confirm = match chooser.question.mode {
            FileMode::Open => t!("chooser-open"),
            FileMode::Save => t!("button-save"),
            FileMode::Folder => t!("chooser-choose-folder"),
        };
        if ui.button(confirm).clicked() {
            step = Some(Step::Submit);
        }
        if ui.button(t!("button-cancel")).clicked() {
            outcome = Some(Outcome::Cancelled);
        }
    });
    if let Some(step) = step
        && let Some(path) = chooser.step(step)
    {
        outcome = Some(Outcome::Chosen(path));
    }
    outcome
}

fn confirm_overwrite(
    ui: &mut Ui,
    chooser: &mut FileChooser,
    path: &std::path::Path,
) -> Option<Outcome> {
    ui.label(t!(
        "chooser-already-exists",
        file = path.display().to_string()
    ));
    ui.label(t!("chooser-replace-question"));
    let mut outcome = None;
    ui.horizontal(|ui| {
        if ui.button(t!("chooser-replace")).clicked()
            && let Some(path) = chooser.step(Step::Overwrite)
        {
            outcome = Some(Outcome::Chosen(path));
        }
        if ui.button(t!("chooser-keep")).clicked() {
            chooser.step(Step::KeepExisting);
        }
    });
    outcome
}
