//! Hosts of source URLs, normalized for matching against registry domains.

use url::{Host, Url};

/// The host of an absolute URL, or `None` when it has none (or is not a URL).
pub fn host_of(url: &str) -> Option<String> {
    domain_of(&Url::parse(url.trim()).ok()?).map(str::to_owned)
}

/// The domain name of a parsed URL (as [`host_of`]).
pub fn domain_of(url: &Url) -> Option<&str> {
    match url.host()? {
        Host::Domain(domain) => Some(domain),
        // An IP address names no outlet.
        Host::Ipv4(_) | Host::Ipv6(_) => None,
    }
}

/// Lower-case ASCII (Punycode for IDNs), without a leading `www.` or trailing dot.
/// `None` when `host` is not a valid domain name.
pub fn normalize_host(host: &str) -> Option<String> {
    let trimmed = host.trim().trim_end_matches('.');
    // `Host::parse` applies IDNA (UTS #46): case folding and Punycode.
    let ascii = match Host::parse(trimmed).ok()? {
        Host::Domain(domain) => domain,
        Host::Ipv4(_) | Host::Ipv6(_) => return None,
    };
    let without_www = ascii.strip_prefix("www.").unwrap_or(&ascii);
    if without_www.is_empty() {
        return None;
    }
    Some(without_www.to_owned())
}
