//! Results that depend only on one text or one URL, kept between checks so
//! that after a keystroke the engine recounts one entry instead of all of
//! them. A pure `check` starts from an empty memo; the window keeps one.

use std::collections::{HashMap, HashSet};

use crate::model::Issue;
use crate::registry::{Registry, host_of, normalize_host};
use crate::sourcing::{is_web_url, normalize_url};
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
}

impl UrlFacts {
    fn of(url: &str, registry: &Registry) -> Self {
        Self {
            outlet: registry.index_for_url(url),
            normalized: normalize_url(url),
            web: is_web_url(url),
            host: host_of(url).and_then(|host| normalize_host(&host)),
        }
    }
}

#[derive(Debug, Default)]
pub struct Memo {
    words: HashMap<String, usize>,
    urls: HashMap<String, UrlFacts>,
    /// Entries looked up since the last prune; older ones are dropped then.
    used_words: usize,
}

impl Memo {
    /// Unicode words of an entry body (as `text::word_count`), remembered.
    pub fn words(&mut self, body: &str) -> usize {
        self.used_words += 1;
        if let Some(&count) = self.words.get(body) {
            return count;
        }
        let count = word_count(body);
        self.words.insert(body.to_owned(), count);
        count
    }

    /// Learns the facts of `url` if they are not known yet.
    pub(crate) fn learn_url(&mut self, url: &str, registry: &Registry) {
        if !self.urls.contains_key(url) {
            self.urls
                .insert(url.to_owned(), UrlFacts::of(url, registry));
        }
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
