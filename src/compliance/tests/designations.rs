//! Official designations of cited outlets (README, "Official designations"):
//! named in the report, and `designated-not-state-media` when the registry
//! does not count a designated outlet.

use super::*;
use crate::registry::{Classification, Outlet, UserOutlets};

#[test]
fn the_report_names_each_cited_designated_source_and_its_acts() {
    let issue = Builder::new()
        .entry("Russia", "a", &[STATE, INDEPENDENT])
        .build();
    let report = report(&issue);
    assert_eq!(report.designated.len(), 1, "{:?}", report.designated);
    let acts: Vec<&str> = report.designated[0]
        .designations
        .iter()
        .map(|d| d.designation.act.as_str())
        .collect();
    assert_eq!(
        acts,
        [
            "Council Regulation (EU) 2022/350",
            "Foreign Missions Act designation of Rossiya Segodnya and its subsidiaries"
        ]
    );
    // The registry counts RT as state media: nothing for its keepers.
    assert!(only(&report, Rule::DesignatedNotStateMedia).is_empty());
    let json: serde_json::Value =
        serde_json::from_str(&to_json(&report, &issue.policy)).expect("valid JSON");
    let first = &json["designated"][0];
    assert_eq!(first["source_url"], STATE);
    assert_eq!(
        first["designations"][0],
        serde_json::json!({
            "outlet": "RT – Russia Today Spanish",
            "authority": "Council of the European Union",
            "act": "Council Regulation (EU) 2022/350",
            "measure": "broadcasting suspended in the EU (Annex XV to Regulation (EU) No 833/2014)",
            "date": "2022-03-01",
            "applies_from": "2022-03-02",
            "source": "https://eur-lex.europa.eu/eli/reg/2022/350/oj"
        })
    );
}

#[test]
fn an_uncited_designated_source_is_not_named() {
    let mut issue = Builder::new().entry("Russia", "a", &[INDEPENDENT]).build();
    issue
        .sources
        .push(crate::model::Source::new(SourceId(99), STATE));
    assert!(report(&issue).designated.is_empty());
}

/// A user's registry that calls RT independent contradicts two acts: the
/// finding names the first and counts the rest.
#[test]
fn a_designated_outlet_the_registry_does_not_count_is_a_finding_for_its_keepers() {
    let mut rt = Outlet::new(
        "RT en Español",
        "Russia",
        &["actualidad.rt.com"],
        Classification::Independent,
    );
    rt.evidence = "a mistaken entry".to_owned();
    let registry = Registry::with_user(
        &Registry::builtin(),
        &UserOutlets {
            outlets: vec![rt],
            hidden: Vec::new(),
        },
    );
    let issue = Builder::new().entry("Russia", "a", &[STATE]).build();
    let report = check(&issue, &registry);
    let found = only(&report, Rule::DesignatedNotStateMedia);
    assert_eq!(found.len(), 1, "{:?}", rules(&report));
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(found[0].source_url.as_deref(), Some(STATE));
    assert_eq!(
        found[0].message,
        "RT – Russia Today Spanish is designated by Council of the European Union \
         (Council Regulation (EU) 2022/350, 1 March 2022) (and 1 more), but the registry \
         classifies RT en Español as independent: the registry's keepers should review that \
         classification, as a designation is evidence of state control."
    );
}

#[test]
fn a_designated_outlet_the_registry_does_not_know_is_named_with_its_host() {
    let issue = Builder::new()
        .entry("Russia", "a", &["https://voiceofeurope.com/2024/03/x"])
        .build();
    let checked = report(&issue);
    let found = only(&checked, Rule::DesignatedNotStateMedia);
    assert_eq!(found.len(), 1, "{:?}", rules(&checked));
    assert!(
        found[0].message.starts_with(
            "Voice of Europe is designated by Council of the European Union (Council Regulation (EU) 2024/1428, 17 May 2024), but no outlet of the registry publishes on voiceofeurope.com"
        ),
        "{}",
        found[0].message
    );
    // Marked state media by hand, it counts: nothing left to say.
    let mut marked = issue.clone();
    marked.sources[0].state_media = crate::model::StateMediaOverride::Yes {
        reason: "EU 2024/1428".to_owned(),
    };
    assert!(only(&report(&marked), Rule::DesignatedNotStateMedia).is_empty());
}
