//! The "already reported" findings of one entry, so that the window compares
//! again only the entry being typed in ([`Reported::entry_findings`]).

use std::path::Path;

use super::{Earlier, Reported};
use crate::compliance::{Finding, Rule, Severity};
use crate::model::{Issue, Section};
use crate::t;
use crate::text::plain_text;

impl Reported {
    /// The info findings of the `index`th entry of `section` in `issue`
    /// (read from `path`, if it is in the archive), each with the earlier
    /// entry it names: what [`Reported::findings`] gives for that entry.
    pub fn entry_findings(
        &self,
        issue: &Issue,
        section: &Section,
        index: usize,
        path: Option<&Path>,
    ) -> Vec<(Finding, Earlier)> {
        let mut out = Vec::new();
        let Some(entry) = section.entries.get(index) else {
            return out;
        };
        let locate = |mut finding: Finding| {
            finding.section = Some(section.id);
            finding.section_title = Some(section.title.clone());
            finding.entry = Some(entry.id);
            finding.entry_position = Some(index + 1);
            finding
        };
        if let Some((earlier, similarity)) =
            self.near_duplicate(&plain_text(&entry.body), issue, path)
        {
            // A whole percent, as "71%" or "71 %".
            let share = crate::i18n::local_percent((similarity * 100.0).round() / 100.0);
            let message = t!(
                "reported-near-duplicate",
                issue = &earlier.name,
                section = &earlier.section_title,
                position = earlier.position,
                share = share
            );
            let finding = Finding::new(Rule::NearDuplicateEntry, Severity::Info, message);
            out.push((locate(finding), earlier));
        }
        for citation in &entry.citations {
            let Some(source) = issue.source(citation.source) else {
                continue;
            };
            if let Some(earlier) = self.cited_before(&source.url, issue, path) {
                let message = t!(
                    "reported-already-cited",
                    issue = &earlier.name,
                    section = &earlier.section_title,
                    position = earlier.position
                );
                let mut finding = locate(Finding::new(Rule::AlreadyCited, Severity::Info, message));
                finding.source = Some(source.id);
                finding.source_url = Some(source.url.clone());
                out.push((finding, earlier));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Citation, Entry, EntryId, SectionId, Source, SourceId};

    fn issue(number: u32, text: &str, url: &str) -> Issue {
        let mut issue = Issue {
            series: "VRIC Monitor".to_owned(),
            number: Some(number),
            ..Issue::default()
        };
        issue.sources.push(Source::new(SourceId(1), url));
        let mut entry = Entry::new(EntryId(1), text);
        entry.citations.push(Citation {
            source: SourceId(1),
        });
        let mut section = Section::new(SectionId(1), "Venezuela");
        if number == 14 {
            section
                .entries
                .push(Entry::new(EntryId(2), "An entry new in this issue."));
        }
        section.entries.push(entry);
        issue.sections.push(section);
        issue
    }

    #[test]
    fn an_entrys_findings_are_those_the_whole_issue_gives_for_it() {
        let text = "Caracas and Moscow signed an energy accord on Tuesday, the ministry said in a statement.";
        let dir = tempfile::tempdir().expect("temp dir");
        let earlier = issue(13, text, "https://www.reuters.com/world/accord");
        crate::store::save(&dir.path().join("no-13.ron"), &earlier).expect("saved");
        let archive = crate::archive::Archive::open(dir.path()).expect("read");
        let reported = Reported::build(&archive.issues);
        let current = issue(14, text, "https://reuters.com/world/accord/");
        let whole = reported.findings(&current, None);
        assert_eq!(whole.len(), 2, "{whole:?}");
        let section = &current.sections[0];
        assert!(
            reported
                .entry_findings(&current, section, 0, None)
                .is_empty()
        );
        assert_eq!(reported.entry_findings(&current, section, 1, None), whole);
        assert!(
            reported
                .entry_findings(&current, section, 2, None)
                .is_empty()
        );
    }
}
