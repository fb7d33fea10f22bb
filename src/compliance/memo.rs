//! Results that depend only on one text or one URL, kept between checks so
//! that after a keystroke the engine recounts one entry instead of all of
//! them. A pure `check` starts from an empty memo; the window keeps one.

use std::collections::{HashMap, HashSet};

use rayon::prelude::*;

use crate::model::{EntryId, Issue};
use url::Url;

use crate::registry::{Designated, Designations, Registry, domain_of, normalize_host};
use crate::sourcing::{is_web_parsed_url, normalize_parsed_url};
use crate::text::word_count;

/// What the rules need to know of a URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct UrlFacts {
    /// Index of its outlet in the registry.
    pub outlet: Option<usize>,
    /// The form duplicates are found by.
    pub normalized: Option<String>,
    /// An absolute http(s) URL with a host.
    pub web: bool,
    /// The host without `www.`, for messages.
    pub host: Option<String>,
    /// The official acts that designated the outlet at this host, oldest
    /// first (looked up once per URL: a check runs on every keystroke).
    pub designations: Vec<Designated<'static>>,
}

impl UrlFacts {
    fn of(url: &str, registry: &Registry) -> Self {
        // Parsed once: a large issue has thousands of URLs.
        let Ok(parsed) = Url::parse(url.trim()) else {
            return Self::default();
        };
        let domain = domain_of(&parsed);
        Self {
            outlet: domain.and_then(|host| registry.index_for_host(host)),
            normalized: normalize_parsed_url(&parsed),
            // A URL with spaces around it is not what the editor meant to store.
            web: url.trim() == url && is_web_parsed_url(&parsed),
            // An address (127.0.0.1, [::1]) has no domain but is still named.
            host: domain
                .and_then(normalize_host)
                .or_else(|| parsed.host_str().map(str::to_owned)),
            designations: domain
                .map(|host| Designations::builtin().for_host(host))
                .unwrap_or_default(),
        }
    }
}

/// Keyed by whole texts, hashed on every keystroke: foldhash reads a long
/// text several times faster than the standard library's SipHash (which
/// defends against chosen keys, not a concern for one's own issue).
type TextMap<V> = foldhash::HashMap<String, V>;

#[derive(Debug, Default)]
pub struct Memo {
    words: TextMap<usize>,
    urls: TextMap<UrlFacts>,
    /// Entries looked up since the last prune; older ones are dropped then.
    used_words: usize,
    /// A memo for one check only keeps no copy of the texts it counted:
    /// copying every entry of a large issue cost more than counting it.
    one_check: bool,
}

impl Memo {
    /// A memo that serves one check and is then dropped (`compliance::check`).
    pub(crate) fn for_one_check() -> Self {
        Self {
            one_check: true,
            ..Self::default()
        }
    }

    /// Unicode words (as `text::word_count`) of every entry of `issue`, by
    /// entry. Bodies not seen before are counted on all cores when there are
    /// many (opening or exporting a large issue), and remembered: after a
    /// keystroke only the edited entry is counted again.
    pub fn entry_words(&mut self, issue: &Issue) -> HashMap<EntryId, usize> {
        let mut counts =
            HashMap::with_capacity(issue.sections.iter().map(|s| s.entries.len()).sum());
        let mut missing: Vec<(EntryId, &str)> = Vec::new();
        for (_, entry) in issue.entries() {
            match self.words.get(entry.body.as_str()) {
                Some(&count) => {
                    counts.insert(entry.id, count);
                }
                None => missing.push((entry.id, &entry.body)),
            }
        }
        self.used_words += counts.len() + missing.len();
        let counted = in_parallel(&missing, |(_, body)| word_count(body));
        for ((id, body), count) in missing.into_iter().zip(counted) {
            counts.insert(id, count);
            if !self.one_check {
                self.words.insert(body.to_owned(), count);
            }
        }
        counts
    }

    /// Reads every source URL of `issue` the memo does not know yet, on all
    /// cores when there are many.
    pub(crate) fn learn_urls(&mut self, issue: &Issue, registry: &Registry) {
        let missing: Vec<&str> = issue
            .sources
            .iter()
            .map(|source| source.url.as_str())
            .filter(|url| !self.urls.contains_key(*url))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        let read = in_parallel(&missing, |url| UrlFacts::of(url, registry));
        self.urls
            .extend(missing.into_iter().map(str::to_owned).zip(read));
    }

    /// The facts of a URL learnt before.
    pub(crate) fn url(&self, url: &str) -> Option<&UrlFacts> {
        self.urls.get(url)
    }

    /// Forgets texts no longer in use once they outnumber the live ones, so
    /// typing (a new text per keystroke) does not grow the memo forever.
    pub(crate) fn prune(&mut self, issue: &Issue) {
        let live = std::mem::take(&mut self.used_words);
        if self.words.len() <= 2 * live.max(64) {
            return;
        }
        let bodies: HashSet<&str> = issue
            .entries()
            .map(|(_, entry)| entry.body.as_str())
            .collect();
        self.words.retain(|body, _| bodies.contains(body.as_str()));
        let urls: HashSet<&str> = issue
            .sources
            .iter()
            .map(|source| source.url.as_str())
            .collect();
        self.urls.retain(|url, _| urls.contains(url.as_str()));
    }
}

/// `work` done for each item, on all cores when there are enough items to
/// pay for it (below that, handing work to threads costs more than it saves).
fn in_parallel<I: Sync, T: Send>(items: &[I], work: impl Fn(&I) -> T + Sync) -> Vec<T> {
    const WORTH_SHARING: usize = 64;
    if items.len() < WORTH_SHARING {
        items.iter().map(work).collect()
    } else {
        items.par_iter().map(&work).collect()
    }
}
