use chrono::NaiveDate;

use super::*;
use crate::model::{Issue, SectionStatus, SourceKind};
use crate::sample::sample_issue;

fn document() -> Document {
    Document::new(sample_issue(), None)
}

fn body(field_entry: crate::model::EntryId, text: &str) -> Edit {
    Edit::SetText {
        field: TextField::EntryBody(field_entry),
        text: text.to_owned(),
    }
}

#[test]
fn an_edit_bumps_the_revision_and_dirties_the_document() {
    let mut doc = document();
    assert!(!doc.is_dirty());
    let revision = doc.revision();
    doc.apply(Edit::SetText {
        field: TextField::Title,
        text: "New".to_owned(),
    })
    .expect("applies");
    assert_eq!(doc.issue().title, "New");
    assert!(doc.revision() > revision);
    assert!(doc.is_dirty());
}

#[test]
fn undo_and_redo_restore_content_and_clean_state() {
    let mut doc = document();
    let original = doc.issue().clone();
    let first = original.sections[0].id;
    doc.apply(Edit::RemoveSection(first)).expect("applies");
    assert_eq!(doc.issue().sections.len(), original.sections.len() - 1);
    assert_eq!(doc.undo(), Some(Moved::Issue));
    assert_eq!(doc.issue(), &original);
    assert!(!doc.is_dirty(), "back to the saved content");
    assert_eq!(doc.redo(), Some(Moved::Issue));
    assert_eq!(doc.issue().sections.len(), original.sections.len() - 1);
    assert!(doc.is_dirty());
    assert_eq!(doc.redo(), None);
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut doc = document();
    let entry = doc.issue().sections[0].entries[0].id;
    let original = doc.issue().sections[0].entries[0].body.clone();
    for (text, at) in [("a", 0.0), ("ab", 0.4), ("abc", 0.9)] {
        doc.type_text(body(entry, text), at).expect("applies");
    }
    doc.undo();
    assert_eq!(doc.issue().sections[0].entries[0].body, original);
    assert!(!doc.can_undo());
}

#[test]
fn typing_elsewhere_or_after_leaving_the_field_starts_a_new_step() {
    let mut doc = document();
    let entry = doc.issue().sections[0].entries[0].id;
    doc.type_text(body(entry, "one"), 0.0).expect("applies");
    doc.end_typing();
    doc.type_text(body(entry, "one two"), 0.1).expect("applies");
    doc.undo();
    assert_eq!(doc.issue().sections[0].entries[0].body, "one");
}

/// A first keystroke that changes nothing (a space in an empty Outlet
/// field, which means "from the registry" still) makes no step, and the
/// keystrokes after it make their own: undoing them leaves the edit before.
#[test]
fn a_keystroke_that_changes_nothing_opens_no_typing_step() {
    let mut doc = document();
    let source = doc.issue().sources[0].id;
    assert_eq!(doc.issue().sources[0].outlet, None);
    doc.apply(Edit::SetNumber(Some(99))).expect("applies");
    let outlet = |text: &str| Edit::SetText {
        field: TextField::SourceOutlet(source),
        text: text.to_owned(),
    };
    doc.type_text(outlet(" "), 0.0).expect("applies");
    assert_eq!(doc.issue().sources[0].outlet, None);
    doc.type_text(outlet(" E"), 0.1).expect("applies");
    doc.type_text(outlet(" EF"), 0.2).expect("applies");
    assert_eq!(doc.issue().sources[0].outlet.as_deref(), Some(" EF"));
    doc.undo();
    assert_eq!(doc.issue().sources[0].outlet, None);
    assert_eq!(doc.issue().number, Some(99), "the edit before stays");
}

#[test]
fn a_pause_in_typing_starts_a_new_step() {
    let mut doc = document();
    let entry = doc.issue().sections[0].entries[0].id;
    doc.type_text(body(entry, "one"), 0.0).expect("applies");
    doc.type_text(body(entry, "one two"), 0.5).expect("applies");
    doc.type_text(body(entry, "one two three"), 0.5 + TYPING_PAUSE + 0.1)
        .expect("applies");
    doc.undo();
    assert_eq!(doc.issue().sections[0].entries[0].body, "one two");
    doc.undo();
    assert!(!doc.can_undo(), "the first burst was one step");
}

#[test]
fn a_discrete_edit_of_a_field_never_joins_the_typing_step() {
    // Find and replace sends a discrete edit of a field being typed into.
    let mut doc = document();
    let entry = doc.issue().sections[0].entries[0].id;
    doc.type_text(body(entry, "typed"), 0.0).expect("applies");
    doc.apply(body(entry, "replaced")).expect("applies");
    doc.undo();
    assert_eq!(doc.issue().sections[0].entries[0].body, "typed");
}

#[test]
fn edits_that_change_nothing_leave_no_step_and_no_unsaved_change() {
    let mut doc = document();
    let first = doc.issue().sections[0].id;
    let title = doc.issue().title.clone();
    let revision = doc.revision();
    doc.apply(Edit::MoveSection {
        section: first,
        index: 0,
    })
    .expect("applies");
    doc.apply(Edit::SetText {
        field: TextField::Title,
        text: title.clone(),
    })
    .expect("applies");
    doc.type_text(
        Edit::SetText {
            field: TextField::Title,
            text: title,
        },
        0.0,
    )
    .expect("applies");
    doc.apply(Edit::SetPolicy(doc.issue().policy.clone()))
        .expect("applies");
    assert!(!doc.can_undo());
    assert!(!doc.is_dirty());
    assert_eq!(doc.revision(), revision);
}

#[test]
fn outlet_changes_undo_and_redo_on_the_same_history() {
    use crate::registry::UserOutlets;
    let mut doc = document();
    doc.apply(Edit::SetNumber(Some(15))).expect("applies");
    let before = UserOutlets::default();
    let mut after = UserOutlets::default();
    after.set_hidden("RT en Español", true);
    doc.record_outlets(before.clone(), after.clone());
    assert!(doc.is_dirty(), "the number is still unsaved");
    doc.mark_saved("x.ron".into());
    assert_eq!(doc.undo(), Some(Moved::Outlets(before)));
    assert!(!doc.is_dirty(), "outlets are not part of the file");
    assert_eq!(doc.undo(), Some(Moved::Issue));
    assert_eq!(doc.issue().number, sample_issue().number);
    assert_eq!(doc.redo(), Some(Moved::Issue));
    assert_eq!(doc.redo(), Some(Moved::Outlets(after.clone())));
    assert_eq!(doc.redo(), None);
    // An outlet change that changes nothing is no step.
    doc.record_outlets(after.clone(), after);
    assert_eq!(doc.undo(), Some(Moved::Outlets(UserOutlets::default())));
}

#[test]
fn the_history_is_bounded() {
    let mut doc = document();
    for number in 0..(UNDO_LIMIT as u32 + 20) {
        doc.apply(Edit::SetNumber(Some(number + 1000)))
            .expect("applies");
    }
    assert_eq!(doc.undo_steps(), UNDO_LIMIT);
}

#[test]
fn the_state_media_reason_is_typed_like_any_text() {
    let mut doc = document();
    let source = doc.issue().sources[0].id;
    let reason = |text: &str| Edit::SetText {
        field: TextField::SourceStateMediaReason(source),
        text: text.to_owned(),
    };
    assert_eq!(
        doc.apply(reason("x")).expect_err("no override yet"),
        EditError::NoOverride(source.0)
    );
    doc.apply(Edit::SetStateMedia {
        source,
        value: crate::model::StateMediaOverride::Yes {
            reason: String::new(),
        },
    })
    .expect("applies");
    for (text, at) in [("F", 0.0), ("Fu", 0.2), ("Fun", 0.4), ("Funded", 0.6)] {
        doc.type_text(reason(text), at).expect("applies");
    }
    assert_eq!(doc.undo_steps(), 2, "the override, then the reason typed");
    doc.undo();
    assert_eq!(
        doc.issue().sources[0].state_media,
        crate::model::StateMediaOverride::Yes {
            reason: String::new()
        }
    );
}

#[test]
fn a_refused_source_list_changes_nothing() {
    let mut doc = document();
    let before = doc.issue().clone();
    let good = crate::model::Source::new(crate::model::SourceId(0), "https://efe.com/new");
    let empty = crate::model::Source::new(crate::model::SourceId(0), "  ");
    assert_eq!(
        doc.apply(Edit::AddSources(vec![good, empty])),
        Err(EditError::EmptyUrl)
    );
    assert_eq!(doc.issue(), &before);
}

#[test]
fn text_that_is_not_a_web_address_is_never_cited() {
    let mut doc = document();
    let entry = doc.issue().sections[0].entries[0].id;
    let sources = doc.issue().sources.len();
    for url in [
        "Reuters story about Chancay",
        "ftp://x.org/y",
        "reuters.com/x",
    ] {
        assert!(matches!(
            doc.apply(Edit::CiteUrl {
                entry,
                url: url.to_owned()
            }),
            Err(EditError::NotWebUrl(_))
        ));
    }
    assert_eq!(doc.issue().sources.len(), sources);
}

#[test]
fn a_new_edit_clears_redo() {
    let mut doc = document();
    doc.apply(Edit::SetNumber(Some(15))).expect("applies");
    doc.undo();
    doc.apply(Edit::SetNumber(Some(16))).expect("applies");
    assert!(!doc.can_redo());
}

#[test]
fn saving_marks_the_current_state_clean() {
    let mut doc = document();
    doc.apply(Edit::SetNumber(Some(15))).expect("applies");
    doc.mark_saved("x.ron".into());
    assert!(!doc.is_dirty());
    doc.undo();
    assert!(doc.is_dirty(), "the file holds number 15");
}

#[test]
fn a_failed_edit_changes_nothing() {
    let mut doc = document();
    let before = doc.issue().clone();
    let revision = doc.revision();
    let error = doc
        .apply(Edit::RemoveEntry(crate::model::EntryId(9999)))
        .expect_err("no such entry");
    assert_eq!(error, EditError::NoEntry(9999));
    assert_eq!(doc.issue(), &before);
    assert_eq!(doc.revision(), revision);
    assert!(!doc.can_undo());
}

#[test]
fn a_batch_is_all_or_nothing() {
    let mut issue = sample_issue();
    let before = issue.clone();
    let batch = Edit::Batch(vec![
        Edit::SetNumber(Some(99)),
        Edit::RemoveEntry(crate::model::EntryId(9999)),
    ]);
    assert!(apply(&mut issue, batch).is_err());
    assert_eq!(issue, before);
}

#[test]
fn sections_are_added_moved_and_removed() {
    let mut issue = Issue::default();
    apply(
        &mut issue,
        Edit::AddSection {
            index: 0,
            title: "B".into(),
        },
    )
    .expect("add");
    apply(
        &mut issue,
        Edit::AddSection {
            index: 0,
            title: "A".into(),
        },
    )
    .expect("add");
    apply(
        &mut issue,
        Edit::AddSection {
            index: 99,
            title: "C".into(),
        },
    )
    .expect("add");
    let titles = |issue: &Issue| {
        issue
            .sections
            .iter()
            .map(|s| s.title.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(&issue), ["A", "B", "C"]);
    let c = issue.sections[2].id;
    apply(
        &mut issue,
        Edit::MoveSection {
            section: c,
            index: 0,
        },
    )
    .expect("move");
    assert_eq!(titles(&issue), ["C", "A", "B"]);
    apply(&mut issue, Edit::RemoveSection(c)).expect("remove");
    assert_eq!(titles(&issue), ["A", "B"]);
}

#[test]
fn entries_move_between_sections_keeping_their_id() {
    let mut issue = sample_issue();
    let entry = issue.sections[0].entries[0].id;
    let target = issue.sections[1].id;
    apply(
        &mut issue,
        Edit::MoveEntry {
            entry,
            section: target,
            index: 1,
        },
    )
    .expect("move");
    assert_eq!(issue.sections[1].entries[1].id, entry);
    assert!(!issue.sections[0].entries.iter().any(|e| e.id == entry));
}

#[test]
fn citing_a_url_reuses_the_library_source_with_the_same_normalized_url() {
    let mut issue = sample_issue();
    let existing = issue.sources[0].clone();
    let entry = issue.sections[3].entries[0].id;
    let variant = existing.url.replace("https://", "http://") + "#top";
    let count = issue.sources.len();
    apply(
        &mut issue,
        Edit::CiteUrl {
            entry,
            url: variant,
        },
    )
    .expect("cite");
    assert_eq!(issue.sources.len(), count);
    assert!(issue.sections[3].entries[0].cites(existing.id));
}

#[test]
fn citing_a_new_url_creates_a_source_with_its_kind_guessed() {
    let mut issue = sample_issue();
    let entry = issue.sections[0].entries[0].id;
    apply(
        &mut issue,
        Edit::CiteUrl {
            entry,
            url: "  https://www.eltiempo.com/opinion/columnistas/x  ".into(),
        },
    )
    .expect("cite");
    let source = issue.sources.last().expect("new source");
    assert_eq!(source.url, "https://www.eltiempo.com/opinion/columnistas/x");
    assert_eq!(source.kind, SourceKind::Opinion);
    assert!(issue.sections[0].entries[0].cites(source.id));
    assert_eq!(
        apply(
            &mut issue,
            Edit::CiteUrl {
                entry,
                url: " ".into()
            }
        ),
        Err(EditError::EmptyUrl)
    );
}

#[test]
fn removing_a_source_removes_its_citations() {
    let mut issue = sample_issue();
    let id = issue.sources[1].id;
    assert!(issue.times_cited(id) > 0);
    apply(&mut issue, Edit::RemoveSource(id)).expect("remove");
    assert!(issue.source(id).is_none());
    assert_eq!(issue.times_cited(id), 0);
}

#[test]
fn an_empty_outlet_falls_back_to_the_registry() {
    let mut issue = sample_issue();
    let id = issue.sources[0].id;
    let field = TextField::SourceOutlet(id);
    apply(
        &mut issue,
        Edit::SetText {
            field,
            text: "Hand".into(),
        },
    )
    .expect("set");
    assert_eq!(issue.sources[0].outlet.as_deref(), Some("Hand"));
    apply(
        &mut issue,
        Edit::SetText {
            field,
            text: " ".into(),
        },
    )
    .expect("set");
    assert_eq!(issue.sources[0].outlet, None);
}

#[test]
fn leaving_approved_clears_the_approval() {
    let mut issue = sample_issue();
    let section = issue.sections[0].id;
    assert!(issue.sections[0].approval.is_some());
    apply(
        &mut issue,
        Edit::SetSectionStatus {
            section,
            status: SectionStatus::InReview,
            approval: None,
        },
    )
    .expect("set");
    assert!(issue.sections[0].approval.is_none());
}

#[test]
fn find_counts_matches_across_fields_ignoring_case() {
    let issue = sample_issue();
    let all = find_matches(&issue, "caracas", false);
    let exact = find_matches(&issue, "Caracas", true);
    assert!(all.len() >= exact.len() && !exact.is_empty());
    assert!(find_matches(&issue, "", false).is_empty());
    assert!(find_matches(&issue, "no such text anywhere", false).is_empty());
}

#[test]
fn replace_all_is_one_edit_and_replace_one_changes_one() {
    let mut doc = document();
    let count = find_matches(doc.issue(), "Caracas", true).len();
    assert!(count > 2);
    let first = find_matches(doc.issue(), "Caracas", true)[0];
    let one = replace_one_edit(doc.issue(), first, "Karakas").expect("edit");
    doc.apply(one).expect("applies");
    assert_eq!(find_matches(doc.issue(), "Caracas", true).len(), count - 1);
    let all = replace_all_edit(doc.issue(), "Caracas", "Karakas", true).expect("edit");
    doc.apply(all).expect("applies");
    assert!(find_matches(doc.issue(), "Caracas", true).is_empty());
    assert_eq!(find_matches(doc.issue(), "Karakas", true).len(), count);
    doc.undo();
    assert_eq!(
        find_matches(doc.issue(), "Caracas", true).len(),
        count - 1,
        "replace all undoes in one step"
    );
}

#[test]
fn case_insensitive_ranges_stay_on_char_boundaries() {
    let mut issue = Issue::default();
    apply(
        &mut issue,
        Edit::AddSection {
            index: 0,
            title: "Dijo AÑEZ y añez".into(),
        },
    )
    .expect("add");
    let found = find_matches(&issue, "añez", false);
    assert_eq!(found.len(), 2);
    let edit = replace_all_edit(&issue, "AÑEZ", "X", false).expect("edit");
    apply(&mut issue, edit).expect("applies");
    assert_eq!(issue.sections[0].title, "Dijo X y X");
}

#[test]
fn the_template_has_the_usual_sections_and_a_half_month_period() {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).expect("date");
    let first_half = new_issue(day(3));
    assert_eq!(first_half.sections.len(), 6);
    assert_eq!(
        first_half.policy.countries,
        ["Venezuela", "Russia", "Iran", "China"]
    );
    assert!(
        first_half
            .disclaimer
            .contains("of Venezuela, Russia, Iran, China"),
        "{}",
        first_half.disclaimer
    );
    assert_eq!(
        first_half.coverage.map(|p| (p.from, p.to)),
        Some((day(1), day(15)))
    );
    let second_half = new_issue(day(28));
    assert_eq!(
        second_half.coverage.map(|p| (p.from, p.to)),
        Some((day(16), day(30)))
    );
}

fn at() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-11-18T10:00:00Z")
        .expect("time")
        .with_timezone(&chrono::Utc)
}

fn status_edit(section: crate::model::SectionId, status: SectionStatus) -> Edit {
    let approval = (status == SectionStatus::Approved).then(|| crate::model::Approval {
        reviewer: "Marta".to_owned(),
        at: at(),
    });
    Edit::SetSectionStatus {
        section,
        status,
        approval,
    }
}

#[test]
fn every_section_status_transition_is_allowed_or_refused_as_documented() {
    use SectionStatus::{Approved, ChangesRequested, Draft, InReview};
    let allowed = [
        (Draft, InReview),
        (InReview, ChangesRequested),
        (InReview, Approved),
        (InReview, Draft),
        (ChangesRequested, InReview),
        (Approved, InReview),
    ];
    for from in SectionStatus::ALL {
        for to in SectionStatus::ALL {
            let mut issue = Issue::default();
            apply(
                &mut issue,
                Edit::AddSection {
                    index: 0,
                    title: "S".into(),
                },
            )
            .expect("add");
            issue.sections[0].status = from;
            let id = issue.sections[0].id;
            let result = apply(&mut issue, status_edit(id, to));
            let expected = allowed.contains(&(from, to));
            assert_eq!(result.is_ok(), expected, "{} -> {}", from.name(), to.name());
            if expected {
                assert_eq!(issue.sections[0].status, to);
                assert_eq!(issue.sections[0].approval.is_some(), to == Approved);
            } else {
                assert_eq!(
                    issue.sections[0].status, from,
                    "a refused move changes nothing"
                );
            }
        }
    }
}

#[test]
fn approving_records_who_and_when() {
    let mut issue = sample_issue();
    let china = issue.sections[2].id;
    assert_eq!(issue.sections[2].status, SectionStatus::InReview);
    apply(&mut issue, status_edit(china, SectionStatus::Approved)).expect("approve");
    let approval = issue.sections[2].approval.clone().expect("recorded");
    assert_eq!((approval.reviewer.as_str(), approval.at), ("Marta", at()));
}

#[test]
fn editing_an_approved_section_returns_it_to_review() {
    let mut doc = document();
    let overview = doc.issue().sections[0].clone();
    assert_eq!(overview.status, SectionStatus::Approved);
    let reopened = doc
        .apply(body(overview.entries[0].id, "Changed."))
        .expect("applies");
    assert_eq!(reopened, vec![overview.id]);
    assert_eq!(doc.issue().sections[0].status, SectionStatus::InReview);
    assert!(doc.issue().sections[0].approval.is_none());
    doc.undo();
    assert_eq!(
        doc.issue().sections[0].status,
        SectionStatus::Approved,
        "undo gives the approval back"
    );
}

#[test]
fn review_actions_do_not_reopen_an_approved_section() {
    let mut issue = sample_issue();
    let entry = issue.sections[0].entries[0].id;
    let comment = crate::model::Comment {
        author: "Marta".into(),
        at: at(),
        text: "Source?".into(),
        resolved: false,
        replies: Vec::new(),
    };
    let reopened = apply(&mut issue, Edit::AddComment { entry, comment }).expect("comment");
    assert!(reopened.is_empty());
    assert_eq!(issue.sections[0].status, SectionStatus::Approved);
}

#[test]
fn moving_an_entry_reopens_both_sections() {
    let mut issue = sample_issue();
    let entry = issue.sections[0].entries[0].id;
    let russia = issue.sections[1].id;
    let reopened = apply(
        &mut issue,
        Edit::MoveEntry {
            entry,
            section: russia,
            index: 0,
        },
    )
    .expect("move");
    assert_eq!(reopened, vec![issue.sections[0].id, russia]);
}

#[test]
fn a_declaration_is_flagged_then_cleared_with_a_note_in_the_history() {
    let mut issue = sample_issue();
    let entry = issue.sections[1].entries[0].id;
    let flag = crate::model::DeclarationFlag {
        note: "quotes the minister calling the US an aggressor".into(),
        by: "Marta".into(),
        at: Some(at()),
    };
    apply(&mut issue, Edit::FlagDeclaration { entry, flag }).expect("flag");
    assert!(issue.sections[1].entries[0].declaration.is_some());
    let empty = crate::model::HistoryNote {
        at: at(),
        by: "Marta".into(),
        text: " ".into(),
    };
    assert_eq!(
        apply(
            &mut issue,
            Edit::ClearDeclaration {
                entry,
                resolution: empty
            }
        ),
        Err(EditError::EmptyNote)
    );
    let resolution = crate::model::HistoryNote {
        at: at(),
        by: "Daniel".into(),
        text: "quote removed".into(),
    };
    apply(
        &mut issue,
        Edit::ClearDeclaration {
            entry,
            resolution: resolution.clone(),
        },
    )
    .expect("clear");
    let entry_now = &issue.sections[1].entries[0];
    assert!(entry_now.declaration.is_none());
    assert_eq!(entry_now.history.len(), 1);
    assert!(entry_now.history[0].text.contains("quote removed"));
    assert!(entry_now.history[0].text.contains("aggressor"));
    assert_eq!(
        apply(&mut issue, Edit::ClearDeclaration { entry, resolution }),
        Err(EditError::NotFlagged(entry.0))
    );
}

#[test]
fn comment_threads_are_added_answered_resolved_and_reopened() {
    let mut issue = sample_issue();
    let entry = issue.sections[2].entries[0].id;
    let comment = |text: &str| crate::model::Comment {
        author: "Marta".into(),
        at: at(),
        text: text.into(),
        resolved: false,
        replies: Vec::new(),
    };
    apply(
        &mut issue,
        Edit::AddComment {
            entry,
            comment: comment("Only Xinhua?"),
        },
    )
    .expect("add");
    apply(
        &mut issue,
        Edit::Reply {
            entry,
            thread: 0,
            reply: comment("Looking for a second source."),
        },
    )
    .expect("reply");
    assert_eq!(issue.sections[2].entries[0].open_comments(), 1);
    apply(
        &mut issue,
        Edit::SetThreadResolved {
            entry,
            thread: 0,
            resolved: true,
        },
    )
    .expect("resolve");
    assert_eq!(issue.sections[2].entries[0].open_comments(), 0);
    apply(
        &mut issue,
        Edit::SetThreadResolved {
            entry,
            thread: 0,
            resolved: false,
        },
    )
    .expect("reopen");
    assert_eq!(issue.sections[2].entries[0].open_comments(), 1);
    assert_eq!(issue.sections[2].entries[0].comments[0].replies.len(), 1);
    assert_eq!(
        apply(
            &mut issue,
            Edit::SetThreadResolved {
                entry,
                thread: 5,
                resolved: true
            }
        ),
        Err(EditError::NoThread(entry.0, 5))
    );
    assert_eq!(
        apply(
            &mut issue,
            Edit::AddComment {
                entry,
                comment: comment("")
            }
        ),
        Err(EditError::EmptyNote)
    );
}

#[test]
fn sources_are_verified_and_unverified() {
    let mut issue = sample_issue();
    let source = issue.sources[0].id;
    let verification = crate::model::Verification {
        by: "Marta".into(),
        at: at(),
    };
    apply(
        &mut issue,
        Edit::SetVerified {
            source,
            verification: Some(verification.clone()),
        },
    )
    .expect("verify");
    assert_eq!(issue.sources[0].verification, Some(verification));
    apply(
        &mut issue,
        Edit::SetVerified {
            source,
            verification: None,
        },
    )
    .expect("unverify");
    assert_eq!(issue.sources[0].verification, None);
}

#[test]
fn export_overrides_are_recorded() {
    let mut issue = sample_issue();
    let record = crate::model::ExportOverride {
        by: "Marta".into(),
        at: at(),
        reason: "Deadline; opinion piece cleared by the editor".into(),
        errors: 1,
        unapproved: vec!["China".into()],
    };
    apply(&mut issue, Edit::RecordExportOverride(record.clone())).expect("record");
    assert_eq!(issue.export_overrides, vec![record]);
}

#[test]
fn adding_many_sources_merges_duplicates_in_one_undo_step() {
    let mut doc = document();
    let before = doc.issue().sources.len();
    let existing = doc.issue().sources[0].clone();
    let mut known_again =
        crate::model::Source::new(crate::model::SourceId(0), format!("  {}  ", existing.url));
    known_again.author = "Filled In".to_owned();
    let mut fresh = crate::model::Source::new(
        crate::model::SourceId(0),
        "https://www.reuters.com/world/new-story/",
    );
    fresh.title = "A new story".to_owned();
    let twice = crate::model::Source::new(
        crate::model::SourceId(0),
        "https://www.reuters.com/world/new-story",
    );
    doc.apply(Edit::AddSources(vec![known_again, fresh, twice]))
        .expect("applies");
    assert_eq!(doc.issue().sources.len(), before + 1, "one new source");
    let added = doc.issue().sources.last().expect("added");
    assert_eq!(added.title, "A new story");
    assert!(added.id.0 > existing.id.0);
    let merged = &doc.issue().sources[0];
    assert_eq!(merged.title, existing.title, "nothing overwritten");
    if existing.author.is_empty() {
        assert_eq!(merged.author, "Filled In");
    }
    doc.undo();
    assert_eq!(doc.issue().sources.len(), before);
}

#[test]
fn setting_an_approved_sections_title_to_itself_keeps_it_approved() {
    let mut doc = document();
    let approved = doc
        .issue()
        .sections
        .iter()
        .find(|s| s.status == SectionStatus::Approved)
        .cloned()
        .expect("the sample has an approved section");
    let reopened = doc
        .apply(Edit::SetText {
            field: TextField::SectionTitle(approved.id),
            text: approved.title.clone(),
        })
        .expect("applies");
    assert!(reopened.is_empty());
    assert!(!doc.can_undo() && !doc.is_dirty());
}

#[test]
fn the_canonical_url_and_the_licence_are_edited_undone_and_saved_only_when_set() {
    let mut doc = document();
    let unset = crate::store::to_ron(doc.issue()).expect("serializes");
    assert!(!unset.contains("canonical_url") && !unset.contains("licence"));
    for (field, text) in [
        (TextField::CanonicalUrl, "https://example.org/vric-12"),
        (TextField::Licence, "CC BY 4.0"),
    ] {
        doc.apply(Edit::SetText {
            field,
            text: text.to_owned(),
        })
        .expect("applies");
        assert_eq!(field_text(doc.issue(), field), Some(text));
    }
    let saved = crate::store::to_ron(doc.issue()).expect("serializes");
    let loaded: Issue = ron::from_str(&saved).expect("reads back");
    assert_eq!(loaded.canonical_url, "https://example.org/vric-12");
    assert_eq!(loaded.licence, "CC BY 4.0");
    assert_eq!(doc.undo(), Some(Moved::Issue));
    assert!(doc.issue().licence.is_empty());
}

#[test]
fn resolving_a_conflict_sets_the_text_clears_the_conflict_and_undoes_as_one_step() {
    let mut issue = sample_issue();
    let entry = issue.sections[0].entries[0].id;
    issue.sections[0].entries[0].conflict = Some(crate::model::EntryConflict {
        kind: crate::model::ConflictKind::BothEdited,
        base: "base".to_owned(),
        ours: "mine".to_owned(),
        theirs: "theirs".to_owned(),
        theirs_by: "Ana".to_owned(),
    });
    let before = issue.clone();
    let mut doc = Document::new(issue, None);
    doc.apply(Edit::ResolveConflict {
        entry,
        body: "theirs".to_owned(),
    })
    .expect("resolves");
    let resolved = &doc.issue().sections[0].entries[0];
    assert_eq!(resolved.body, "theirs");
    assert_eq!(resolved.conflict, None);
    assert_eq!(doc.undo_steps(), 1);
    doc.undo();
    assert_eq!(doc.issue(), &before);
    assert_eq!(
        apply(
            &mut doc.issue().clone(),
            Edit::ResolveConflict {
                entry: crate::model::EntryId(9999),
                body: String::new(),
            }
        ),
        Err(EditError::NoEntry(9999))
    );
}

#[test]
fn replacing_the_issue_is_one_undo_step() {
    let mut doc = document();
    let before = doc.issue().clone();
    let mut other = before.clone();
    other.title = "Merged".to_owned();
    other.sections.pop();
    doc.apply(Edit::ReplaceIssue(Box::new(other.clone())))
        .expect("replaces");
    // The content is theirs; the removed section's id stays given out.
    other.ids_given = before.ids_reserved();
    assert_eq!(doc.issue(), &other);
    assert!(doc.is_dirty());
    assert_eq!(doc.undo_steps(), 1);
    doc.undo();
    assert_eq!(doc.issue(), &before);
    assert!(!doc.is_dirty());
}

#[test]
fn settling_a_field_conflict_is_one_undo_step_and_an_unknown_one_is_refused() {
    let mut issue = sample_issue();
    issue.conflicts.push(crate::model::FieldConflict {
        field: "title".to_owned(),
        base: "\"Base\"".to_owned(),
        ours: crate::model::Side::Value(format!("{:?}", issue.title)),
        theirs: crate::model::Side::Value("\"Their title\"".to_owned()),
    });
    let before = issue.clone();
    let mut doc = Document::new(issue, None);
    doc.apply(Edit::SettleField {
        field: "title".to_owned(),
        take_theirs: true,
    })
    .expect("settles");
    assert_eq!(doc.issue().title, "Their title");
    assert!(doc.issue().conflicts.is_empty());
    doc.undo();
    assert_eq!(doc.issue(), &before);
    assert!(
        doc.apply(Edit::SettleField {
            field: "licence".to_owned(),
            take_theirs: false,
        })
        .is_err()
    );
}

fn entry_in(doc: &Document, id: crate::model::EntryId) -> crate::model::Entry {
    doc.issue()
        .entries()
        .find(|(_, e)| e.id == id)
        .map(|(_, e)| e.clone())
        .expect("entry")
}

fn suggest(entry: crate::model::EntryId, text: &str) -> Edit {
    Edit::AddSuggestion {
        entry,
        suggestion: crate::model::Suggestion {
            author: "Marta".to_owned(),
            at: at(),
            text: text.to_owned(),
            outcome: None,
        },
    }
}

#[test]
fn a_suggestion_leaves_the_body_and_accepting_it_applies_its_text_in_one_step() {
    use crate::model::SuggestionOutcome;
    let mut doc = document();
    let entry = doc.issue().sections[0].entries[0].clone();
    doc.apply(suggest(entry.id, "Proposed text."))
        .expect("suggests");
    let now = entry_in(&doc, entry.id);
    assert_eq!(
        now.body, entry.body,
        "a suggestion does not change the body"
    );
    assert_eq!(now.open_suggestions().count(), 1);
    let steps = doc.undo_steps();
    doc.apply(Edit::AcceptSuggestion {
        entry: entry.id,
        index: 0,
    })
    .expect("accepts");
    assert_eq!(doc.undo_steps(), steps + 1, "accepting is one step");
    let now = entry_in(&doc, entry.id);
    assert_eq!(now.body, "Proposed text.");
    assert_eq!(
        now.suggestions[0].outcome,
        Some(SuggestionOutcome::Accepted)
    );
    assert_eq!(now.open_suggestions().count(), 0);
    assert!(
        doc.apply(Edit::AcceptSuggestion {
            entry: entry.id,
            index: 0,
        })
        .is_err(),
        "a closed suggestion cannot be accepted again"
    );
    doc.undo();
    let now = entry_in(&doc, entry.id);
    assert_eq!(now.body, entry.body);
    assert_eq!(now.open_suggestions().count(), 1);
}

#[test]
fn rejecting_a_suggestion_keeps_the_body_and_a_record() {
    use crate::model::SuggestionOutcome;
    let mut doc = document();
    let entry = doc.issue().sections[0].entries[0].clone();
    assert!(
        doc.apply(suggest(entry.id, &entry.body)).is_err(),
        "suggesting the text as it stands is no suggestion"
    );
    doc.apply(suggest(entry.id, "Other text."))
        .expect("suggests");
    doc.apply(Edit::RejectSuggestion {
        entry: entry.id,
        index: 0,
    })
    .expect("rejects");
    let now = entry_in(&doc, entry.id);
    assert_eq!(now.body, entry.body);
    assert_eq!(now.suggestions.len(), 1, "the record is kept");
    assert_eq!(
        now.suggestions[0].outcome,
        Some(SuggestionOutcome::Rejected)
    );
    doc.undo();
    assert_eq!(entry_in(&doc, entry.id).open_suggestions().count(), 1);
}
