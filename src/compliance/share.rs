//! The three share metrics (README, "How the share is measured").

use crate::model::{Entry, ShareMetric, SourceId};

/// A count of state-media items out of all items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ratio {
    pub state: usize,
    pub total: usize,
}

impl Ratio {
    /// `state ÷ total`, and 0 when there is nothing to count.
    pub fn ratio(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.state as f64 / self.total as f64
        }
    }
}

/// Words of cited entries, each entry weighted by its share of state-media citations.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct WordShare {
    pub state: f64,
    pub total: usize,
}

impl WordShare {
    pub fn ratio(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.state / self.total as f64
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Shares {
    pub citations: Ratio,
    pub entries: Ratio,
    pub words: WordShare,
    /// Citations of outlets the registry does not know and no editor
    /// classified: counted as not state media until someone reviews them,
    /// so the share is told with them apart.
    pub unreviewed: usize,
}

/// How one library source counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted {
    pub state: bool,
    /// Its outlet is in no registry and the editor did not decide it.
    pub unreviewed: bool,
}

impl Shares {
    pub fn ratio(&self, metric: ShareMetric) -> f64 {
        match metric {
            ShareMetric::Citations => self.citations.ratio(),
            ShareMetric::Entries => self.entries.ratio(),
            ShareMetric::Words => self.words.ratio(),
        }
    }

    /// The figures over `entries`. `counted` says how a library source
    /// counts, or `None` when the id is not in the library: such a dangling
    /// citation cites nothing and is not counted.
    pub fn of_entries<'e>(
        entries: impl Iterator<Item = &'e Entry>,
        counted: &impl Fn(SourceId) -> Option<Counted>,
        words_of: &impl Fn(crate::model::EntryId) -> usize,
    ) -> Self {
        let mut shares = Shares::default();
        for entry in entries {
            let mut state = 0;
            let mut total = 0;
            for id in entry.cited_sources() {
                if let Some(counts) = counted(id) {
                    total += 1;
                    state += usize::from(counts.state);
                    shares.unreviewed += usize::from(counts.unreviewed);
                }
            }
            if total == 0 {
                continue;
            }
            shares.citations.state += state;
            shares.citations.total += total;
            shares.entries.total += 1;
            shares.entries.state += usize::from(state > 0);
            let words = words_of(entry.id);
            shares.words.total += words;
            shares.words.state += words as f64 * state as f64 / total as f64;
        }
        shares
    }

    /// "3 citations unreviewed", told beside the share; `None` when all are reviewed.
    pub fn unreviewed_note(&self) -> Option<String> {
        match self.unreviewed {
            0 => None,
            n => Some(crate::t!("unreviewed-citations", count = n)),
        }
    }

    /// Whether the policy's figure exceeds the limit. A share equal to the
    /// limit is compliant; the tolerance absorbs the rounding of the word sums.
    pub fn exceeds(&self, metric: ShareMetric, limit: f64) -> bool {
        self.ratio(metric) > limit + 1e-9
    }
}
