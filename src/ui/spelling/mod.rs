//! Spelling in the window: the document's `Spellers` (built again when the
//! issue's language or the options change; an entry that declares another
//! language is checked with that language's), the unknown words of each text
//! remembered so that a frame does not check again, and the wavy red line
//! under them: the layouter marks them, `paint_wave` draws it (`wave`).

mod list;
mod menu;
mod prefs;
mod wave;
mod word_list;

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{FontSelection, Galley, TextBuffer, Ui};

use crate::model::Issue;
use crate::registry::Registry;
use crate::spelling::{self, ForLanguage, KnownWords, Misspelling, Options, Spellers};
use crate::t;

pub use list::{SpellingList, window as list_window};
pub use menu::word_menu;
pub use prefs::preferences;
pub use wave::paint as paint_wave;
pub use word_list::{WordListChoice, WordListEditor, editor as word_list_editor};

/// How many texts' results are remembered before the memo starts again.
const MEMO_LIMIT: usize = 512;

/// Where spelling looks when not in the usual folders (tests).
#[derive(Debug, Clone, Copy, Default)]
pub struct Folders<'a> {
    /// The publications' word lists, instead of the config folder's.
    pub word_lists: Option<&'a Path>,
    /// Searched first for dictionaries.
    pub dictionaries: Option<&'a Path>,
}

/// The checker of the document shown, and what it found in each text.
#[derive(Default)]
pub struct SpellCheck {
    /// The language and options the speller was built for.
    built_for: Option<(String, Options)>,
    spellers: Option<Spellers>,
    /// Why there is no speller (no dictionary for the issue's language).
    pub problem: Option<String>,
    /// Each text checked, with its unknown words (byte ranges in that
    /// text), by the language it was checked in ("" for the issue's).
    memo: HashMap<String, HashMap<String, Vec<Misspelling>>>,
    /// How many texts `memo` holds.
    memo_len: usize,
    /// Each text laid out, with the language it was checked in ("" for the
    /// issue's) and the words its layout job marked for the wave.
    drawn: HashMap<String, (String, Vec<String>)>,
    /// Words added to the word list this session ("Add to dictionary"),
    /// accepted again when the speller is built again.
    accepted: Vec<String>,
    /// The publication's word list ("Add to dictionary" writes to it).
    word_list: Option<PathBuf>,
    /// How many sources the issue had, and the words it ignored, when its
    /// known words were gathered.
    sources_seen: usize,
    ignored_seen: BTreeSet<String>,
    /// The unknown word last right-clicked, which the context menu offers to correct.
    pub menu: Option<menu::MenuWord>,
    /// Review → Spelling.
    pub list: SpellingList,
}

impl SpellCheck {
    /// Builds the speller for `issue` when its language or `options` changed
    /// since the last build (the English dictionary parses in ~11 ms).
    /// `folders`: where word lists and dictionaries are when not in the
    /// usual places (tests).
    pub fn follow(
        &mut self,
        issue: &Issue,
        registry: &Registry,
        options: Options,
        folders: Folders<'_>,
    ) {
        let language = match issue.language.trim() {
            "" => "en".to_owned(),
            tag => tag.to_owned(),
        };
        let wanted = (language, options);
        if self.built_for.as_ref() == Some(&wanted) {
            let changed = self.sources_seen != issue.sources.len()
                || self.ignored_seen != issue.spelling_ignored;
            if changed && let Some(spellers) = self.spellers.as_mut() {
                // Sources came or went, or a word was ignored (or that was
                // undone): the issue's words change (no dictionary parsed again).
                spellers.set_known(known_words(issue, registry, self.word_list.as_deref()));
                self.sources_seen = issue.sources.len();
                self.ignored_seen.clone_from(&issue.spelling_ignored);
                self.forget_results();
            }
            return;
        }
        self.sources_seen = issue.sources.len();
        self.ignored_seen.clone_from(&issue.spelling_ignored);
        self.word_list = word_list_for(&issue.series, folders.word_lists);
        let known = known_words(issue, registry, self.word_list.as_deref());
        self.forget_results();
        let mut spellers = Spellers::for_issue(&wanted.0, known, options, folders.dictionaries);
        for word in &self.accepted {
            spellers.accept(word);
        }
        // Without the issue's dictionary, entries in another language that
        // has one are still checked.
        self.problem = spellers
            .main()
            .err()
            .map(|problem| t!("spelling-not-checked", problem = problem));
        self.spellers = Some(spellers);
        self.built_for = Some(wanted);
    }

    /// Forgets what was found and drawn, so that it is checked again.
    fn forget_results(&mut self) {
        self.memo.clear();
        self.memo_len = 0;
        self.drawn.clear();
        self.forget_list();
    }

    /// The unknown words of `text` in `language` (`None`: the issue's),
    /// remembered per text; none when that language has no dictionary.
    pub fn misspellings(&mut self, language: Option<&str>, text: &str) -> &[Misspelling] {
        let Some(spellers) = self.spellers.as_mut() else {
            return &[];
        };
        let key = language.unwrap_or_default();
        let known = self
            .memo
            .get(key)
            .is_some_and(|texts| texts.contains_key(text));
        if !known {
            if self.memo_len >= MEMO_LIMIT {
                self.memo.clear();
                self.memo_len = 0;
                self.drawn.clear();
            }
            let found = spellers
                .speller_for(language)
                .map(|speller| speller.misspellings(text))
                .unwrap_or_default();
            self.memo
                .entry(key.to_owned())
                .or_default()
                .insert(text.to_owned(), found);
            self.memo_len += 1;
        }
        self.memo
            .get(key)
            .and_then(|texts| texts.get(text))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// Why text in `language` is not checked (its dictionary is missing);
    /// `None` when it is, or when the issue's own language is the problem
    /// (`problem` says that).
    pub fn problem_for(&mut self, language: Option<&str>) -> Option<String> {
        language?;
        self.spellers.as_mut()?.speller_for(language).err()
    }

    /// The words the editor's layout job marked when it laid out `text`
    /// (`None`: no field showed that text).
    pub fn underlined(&self, text: &str) -> Option<&[String]> {
        self.drawn.get(text).map(|(_, words)| words.as_slice())
    }

    /// The unknown word of `text` (in `language`) at byte `offset`, if any.
    pub fn word_at(
        &mut self,
        language: Option<&str>,
        text: &str,
        offset: usize,
    ) -> Option<Misspelling> {
        self.misspellings(language, text)
            .iter()
            .find(|m| m.range.start <= offset && offset <= m.range.end)
            .cloned()
    }

    /// Where "Add to dictionary" writes (`None` without a home folder).
    pub fn word_list(&self) -> Option<&Path> {
        self.word_list.as_deref()
    }

    /// Up to `limit` suggestions for `word`, from the dictionary of
    /// `language` (`None`: the issue's).
    pub fn suggest(&mut self, language: Option<&str>, word: &str, limit: usize) -> Vec<String> {
        self.spellers
            .as_mut()
            .and_then(|spellers| spellers.speller_for(language).ok())
            .map(|speller| speller.suggest(word, limit))
            .unwrap_or_default()
    }

    /// Accepts `word` from now on (added to the word list); the remembered
    /// results are checked again.
    pub fn accept(&mut self, word: &str) {
        if let Some(spellers) = self.spellers.as_mut() {
            spellers.accept(word);
        }
        if !self.accepted.iter().any(|known| known == word) {
            self.accepted.push(word.to_owned());
        }
        self.forget_results();
    }

    /// The issue's `spelling` findings (none when its language has no
    /// dictionary), for the reviewer's report.
    pub fn findings(&mut self, issue: &Issue) -> Vec<crate::compliance::Finding> {
        self.spellers
            .as_mut()
            .map(|spellers| spelling::findings(issue, spellers))
            .unwrap_or_default()
    }

    /// The word list changed on disk: the speller is built again with it
    /// (dictionaries are parsed once per process, so this is quick).
    pub fn relearn(&mut self) {
        self.built_for = None;
    }

    /// A word removed from the word list is no longer accepted for having
    /// been added this session.
    pub fn forget_accepted(&mut self, word: &str) {
        self.accepted.retain(|known| known != word);
    }

    /// Notes the marked sections (unknown words) of a galley laid out for `text`.
    fn note_drawn(&mut self, language: Option<&str>, text: &str, galley: &Galley) {
        let language = language.unwrap_or_default();
        if self
            .drawn
            .get(text)
            .is_some_and(|(drawn_in, _)| drawn_in == language)
        {
            return;
        }
        let job = &galley.job;
        let words = job
            .sections
            .iter()
            .filter(|section| wave::is_marked(&section.format))
            .filter_map(|section| {
                job.text
                    .get(section.byte_range.start.0..section.byte_range.end.0)
            })
            .map(str::to_owned)
            .collect();
        self.drawn
            .insert(text.to_owned(), (language.to_owned(), words));
    }
}

/// The word list of the publication `series`: in `folder` when given, else
/// in the config folder (`None` without a home folder).
fn word_list_for(series: &str, folder: Option<&Path>) -> Option<PathBuf> {
    let usual = spelling::word_list_path(series);
    match folder {
        None => usual,
        Some(folder) => {
            let name = usual
                .as_deref()
                .and_then(Path::file_name)
                .map_or_else(|| "default.txt".into(), |name| name.to_owned());
            Some(folder.join(name))
        }
    }
}

/// The words `issue` knows, with the publication's word list (an unreadable
/// list counts as empty here; `check --spelling` says why).
fn known_words(issue: &Issue, registry: &Registry, word_list: Option<&Path>) -> KnownWords {
    let word_list = word_list
        .and_then(|path| spelling::read_word_list(path).ok())
        .unwrap_or_default();
    KnownWords::for_issue(issue, registry, &word_list)
}

/// `text` laid out as a `TextEdit` would, with the unknown words marked
/// (an invisible underline; `paint_wave` draws the wave under them).
pub fn underlined_job(
    ui: &Ui,
    text: &str,
    misspelled: &[Misspelling],
    font: FontSelection,
    wrap_width: f32,
    multiline: bool,
) -> LayoutJob {
    let font_id = font.resolve(ui.style());
    // A `TextEdit`'s own colour: the inactive widgets' text, which does not
    // brighten on hover.
    let color = ui
        .visuals()
        .override_text_color
        .unwrap_or_else(|| ui.visuals().widgets.inactive.text_color());
    let line_height =
        ui.fonts_mut(|fonts| fonts.row_height(&font_id)) + ui.spacing().extra_text_line_spacing;
    let plain = TextFormat {
        line_height: Some(line_height),
        ..TextFormat::simple(font_id, color)
    };
    let marked = TextFormat {
        underline: wave::MARK,
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    let mut at = 0;
    for misspelling in misspelled {
        let Range { start, end } = misspelling.range;
        if start < at || end > text.len() || !text.is_char_boundary(start) {
            continue;
        }
        if !text.is_char_boundary(end) {
            continue;
        }
        if start > at {
            job.append(&text[at..start], 0.0, plain.clone());
        }
        job.append(&text[start..end], 0.0, marked.clone());
        at = end;
    }
    if at < text.len() || job.sections.is_empty() {
        job.append(&text[at..], 0.0, plain);
    }
    if multiline {
        job.wrap.max_width = wrap_width;
    } else {
        job.break_on_newline = false;
    }
    job.keep_trailing_whitespace = true;
    job
}

/// A `TextEdit` layouter that marks the unknown words of its text
/// (`multiline` as the `TextEdit` is), in `language` (`None`: the issue's),
/// and paints Find's match (`found`, a byte range) behind its text.
pub fn layouter<'a>(
    check: &'a mut SpellCheck,
    font: FontSelection,
    multiline: bool,
    language: Option<&'a str>,
    found: Option<Range<usize>>,
) -> impl FnMut(&Ui, &dyn TextBuffer, f32) -> Arc<Galley> + 'a {
    move |ui: &Ui, buffer: &dyn TextBuffer, wrap_width: f32| {
        let text = buffer.as_str();
        let misspelled = check.misspellings(language, text);
        let mut job = underlined_job(ui, text, misspelled, font.clone(), wrap_width, multiline);
        if let Some(range) = found.clone() {
            mark_found(&mut job, range, super::theme::tokens(ui).found);
        }
        let galley = ui.fonts_mut(|fonts| fonts.layout_job(job));
        check.note_drawn(language, text, &galley);
        galley
    }
}

/// Gives the bytes `range` of `job`'s text the background `colour`,
/// splitting the sections it starts or ends in.
pub fn mark_found(job: &mut LayoutJob, range: Range<usize>, colour: egui::Color32) {
    if range.start >= range.end || range.end > job.text.len() {
        return;
    }
    let mut sections = Vec::with_capacity(job.sections.len() + 2);
    for section in std::mem::take(&mut job.sections) {
        let (start, end) = (section.byte_range.start.0, section.byte_range.end.0);
        let cuts = [
            start,
            range.start.clamp(start, end),
            range.end.clamp(start, end),
            end,
        ];
        for pair in cuts.windows(2) {
            let (from, to) = (pair[0], pair[1]);
            if from >= to {
                continue;
            }
            let mut part = section.clone();
            part.byte_range =
                egui::epaint::text::ByteIndex(from)..egui::epaint::text::ByteIndex(to);
            if from >= range.start && to <= range.end {
                part.format.background = colour;
            }
            // Only the first part keeps the section's leading space.
            if from != start {
                part.leading_space = 0.0;
            }
            sections.push(part);
        }
    }
    job.sections = sections;
}
