//! The sample issue bundled with the program, so a newcomer sees a real issue
//! at once. Its text is fictional and written for this project.

use std::path::Path;

use crate::model::Issue;
use crate::store;

/// The file text, compiled in so the binary works from any folder.
pub const SAMPLE_RON: &str = include_str!("../assets/sample-issue.ron");

/// The sample issue. A unit test loads it, so failure here is a build defect.
pub fn sample_issue() -> Issue {
    store::from_ron(SAMPLE_RON, Path::new("assets/sample-issue.ron"))
        .expect("the bundled sample issue loads")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_issue_loads_and_is_a_full_issue() {
        let issue = sample_issue();
        assert!(
            issue.sections.len() >= 4,
            "an overview and at least three actor sections"
        );
        assert!(issue.entries().count() >= 15);
        assert!(issue.sources.len() >= 25);
    }
}
