use super::dictionaries::{installed_in, languages_with, load_from};
use super::*;
use crate::compliance::{Rule, Severity};
use crate::model::{Entry, Issue, Section, Source};
use crate::registry::Registry;
use std::sync::Arc;

const AFF: &str = "SET UTF-8\nTRY esianrtolcdugmfphbyvkw\n\nSFX S Y 1\nSFX S 0 s .\n";
const DIC: &str = "7\nthe\nstate\nmedia\nreport/S\ngovernment/S\nsaid\nin\n";
const ES_DIC: &str = "3\ngobierno/S\ndijo\nel\n";

fn tiny(name: &str, dic: &str) -> LoadedDictionary {
    let dictionary = spellbook::Dictionary::new(AFF, dic).expect("the test dictionary parses");
    LoadedDictionary {
        name: name.to_owned(),
        path: None,
        dictionary: Arc::new(dictionary),
    }
}

fn speller(options: Options) -> Speller {
    Speller::new(
        tiny("en_XX", DIC),
        Vec::new(),
        KnownWords::default(),
        options,
    )
}

fn words(found: Vec<Misspelling>) -> Vec<String> {
    found.into_iter().map(|m| m.word).collect()
}

#[test]
fn unknown_words_with_their_ranges() {
    let mut speller = speller(Options::default());
    let text = "The goverment said reports";
    let found = speller.misspellings(text);
    assert_eq!(words(found.clone()), ["goverment"]);
    assert_eq!(&text[found[0].range.clone()], "goverment");
}

#[test]
fn numbers_urls_acronyms_and_words_with_digits_are_skipped() {
    let mut speller = speller(Options::default());
    let text =
        "the 2026 RT report G20 3,5 https://rt.com/abc/xyzzy e.g. rt.com ana@example.org state";
    assert!(
        speller.misspellings(text).is_empty(),
        "{:?}",
        speller.misspellings(text)
    );
}

#[test]
fn capitalised_words_inside_a_sentence_by_preference() {
    let text = "The Maduro report. Goverment said";
    assert_eq!(
        words(speller(Options::default()).misspellings(text)),
        ["Maduro", "Goverment"]
    );
    let lenient = Options {
        accept_capitalised: true,
        ..Options::default()
    };
    // A capital opening a sentence is no sign of a name.
    assert_eq!(words(speller(lenient).misspellings(text)), ["Goverment"]);
    assert!(opens_sentence("“Hola", "“".len()));
    assert!(!opens_sentence("the “Escudo", "the “".len()));
    assert!(opens_sentence("He said.” Then", "He said.” ".len()));
}

#[test]
fn other_languages_accept_their_words() {
    let text = "the gobierno dijo";
    let mut alone = speller(Options::default());
    assert_eq!(words(alone.misspellings(text)), ["gobierno", "dijo"]);
    let mut both = Speller::new(
        tiny("en_XX", DIC),
        vec![tiny("es_XX", ES_DIC)],
        KnownWords::default(),
        Options::default(),
    );
    assert!(both.misspellings(text).is_empty());
}

#[test]
fn verdicts_are_cached_per_word() {
    let mut speller = speller(Options::default());
    speller.misspellings("the goverment said the goverment");
    assert_eq!(speller.cached_words(), 3);
    speller.misspellings("the goverment said the goverments");
    assert_eq!(speller.cached_words(), 4, "one new word, one new lookup");
    speller.accept("goverment");
    assert!(speller.misspellings("the goverment").is_empty());
}

#[test]
fn names_the_issue_knows_are_accepted() {
    let mut issue = Issue {
        series: "Hemisferio Monitor".to_owned(),
        ..Issue::default()
    };
    let id = issue.new_source_id();
    let mut source = Source::new(id, "https://example.org/a");
    source.author = "Ximena Quispe".to_owned();
    source.title = "Escudo Bolivariano begins".to_owned();
    issue.sources.push(source);
    let registry = Registry::builtin();
    let list = vec!["Petrocaribe".to_owned()];
    let known = KnownWords::for_issue(&issue, &registry, &list);
    let mut speller = Speller::new(tiny("en_XX", DIC), Vec::new(), known, Options::default());
    let text = "Quispe said the Escudo Bolivariano report in Reuters and Telesur media, Petrocaribe's Hemisferio state";
    assert!(
        speller.misspellings(text).is_empty(),
        "{:?}",
        speller.misspellings(text)
    );
}

#[test]
fn one_info_finding_per_word_with_every_place_and_suggestions() {
    let mut issue = Issue {
        summary: "the goverment".to_owned(),
        ..Issue::default()
    };
    let section_id = issue.new_section_id();
    let mut section = Section::new(section_id, "Reportz");
    for body in [
        "the *goverment* said",
        "[state media](https://x.org/goverment) said",
    ] {
        let id = issue.new_entry_id();
        section.entries.push(Entry::new(id, body));
    }
    issue.sections.push(section);
    let mut speller = speller(Options::default());
    let found = findings(&issue, &mut speller);
    assert_eq!(found.len(), 2, "{found:#?}");
    let first = &found[0];
    assert_eq!(
        (first.rule, first.severity),
        (Rule::Spelling, Severity::Info)
    );
    assert_eq!(first.entry_position, Some(1), "the link target is not text");
    assert!(first.message.contains("“goverment”"), "{}", first.message);
    assert!(
        first.message.contains("summary; Reportz, entry 1"),
        "{}",
        first.message
    );
    assert!(first.message.contains("government"), "{}", first.message);
    assert!(
        found[1].message.contains("section title “Reportz”"),
        "{}",
        found[1].message
    );
    assert!(found[1].message.contains("Report"), "{}", found[1].message);
}

#[test]
fn the_shipped_english_dictionary_parses() {
    let english = builtin_english();
    assert_eq!(english.name, BUILTIN_NAME);
    assert!(english.dictionary.check("government"));
    assert!(
        english.dictionary.check("doesn’t"),
        "typographic apostrophes"
    );
    assert!(!english.dictionary.check("goverment"));
}

#[test]
fn installed_dictionaries_are_found_and_chosen_by_tag() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for name in ["pt_BR", "es_MX", "hyph_es", "fr_FR"] {
        std::fs::write(folder.path().join(format!("{name}.dic")), DIC).expect("write .dic");
        if name != "fr_FR" {
            std::fs::write(folder.path().join(format!("{name}.aff")), AFF).expect("write .aff");
        }
    }
    let installed = installed_in(&[folder.path().to_owned()]);
    let names: Vec<&str> = installed.iter().map(|pair| pair.name.as_str()).collect();
    assert_eq!(names, ["es_MX", "pt_BR"], "pairs only, no hyphenation");
    assert_eq!(load_from("pt-BR", &installed).expect("pt-BR").name, "pt_BR");
    assert_eq!(
        load_from("es", &installed).expect("any Spanish").name,
        "es_MX"
    );
    assert_eq!(
        load_from("en-GB", &installed).expect("English").name,
        BUILTIN_NAME
    );
    let missing = load_from("pt-PT", &[]).expect_err("no Portuguese");
    let message = missing.to_string();
    assert!(message.contains("Portuguese (Portugal)"), "{message}");
    assert!(message.contains("apt install hunspell-pt-pt"), "{message}");
    assert!(
        load_from("es", &[])
            .expect_err("no Spanish")
            .to_string()
            .contains("hunspell-es")
    );
}

#[test]
fn word_lists_round_trip_through_a_file() {
    assert_eq!(
        parse_word_list("# names\nTelesur\n\n  Quispe \nTelesur\n"),
        ["Telesur", "Quispe"]
    );
    assert_eq!(
        format_word_list(&["b".to_owned(), "a".to_owned(), "b".to_owned()]),
        "a\nb\n"
    );
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("words").join("vric.txt");
    assert!(
        read_word_list(&path)
            .expect("a missing list is empty")
            .is_empty()
    );
    write_word_list(&path, &["Quispe".to_owned(), "Añez".to_owned()]).expect("saved");
    assert_eq!(
        read_word_list(&path).expect("read back"),
        ["Añez", "Quispe"]
    );
    let missing = folder.path().join("nowhere.txt");
    let error = import_word_list(&missing).expect_err("an import needs the file");
    assert!(error.to_string().contains("nowhere.txt"), "{error}");
    let mut words = vec!["Quispe".to_owned()];
    let added = merge_words(&mut words, vec!["Añez".into(), "Quispe".into(), " ".into()]);
    assert_eq!(
        (added, words.as_slice()),
        (1, ["Quispe".to_owned(), "Añez".to_owned()].as_slice())
    );
    let named = word_list_path("VRIC Monitor!").expect("a config folder");
    assert!(
        named.ends_with("words/vric-monitor.txt"),
        "{}",
        named.display()
    );
}

#[test]
fn preferences_list_each_language_with_its_dictionary_or_package() {
    let installed = vec![Installed {
        name: "es_MX".to_owned(),
        aff: "es_MX.aff".into(),
        dic: "es_MX.dic".into(),
    }];
    let status: Vec<(&str, Option<String>, String)> = languages_with(&installed)
        .into_iter()
        .map(|language| (language.tag, language.dictionary, language.hint))
        .collect();
    let en_us = Some(BUILTIN_NAME.to_owned());
    assert_eq!(
        status,
        [
            ("en-US", en_us.clone(), "hunspell-en-us".to_owned()),
            ("en-GB", en_us, "hunspell-en-gb".to_owned()),
            ("es", Some("es_MX".to_owned()), "hunspell-es".to_owned()),
            ("pt-BR", None, "hunspell-pt-br".to_owned()),
            ("pt-PT", None, "hunspell-pt-pt".to_owned()),
        ]
    );
}

#[test]
fn a_whole_issue_checked_again_reads_only_the_entry_typed_in() {
    let mut issue = Issue::default();
    let section_id = issue.new_section_id();
    let mut section = Section::new(section_id, "Reports");
    for body in ["the goverment said", "the *goverment* said", "state media"] {
        let id = issue.new_entry_id();
        section.entries.push(Entry::new(id, body));
    }
    issue.sections.push(section);
    let mut speller = speller(Options::default());
    let before = unknown_words(&issue, &mut speller);
    assert_eq!(before.len(), 1);
    assert_eq!(before[0].places.len(), 2);
    assert_eq!(speller.remembered_bodies(), 3);
    issue.sections[0].entries[1].body = "the *government* said".to_owned();
    let after = unknown_words(&issue, &mut speller);
    assert_eq!(
        after[0].places.len(),
        1,
        "the corrected entry is read again"
    );
    assert_eq!(speller.remembered_bodies(), 3, "the old text is forgotten");
    speller.accept("goverment");
    assert!(
        unknown_words(&issue, &mut speller).is_empty(),
        "accepting reads again"
    );
}

/// A quotation in a script the issue's dictionaries are not written in is
/// left alone: no English verdict on Chinese, Persian, Hebrew or Russian.
#[test]
fn words_in_another_script_than_the_dictionaries_are_not_judged() {
    let mut speller = speller(Options::default());
    let text = "The goverment said «新华社报道» «ایران و ونزوئلا» «שלום עולם» «Россия подписали»";
    assert_eq!(words(speller.misspellings(text)), ["goverment"]);
    // A Russian dictionary judges Cyrillic words, and only those.
    let mut russian = Speller::new(
        tiny("ru_RU", "1\nРоссия\n"),
        Vec::new(),
        KnownWords::default(),
        Options::default(),
    );
    assert_eq!(
        words(russian.misspellings("Россия подписали the goverment")),
        ["подписали"]
    );
}
