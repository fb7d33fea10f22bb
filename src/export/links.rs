use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use url::Url;

use crate::model::LONGEST_LINK;

/// What may not stand bare in a link target of either export: it would end a
/// Markdown `<autolink>` or an HTML attribute, or is not a URL character.
const NOT_IN_A_LINK: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'|')
    .add(b'\\')
    .add(b'^')
    .add(b'[')
    .add(b']');

/// The URL to write as a link target, or `None` when it must stay plain text:
/// only absolute `http`, `https` and `mailto` URLs become links. The URL comes
/// back in its parsed, percent-encoded form, so it holds no quote, space or
/// angle bracket. A link longer than [`LONGEST_LINK`] stays plain text too
/// (`check` reports it): no format can carry it whole.
pub fn safe_link(url: &str) -> Option<String> {
    web_or_mail_link(url).filter(|link| link.len() <= LONGEST_LINK)
}

fn web_or_mail_link(url: &str) -> Option<String> {
    let parsed = Url::parse(url.trim()).ok()?;
    match parsed.scheme() {
        "http" | "https" if parsed.host_str().is_some_and(|host| !host.is_empty()) => {
            Some(parsed.into())
        }
        // A mailto URL has no hierarchy, and the URL standard encodes only
        // control characters in it; the rest is encoded here (found by fuzzing:
        // `mailto:a@b<script>` ended a Markdown autolink early).
        "mailto" if parsed.path().contains('@') => {
            Some(utf8_percent_encode(parsed.as_str(), NOT_IN_A_LINK).to_string())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_no_format_can_carry_stays_text() {
        let long = format!("https://efe.com/?q={}", "a".repeat(LONGEST_LINK));
        assert_eq!(safe_link(&long), None);
        let fits = format!("https://efe.com/?q={}", "a".repeat(LONGEST_LINK - 30));
        assert!(safe_link(&fits).is_some());
    }

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
    fn a_mail_link_cannot_end_an_autolink() {
        let link = safe_link("mailto:a b<mailto:a@b><script>alert(1)</script>").expect("mail");
        assert_eq!(
            link,
            "mailto:a%20b%3Cmailto:a@b%3E%3Cscript%3Ealert(1)%3C/script%3E"
        );
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
