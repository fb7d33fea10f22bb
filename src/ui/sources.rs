//! The window's handling of outlets and library sources: the user's outlet
//! file (classify, correct, hide, CSV), pasted URLs and Zotero's CSL JSON.
//! Everything that changes the issue still goes through `Document::apply`.

use std::path::PathBuf;

use super::actions::OutletsChange;
use super::app::WorkbenchApp;
use super::derived::DerivedMemo;
use super::dialogs::Dialog;
use super::files::FileKind;
use super::outlets::OutletForm;
use crate::edit::Edit;
use crate::export::csl_json;
use crate::import::sources_from_csl_json;
use crate::model::{Source, SourceId};
use crate::registry::{Classification, Registry, UserOutlets};
use crate::sourcing::urls_in;
use crate::store;

/// The user's outlet file and what the window needs of it.
pub struct UserRegistry {
    /// The built-in registry, kept to list (and un-hide) built-in outlets.
    pub builtin: Registry,
    pub outlets: UserOutlets,
    /// Where the user's outlets are saved; `None` keeps them for this run only.
    pub path: Option<PathBuf>,
    /// Earlier states of `outlets` with the document revision at the change:
    /// Undo restores one when nothing was edited since.
    pub undo: Vec<(UserOutlets, u64)>,
}

impl UserRegistry {
    /// Only the built-in outlets, nothing saved (tests, the bundled sample).
    pub fn in_memory() -> Self {
        Self {
            builtin: Registry::builtin(),
            outlets: UserOutlets::default(),
            path: None,
            undo: Vec::new(),
        }
    }

    /// The user's file at `path`; a damaged file is left as it is and reported.
    pub fn from_file(path: PathBuf) -> (Self, Option<String>) {
        let (outlets, problem) = match store::load_user_outlets(&path) {
            Ok(outlets) => (outlets, None),
            Err(error) => (
                UserOutlets::default(),
                Some(format!(
                    "{error}\nThe built-in outlets are used; the file is left as it is."
                )),
            ),
        };
        // A damaged file must not be overwritten by the next change.
        let path = problem.is_none().then_some(path);
        let registry = Self {
            outlets,
            path,
            ..Self::in_memory()
        };
        (registry, problem)
    }

    pub fn registry(&self) -> Registry {
        Registry::with_user(&self.builtin, &self.outlets)
    }
}

impl WorkbenchApp {
    /// Opens the outlet editor on the outlet publishing at `host`, or a new one.
    pub(super) fn classify_host(&mut self, host: &str) {
        let form = match self.registry.match_host(host) {
            Some(found) => OutletForm::editing(found.outlet),
            None => OutletForm::for_host(host),
        };
        self.outlets_view.form = Some(form);
        self.outlets_view.open = true;
    }

    pub(super) fn change_outlets(&mut self, change: OutletsChange) {
        let before = self.user.outlets.clone();
        match change {
            OutletsChange::Save { replacing, outlet } => {
                if let Some(old) = replacing.filter(|old| *old != outlet.name) {
                    self.user.outlets.remove(&old);
                }
                self.user.outlets.upsert(outlet);
            }
            OutletsChange::Remove(name) => self.user.outlets.remove(&name),
            OutletsChange::SetHidden { name, hidden } => {
                self.user.outlets.set_hidden(&name, hidden)
            }
            OutletsChange::ImportCsv => self.import_outlets_csv(),
            OutletsChange::ExportCsv => self.export_outlets_csv(),
        }
        if self.user.outlets != before {
            self.user.undo.push((before, self.document.revision()));
            self.outlets_changed();
        }
    }

    /// Undoes the last outlet change if nothing in the issue was edited since.
    /// True when it did.
    pub(super) fn undo_outlets(&mut self) -> bool {
        if !self.can_undo_outlets() {
            return false;
        }
        if let Some((previous, _)) = self.user.undo.pop() {
            self.user.outlets = previous;
            self.outlets_changed();
        }
        true
    }

    pub(super) fn can_undo_outlets(&self) -> bool {
        let revision = self.document.revision();
        self.user.undo.last().is_some_and(|(_, at)| *at == revision)
    }

    /// Rebuilds the registry, saves the user's file, recomputes every figure
    /// and says how many sources changed classification.
    fn outlets_changed(&mut self) {
        let before: Vec<(SourceId, Option<Classification>, bool)> = self.badge_summary();
        self.registry = self.user.registry();
        self.countries = self.registry.state_countries();
        // Cached classifications belong to the old registry.
        self.derived = None;
        self.derived_memo = DerivedMemo::default();
        let after = self.badge_summary();
        let changed = after.iter().filter(|row| !before.contains(row)).count();
        self.say(format!(
            "Outlets updated: {changed} source{} reclassified.",
            if changed == 1 { "" } else { "s" }
        ));
        if let Some(path) = &self.user.path
            && let Err(error) = store::save_user_outlets(path, &self.user.outlets)
        {
            self.dialog = Some(Dialog::Message {
                title: "Your outlets were not saved".to_owned(),
                text: format!("{error}\nThe change applies until the workbench closes."),
            });
        }
    }

    fn badge_summary(&mut self) -> Vec<(SourceId, Option<Classification>, bool)> {
        let derived = self.derived();
        let mut rows: Vec<_> = derived
            .badges
            .iter()
            .map(|(id, badge)| (*id, badge.classification, badge.is_state_media))
            .collect();
        rows.sort_by_key(|row| row.0);
        rows
    }

    fn import_outlets_csv(&mut self) {
        let Some(path) = self
            .desktop
            .open_file("Import outlets from CSV", FileKind::OutletsCsv)
        else {
            return;
        };
        let origin = path.display().to_string();
        let read = read_text(&path).and_then(|text| {
            UserOutlets::outlets_from_csv(&text, &origin).map_err(|error| error.to_string())
        });
        match read {
            Ok(outlets) => {
                for outlet in outlets {
                    self.user.outlets.upsert(outlet);
                }
            }
            Err(text) => {
                self.dialog = Some(Dialog::Message {
                    title: "Outlets not imported".to_owned(),
                    text,
                })
            }
        }
    }

    fn export_outlets_csv(&mut self) {
        let Some(path) = self.desktop.save_file(
            "Export your outlets as CSV",
            FileKind::OutletsCsv,
            "outlets.csv",
        ) else {
            return;
        };
        let csv = self.user.outlets.to_csv();
        match store::write_atomically(&path, csv.as_bytes(), false) {
            Ok(()) => self.say(format!(
                "{} of your outlets exported to {}.",
                self.user.outlets.outlets.len(),
                path.display()
            )),
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: "Export failed".to_owned(),
                    text: error.to_string(),
                })
            }
        }
    }

    /// Adds a source for every URL in `text` (one per line, or any list a
    /// browser copies), duplicates merged, in one undo step.
    pub(super) fn paste_urls(&mut self, text: &str) {
        let urls = urls_in(text);
        if urls.is_empty() {
            self.say("No web address found in the pasted text.".to_owned());
            return;
        }
        // `Edit::AddSources` guesses each new source's kind from its URL.
        let sources = urls
            .into_iter()
            .map(|url| Source::new(SourceId(0), url))
            .collect();
        self.add_sources(sources, "pasted");
    }

    fn add_sources(&mut self, sources: Vec<Source>, how: &str) {
        let offered = sources.len();
        let before = self.document.issue().sources.len();
        if self.document.apply(Edit::AddSources(sources)).is_err() {
            return;
        }
        let added = self.document.issue().sources.len() - before;
        let merged = offered - added;
        self.say(format!(
            "{added} source{} added from {offered} {how}{}.",
            if added == 1 { "" } else { "s" },
            if merged > 0 {
                format!("; {merged} already in the library or repeated were merged")
            } else {
                String::new()
            }
        ));
    }

    pub(super) fn import_csl(&mut self) {
        let Some(path) = self
            .desktop
            .open_file("Import sources from Zotero (CSL JSON)", FileKind::CslJson)
        else {
            return;
        };
        let origin = path.display().to_string();
        let imported = read_text(&path).and_then(|text| {
            sources_from_csl_json(&text, &origin).map_err(|error| error.to_string())
        });
        match imported {
            Ok(imported) => {
                let notes = imported.notes;
                if !imported.sources.is_empty() {
                    self.add_sources(imported.sources, "Zotero items");
                }
                if !notes.is_empty() {
                    self.dialog = Some(Dialog::Message {
                        title: "Zotero import notes".to_owned(),
                        text: format!("{origin}:\n• {}", notes.join("\n• ")),
                    });
                }
            }
            Err(text) => {
                self.dialog = Some(Dialog::Message {
                    title: "Sources not imported".to_owned(),
                    text,
                })
            }
        }
    }

    pub(super) fn export_csl(&mut self) {
        let suggested = super::app::suggested_file_name(self.document.issue(), "json")
            .replace(".json", "-sources.json");
        let Some(path) = self.desktop.save_file(
            "Export the library as CSL JSON",
            FileKind::CslJson,
            &suggested,
        ) else {
            return;
        };
        let json = csl_json(self.document.issue(), &self.registry);
        match store::write_atomically(&path, json.as_bytes(), false) {
            Ok(()) => self.say(format!(
                "{} sources exported to {} for Zotero.",
                self.document.issue().sources.len(),
                path.display()
            )),
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: "Export failed".to_owned(),
                    text: error.to_string(),
                })
            }
        }
    }
}

/// A text file the user picked, or a message naming it (and the position of
/// a byte that is not UTF-8).
fn read_text(path: &std::path::Path) -> Result<String, String> {
    let origin = path.display();
    let bytes =
        std::fs::read(path).map_err(|error| format!("{origin}: cannot read the file: {error}"))?;
    crate::text::decode_utf8(bytes)
        .map_err(|at| format!("{origin}:{at}: the file is not UTF-8 text"))
}
