//! Properties that must hold for every issue, not only the ones we thought of:
//! the file keeps everything, the share figures are sound, classification
//! never panics.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

use monitor_workbench::compliance;
use monitor_workbench::model::{
    Approval, ArchivedCopy, Citation, Comment, ConflictKind, DeclarationFlag, DeclaredKind, Entry,
    EntryConflict, EntryId, ExportOverride, FieldConflict, HistoryNote, Issue, KindOrigin,
    LinkCheck, LinkHealth, OutsidePeriodSeverity, PageField, Period, Policy, Section, SectionId,
    SectionStatus, ShareMetric, Side, Source, SourceId, SourceKind, SpecialEdition,
    StateMediaOverride, Suggestion, SuggestionOutcome, Verification, VerificationRule,
};
use monitor_workbench::registry::{Classification, Registry, host_of, normalize_host};
use monitor_workbench::sourcing::{classify_source, guess_kind, normalize_url};
use monitor_workbench::store;
use monitor_workbench::text::word_count;

/// Any Unicode text, mostly short; now and then empty or very long.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => any::<String>(),
        // `any::<String>()` leaves out control characters; these have them all.
        4 => vec(any::<char>(), 0..24).prop_map(String::from_iter),
        1 => Just(String::new()),
        1 => ("[a-zñ ]{1,8}", 10_000usize..60_000).prop_map(|(unit, times)| unit.repeat(times)),
    ]
}

fn day() -> impl Strategy<Value = NaiveDate> {
    // Every day from year 1 to year 9999.
    (1i32..3_652_059)
        .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap_or(NaiveDate::MIN))
}

fn moment() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..253_402_300_799, 0u32..1_000_000_000)
        .prop_map(|(secs, nanos)| DateTime::from_timestamp(secs, nanos).unwrap_or_default())
}

fn comment(depth: u32) -> BoxedStrategy<Comment> {
    let replies = if depth == 0 {
        Just(Vec::new()).boxed()
    } else {
        vec(comment(depth - 1), 0..3).boxed()
    };
    (text(), moment(), text(), any::<bool>(), replies)
        .prop_map(|(author, at, text, resolved, replies)| Comment {
            author,
            at,
            text,
            resolved,
            replies,
        })
        .boxed()
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        any::<u32>(),
        text(),
        vec(any::<u32>(), 0..5),
        option::of((text(), text(), option::of(moment()))),
        vec(comment(2), 0..2),
        vec((moment(), text(), text()), 0..2),
        option::of((
            proptest::sample::select(vec![
                ConflictKind::BothEdited,
                ConflictKind::OursDeleted,
                ConflictKind::TheirsDeleted,
            ]),
            (text(), text(), text(), text()),
        )),
        vec(
            (
                moment(),
                text(),
                text(),
                option::of(proptest::sample::select(vec![
                    SuggestionOutcome::Accepted,
                    SuggestionOutcome::Rejected,
                ])),
            ),
            0..2,
        ),
        option::of(text()),
    )
        .prop_map(
            |(id, body, cited, flag, comments, history, conflict, suggestions, language)| Entry {
                id: EntryId(id),
                body,
                citations: cited
                    .into_iter()
                    .map(|id| Citation {
                        source: SourceId(id),
                    })
                    .collect(),
                declaration: flag.map(|(note, by, at)| DeclarationFlag { note, by, at }),
                comments,
                history: history
                    .into_iter()
                    .map(|(at, by, text)| HistoryNote { at, by, text })
                    .collect(),
                conflict: conflict.map(|(kind, (base, ours, theirs, theirs_by))| EntryConflict {
                    kind,
                    base,
                    ours,
                    theirs,
                    theirs_by,
                }),
                suggestions: suggestions
                    .into_iter()
                    .map(|(at, author, text, outcome)| Suggestion {
                        author,
                        at,
                        text,
                        outcome,
                    })
                    .collect(),
                language,
            },
        )
}

fn section() -> impl Strategy<Value = Section> {
    (
        any::<u32>(),
        text(),
        vec(text(), 0..3),
        proptest::sample::select(SectionStatus::ALL.to_vec()),
        option::of((text(), moment())),
        vec(entry(), 0..4),
        text(),
    )
        .prop_map(
            |(id, title, tags, status, approval, entries, reviewer_notes)| Section {
                id: SectionId(id),
                title,
                tags,
                status,
                approval: approval.map(|(reviewer, at)| Approval { reviewer, at }),
                entries,
                reviewer_notes,
            },
        )
}

fn state_media_override() -> impl Strategy<Value = StateMediaOverride> {
    prop_oneof![
        Just(StateMediaOverride::Auto),
        text().prop_map(|reason| StateMediaOverride::Yes { reason }),
        text().prop_map(|reason| StateMediaOverride::No { reason }),
    ]
}

fn source() -> impl Strategy<Value = Source> {
    (
        (any::<u32>(), text(), text(), option::of(text()), text()),
        (option::of(day()), option::of(day()), text()),
        (
            proptest::sample::select(SourceKind::ALL.to_vec()),
            state_media_override(),
            text(),
            option::of((text(), moment())),
            proptest::sample::select(vec![
                KindOrigin::Address,
                KindOrigin::Page,
                KindOrigin::Editor,
            ]),
            option::of((proptest::sample::select(SourceKind::ALL.to_vec()), text())),
        ),
        (
            proptest::sample::subsequence(PageField::ALL.to_vec(), 0..=PageField::ALL.len()),
            option::of((text(), moment())),
            option::of((moment(), link_health())),
        ),
    )
        .prop_map(
            |(
                (id, url, title, outlet, author),
                (published, accessed, language),
                (kind, state_media, notes, verification, kind_from, page_kind),
                (fetched, archived, link),
            )| Source {
                id: SourceId(id),
                url,
                title,
                outlet,
                author,
                published,
                accessed,
                language,
                kind,
                kind_from,
                page_kind: page_kind.map(|(kind, evidence)| DeclaredKind { kind, evidence }),
                state_media,
                notes,
                verification: verification.map(|(by, at)| Verification { by, at }),
                fetched,
                archived: archived.map(|(url, taken)| ArchivedCopy { url, taken }),
                link: link.map(|(at, health)| LinkCheck { at, health }),
            },
        )
}

fn link_health() -> impl Strategy<Value = LinkHealth> {
    prop_oneof![
        any::<u16>().prop_map(|status| LinkHealth::Alive { status }),
        text().prop_map(|reason| LinkHealth::Dead { reason }),
        (text(), any::<u16>()).prop_map(|(to, status)| LinkHealth::Moved { to, status }),
    ]
}

fn policy() -> impl Strategy<Value = Policy> {
    (
        // Any finite limit round-trips, even a nonsensical one.
        prop_oneof![
            0.0f64..=1.0,
            proptest::num::f64::NORMAL | proptest::num::f64::ZERO
        ],
        proptest::sample::select(ShareMetric::ALL.to_vec()),
        proptest::sample::subsequence(Classification::ALL.to_vec(), 0..=6),
        any::<bool>(),
        (any::<bool>(), any::<bool>()),
        proptest::sample::select(vec![
            VerificationRule::NotRequired,
            VerificationRule::Warning,
            VerificationRule::Error,
        ]),
        proptest::sample::subsequence(vec!["Russia", "China", "Venezuela", "iran", "Cuba"], 0..=3),
        option::of((text(), text())),
    )
        .prop_map(
            |(
                limit,
                metric,
                state_media,
                forbid_opinion,
                (outside_is_error, unreviewed_is_error),
                verification,
                countries,
                special_edition,
            )| Policy {
                countries: countries.into_iter().map(str::to_owned).collect(),
                limit,
                metric,
                state_media,
                forbid_opinion,
                outside_period: if outside_is_error {
                    OutsidePeriodSeverity::Error
                } else {
                    OutsidePeriodSeverity::Warning
                },
                unreviewed: if unreviewed_is_error {
                    OutsidePeriodSeverity::Error
                } else {
                    OutsidePeriodSeverity::Warning
                },
                verification,
                special_edition: special_edition
                    .map(|(reason, disclaimer)| SpecialEdition { reason, disclaimer }),
            },
        )
}

fn issue() -> impl Strategy<Value = Issue> {
    (
        (text(), text(), option::of(any::<u32>()), option::of(day())),
        (
            option::of((day(), day())),
            text(),
            vec(text(), 0..3),
            text(),
        ),
        (text(), text(), policy()),
        (vec(section(), 0..12), vec(source(), 0..8)),
        vec(
            (text(), moment(), text(), any::<usize>(), vec(text(), 0..2)),
            0..2,
        ),
        vec((text(), text(), text(), text()), 0..2),
    )
        .prop_map(
            |(
                (series, title, number, published),
                (coverage, publisher, editors, language),
                (summary, disclaimer, policy),
                (sections, sources),
                overrides,
                conflicts,
            )| Issue {
                series,
                title,
                number,
                published,
                coverage: coverage.map(|(from, to)| Period { from, to }),
                publisher,
                editors,
                language,
                summary,
                disclaimer,
                policy,
                sections,
                sources,
                export_overrides: overrides
                    .into_iter()
                    .map(|(by, at, reason, errors, unapproved)| ExportOverride {
                        by,
                        at,
                        reason,
                        errors,
                        unapproved,
                    })
                    .collect(),
                conflicts: conflicts
                    .into_iter()
                    .map(|(field, base, ours, theirs)| FieldConflict {
                        field,
                        base,
                        // Both kinds of side: any text (the empty one too)
                        // and a deletion.
                        ours: Side::Value(ours),
                        theirs: if theirs.is_empty() {
                            Side::Deleted
                        } else {
                            Side::Value(theirs)
                        },
                    })
                    .collect(),
                ..Issue::default()
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn save_then_load_gives_the_same_issue(issue in issue()) {
        let text = store::to_ron(&issue).expect("every issue serializes");
        let loaded = store::from_ron(&text, Path::new("issue.ron"));
        prop_assert!(loaded.is_ok(), "{}", loaded.err().map(|e| e.to_string()).unwrap_or_default());
        prop_assert_eq!(loaded.ok(), Some(issue));
    }
}

#[test]
fn save_then_load_keeps_many_sections_through_the_disk() {
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(4));
    let many = (vec(section(), 200..400), issue()).prop_map(|(sections, mut issue)| {
        issue.sections = sections;
        issue
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("many.ron");
    runner
        .run(&many, |issue| {
            store::save(&path, &issue).expect("saves");
            prop_assert_eq!(store::load(&path).expect("loads"), issue);
            Ok(())
        })
        .expect("the property holds");
}

/// Hosts the registry knows in every classification, and some it does not.
const URLS: [&str; 10] = [
    "https://actualidad.rt.com/a",
    "https://www.telesurtv.net/b",
    "https://www.hispantv.com/c",
    "https://spanish.xinhuanet.com/d",
    "https://www.reuters.com/e",
    "https://www.efe.com/f",
    "https://www.bbc.com/mundo/g",
    "https://www.state.gov/h",
    "https://blog.example.org/i",
    "not a url",
];

/// Issues whose sources and citations are drawn from small sets so that
/// shared, repeated and dangling citations are common.
fn sourcing_issue() -> impl Strategy<Value = Issue> {
    let sources = vec(
        (
            0u32..10,
            proptest::sample::select(URLS.to_vec()),
            state_media_override(),
        ),
        0..10,
    );
    let bodies = "[a-z]{1,6}( [a-z]{1,6}){0,12}";
    let sections = vec(vec((bodies, vec(0u32..12, 0..5)), 0..6), 0..5);
    (sources, sections, policy()).prop_map(|(sources, sections, policy)| {
        let mut issue = Issue {
            policy,
            ..Issue::default()
        };
        let mut seen = BTreeSet::new();
        for (id, url, state_media) in sources {
            if seen.insert(id) {
                let mut source = Source::new(SourceId(id), url);
                source.state_media = state_media;
                issue.sources.push(source);
            }
        }
        let mut next_entry = 0;
        for (index, entries) in sections.into_iter().enumerate() {
            let mut section = Section::new(SectionId(index as u32 + 1), "S");
            for (body, cited) in entries {
                next_entry += 1;
                let mut entry = Entry::new(EntryId(next_entry), body);
                entry.citations = cited
                    .into_iter()
                    .map(|id| Citation {
                        source: SourceId(id),
                    })
                    .collect();
                section.entries.push(entry);
            }
            issue.sections.push(section);
        }
        issue
    })
}

/// The share metrics of the README ("How the share is measured") computed the
/// plain way, one entry at a time.
fn reference_shares(issue: &Issue, registry: &Registry) -> (f64, f64, f64) {
    let (mut state, mut total) = (0usize, 0usize);
    let (mut state_entries, mut cited_entries) = (0usize, 0usize);
    let (mut state_words, mut words) = (0f64, 0usize);
    for section in &issue.sections {
        for entry in &section.entries {
            let distinct: BTreeSet<u32> = entry.citations.iter().map(|c| c.source.0).collect();
            let verdicts: Vec<bool> = distinct
                .iter()
                .filter_map(|id| issue.sources.iter().find(|s| s.id.0 == *id))
                .map(|source| classify_source(source, registry, issue).is_state_media)
                .collect();
            if verdicts.is_empty() {
                continue;
            }
            let entry_state = verdicts.iter().filter(|v| **v).count();
            state += entry_state;
            total += verdicts.len();
            cited_entries += 1;
            state_entries += usize::from(entry_state > 0);
            let entry_words = word_count(&entry.body);
            words += entry_words;
            state_words += entry_words as f64 * entry_state as f64 / verdicts.len() as f64;
        }
    }
    let ratio = |a: f64, b: usize| if b == 0 { 0.0 } else { a / b as f64 };
    (
        ratio(state as f64, total),
        ratio(state_entries as f64, cited_entries),
        ratio(state_words, words),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn shares_lie_in_zero_to_one_and_match_the_reference(issue in sourcing_issue()) {
        let registry = Registry::builtin();
        let report = compliance::check(&issue, &registry);
        let (citations, entries, words) = reference_shares(&issue, &registry);
        for metric in ShareMetric::ALL {
            let share = report.shares.ratio(metric);
            prop_assert!((0.0..=1.0).contains(&share), "{metric:?} = {share}");
        }
        prop_assert!((report.shares.ratio(ShareMetric::Citations) - citations).abs() < 1e-12);
        prop_assert!((report.shares.ratio(ShareMetric::Entries) - entries).abs() < 1e-12);
        prop_assert!((report.shares.ratio(ShareMetric::Words) - words).abs() < 1e-9);
        for section in &report.sections {
            for metric in ShareMetric::ALL {
                prop_assert!((0.0..=1.0).contains(&section.shares.ratio(metric)));
            }
        }
    }

    #[test]
    fn classifying_any_text_as_a_url_or_host_never_panics(
        text in any::<String>(),
        host in "[a-zA-Z0-9.\\-\\[\\]:%@_\u{80}-\u{10FFFF}]{0,40}",
    ) {
        let registry = Registry::builtin();
        for url in [text.clone(), format!("https://{text}"), format!("https://{host}/path"), format!("http://[{host}]")] {
            let _ = normalize_url(&url);
            let _ = guess_kind(&url);
            let _ = host_of(&url);
            let _ = registry.outlet_for_url(&url);
            let source = Source::new(SourceId(1), url);
            let _ = classify_source(&source, &registry, &Issue::default());
        }
        for name in [&text, &host] {
            let _ = normalize_host(name);
            let _ = registry.outlet_for_host(name);
        }
    }
}
