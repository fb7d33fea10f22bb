use url::Url;

/// The URL to write as a link target, or `None` when it must stay plain text:
/// only absolute `http`, `https` and `mailto` URLs become links. The URL comes
/// back in its parsed, percent-encoded form, so it holds no quote or space.
pub fn safe_link(url: &str) -> Option<String> {
    let parsed = Url::parse(url.trim()).ok()?;
    match parsed.scheme() {
        "http" | "https" if parsed.host_str().is_some_and(|host| !host.is_empty()) => {
            Some(parsed.into())
        }
        "mailto" if parsed.path().contains('@') => Some(parsed.into()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_are_safe() {
        assert_eq!(
            safe_link("https://efe.com/a b").as_deref(),
            Some("https://efe.com/a%20b")
        );
        assert_eq!(
            safe_link("mailto:desk@efe.com").as_deref(),
            Some("mailto:desk@efe.com")
        );
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "/relative",
            "efe.com",
            "http://",
            "file:///etc/passwd",
            "",
        ] {
            assert_eq!(safe_link(bad), None, "{bad}");
        }
    }

    #[test]
    fn quotes_cannot_break_out_of_an_attribute() {
        let link = safe_link("https://efe.com/\"><img src=x onerror=alert(1)>").expect("a web URL");
        assert!(
            !link.contains('"') && !link.contains('<') && !link.contains('>'),
            "{link}"
        );
    }
}
