//! `outlets import-asd`: a newer release of the State Media Profiles is
//! listed before it is used, then classifies, while the curated outlets and
//! the user's own keep winning.

use std::path::Path;
use std::process::{Command, Output};

const RELEASE: &str = include_str!("../assets/reference/asd/State_Media_Matrix.csv");

fn workbench(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The shipped release with three changes: Channel One (1tv.ru, which the
/// curated layer decides) and ARD (ard.de) rated SC, a new outlet added,
/// Bakhtar News Agency removed.
fn newer_release() -> String {
    let mut text: String = RELEASE
        .lines()
        .filter(|line| !line.contains("bakhtarnews.af"))
        .map(|line| {
            if line.contains("http://www.ard.de/") || line.contains("1tv.ru") {
                line.replacen(",IP,", ",SC,", 1)
                    .replacen(",CaPu,", ",SC,", 1)
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    text.push_str("\nLatin America,Atlantis,Atlantis Radio,Radio Atlantis,https://radio-atlantis.example/,CaPr,,\n");
    text
}

fn issue_citing(dir: &Path, url: &str) -> std::path::PathBuf {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-issue.ron"),
    )
    .expect("sample");
    let text = text.replacen("https://www.reuters.com/", &format!("{url}/x/"), 1);
    let path = dir.join("issue.ron");
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn a_newer_release_is_listed_then_applied_and_our_outlets_keep_winning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    let file = dir.path().join("State_Media_Matrix_2025.csv");
    std::fs::write(&file, newer_release()).expect("write");
    let file_arg = file.to_str().expect("utf-8 path");

    let listed = workbench(&config, &["outlets", "import-asd", file_arg]);
    assert!(listed.status.success(), "{listed:?}");
    let text = stdout(&listed);
    assert!(text.contains("adds 1 host, changes 2, removes 1"), "{text}");
    assert!(
        text.contains("+ radio-atlantis.example: Radio Atlantis (Atlantis), CaPr"),
        "{text}"
    );
    assert!(
        text.contains("~ ard.de: ARD (Germany), IP → ARD (Germany), SC"),
        "{text}"
    );
    assert!(
        text.contains("~ 1tv.ru: Pervyy kanal (Russia), CaPu → Pervyy kanal (Russia), SC (our outlets decide this host"),
        "{text}"
    );
    assert!(text.contains("- bakhtarnews.af:"), "{text}");
    assert!(text.contains("Nothing applied"), "{text}");
    let kept = config.join("monitor-workbench/state-media-profiles.csv");
    assert!(!kept.exists(), "listing changes nothing");

    let ard = issue_citing(dir.path(), "https://www.ard.de");
    let state_count = |config: &Path| {
        let output = workbench(config, &["check", ard.to_str().expect("utf-8"), "--json"]);
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        json["share"]["citations"]["state"]
            .as_u64()
            .unwrap_or_default()
    };
    let before = state_count(&config);

    let applied = workbench(&config, &["outlets", "import-asd", file_arg, "--apply"]);
    assert!(applied.status.success(), "{applied:?}");
    assert!(stdout(&applied).contains("Applied"), "{}", stdout(&applied));
    assert!(kept.exists());
    // ARD is state-controlled in the new release, so the share moves …
    assert_eq!(state_count(&config), before + 1);
    // … but Channel One stays as the curated layer has it.
    let again = workbench(&config, &["outlets", "import-asd", file_arg]);
    assert!(
        stdout(&again).contains("changes nothing"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn a_file_that_is_not_a_release_is_refused_with_its_name_and_nothing_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    let file = dir.path().join("outlets.csv");
    std::fs::write(&file, "outlet,country,domains\nA,B,c.example\n").expect("write");
    let output = workbench(
        &config,
        &[
            "outlets",
            "import-asd",
            file.to_str().expect("utf-8"),
            "--apply",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("outlets.csv:1:"), "{error}");
    assert!(error.contains("no \"Media company\" column"), "{error}");
    assert!(
        !config
            .join("monitor-workbench/state-media-profiles.csv")
            .exists()
    );
}
