//! The user guide the program carries: the README's sections for users
//! (not those for whoever builds it) as one HTML page that needs nothing
//! else — screenshots inside it, links only within it or to the web — so
//! Help → User guide opens it in the browser offline.

use base64::Engine;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const README: &str = include_str!("../README.md");

/// The README's sections that are for developers and packagers, left out.
const NOT_FOR_USERS: [&str; 4] = [
    "System packages (Debian/Ubuntu)",
    "Performance",
    "Reliability and security",
    "Packaging",
];

/// The screenshots the README shows, by the path it names them with.
const SCREENSHOTS: [(&str, &[u8]); 10] = [
    (
        "assets/screenshots/window-chooser.png",
        include_bytes!("../assets/screenshots/window-chooser.png"),
    ),
    (
        "assets/screenshots/window-sample.png",
        include_bytes!("../assets/screenshots/window-sample.png"),
    ),
    (
        "assets/screenshots/window-findings.png",
        include_bytes!("../assets/screenshots/window-findings.png"),
    ),
    (
        "assets/screenshots/window-over-limit.png",
        include_bytes!("../assets/screenshots/window-over-limit.png"),
    ),
    (
        "assets/screenshots/window-archive-search.png",
        include_bytes!("../assets/screenshots/window-archive-search.png"),
    ),
    (
        "assets/screenshots/window-archive-trends.png",
        include_bytes!("../assets/screenshots/window-archive-trends.png"),
    ),
    (
        "assets/screenshots/window-outlets.png",
        include_bytes!("../assets/screenshots/window-outlets.png"),
    ),
    (
        "assets/screenshots/export-html-1000.png",
        include_bytes!("../assets/screenshots/export-html-1000.png"),
    ),
    (
        "assets/screenshots/export-html-390.png",
        include_bytes!("../assets/screenshots/export-html-390.png"),
    ),
    (
        "assets/screenshots/export-pdf-page1.png",
        include_bytes!("../assets/screenshots/export-pdf-page1.png"),
    ),
];

/// The guide as a whole HTML page.
pub fn user_guide_html() -> String {
    let markdown = user_sections(README);
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<Event<'_>> = Parser::new_ext(&markdown, options).collect();
    let events = with_heading_ids(events);
    let contents = contents(&events);
    let events = events.into_iter().map(|event| match event {
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: embedded(&dest_url).map_or(dest_url, CowStr::from),
            title,
            id,
        }),
        // The README's side-by-side pictures are written as HTML.
        Event::Html(html) => Event::Html(embedded_in_html(&html).into()),
        Event::InlineHtml(html) => Event::InlineHtml(embedded_in_html(&html).into()),
        other => other,
    });
    let mut body = String::new();
    pulldown_cmark::html::push_html(&mut body, events);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Monitor Workbench — User guide</title>\n<style>{STYLE}</style>\n</head>\n\
         <body>\n<header><h1>Monitor Workbench — User guide</h1>\n\
         <p class=\"version\">For version {version}.</p></header>\n\
         <nav aria-label=\"Contents\"><h2>Contents</h2>\n<ul>\n{contents}</ul></nav>\n\
         <main>\n{body}</main>\n</body>\n</html>\n",
        version = escape(&crate::about::version()),
    )
}

/// The README without its title, the commands for a source checkout and the
/// sections for developers: its first paragraph, then "Install" onwards.
fn user_sections(readme: &str) -> String {
    let mut lines = readme.lines().peekable();
    let mut out = String::new();
    // The title is the page's own; the first paragraph says what the program is.
    lines.next();
    while lines.peek().is_some_and(|line| line.trim().is_empty()) {
        lines.next();
    }
    for line in lines.by_ref() {
        if line.trim().is_empty() {
            break;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    let mut keep = false;
    let mut fenced = false;
    for line in lines {
        if line.starts_with("```") {
            fenced = !fenced;
        }
        if !fenced && let Some(heading) = line.strip_prefix("## ") {
            keep = !NOT_FOR_USERS.contains(&heading.trim());
        }
        if keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Gives every heading the id GitHub would, so the README's `#…` links work.
fn with_heading_ids(mut events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { .. }) = &events[i] {
            let text = text_until_heading_end(&events[i + 1..]);
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(CowStr::from(slug(&text)));
            }
        }
        i += 1;
    }
    events
}

fn text_until_heading_end(events: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in events {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// GitHub's anchor for a heading: lower case, spaces to hyphens, other
/// punctuation dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if c.is_alphanumeric() => Some(c),
            _ => None,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The list of the guide's sections, linked.
fn contents(events: &[Event<'_>]) -> String {
    let mut list = String::new();
    for (i, event) in events.iter().enumerate() {
        if let Event::Start(Tag::Heading {
            level: HeadingLevel::H2,
            id: Some(id),
            ..
        }) = event
        {
            let text = text_until_heading_end(&events[i + 1..]);
            list.push_str(&format!(
                "<li><a href=\"#{}\">{}</a></li>\n",
                escape(id),
                escape(&text)
            ));
        }
    }
    list
}

/// A screenshot the README names, as a `data:` address.
fn embedded(path: &str) -> Option<String> {
    let (_, bytes) = SCREENSHOTS.iter().find(|(name, _)| *name == path)?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    Some(format!("data:image/png;base64,{encoded}"))
}

/// Raw HTML with each screenshot's `src` made a `data:` address.
fn embedded_in_html(html: &str) -> String {
    let mut html = html.to_owned();
    for (name, _) in SCREENSHOTS {
        let named = format!("src=\"{name}\"");
        if html.contains(&named)
            && let Some(data) = embedded(name)
        {
            html = html.replace(&named, &format!("src=\"{data}\""));
        }
    }
    html
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const STYLE: &str = "
:root { color-scheme: light dark; --ink: #1d2330; --muted: #5b6475; --rule: #d5d9e0; --code: #f2f4f7; --link: #1f5fbf; }
@media (prefers-color-scheme: dark) { :root { --ink: #e6e8ec; --muted: #a9b0bd; --rule: #3a4150; --code: #252a33; --link: #8ab4f8; } body { background: #16191f; } }
body { font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Inter, sans-serif; color: var(--ink); max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.35rem; margin-top: 2.4rem; padding-top: 0.6rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin-top: 1.8rem; }
.version, nav h2 { color: var(--muted); font-size: 0.95rem; border: 0; margin: 0.4rem 0; padding: 0; }
nav ul { columns: 2 14rem; padding-left: 1.2rem; }
a { color: var(--link); }
code { font: 0.9em ui-monospace, 'DejaVu Sans Mono', monospace; background: var(--code); padding: 0.05em 0.3em; border-radius: 3px; }
pre { background: var(--code); padding: 0.8rem 1rem; overflow-x: auto; border-radius: 4px; }
pre code { padding: 0; background: none; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
img { max-width: 100%; height: auto; border: 1px solid var(--rule); }
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_keeps_the_user_sections_and_leaves_out_the_developers() {
        let page = user_guide_html();
        for kept in [
            "id=\"install\"",
            "id=\"first-run\"",
            "id=\"the-window\"",
            "id=\"the-policy-and-its-rules\"",
            "id=\"working-as-a-team\"",
        ] {
            assert!(page.contains(kept), "{kept}");
        }
        for left in NOT_FOR_USERS {
            assert!(!page.contains(&format!(">{left}</h2>")), "{left}");
        }
        assert!(
            !page.contains("cargo test"),
            "the developer's commands stay out"
        );
        assert!(page.contains("For version"));
    }

    #[test]
    fn every_link_of_the_guide_works_offline() {
        let page = user_guide_html();
        for href in page.split("href=\"").skip(1) {
            let target = &href[..href.find('"').unwrap_or(0)];
            if let Some(anchor) = target.strip_prefix('#') {
                assert!(
                    page.contains(&format!("id=\"{anchor}\"")),
                    "#{anchor} names no heading of the guide"
                );
            } else {
                assert!(
                    target.starts_with("https://") || target.starts_with("http://"),
                    "{target} would not open from the guide's file"
                );
            }
        }
        for src in page.split("<img src=\"").skip(1) {
            assert!(
                src.starts_with("data:image/png;base64,"),
                "an image the guide does not carry: {}",
                &src[..src.find('"').unwrap_or(0)]
            );
        }
    }

    #[test]
    fn headings_get_githubs_anchors() {
        assert_eq!(slug("The policy and its rules"), "the-policy-and-its-rules");
        assert_eq!(
            slug("System packages (Debian/Ubuntu)"),
            "system-packages-debianubuntu"
        );
        assert_eq!(slug("`check`"), "check");
    }
}
