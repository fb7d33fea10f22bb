//! `check --spelling` of the real binary on an English issue with known
//! misspellings and known names (outlets of the registry, a source's author
//! and title, the publication's word list). English is shipped with the
//! program, so no system dictionary is needed.

use std::path::Path;
use std::process::{Command, Output};

use monitor_workbench::model::{
    Citation, Entry, EntryId, Issue, Section, SectionId, Source, SourceId,
};
use monitor_workbench::store;

const ENTRIES: [&str; 3] = [
    "Ruptly and Rossiyskaya Gazeta said the goverment recieved a delegation from Caracas.",
    "Ximena Quispe wrote that Kirchnerismo and the *goverment* agreed, citing RT and NATO in 2026 (see https://example.org/recieved-typo).",
    "The ministry announced new sanctions on Tuesday.",
];

fn issue(language: &str) -> Issue {
    let mut issue = Issue {
        series: "Andes Monitor".into(),
        language: language.into(),
        summary: "A fortnight of state media coverage.".into(),
        disclaimer: "The publisher takes no responsability for the sources.".into(),
        ..Issue::default()
    };
    let mut section = Section::new(SectionId(1), "Russsia");
    for (index, body) in ENTRIES.iter().enumerate() {
        let id = index as u32 + 1;
        let mut entry = Entry::new(EntryId(id), *body);
        entry.citations.push(Citation {
            source: SourceId(id),
        });
        section.entries.push(entry);
        let mut source = Source::new(SourceId(id), format!("https://www.reuters.com/world/{id}"));
        if id == 2 {
            source.author = "Ximena Quispe".into();
        }
        issue.sources.push(source);
    }
    issue.sections.push(section);
    issue
}

fn run(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .env("HOME", config)
        .env_remove("DICPATH")
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// An issue file and a config folder with the publication's word list.
fn setup(language: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("issue.ron");
    store::save(&path, &issue(language)).expect("the fixture is saved");
    let words = dir.path().join("config/monitor-workbench/words");
    std::fs::create_dir_all(&words).expect("the word list's folder");
    std::fs::write(words.join("andes-monitor.txt"), "# names\nKirchnerismo\n")
        .expect("the word list");
    (dir, path)
}

#[test]
fn unknown_words_are_notes_with_places_and_suggestions() {
    let (dir, path) = setup("en");
    let config = dir.path().join("config");
    let file = path.to_str().expect("a UTF-8 path");
    let plain = run(&config, &["check", file]);
    let output = run(&config, &["check", file, "--spelling"]);
    let stdout = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        plain.status.code(),
        "spelling never changes the verdict\n{stdout}"
    );
    assert!(!text(&plain.stdout).contains("spelling"), "only on request");
    for word in ["goverment", "recieved", "responsability", "Russsia"] {
        assert!(
            stdout.contains(&format!("“{word}”")),
            "{word} is reported:\n{stdout}"
        );
    }
    assert!(
        stdout.contains(
            "“goverment” is not in the en_US dictionary (Russsia, entry 1; Russsia, entry 2)"
        ),
        "one finding, every place:\n{stdout}"
    );
    assert!(stdout.contains("did you mean government"), "{stdout}");
    assert!(stdout.contains("disclaimer"), "{stdout}");
    for known in [
        "Ruptly",
        "Rossiyskaya",
        "Gazeta",
        "Quispe",
        "Ximena",
        "Kirchnerismo",
        "NATO",
        "RT",
        "Caracas",
    ] {
        assert!(
            !stdout.contains(&format!("“{known}”")),
            "{known} is known:\n{stdout}"
        );
    }
    assert_eq!(stdout.matches("  spelling ").count(), 4, "{stdout}");
    assert!(
        text(&output.stderr).contains("Spelling checked with en_US"),
        "{}",
        text(&output.stderr)
    );

    let json = run(&config, &["check", file, "--spelling", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let spelling: Vec<&serde_json::Value> = value["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .filter(|v| v["rule"] == "spelling")
        .collect();
    assert_eq!(spelling.len(), 4, "{value:#}");
    assert!(spelling.iter().all(|v| v["severity"] == "info"));
    let goverment = spelling
        .iter()
        .find(|v| {
            v["message"]
                .as_str()
                .is_some_and(|m| m.contains("“goverment”"))
        })
        .expect("goverment");
    assert_eq!(
        (goverment["section"].as_str(), goverment["entry"].as_u64()),
        (Some("Russsia"), Some(1))
    );
}

#[test]
fn a_missing_dictionary_is_named_with_how_to_install_one() {
    // A language tag no system has a dictionary for.
    let (dir, path) = setup("qaa");
    let config = dir.path().join("config");
    let file = path.to_str().expect("a UTF-8 path");
    let output = run(&config, &["check", file, "--spelling"]);
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("no spelling dictionary for qaa is installed"),
        "{stderr}"
    );
    assert!(stderr.contains("apt install hunspell-qaa"), "{stderr}");
    assert!(
        stderr.contains("monitor-workbench/dictionaries"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        output.status.code(),
        run(&config, &["check", file]).status.code()
    );
    assert!(
        text(&output.stdout).contains("Compliant")
            || text(&output.stdout).contains("Not compliant")
    );
}

/// Puts the test dictionaries (`tests/data/dictionaries/`) in the config
/// folder's `dictionaries/`, where the binary looks first.
fn install_test_dictionaries(config: &Path) {
    let into = config.join("monitor-workbench/dictionaries");
    std::fs::create_dir_all(&into).expect("the dictionaries folder");
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dictionaries");
    for name in ["es_ES.aff", "es_ES.dic"] {
        std::fs::copy(from.join(name), into.join(name)).expect("a test dictionary");
    }
}

#[test]
fn an_entry_in_its_own_language_is_checked_with_its_dictionary() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let config = dir.path().join("config");
    install_test_dictionaries(&config);
    let mut issue = issue("en");
    let entries = &mut issue.sections[0].entries;
    entries[2].body = "El gobiernno anunció nuevas sanciones.".into();
    entries[2].language = Some("es".into());
    let mut unchecked = Entry::new(EntryId(4), "Texte en une langue sans dictionnaire.");
    unchecked.language = Some("qaa".into());
    entries.push(unchecked);
    let path = dir.path().join("issue.ron");
    store::save(&path, &issue).expect("the fixture is saved");
    let file = path.to_str().expect("a UTF-8 path");
    let output = run(&config, &["check", file, "--spelling"]);
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("“gobiernno” is not in the es_ES dictionary (Russsia, entry 3)"),
        "{stdout}"
    );
    assert!(stdout.contains("did you mean gobierno"), "{stdout}");
    for spanish in ["anunció", "nuevas", "sanciones", "Texte", "langue"] {
        assert!(!stdout.contains(&format!("“{spanish}”")), "{stdout}");
    }
    assert!(
        stdout.contains("The spelling of entries in qaa is not checked (Russsia, entry 4)"),
        "{stdout}"
    );
    assert!(stdout.contains("apt install hunspell-qaa"), "{stdout}");
    let json = run(&config, &["check", file, "--spelling", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let unchecked = value["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .find(|v| v["message"].as_str().is_some_and(|m| m.contains("qaa")))
        .expect("the unchecked entry is a finding");
    assert_eq!(
        (unchecked["rule"].as_str(), unchecked["severity"].as_str()),
        (Some("spelling"), Some("info"))
    );
    assert_eq!(unchecked["entry"].as_u64(), Some(4));
}

#[test]
fn without_the_issue_s_dictionary_an_entry_in_another_language_is_still_checked() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let config = dir.path().join("config");
    install_test_dictionaries(&config);
    let mut issue = issue("qaa");
    let entries = &mut issue.sections[0].entries;
    entries[2].body = "El gobiernno anunció nuevas sanciones.".into();
    entries[2].language = Some("es".into());
    let path = dir.path().join("issue.ron");
    store::save(&path, &issue).expect("the fixture is saved");
    let file = path.to_str().expect("a UTF-8 path");
    let output = run(&config, &["check", file, "--spelling"]);
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("spelling of the issue's language (qaa) not checked"),
        "{stderr}"
    );
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("“gobiernno” is not in the es_ES dictionary (Russsia, entry 3)"),
        "{stdout}"
    );
}

#[test]
fn words_ignored_in_the_issue_are_not_reported() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let config = dir.path().join("config");
    let mut issue = issue("en");
    issue.spelling_ignored = ["goverment", "Russsia"].map(str::to_owned).into();
    let path = dir.path().join("issue.ron");
    store::save(&path, &issue).expect("the fixture is saved");
    let file = path.to_str().expect("a UTF-8 path");
    let stdout = text(&run(&config, &["check", file, "--spelling"]).stdout);
    for ignored in ["goverment", "Russsia"] {
        assert!(!stdout.contains(&format!("“{ignored}”")), "{stdout}");
    }
    assert!(stdout.contains("“recieved”"), "{stdout}");
}

#[test]
fn the_reviewer_s_report_lists_the_spelling_notes_and_keeps_its_verdict() {
    let (dir, path) = setup("en");
    let config = dir.path().join("config");
    let file = path.to_str().expect("a UTF-8 path");
    let plain_report = dir.path().join("plain.html");
    let spelled_report = dir.path().join("spelled.html");
    let plain = run(
        &config,
        &[
            "check",
            file,
            "--html",
            plain_report.to_str().expect("UTF-8"),
        ],
    );
    let spelled = run(
        &config,
        &[
            "check",
            file,
            "--spelling",
            "--html",
            spelled_report.to_str().expect("UTF-8"),
        ],
    );
    assert_eq!(plain.status.code(), spelled.status.code());
    let plain = std::fs::read_to_string(&plain_report).expect("the plain report");
    let spelled = std::fs::read_to_string(&spelled_report).expect("the report with spelling");
    assert!(!plain.contains("<code>spelling</code>"), "only on request");
    assert_eq!(
        spelled.matches("<code>spelling</code>").count(),
        4,
        "{spelled}"
    );
    assert!(
        spelled.contains(
            "“goverment” is not in the en_US dictionary (Russsia, entry 1; Russsia, entry 2)"
        ),
        "{spelled}"
    );
    assert!(spelled.contains("did you mean government"), "{spelled}");
    let verdict = |page: &str| {
        page.lines()
            .find(|line| line.contains("class=\"verdict"))
            .map(str::to_owned)
    };
    assert!(verdict(&plain).is_some());
    assert_eq!(
        verdict(&plain),
        verdict(&spelled),
        "notes never change the verdict"
    );
}
