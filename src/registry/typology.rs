//! How an outlet relates to a state: the seven media models of the State
//! Media Monitor (Media and Journalism Research Center), decided by three
//! questions, plus government sites and independent outlets (README, "How a
//! source is classified").

use serde::{Deserialize, Deserializer, Serialize};

/// One answer of the State Media Monitor's three questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    /// Either answer fits the model (captured private media may or may not get state money).
    Either,
}

impl Answer {
    pub fn word(self) -> String {
        match self {
            Self::Yes => crate::t!("answer-yes"),
            Self::No => crate::t!("answer-no"),
            Self::Either => crate::t!("answer-either"),
        }
    }
}

/// The State Media Monitor's answers for one model, in its order of questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Answers {
    /// Is the outlet funded directly by the state?
    pub state_funding: Answer,
    /// Does the state control its governance and ownership?
    pub state_governance: Answer,
    /// Does the state control what it publishes?
    pub editorial_control: Answer,
}

/// An outlet's class. Files name it by its variant; older files' classes
/// (`StateOwned`, `StateAffiliated`, `PublicService`) are read as the
/// stricter model they could mean (see [`Classification::from_legacy`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "ClassName")]
pub enum Classification {
    /// SC: state funding, state governance and state editorial control.
    StateControlled,
    /// CaPu: state governance and editorial control without direct state funding.
    CapturedPublic,
    /// CaPr: privately owned, editorially controlled by the state.
    CapturedPrivate,
    /// ISFM: state-funded and state-managed, editorially independent.
    IndependentStateFundedManaged,
    /// ISF: state-funded, editorially independent.
    IndependentStateFunded,
    /// ISM: state-managed, editorially independent.
    IndependentStateManaged,
    /// IP: public media independent of the state in all three respects.
    IndependentPublic,
    /// Ministries, presidencies, embassies: not media.
    GovernmentOfficial,
    Independent,
}

impl Classification {
    /// Strictest first: the order in which ties between records are decided.
    pub const ALL: [Classification; 9] = [
        Self::StateControlled,
        Self::CapturedPublic,
        Self::CapturedPrivate,
        Self::IndependentStateFundedManaged,
        Self::IndependentStateManaged,
        Self::IndependentStateFunded,
        Self::IndependentPublic,
        Self::GovernmentOfficial,
        Self::Independent,
    ];

    /// What a policy counts as state media unless it says otherwise: the
    /// models in which the state controls what the outlet publishes.
    pub const STATE_MEDIA_BY_DEFAULT: [Classification; 3] = [
        Self::StateControlled,
        Self::CapturedPublic,
        Self::CapturedPrivate,
    ];

    /// The name in chips, filters, CSV and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Self::StateControlled => "state-controlled",
            Self::CapturedPublic => "captured-public",
            Self::CapturedPrivate => "captured-private",
            Self::IndependentStateFundedManaged => "independent-state-funded-managed",
            Self::IndependentStateFunded => "independent-state-funded",
            Self::IndependentStateManaged => "independent-state-managed",
            Self::IndependentPublic => "independent-public",
            Self::GovernmentOfficial => "government-official",
            Self::Independent => "independent",
        }
    }

    /// The name with the Monitor's code first, for narrow columns where a
    /// truncated name would hide which model it is: "ISFM · independent-…".
    pub fn label(self) -> &'static str {
        match self {
            Self::StateControlled => "SC · state-controlled",
            Self::CapturedPublic => "CaPu · captured-public",
            Self::CapturedPrivate => "CaPr · captured-private",
            Self::IndependentStateFundedManaged => "ISFM · independent-state-funded-managed",
            Self::IndependentStateFunded => "ISF · independent-state-funded",
            Self::IndependentStateManaged => "ISM · independent-state-managed",
            Self::IndependentPublic => "IP · independent-public",
            Self::GovernmentOfficial => "government-official",
            Self::Independent => "independent",
        }
    }

    /// The State Media Monitor's code, e.g. `CaPu`; `None` for the two
    /// classes the Monitor does not rate.
    pub fn code(self) -> Option<&'static str> {
        Some(match self {
            Self::StateControlled => "SC",
            Self::CapturedPublic => "CaPu",
            Self::CapturedPrivate => "CaPr",
            Self::IndependentStateFundedManaged => "ISFM",
            Self::IndependentStateFunded => "ISF",
            Self::IndependentStateManaged => "ISM",
            Self::IndependentPublic => "IP",
            Self::GovernmentOfficial | Self::Independent => return None,
        })
    }

    /// The model's full name, for tooltips and reports.
    pub fn long_name(self) -> String {
        match self {
            Self::StateControlled => crate::t!("model-state-controlled"),
            Self::CapturedPublic => crate::t!("model-captured-public"),
            Self::CapturedPrivate => crate::t!("model-captured-private"),
            Self::IndependentStateFundedManaged => crate::t!("model-independent-funded-managed"),
            Self::IndependentStateFunded => crate::t!("model-independent-funded"),
            Self::IndependentStateManaged => crate::t!("model-independent-managed"),
            Self::IndependentPublic => crate::t!("model-independent-public"),
            Self::GovernmentOfficial => crate::t!("model-government-official"),
            Self::Independent => crate::t!("model-independent"),
        }
    }

    /// The model as an adjective before "media", for policies in words:
    /// "state-controlled", "captured public", "government".
    pub fn adjective(self) -> &'static str {
        match self {
            Self::StateControlled => "state-controlled",
            Self::CapturedPublic => "captured public",
            Self::CapturedPrivate => "captured private",
            Self::IndependentStateFundedManaged => "independent state-funded and state-managed",
            Self::IndependentStateFunded => "independent state-funded",
            Self::IndependentStateManaged => "independent state-managed",
            Self::IndependentPublic => "independent public",
            Self::GovernmentOfficial => "government",
            Self::Independent => "independent",
        }
    }

    /// The three answers that decide the model; `None` outside the Monitor's models.
    pub fn answers(self) -> Option<Answers> {
        use Answer::{Either, No, Yes};
        let (state_funding, state_governance, editorial_control) = match self {
            Self::StateControlled => (Yes, Yes, Yes),
            Self::CapturedPublic => (No, Yes, Yes),
            Self::CapturedPrivate => (Either, No, Yes),
            Self::IndependentStateFundedManaged => (Yes, Yes, No),
            Self::IndependentStateFunded => (Yes, No, No),
            Self::IndependentStateManaged => (No, Yes, No),
            Self::IndependentPublic => (No, No, No),
            Self::GovernmentOfficial | Self::Independent => return None,
        };
        Some(Answers {
            state_funding,
            state_governance,
            editorial_control,
        })
    }

    /// "SC, state-controlled media: state funding yes; state governance and
    /// ownership yes; state editorial control yes", for the "why" tooltip.
    pub fn explained(self) -> String {
        match (self.code(), self.answers()) {
            (Some(code), Some(a)) => crate::t!(
                "model-explained",
                code = code,
                model = self.long_name(),
                funding = a.state_funding.word(),
                governance = a.state_governance.word(),
                editorial = a.editorial_control.word()
            ),
            _ => self.long_name(),
        }
    }

    /// Whether the Monitor rates it as media the state is tied to (every model).
    pub fn is_state_tied_media(self) -> bool {
        self.code().is_some()
    }

    /// Reads a class as people write it: the name (`captured-public`), the
    /// Monitor's code in any case (`CaPu`, `isfm`), the variant
    /// (`CapturedPublic`) or an older name (`state-owned`, see
    /// [`Self::from_legacy`]). A trailing `?` (the ASD file's `ISFM?`) is
    /// ignored.
    pub fn from_name(text: &str) -> Option<Self> {
        let text = text.trim().trim_end_matches('?').trim();
        Self::ALL
            .into_iter()
            .find(|c| {
                c.name().eq_ignore_ascii_case(text)
                    || c.code().is_some_and(|code| code.eq_ignore_ascii_case(text))
                    || format!("{c:?}") == text
            })
            .or_else(|| Self::from_legacy(text))
    }

    /// The classes of earlier versions, read as the stricter model they
    /// could mean: a state-owned outlet as state-controlled, a
    /// state-affiliated one as captured private, a public-service one as
    /// independent state-funded and state-managed.
    pub fn from_legacy(text: &str) -> Option<Self> {
        match text {
            "StateOwned" | "state-owned" => Some(Self::StateControlled),
            "StateAffiliated" | "state-affiliated" => Some(Self::CapturedPrivate),
            "PublicService" | "public-service" => Some(Self::IndependentStateFundedManaged),
            _ => None,
        }
    }

    /// What an older policy's class meant when it listed what counts as
    /// state media: state-owned media were both models of state ownership
    /// with editorial control, public-service media every independent model.
    pub fn legacy_policy_classes(text: &str) -> Option<&'static [Self]> {
        match text {
            "StateOwned" => Some(&[Self::StateControlled, Self::CapturedPublic]),
            "StateAffiliated" => Some(&[Self::CapturedPrivate]),
            "PublicService" => Some(&[
                Self::IndependentStateFundedManaged,
                Self::IndependentStateFunded,
                Self::IndependentStateManaged,
                Self::IndependentPublic,
            ]),
            _ => None,
        }
    }
}

/// Every name a file may hold for a class, today's and older ones.
#[derive(Deserialize)]
enum ClassName {
    StateControlled,
    CapturedPublic,
    CapturedPrivate,
    IndependentStateFundedManaged,
    IndependentStateFunded,
    IndependentStateManaged,
    IndependentPublic,
    GovernmentOfficial,
    Independent,
    StateOwned,
    StateAffiliated,
    PublicService,
}

impl ClassName {
    fn variant(&self) -> &'static str {
        match self {
            Self::StateOwned => "StateOwned",
            Self::StateAffiliated => "StateAffiliated",
            Self::PublicService => "PublicService",
            _ => "",
        }
    }
}

impl From<ClassName> for Classification {
    fn from(name: ClassName) -> Self {
        match name {
            ClassName::StateControlled => Self::StateControlled,
            ClassName::CapturedPublic => Self::CapturedPublic,
            ClassName::CapturedPrivate => Self::CapturedPrivate,
            ClassName::IndependentStateFundedManaged => Self::IndependentStateFundedManaged,
            ClassName::IndependentStateFunded => Self::IndependentStateFunded,
            ClassName::IndependentStateManaged => Self::IndependentStateManaged,
            ClassName::IndependentPublic => Self::IndependentPublic,
            ClassName::GovernmentOfficial => Self::GovernmentOfficial,
            ClassName::Independent => Self::Independent,
            legacy => Self::from_legacy(legacy.variant()).unwrap_or(Self::StateControlled),
        }
    }
}

/// A policy's list of what counts as state media, older names expanded to
/// every model they meant (see [`Classification::legacy_policy_classes`]).
pub fn deserialize_policy_classes<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<Classification>, D::Error> {
    let names = Vec::<ClassName>::deserialize(deserializer)?;
    let mut classes = Vec::new();
    for name in names {
        let expanded: Vec<Classification> =
            match Classification::legacy_policy_classes(name.variant()) {
                Some(models) => models.to_vec(),
                None => vec![Classification::from(name)],
            };
        for class in expanded {
            if !classes.contains(&class) {
                classes.push(class);
            }
        }
    }
    Ok(classes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_model_has_a_code_and_three_answers() {
        for class in Classification::ALL {
            assert_eq!(class.code().is_some(), class.answers().is_some());
            assert_eq!(Classification::from_name(class.name()), Some(class));
            assert!(class.label().ends_with(class.name()));
            if let Some(code) = class.code() {
                assert_eq!(Classification::from_name(code), Some(class));
                assert!(class.label().starts_with(&format!("{code} · ")));
            }
        }
        assert_eq!(
            Classification::from_name("ISFM?"),
            Some(Classification::IndependentStateFundedManaged)
        );
        assert!(
            Classification::StateControlled
                .explained()
                .contains("state editorial control yes")
        );
    }

    #[test]
    fn older_names_read_as_the_stricter_model() {
        let outlet: Classification = ron::from_str("StateOwned").expect("reads");
        assert_eq!(outlet, Classification::StateControlled);
        assert_eq!(
            Classification::from_name("state-affiliated"),
            Some(Classification::CapturedPrivate)
        );
        #[derive(Deserialize)]
        struct Policy {
            #[serde(deserialize_with = "deserialize_policy_classes")]
            state_media: Vec<Classification>,
        }
        let policy: Policy =
            ron::from_str("(state_media: [StateControlled, StateOwned, StateAffiliated])")
                .expect("reads");
        assert_eq!(
            policy.state_media,
            vec![
                Classification::StateControlled,
                Classification::CapturedPublic,
                Classification::CapturedPrivate
            ]
        );
    }
}
