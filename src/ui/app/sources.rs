//! Library sources from outside the window: URLs pasted in bulk, and Zotero's
//! CSL JSON in both directions. Everything that changes the issue goes
//! through `Document::apply`.

use std::path::Path;

use super::WorkbenchApp;
use super::files::{FilePurpose, question};
use crate::edit::Edit;
use crate::export::csl_json;
use crate::import::sources_from_csl_json;
use crate::model::{Source, SourceId};
use crate::sourcing::pasted_urls;
use crate::t;
use crate::ui::dialogs::Dialog;
use crate::ui::files::{FileKind, FileMode};

impl WorkbenchApp {
    /// Adds a source for every web address in `text` (one per line, or any
    /// list a browser copies; `www.…` without a scheme too), duplicates
    /// merged, in one undo step. Text with no address says so.
    pub(super) fn paste_urls(&mut self, text: &str) {
        let urls = match pasted_urls(text) {
            Ok(urls) => urls,
            Err(problem) => return self.say(problem.to_string()),
        };
        // `Edit::AddSources` guesses each new source's kind from its URL.
        let sources = urls
            .into_iter()
            .map(|url| Source::new(SourceId(0), url))
            .collect();
        self.add_sources(sources, Origin::Pasted);
    }

    fn add_sources(&mut self, sources: Vec<Source>, origin: Origin) {
        let offered = sources.len();
        let before = self.open.document.issue().sources.len();
        let ids = self.source_ids();
        if let Err(error) = self.open.document.apply(Edit::AddSources(sources)) {
            return self.say(t!("sources-none-added", error = error.to_string()));
        }
        let added = self.open.document.issue().sources.len() - before;
        let merged = offered - added;
        let from = match origin {
            Origin::Pasted => t!("sources-from-pasted", count = offered),
            Origin::Zotero => t!("sources-from-zotero", count = offered),
        };
        let merged = if merged > 0 {
            t!("sources-merged", count = merged)
        } else {
            String::new()
        };
        self.say(t!(
            "sources-added",
            added = added,
            from = from,
            merged = merged
        ));
        self.links_added_since(&ids);
    }

    pub(super) fn ask_csl_import_path(&mut self) {
        let question = question(
            FileMode::Open,
            FileKind::CslJson,
            &t!("sources-import-title"),
            "",
        );
        self.ask_file(question, FilePurpose::ImportCsl);
    }

    pub(super) fn import_csl_from(&mut self, path: &Path) {
        let origin = path.display().to_string();
        let imported = read_text(path).and_then(|text| {
            sources_from_csl_json(&text, &origin).map_err(|error| error.to_string())
        });
        match imported {
            Ok(imported) => {
                let notes = imported.notes;
                if !imported.sources.is_empty() {
                    self.add_sources(imported.sources, Origin::Zotero);
                }
                if !notes.is_empty() {
                    self.dialog = Some(Dialog::Message {
                        title: t!("sources-import-notes"),
                        text: format!("{origin}:\n• {}", notes.join("\n• ")),
                    });
                }
            }
            Err(text) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("sources-not-imported"),
                    text,
                });
            }
        }
    }

    pub(super) fn ask_csl_export_path(&mut self) {
        let suggested = self.suggested_name("-sources", "json");
        let question = question(
            FileMode::Save,
            FileKind::CslJson,
            &t!("sources-export-title"),
            &suggested,
        );
        self.ask_file(question, FilePurpose::ExportCsl);
    }

    pub(super) fn export_csl_to(&mut self, path: &Path) {
        let json = csl_json(self.open.document.issue(), &self.registry);
        match crate::store::write_derived(path, json.as_bytes()) {
            Ok(()) => self.say(t!(
                "sources-exported",
                count = self.open.document.issue().sources.len(),
                file = path.display().to_string()
            )),
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("sources-export-failed"),
                    text: error.to_string(),
                });
            }
        }
    }
}

/// Where the sources added at once came from, as the status line says.
#[derive(Clone, Copy)]
enum Origin {
    Pasted,
    Zotero,
}

/// A text file the user picked, or a message naming it (and the position of
/// a byte that is not UTF-8).
pub(super) fn read_text(path: &Path) -> Result<String, String> {
    let origin = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|error| {
        t!(
            "sources-cannot-read",
            file = &origin,
            error = error.to_string()
        )
    })?;
    crate::text::decode_utf8(bytes)
        .map_err(|at| t!("sources-not-utf8", file = &origin, at = at.to_string()))
}
