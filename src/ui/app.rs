use std::path::PathBuf;

use super::derived::Derived;
use super::document::Document;
use super::{outline, section_view, share_meter, status_bar};
use crate::model::{EntryId, SectionId};
use crate::registry::Registry;
use crate::store;

/// eframe storage key of the last issue file opened.
const LAST_FILE_KEY: &str = "last_issue_file";

/// What the outline selected; the centre shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Selection {
    pub section: Option<SectionId>,
    pub entry: Option<EntryId>,
}

pub struct WorkbenchApp {
    pub document: Document,
    pub selection: Selection,
    /// An entry the centre should scroll to once, after the outline selected it.
    scroll_to: Option<EntryId>,
    registry: Registry,
    derived: Option<Derived>,
}

impl WorkbenchApp {
    /// The app on `document`, with the first section selected.
    pub fn new(document: Document) -> Self {
        let section = document.issue.sections.first().map(|section| section.id);
        Self {
            document,
            selection: Selection {
                section,
                entry: None,
            },
            scroll_to: None,
            registry: Registry::builtin(),
            derived: None,
        }
    }

    /// Called by eframe: the file given, else the last one opened, else the sample.
    pub fn start(cc: &eframe::CreationContext<'_>, opened: Option<Document>) -> Self {
        let document = opened
            .or_else(|| {
                let path: PathBuf = cc.storage?.get_string(LAST_FILE_KEY)?.into();
                // A last file that moved or broke is not worth an error: fall back to the sample.
                let issue = store::load(&path).ok()?;
                Some(Document::from_file(issue, path))
            })
            .unwrap_or_else(Document::sample);
        Self::new(document)
    }

    /// The figures for the current revision, recomputed only after a change.
    pub fn derived(&mut self) -> &Derived {
        let revision = self.document.revision;
        let stale = self
            .derived
            .as_ref()
            .is_none_or(|derived| derived.revision != revision);
        if stale {
            self.derived = Some(Derived::compute(
                &self.document.issue,
                &self.registry,
                revision,
            ));
        }
        self.derived
            .get_or_insert_with(|| Derived::compute(&self.document.issue, &self.registry, revision))
    }

    /// Draws the whole window into `ui`; tests call this through egui_kittest.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.derived();
        let Some(derived) = self.derived.as_ref() else {
            return;
        };
        let issue = &self.document.issue;
        egui::Panel::top("menu_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button("File", |ui| {
                    if ui.button("Quit").clicked() {
                        ui.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                });
                ui.menu_button("Help", |ui| {
                    ui.label(format!("Monitor Workbench {}", env!("CARGO_PKG_VERSION")));
                });
            });
        });
        egui::Panel::top("masthead").show(ui, |ui| {
            ui.add_space(4.0);
            share_meter::masthead_and_meter(ui, issue, &derived.report);
            ui.add_space(4.0);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            status_bar::show(ui, &self.document, derived);
        });
        egui::Panel::left("outline")
            .resizable(true)
            .default_size(300.0)
            .min_size(200.0)
            .show(ui, |ui| {
                let before = self.selection;
                outline::show(ui, issue, derived, &mut self.selection);
                if self.selection != before {
                    self.scroll_to = self.selection.entry;
                }
            });
        egui::CentralPanel::default().show(ui, |ui| {
            section_view::show(ui, issue, derived, &self.selection, &mut self.scroll_to);
        });
    }
}

impl eframe::App for WorkbenchApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if let Some(path) = &self.document.path {
            storage.set_string(LAST_FILE_KEY, path.display().to_string());
        }
    }
}
