//! Web addresses in pasted text: a list copied from a browser, one per line,
//! or URLs inside prose.

use linkify::{LinkFinder, LinkKind};

use super::{is_web_url, normalize_url};

/// Every `http`/`https` URL in `text`, in order, each normalized URL once.
pub fn urls_in(text: &str) -> Vec<String> {
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url]);
    let mut seen = Vec::new();
    let mut urls = Vec::new();
    for link in finder.links(text) {
        let url = link.as_str();
        let Some(key) = normalize_url(url).filter(|_| is_web_url(url)) else {
            continue;
        };
        if !seen.contains(&key) {
            seen.push(key);
            urls.push(url.to_owned());
        }
    }
    urls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_found_in_lists_and_prose_once_each() {
        let text = "https://www.reuters.com/a\n  https://actualidad.rt.com/b  \n\
                    see also <https://www.efe.com/c>, and https://www.reuters.com/a again;\n\
                    mailto:desk@efe.com ftp://x.org/y not-a-url";
        assert_eq!(
            urls_in(text),
            [
                "https://www.reuters.com/a",
                "https://actualidad.rt.com/b",
                "https://www.efe.com/c"
            ]
        );
    }
}
