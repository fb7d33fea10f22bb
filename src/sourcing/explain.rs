//! Why a source is classified as it is, in words a reviewer can check: the
//! registry outlet and domain that matched (with the registry's evidence), or
//! the editor's override, and what the policy makes of it.

use crate::model::{Policy, Source, StateMediaOverride};
use crate::registry::{Match, Origin, Registry, host_of, normalize_host};

use super::{SourceClass, classify_with_outlet};

/// The facts behind one source's classification.
#[derive(Debug, Clone)]
pub struct Explanation<'r> {
    /// The source's host, normalized, when its URL has one.
    pub host: Option<String>,
    /// The registry outlet that matched, with the domain that matched.
    pub found: Option<Match<'r>>,
    /// The decision itself, as `classify_source` makes it.
    pub class: SourceClass<'r>,
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

/// Explains `source`'s classification under `policy`.
pub fn explain<'r>(source: &Source, registry: &'r Registry, policy: &Policy) -> Explanation<'r> {
    let host = host_of(&source.url).and_then(|host| normalize_host(&host));
    let found = registry.match_url(&source.url);
    let class = classify_with_outlet(source, found.map(|m| m.outlet), policy);
    let mut lines = Vec::new();
    match (&found, &host) {
        (Some(found), _) => {
            let outlet = found.outlet;
            let country = if outlet.country.is_empty() {
                "country not given".to_owned()
            } else {
                outlet.country.clone()
            };
            lines.push(format!(
                "Registry: {} ({country}), {}",
                outlet.name,
                outlet.classification.name()
            ));
            let from = match found.origin {
                Origin::BuiltIn => "the built-in registry",
                Origin::User => "your outlets",
            };
            let host = host.as_deref().unwrap_or(found.domain);
            lines.push(format!(
                "Matched domain {} (host {host}), from {from}",
                found.domain
            ));
            if !outlet.evidence.trim().is_empty() {
                lines.push(format!("Evidence: {}", outlet.evidence.trim()));
            }
        }
        (None, Some(host)) => lines.push(format!("No registry outlet publishes on {host}")),
        (None, None) => lines.push("The URL has no host, so no outlet can match".to_owned()),
    }
    let verdict = match &source.state_media {
        StateMediaOverride::Yes { reason } => format!("Marked state media by hand: {reason}"),
        StateMediaOverride::No { reason } => format!("Marked not state media by hand: {reason}"),
        StateMediaOverride::Auto => match found.map(|m| m.outlet) {
            None => "Unclassified: classify the outlet or mark the source by hand".to_owned(),
            Some(_) if class.is_state_media => {
                "Counts as state media under this issue's policy".to_owned()
            }
            Some(outlet) if !policy.counts_as_state_media(outlet.classification) => format!(
                "Not state media: the policy does not count {}",
                outlet.classification.name()
            ),
            Some(outlet) => format!(
                "Not counted: {} is not among the policy's countries",
                outlet.country
            ),
        },
    };
    lines.push(verdict);
    Explanation {
        host,
        found,
        class,
        lines,
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
            &Policy::default(),
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
    }

    #[test]
    fn an_unknown_host_and_a_hand_override_say_so() {
        let registry = Registry::builtin();
        let unknown = explain(
            &source("https://blog.example.org/a"),
            &registry,
            &Policy::default(),
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
        let why = explain(&marked, &registry, &Policy::default());
        assert!(
            why.text()
                .contains("Marked state media by hand: Run by the embassy")
        );
        assert!(why.class.is_state_media && !why.class.is_unclassified);
    }

    #[test]
    fn the_policy_decides_what_counts() {
        let registry = Registry::builtin();
        let policy = Policy {
            countries: vec!["China".to_owned()],
            ..Policy::default()
        };
        let why = explain(&source("https://actualidad.rt.com/x"), &registry, &policy);
        assert!(!why.class.is_state_media);
        assert!(
            why.text()
                .contains("Russia is not among the policy's countries")
        );
        let bbc = explain(
            &source("https://www.bbc.com/mundo/x"),
            &registry,
            &Policy::default(),
        );
        assert!(
            bbc.text()
                .contains("the policy does not count public-service"),
            "{}",
            bbc.text()
        );
    }

    #[test]
    fn a_users_outlet_wins_and_says_it_is_theirs() {
        let mut user = UserOutlets::default();
        user.upsert(Outlet {
            name: "Blog del Ministerio".to_owned(),
            country: "Venezuela".to_owned(),
            domains: vec!["blog.example.org".to_owned()],
            classification: Classification::StateOwned,
            languages: Vec::new(),
            evidence: "Masthead names the ministry".to_owned(),
            reader_name: None,
            site_names: Vec::new(),
        });
        let registry = Registry::with_user(&Registry::builtin(), &user);
        let why = explain(
            &source("https://blog.example.org/a"),
            &registry,
            &Policy::default(),
        );
        assert!(why.text().contains("from your outlets"), "{}", why.text());
        assert!(why.class.is_state_media);
    }
}
