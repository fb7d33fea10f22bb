//! The publication's sourcing policy (README, "The policy").

use serde::{Deserialize, Serialize};

use crate::registry::Classification;

/// Which share of state media decides compliance (README, "How the share is measured").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ShareMetric {
    /// State-media citations ÷ all citations.
    #[default]
    Citations,
    /// Entries with a state-media citation ÷ cited entries.
    Entries,
    /// Words of cited entries, weighted by their state-media citations.
    Words,
}

impl ShareMetric {
    pub const ALL: [ShareMetric; 3] = [Self::Citations, Self::Entries, Self::Words];

    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            Self::Citations => "citations",
            Self::Entries => "entries",
            Self::Words => "words",
        }
    }

    /// The metric's name in the interface's language.
    pub fn label(self) -> String {
        match self {
            Self::Citations => crate::t!("metric-citations"),
            Self::Entries => crate::t!("metric-entries"),
            Self::Words => crate::t!("metric-words"),
        }
    }
}

/// How the policy has a rule's breach reported: a warning, or an error that
/// holds publication back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum OutsidePeriodSeverity {
    #[default]
    Warning,
    Error,
}

impl OutsidePeriodSeverity {
    fn is_warning(&self) -> bool {
        *self == Self::Warning
    }
}

/// How citations of an outlet no registry knows and no editor classified
/// (unreviewed) are reported: a warning, or an error that blocks publication.
pub type UnreviewedSeverity = OutsidePeriodSeverity;

/// Whether cited sources must be ticked as verified, and how a missing tick is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum VerificationRule {
    #[default]
    NotRequired,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Highest compliant share, 0.0–1.0; a share equal to it is compliant.
    pub limit: f64,
    pub metric: ShareMetric,
    /// Outlet classifications that count as state media.
    #[serde(deserialize_with = "crate::registry::deserialize_policy_classes")]
    pub state_media: Vec<Classification>,
    pub forbid_opinion: bool,
    pub outside_period: OutsidePeriodSeverity,
    /// Citations of unreviewed outlets: a warning (not written) or an error.
    #[serde(default, skip_serializing_if = "OutsidePeriodSeverity::is_warning")]
    pub unreviewed: UnreviewedSeverity,
    #[serde(default)]
    pub verification: VerificationRule,
    /// Countries whose state media count; empty means every country (and is
    /// not written, so files that never narrowed the scope stay as they were).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// This issue exceeds the limit on purpose (README, "Special editions");
    /// `None` for an ordinary issue, and then not written, so files that never
    /// marked one stay as they were.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub special_edition: Option<SpecialEdition>,
}

/// The record of an issue that exceeds the limit on purpose.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecialEdition {
    /// Why this issue exceeds the limit, for reviewers and the record; the
    /// share above the limit stays an error until there is one.
    #[serde(default)]
    pub reason: String,
    /// What readers see beside the methodology note when the share is above
    /// the limit, with the note's placeholders; empty: the language's wording.
    #[serde(default)]
    pub disclaimer: String,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            limit: 0.20,
            metric: ShareMetric::Citations,
            state_media: Classification::STATE_MEDIA_BY_DEFAULT.to_vec(),
            forbid_opinion: true,
            outside_period: OutsidePeriodSeverity::Warning,
            unreviewed: UnreviewedSeverity::Warning,
            verification: VerificationRule::NotRequired,
            countries: Vec::new(),
            special_edition: None,
        }
    }
}

impl Policy {
    /// A standing disclaimer that states the policy, for a new issue or an
    /// imported draft to start from (in English; editors reword it).
    pub fn standing_disclaimer(&self) -> String {
        let limit = (self.limit * 100.0 * 10.0).round() / 10.0;
        let whose = if self.countries.is_empty() {
            String::new()
        } else {
            format!(" of {}", self.countries.join(", "))
        };
        let excluded = if self.forbid_opinion {
            "opinion pieces and anti-US or anti-West declarations"
        } else {
            "anti-US or anti-West declarations"
        };
        format!(
            "The views expressed in the cited sources are not those of the publisher. \
             State media{whose} ({}) make up at most {limit}% of this monitor's \
             sourcing; {excluded} are excluded.",
            self.counted_media()
        )
    }

    /// What the policy counts as state media, in English words: "state-controlled,
    /// captured public and captured private media" (the State Media Monitor's
    /// models in the policy, in the typology's order).
    pub fn counted_media(&self) -> String {
        let counted: Vec<&str> = Classification::ALL
            .into_iter()
            .filter(|c| self.state_media.contains(c))
            .map(Classification::adjective)
            .collect();
        match counted.as_slice() {
            [] => "no outlets".to_owned(),
            [one] => format!("{one} media"),
            [rest @ .., last] => format!("{} and {last} media", rest.join(", ")),
        }
    }

    /// The reason of a special edition, trimmed, when the issue is one and
    /// gives a reason: only then may its share exceed the limit.
    pub fn special_edition_reason(&self) -> Option<&str> {
        self.special_edition
            .as_ref()
            .map(|special| special.reason.trim())
            .filter(|reason| !reason.is_empty())
    }

    pub fn counts_as_state_media(&self, classification: Classification) -> bool {
        self.state_media.contains(&classification)
    }

    /// Whether outlets of `country` are in the policy's scope (all are when
    /// the policy names none). Compared without regard to case.
    pub fn covers_country(&self, country: &str) -> bool {
        self.countries.is_empty()
            || self
                .countries
                .iter()
                .any(|c| c.trim().eq_ignore_ascii_case(country.trim()))
    }
}
