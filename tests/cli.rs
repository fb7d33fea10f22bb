//! The real binary on real files: `check` and `import` as a user runs them.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::binary::{stderr, stdout, workbench};

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-issue.ron")
}

fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

#[test]
fn check_prints_shares_sections_and_findings_and_exits_1_on_errors() {
    let output = workbench(&["check", path_str(&sample_path())]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("VRIC Monitor No. 14"), "{text}");
    assert!(
        text.contains("▶ citations            7/37   18.9%  within the limit"),
        "{text}"
    );
    for section in ["Overview", "Russia", "China", "Iran", "Venezuela"] {
        assert!(
            text.contains(&format!("\n  {section}")),
            "{section}: {text}"
        );
    }
    let errors = text.find("Errors (1)").expect("errors heading");
    let warnings = text.find("Warnings (6)").expect("warnings heading");
    assert!(errors < warnings, "errors come first");
    assert!(text[errors..warnings].contains("opinion-source"));
    assert!(
        text.trim_end()
            .ends_with("Not compliant: 1 error, 6 warnings."),
        "{text}"
    );
}

#[test]
fn check_json_prints_one_object_of_the_documented_shape() {
    let output = workbench(&["check", path_str(&sample_path()), "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert_eq!(json["compliant"], false);
    assert_eq!(json["policy"]["metric"], "citations");
    assert_eq!(json["share"]["citations"]["state"], 7);
    assert_eq!(json["share"]["citations"]["total"], 37);
    assert_eq!(json["sections"].as_array().map(Vec::len), Some(5));
    assert_eq!(json["violations"].as_array().map(Vec::len), Some(7));
    // RT, Sputnik, Xinhua and CGTN are cited: each with its acts.
    let designated = json["designated"].as_array().expect("designated");
    assert_eq!(designated.len(), 4, "{designated:#?}");
    assert_eq!(
        designated[0]["designations"][0]["act"],
        "Council Regulation (EU) 2022/350"
    );
    let text = workbench(&["check", path_str(&sample_path())]);
    let report = String::from_utf8_lossy(&text.stdout);
    assert!(
        report.contains("Official designations of cited outlets (4)")
            && report.contains("Council of the European Union, Council Regulation (EU) 2022/350, 1 March 2022 (in force 2 March 2022): Sputnik"),
        "{report}"
    );
}

/// Fills what an imported draft lacks for publication: its masthead (the
/// standing disclaimer comes with the import).
fn complete_masthead(path: &std::path::Path) {
    let mut issue = monitor_workbench::store::load(path).expect("loads");
    issue.series = "VRIC Monitor".to_owned();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).expect("a day");
    issue.published = Some(day(20));
    issue.coverage = Some(monitor_workbench::model::Period {
        from: day(1),
        to: day(15),
    });
    issue.publisher = "Hemisphere Security Forum".to_owned();
    assert!(!issue.disclaimer.is_empty(), "the standing disclaimer");
    monitor_workbench::store::save(path, &issue).expect("saves");
}

#[test]
fn check_exits_0_on_a_compliant_issue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(
        &draft,
        "# Clean\n\n## Russia\n\nMoscow met Caracas [Reuters](https://www.reuters.com/world/x).\n",
    )
    .expect("write draft");
    let issue = dir.path().join("clean.ron");
    assert!(
        workbench(&["import", path_str(&draft), "-o", path_str(&issue)])
            .status
            .success()
    );
    // A draft has no masthead: its missing fields are errors until filled.
    let output = workbench(&["check", path_str(&issue)]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(stdout(&output).contains("missing-masthead"));
    for field in ["series", "published date", "coverage period", "publisher"] {
        assert!(
            stdout(&output).contains(&format!("The issue has no {field};")),
            "{}",
            stdout(&output)
        );
    }
    complete_masthead(&issue);
    // The imported section is a draft: only warnings, so still compliant.
    let output = workbench(&["check", path_str(&issue)]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("Compliant: 0 errors, 1 warning."),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_exits_2_naming_file_line_and_column_of_a_damaged_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    let text = std::fs::read_to_string(sample_path())
        .expect("sample")
        .replacen("title: \"", "title: ", 1);
    std::fs::write(&broken, &text).expect("write");
    let output = workbench(&["check", path_str(&broken)]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    let line = text
        .lines()
        .position(|l| l.starts_with("    title: "))
        .expect("title line")
        + 1;
    assert!(
        message.contains(&format!("{}:{line}:", broken.display())),
        "{message}"
    );
    assert!(stdout(&output).is_empty());
}

#[test]
fn check_exits_2_on_a_missing_file() {
    let output = workbench(&["check", "/no/such/issue.ron"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("/no/such/issue.ron"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn import_writes_an_issue_that_loads_and_checks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(
        &draft,
        "# VRIC Monitor — borrador\n\nResumen del número.\n\n## Rusia\n\nMoscú firmó un acuerdo con Caracas, según [RT](https://actualidad.rt.com/actualidad/1) y <https://efe.com/mundo/2>.\n\n## China\n\nUna columna https://www.eltiempo.com/opinion/columnistas/x sobre Añez.\n\nEl mismo acuerdo [EFE](https://efe.com/mundo/2/).\n",
    )
    .expect("write draft");
    let issue_path = dir.path().join("issue.ron");
    let output = workbench(&["import", path_str(&draft), "-o", path_str(&issue_path)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Imported 2 sections, 3 entries and 3 sources"),
        "{}",
        stdout(&output)
    );
    let issue = monitor_workbench::store::load(&issue_path).expect("the imported file loads");
    assert_eq!(issue.title, "VRIC Monitor — borrador");
    assert_eq!(issue.summary, "Resumen del número.");
    let json = workbench(&["check", path_str(&issue_path), "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["share"]["citations"]["state"], 1);
    assert_eq!(report["share"]["citations"]["total"], 4);
    let rules: Vec<&str> = report["violations"]
        .as_array()
        .expect("violations")
        .iter()
        .filter_map(|v| v["rule"].as_str())
        .collect();
    assert!(rules.contains(&"opinion-source"), "{rules:?}");
}

#[test]
fn import_refuses_to_overwrite_without_force_and_keeps_a_backup_with_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(&draft, "## A\n\nText [x](https://efe.com/1).\n").expect("write");
    let out = dir.path().join("issue.ron");
    std::fs::write(&out, "precious").expect("write");
    let output = workbench(&["import", path_str(&draft), "-o", path_str(&out)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--force"), "{}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&out).expect("read"), "precious");
    let output = workbench(&["import", path_str(&draft), "-o", path_str(&out), "--force"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("issue.ron.bak")).expect("backup"),
        "precious"
    );
}

#[test]
fn import_of_a_draft_without_sections_fails_clearly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(&draft, "# Title\n\nOnly a paragraph.\n").expect("write");
    let out = dir.path().join("issue.ron");
    let output = workbench(&["import", path_str(&draft), "-o", path_str(&out)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no section found"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists(), "nothing written");
}

#[test]
fn import_names_the_position_of_bad_bytes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(&draft, b"## A\n\nbad \xff byte\n").expect("write");
    let output = workbench(&[
        "import",
        path_str(&draft),
        "-o",
        path_str(&dir.path().join("o.ron")),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("draft.md:3:5"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn opening_a_damaged_file_in_the_window_fails_before_any_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 1, series: ").expect("write");
    let output = workbench(&[path_str(&broken)]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("broken.ron:1:"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn help_lists_the_verbs() {
    let output = workbench(&["--help"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.contains("import") && text.contains("check"), "{text}");
}

#[test]
fn export_for_publication_is_refused_until_ready_or_overridden() {
    let dir = tempfile::tempdir().expect("temp dir");
    let issue = dir.path().join("issue-14.ron");
    std::fs::copy(sample_path(), &issue).expect("copy sample");
    let output = workbench(&["export", path_str(&issue)]);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains(
            "not ready for publication: 1 error finding; not approved: China, Iran, Venezuela"
        ),
        "{message}"
    );
    assert!(message.contains("--override"), "{message}");
    assert!(!dir.path().join("issue-14.html").exists());

    let output = workbench(&[
        "export",
        path_str(&issue),
        "--override",
        "Deadline; opinion column cleared by the editor",
        "--by",
        "Marta",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("published with an override"),
        "{}",
        stderr(&output)
    );
    let page =
        std::fs::read_to_string(dir.path().join("issue-14.html")).expect("html beside the issue");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("class=\"draft\""));
    let text =
        std::fs::read_to_string(dir.path().join("issue-14.md")).expect("markdown beside the issue");
    assert!(text.starts_with("---\ntitle: "));
    // The override is in the issue file, and its previous version is kept.
    let saved = monitor_workbench::store::load(&issue).expect("loads");
    assert_eq!(saved.export_overrides.len(), 1);
    let record = &saved.export_overrides[0];
    assert_eq!((record.by.as_str(), record.errors), ("Marta", 1));
    assert_eq!(
        record.reason,
        "Deadline; opinion column cleared by the editor"
    );
    assert_eq!(record.unapproved, ["China", "Iran", "Venezuela"]);
    assert!(dir.path().join("issue-14.ron.bak").exists());
}

#[test]
fn a_draft_export_needs_no_gate_and_says_draft() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("preview.html");
    let output = workbench(&[
        "export",
        path_str(&sample_path()),
        "--draft",
        "--html",
        path_str(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let page = std::fs::read_to_string(&out).expect("written");
    assert!(page.contains("<p class=\"draft\">Draft — not for publication</p>"));
}

#[test]
fn check_html_writes_the_reviewers_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("report.html");
    let output = workbench(&["check", path_str(&sample_path()), "--html", path_str(&out)]);
    assert_eq!(
        output.status.code(),
        Some(1),
        "still the check's exit status"
    );
    let page = std::fs::read_to_string(&out).expect("report written");
    assert!(page.contains("Reviewer's report"));
    assert!(page.contains("opinion-source"));
    assert!(page.contains("Marta Quiñones"), "the sign-offs");
}

#[test]
fn export_writes_only_what_is_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("only.md");
    let output = workbench(&[
        "export",
        path_str(&sample_path()),
        "--draft",
        "--markdown",
        path_str(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).expect("list").count(),
        1,
        "no HTML written"
    );
}

#[test]
fn export_strict_refuses_a_non_compliant_issue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("issue.html");
    let output = workbench(&[
        "export",
        path_str(&sample_path()),
        "--html",
        path_str(&out),
        "--strict",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("nothing exported"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn export_strict_accepts_an_issue_without_errors_when_the_gate_is_overridden() {
    let dir = tempfile::tempdir().expect("temp dir");
    let draft = dir.path().join("draft.md");
    std::fs::write(
        &draft,
        "# Clean\n\n## Russia\n\nMoscow met Caracas [Reuters](https://www.reuters.com/world/x).\n",
    )
    .expect("write draft");
    let issue = dir.path().join("clean.ron");
    assert!(
        workbench(&["import", path_str(&draft), "-o", path_str(&issue)])
            .status
            .success()
    );
    complete_masthead(&issue);
    let out = dir.path().join("clean.html");
    let output = workbench(&[
        "export",
        path_str(&issue),
        "--html",
        path_str(&out),
        "--strict",
        "--override",
        "sections reviewed by phone",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.exists());
}

#[test]
fn export_exits_2_on_an_unreadable_issue_or_a_missing_folder() {
    let output = workbench(&["export", "/no/such/issue.ron"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("/no/such/issue.ron"));
    let output = workbench(&[
        "export",
        path_str(&sample_path()),
        "--draft",
        "--html",
        "/no/such/dir/out.html",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("the folder /no/such/dir does not exist"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn check_classifies_with_the_users_outlet_file() {
    let config = tempfile::tempdir().expect("temp dir");
    let folder = config.path().join("monitor-workbench");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(
        folder.join("outlets.ron"),
        "(outlets: [(name: \"CSIS\", country: \"United States\", domains: [\"csis.org\"], \
         classification: StateOwned, languages: [], evidence: \"test\")])",
    )
    .expect("write");
    let run = |config_home: &Path| {
        let output = Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
            // The tests read the English messages, whatever the machine's locale.
            .env("LC_ALL", "C.UTF-8")
            .args(["check", path_str(&sample_path()), "--json"])
            .env("XDG_CONFIG_HOME", config_home)
            .output()
            .expect("runs");
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
        json["share"]["citations"]["state"]
            .as_u64()
            .unwrap_or_default()
    };
    let without = run(&config.path().join("none"));
    let with = run(config.path());
    assert_eq!(without, 7);
    assert!(with > without, "{with} > {without}");
    // A damaged user file is reported, and the built-in outlets are used.
    std::fs::write(folder.join("outlets.ron"), "(outlets: [oops])").expect("write");
    let output = Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .args(["check", path_str(&sample_path())])
        .env("XDG_CONFIG_HOME", config.path())
        .output()
        .expect("runs");
    assert!(
        stderr(&output).contains("outlets.ron:1:"),
        "{}",
        stderr(&output)
    );
    assert_eq!(run(config.path()), 7);
}

/// `check --json | head -1`: the reader stops early; the verb ends without a
/// panic message (it used to print "failed printing to stdout: Broken pipe").
#[cfg(unix)]
#[test]
fn output_to_a_reader_that_stops_early_ends_quietly() {
    use std::os::unix::process::ExitStatusExt;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        // The tests read the English messages, whatever the machine's locale.
        .env("LC_ALL", "C.UTF-8")
        .args(["check", path_str(&sample_path()), "--json"])
        .env(
            "XDG_CONFIG_HOME",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-config"),
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // The reader goes away before the verb writes a byte.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("it ends");
    let said = stderr(&output);
    assert!(!said.contains("panicked"), "{said}");
    assert!(!said.contains("Broken pipe"), "{said}");
    assert_eq!(output.status.signal(), Some(libc::SIGPIPE), "{said}");
}

/// `--version` names the build (version, commit, its date), the reference
/// data it carries and everything bundled with its licence; `-V` the first
/// line alone.
#[test]
fn the_version_says_which_build_and_what_it_carries() {
    let output = workbench(&["--version"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with(&format!(
            "monitor-workbench {} (",
            env!("CARGO_PKG_VERSION")
        )),
        "{text}"
    );
    for expected in [
        "State Media Profiles",
        "Licence: MIT OR Apache-2.0",
        "Inter (the interface's typeface): SIL Open Font License 1.1",
        "SCOWL",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let short = stdout(&workbench(&["-V"]));
    assert_eq!(short.trim(), first, "{short}");
}

/// `package-files` writes, from the one clap definition, a manual page for
/// the program and one per verb, the bash, zsh and fish completions
/// naming the verbs, and the user guide.
#[test]
fn package_files_writes_manual_pages_and_completions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("files");
    let output = workbench(&["package-files", path_str(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let read = |name: &str| {
        let folder = if name.ends_with(".1") {
            "man"
        } else {
            "completions"
        };
        std::fs::read_to_string(out.join(folder).join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    assert!(read("monitor-workbench.1").contains(".TH monitor-workbench 1"));
    let export = read("monitor-workbench-export.1");
    assert!(export.contains("\\-\\-pdf"), "{export}");
    assert!(export.contains("\\-\\-sources"), "{export}");
    for verb in [
        "import",
        "check",
        "merge",
        "git-setup",
        "archive",
        "outlets",
    ] {
        assert!(
            out.join("man")
                .join(format!("monitor-workbench-{verb}.1"))
                .exists(),
            "{verb}"
        );
    }
    assert!(
        !out.join("man")
            .join("monitor-workbench-package-files.1")
            .exists(),
        "the hidden verb has no page"
    );
    for completion in [
        "monitor-workbench.bash",
        "_monitor-workbench",
        "monitor-workbench.fish",
    ] {
        let text = read(completion);
        assert!(
            text.contains("export") && text.contains("archive"),
            "{completion}"
        );
    }
    let guide = std::fs::read_to_string(out.join("user-guide.html")).expect("the user guide");
    assert!(guide.contains("id=\"the-window\""));
}
