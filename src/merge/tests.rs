use super::*;
use crate::model::{
    Citation, ConflictKind, Entry, EntryId, Section, SectionId, SectionStatus, Source, SourceId,
};

fn entry(id: u32, body: &str, sources: &[u32]) -> Entry {
    let mut entry = Entry::new(EntryId(id), body);
    entry.citations = sources
        .iter()
        .map(|&s| Citation {
            source: SourceId(s),
        })
        .collect();
    entry
}

fn base() -> Issue {
    let mut russia = Section::new(SectionId(1), "Russia");
    russia.entries = vec![
        entry(1, "Moscow and Caracas signed a memorandum on Monday.", &[1]),
        entry(2, "Rosatom opened an office in La Paz.", &[2]),
    ];
    let mut china = Section::new(SectionId(2), "China");
    china.entries = vec![entry(3, "Chancay opened a second route.", &[1])];
    Issue {
        title: "Issue 14".to_owned(),
        sections: vec![russia, china],
        sources: vec![
            Source::new(SourceId(1), "https://www.reuters.com/a/"),
            Source::new(SourceId(2), "https://eldeber.com.bo/b/"),
        ],
        ..Issue::default()
    }
}

fn body(issue: &Issue, id: u32) -> &str {
    issue
        .entries()
        .find(|(_, e)| e.id == EntryId(id))
        .map_or("", |(_, e)| e.body.as_str())
}

fn set_body(issue: &mut Issue, id: u32, text: &str) {
    for section in &mut issue.sections {
        for entry in &mut section.entries {
            if entry.id == EntryId(id) {
                entry.body = text.to_owned();
            }
        }
    }
}

#[test]
fn words_changed_in_different_places_both_survive() {
    assert_eq!(
        words::merge_text("a quick brown fox", "a slow brown fox", "a quick brown cat").as_deref(),
        Some("a slow brown cat")
    );
    assert_eq!(
        words::merge_text("one two three", "one two three four", "zero one two three").as_deref(),
        Some("zero one two three four")
    );
}

#[test]
fn the_same_words_changed_differently_conflict() {
    assert_eq!(
        words::merge_text("a quick fox", "a slow fox", "a fast fox"),
        None
    );
    assert_eq!(words::merge_text("ab", "a", "b"), None);
}

#[test]
fn edits_to_different_entries_and_words_merge_cleanly() {
    let base = base();
    let mut ours = base.clone();
    set_body(
        &mut ours,
        1,
        "Moscow and Caracas signed a cyber memorandum on Monday.",
    );
    let mut theirs = base.clone();
    set_body(
        &mut theirs,
        1,
        "Moscow and Caracas signed a memorandum on Tuesday.",
    );
    set_body(&mut theirs, 3, "Chancay opened a third route.");
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(
        body(&merged.issue, 1),
        "Moscow and Caracas signed a cyber memorandum on Tuesday."
    );
    assert_eq!(body(&merged.issue, 3), "Chancay opened a third route.");
}

#[test]
fn the_same_words_edited_differently_keep_both_versions_on_the_entry() {
    let base = base();
    let mut ours = base.clone();
    set_body(&mut ours, 2, "Rosatom opened an office in Santa Cruz.");
    let mut theirs = base.clone();
    set_body(&mut theirs, 2, "Rosatom opened an office in Cochabamba.");
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let entry = &merged.issue.sections[0].entries[1];
    assert_eq!(entry.body, "Rosatom opened an office in Santa Cruz.");
    let conflict = entry.conflict.as_ref().map(|c| (c.kind, c.theirs.as_str()));
    assert_eq!(
        conflict,
        Some((
            ConflictKind::BothEdited,
            "Rosatom opened an office in Cochabamba."
        ))
    );
    assert_eq!(unresolved(&merged.issue).len(), 1);
}

#[test]
fn new_objects_on_both_sides_get_distinct_ids_and_citations_follow() {
    let base = base();
    let mut ours = base.clone();
    ours.sources
        .push(Source::new(SourceId(3), "https://ours.example/"));
    ours.sections[0].entries.push(entry(4, "Ours.", &[3]));
    let mut theirs = base.clone();
    theirs
        .sources
        .push(Source::new(SourceId(3), "https://theirs.example/"));
    theirs.sections[1].entries.push(entry(4, "Theirs.", &[3]));
    theirs.sections.push(Section::new(SectionId(3), "Iran"));
    ours.sections.push(Section::new(SectionId(3), "Cuba"));
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let issue = &merged.issue;
    let cited = |text: &str| {
        let (_, e) = issue.entries().find(|(_, e)| e.body == text)?;
        issue.source(e.citations[0].source).map(|s| s.url.clone())
    };
    assert_eq!(cited("Ours.").as_deref(), Some("https://ours.example/"));
    assert_eq!(cited("Theirs.").as_deref(), Some("https://theirs.example/"));
    let titles: Vec<&str> = issue.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Russia", "China", "Cuba", "Iran"]);
    let mut ids: Vec<u32> = issue.entries().map(|(_, e)| e.id.0).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5);
}

#[test]
fn a_deleted_entry_the_other_side_edited_is_kept_with_a_conflict() {
    let base = base();
    let mut ours = base.clone();
    ours.sections[1].entries.clear();
    let mut theirs = base.clone();
    set_body(&mut theirs, 3, "Chancay opened a third route.");
    let merged = merge(&base, &ours, &theirs);
    let entry = &merged.issue.sections[1].entries[0];
    assert_eq!(entry.body, "Chancay opened a third route.");
    assert_eq!(
        entry.conflict.as_ref().map(|c| c.kind),
        Some(ConflictKind::OursDeleted)
    );
    assert_eq!(merged.conflicts.len(), 1);
}

#[test]
fn a_deleted_unchanged_entry_goes() {
    let base = base();
    let mut ours = base.clone();
    ours.sections[1].entries.clear();
    let mut theirs = base.clone();
    theirs.title = "Issue 14, revised".to_owned();
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean());
    assert!(merged.issue.sections[1].entries.is_empty());
    assert_eq!(merged.issue.title, "Issue 14, revised");
}

#[test]
fn fields_changed_differently_keep_ours_and_record_theirs() {
    let base = base();
    let mut ours = base.clone();
    ours.title = "Ours".to_owned();
    ours.policy.limit = 0.3;
    let mut theirs = base.clone();
    theirs.title = "Theirs".to_owned();
    theirs.policy.limit = 0.1;
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.issue.title, "Ours");
    let fields: Vec<(&str, &str)> = merged
        .issue
        .conflicts
        .iter()
        .map(|c| (c.field.as_str(), c.theirs.shown()))
        .collect();
    assert_eq!(fields, [("title", "\"Theirs\""), ("policy.limit", "0.1")]);
    assert_eq!(merged.conflicts.len(), 2);
}

#[test]
fn an_approved_section_whose_text_changed_goes_back_to_review() {
    let mut base = base();
    base.sections[0].status = SectionStatus::Approved;
    let ours = base.clone();
    let mut theirs = base.clone();
    set_body(&mut theirs, 1, "Moscow and Caracas signed two memoranda.");
    theirs.sections[1].title = "China and Peru".to_owned();
    let merged = merge(&base, &ours, &theirs);
    // Theirs changed the text but kept the approval it had: that holds.
    assert_eq!(merged.issue.sections[0].status, SectionStatus::Approved);
    let mut ours = base.clone();
    set_body(&mut ours, 2, "Rosatom opened two offices in La Paz.");
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.is_clean());
    assert_eq!(merged.issue.sections[0].status, SectionStatus::InReview);
    assert_eq!(merged.issue.sections[0].approval, None);
}

#[test]
fn citations_merge_as_sets() {
    let base = base();
    let mut ours = base.clone();
    ours.sections[0].entries[0].citations.push(Citation {
        source: SourceId(2),
    });
    let mut theirs = base.clone();
    theirs.sections[0].entries[0].citations.clear();
    set_body(&mut theirs, 1, "Moscow and Caracas signed it.");
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(
        merged.issue.sections[0].entries[0].citations,
        [Citation {
            source: SourceId(2)
        }]
    );
}

#[test]
fn check_reports_every_unresolved_conflict_as_an_error() {
    let base = base();
    let mut ours = base.clone();
    ours.title = "Ours".to_owned();
    set_body(&mut ours, 2, "Rosatom opened an office in Santa Cruz.");
    let mut theirs = base.clone();
    theirs.title = "Theirs".to_owned();
    set_body(&mut theirs, 2, "Rosatom opened an office in Cochabamba.");
    let merged = merge(&base, &ours, &theirs);
    let report = crate::compliance::check(&merged.issue, &crate::registry::Registry::builtin());
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == crate::compliance::Rule::MergeConflict)
        .collect();
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .all(|f| f.severity == crate::compliance::Severity::Error)
    );
    assert_eq!(found[1].entry, Some(EntryId(2)));
    assert!(!report.is_compliant());
}

#[test]
fn a_section_field_conflict_is_reported_at_its_section() {
    let base = base();
    let mut ours = base.clone();
    ours.sections[1].title = "China and Peru".to_owned();
    let mut theirs = base.clone();
    theirs.sections[1].title = "China and Chile".to_owned();
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.issue.conflicts[0].field, "section 2.title");
    let report = crate::compliance::check(&merged.issue, &crate::registry::Registry::builtin());
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == crate::compliance::Rule::MergeConflict);
    assert_eq!(finding.and_then(|f| f.section), Some(SectionId(2)));
}

#[test]
fn suggestions_merge_as_a_union_and_a_closed_one_stays_closed() {
    use crate::model::{Suggestion, SuggestionOutcome};
    let at = |minute: u32| {
        chrono::DateTime::parse_from_rfc3339(&format!("2026-11-18T10:{minute:02}:00Z"))
            .expect("time")
            .with_timezone(&chrono::Utc)
    };
    let suggestion = |author: &str, minute: u32, text: &str| Suggestion {
        author: author.to_owned(),
        at: at(minute),
        text: text.to_owned(),
        outcome: None,
    };
    let mut base = base();
    base.sections[0].entries[0].suggestions = vec![suggestion("Marta", 1, "Old proposal.")];
    let mut ours = base.clone();
    ours.sections[0].entries[0]
        .suggestions
        .push(suggestion("Marta", 2, "Ours."));
    let mut theirs = base.clone();
    theirs.sections[0].entries[0].suggestions[0].outcome = Some(SuggestionOutcome::Rejected);
    theirs.sections[0].entries[0]
        .suggestions
        .push(suggestion("Luis", 3, "Theirs."));
    // The same suggestion on both sides is kept once.
    theirs.sections[0].entries[0]
        .suggestions
        .push(suggestion("Marta", 2, "Ours."));
    let merged = merge(&base, &ours, &theirs);
    let got = &merged.issue.sections[0].entries[0].suggestions;
    let texts: Vec<&str> = got.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(texts, ["Old proposal.", "Ours.", "Theirs."]);
    assert_eq!(got[0].outcome, Some(SuggestionOutcome::Rejected));
    assert_eq!(got[1].outcome, None);
    assert!(merged.conflicts.is_empty());
}

#[test]
fn an_entry_s_language_merges_like_a_field_and_a_clash_is_a_field_conflict() {
    let base = base();
    let mut ours = base.clone();
    ours.sections[0].entries[0].language = Some("es".to_owned());
    let mut theirs = base.clone();
    theirs.sections[0].entries[1].language = Some("pt-BR".to_owned());
    let merged = merge(&base, &ours, &theirs);
    let languages: Vec<Option<&str>> = merged
        .issue
        .entries()
        .map(|(_, e)| e.language.as_deref())
        .collect();
    assert_eq!(languages, [Some("es"), Some("pt-BR"), None]);
    assert!(merged.is_clean());
    theirs.sections[0].entries[0].language = Some("pt-PT".to_owned());
    let merged = merge(&base, &ours, &theirs);
    let mut issue = merged.issue.clone();
    assert_eq!(issue.sections[0].entries[0].language.as_deref(), Some("es"));
    let field = format!("entry {}.language", issue.sections[0].entries[0].id.0);
    let conflict = issue
        .conflicts
        .iter()
        .find(|c| c.field == field)
        .unwrap_or_else(|| panic!("a conflict on {field}: {:?}", issue.conflicts));
    assert_eq!(
        (conflict.ours.shown(), conflict.theirs.shown()),
        ("Some(\"es\")", "Some(\"pt-PT\")")
    );
    crate::merge::settle(&mut issue, &field, true).expect("settled");
    assert_eq!(
        issue.sections[0].entries[0].language.as_deref(),
        Some("pt-PT")
    );
    assert!(issue.conflicts.is_empty());
}

#[test]
fn words_ignored_in_the_issue_merge_as_a_union() {
    let words = |list: &[&str]| list.iter().map(|w| (*w).to_owned()).collect();
    let mut base = base();
    base.spelling_ignored = words(&["Chancay", "Rosatom"]);
    let mut ours = base.clone();
    ours.spelling_ignored = words(&["Chancay", "Rosatom", "Quispe"]);
    let mut theirs = base.clone();
    theirs.spelling_ignored = words(&["Rosatom", "Zvezdaneft"]);
    let merged = merge(&base, &ours, &theirs);
    let got: Vec<&str> = merged
        .issue
        .spelling_ignored
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(
        got,
        ["Quispe", "Rosatom", "Zvezdaneft"],
        "theirs removed Chancay"
    );
    assert!(merged.is_clean());
}

/// Ours cites a source theirs deleted with its citations: the citation wins
/// over the deletion, so the source comes back and nothing cites nothing.
#[test]
fn a_citation_of_a_source_the_other_side_deleted_brings_the_source_back() {
    let base = crate::sample::sample_issue();
    let source = base.sources.last().expect("a source").id;
    let mut ours = base.clone();
    let entry = ours.sections[0].entries[0].id;
    ours.sections[0].entries[0]
        .citations
        .push(crate::model::Citation { source });
    let mut theirs = base.clone();
    theirs.sources.retain(|s| s.id != source);
    for section in &mut theirs.sections {
        for e in &mut section.entries {
            e.citations.retain(|c| c.source != source);
        }
    }
    let merged = merge(&base, &ours, &theirs).issue;
    let cites = merged
        .entries()
        .find(|(_, e)| e.id == entry)
        .is_some_and(|(_, e)| e.cites(source));
    assert!(cites, "our citation is kept");
    assert!(merged.source(source).is_some(), "and its source with it");
    let report = crate::compliance::check(&merged, &crate::registry::Registry::builtin());
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.rule == crate::compliance::Rule::MissingSource)
    );
}

/// A citation of a source no side holds is an error `check` reports.
#[test]
fn check_reports_a_citation_of_a_missing_source() {
    let mut issue = crate::sample::sample_issue();
    issue.sections[0].entries[0]
        .citations
        .push(crate::model::Citation {
            source: crate::model::SourceId(9999),
        });
    let report = crate::compliance::check(&issue, &crate::registry::Registry::builtin());
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == crate::compliance::Rule::MissingSource)
        .collect();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, crate::compliance::Severity::Error);
    assert!(found[0].message.contains("#9999"), "{}", found[0].message);
}

/// Both sides added a section at the largest id there is: theirs gets a
/// free id, not a wrapped or shared one, and no section is lost.
#[test]
fn sections_added_at_the_largest_id_on_both_sides_stay_apart() {
    use crate::model::{Section, SectionId};
    let base = crate::sample::sample_issue();
    let mut ours = base.clone();
    ours.sections
        .push(Section::new(SectionId(u32::MAX), "Ours"));
    let mut theirs = base.clone();
    theirs
        .sections
        .push(Section::new(SectionId(u32::MAX), "Theirs"));
    let merged = merge(&base, &ours, &theirs).issue;
    let titles: Vec<&str> = merged.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(
        titles.contains(&"Ours") && titles.contains(&"Theirs"),
        "{titles:?}"
    );
    let ids: std::collections::BTreeSet<u32> = merged.sections.iter().map(|s| s.id.0).collect();
    assert_eq!(ids.len(), merged.sections.len(), "{ids:?}");
    assert!(!ids.contains(&0));
}
