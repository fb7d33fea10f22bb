//! The spellers of one issue: its language's, and one for each other
//! language its entries declare (`Entry::language`), built the first time
//! an entry needs it. A declared language without a dictionary is kept with
//! the reason, so that its entries are said to be unchecked rather than
//! checked against the wrong dictionary; so is the issue's own language, in
//! which case the entries that declare another language are still checked.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::known::KnownWords;
use super::speller::{Options, Speller};

/// What picks the speller for a text in a given language: one `Speller`
/// (every text checked by it) or the issue's `Spellers`.
pub trait ForLanguage {
    /// The speller for text in `language` (`None`: the issue's own), or why
    /// that language cannot be checked.
    fn speller_for(&mut self, language: Option<&str>) -> Result<&mut Speller, String>;

    /// Every speller built so far (a whole-issue check starts and ends a
    /// pass on each).
    fn each_speller(&mut self, visit: &mut dyn FnMut(&mut Speller));
}

impl ForLanguage for Speller {
    fn speller_for(&mut self, _language: Option<&str>) -> Result<&mut Speller, String> {
        Ok(self)
    }

    fn each_speller(&mut self, visit: &mut dyn FnMut(&mut Speller)) {
        visit(self);
    }
}

pub struct Spellers {
    /// The issue's language, as its file says it.
    language: String,
    /// The issue's language's speller, or why its dictionary is missing.
    main: Result<Speller, String>,
    /// What a speller built later is given.
    known: KnownWords,
    accepted: Vec<String>,
    options: Options,
    folder: Option<PathBuf>,
    /// The entries' other languages, by tag as declared.
    declared: HashMap<String, Result<Speller, String>>,
}

impl Spellers {
    /// The spellers of an issue in `language` (see [`Self::main`] for
    /// whether its dictionary was found); `folder` is searched for
    /// dictionaries first (a window told where they are, tests).
    pub fn for_issue(
        language: &str,
        known: KnownWords,
        options: Options,
        folder: Option<&Path>,
    ) -> Self {
        let main = Speller::for_language_in(language, known.clone(), options, folder)
            .map_err(|error| error.to_string());
        Self {
            language: language.to_owned(),
            main,
            known,
            accepted: Vec::new(),
            options,
            folder: folder.map(Path::to_owned),
            declared: HashMap::new(),
        }
    }

    /// The issue's language's speller, or why that language has none.
    pub fn main(&self) -> Result<&Speller, &str> {
        self.main.as_ref().map_err(String::as_str)
    }

    /// New known words for every speller (sources came or went, the word
    /// list changed); words accepted stay accepted.
    pub fn set_known(&mut self, known: KnownWords) {
        self.known = known;
        for word in &self.accepted {
            self.known.add_text(word);
        }
        let known = self.known.clone();
        self.each_speller(&mut |speller| speller.set_known(known.clone()));
    }

    /// Accepts `word` in every language from now on.
    pub fn accept(&mut self, word: &str) {
        self.known.add_text(word);
        self.accepted.push(word.to_owned());
        self.each_speller(&mut |speller| speller.accept(word));
    }

    /// Whether `language` is the issue's own (no speller of its own needed).
    fn is_issue_language(&self, language: &str) -> bool {
        same_tag(language, &self.language)
    }
}

/// `pt-BR`, `pt_br` and `PT-BR` are one tag.
fn same_tag(a: &str, b: &str) -> bool {
    let normal = |tag: &str| tag.trim().replace('_', "-").to_ascii_lowercase();
    normal(a) == normal(b)
}

impl ForLanguage for Spellers {
    fn speller_for(&mut self, language: Option<&str>) -> Result<&mut Speller, String> {
        let tag = match language.map(str::trim) {
            Some(tag) if !tag.is_empty() && !self.is_issue_language(tag) => tag,
            _ => return self.main.as_mut().map_err(|problem| problem.clone()),
        };
        if !self.declared.contains_key(tag) {
            let built = Speller::for_language_in(
                tag,
                self.known.clone(),
                self.options,
                self.folder.as_deref(),
            )
            .map_err(|error| error.to_string());
            self.declared.insert(tag.to_owned(), built);
        }
        match self.declared.get_mut(tag) {
            Some(Ok(speller)) => Ok(speller),
            Some(Err(problem)) => Err(problem.clone()),
            None => self.main.as_mut().map_err(|problem| problem.clone()),
        }
    }

    fn each_speller(&mut self, visit: &mut dyn FnMut(&mut Speller)) {
        if let Ok(main) = &mut self.main {
            visit(main);
        }
        for speller in self.declared.values_mut().flatten() {
            visit(speller);
        }
    }
}
