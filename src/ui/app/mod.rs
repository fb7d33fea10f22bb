//! The workbench window: panels draw the issue and push actions; after the
//! pass, the app carries them out, every change through `Document::apply`,
//! and the derived figures follow the document's revision.
//!
//! One struct, split by role: construction and drawing here; `dispatch`
//! carries out actions and commands; `files` opens, saves and exports through
//! one chooser door; `review` signs review steps; `outlets` and `sources`
//! handle the user's outlets and the library's imports.

mod archive;
mod capture;
mod dispatch;
mod draw;
mod drops;
mod files;
mod help;
mod notices;
mod outlets;
mod review;
mod sources;
mod spelling;
mod word_list;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::actions::{Actions, Centre, Selection};
use super::command::Command;
use super::derived::{Derived, DerivedMemo};
use super::dialogs::{self, Dialog};
use super::files::{Answer, Desktop, FileQuestion, NativeDesktop};
use super::find_bar::FindState;
use super::findings::FindingsState;
use super::history::HistoryState;
use super::library::LibraryState;
use super::outlets::OutletsState;
use super::outline::OutlineState;
use super::prefs::Preferences;
use super::section_view::SectionViewState;
use crate::edit::Document;
use crate::history::VersionStore;
use crate::registry::Registry;
use crate::sample::sample_issue;
use crate::session::{AUTOSAVE_DELAY, OpenIssue, Recovery};
use crate::store::{self, UserRegistry};
use crate::t;

pub use archive::ArchiveState;
pub use capture::CaptureSettings;
pub use files::FilePurpose;
pub use notices::Notice;

/// What the window calls a document that has no file yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Untitled {
    /// A new issue.
    New,
    /// The bundled sample.
    Sample,
    /// A Markdown draft dropped on the window.
    ImportedDraft,
}

impl Untitled {
    pub fn name(self) -> String {
        match self {
            Untitled::New => crate::t!("untitled-new"),
            Untitled::Sample => crate::t!("untitled-sample"),
            Untitled::ImportedDraft => crate::t!("untitled-imported-draft"),
        }
    }
}

/// Everything the window shows of one document that is not in the document:
/// replaced in one statement when another document opens, so nothing of the
/// last one lingers (a selection, a cached row order, a typed URL).
pub struct DocumentView {
    pub selection: Selection,
    pub(super) outline: OutlineState,
    pub(super) section_view: SectionViewState,
    pub library: LibraryState,
    pub(super) derived: Option<Derived>,
    pub(super) derived_memo: DerivedMemo,
    /// The name shown for a document without a file.
    pub(super) untitled_name: Untitled,
    /// Fetching, archiving and checking under way for this document's sources.
    pub capture: capture::Work,
}

impl DocumentView {
    fn of(document: &Document) -> Self {
        Self {
            selection: Selection {
                centre: Centre::Section,
                section: document.issue().sections.first().map(|s| s.id),
                entry: None,
                highlight: None,
            },
            outline: OutlineState::default(),
            section_view: SectionViewState::default(),
            library: LibraryState::default(),
            derived: None,
            derived_memo: DerivedMemo::default(),
            untitled_name: Untitled::New,
            capture: capture::Work::default(),
        }
    }
}

pub struct WorkbenchApp {
    /// The issue being edited and what ties it to its file (stamp, merge
    /// base, recovery copy): everything about it that is not the window's.
    pub open: OpenIssue,
    pub view: DocumentView,
    pub(super) registry: Registry,
    /// The built-in outlets and the user's file of additions and corrections.
    pub(super) user: UserRegistry,
    pub(super) outlets_view: OutletsState,
    /// Countries the policy's scope can name (from the registry).
    pub(super) countries: Vec<String>,
    pub(super) desktop: Box<dyn Desktop>,
    /// How the window reaches the web, on the user's word only.
    web: capture::Web,
    /// The desktop could not show its own dialog this run: the built-in chooser is used.
    native_unavailable: bool,
    /// An opener was just started (Open the HTML).
    pub(super) opener_started: bool,
    /// Until this egui time the window looks for the opener's verdict.
    watch_opener_until: Option<f64>,
    pub prefs: Preferences,
    /// Where each save keeps a version (History); none in tests unless given.
    pub(super) versions: Option<VersionStore>,
    pub(super) history: HistoryState,
    pub(super) dialog: Option<Dialog>,
    pub find: FindState,
    pub findings: FindingsState,
    /// The archive: a folder of the series' issues, searched, compared and plotted.
    pub archive: ArchiveState,
    pub show_outline: bool,
    /// The choices of the last export dialog, offered again by the next.
    pub(super) export_options: crate::export::ExportOptions,
    /// The desktop's light or dark preference where winit has none (Linux).
    system_theme: Option<super::system_theme::SystemTheme>,
    /// The fonts and both themes' styles were given to egui.
    styled: bool,
    /// Set once the user agreed to close with unsaved changes (or saved them).
    close_confirmed: bool,
    /// Close the window at the end of this frame (after Quit was confirmed).
    quit_requested: bool,
    window_title: String,
    /// The time that signs review steps; tests replace it.
    clock: fn() -> DateTime<Utc>,
    pub notice: Option<Notice>,
    /// The folder of the publications' spelling word lists, when not the
    /// config folder's (tests).
    word_lists: Option<PathBuf>,
    /// A folder searched first for spelling dictionaries (tests).
    dictionaries: Option<PathBuf>,
    /// The first run's tour, while it is shown (Help → Tour shows it again).
    pub(crate) tour: Option<super::tour::Tour>,
    /// Where Help → User guide writes the guide it opens; the temporary
    /// folder where there is no data folder.
    guide_folder: Option<PathBuf>,
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
            view: DocumentView::of(&document),
            open: OpenIssue::new(document, Recovery::new(recovery_dir)),
            countries: registry.state_countries(),
            registry,
            user,
            outlets_view: OutletsState::default(),
            desktop,
            web: capture::Web::default(),
            native_unavailable: false,
            opener_started: false,
            watch_opener_until: None,
            prefs: Preferences::default(),
            versions: None,
            history: HistoryState::default(),
            dialog: None,
            find: FindState::default(),
            findings: FindingsState::default(),
            archive: ArchiveState::default(),
            show_outline: true,
            export_options: crate::export::ExportOptions::default(),
            system_theme: None,
            styled: false,
            close_confirmed: false,
            quit_requested: false,
            window_title: String::new(),
            clock: Utc::now,
            notice: None,
            word_lists: None,
            dictionaries: None,
            tour: None,
            guide_folder: None,
        };
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
        app.view.untitled_name = Untitled::Sample;
        app
    }

    /// Names the document shown while it has no file ("Sample issue
    /// (bundled)"), as the window names the sample (tests).
    pub fn with_untitled_name(mut self, name: Untitled) -> Self {
        self.view.untitled_name = name;
        self
    }

    /// Classifies with the user's outlet file at `path` (created on the first
    /// change); a damaged file is reported and left alone.
    pub fn with_user_outlets(mut self, path: PathBuf) -> Self {
        let (user, problem) = UserRegistry::from_file(path);
        self.user = user;
        self.registry_changed();
        if let Some(text) = problem {
            self.dialog = Some(Dialog::Message {
                title: t!("outlets-file-unreadable"),
                text,
            });
        }
        self
    }

    /// Signs review steps with `clock` instead of the system time (tests).
    pub fn with_clock(mut self, clock: fn() -> DateTime<Utc>) -> Self {
        self.clock = clock;
        self
    }

    /// Keeps a version of each save in `root` (History).
    pub fn with_versions(mut self, root: PathBuf) -> Self {
        self.versions = Some(VersionStore::new(root));
        self
    }

    /// The words the entry editor underlined as misspelled when it last
    /// laid out `text` (`None`: no field showed that text).
    pub fn underlined_words(&self, text: &str) -> Option<Vec<String>> {
        self.view
            .section_view
            .spelling
            .underlined(text)
            .map(<[String]>::to_vec)
    }

    /// Keeps the publications' spelling word lists in `folder` instead of
    /// the config folder (tests).
    pub fn with_word_lists(mut self, folder: PathBuf) -> Self {
        self.word_lists = Some(folder);
        self
    }

    /// Looks for spelling dictionaries in `folder` before the usual folders
    /// (tests).
    pub fn with_dictionaries(mut self, folder: PathBuf) -> Self {
        self.dictionaries = Some(folder);
        self
    }

    /// Starts with these preferences (tests; the window reads them from storage).
    pub fn with_preferences(mut self, prefs: Preferences) -> Self {
        self.prefs = prefs;
        self
    }

    /// Called by eframe: the file given, else the last one opened, else the sample.
    pub fn start(cc: &eframe::CreationContext<'_>, opened: Option<super::Opened>) -> Self {
        // No preferences yet: the first run, which the tour teaches. (Without
        // storage nothing would remember it was seen: no tour.)
        let first_run = cc.storage.is_some_and(Preferences::none_stored);
        let prefs = cc.storage.map(Preferences::load).unwrap_or_default();
        if let Some(language) = prefs.language {
            crate::i18n::set_current(language);
        }
        let repairs = opened
            .as_ref()
            .map(|opened| opened.repairs.clone())
            .unwrap_or_default();
        let document = opened
            .map(|opened| opened.document)
            .or_else(|| {
                let path = prefs.last_issue.clone()?;
                // A last file that moved or broke is not worth an error: fall back to the sample.
                let issue = store::load(&path).ok()?;
                Some(Document::new(issue, Some(path)))
            })
            .unwrap_or_else(|| Document::new(sample_issue(), None));
        let is_sample = document.path.is_none();
        let mut app = Self::new(
            document,
            Box::new(NativeDesktop::default()),
            Recovery::default_dir(),
        )
        .with_preferences(prefs);
        app.versions = VersionStore::default_root().map(VersionStore::new);
        app.guide_folder = help::default_guide_folder();
        if first_run {
            app.tour = Some(super::tour::Tour::default());
        }
        app.archive.cache_root = archive::default_cache_root();
        super::widget_map::install(&cc.egui_ctx);
        app.system_theme = Some(super::system_theme::SystemTheme::start(&cc.egui_ctx));
        if let Some(path) = store::user_outlets_path() {
            app = app.with_user_outlets(path);
        }
        if is_sample {
            app.view.untitled_name = Untitled::Sample;
        }
        if let Some(folder) = app.prefs.archive.clone() {
            app.open_archive(&folder);
            // Reopened quietly: the window opens on the issue, not the archive.
            app.archive.view.open = false;
        }
        if let Some(path) = app.open.document.path.clone()
            && app.open.is_on_disk()
        {
            app.prefs.recent.add(&path);
            if !repairs.is_empty() && app.dialog.is_none() {
                app.dialog = Some(Dialog::Message {
                    title: t!("repairs-title"),
                    text: t!(
                        "repairs-text",
                        file = path.display().to_string(),
                        repairs = repairs.join("\n• ")
                    ),
                });
            }
        }
        app
    }

    /// At start: every recovery copy a crash left, newest first.
    fn offer_recovery(&mut self) {
        let offers = self.open.recovery.offers();
        if !offers.is_empty() {
            self.dialog = Some(Dialog::Recover { offers });
        }
    }

    /// After opening `path`: the copy of that file's unsaved work, if any.
    pub(super) fn offer_recovery_for(&mut self, path: &Path) {
        if let Some(offer) = self.open.recovery.offer_for(path) {
            self.dialog = Some(Dialog::Recover {
                offers: vec![offer],
            });
        }
    }

    /// The figures for the current revision, recomputed only after a change.
    pub fn derived(&mut self) -> &Derived {
        let revision = self.open.document.revision();
        let issue = self.open.document.issue();
        let registry = &self.registry;
        let view = &mut self.view;
        let memo = &mut view.derived_memo;
        if view.derived.as_ref().is_none_or(|d| d.revision != revision) {
            view.derived = Some(Derived::compute(issue, registry, revision, memo));
        }
        view.derived
            .get_or_insert_with(|| Derived::compute(issue, registry, revision, memo))
    }

    /// The interface's language changed: the findings' words are stale.
    pub(super) fn language_changed(&mut self) {
        self.view.derived = None;
        self.view.derived_memo = DerivedMemo::default();
    }

    /// The registry changed (the user's outlets): every cached figure is stale.
    pub(super) fn registry_changed(&mut self) {
        self.registry = self.user.registry();
        self.countries = self.registry.state_countries();
        self.view.derived = None;
        self.view.derived_memo = DerivedMemo::default();
        self.archive_registry_changed();
    }

    /// "issue-14.ron" or "Sample issue (bundled)" or "Untitled".
    pub fn file_name(&self) -> String {
        match &self.open.document.path {
            Some(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            None => self.view.untitled_name.name(),
        }
    }

    /// Draws the whole window into `ui` and carries out what the user asked.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        super::startup::frame(ui.ctx());
        if !std::mem::replace(&mut self.styled, true) {
            super::theme::install(ui.ctx(), self.prefs.theme.preference());
        }
        let mut actions = Actions::default();
        // A modal dialog has the keyboard: shortcuts would act behind it.
        if self.dialog.is_none() {
            for command in Command::pressed(ui.ctx()) {
                actions.command(command);
            }
        }
        self.handle_close_request(ui.ctx());
        self.take_dropped_files(ui.ctx());
        self.report_desktop_problems(ui.ctx());
        let arrived = self.poll_capture(ui.ctx());
        self.poll_archive(ui.ctx());
        self.derived();
        self.update_notes();
        self.draw(ui, &mut actions);
        let changed = self.apply_actions(ui.ctx(), actions);
        if arrived && !changed {
            self.open.edited(ui.input(|i| i.time));
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_DELAY + 0.1));
        }
        if changed {
            // Show the new share in this very frame: draw the pass again with the edit applied.
            ui.ctx().request_discard("the issue changed");
            self.open.edited(ui.input(|i| i.time));
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_DELAY + 0.1));
        }
        self.expire_notice(ui.ctx());
        if std::mem::take(&mut self.quit_requested) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        // Once the user chose to quit, unsaved work is meant to go: no new copy.
        if !self.close_confirmed {
            self.open.autosave(ui.input(|i| i.time));
        }
        self.update_window_title(ui.ctx());
        super::startup::frame_done();
    }

    fn handle_close_request(&mut self, ctx: &egui::Context) {
        let requested = ctx.input(|i| i.viewport().close_requested());
        if requested && !self.close_confirmed && self.open.document.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved {
                then: dialogs::Pending::Quit,
            });
        } else if requested {
            self.close_confirmed = true;
            self.open.close();
        }
    }

    fn update_window_title(&mut self, ctx: &egui::Context) {
        let marker = if self.open.document.is_dirty() {
            "• "
        } else {
            ""
        };
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

    /// Waits for autosave writes and removals under way (tests, quitting).
    pub fn flush_recovery(&mut self) {
        self.open.recovery.flush();
    }
}

impl eframe::App for WorkbenchApp {
    /// eframe runs this without `ui` when a frame it asked for is overdue
    /// (250 ms on a loaded machine): the input is kept for the next pass but
    /// nothing asks for one, so the last key of a burst waited for the next
    /// timer (autosave, 2 s) to be drawn. Input asks for that pass at once.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let has_input = ctx.input(|input| !input.events.is_empty());
        super::startup::logic(has_input);
        if has_input {
            ctx.request_repaint();
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    /// "Follow the system" on a desktop winit cannot read: the portal's
    /// answer, asked again each time the window regains the focus.
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        let Some(system) = &mut self.system_theme else {
            return;
        };
        if raw_input
            .events
            .iter()
            .any(|event| matches!(event, egui::Event::WindowFocused(true)))
        {
            system.refresh();
        }
        if raw_input.system_theme.is_none() {
            raw_input.system_theme = system.update();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.open.is_on_disk() {
            self.prefs.last_issue = self.open.document.path.clone();
        }
        self.prefs.store(storage);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.open.recovery.flush();
    }
}

/// A desktop without dialogs, as on a machine with no portal: every question
/// is answered "unavailable", so the built-in chooser is used.
pub struct NoDesktop;

impl Desktop for NoDesktop {
    fn choose(&mut self, _question: &FileQuestion, _folder: Option<&Path>) -> Answer {
        Answer::Unavailable("this window has no desktop dialogs".to_owned())
    }

    fn open_in_default_app(&mut self, path: &Path) -> Result<(), String> {
        Err(format!("no desktop to open {}", path.display()))
    }
}
