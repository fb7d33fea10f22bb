//! Draws the built-in file chooser inside the window's modal dialog.

use egui::{RichText, ScrollArea, TextEdit, Ui};

use super::{FileChooser, Step};
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
        if ui.button("Parent folder").clicked() {
            step = Some(Step::Parent);
        }
        if ui.button("Home folder").clicked() {
            step = Some(Step::Home);
        }
        if ui.button("Refresh").clicked() {
            step = Some(Step::Refresh);
        }
    });
    ui.label(RichText::new(format!("In {}", chooser.folder().display())).strong());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ScrollArea::vertical()
            .id_salt("chooser_listing")
            .max_height(260.0)
            .min_scrolled_height(260.0)
            .auto_shrink([false, false])
            .show(ui, |ui| match chooser.listing() {
                Ok([]) => {
                    ui.label(RichText::new("No folders or matching files here.").weak());
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
        FileMode::Folder => (
            "Folder name",
            "empty for the folder shown, or a path such as ~/monitor",
        ),
        FileMode::Open | FileMode::Save => (
            "File name",
            "a name, or a path such as ~/issues/vric-14.ron",
        ),
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
        ui.label(RichText::new(format!("Shows {name} files ({})", patterns.join(", "))).small());
        if ui
            .checkbox(&mut chooser.show_all, "Show all files")
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
            FileMode::Open => "Open",
            FileMode::Save => "Save",
            FileMode::Folder => "Choose this folder",
        };
        if ui.button(confirm).clicked() {
            step = Some(Step::Submit);
        }
        if ui.button("Cancel").clicked() {
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
    ui.label(format!("{} already exists.", path.display()));
    ui.label("Replace it with what you are saving now?");
    let mut outcome = None;
    ui.horizontal(|ui| {
        if ui.button("Replace").clicked()
            && let Some(path) = chooser.step(Step::Overwrite)
        {
            outcome = Some(Outcome::Chosen(path));
        }
        if ui.button("Keep it").clicked() {
            chooser.step(Step::KeepExisting);
        }
    });
    outcome
}
