//! The user's outlets from the window: classify a host, correct, hide, CSV.
//! Changes go to the user's own file, never into the issue, and each is one
//! step on the document's undo history.

use std::path::Path;

use super::WorkbenchApp;
use super::files::{FilePurpose, question};
use crate::model::SourceId;
use crate::registry::{Classification, UserOutlets};
use crate::t;
use crate::ui::actions::OutletsChange;
use crate::ui::dialogs::Dialog;
use crate::ui::files::{FileKind, FileMode};
use crate::ui::outlets::OutletForm;

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
                let builtin = &self.user.builtin;
                self.user
                    .outlets
                    .save_outlet(builtin, replacing.as_deref(), *outlet);
            }
            OutletsChange::Remove(name) => self.user.outlets.remove(&name),
            OutletsChange::SetHidden { name, hidden } => {
                self.user.outlets.set_hidden(&name, hidden);
            }
            OutletsChange::ImportCsv => {
                let question = question(
                    FileMode::Open,
                    FileKind::OutletsCsv,
                    &t!("outlets-import-title"),
                    "",
                );
                return self.ask_file(question, FilePurpose::ImportOutlets);
            }
            OutletsChange::UpdateReference => {
                let question = question(
                    FileMode::Open,
                    FileKind::OutletsCsv,
                    &t!("outlets-update-reference-title"),
                    "",
                );
                return self.ask_file(question, FilePurpose::UpdateReference);
            }
            OutletsChange::ExportCsv => {
                let question = question(
                    FileMode::Save,
                    FileKind::OutletsCsv,
                    &t!("outlets-export-title"),
                    "outlets.csv",
                );
                return self.ask_file(question, FilePurpose::ExportOutlets);
            }
        }
        self.record_outlets(before);
    }

    /// Makes the outlets as they are now one undo step from `before`.
    fn record_outlets(&mut self, before: UserOutlets) {
        if self.user.outlets != before {
            let after = self.user.outlets.clone();
            self.open.document.record_outlets(before, after);
            self.outlets_changed();
        }
    }

    /// Puts `outlets` in place (undo or redo of an outlet change).
    pub(super) fn set_outlets(&mut self, outlets: UserOutlets) {
        self.user.outlets = outlets;
        self.outlets_changed();
    }

    /// Rebuilds the registry, saves the user's file, recomputes every figure
    /// and says how many sources changed classification.
    fn outlets_changed(&mut self) {
        let before = self.badge_summary();
        self.registry_changed();
        let after = self.badge_summary();
        let changed = after.iter().filter(|row| !before.contains(row)).count();
        self.say(t!("outlets-updated", count = changed));
        if let Err(error) = self.user.save() {
            self.dialog = Some(Dialog::Message {
                title: t!("outlets-not-saved"),
                text: format!("{error}\n{}", t!("outlets-not-saved-text")),
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

    pub(super) fn import_outlets_from(&mut self, path: &Path) {
        let origin = path.display().to_string();
        let read = super::sources::read_text(path).and_then(|text| {
            UserOutlets::outlets_from_csv(&text, &origin).map_err(|error| error.to_string())
        });
        match read {
            Ok(outlets) => {
                let before = self.user.outlets.clone();
                let count = outlets.len();
                for outlet in outlets {
                    self.user.outlets.upsert(outlet);
                }
                self.record_outlets(before);
                if count == 0 {
                    self.say(t!("outlets-none-in-file", file = &origin));
                }
            }
            Err(text) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("outlets-not-imported"),
                    text,
                });
            }
        }
    }

    /// Reads a release of the State Media Profiles and shows what it would change.
    pub(super) fn preview_reference_from(&mut self, path: &Path) {
        let origin = path.display().to_string();
        let read = super::sources::read_text(path).and_then(|text| {
            self.user
                .preview_release(text, &origin)
                .map_err(|error| error.to_string())
        });
        self.dialog = Some(match read {
            Ok(pending) => Dialog::NewRelease {
                pending: Box::new(pending),
            },
            Err(text) => Dialog::Message {
                title: t!("outlets-not-a-release"),
                text: format!("{text}\n{}", t!("outlets-registry-unchanged")),
            },
        });
    }

    /// Classifies with `pending` from now on and says how many sources moved.
    pub(super) fn apply_reference(&mut self, pending: &crate::store::PendingRelease) {
        let before = self.badge_summary();
        match self.user.apply_release(pending) {
            Ok(()) => {
                self.registry_changed();
                let after = self.badge_summary();
                let changed = after.iter().filter(|row| !before.contains(row)).count();
                self.say(t!(
                    "outlets-release-applied",
                    origin = &pending.origin,
                    count = changed
                ));
            }
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("outlets-release-not-applied"),
                    text: format!("{error}\n{}", t!("outlets-registry-unchanged")),
                });
            }
        }
    }

    pub(super) fn export_outlets_to(&mut self, path: &Path) {
        let csv = self.user.outlets.to_csv();
        match crate::store::write_derived(path, csv.as_bytes()) {
            Ok(()) => self.say(t!(
                "outlets-exported",
                count = self.user.outlets.outlets.len(),
                file = path.display().to_string()
            )),
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("outlets-export-failed"),
                    text: error.to_string(),
                });
            }
        }
    }
}
