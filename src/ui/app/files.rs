//! Opening, saving and exporting. Every file the user picks comes through one
//! door, `ask_file`: the desktop's dialog when it can show one, else the
//! built-in chooser, so no command can fail silently for want of a dialog.

use std::path::{Path, PathBuf};

use super::{DocumentView, WorkbenchApp};
use crate::edit::{Document, Edit, new_issue};
use crate::export::{self, ExportOptions, Gate};
use crate::i18n::Language;
use crate::model::Issue;
use crate::model::SectionStatus;
use crate::session::{FromDisk, NotSaved};
use crate::store;
use crate::t;
use crate::ui::actions::Review;
use crate::ui::chooser::FileChooser;
use crate::ui::dialogs::{Choice, Dialog, ExportTarget, Pending};
use crate::ui::files::{Answer, FileKind, FileMode, FileQuestion, with_extension_if_missing};
use crate::ui::prefs::Preferences;

/// What a chosen file is for.
#[derive(Debug, Clone, PartialEq)]
pub enum FilePurpose {
    OpenIssue,
    /// Save the issue there, then do `then`.
    SaveIssue {
        then: Option<Pending>,
    },
    /// Write the export there (the HTML with the Markdown beside it, or the
    /// PDF); with a reason, the gate's override is recorded and saved in the
    /// issue first.
    Export {
        options: ExportOptions,
        reason: Option<String>,
        target: ExportTarget,
    },
    ReviewReport,
    ImportCsl,
    ExportCsl,
    ImportOutlets,
    ExportOutlets,
    /// A release of the State Media Profiles to preview.
    UpdateReference,
    /// A folder to open as the archive.
    OpenArchive,
    /// Write the archive report (HTML) there.
    ArchiveReport,
    /// Write a plot's data (CSV) there.
    PlotData(crate::ui::archive::PlotKind),
    /// Save a plot as PNG there.
    PlotPng(crate::ui::archive::PlotKind),
    /// Add the words of that file to the spelling word list, then go back
    /// to the preferences being edited.
    ImportWordList(Box<Preferences>, Option<Review>),
    /// Write the spelling word list there, then go back to the preferences.
    ExportWordList(Box<Preferences>, Option<Review>),
}

impl WorkbenchApp {
    /// Asks the user for a file for `purpose`: the desktop's dialog, or the
    /// built-in chooser when the desktop has none (said once in the status
    /// bar) or the preferences ask for it.
    pub(super) fn ask_file(&mut self, question: FileQuestion, purpose: FilePurpose) {
        if !(self.prefs.builtin_chooser || self.native_unavailable) {
            match self
                .desktop
                .choose(&question, self.start_folder().as_deref())
            {
                Answer::Chosen(path) => return self.file_chosen(purpose, path),
                Answer::Cancelled => return,
                Answer::Unavailable(why) => {
                    self.native_unavailable = true;
                    self.say(t!("files-no-desktop-dialog", why = why));
                }
            }
        }
        let chooser = FileChooser::new(question, self.start_folder());
        self.dialog = Some(Dialog::Chooser {
            chooser: Box::new(chooser),
            purpose,
        });
    }

    fn file_chosen(&mut self, purpose: FilePurpose, path: PathBuf) {
        self.prefs.chose(&path);
        match purpose {
            FilePurpose::OpenIssue => self.open(&path),
            FilePurpose::SaveIssue { then } => {
                self.write_issue(
                    with_extension_if_missing(path, FileKind::Issue),
                    false,
                    then,
                );
            }
            FilePurpose::Export {
                options,
                reason,
                target,
            } => {
                self.export_to(
                    with_extension_if_missing(path, target.kind()),
                    options,
                    reason,
                    target,
                );
            }
            FilePurpose::ReviewReport => {
                self.write_review_report(&with_extension_if_missing(path, FileKind::Html));
            }
            FilePurpose::ImportCsl => self.import_csl_from(&path),
            FilePurpose::ExportCsl => self.export_csl_to(&path),
            FilePurpose::ImportOutlets => self.import_outlets_from(&path),
            FilePurpose::ExportOutlets => self.export_outlets_to(&path),
            FilePurpose::UpdateReference => self.preview_reference_from(&path),
            FilePurpose::ImportWordList(prefs, then) => {
                self.import_word_list_from(&path, prefs, then);
            }
            FilePurpose::ExportWordList(prefs, then) => {
                let path = with_extension_if_missing(path, FileKind::WordList);
                self.export_word_list_to(&path, prefs, then);
            }
            FilePurpose::OpenArchive
            | FilePurpose::ArchiveReport
            | FilePurpose::PlotData(_)
            | FilePurpose::PlotPng(_) => self.archive_file_chosen(&purpose, path),
        }
    }

    /// Does `then` now, or first asks about unsaved changes.
    pub(super) fn guard(&mut self, then: Pending) {
        if self.open.document.is_dirty() {
            self.dialog = Some(Dialog::Unsaved { then });
        } else {
            self.proceed(then);
        }
    }

    fn proceed(&mut self, then: Pending) {
        match then {
            Pending::New => {
                let today = chrono::Local::now().date_naive();
                self.start_untitled(Document::new(new_issue(today), None));
            }
            Pending::Open(Some(path)) => self.open(&path),
            Pending::Import(path) => self.import_draft(&path),
            Pending::OpenAt(path, place) => {
                self.open(&path);
                if let Some(place) = place
                    && self.open.document.path.as_deref() == Some(path.as_path())
                {
                    self.go_to_place(place);
                }
            }
            Pending::Open(None) => {
                let question =
                    question(FileMode::Open, FileKind::Issue, &t!("files-open-issue"), "");
                self.ask_file(question, FilePurpose::OpenIssue);
            }
            Pending::Quit => {
                self.open.close();
                self.close_confirmed = true;
                self.quit_requested = true;
            }
            Pending::WriteExports {
                path,
                options,
                target,
            } => self.write_exports(&path, &options, target),
        }
    }

    /// Opens an issue file; on failure the current document stays and the error is shown.
    pub fn open(&mut self, path: &Path) {
        match self.open.open(path) {
            Ok(notes) => {
                self.view = DocumentView::of(&self.open.document);
                if !notes.is_empty() {
                    self.dialog = Some(Dialog::Message {
                        title: t!("repairs-title"),
                        text: t!(
                            "repairs-text",
                            file = path.display().to_string(),
                            repairs = notes.join("\n• ")
                        ),
                    });
                }
                self.prefs.recent.add(path);
                self.offer_recovery_for(path);
            }
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("files-cannot-open"),
                    text: error.to_string(),
                });
            }
        }
    }

    /// Puts a recovered copy's work in place; a file changed since the crash
    /// is offered for merging, as any file changed on disk is, instead of
    /// being silently overwritten later.
    fn restore(&mut self, offer: crate::session::Offer) {
        let changed = self.open.restore(offer);
        self.view = DocumentView::of(&self.open.document);
        if let Some(path) = changed {
            self.dialog = Some(Dialog::ChangedOnDisk { path, then: None });
        }
    }

    /// A new untitled document (New, an imported draft) in place of this
    /// one, whose changes the user saved or gave up.
    pub(super) fn start_untitled(&mut self, document: Document) {
        self.view = DocumentView::of(&document);
        self.open.start_untitled(document);
    }

    /// Merges what the file holds now (a colleague's save, a git pull) into
    /// the issue open here as one undo step; that file becomes the new base.
    fn merge_from_disk(&mut self, path: &Path) {
        let FromDisk { merged, incoming } = match self.open.merge_from_disk(path) {
            Ok(from_disk) => from_disk,
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("files-cannot-merge"),
                    text: error.to_string(),
                });
                return;
            }
        };
        let conflicts = merged.conflicts.len();
        // The first entry to decide on is put in view.
        let first = merged.conflicts.iter().find_map(|c| match c {
            crate::merge::Conflict::Entry { section, entry, .. } => Some((*section, *entry)),
            crate::merge::Conflict::Field(_) => None,
        });
        self.edit(Edit::ReplaceIssue(Box::new(merged.issue)));
        if let Some((section, entry)) = first {
            self.view.selection = crate::ui::actions::Selection {
                centre: crate::ui::actions::Centre::Section,
                section: Some(section),
                entry: Some(entry),
                highlight: None,
            };
            self.view.section_view.scroll_to = Some(entry);
        }
        self.keep_selection_valid();
        self.say(incoming.describe(conflicts));
    }

    /// Saves to the document's file, or asks where.
    pub fn save(&mut self, choose_path: bool) {
        self.save_then(choose_path, false, None);
    }

    /// Saves, then does `then`.
    fn save_then(&mut self, choose_path: bool, overwrite: bool, then: Option<Pending>) {
        match (&self.open.document.path, choose_path) {
            (Some(path), false) => self.write_issue(path.clone(), overwrite, then),
            _ => {
                let suggested = self.suggested_name("", "ron");
                let question = question(
                    FileMode::Save,
                    FileKind::Issue,
                    &t!("files-save-issue"),
                    &suggested,
                );
                self.ask_file(question, FilePurpose::SaveIssue { then });
            }
        }
    }

    /// Writes the issue to `path`. Before writing over the document's own file
    /// it checks that nobody changed that file since it was read or written;
    /// if someone did, it asks (reload, overwrite, save as) instead.
    fn write_issue(&mut self, path: PathBuf, overwrite: bool, then: Option<Pending>) {
        match self.open.save(&path, overwrite) {
            Ok(()) => {
                self.prefs.recent.add(&path);
                self.keep_version(&path);
                self.archive_saw_save(&path);
                if let Some(then) = then {
                    self.proceed(then);
                }
            }
            Err(NotSaved::ChangedOnDisk) => {
                self.dialog = Some(Dialog::ChangedOnDisk { path, then });
            }
            Err(NotSaved::Failed(error)) => {
                self.dialog = Some(Dialog::Message {
                    title: t!("files-not-saved"),
                    text: t!("files-not-saved-text", error = error.to_string()),
                });
            }
        }
    }

    /// Keeps the file just saved as a version (History); a failure is told,
    /// the save stands.
    fn keep_version(&mut self, path: &Path) {
        let Some(versions) = &self.versions else {
            return;
        };
        let kept = crate::store::to_ron(self.open.document.issue())
            .map_err(|error| error.to_string())
            .and_then(|text| {
                versions
                    .record(path, &text, (self.clock)())
                    .map_err(|error| error.to_string())
            });
        if let Err(error) = kept {
            self.say(t!("files-saved-no-version", error = error.to_string()));
        }
        // An open History window lists the version just kept.
        if self.history.open {
            self.history.open_on(self.versions.as_ref(), Some(path));
        }
    }

    pub(super) fn answer(&mut self, choice: Choice, dialog: Option<Dialog>) {
        // The export's choices (draft, paper, sources…) carry over to the next
        // export, HTML or PDF, whether this one went ahead or was cancelled.
        if let Some(Dialog::Export { options, .. }) = &dialog {
            self.export_options = options.clone();
        }
        match choice {
            Choice::SaveThen(then) => self.save_then(false, false, Some(then)),
            Choice::Reload(path) => {
                self.open.recovery.clear(Some(&path));
                self.open(&path);
            }
            Choice::Merge(path) => self.merge_from_disk(&path),
            Choice::ApplyRelease => {
                if let Some(Dialog::NewRelease { pending }) = dialog {
                    self.apply_reference(&pending);
                }
            }
            Choice::Overwrite(then) => self.save_then(false, true, then),
            Choice::SaveAs(then) => self.save_then(true, false, then),
            Choice::DiscardThen(then) => self.proceed(then),
            Choice::ApproveAnyway(section) => self.sign(Review::SetStatus {
                section,
                status: SectionStatus::Approved,
            }),
            Choice::RemoveSource(source) => {
                self.edit(Edit::RemoveSource(source));
                self.keep_selection_valid();
            }
            Choice::Export(options, reason, target) => {
                let kind = target.kind();
                let suggested = self.suggested_name("", kind.extension());
                let title = match target {
                    ExportTarget::HtmlAndMarkdown => t!("files-export-html"),
                    ExportTarget::Pdf => t!("export-title-pdf"),
                };
                let question = question(FileMode::Save, kind, &title, &suggested);
                let purpose = FilePurpose::Export {
                    options,
                    reason,
                    target,
                };
                self.ask_file(question, purpose);
            }
            Choice::WordList(change) => self.change_word_list(change, dialog),
            Choice::SetPreferences(prefs, then) => {
                let language = prefs.language;
                let language_changed = language != self.prefs.language;
                self.prefs = *prefs;
                if language_changed {
                    crate::i18n::set_current(language.unwrap_or_else(Language::from_system));
                    self.language_changed();
                }
                if let Some(review) = then {
                    // Asked already whatever there was to ask; now signed.
                    self.sign(review);
                }
            }
            Choice::OpenExported(path) => {
                self.opener_started = true;
                if let Err(text) = self.desktop.open_in_default_app(&path) {
                    self.dialog = Some(Dialog::Message {
                        title: t!("files-cannot-open-page"),
                        text: t!(
                            "files-file-is-at",
                            error = text,
                            file = path.display().to_string()
                        ),
                    });
                }
            }
            Choice::Restore(index) => {
                if let Some(Dialog::Recover { mut offers }) = dialog
                    && index < offers.len()
                {
                    self.restore(offers.remove(index));
                }
            }
            Choice::DiscardRecovery(index) => {
                if let Some(Dialog::Recover { mut offers }) = dialog
                    && index < offers.len()
                {
                    let offer = offers.remove(index);
                    self.open.recovery.discard(&offer.copy);
                    // The others are still to answer.
                    if !offers.is_empty() {
                        self.dialog = Some(Dialog::Recover { offers });
                    }
                }
            }
            Choice::Chosen(path) => {
                if let Some(Dialog::Chooser { purpose, .. }) = dialog {
                    self.file_chosen(purpose, path);
                }
            }
            Choice::FetchConsent(fetch) => self.consent(Some(fetch)),
            Choice::Dismiss => match dialog {
                Some(Dialog::FetchConsent { .. }) => self.consent(None),
                // A word list's file not chosen: back to Preferences as they
                // were being edited, as after the desktop's own dialog.
                Some(Dialog::Chooser {
                    purpose:
                        FilePurpose::ImportWordList(prefs, then)
                        | FilePurpose::ExportWordList(prefs, then),
                    ..
                }) => self.dialog = Some(self.preferences_with(prefs, then, None)),
                _ => {}
            },
        }
    }

    /// With an override `reason`, records the override in the issue (one undo
    /// step) and saves the issue before writing anything, as the command line
    /// does: a published override is always on record in the file.
    fn export_to(
        &mut self,
        path: PathBuf,
        options: ExportOptions,
        reason: Option<String>,
        target: ExportTarget,
    ) {
        let Some(reason) = reason else {
            return self.write_exports(&path, &options, target);
        };
        let report = crate::compliance::check(self.open.document.issue(), &self.registry);
        let gate = Gate::of(self.open.document.issue(), &report);
        let by = match self.prefs.reviewer.trim() {
            "" => "unnamed",
            name => name,
        };
        let record = gate.override_record(by, (self.clock)(), &reason);
        self.edit(Edit::RecordExportOverride(record));
        let pending = Pending::WriteExports {
            path,
            options,
            target,
        };
        self.save_then(false, false, Some(pending));
    }

    /// Opens the export dialog for `target`, with the gate as it stands.
    pub(super) fn ask_export(&mut self, target: ExportTarget) {
        let report = crate::compliance::check(self.open.document.issue(), &self.registry);
        self.dialog = Some(Dialog::Export {
            options: self.export_options.clone(),
            gate: Gate::of(self.open.document.issue(), &report),
            reason: String::new(),
            target,
        });
    }

    /// Writes the HTML at `path` and the Markdown beside it, or the PDF at `path`.
    fn write_exports(&mut self, path: &Path, options: &ExportOptions, target: ExportTarget) {
        let issue = self.open.document.issue();
        let mut notes = Vec::new();
        let (outputs, beside) = match target {
            ExportTarget::HtmlAndMarkdown => {
                let markdown = path.with_extension("md");
                let (text, warnings) = export::installed_fonts::markdown_for_this_computer(
                    issue,
                    &self.registry,
                    options,
                );
                notes = warnings;
                let outputs = vec![
                    (
                        path.to_owned(),
                        export::html(issue, &self.registry, options).into_bytes(),
                    ),
                    (markdown.clone(), text.into_bytes()),
                ];
                (outputs, Some(markdown))
            }
            ExportTarget::Pdf => match export::pdf(issue, &self.registry, options) {
                Ok(bytes) => (vec![(path.to_owned(), bytes)], None),
                Err(error) => {
                    self.dialog = Some(Dialog::Message {
                        title: t!("files-no-pdf"),
                        text: t!(
                            "files-nothing-written",
                            error = error.to_string(),
                            file = path.display().to_string()
                        ),
                    });
                    return;
                }
            },
        };
        for (path, bytes) in outputs {
            if let Err(error) = store::write_derived(&path, &bytes) {
                self.dialog = Some(Dialog::Message {
                    title: t!("files-export-failed"),
                    text: error.to_string(),
                });
                return;
            }
        }
        self.dialog = Some(Dialog::Exported {
            main: path.to_owned(),
            beside,
            notes,
        });
    }

    pub(super) fn ask_review_report_path(&mut self) {
        let suggested = self.suggested_name("-review", "html");
        let question = question(
            FileMode::Save,
            FileKind::Html,
            &t!("files-export-review-report"),
            &suggested,
        );
        self.ask_file(question, FilePurpose::ReviewReport);
    }

    fn write_review_report(&mut self, path: &Path) {
        let issue = self.open.document.issue();
        let notes = self.view.section_view.spelling.findings(issue);
        let page = export::review_report_with(issue, &self.registry, &notes);
        self.dialog = Some(match store::write_derived(path, page.as_bytes()) {
            Ok(()) => Dialog::Exported {
                main: path.to_owned(),
                beside: None,
                notes: Vec::new(),
            },
            Err(error) => Dialog::Message {
                title: t!("files-export-failed"),
                text: error.to_string(),
            },
        });
    }
}

pub(super) fn question(
    mode: FileMode,
    kind: FileKind,
    title: &str,
    suggested: &str,
) -> FileQuestion {
    FileQuestion {
        mode,
        kind,
        title: title.to_owned(),
        suggested: suggested.to_owned(),
    }
}

impl WorkbenchApp {
    /// A name for a file made from the document: its own file's name
    /// ("vric-14.ron" gives "vric-14-review.html"), else one from the issue.
    pub(super) fn suggested_name(&self, suffix: &str, extension: &str) -> String {
        let stem = self
            .open
            .document
            .path
            .as_deref()
            .and_then(Path::file_stem)
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_else(|| issue_slug(self.open.document.issue()));
        format!("{stem}{suffix}.{extension}")
    }

    /// Where a chooser starts: the document's folder, else the last one used.
    pub(super) fn start_folder(&self) -> Option<PathBuf> {
        self.open
            .document
            .path
            .as_deref()
            .and_then(Path::parent)
            .filter(|folder| folder.is_dir())
            .map(Path::to_owned)
            .or_else(|| self.prefs.last_folder.clone())
    }
}

/// A file name stem from the issue: "vric-monitor-14".
fn issue_slug(issue: &Issue) -> String {
    let base = format!(
        "{} {}",
        issue.series,
        issue.number.map(|n| n.to_string()).unwrap_or_default()
    );
    let slug: String = base
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if slug.is_empty() {
        "issue".to_owned()
    } else {
        slug
    }
}
