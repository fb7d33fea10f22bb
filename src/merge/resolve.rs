//! Settles a field conflict a merge left in the issue (`Issue::conflicts`):
//! mine (what the issue holds already) or theirs (the value recorded as RON),
//! found by the conflict's field name as the merge wrote it.

use serde::de::DeserializeOwned;

use crate::model::{EntryId, Issue, SectionId, Side, SourceId};

/// Why a field conflict could not be settled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SettleError {
    #[error("no merge conflict on {0}")]
    NoConflict(String),
    #[error("their value of {field} cannot be read: {problem}")]
    Unreadable { field: String, problem: String },
}

/// Keeps mine or takes theirs for the conflict on `field`, and drops it. A
/// section or source one side deleted goes when the deleting side is chosen.
pub fn settle(issue: &mut Issue, field: &str, take_theirs: bool) -> Result<(), SettleError> {
    let index = issue
        .conflicts
        .iter()
        .position(|c| c.field == field)
        .ok_or_else(|| SettleError::NoConflict(field.to_owned()))?;
    let conflict = issue.conflicts[index].clone();
    let chosen = if take_theirs {
        &conflict.theirs
    } else {
        &conflict.ours
    };
    let unreadable = |problem: String| SettleError::Unreadable {
        field: field.to_owned(),
        problem,
    };
    if let Some(id) = object_id(field, "section ") {
        // The side chosen deleted the section; the other kept it, as the
        // issue holds it.
        if *chosen == Side::Deleted {
            issue.sections.retain(|s| s.id != SectionId(id));
        }
    } else if let Some(id) = object_id(field, "source ") {
        if *chosen == Side::Deleted {
            issue.sources.retain(|s| s.id != SourceId(id));
            for section in &mut issue.sections {
                for entry in &mut section.entries {
                    entry.citations.retain(|c| c.source != SourceId(id));
                }
            }
        }
    } else if take_theirs {
        let Side::Value(value) = chosen else {
            return Err(unreadable("a field cannot be deleted".to_owned()));
        };
        set(issue, field, value).map_err(unreadable)?;
    }
    issue.conflicts.remove(index);
    Ok(())
}

/// `N` of a whole object's conflict, "section N" or "source N".
fn object_id(field: &str, prefix: &str) -> Option<u32> {
    field.strip_prefix(prefix)?.parse().ok()
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text).map_err(|e| e.to_string())
}

/// Puts the RON `text` in the field named as the merge names it.
fn set(issue: &mut Issue, field: &str, text: &str) -> Result<(), String> {
    let unknown = || format!("the workbench does not know the field {field}");
    let Some((place, name)) = field.rsplit_once('.') else {
        match field {
            "series" => issue.series = parse(text)?,
            "title" => issue.title = parse(text)?,
            "number" => issue.number = parse(text)?,
            "published" => issue.published = parse(text)?,
            "coverage" => issue.coverage = parse(text)?,
            "publisher" => issue.publisher = parse(text)?,
            "language" => issue.language = parse(text)?,
            "summary" => issue.summary = parse(text)?,
            "disclaimer" => issue.disclaimer = parse(text)?,
            "methodology" => issue.methodology = parse(text)?,
            "quotes" => issue.quotes = parse(text)?,
            "canonical_url" => issue.canonical_url = parse(text)?,
            "licence" => issue.licence = parse(text)?,
            _ => return Err(unknown()),
        }
        return Ok(());
    };
    if place == "policy" {
        let policy = &mut issue.policy;
        match name {
            "limit" => policy.limit = parse(text)?,
            "metric" => policy.metric = parse(text)?,
            "forbid_opinion" => policy.forbid_opinion = parse(text)?,
            "outside_period" => policy.outside_period = parse(text)?,
            "unreviewed" => policy.unreviewed = parse(text)?,
            "verification" => policy.verification = parse(text)?,
            "special_edition" => policy.special_edition = parse(text)?,
            _ => return Err(unknown()),
        }
    } else if let Some(id) = object_id(place, "section ") {
        let section = issue
            .sections
            .iter_mut()
            .find(|s| s.id == SectionId(id))
            .ok_or_else(unknown)?;
        match name {
            "title" => section.title = parse(text)?,
            "status" => (section.status, section.approval) = parse(text)?,
            "reviewer_notes" => section.reviewer_notes = parse(text)?,
            _ => return Err(unknown()),
        }
    } else if let Some(id) = object_id(place, "entry ") {
        let entry = issue
            .sections
            .iter_mut()
            .flat_map(|s| s.entries.iter_mut())
            .find(|e| e.id == EntryId(id))
            .ok_or_else(unknown)?;
        match name {
            "language" => entry.language = parse(text)?,
            _ => return Err(unknown()),
        }
    } else if let Some(id) = object_id(place, "source ") {
        let source = issue.source_mut(SourceId(id)).ok_or_else(unknown)?;
        match name {
            "url" => source.url = parse(text)?,
            "title" => source.title = parse(text)?,
            "outlet" => source.outlet = parse(text)?,
            "author" => source.author = parse(text)?,
            "published" => source.published = parse(text)?,
            "accessed" => source.accessed = parse(text)?,
            "language" => source.language = parse(text)?,
            "kind" => source.kind = parse(text)?,
            "kind_from" => source.kind_from = parse(text)?,
            "page_kind" => source.page_kind = parse(text)?,
            "state_media" => source.state_media = parse(text)?,
            "notes" => source.notes = parse(text)?,
            "verification" => source.verification = parse(text)?,
            // What the page said, its archived copy and its last link check:
            // two editors who both fetched or checked links disagree here.
            "fetched" => source.fetched = parse(text)?,
            "archived" => source.archived = parse(text)?,
            "link" => source.link = parse(text)?,
            _ => return Err(unknown()),
        }
    } else {
        return Err(unknown());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_issue;

    /// Both sides change `change` differently from the sample.
    fn conflicted(change: impl Fn(&mut Issue, bool)) -> (Issue, Issue) {
        let base = sample_issue();
        let mut ours = base.clone();
        change(&mut ours, false);
        let mut theirs = base.clone();
        change(&mut theirs, true);
        (super::super::merge(&base, &ours, &theirs).issue, theirs)
    }

    #[test]
    fn a_special_edition_merges_whole_and_a_conflict_on_it_settles_either_way() {
        let special = |reason: &str| {
            Some(crate::model::SpecialEdition {
                reason: reason.to_owned(),
                disclaimer: "Readers, this edition is special.".to_owned(),
            })
        };
        let base = sample_issue();
        let mut theirs = base.clone();
        theirs.policy.special_edition = special("Anniversary issue");
        let merged = super::super::merge(&base, &base, &theirs).issue;
        assert_eq!(merged.policy.special_edition, theirs.policy.special_edition);
        assert!(merged.conflicts.is_empty());
        let (mut merged, theirs) = conflicted(|issue, theirs| {
            issue.policy.special_edition = special(if theirs { "Theirs" } else { "Mine" });
        });
        let fields: Vec<&str> = merged.conflicts.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["policy.special_edition"]);
        let mut mine = merged.clone();
        settle(&mut mine, "policy.special_edition", false).expect("settles");
        assert_eq!(mine.policy.special_edition, special("Mine"));
        settle(&mut merged, "policy.special_edition", true).expect("settles");
        assert_eq!(merged.policy.special_edition, theirs.policy.special_edition);
        assert!(merged.conflicts.is_empty());
    }

    /// Two editors who both fetched details, archived and checked links get
    /// conflicts on those fields too; each settles either way.
    #[test]
    fn what_capture_recorded_conflicts_and_settles_either_way() {
        use crate::model::{ArchivedCopy, LinkCheck, LinkHealth, PageField};
        let at = |hour| {
            chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
                .and_then(|d| d.and_hms_opt(hour, 0, 0))
                .map(|t| t.and_utc())
                .expect("a time")
        };
        let (merged, theirs) = conflicted(|issue, theirs| {
            let source = &mut issue.sources[0];
            source.fetched = if theirs {
                vec![PageField::Title]
            } else {
                vec![PageField::Author]
            };
            source.archived = Some(ArchivedCopy {
                url: format!("https://web.archive.org/web/{}", u8::from(theirs)),
                taken: at(9),
            });
            source.link = Some(LinkCheck {
                at: at(if theirs { 10 } else { 11 }),
                health: if theirs {
                    LinkHealth::Dead {
                        reason: "404".to_owned(),
                    }
                } else {
                    LinkHealth::Alive { status: 200 }
                },
            });
        });
        let id = merged.sources[0].id.0;
        let fields: Vec<String> = merged.conflicts.iter().map(|c| c.field.clone()).collect();
        for name in ["fetched", "archived", "link"] {
            let field = format!("source {id}.{name}");
            assert!(fields.contains(&field), "{field} in {fields:?}");
            for take_theirs in [false, true] {
                let mut settled = merged.clone();
                settle(&mut settled, &field, take_theirs)
                    .unwrap_or_else(|e| panic!("{field}: {e}"));
            }
        }
        let mut all_theirs = merged.clone();
        for field in &fields {
            settle(&mut all_theirs, field, true).expect("settles");
        }
        assert_eq!(all_theirs.sources[0].link, theirs.sources[0].link);
        assert_eq!(all_theirs.sources[0].archived, theirs.sources[0].archived);
        assert_eq!(all_theirs.sources[0].fetched, theirs.sources[0].fetched);
    }

    #[test]
    fn taking_theirs_puts_their_value_in_place_for_every_kind_of_field() {
        let (mut merged, theirs) = conflicted(|issue, theirs| {
            let tag = if theirs { "Theirs" } else { "Mine" };
            issue.title = format!("{tag} title");
            issue.number = Some(if theirs { 8 } else { 9 });
            issue.policy.limit = if theirs { 0.3 } else { 0.1 };
            issue.sections[0].title = format!("{tag} section");
            let source = &mut issue.sources[0];
            source.url = format!("https://example.org/{tag}");
            source.published = Some(
                chrono::NaiveDate::from_ymd_opt(2020, 1, if theirs { 2 } else { 3 }).expect("day"),
            );
        });
        let fields: Vec<String> = merged.conflicts.iter().map(|c| c.field.clone()).collect();
        assert_eq!(fields.len(), 6, "{fields:?}");
        for field in &fields {
            settle(&mut merged, field, true).expect("settles");
        }
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.title, theirs.title);
        assert_eq!(merged.number, theirs.number);
        assert_eq!(merged.policy.limit, theirs.policy.limit);
        assert_eq!(merged.sections[0].title, theirs.sections[0].title);
        assert_eq!(merged.sources[0], theirs.sources[0]);
    }

    #[test]
    fn keeping_mine_drops_the_conflict_and_a_deleted_section_goes_when_its_side_is_chosen() {
        let (mut merged, _) = conflicted(|issue, theirs| {
            issue.title = if theirs { "T" } else { "M" }.to_owned();
        });
        settle(&mut merged, "title", false).expect("settles");
        assert_eq!(merged.title, "M");
        assert!(merged.conflicts.is_empty());
        assert_eq!(
            settle(&mut merged, "title", false),
            Err(SettleError::NoConflict("title".to_owned()))
        );

        let (merged, _) = conflicted(|issue, theirs| {
            if theirs {
                issue.sections.remove(0);
            } else {
                issue.sections[0].title = "Edited".to_owned();
            }
        });
        let field = merged.conflicts[0].field.clone();
        let mut kept = merged.clone();
        settle(&mut kept, &field, false).expect("settles");
        assert_eq!(kept.sections[0].title, "Edited");
        let mut gone = merged.clone();
        settle(&mut gone, &field, true).expect("settles");
        assert!(gone.sections.iter().all(|s| s.title != "Edited"));
        assert!(gone.conflicts.is_empty());
    }

    /// A title edited to nothing is a value, not a deletion: keeping it keeps
    /// the section and its entries (format 3's empty string lost them).
    #[test]
    fn a_section_whose_title_was_emptied_is_kept_with_its_entries() {
        let (merged, _) = conflicted(|issue, theirs| {
            if theirs {
                issue.sections.remove(0);
            } else {
                issue.sections[0].title = String::new();
                issue.sections[0].entries[0].body.push_str(" Edited too.");
            }
        });
        let field = merged.conflicts[0].field.clone();
        assert_eq!(merged.conflicts[0].ours, Side::Value(String::new()));
        assert_eq!(merged.conflicts[0].theirs, Side::Deleted);
        let entries = merged.sections[0].entries.len();
        assert!(entries > 0, "the entry edited on our side is kept");
        let mut kept = merged.clone();
        settle(&mut kept, &field, false).expect("settles");
        assert_eq!(kept.sections[0].title, "");
        assert_eq!(kept.sections[0].entries.len(), entries);
        let mut gone = merged;
        settle(&mut gone, &field, true).expect("settles");
        assert_eq!(gone.sections.len(), kept.sections.len() - 1);
    }
}
