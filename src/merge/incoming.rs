//! What came in with theirs: counted against the base, for a window to say
//! in words what a merge brought ("3 entries changed by them, 1 conflict").

use std::collections::{HashMap, HashSet};

use crate::model::Issue;

/// Theirs compared with the base: what the other side changed or added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Incoming {
    /// Entries in both whose text theirs changed.
    pub entries_changed: usize,
    pub entries_added: usize,
    pub sections_added: usize,
    pub sources_added: usize,
}

impl Incoming {
    pub fn of(base: &Issue, theirs: &Issue) -> Self {
        let bodies: HashMap<_, _> = base
            .entries()
            .map(|(_, e)| (e.id, e.body.as_str()))
            .collect();
        let mut incoming = Self::default();
        for (_, entry) in theirs.entries() {
            match bodies.get(&entry.id) {
                Some(body) if *body != entry.body => incoming.entries_changed += 1,
                Some(_) => {}
                None => incoming.entries_added += 1,
            }
        }
        let sections: HashSet<_> = base.sections.iter().map(|s| s.id).collect();
        incoming.sections_added = theirs
            .sections
            .iter()
            .filter(|s| !sections.contains(&s.id))
            .count();
        let sources: HashSet<_> = base.sources.iter().map(|s| s.id).collect();
        incoming.sources_added = theirs
            .sources
            .iter()
            .filter(|s| !sources.contains(&s.id))
            .count();
        incoming
    }

    /// "Merged their changes: 3 entries changed by them, 1 conflict to resolve".
    pub fn describe(&self, conflicts: usize) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut parts = Vec::new();
        if self.entries_changed > 0 {
            parts.push(format!(
                "{} changed by them",
                plural(self.entries_changed, "entry", "entries")
            ));
        }
        for (n, one, many) in [
            (self.entries_added, "entry", "entries"),
            (self.sections_added, "section", "sections"),
            (self.sources_added, "source", "sources"),
        ] {
            if n > 0 {
                parts.push(format!("{} added", plural(n, one, many)));
            }
        }
        if parts.is_empty() {
            parts.push("no entry, section or source changed by them".to_owned());
        }
        if conflicts > 0 {
            parts.push(format!(
                "{} to resolve",
                plural(conflicts, "conflict", "conflicts")
            ));
        } else {
            parts.push("no conflict".to_owned());
        }
        format!("Merged their changes: {}", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entry, EntryId};
    use crate::sample::sample_issue;

    #[test]
    fn counts_what_theirs_changed_and_added_against_the_base() {
        let base = sample_issue();
        let mut theirs = base.clone();
        theirs.sections[0].entries[0].body.push_str(" More.");
        theirs.sections[1].entries[0].body.push_str(" More.");
        theirs.sections[1]
            .entries
            .push(Entry::new(EntryId(9000), "New."));
        let incoming = Incoming::of(&base, &theirs);
        assert_eq!(
            incoming,
            Incoming {
                entries_changed: 2,
                entries_added: 1,
                sections_added: 0,
                sources_added: 0,
            }
        );
        assert_eq!(
            incoming.describe(1),
            "Merged their changes: 2 entries changed by them, 1 entry added, 1 conflict to resolve"
        );
        assert_eq!(
            Incoming::of(&base, &base).describe(0),
            "Merged their changes: no entry, section or source changed by them, no conflict"
        );
    }
}
