//! Carrying out what the panels asked for: actions after each pass, and the
//! commands of the menus and the keyboard.

use super::{Notice, WorkbenchApp};
use crate::edit::{Edit, EditError, Moved};
use crate::model::SectionId;
use crate::t;
use crate::ui::actions::{Action, Actions, ArchiveRequest, CaptureRequest, Centre};
use crate::ui::command::Command;
use crate::ui::dialogs::{Dialog, ExportTarget, Pending};

impl WorkbenchApp {
    /// Carries out the actions; true when what the document shows changed.
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context, actions: Actions) -> bool {
        let before = self.open.document.revision();
        let now = ctx.input(|i| i.time);
        for action in actions.0 {
            match action {
                Action::Edit(edit) => self.edit(edit),
                Action::Type(edit) => {
                    let result = self.open.document.type_text(edit, now);
                    self.after_edit(result);
                }
                Action::Review(review) => self.review(review),
                Action::EndTyping => self.open.document.end_typing(),
                Action::Select(selection) => {
                    let view = &mut self.view;
                    let moved =
                        selection.entry != view.selection.entry || selection.highlight.is_some();
                    if selection.entry.is_some() && moved {
                        view.section_view.scroll_to = selection.entry;
                    }
                    view.selection = selection;
                }
                Action::SelectInPlace(selection) => self.view.selection = selection,
                Action::Command(command) => self.run(command),
                Action::SelectSource(source) => {
                    self.view.library.selected = source;
                    if source.is_some() {
                        self.prefs.library.shown = true;
                    }
                }
                Action::RemoveSource(source) => {
                    let cited_by = self.open.document.issue().times_cited(source);
                    if cited_by == 0 {
                        self.edit(Edit::RemoveSource(source));
                    } else {
                        self.dialog = Some(Dialog::RemoveSource { source, cited_by });
                    }
                }
                Action::OpenRecent(path) => self.guard(Pending::Open(Some(path))),
                Action::SetTheme(choice) => {
                    self.prefs.theme = choice;
                    ctx.set_theme(choice.preference());
                }
                Action::Say(text) => self.say(text),
                Action::SetSuggest(on) => self.view.section_view.suggest = on,
                Action::ClassifyHost(host) => self.classify_host(&host),
                Action::Outlets(change) => self.change_outlets(change),
                Action::PasteUrls(text) => self.paste_urls(&text),
                Action::Capture(request) => self.capture(request),
                Action::OpenArchived { path, place } => self.open_archived(path, place),
                Action::Archive(request) => self.archive_request(request),
                Action::AddToWordList(word) => self.add_to_word_list(&word),
            }
        }
        self.keep_selection_valid();
        self.open.document.revision() != before
    }

    /// Applies an edit as an undo step of its own.
    pub(super) fn edit(&mut self, edit: Edit) {
        let before = super::capture::adds_links(&edit).then(|| self.source_ids());
        let result = self.open.document.apply(edit);
        self.after_edit(result);
        if let Some(before) = before {
            self.links_added_since(&before);
        }
    }

    /// Says when an edit sent an approved section back to review.
    fn after_edit(&mut self, result: Result<Vec<SectionId>, EditError>) {
        // Panels only send edits for what they show, so a failure means the
        // target vanished this frame: nothing to do.
        let Ok(reopened) = result else {
            return;
        };
        let titles: Vec<String> = reopened
            .iter()
            .filter_map(|id| self.open.document.issue().section(*id))
            .map(|s| format!("“{}”", s.title))
            .collect();
        if !titles.is_empty() {
            self.notice = Some(Notice {
                text: t!(
                    "notice-sent-back",
                    count = titles.len(),
                    sections = titles.join(", ")
                ),
                since: None,
                about: reopened,
            });
        }
    }

    /// A section was approved again: a notice that it was sent back is stale.
    pub(super) fn approved(&mut self, section: SectionId) {
        if let Some(notice) = &mut self.notice {
            // Only the notice that sections were sent back names sections.
            let named = !notice.about.is_empty();
            notice.about.retain(|id| *id != section);
            if named && notice.about.is_empty() {
                self.notice = None;
            }
        }
    }

    /// Runs a menu or keyboard command.
    pub fn run(&mut self, command: Command) {
        match command {
            Command::New => self.guard(Pending::New),
            Command::Open => self.guard(Pending::Open(None)),
            Command::Save => self.save(false),
            Command::SaveAs => self.save(true),
            Command::Export => self.ask_export(ExportTarget::HtmlAndMarkdown),
            Command::ExportPdf => self.ask_export(ExportTarget::Pdf),
            Command::Findings => self.findings.open = !self.findings.open,
            Command::Spelling => {
                let list = &mut self.view.section_view.spelling.list;
                list.open = !list.open;
            }
            Command::ReviewReport => self.ask_review_report_path(),
            Command::Preferences => {
                self.dialog = Some(self.preferences_dialog(None));
            }
            Command::About => self.dialog = Some(Dialog::About),
            Command::UserGuide => self.open_user_guide(),
            Command::Tour => self.tour = Some(crate::ui::tour::Tour::default()),
            Command::Quit => self.guard(Pending::Quit),
            Command::Undo => {
                let moved = self.open.document.undo();
                self.after_history_move(moved);
            }
            Command::Redo => {
                let moved = self.open.document.redo();
                self.after_history_move(moved);
            }
            Command::Find => {
                self.find.open = true;
                self.find.focus = true;
            }
            Command::IssueDetails => self.view.selection.centre = Centre::Details,
            Command::CiteLink => self.cite_link(),
            Command::ToggleOutline => self.show_outline = !self.show_outline,
            Command::ToggleLibrary => self.prefs.library.shown = !self.prefs.library.shown,
            Command::Outlets => self.outlets_view.open = !self.outlets_view.open,
            Command::History => self
                .history
                .open_on(self.versions.as_ref(), self.open.document.path.as_deref()),
            Command::ImportCsl => self.ask_csl_import_path(),
            Command::ExportCsl => self.ask_csl_export_path(),
            Command::FetchAll => self.capture(CaptureRequest::FetchAll),
            Command::CheckLinks => self.capture(CaptureRequest::CheckLinks),
            Command::ArchiveMissing => self.capture(CaptureRequest::ArchiveMissing),
            Command::OpenArchive => self.archive_request(ArchiveRequest::Open),
            Command::Archive => {
                let view = &mut self.archive.view;
                view.open = !view.open;
                view.search.focus = view.open;
            }
        }
    }

    /// Ctrl+L: the cursor in the link field of the entry being edited, or of
    /// the current section's first entry, so a link is cited without the mouse.
    fn cite_link(&mut self) {
        let issue = self.open.document.issue();
        let selection = &self.view.selection;
        let current = selection.entry.and_then(|entry| {
            issue
                .sections
                .iter()
                .find(|s| s.entries.iter().any(|e| e.id == entry))
                .map(|section| (section.id, entry))
        });
        let first = || {
            let section = selection
                .section
                .and_then(|id| issue.section(id))
                .or_else(|| issue.sections.iter().find(|s| !s.entries.is_empty()))?;
            Some((section.id, section.entries.first()?.id))
        };
        let Some((section, entry)) = current.or_else(first) else {
            self.say(t!("notice-no-entry-to-cite"));
            return;
        };
        let view = &mut self.view;
        view.selection.centre = Centre::Section;
        view.selection.section = Some(section);
        view.selection.entry = Some(entry);
        view.section_view.focus_url = Some(entry);
        view.section_view.scroll_to = Some(entry);
    }

    /// An undo or redo of an outlet change puts those outlets in place.
    fn after_history_move(&mut self, moved: Option<Moved>) {
        if let Some(Moved::Outlets(outlets)) = moved {
            self.set_outlets(outlets);
        }
    }

    /// After an undo or a delete the selected section or entry may be gone.
    pub(super) fn keep_selection_valid(&mut self) {
        let issue = self.open.document.issue();
        let view = &mut self.view;
        let section_exists = view
            .selection
            .section
            .is_some_and(|id| issue.section(id).is_some());
        if !section_exists {
            view.selection.section = issue.sections.first().map(|s| s.id);
            view.selection.entry = None;
        }
        if let Some(entry) = view.selection.entry {
            let holder = issue
                .sections
                .iter()
                .find(|s| s.entries.iter().any(|e| e.id == entry));
            match holder {
                Some(section) => view.selection.section = Some(section.id),
                None => view.selection.entry = None,
            }
        }
        if view
            .library
            .selected
            .is_some_and(|id| issue.source(id).is_none())
        {
            view.library.selected = None;
        }
    }
}
