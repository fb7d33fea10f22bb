//! Colours with a meaning, in one place so every panel agrees.

use egui::Color32;

use crate::registry::Classification;

pub const STATE_MEDIA: Color32 = Color32::from_rgb(0xc6, 0x28, 0x28);
pub const GOVERNMENT: Color32 = Color32::from_rgb(0x6a, 0x1b, 0x9a);
pub const PUBLIC_SERVICE: Color32 = Color32::from_rgb(0x15, 0x65, 0xc0);
pub const INDEPENDENT: Color32 = Color32::from_rgb(0x2e, 0x7d, 0x32);
pub const UNCLASSIFIED: Color32 = Color32::from_rgb(0xb2, 0x6a, 0x00);

pub const WITHIN: Color32 = Color32::from_rgb(0x2e, 0x7d, 0x32);
pub const NEAR: Color32 = Color32::from_rgb(0xc7, 0x7c, 0x02);
pub const OVER: Color32 = Color32::from_rgb(0xc6, 0x28, 0x28);
/// A special edition over the limit on purpose: marked, not an alarm.
pub const SPECIAL_EDITION: Color32 = PUBLIC_SERVICE;

/// The chip colour of a source: state media stands out whatever its exact class.
pub fn source_colour(classification: Option<Classification>, is_state_media: bool) -> Color32 {
    if is_state_media {
        return STATE_MEDIA;
    }
    match classification {
        None => UNCLASSIFIED,
        Some(Classification::GovernmentOfficial) => GOVERNMENT,
        Some(Classification::Independent) => INDEPENDENT,
        // Public media the state funds or manages without controlling what they publish.
        Some(
            Classification::IndependentStateFundedManaged
            | Classification::IndependentStateFunded
            | Classification::IndependentStateManaged
            | Classification::IndependentPublic,
        ) => PUBLIC_SERVICE,
        // A state-controlled outlet the policy does not count.
        Some(
            Classification::StateControlled
            | Classification::CapturedPublic
            | Classification::CapturedPrivate,
        ) => GOVERNMENT,
    }
}

/// Points below the limit within which the share counts as "near".
pub const NEAR_MARGIN: f64 = 0.05;

/// Green comfortably under the limit, amber near it, red over it.
pub fn margin_colour(share: f64, limit: f64) -> Color32 {
    if share > limit + 1e-9 {
        OVER
    } else if share >= limit - NEAR_MARGIN {
        NEAR
    } else {
        WITHIN
    }
}

pub fn status_colour(status: crate::model::SectionStatus) -> Color32 {
    use crate::model::SectionStatus;
    match status {
        SectionStatus::Draft => Color32::from_rgb(0x75, 0x75, 0x75),
        SectionStatus::InReview => PUBLIC_SERVICE,
        SectionStatus::ChangesRequested => NEAR,
        SectionStatus::Approved => WITHIN,
    }
}
