//! Why a source is classified as it is, in words a reviewer can check: the
//! registry outlet and domain that matched (with the registry's evidence), or
//! the editor's override, and what the issue's policy makes of it.

use chrono::NaiveDate;

use crate::model::{Issue, Source, StateMediaOverride};
use crate::registry::{
    Designated, Designations, Match, Origin, REFERENCE_NAME, Rating, Registry, host_of,
    normalize_host,
};

use super::{SourceClass, classification_day, classify_with_outlet};
use crate::i18n::long_date;
use crate::t;

/// The facts behind one source's classification.
#[derive(Debug, Clone)]
pub struct Explanation<'r> {
    /// The source's host, normalized, when its URL has one.
    pub host: Option<String>,
    /// The registry outlet that matched, with the domain that matched.
    pub found: Option<Match<'r>>,
    /// The decision itself, as `classify_source` makes it.
    pub class: SourceClass<'r>,
    /// Who decided the classification and for which period ("ASD State
    /// Media Profiles …, since …"), when a registry record decided it.
    pub decided_by: Option<String>,
    /// Official designations of the outlet at the source's address.
    pub designations: Vec<Designated<'static>>,
    lines: Vec<String>,
}

impl Explanation<'_> {
    /// The explanation as short lines, for a tooltip or the source editor.
    pub fn lines(&self) -> &[String] {
        &self.lines
    }

    pub fn text(&self) -> String {
        self.lines.join("\n")
    }
}

/// Explains `source`'s classification in `issue`: the outlet, its model on
/// the source's day and the record that decided it, and the policy's verdict.
pub fn explain<'r>(source: &Source, registry: &'r Registry, issue: &Issue) -> Explanation<'r> {
    let policy = &issue.policy;
    let host = host_of(&source.url).and_then(|host| normalize_host(&host));
    let found = registry.match_url(&source.url);
    let class = classify_with_outlet(source, found.map(|m| m.outlet), issue);
    let mut lines = Vec::new();
    let mut record = None;
    match (&found, &host, class.rating) {
        (Some(found), _, Some(rating)) => {
            let outlet = found.outlet;
            let country = if outlet.country.is_empty() {
                t!("explain-country-not-given")
            } else {
                outlet.country.clone()
            };
            let model = rating.classification;
            lines.push(t!(
                "explain-registry",
                outlet = &outlet.name,
                country = country,
                model = model.name()
            ));
            if model.code().is_some() {
                lines.push(t!("explain-model", model = model.explained()));
            }
            let layer = match found.origin {
                Origin::BuiltIn if outlet.decided_by.starts_with(REFERENCE_NAME) => {
                    t!("explain-layer-reference")
                }
                Origin::BuiltIn => t!("explain-layer-curated"),
                Origin::User => t!("explain-layer-user"),
            };
            let decided_by = if rating.decided_by.trim().is_empty() {
                layer.as_str()
            } else {
                rating.decided_by.trim()
            };
            let decided_by = format!(
                "{decided_by}{}",
                period(&rating, classification_day(source, issue))
            );
            lines.push(t!("explain-decided-by", decided = &decided_by));
            record = Some(decided_by);
            let host = host.as_deref().unwrap_or(found.domain);
            lines.push(t!(
                "explain-matched-domain",
                domain = found.domain,
                host = host,
                layer = layer
            ));
            if let Some(correction) = &outlet.corrects {
                lines.push(t!("explain-corrects", correction = correction));
            }
            if !rating.evidence.trim().is_empty() {
                lines.push(t!("explain-evidence", evidence = rating.evidence.trim()));
            }
        }
        (None, Some(host), _) => lines.push(t!("explain-no-outlet", host = host)),
        _ => lines.push(
            match url::Url::parse(source.url.trim())
                .ok()
                .and_then(|url| url.host().map(|h| h.to_string()))
            {
                // An address such as 127.0.0.1 names a machine, not a publisher.
                Some(address) => t!("explain-host-is-address", address = address),
                None => t!("explain-no-host"),
            },
        ),
    }
    let designations = Designations::builtin().for_url(&source.url);
    lines.extend(
        designations
            .iter()
            .map(|designated| t!("explain-designated", designation = designated.describe())),
    );
    let verdict = match &source.state_media {
        StateMediaOverride::Yes { reason } => t!("explain-marked-state-media", reason = reason),
        StateMediaOverride::No { reason } => {
            t!("explain-marked-not-state-media", reason = reason)
        }
        StateMediaOverride::Auto => match (found.map(|m| m.outlet), class.rating) {
            (Some(outlet), Some(rating)) => {
                if class.is_state_media {
                    t!("explain-counts-as-state-media")
                } else if !policy.counts_as_state_media(rating.classification) {
                    t!(
                        "explain-model-not-counted",
                        model = rating.classification.name()
                    )
                } else {
                    t!("explain-country-not-counted", country = &outlet.country)
                }
            }
            _ => t!("explain-unclassified"),
        },
    };
    lines.push(verdict);
    Explanation {
        host,
        found,
        class,
        decided_by: record,
        designations,
        lines,
    }
}

/// ", since 1 May 2013 (the classification on the source's day, 3 March
/// 2021)" for a dated record; nothing for one that always held.
fn period(rating: &Rating<'_>, day: Option<NaiveDate>) -> String {
    let span = match (rating.from, rating.until) {
        (None, None) => return String::new(),
        (Some(from), None) => t!("explain-since", from = long_date(from)),
        (None, Some(until)) => t!("explain-until", until = long_date(until)),
        (Some(from), Some(until)) => t!(
            "explain-from-to",
            from = long_date(from),
            to = long_date(until)
        ),
    };
    match day {
        Some(day) => format!(
            ", {}",
            t!("explain-as-of", span = span, day = long_date(day))
        ),
        None => format!(", {span}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceId;
    use crate::registry::{Classification, Outlet, UserOutlets};

    fn source(url: &str) -> Source {
        Source::new(SourceId(1), url)
    }

    #[test]
    fn a_registry_match_names_outlet_domain_origin_and_evidence() {
        let registry = Registry::builtin();
        let why = explain(
            &source("https://actualidad.rt.com/x"),
            &registry,
            &Issue::default(),
        );
        let text = why.text();
        assert!(
            text.contains("RT en Español (Russia), state-controlled"),
            "{text}"
        );
        assert!(text.contains("host actualidad.rt.com"), "{text}");
        assert!(text.contains("from the built-in registry"), "{text}");
        assert!(text.contains("Evidence: "), "{text}");
        assert!(text.ends_with("Counts as state media under this issue's policy"));
        assert!(why.class.is_state_media);
        // Who decided is the evidence's own source, not one line for all.
        assert!(
            text.contains("Decided by: ASD's State Media Profiles (February 2024), checked by the Monitor Workbench editors"),
            "{text}"
        );
    }

    /// The official acts that designated the outlet, each on its line.
    #[test]
    fn a_designated_outlet_names_its_designations() {
        let registry = Registry::builtin();
        let why = explain(
            &source("https://actualidad.rt.com/x"),
            &registry,
            &Issue::default(),
        );
        let designated: Vec<&String> = why
            .lines()
            .iter()
            .filter(|line| line.starts_with("Designated: "))
            .collect();
        assert_eq!(
            designated,
            [
                "Designated: Council of the European Union, Council Regulation (EU) 2022/350, 1 March 2022 (in force 2 March 2022): RT – Russia Today Spanish, broadcasting suspended in the EU (Annex XV to Regulation (EU) No 833/2014)",
                "Designated: US Department of State, Foreign Missions Act designation of Rossiya Segodnya and its subsidiaries, 13 September 2024: RT, designated foreign missions (Foreign Missions Act): effectively controlled by the government of Russia",
            ]
        );
        assert_eq!(why.designations.len(), 2);
        let reuters = explain(
            &source("https://www.reuters.com/x"),
            &registry,
            &Issue::default(),
        );
        assert!(reuters.designations.is_empty());
        assert!(!reuters.text().contains("Designated"));
    }

    #[test]
    fn an_address_instead_of_a_domain_is_named() {
        let registry = Registry::builtin();
        let why = explain(
            &source("http://127.0.0.1:8765/story.html"),
            &registry,
            &Issue::default(),
        );
        assert!(
            why.text()
                .contains("The URL's host is the address 127.0.0.1, not a domain"),
            "{}",
            why.text()
        );
        let none = explain(&source("not a url"), &registry, &Issue::default());
        assert!(
            none.text().contains("The URL has no host"),
            "{}",
            none.text()
        );
    }

    #[test]
    fn an_unknown_host_and_a_hand_override_say_so() {
        let registry = Registry::builtin();
        let unknown = explain(
            &source("https://blog.example.org/a"),
            &registry,
            &Issue::default(),
        );
        assert!(
            unknown
                .text()
                .contains("No registry outlet publishes on blog.example.org")
        );
        assert!(unknown.class.is_unclassified);
        let mut marked = source("https://blog.example.org/a");
        marked.state_media = StateMediaOverride::Yes {
            reason: "Run by the embassy".to_owned(),
        };
        let why = explain(&marked, &registry, &Issue::default());
        assert!(
            why.text()
                .contains("Marked state media by hand: Run by the embassy")
        );
        assert!(why.class.is_state_media && !why.class.is_unclassified);
    }

    #[test]
    fn the_policy_decides_what_counts() {
        let registry = Registry::builtin();
        let mut issue = Issue::default();
        issue.policy.countries = vec!["China".to_owned()];
        let why = explain(&source("https://actualidad.rt.com/x"), &registry, &issue);
        assert!(!why.class.is_state_media);
        assert!(
            why.text()
                .contains("Russia is not among the policy's countries")
        );
        let bbc = explain(
            &source("https://www.bbc.com/mundo/x"),
            &registry,
            &Issue::default(),
        );
        assert!(
            bbc.text()
                .contains("the policy does not count independent-public"),
            "{}",
            bbc.text()
        );
    }

    #[test]
    fn a_users_outlet_wins_and_says_it_is_theirs() {
        let mut user = UserOutlets::default();
        user.upsert(Outlet {
            evidence: "Masthead names the ministry".to_owned(),
            ..Outlet::new(
                "Blog del Ministerio",
                "Venezuela",
                &["blog.example.org"],
                Classification::CapturedPublic,
            )
        });
        let registry = Registry::with_user(&Registry::builtin(), &user);
        let why = explain(
            &source("https://blog.example.org/a"),
            &registry,
            &Issue::default(),
        );
        assert!(why.text().contains("from your outlets"), "{}", why.text());
        assert!(why.class.is_state_media);
    }

    #[test]
    fn a_dated_record_says_who_decided_and_for_which_period() {
        let registry = Registry::builtin();
        let mut old = source("https://globovision.com/a");
        old.published = chrono::NaiveDate::from_ymd_opt(2012, 10, 7);
        let text = explain(&old, &registry, &Issue::default()).text();
        assert!(
            text.contains("Globovisión (Venezuela), independent"),
            "{text}"
        );
        assert!(
            text.contains("until 30 April 2013 (as of 7 October 2012, the source's day)"),
            "{text}"
        );
        let rt = explain(
            &source("https://actualidad.rt.com/x"),
            &registry,
            &Issue::default(),
        );
        let text = rt.text();
        assert!(
            text.contains("Model: SC, state-controlled media: direct state funding yes"),
            "{text}"
        );
        let ard = explain(
            &source("https://www.ard.de/x"),
            &registry,
            &Issue::default(),
        )
        .text();
        assert!(
            ard.contains("Decided by: ASD State Media Profiles (SMM typology), February 2024"),
            "{ard}"
        );
        assert!(ard.contains("from the State Media Profiles (ASD)"), "{ard}");
    }
}
