//! Web addresses as editors paste them into a "cite a URL" field: one link, a
//! link copied without its scheme, a list of links, or prose with links in it.

use url::{Host, Url};

use super::{is_web_url, normalize_url, urls_in};
use crate::text::excerpt;

/// How much of the pasted text an error message quotes.
const QUOTE_CHARS: usize = 60;

/// Schemes that are plainly links, just not to web pages: named as such in
/// the error rather than called "not an address".
const OTHER_SCHEMES: &[&str] = &[
    "about",
    "blob",
    "chrome",
    "data",
    "feed",
    "file",
    "ftp",
    "ftps",
    "geo",
    "git",
    "irc",
    "ircs",
    "javascript",
    "magnet",
    "mailto",
    "news",
    "nntp",
    "sftp",
    "sms",
    "ssh",
    "tel",
    "urn",
    "webcal",
    "ws",
    "wss",
];

/// Why a paste gives nothing to cite; the messages speak to the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasteError {
    Empty,
    NotWeb { scheme: String, text: String },
    NotUrl { text: String },
}

impl std::fmt::Display for PasteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Empty => crate::t!("paste-empty"),
            Self::NotWeb { text, .. } => crate::t!("paste-not-web", text = text),
            Self::NotUrl { text } => crate::t!("paste-not-url", text = text),
        })
    }
}

impl std::error::Error for PasteError {}

/// The web addresses an editor pasted into a "cite a URL" field, each ready to
/// store: one URL, a URL without its scheme, or several at once. In order,
/// each article once (by [`normalize_url`]).
///
/// A paste made only of addresses and list marks has its scheme-less
/// addresses completed with `https://`. In prose only links with a scheme
/// count: a bare "Node.js" there is a word, not a site.
pub fn pasted_urls(text: &str) -> Result<Vec<String>, PasteError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PasteError::Empty);
    }
    let mut urls = Vec::new();
    let mut prose = false;
    let mut not_web = None;
    for word in text.split_whitespace() {
        match piece(word) {
            Piece::Urls(found) => urls.extend(found),
            Piece::Mark => {}
            Piece::NotWeb { scheme, address } => {
                prose = true;
                not_web.get_or_insert((scheme, address));
            }
            Piece::Word => prose = true,
        }
    }
    if prose {
        let linked = unique(urls_in(text).into_iter().map(tidy).collect());
        if !linked.is_empty() {
            return Ok(linked);
        }
        return Err(match not_web {
            Some((scheme, address)) => PasteError::NotWeb {
                scheme,
                text: excerpt(address, QUOTE_CHARS),
            },
            None => PasteError::NotUrl {
                text: excerpt(text, QUOTE_CHARS),
            },
        });
    }
    let urls = unique(urls);
    if urls.is_empty() {
        return Err(PasteError::NotUrl {
            text: excerpt(text, QUOTE_CHARS),
        });
    }
    Ok(urls)
}

/// One whitespace-separated word of a paste.
enum Piece<'a> {
    /// Web addresses, complete with scheme.
    Urls(Vec<String>),
    /// A bullet, dash or list number: layout, not content.
    Mark,
    /// A link with a scheme other than http and https.
    NotWeb { scheme: String, address: &'a str },
    /// Anything else: the paste is prose.
    Word,
}

fn piece(word: &str) -> Piece<'_> {
    if is_list_mark(word) {
        return Piece::Mark;
    }
    let found = urls_in(word);
    if !found.is_empty() {
        return Piece::Urls(found.into_iter().map(tidy).collect());
    }
    let address = unwrap_address(word);
    if let Some(scheme) = other_scheme(address) {
        return Piece::NotWeb { scheme, address };
    }
    match complete_bare_address(address) {
        Some(url) => Piece::Urls(vec![url]),
        None => Piece::Word,
    }
}

/// Bullets and dashes ("-", "•", "—"), any word without a letter or digit,
/// and list numbers ("1.", "2)", "(3)").
fn is_list_mark(word: &str) -> bool {
    if !word.chars().any(char::is_alphanumeric) {
        return true;
    }
    let number = word
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
        .or_else(|| word.strip_suffix(['.', ')']));
    number.is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The address inside quotes, angle brackets or parentheses, without the
/// punctuation of the sentence around it: `<reuters.com/x>,` → `reuters.com/x`.
fn unwrap_address(word: &str) -> &str {
    let mut address = word.trim_start_matches(['<', '(', '[', '{', '"', '\'', '“', '‘', '«']);
    loop {
        let before = address.len();
        address = address.trim_end_matches([
            '>', ']', '}', '"', '\'', '”', '’', '»', '.', ',', ';', ':', '!', '?',
        ]);
        // A closing parenthesis stays when it closes one opened inside the
        // address, as in Wikipedia's `Chancay_(port)`.
        if address.ends_with(')') && address.matches('(').count() < address.matches(')').count() {
            address = &address[..address.len() - 1];
        }
        if address.len() == before {
            return address;
        }
    }
}

/// The scheme of a link that is not to a web page (`mailto`, `ftp`, …).
fn other_scheme(address: &str) -> Option<String> {
    let (scheme, rest) = address.split_once(':')?;
    let mut chars = scheme.chars();
    let well_formed = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    let scheme = scheme.to_ascii_lowercase();
    if !well_formed || scheme == "http" || scheme == "https" {
        return None;
    }
    // "reuters.com:8080/x" reads as scheme "reuters.com": only `//` or a
    // known scheme makes it a link.
    (rest.starts_with("//") || OTHER_SCHEMES.contains(&scheme.as_str())).then_some(scheme)
}

/// `https://` + an address typed or copied without its scheme, if it names a
/// site: a host with a dot whose last label is letters (`reuters.com`, not
/// `localhost`, `1.5` or `e.g`).
fn complete_bare_address(address: &str) -> Option<String> {
    // Protocol-relative links ("//cdn.x.com/a") keep their slashes off.
    let address = address.strip_prefix("//").unwrap_or(address);
    if address.contains("://") {
        return None;
    }
    let url = format!("https://{address}");
    if !is_web_url(&url) {
        return None;
    }
    let parsed = Url::parse(&url).ok()?;
    // "desk@efe.com" would parse as a user at a host: it is an e-mail address.
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return None;
    }
    let Some(Host::Domain(host)) = parsed.host() else {
        return None;
    };
    let labels: Vec<&str> = host.split('.').collect();
    let labels_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    let top = labels.last()?;
    // Internationalised top-level domains arrive in Punycode ("xn--p1ai").
    let top_ok =
        (top.len() >= 2 && top.bytes().all(|b| b.is_ascii_alphabetic())) || top.starts_with("xn--");
    (labels_ok && top_ok).then_some(url)
}

/// A link without the typographic closing quotes that `urls_in` (linkify)
/// keeps at its end when pasted from a word processor: `https://a.com/x”`.
fn tidy(url: String) -> String {
    let trimmed = url.trim_end_matches(['”', '’', '»']);
    if trimmed.len() < url.len() && is_web_url(trimmed) {
        trimmed.to_owned()
    } else {
        url
    }
}

/// `urls` in order, each article (normalized URL) once.
fn unique(urls: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    let mut kept = Vec::new();
    for url in urls {
        let key = normalize_url(&url).unwrap_or_else(|| url.clone());
        if !seen.contains(&key) {
            seen.push(key);
            kept.push(url);
        }
    }
    kept
}

#[cfg(test)]
mod tests;
