//! Synthetic issues for benchmarks and load tests: deterministic for a seed,
//! realistic in shape (sections, entries of about sixty words, about 1.5
//! citations each, 15–25% state media), with Unicode text and real outlet
//! domains from the registry. Not used by the program itself.

use chrono::{Days, NaiveDate};

use crate::model::{
    Citation, Entry, EntryId, Issue, Period, Section, SectionId, SectionStatus, Source, SourceId,
    SourceKind,
};
use crate::registry::Classification;

/// Sizes relative to a normal issue: `Scale(1)` has 4 sections and 22 entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale(pub usize);

const WORDS: &[&str] = &[
    "Moscú",
    "Pekín",
    "Teherán",
    "Caracas",
    "Managua",
    "La Paz",
    "Bogotá",
    "São Paulo",
    "Brasília",
    "Lima",
    "delegation",
    "agreement",
    "minister",
    "cooperation",
    "energy",
    "port",
    "loan",
    "yuan",
    "fertilizer",
    "broadcast",
    "network",
    "officials",
    "announced",
    "signed",
    "visited",
    "expanded",
    "training",
    "security",
    "investment",
    "Añez",
    "Petrobras",
    "Itamaraty",
    "the",
    "and",
    "of",
    "in",
    "with",
    "for",
    "a",
    "new",
    "regional",
    "state",
    "media",
    "reported",
    "according",
    "to",
    "its",
    "first",
    "second",
    "year",
    "—",
];

/// A deterministic issue of `scale` times a normal one.
pub fn generate(scale: Scale, seed: u64) -> Issue {
    let mut rng = fastrand::Rng::with_seed(seed);
    // Real domains of the curated layer (the outlets a Latin America monitor
    // cites), state media apart, to draw citations from.
    let registry = crate::registry::curated().unwrap_or_default();
    let mut state = Vec::new();
    let mut other = Vec::new();
    for outlet in registry.outlets() {
        let list = match outlet.classification {
            Classification::GovernmentOfficial => continue,
            class if Classification::STATE_MEDIA_BY_DEFAULT.contains(&class) => &mut state,
            _ => &mut other,
        };
        list.extend(
            outlet
                .domains
                .iter()
                .filter(|d| d.contains('.'))
                .map(String::as_str),
        );
    }
    let from = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap_or_default();
    let sections_count = 4 * scale.0;
    let entries_total = 22 * scale.0;
    let mut issue = Issue {
        series: "VRIC Monitor".to_owned(),
        title: format!("Synthetic issue ×{}", scale.0),
        number: Some(100),
        published: from.checked_add_days(Days::new(19)),
        coverage: from
            .checked_add_days(Days::new(14))
            .map(|to| Period { from, to }),
        language: "en".to_owned(),
        ..Issue::default()
    };
    let titles = [
        "Overview",
        "Russia",
        "China",
        "Iran",
        "Venezuela",
        "Regional",
    ];
    let mut next_entry = 1;
    for s in 0..sections_count {
        let mut section = Section::new(
            SectionId(s as u32 + 1),
            format!("{} {}", titles[s % titles.len()], s / titles.len() + 1),
        );
        section.status = if rng.bool() {
            SectionStatus::Approved
        } else {
            SectionStatus::InReview
        };
        // Spread the entries evenly, the remainder on the first sections.
        let count =
            entries_total / sections_count + usize::from(s < entries_total % sections_count);
        for _ in 0..count {
            let words = 50 + rng.usize(0..21);
            let mut entry = Entry::new(EntryId(next_entry), sentence(&mut rng, words));
            next_entry += 1;
            // About 1.5 citations an entry: one, sometimes two.
            let citations = if rng.bool() { 2 } else { 1 };
            for _ in 0..citations {
                let is_state = rng.f64() < 0.19;
                let domains = if is_state { &state } else { &other };
                let domain = domains[rng.usize(0..domains.len())];
                let id = SourceId(issue.sources.len() as u32 + 1);
                let mut source = Source::new(
                    id,
                    format!(
                        "https://www.{domain}/2026/11/{:02}/{}",
                        rng.u32(1..16),
                        slug(&mut rng)
                    ),
                );
                source.title = sentence(&mut rng, 8);
                source.published = from.checked_add_days(Days::new(rng.u64(0..15)));
                source.kind = if rng.f64() < 0.02 {
                    SourceKind::Opinion
                } else {
                    SourceKind::News
                };
                issue.sources.push(source);
                entry.citations.push(Citation { source: id });
            }
            section.entries.push(entry);
        }
        issue.sections.push(section);
    }
    issue
}

fn sentence(rng: &mut fastrand::Rng, words: usize) -> String {
    let mut text = String::with_capacity(words * 8);
    for i in 0..words {
        if i > 0 {
            text.push(' ');
        }
        text.push_str(WORDS[rng.usize(0..WORDS.len())]);
        if i % 17 == 16 {
            text.push('.');
        }
    }
    text.push('.');
    text
}

fn slug(rng: &mut fastrand::Rng) -> String {
    (0..5)
        .map(|_| rng.alphanumeric().to_ascii_lowercase())
        .collect::<String>()
        + "-story"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compliance::check;
    use crate::registry::Registry;

    #[test]
    fn a_normal_size_issue_has_the_shape_of_a_real_one() {
        let issue = generate(Scale(1), 7);
        assert_eq!(issue.sections.len(), 4);
        assert_eq!(issue.entries().count(), 22);
        let report = check(&issue, &Registry::builtin());
        let citations = report.shares.citations;
        let per_entry = citations.total as f64 / 22.0;
        assert!((1.2..=1.8).contains(&per_entry), "{per_entry}");
        let words = report.shares.words.total as f64 / 22.0;
        assert!((50.0..=75.0).contains(&words), "{words}");
    }

    #[test]
    fn the_hundredfold_issue_has_about_130_000_words_and_3_300_citations() {
        let issue = generate(Scale(100), 7);
        assert_eq!(issue.entries().count(), 2_200);
        let report = check(&issue, &Registry::builtin());
        assert!(
            (3_000..=3_600).contains(&report.shares.citations.total),
            "{}",
            report.shares.citations.total
        );
        assert!(
            (115_000..=150_000).contains(&report.shares.words.total),
            "{}",
            report.shares.words.total
        );
        let share = report.shares.citations.ratio();
        assert!((0.15..=0.25).contains(&share), "{share}");
    }

    #[test]
    fn the_same_seed_gives_the_same_issue() {
        assert_eq!(generate(Scale(2), 42), generate(Scale(2), 42));
        assert_ne!(generate(Scale(2), 42), generate(Scale(2), 43));
    }
}
