use url::Url;

/// The form in which two URLs of the same article compare equal (README,
/// "Rules", `duplicate-source`): scheme, `www.`, case of the host, a trailing slash and
/// the fragment are ignored. `None` when `url` is not an absolute URL with a host.
pub fn normalize_url(url: &str) -> Option<String> {
    normalize_parsed_url(&Url::parse(url.trim()).ok()?)
}

/// [`normalize_url`] of a URL parsed already.
pub fn normalize_parsed_url(parsed: &Url) -> Option<String> {
    // `Url` already lower-cases the host and turns IDNs into Punycode.
    let host = parsed.host_str()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let port = parsed
        .port()
        .map(|port| format!(":{port}"))
        .unwrap_or_default();
    let path = parsed.path().trim_end_matches('/');
    let query = parsed
        .query()
        .map(|query| format!("?{query}"))
        .unwrap_or_default();
    Some(format!("{host}{port}{path}{query}"))
}

/// Whether `url` is an absolute `http` or `https` URL with a host (README,
/// "Rules", `invalid-url`).
pub fn is_web_url(url: &str) -> bool {
    // A URL with spaces around it is not what the editor meant to store.
    if url.trim() != url {
        return false;
    }
    Url::parse(url).is_ok_and(|parsed| is_web_parsed_url(&parsed))
}

/// Whether a parsed URL is `http` or `https` with a host (as [`is_web_url`],
/// which also refuses spaces around the text).
pub fn is_web_parsed_url(parsed: &Url) -> bool {
    matches!(parsed.scheme(), "http" | "https") && parsed.host_str().is_some_and(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_articles_normalize_alike() {
        let forms = [
            "https://www.reuters.com/world/americas/story/",
            "http://reuters.com/world/americas/story",
            "https://WWW.Reuters.com/world/americas/story#top",
        ];
        let normalized: Vec<_> = forms.iter().map(|url| normalize_url(url)).collect();
        assert!(
            normalized.iter().all(|n| n == &normalized[0]),
            "{normalized:?}"
        );
        assert_eq!(
            normalized[0].as_deref(),
            Some("reuters.com/world/americas/story")
        );
    }

    #[test]
    fn path_case_and_query_still_matter() {
        assert_ne!(
            normalize_url("https://a.com/Story"),
            normalize_url("https://a.com/story")
        );
        assert_ne!(
            normalize_url("https://a.com/s?id=1"),
            normalize_url("https://a.com/s?id=2")
        );
    }

    #[test]
    fn only_absolute_http_urls_are_web_urls() {
        assert!(is_web_url("https://efe.com/x"));
        assert!(is_web_url("http://efe.com"));
        assert!(!is_web_url("efe.com/x"));
        assert!(!is_web_url("ftp://efe.com/x"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("mailto:desk@efe.com"));
        assert!(!is_web_url(" https://efe.com/x"));
        assert!(!is_web_url(""));
    }
}
