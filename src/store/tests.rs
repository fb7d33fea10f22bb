use std::path::Path;

use super::*;
use crate::model::{
    Citation, Entry, EntryId, Period, Section, SectionId, Source, SourceId, StateMediaOverride,
};
use crate::sample::{SAMPLE_RON, sample_issue};

fn small_issue() -> Issue {
    let mut issue = Issue {
        series: "VRIC Monitor".to_owned(),
        title: "Añez, Petrobras — and “quotes”".to_owned(),
        number: Some(3),
        coverage: chrono::NaiveDate::from_ymd_opt(2026, 11, 1)
            .zip(chrono::NaiveDate::from_ymd_opt(2026, 11, 15))
            .map(|(from, to)| Period { from, to }),
        ..Issue::default()
    };
    let mut source = Source::new(SourceId(1), "https://actualidad.rt.com/x");
    source.state_media = StateMediaOverride::No {
        reason: "test \"quoted\" reason\nwith a newline".to_owned(),
    };
    issue.sources.push(source);
    let mut section = Section::new(SectionId(1), "Rusia");
    let mut entry = Entry::new(EntryId(1), "Texto con *énfasis* y 'comillas'.");
    entry.citations.push(Citation {
        source: SourceId(1),
    });
    section.entries.push(entry);
    issue.sections.push(section);
    issue
}

#[test]
fn save_load_save_gives_identical_bytes() {
    for issue in [small_issue(), sample_issue(), Issue::default()] {
        let first = to_ron(&issue).expect("serializes");
        let loaded = from_ron(&first, Path::new("x.ron")).expect("loads");
        assert_eq!(loaded, issue);
        let second = to_ron(&loaded).expect("serializes");
        assert_eq!(first, second);
    }
}

/// `UPDATE_SAMPLE=1` rewrites the sample in canonical form after the format grew a field.
#[test]
fn the_bundled_sample_is_in_canonical_form() {
    let issue = sample_issue();
    let canonical = to_ron(&issue).expect("serializes");
    if std::env::var_os("UPDATE_SAMPLE").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample-issue.ron");
        std::fs::write(path, &canonical).expect("rewrite the sample");
        return;
    }
    assert_eq!(canonical, SAMPLE_RON);
}

#[test]
fn the_file_names_its_format_version_first() {
    let text = to_ron(&small_issue()).expect("serializes");
    assert!(text.starts_with("(\n    format_version: 5,\n"), "{text}");
}

#[test]
fn saving_is_atomic_and_keeps_a_backup() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue.ron");
    let mut issue = small_issue();
    save(&path, &issue).expect("first save");
    assert!(
        !atomic::backup_path(&path).exists(),
        "no backup of a file that did not exist"
    );
    let first_bytes = std::fs::read(&path).expect("read");
    issue.title = "Second version".to_owned();
    save(&path, &issue).expect("second save");
    assert_eq!(
        std::fs::read(atomic::backup_path(&path)).expect("backup"),
        first_bytes
    );
    assert_eq!(load(&path).expect("loads").title, "Second version");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left behind: {names:?}");
}

#[test]
fn backup_sits_beside_the_file() {
    assert_eq!(
        atomic::backup_path(Path::new("/a/b/issue.ron")),
        Path::new("/a/b/issue.ron.bak")
    );
}

/// Writes `bytes` to a file, fails to load it, and checks the file is untouched.
fn refused(bytes: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.ron");
    std::fs::write(&path, bytes).expect("write");
    let error = load(&path).expect_err("must be refused");
    assert_eq!(
        std::fs::read(&path).expect("read back"),
        bytes,
        "a failed load never touches the file"
    );
    assert!(
        error.to_string().contains("broken.ron"),
        "names the file: {error}"
    );
    error
}

#[test]
fn a_truncated_file_is_refused_with_its_position() {
    let text = to_ron(&small_issue()).expect("serializes");
    let cut = &text[..text.len() / 2];
    let error = refused(cut.as_bytes());
    let at = error.position().expect("a position");
    assert!(at.line > 1, "{error}");
}

#[test]
fn a_damaged_file_names_line_and_column() {
    let text = to_ron(&small_issue())
        .expect("serializes")
        .replace("number: Some(3)", "number: Some(three)");
    let error = refused(text.as_bytes());
    let line = text
        .lines()
        .position(|l| l.contains("three"))
        .expect("line")
        + 1;
    let at = error.position().expect("a position");
    assert_eq!(at.line, line, "{error}");
    assert!(error.to_string().contains(&format!(":{line}:")), "{error}");
}

#[test]
fn a_non_utf8_file_is_refused_with_its_position() {
    let mut bytes = b"(\n    format_version: 1,\n    series: \"".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    let error = refused(&bytes);
    assert!(matches!(error, LoadError::NotUtf8 { .. }), "{error}");
    assert_eq!(
        error.position().map(|at| (at.line, at.column)),
        Some((3, 14))
    );
}

#[test]
fn a_foreign_file_is_refused() {
    let error = refused(b"(name: \"a game save\", level: 3)\n");
    assert!(matches!(error, LoadError::Foreign { .. }), "{error}");
    assert!(
        error
            .to_string()
            .contains("not a Monitor Workbench issue file"),
        "{error}"
    );
    let error = refused(b"{\"json\": true}");
    assert!(error.position().is_some(), "{error}");
    let error = refused(b"");
    assert!(error.position().is_some(), "{error}");
}

#[test]
fn a_file_from_a_newer_version_is_refused() {
    let text = to_ron(&small_issue())
        .expect("serializes")
        .replace("format_version: 5", "format_version: 99");
    let error = refused(text.as_bytes());
    assert!(
        matches!(error, LoadError::TooNew { found: 99, .. }),
        "{error}"
    );
    assert_eq!(error.position().map(|at| at.line), Some(2));
}

#[test]
fn a_missing_file_is_named() {
    let error = load(Path::new("/nonexistent/dir/issue.ron")).expect_err("missing");
    assert!(
        error.to_string().contains("/nonexistent/dir/issue.ron"),
        "{error}"
    );
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue.ron");
    save(&path, &small_issue()).expect("first save");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(
        mode(&path),
        0o644,
        "a new document is readable by others, like any file"
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    save(&path, &small_issue()).expect("second save");
    assert_eq!(mode(&path), 0o640, "an existing file keeps its permissions");
}

#[test]
fn a_saved_file_remembers_the_ids_given_out() {
    let mut doc = crate::edit::Document::new(sample_issue(), None);
    let newest = doc.issue().next_entry_id().0 - 1;
    doc.apply(crate::edit::Edit::RemoveEntry(EntryId(newest)))
        .expect("removes");
    let text = to_ron(doc.issue()).expect("serializes");
    let loaded = from_ron(&text, Path::new("x.ron")).expect("loads");
    assert_eq!(loaded.next_entry_id(), EntryId(newest + 1));
}

#[test]
fn a_version_1_policy_counts_what_it_counted_before() {
    use crate::registry::Classification;
    let older = SAMPLE_RON
        .replace("format_version: 5", "format_version: 1")
        .replace(
            "            CapturedPublic,\n            CapturedPrivate,\n",
            "            StateOwned,\n            StateAffiliated,\n            PublicService,\n",
        );
    assert!(older.contains("StateOwned"), "the sample's policy changed");
    let issue = from_ron(&older, Path::new("older.ron")).expect("loads");
    assert_eq!(issue.format_version, crate::model::FORMAT_VERSION);
    assert_eq!(
        issue.policy.state_media,
        vec![
            Classification::StateControlled,
            Classification::CapturedPublic,
            Classification::CapturedPrivate,
            Classification::IndependentStateFundedManaged,
            Classification::IndependentStateFunded,
            Classification::IndependentStateManaged,
            Classification::IndependentPublic,
        ]
    );
}

/// A save killed after keeping the backup but before replacing the file
/// leaves the backup and the file as two links of one file; the next save's
/// staging link then renamed onto the backup did nothing and stayed behind
/// as `NAME.bak.tmp` (found by `tests/crash_safe.rs`).
#[test]
fn a_backup_linked_to_the_file_leaves_no_staging_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("issue.ron");
    std::fs::write(&path, "old").expect("write");
    std::fs::hard_link(&path, dir.path().join("issue.ron.bak")).expect("link");
    write_atomically(&path, b"new", true).expect("save");
    assert_eq!(std::fs::read_to_string(&path).ok().as_deref(), Some("new"));
    let backup = std::fs::read_to_string(dir.path().join("issue.ron.bak")).ok();
    assert_eq!(backup.as_deref(), Some("old"));
    assert!(!dir.path().join("issue.ron.bak.tmp").exists());
}

/// Format 4 did not say who chose a source's kind: one its address would
/// not give was a person's choice, which a later fetch must not overwrite.
#[test]
fn a_format_4_kind_the_address_would_not_give_was_the_editor_s() {
    use crate::model::{KindOrigin, SourceKind};
    let mut issue = small_issue();
    let mut chosen = Source::new(SourceId(2), "https://www.csis.org/analysis/x");
    chosen.kind = SourceKind::Analysis;
    issue.sources.push(chosen);
    let mut opinion = Source::new(SourceId(3), "https://x.com/opinion/y");
    opinion.kind = SourceKind::Opinion;
    issue.sources.push(opinion);
    let text = to_ron(&issue)
        .expect("serializes")
        .replace("format_version: 5", "format_version: 4");
    let loaded = from_ron(&text, Path::new("old.ron")).expect("a format 4 file loads");
    let from: Vec<KindOrigin> = loaded.sources.iter().map(|s| s.kind_from).collect();
    assert_eq!(
        from,
        [KindOrigin::Address, KindOrigin::Editor, KindOrigin::Address]
    );
    assert_eq!(loaded.format_version, crate::model::FORMAT_VERSION);
}
