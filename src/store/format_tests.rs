//! The file format's fields, held to the format version: adding a field to
//! the model without raising `FORMAT_VERSION` lets an older build load a
//! newer file and drop the field on its next save. Each object's field list
//! is read from its own `Deserialize` (the "expected one of" of an unknown
//! field) and compared with the list committed for this version,
//! `format_fields.txt`. A new object type goes in `objects` below.

use crate::model::{
    Approval, ArchivedCopy, Citation, Comment, DeclarationFlag, Entry, EntryConflict,
    ExportOverride, FORMAT_VERSION, FieldConflict, HistoryNote, IdsGiven, Issue, LinkCheck, Period,
    Policy, Section, Source, SpecialEdition, Suggestion, Verification,
};

/// The fields `T` reads, in the order it declares them.
fn fields<T: serde::de::DeserializeOwned>() -> Vec<&'static str> {
    match ron::from_str::<T>("(field_no_build_knows: 0)") {
        Err(error) => match error.code {
            ron::Error::NoSuchStructField { expected, .. } => expected.to_vec(),
            other => panic!("expected an unknown-field error, got {other}"),
        },
        Ok(_) => panic!("an unknown field was accepted"),
    }
}

fn objects() -> Vec<(&'static str, Vec<&'static str>)> {
    vec![
        ("Issue", fields::<Issue>()),
        ("Period", fields::<Period>()),
        ("ExportOverride", fields::<ExportOverride>()),
        ("Policy", fields::<Policy>()),
        ("SpecialEdition", fields::<SpecialEdition>()),
        ("Section", fields::<Section>()),
        ("Approval", fields::<Approval>()),
        ("Entry", fields::<Entry>()),
        ("Citation", fields::<Citation>()),
        ("DeclarationFlag", fields::<DeclarationFlag>()),
        ("HistoryNote", fields::<HistoryNote>()),
        ("Comment", fields::<Comment>()),
        ("Suggestion", fields::<Suggestion>()),
        ("Source", fields::<Source>()),
        ("Verification", fields::<Verification>()),
        ("ArchivedCopy", fields::<ArchivedCopy>()),
        ("LinkCheck", fields::<LinkCheck>()),
        ("EntryConflict", fields::<EntryConflict>()),
        ("FieldConflict", fields::<FieldConflict>()),
        ("IdsGiven", fields::<IdsGiven>()),
    ]
}

/// "format 3", then "Object: field, field, …" a line each.
fn listing() -> String {
    let mut text = format!("format {FORMAT_VERSION}\n");
    for (name, fields) in objects() {
        text.push_str(&format!("{name}: {}\n", fields.join(", ")));
    }
    text
}

#[test]
fn a_field_added_to_the_file_raises_the_format_version() {
    let committed = include_str!("format_fields.txt");
    if std::env::var_os("UPDATE_FORMAT_FIELDS").is_some_and(|v| v == "1") {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/store/format_fields.txt");
        std::fs::write(path, listing()).expect("write the list");
        return;
    }
    let now = listing();
    let committed_version = committed.lines().next().unwrap_or_default();
    let now_version = now.lines().next().unwrap_or_default();
    if committed_version == now_version {
        assert_eq!(
            committed, now,
            "the issue file's fields changed but FORMAT_VERSION did not: raise it \
             (model/issue.rs), say what changed there, and write the new list with \
             UPDATE_FORMAT_FIELDS=1 cargo test --lib format_tests"
        );
    } else {
        panic!(
            "FORMAT_VERSION is now {FORMAT_VERSION}: write the new list with \
             UPDATE_FORMAT_FIELDS=1 cargo test --lib format_tests"
        );
    }
}

#[test]
fn a_field_no_build_knows_is_refused_by_name_and_place() {
    let mut issue = crate::sample::sample_issue();
    issue.sources.truncate(1);
    let text = super::to_ron(&issue).expect("serializes");
    let text = text.replacen("url:", "future_field: \"x\",\n            url:", 1);
    let error = super::from_ron(&text, std::path::Path::new("newer.ron")).expect_err("refused");
    let message = error.to_string();
    assert!(message.starts_with("newer.ron:"), "{message}");
    assert!(message.contains("`future_field` (in Source)"), "{message}");
    assert!(message.contains("a newer one wrote the file"), "{message}");
    assert!(error.position().is_some_and(|at| at.line > 1));
}
