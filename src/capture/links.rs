//! The two things the workbench asks of a cited link: the details of its page,
//! and whether it still leads where it did.

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};

use super::fill::page_fill;
use super::http::{FetchError, Fetcher};
use super::page::read_page;
use crate::model::{LinkCheck, LinkHealth, PageFill};
use crate::registry::Registry;
use crate::t;
use crate::text::format_date;

/// What fetching a source's page gave: the fill, and what the editor should
/// know about it (two dates that disagree, a page cut at the size cap, a
/// broken JSON-LD block).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Details {
    pub fill: PageFill,
    pub notes: Vec<String>,
}

/// Fetches `url` and reads its page's metadata.
pub fn fetch_details(
    fetcher: &Fetcher,
    url: &str,
    registry: &Registry,
    today: NaiveDate,
) -> Result<Details, FetchError> {
    let fetched = fetcher.get(url, true).map_err(|failed| failed.error)?;
    if fetched.status >= 400 {
        return Err(FetchError::Status {
            status: fetched.status,
        });
    }
    if let Some(kind) = &fetched.content_type
        && !is_html(kind)
    {
        return Err(FetchError::Other(t!(
            "capture-summary-not-a-page",
            kind = kind.as_str()
        )));
    }
    let page = read_page(&fetched.text());
    let mut notes = page.problems.clone();
    let conflicting = page.conflicting_dates();
    if let (Some(taken), false) = (&page.published, conflicting.is_empty()) {
        let others: Vec<String> = conflicting
            .iter()
            .map(|d| format!("{} ({})", format_date(d.value), d.origin.name()))
            .collect();
        notes.push(t!(
            "capture-summary-dates-disagree",
            date = format_date(taken.value),
            origin = taken.origin.name(),
            others = others.join(", ")
        ));
    }
    if fetched.truncated {
        notes.push(t!(
            "capture-summary-page-cut",
            megabytes = fetcher.config().max_bytes / (1024 * 1024)
        ));
    }
    let mut fill = page_fill(&page, url, registry, today);
    let landed = fetched.final_url();
    if !same_site(url, landed) {
        // The page read is another site's: its name is not the cited
        // outlet's, and the source is classified by the address cited.
        fill.outlet = None;
        notes.push(t!("capture-summary-other-site", url = landed));
    }
    Ok(Details { fill, notes })
}

fn is_html(content_type: &str) -> bool {
    let kind = content_type.split(';').next().unwrap_or_default().trim();
    kind.eq_ignore_ascii_case("text/html") || kind.eq_ignore_ascii_case("application/xhtml+xml")
}

/// Requests `url` and says what became of it, at `now`.
pub fn check_link(fetcher: &Fetcher, url: &str, now: DateTime<Utc>) -> LinkCheck {
    let health = match fetcher.get(url, false) {
        Ok(answer) if !same_site(url, answer.final_url()) => LinkHealth::Moved {
            to: answer.final_url().to_owned(),
            status: answer.status,
        },
        Ok(answer) if answer.status >= 400 => LinkHealth::Dead {
            reason: FetchError::Status {
                status: answer.status,
            }
            .to_string(),
        },
        Ok(answer) => LinkHealth::Alive {
            status: answer.status,
        },
        // A redirect left the site before the request failed: where it went
        // matters more than that it failed (it may be a state-media host).
        // With no redirect (an address that is no web address) it went nowhere.
        Err(failed) => match failed.hops.last() {
            Some(last) if failed.hops.len() > 1 && !same_site(url, last) => LinkHealth::Moved {
                to: last.clone(),
                status: 0,
            },
            _ => LinkHealth::Dead {
                reason: failed.error.to_string(),
            },
        },
    };
    // Whole seconds: the file shows the time, not the clock's noise.
    LinkCheck {
        at: now.trunc_subsecs(0),
        health,
    }
}

/// Whether two addresses are on one site: the same host, give or take
/// `www.`, or one a subdomain of the other (`elpais.com`, `english.elpais.com`).
pub fn same_site(a: &str, b: &str) -> bool {
    let host = |url: &str| {
        url::Url::parse(url.trim())
            .ok()
            .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
    };
    match (host(a), host(b)) {
        (Some(a), Some(b)) => {
            let (a, b) = (a.trim_start_matches("www."), b.trim_start_matches("www."));
            a == b || a.ends_with(&format!(".{b}")) || b.ends_with(&format!(".{a}"))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_that_is_no_web_address_is_dead_not_moved() {
        let fetcher = Fetcher::new(crate::capture::FetchConfig {
            proxy: Some("http://127.0.0.1:9".to_owned()),
            ..Default::default()
        });
        let Ok(fetcher) = fetcher else {
            panic!("a valid proxy address");
        };
        for url in ["file:///etc/passwd", "mailto:prensa@example.org"] {
            let check = check_link(&fetcher, url, DateTime::<Utc>::MIN_UTC);
            assert!(
                matches!(&check.health, LinkHealth::Dead { reason } if reason.contains("not an http")),
                "{url}: {check:?}"
            );
        }
    }

    #[test]
    fn sites_are_hosts_give_or_take_www_and_subdomains() {
        assert!(same_site(
            "https://www.elpais.com/a",
            "https://elpais.com/b"
        ));
        assert!(same_site(
            "http://elpais.com/a",
            "https://english.elpais.com/b"
        ));
        assert!(!same_site(
            "https://example.com/a",
            "https://actualidad.rt.com/b"
        ));
        assert!(!same_site("https://notrt.com/a", "https://rt.com/b"));
        assert!(same_site("http://127.0.0.1:80/a", "http://127.0.0.1:81/b"));
    }
}
