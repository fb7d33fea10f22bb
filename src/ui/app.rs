//! The workbench window: panels draw the issue and push actions; after the
//! pass, `apply_actions` carries them out, every change through
//! `Document::apply`, and the derived figures follow the document's revision.

use std::path::{Path, PathBuf};

use super::actions::{Action, Actions, Centre, Review, Selection};
use super::command::Command;
use super::derived::{Derived, DerivedMemo};
use super::dialogs::{self, Choice, Dialog, Pending};
use super::files::{Desktop, FileKind, NativeDesktop, RecentFiles};
use super::find_bar::{self, FindState};
use super::findings::{self, FindingsState};
use super::library::{self, LibraryState};
use super::outlets::{self, OutletsState};
use super::outline::{self, OutlineState};
use super::recovery::Recovery;
use super::section_view::{self, SectionViewState};
use super::sources::UserRegistry;
use super::{details, menu, share_meter, status_bar};
use chrono::{DateTime, Utc};

use crate::edit::{Document, Edit, new_issue};
use crate::export::{self, ExportOptions, Gate};
use crate::model::Issue;
use crate::model::{Approval, Comment, DeclarationFlag, HistoryNote, SectionStatus, Verification};
use crate::registry::Registry;
use crate::sample::sample_issue;
use crate::store;

/// eframe storage keys.
const LAST_FILE_KEY: &str = "last_issue_file";
const RECENT_KEY: &str = "recent_files";
const SAMPLE_NAME: &str = "Sample issue (bundled)";
const REVIEWER_KEY: &str = "reviewer_name";

pub struct WorkbenchApp {
    pub document: Document,
    pub selection: Selection,
    pub(super) registry: Registry,
    /// The built-in outlets, the user's file of additions and corrections.
    pub(super) user: UserRegistry,
    pub(super) outlets_view: OutletsState,
    /// Countries the policy's scope can name (from the registry).
    pub(super) countries: Vec<String>,
    pub(super) derived: Option<Derived>,
    pub(super) derived_memo: DerivedMemo,
    /// What the document's file held when it was read or last written.
    disk_stamp: Option<store::Stamp>,
    pub(super) desktop: Box<dyn Desktop>,
    pub recent: RecentFiles,
    recovery: Recovery,
    /// egui time of the last edit, for autosave.
    last_edit: f64,
    pub(super) dialog: Option<Dialog>,
    outline: OutlineState,
    section_view: SectionViewState,
    pub library: LibraryState,
    pub find: FindState,
    pub show_outline: bool,
    pub show_library: bool,
    /// Set once the user agreed to close with unsaved changes (or saved them).
    close_confirmed: bool,
    /// Close the window at the end of this frame (after Quit was confirmed).
    quit_requested: bool,
    window_title: String,
    /// The name shown for a document without a file.
    untitled_name: &'static str,
    pub findings: FindingsState,
    /// The reviewer's name, set once in preferences; signs approvals, comments, flags.
    pub reviewer: String,
    /// The time that signs review steps; tests replace it.
    clock: fn() -> DateTime<Utc>,
    /// A message about the last action (e.g. a section sent back to review),
    /// shown for a few seconds from the egui time it was given.
    pub notice: Option<String>,
    notice_since: Option<f64>,
}

impl WorkbenchApp {
    /// The app on `document`, with `desktop` for dialogs and `recovery_dir` for autosave.
    pub fn new(
        document: Document,
        desktop: Box<dyn Desktop>,
        recovery_dir: Option<PathBuf>,
    ) -> Self {
        let user = UserRegistry::in_memory();
        let registry = user.registry();
        let mut app = Self {
            document,
            selection: Selection::default(),
            countries: registry.state_countries(),
            registry,
            user,
            outlets_view: OutletsState::default(),
            derived: None,
            derived_memo: DerivedMemo::default(),
            disk_stamp: None,
            desktop,
            recent: RecentFiles::default(),
            recovery: Recovery::new(recovery_dir),
            last_edit: 0.0,
            dialog: None,
            outline: OutlineState::default(),
            section_view: SectionViewState::default(),
            library: LibraryState::default(),
            find: FindState::default(),
            show_outline: true,
            show_library: true,
            close_confirmed: false,
            quit_requested: false,
            window_title: String::new(),
            untitled_name: "Untitled",
            findings: FindingsState::default(),
            reviewer: String::new(),
            clock: Utc::now,
            notice: None,
            notice_since: None,
        };
        app.disk_stamp = app.document.path.as_deref().and_then(store::Stamp::of_file);
        app.select_first_section();
        app.offer_recovery();
        app
    }

    /// A window on the bundled sample with no dialogs and no autosave: for tests and demos.
    pub fn on_sample() -> Self {
        let mut app = Self::new(
            Document::new(sample_issue(), None),
            Box::new(NoDesktop),
            None,
        );
        app.untitled_name = SAMPLE_NAME;
        app
    }

    /// Classifies with the user's outlet file at `path` (created on the first
    /// change); a damaged file is reported and left alone.
    pub fn with_user_outlets(mut self, path: PathBuf) -> Self {
        let (user, problem) = UserRegistry::from_file(path);
        self.user = user;
        self.registry = self.user.registry();
        self.countries = self.registry.state_countries();
        self.derived = None;
        self.derived_memo = DerivedMemo::default();
        if let Some(text) = problem {
            self.dialog = Some(Dialog::Message {
                title: "Your outlet file could not be read".to_owned(),
                text,
            });
        }
        self
    }

    /// Shows `text` in the status bar for a few seconds.
    pub(super) fn say(&mut self, text: String) {
        self.notice_since = None;
        self.notice = Some(text);
    }

    /// Signs review steps with `clock` instead of the system time (tests).
    pub fn with_clock(mut self, clock: fn() -> DateTime<Utc>) -> Self {
        self.clock = clock;
        self
    }

    /// Called by eframe: the file given, else the last one opened, else the sample.
    pub fn start(cc: &eframe::CreationContext<'_>, opened: Option<Document>) -> Self {
        let stored = |key| cc.storage.and_then(|storage| storage.get_string(key));
        let document = opened
            .or_else(|| {
                let path: PathBuf = stored(LAST_FILE_KEY)?.into();
                // A last file that moved or broke is not worth an error: fall back to the sample.
                let issue = store::load(&path).ok()?;
                Some(Document::new(issue, Some(path)))
            })
            .unwrap_or_else(|| Document::new(sample_issue(), None));
        let is_sample = document.path.is_none();
        let mut app = Self::new(document, Box::new(NativeDesktop), Recovery::default_dir());
        if let Some(path) = store::user_outlets_path() {
            app = app.with_user_outlets(path);
        }
        if is_sample {
            app.untitled_name = SAMPLE_NAME;
        }
        app.recent = RecentFiles::from_storage(&stored(RECENT_KEY).unwrap_or_default());
        app.reviewer = stored(REVIEWER_KEY).unwrap_or_default();
        if let Some(path) = app.document.path.clone() {
            app.recent.add(&path);
        }
        app
    }

    fn select_first_section(&mut self) {
        let section = self.document.issue().sections.first().map(|s| s.id);
        self.selection = Selection {
            centre: Centre::Section,
            section,
            entry: None,
            highlight: None,
        };
    }

    fn offer_recovery(&mut self) {
        if let Some((recovery, issue)) = self.recovery.find(self.document.path.as_deref()) {
            self.dialog = Some(Dialog::Recover {
                recovery,
                issue: Box::new(issue),
            });
        }
    }

    /// The figures for the current revision, recomputed only after a change.
    pub fn derived(&mut self) -> &Derived {
        let revision = self.document.revision();
        let issue = self.document.issue();
        let registry = &self.registry;
        let memo = &mut self.derived_memo;
        if self.derived.as_ref().is_none_or(|d| d.revision != revision) {
            self.derived = Some(Derived::compute(issue, registry, revision, memo));
        }
        self.derived
            .get_or_insert_with(|| Derived::compute(issue, registry, revision, memo))
    }

    /// "issue-14.ron" or "Sample issue (bundled)" or "Untitled".
    pub fn file_name(&self) -> String {
        match &self.document.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None => self.untitled_name.to_owned(),
        }
    }

    /// Draws the whole window into `ui` and carries out what the user asked.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        super::startup::frame(ui.ctx());
        let mut actions = Actions::default();
        for command in Command::pressed(ui.ctx()) {
            actions.command(command);
        }
        self.handle_close_request(ui.ctx());
        self.derived();
        self.draw(ui, &mut actions);
        let changed = self.apply_actions(ui.ctx(), actions);
        if changed {
            // Show the new share in this very frame: draw the pass again with the edit applied.
            ui.ctx().request_discard("the issue changed");
            self.last_edit = ui.input(|i| i.time);
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(
                    super::recovery::AUTOSAVE_DELAY + 0.1,
                ));
        }
        self.expire_notice(ui.ctx());
        if std::mem::take(&mut self.quit_requested) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        let now = ui.input(|i| i.time);
        self.recovery.tick(&self.document, now, self.last_edit);
        self.update_window_title(ui.ctx());
    }

    fn draw(&mut self, ui: &mut egui::Ui, actions: &mut Actions) {
        let Some(derived) = self.derived.as_ref() else {
            return;
        };
        let issue = self.document.issue();
        egui::Panel::top("menu_bar").show(ui, |ui| {
            let context = menu::MenuContext {
                can_undo: self.document.can_undo() || self.can_undo_outlets(),
                can_redo: self.document.can_redo(),
                recent: &self.recent,
                show_outline: self.show_outline,
                show_library: self.show_library,
            };
            menu::show(ui, &context, actions);
        });
        egui::Panel::top("masthead").show(ui, |ui| {
            ui.add_space(4.0);
            share_meter::masthead_and_meter(ui, issue, &derived.report);
            ui.add_space(4.0);
        });
        if self.find.open {
            egui::Panel::top("find_bar").show(ui, |ui| {
                find_bar::show(ui, issue, &mut self.find, actions);
            });
        }
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            let status = status_bar::Status {
                document: &self.document,
                file_name: &self.file_name(),
                derived,
                autosave_error: self.recovery.last_error.as_deref(),
                notice: self.notice.as_deref(),
            };
            if status_bar::show(ui, &status) {
                actions.command(Command::Findings);
            }
        });
        if self.findings.open {
            egui::Panel::bottom("findings")
                .resizable(true)
                .default_size(200.0)
                .size_range(100.0..=500.0)
                .show(ui, |ui| {
                    findings::show(ui, &derived.report, &mut self.findings, actions);
                });
        }
        if self.show_outline {
            egui::Panel::left("outline")
                .resizable(true)
                .default_size(270.0)
                .size_range(200.0..=480.0)
                .show(ui, |ui| {
                    outline::show(
                        ui,
                        issue,
                        derived,
                        &self.selection,
                        &mut self.outline,
                        actions,
                    );
                });
        }
        if self.show_library {
            egui::Panel::right("library")
                .resizable(true)
                .default_size(400.0)
                .size_range(280.0..=720.0)
                .show(ui, |ui| {
                    library::show(ui, issue, derived, &mut self.library, actions);
                });
        }
        egui::CentralPanel::default().show(ui, |ui| match self.selection.centre {
            Centre::Details => details::show(ui, issue, &self.countries, actions),
            Centre::Section => section_view::show(
                ui,
                issue,
                derived,
                &self.selection,
                &mut self.section_view,
                actions,
            ),
        });
        if self.outlets_view.open {
            outlets::show(
                ui.ctx(),
                &mut self.outlets_view,
                &self.user.builtin,
                &self.user.outlets,
                actions,
            );
        }
        let name = self.file_name();
        if let Some(dialog) = &mut self.dialog {
            if let Some(choice) = dialogs::show(ui, dialog, &derived.report, &name) {
                let answered = self.dialog.take();
                self.answer(choice, answered);
            }
        }
    }

    /// Carries out the actions; true when the issue changed.
    fn apply_actions(&mut self, ctx: &egui::Context, actions: Actions) -> bool {
        let before = self.document.revision();
        for action in actions.0 {
            match action {
                Action::Edit(edit) => self.edit(edit),
                Action::Review(review) => self.review(review),
                Action::EndTyping => self.document.end_typing(),
                Action::Select(selection) => {
                    let moved =
                        selection.entry != self.selection.entry || selection.highlight.is_some();
                    if selection.entry.is_some() && moved {
                        self.section_view.scroll_to = selection.entry;
                    }
                    self.selection = selection;
                }
                Action::Command(command) => self.run(command),
                Action::SelectSource(source) => {
                    self.library.selected = source;
                    if source.is_some() {
                        self.show_library = true;
                    }
                }
                Action::RemoveSource(source) => {
                    let cited_by = self.document.issue().times_cited(source);
                    if cited_by == 0 {
                        let _ = self.document.apply(crate::edit::Edit::RemoveSource(source));
                    } else {
                        self.dialog = Some(Dialog::RemoveSource { source, cited_by });
                    }
                }
                Action::OpenRecent(path) => self.guard(Pending::Open(Some(path))),
                Action::SetTheme(preference) => ctx.set_theme(preference),
                Action::ClassifyHost(host) => self.classify_host(&host),
                Action::Outlets(change) => self.change_outlets(change),
                Action::PasteUrls(text) => self.paste_urls(&text),
            }
        }
        self.keep_selection_valid();
        self.document.revision() != before
    }

    /// A notice stays eight seconds.
    fn expire_notice(&mut self, ctx: &egui::Context) {
        const SHOWN: f64 = 8.0;
        let now = ctx.input(|i| i.time);
        match (self.notice.is_some(), self.notice_since) {
            (true, None) => {
                self.notice_since = Some(now);
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(SHOWN));
            }
            (true, Some(since)) if now - since > SHOWN => {
                self.notice = None;
                self.notice_since = None;
            }
            _ => {}
        }
    }

    /// Applies an edit and says when it sent an approved section back to review.
    fn edit(&mut self, edit: Edit) {
        // Panels only send edits for what they show, so a failure means the
        // target vanished this frame: nothing to do.
        let Ok(reopened) = self.document.apply(edit) else {
            return;
        };
        let titles: Vec<String> = reopened
            .iter()
            .filter_map(|id| self.document.issue().section(*id))
            .map(|s| format!("“{}”", s.title))
            .collect();
        if !titles.is_empty() {
            self.notice_since = None;
            self.notice = Some(format!(
                "{} was approved; this edit sent it back to review.",
                titles.join(" and ")
            ));
        }
    }

    /// Signs a review step with the reviewer's name and the time, then applies it.
    fn review(&mut self, review: Review) {
        if self.reviewer.trim().is_empty() {
            self.dialog = Some(Dialog::Preferences {
                name: String::new(),
                then: Some(review),
            });
            return;
        }
        let by = self.reviewer.trim().to_owned();
        let at = (self.clock)();
        let comment = |text: String| Comment {
            author: by.clone(),
            at,
            text: text.trim().to_owned(),
            resolved: false,
            replies: Vec::new(),
        };
        let edit = match review {
            Review::SetStatus { section, status } => Edit::SetSectionStatus {
                section,
                status,
                approval: (status == SectionStatus::Approved).then(|| Approval {
                    reviewer: by.clone(),
                    at,
                }),
            },
            Review::Flag { entry, note } => Edit::FlagDeclaration {
                entry,
                flag: DeclarationFlag {
                    note: note.trim().to_owned(),
                    by: by.clone(),
                    at: Some(at),
                },
            },
            Review::ClearFlag { entry, resolution } => Edit::ClearDeclaration {
                entry,
                resolution: HistoryNote {
                    at,
                    by: by.clone(),
                    text: resolution,
                },
            },
            Review::Comment { entry, text } => Edit::AddComment {
                entry,
                comment: comment(text),
            },
            Review::Reply {
                entry,
                thread,
                text,
            } => Edit::Reply {
                entry,
                thread,
                reply: comment(text),
            },
            Review::Resolve {
                entry,
                thread,
                resolved,
            } => Edit::SetThreadResolved {
                entry,
                thread,
                resolved,
            },
            Review::Verify { source, verified } => Edit::SetVerified {
                source,
                verification: verified.then(|| Verification { by: by.clone(), at }),
            },
        };
        self.edit(edit);
    }

    /// After an undo or a delete the selected section or entry may be gone.
    fn keep_selection_valid(&mut self) {
        let issue = self.document.issue();
        let section_exists = self
            .selection
            .section
            .is_some_and(|id| issue.section(id).is_some());
        if !section_exists {
            self.selection.section = issue.sections.first().map(|s| s.id);
            self.selection.entry = None;
        }
        if let Some(entry) = self.selection.entry {
            let holder = issue
                .sections
                .iter()
                .find(|s| s.entries.iter().any(|e| e.id == entry));
            match holder {
                Some(section) => self.selection.section = Some(section.id),
                None => self.selection.entry = None,
            }
        }
        if self
            .library
            .selected
            .is_some_and(|id| issue.source(id).is_none())
        {
            self.library.selected = None;
        }
    }

    /// Runs a menu or keyboard command.
    pub fn run(&mut self, command: Command) {
        match command {
            Command::New => self.guard(Pending::New),
            Command::Open => self.guard(Pending::Open(None)),
            Command::Save => {
                self.save(false);
            }
            Command::SaveAs => {
                self.save(true);
            }
            Command::Export => {
                let gate = match &self.derived {
                    Some(derived) => Gate::of(self.document.issue(), &derived.report),
                    None => Gate::of(
                        self.document.issue(),
                        &crate::compliance::check(self.document.issue(), &self.registry),
                    ),
                };
                self.dialog = Some(Dialog::Export {
                    options: ExportOptions::default(),
                    gate,
                    reason: String::new(),
                });
            }
            Command::Findings => self.findings.open = !self.findings.open,
            Command::ReviewReport => self.export_review_report(),
            Command::Preferences => {
                self.dialog = Some(Dialog::Preferences {
                    name: self.reviewer.clone(),
                    then: None,
                });
            }
            Command::Quit => self.guard(Pending::Quit),
            Command::Undo => {
                // An outlet change made after the last edit is undone first.
                if !self.undo_outlets() {
                    self.document.undo();
                }
            }
            Command::Redo => {
                self.document.redo();
            }
            Command::Find => {
                self.find.open = true;
                self.find.focus = true;
            }
            Command::IssueDetails => self.selection.centre = Centre::Details,
            Command::ToggleOutline => self.show_outline = !self.show_outline,
            Command::ToggleLibrary => self.show_library = !self.show_library,
            Command::Outlets => self.outlets_view.open = !self.outlets_view.open,
            Command::ImportCsl => self.import_csl(),
            Command::ExportCsl => self.export_csl(),
        }
    }

    /// Does `then` now, or first asks about unsaved changes.
    fn guard(&mut self, then: Pending) {
        if self.document.is_dirty() {
            self.dialog = Some(Dialog::Unsaved { then });
        } else {
            self.proceed(then);
        }
    }

    fn proceed(&mut self, then: Pending) {
        match then {
            Pending::New => {
                self.recovery.clear(self.document.path.as_deref());
                let today = chrono::Local::now().date_naive();
                self.replace_document(Document::new(new_issue(today), None));
            }
            Pending::Open(path) => {
                let Some(path) = path.or_else(|| self.desktop.open_issue()) else {
                    return;
                };
                self.open(&path);
            }
            Pending::Quit => {
                self.recovery.clear(self.document.path.as_deref());
                self.close_confirmed = true;
                self.quit_requested = true;
            }
        }
    }

    /// Opens an issue file; on failure the current document stays and the error is shown.
    pub fn open(&mut self, path: &Path) {
        match store::load_stamped(path) {
            Ok((mut issue, stamp)) => {
                let notes = store::repair(&mut issue);
                self.recovery.clear(self.document.path.as_deref());
                self.replace_document(Document::new(issue, Some(path.to_owned())));
                self.disk_stamp = Some(stamp);
                if !notes.is_empty() {
                    self.dialog = Some(Dialog::Message {
                        title: "The file needed repairs".to_owned(),
                        text: format!(
                            "{}:\n• {}\nSave to keep the repairs.",
                            path.display(),
                            notes.join("\n• ")
                        ),
                    });
                }
                self.recent.add(path);
                self.offer_recovery();
            }
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: "Cannot open the issue".to_owned(),
                    text: error.to_string(),
                });
            }
        }
    }

    fn replace_document(&mut self, document: Document) {
        self.disk_stamp = document.path.as_deref().and_then(store::Stamp::of_file);
        self.document = document;
        self.derived_memo = DerivedMemo::default();
        self.untitled_name = "Untitled";
        self.derived = None;
        self.library.selected = None;
        self.section_view = SectionViewState::default();
        self.select_first_section();
    }

    /// Saves to the document's file, or asks where; true when saved.
    pub fn save(&mut self, choose_path: bool) -> bool {
        self.save_then(choose_path, false, None)
    }

    /// Saves, then does `then`. Before writing over the document's own file it
    /// checks that nobody changed that file since it was read or written; if
    /// someone did, it asks (reload, overwrite, save as) instead of saving.
    fn save_then(&mut self, choose_path: bool, overwrite: bool, then: Option<Pending>) -> bool {
        let path = match (&self.document.path, choose_path) {
            (Some(path), false) => Some(path.clone()),
            _ => {
                let suggested = suggested_file_name(self.document.issue(), "ron");
                self.desktop.save_issue(&suggested)
            }
        };
        let Some(path) = path else { return false };
        let path = with_extension_if_missing(path, "ron");
        let own_file = self.document.path.as_deref() == Some(path.as_path());
        if own_file
            && !overwrite
            && path.exists()
            && store::Stamp::of_file(&path) != self.disk_stamp
        {
            self.dialog = Some(Dialog::ChangedOnDisk { path, then });
            return false;
        }
        match store::save_stamped(&path, self.document.issue()) {
            Ok(stamp) => {
                let previous = self.document.path.clone();
                self.recovery.clear(previous.as_deref());
                self.recovery.clear(Some(&path));
                self.document.mark_saved(path.clone());
                self.disk_stamp = Some(stamp);
                self.recent.add(&path);
                if let Some(then) = then {
                    self.proceed(then);
                }
                true
            }
            Err(error) => {
                self.dialog = Some(Dialog::Message {
                    title: "Not saved".to_owned(),
                    text: format!(
                        "{error}\nYour changes are still open here, and in the recovery copy; \
                         save them elsewhere with Save as."
                    ),
                });
                false
            }
        }
    }

    fn answer(&mut self, choice: Choice, dialog: Option<Dialog>) {
        match choice {
            Choice::SaveThen(then) => {
                self.save_then(false, false, Some(then));
            }
            Choice::Reload(path) => {
                self.recovery.clear(Some(&path));
                self.open(&path);
            }
            Choice::Overwrite(then) => {
                self.save_then(false, true, then);
            }
            Choice::SaveAs(then) => {
                self.save_then(true, false, then);
            }
            Choice::DiscardThen(then) => self.proceed(then),
            Choice::RemoveSource(source) => {
                let _ = self.document.apply(crate::edit::Edit::RemoveSource(source));
                self.keep_selection_valid();
            }
            Choice::Export(options, reason) => self.export(&options, reason.as_deref()),
            Choice::SetReviewer(name, then) => {
                self.reviewer = name;
                if let Some(review) = then {
                    self.review(review);
                }
            }
            Choice::OpenExported(path) => self.desktop.open_in_default_app(&path),
            Choice::Restore => {
                if let Some(Dialog::Recover { issue, .. }) = dialog {
                    let path = self.document.path.clone();
                    self.replace_document(Document::restored(*issue, path));
                }
            }
            Choice::DiscardRecovery => self.recovery.clear(self.document.path.as_deref()),
            Choice::Dismiss => {}
        }
    }

    /// Writes the HTML where the user says and the Markdown beside it. With an
    /// override `reason`, the override is recorded in the issue first (one undo step).
    fn export(&mut self, options: &ExportOptions, reason: Option<&str>) {
        let suggested = suggested_file_name(self.document.issue(), "html");
        let Some(html_path) = self.desktop.save_export(&suggested) else {
            return;
        };
        let html_path = with_extension_if_missing(html_path, "html");
        let markdown_path = html_path.with_extension("md");
        if let Some(reason) = reason {
            let report = crate::compliance::check(self.document.issue(), &self.registry);
            let gate = Gate::of(self.document.issue(), &report);
            let by = if self.reviewer.trim().is_empty() {
                "unnamed"
            } else {
                self.reviewer.trim()
            };
            let record = gate.override_record(by, (self.clock)(), reason);
            self.edit(Edit::RecordExportOverride(record));
        }
        let issue = self.document.issue();
        let outputs = [
            (&html_path, export::html(issue, &self.registry, options)),
            (
                &markdown_path,
                export::markdown(issue, &self.registry, options),
            ),
        ];
        for (path, text) in outputs {
            if let Err(error) = store::write_atomically(path, text.as_bytes(), false) {
                self.dialog = Some(Dialog::Message {
                    title: "Export failed".to_owned(),
                    text: error.to_string(),
                });
                return;
            }
        }
        self.dialog = Some(Dialog::Exported {
            html: html_path,
            markdown: Some(markdown_path),
        });
    }

    fn export_review_report(&mut self) {
        let suggested =
            suggested_file_name(self.document.issue(), "html").replace(".html", "-review.html");
        let Some(path) = self.desktop.save_export(&suggested) else {
            return;
        };
        let path = with_extension_if_missing(path, "html");
        let page = export::review_report(self.document.issue(), &self.registry);
        self.dialog = Some(
            match store::write_atomically(&path, page.as_bytes(), false) {
                Ok(()) => Dialog::Exported {
                    html: path,
                    markdown: None,
                },
                Err(error) => Dialog::Message {
                    title: "Export failed".to_owned(),
                    text: error.to_string(),
                },
            },
        );
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        let requested = ctx.input(|i| i.viewport().close_requested());
        if requested && !self.close_confirmed && self.document.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved {
                then: Pending::Quit,
            });
        } else if requested {
            self.recovery.clear(self.document.path.as_deref());
        }
    }

    fn update_window_title(&mut self, ctx: &egui::Context) {
        let marker = if self.document.is_dirty() { "• " } else { "" };
        let title = format!("{marker}{} — Monitor Workbench", self.file_name());
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The window title as last sent (tests read it).
    pub fn window_title(&self) -> &str {
        &self.window_title
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
        storage.set_string(RECENT_KEY, self.recent.to_storage());
        storage.set_string(REVIEWER_KEY, self.reviewer.clone());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.recovery.flush();
    }
}

/// A file name from the issue: "vric-monitor-14.ron".
pub(super) fn suggested_file_name(issue: &Issue, extension: &str) -> String {
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
    let slug = if slug.is_empty() {
        "issue".to_owned()
    } else {
        slug
    };
    format!("{slug}.{extension}")
}

fn with_extension_if_missing(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}

/// A desktop without dialogs: every question is cancelled.
pub struct NoDesktop;

impl Desktop for NoDesktop {
    fn open_issue(&mut self) -> Option<PathBuf> {
        None
    }
    fn save_issue(&mut self, _suggested: &str) -> Option<PathBuf> {
        None
    }
    fn save_export(&mut self, _suggested: &str) -> Option<PathBuf> {
        None
    }
    fn open_in_default_app(&mut self, _path: &Path) {}
    fn open_file(&mut self, _title: &str, _kind: FileKind) -> Option<PathBuf> {
        None
    }
    fn save_file(&mut self, _title: &str, _kind: FileKind, _suggested: &str) -> Option<PathBuf> {
        None
    }
}
