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
        self.add_sources(sources, "pasted");
    }

    fn add_sources(&mut self, sources: Vec<Source>, how: &str) {
        let offered = sources.len();
        let before = self.open.document.issue().sources.len();
        let ids = self.source_ids();
        if let Err(error) = self.open.document.apply(Edit::AddSources(sources)) {
            return self.say(format!("No source added: {error}."));
        }
        let added = self.open.document.issue().sources.len() - before;
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
        self.links_added_since(&ids);
    }

    pub(super) fn ask_csl_import_path(&mut self) {
        let question = question(
            FileMode::Open,
            FileKind::CslJson,
            "Import sources from Zotero (CSL JSON)",
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
                });
            }
        }
    }

    pub(super) fn ask_csl_export_path(&mut self) {
        let suggested = self.suggested_name("-sources", "json");
        let question = question(
            FileMode::Save,
            FileKind::CslJson,
            "Export the library as CSL JSON",
            &suggested,
        );
        self.ask_file(question, FilePurpose::ExportCsl);
    }

    pub(super) fn export_csl_to(&mut self, path: &Path) {
        let json = csl_json(self.open.document.issue(), &self.registry);
        match crate::store::write_derived(path, json.as_bytes()) {
            Ok(()) => self.say(format!(
                "{} sources exported to {} for Zotero.",
                self.open.document.issue().sources.len(),
                path.display()
            )),
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: "Export failed".to_owned(),
                    text: error.to_string(),
                });
            }
        }
    }
}

/// A text file the user picked, or a message naming it (and the position of
/// a byte that is not UTF-8).
pub(super) fn read_text(path: &Path) -> Result<String, String> {
    let origin = path.display();
    let bytes =
        std::fs::read(path).map_err(|error| format!("{origin}: cannot read the file: {error}"))?;
    crate::text::decode_utf8(bytes)
        .map_err(|at| format!("{origin}:{at}: the file is not UTF-8 text"))
}
