use chrono::NaiveDate;

use crate::model::{Issue, Source, StateMediaOverride};
use crate::registry::{Classification, Outlet, Rating, Registry, host_of, normalize_host};

/// What the registry and the editor's override say about one source.
#[derive(Debug, Clone, Copy)]
pub struct SourceClass<'r> {
    /// The registry outlet its host belongs to, if any.
    pub outlet: Option<&'r Outlet>,
    /// The outlet's classification on the source's day, and the record behind it.
    pub rating: Option<Rating<'r>>,
    /// Whether it counts as state media under the policy.
    pub is_state_media: bool,
    /// No outlet matched and no override decides: a reviewer should classify it.
    pub is_unclassified: bool,
}

impl SourceClass<'_> {
    pub fn classification(&self) -> Option<Classification> {
        self.rating.map(|rating| rating.classification)
    }

    /// The outlet as readers should see it: [`Self::known_outlet_name`], else
    /// the host as a name ("Elpais.com"), else the URL as written.
    pub fn outlet_name(&self, source: &Source) -> String {
        self.known_outlet_name(source)
            .or_else(|| {
                host_of(&source.url)
                    .and_then(|host| normalize_host(&host))
                    .map(|host| host_as_name(&host))
            })
            .unwrap_or_else(|| source.url.clone())
    }

    /// The outlet as editors and reviewers see it in the window and the
    /// findings: [`Self::known_outlet_name`], else the host as written
    /// ("csis.org"), which the registry would need to know.
    pub fn editor_name(&self, source: &Source) -> String {
        self.known_outlet_name(source)
            .or_else(|| host_of(&source.url).and_then(|host| normalize_host(&host)))
            .unwrap_or_else(|| source.url.clone())
    }

    /// The outlet's name when someone gave one: typed for the source, else the
    /// registry's name for readers (a site's own name, never a grouping label).
    pub fn known_outlet_name(&self, source: &Source) -> Option<String> {
        if let Some(name) = source.outlet.as_deref().filter(|n| !n.trim().is_empty()) {
            return Some(name.trim().to_owned());
        }
        let host = host_of(&source.url).and_then(|host| normalize_host(&host))?;
        self.outlet
            .and_then(|outlet| outlet.name_for_readers(&host))
            .map(str::to_owned)
    }

    /// How readers are told what kind of source this is, when it is one of
    /// the kinds the publication marks: state media by its classification,
    /// and government sites.
    pub fn reader_mark(&self) -> Option<ReaderMark> {
        let classification = self.classification();
        if self.is_state_media {
            return Some(match classification {
                Some(Classification::StateControlled) => ReaderMark::StateControlled,
                Some(Classification::CapturedPublic) => ReaderMark::StateManaged,
                Some(Classification::CapturedPrivate) => ReaderMark::StateCaptured,
                Some(Classification::GovernmentOfficial) => ReaderMark::Government,
                _ => ReaderMark::StateMedia,
            });
        }
        (classification == Some(Classification::GovernmentOfficial))
            .then_some(ReaderMark::Government)
    }
}

/// The neutral labels an export puts after a source's name; each format
/// words them in the issue's language and explains the ones it used in a
/// one-line legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReaderMark {
    /// SC: the state funds and runs it and controls its editorial line.
    StateControlled,
    /// CaPu: the state runs it and controls its editorial line.
    StateManaged,
    /// CaPr: privately owned, editorially controlled by the state.
    StateCaptured,
    /// Counted as state media by an editor's decision or a policy that
    /// counts another kind of outlet.
    StateMedia,
    Government,
}

/// A host readers can recognise as a name when nothing better is known:
/// "csis.org" → "Csis.org". Only the first letter changes; the host stays
/// a host, so a reader can still find the site.
fn host_as_name(host: &str) -> String {
    let mut chars = host.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The day a source of `issue` is classified as of: its publication date,
/// else the last day of the issue's coverage (an outlet captured later does
/// not change an older issue), else today.
pub fn classification_day(source: &Source, issue: &Issue) -> Option<NaiveDate> {
    source
        .published
        .or_else(|| issue.coverage.map(|period| period.to))
}

/// Classifies a source of `issue`: an override decides when set, otherwise
/// the outlet's classification on the source's day under the issue's
/// policy. An unknown host is not state media.
pub fn classify_source<'r>(
    source: &Source,
    registry: &'r Registry,
    issue: &Issue,
) -> SourceClass<'r> {
    classify_with_outlet(source, registry.outlet_for_url(&source.url), issue)
}

/// The same decision when the outlet of the source's host is already known.
pub fn classify_with_outlet<'r>(
    source: &Source,
    outlet: Option<&'r Outlet>,
    issue: &Issue,
) -> SourceClass<'r> {
    let policy = &issue.policy;
    let rating = outlet.map(|outlet| outlet.rating_on(classification_day(source, issue)));
    let by_registry = outlet.zip(rating).is_some_and(|(outlet, rating)| {
        policy.counts_as_state_media(rating.classification)
            && policy.covers_country(&outlet.country)
    });
    let (is_state_media, decided_by_hand) = match &source.state_media {
        StateMediaOverride::Auto => (by_registry, false),
        StateMediaOverride::Yes { .. } => (true, true),
        StateMediaOverride::No { .. } => (false, true),
    };
    SourceClass {
        outlet,
        rating,
        is_state_media,
        is_unclassified: outlet.is_none() && !decided_by_hand,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceId;

    fn source(url: &str, state_media: StateMediaOverride) -> Source {
        let mut source = Source::new(SourceId(1), url);
        source.state_media = state_media;
        source
    }

    #[test]
    fn registry_and_policy_decide_by_default() {
        let registry = Registry::builtin();
        let issue = Issue::default();
        let rt = classify_source(
            &source("https://actualidad.rt.com/x", StateMediaOverride::Auto),
            &registry,
            &issue,
        );
        assert!(rt.is_state_media && !rt.is_unclassified);
        let efe = classify_source(
            &source("https://efe.com/x", StateMediaOverride::Auto),
            &registry,
            &issue,
        );
        assert!(!efe.is_state_media && !efe.is_unclassified);
    }

    #[test]
    fn government_sites_are_not_state_media() {
        let registry = Registry::builtin();
        let issue = Issue::default();
        for url in [
            "https://www.congress.gov/bill/x",
            "https://www.state.gov/x",
            "https://mid.ru/es/x",
            "https://www.fmprc.gov.cn/esp/x",
        ] {
            let class = classify_source(&source(url, StateMediaOverride::Auto), &registry, &issue);
            assert_eq!(
                class.classification(),
                Some(Classification::GovernmentOfficial),
                "{url}"
            );
            assert!(!class.is_state_media, "{url}");
        }
    }

    #[test]
    fn a_policy_may_count_government_sites() {
        let registry = Registry::builtin();
        let mut issue = Issue::default();
        issue
            .policy
            .state_media
            .push(Classification::GovernmentOfficial);
        let class = classify_source(
            &source("https://mid.ru/es/x", StateMediaOverride::Auto),
            &registry,
            &issue,
        );
        assert!(class.is_state_media);
    }

    #[test]
    fn overrides_win_and_classify_unknown_hosts() {
        let registry = Registry::builtin();
        let issue = Issue::default();
        let reason = || "checked ownership".to_owned();
        let unknown = classify_source(
            &source("https://diario-local.example/x", StateMediaOverride::Auto),
            &registry,
            &issue,
        );
        assert!(unknown.is_unclassified && !unknown.is_state_media);
        let yes = classify_source(
            &source(
                "https://diario-local.example/x",
                StateMediaOverride::Yes { reason: reason() },
            ),
            &registry,
            &issue,
        );
        assert!(yes.is_state_media && !yes.is_unclassified);
        let no = classify_source(
            &source(
                "https://actualidad.rt.com/x",
                StateMediaOverride::No { reason: reason() },
            ),
            &registry,
            &issue,
        );
        assert!(!no.is_state_media);
    }

    #[test]
    fn readers_see_names_and_neutral_marks() {
        let registry = Registry::builtin();
        let issue = Issue::default();
        let shown = |url: &str| {
            let source = source(url, StateMediaOverride::Auto);
            let class = classify_source(&source, &registry, &issue);
            (class.outlet_name(&source), class.reader_mark())
        };
        assert_eq!(
            shown("https://www.vtv.gob.ve/a"),
            (
                "Venezolana de Televisión (VTV)".to_owned(),
                Some(ReaderMark::StateControlled)
            )
        );
        assert_eq!(
            shown("http://en.kremlin.ru/events/1"),
            ("Kremlin".to_owned(), Some(ReaderMark::Government))
        );
        assert_eq!(
            shown("https://www.unknown-daily.example/a"),
            ("Unknown-daily.example".to_owned(), None)
        );
        let mut named = source(
            "https://www.unknown-daily.example/a",
            StateMediaOverride::Auto,
        );
        named.outlet = Some("Unknown Daily".to_owned());
        let class = classify_source(&named, &registry, &issue);
        assert_eq!(class.outlet_name(&named), "Unknown Daily");
    }

    /// Globovisión was independent until its sale in 2013 and is captured
    /// private media since: its day decides, not today's record.
    #[test]
    fn a_source_is_classified_as_of_its_day() {
        let registry = Registry::builtin();
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        let mut issue = Issue::default();
        let mut old = source("https://globovision.com/a", StateMediaOverride::Auto);
        old.published = day(2012, 10, 7);
        let class = classify_source(&old, &registry, &issue);
        assert_eq!(class.classification(), Some(Classification::Independent));
        assert!(!class.is_state_media);
        let mut new = old.clone();
        new.published = day(2021, 3, 1);
        let class = classify_source(&new, &registry, &issue);
        assert_eq!(
            class.classification(),
            Some(Classification::CapturedPrivate)
        );
        assert!(class.is_state_media);
        // An undated source is classified as of the end of the issue's coverage.
        let mut undated = old.clone();
        undated.published = None;
        issue.coverage = day(2012, 10, 1)
            .zip(day(2012, 10, 15))
            .map(|(from, to)| crate::model::Period { from, to });
        assert!(!classify_source(&undated, &registry, &issue).is_state_media);
        issue.coverage = None;
        assert!(classify_source(&undated, &registry, &issue).is_state_media);
    }
}
