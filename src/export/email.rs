//! The issue as an HTML email: the reader's page, with the rules of
//! `issue.css` copied into each element's `style` attribute and no `<style>`
//! element, because mail clients drop style sheets (and CSS variables, which
//! the sheet therefore never uses). One page and one sheet for both, so the
//! email cannot drift from the page.
//!
//! A `style` attribute cannot hold everything: rules under `@media` (dark
//! mode, print, narrow screens), pseudo-classes and pseudo-elements, sibling
//! and child combinators and `*` are left out, and a mail client shows the
//! page's light colours. Only what a descendant selector of tags and classes
//! can say is inlined, which is what the sheet's reading styles use.

use super::ExportOptions;
use crate::model::Issue;
use crate::registry::Registry;

const STYLE: &str = include_str!("issue.css");

/// Elements with no end tag: never ancestors.
const VOID: [&str; 8] = ["meta", "link", "br", "hr", "img", "input", "wbr", "source"];

/// The issue as one HTML document for mail, every style inline.
pub fn email_html(issue: &Issue, registry: &Registry, options: &ExportOptions) -> String {
    inline_styles(&super::html(issue, registry, options), &Sheet::parse(STYLE))
}

/// One rule a `style` attribute can carry: a descendant selector and its
/// declarations.
struct Rule {
    /// Outermost first; the last one matches the element itself.
    compounds: Vec<Compound>,
    /// (classes, tags): a later rule of equal specificity wins.
    specificity: (usize, usize),
    declarations: String,
}

/// `tag`, `.class`, `tag.class.other`.
struct Compound {
    tag: Option<String>,
    classes: Vec<String>,
}

/// An open element, as selectors see it.
struct Element<'a> {
    tag: &'a str,
    classes: Vec<&'a str>,
}

struct Sheet {
    /// In source order, which decides between equal specificities.
    rules: Vec<Rule>,
}

impl Sheet {
    fn parse(css: &str) -> Self {
        let css = without_comments(css);
        let mut rules = Vec::new();
        let mut rest = css.as_str();
        while let Some(open) = rest.find('{') {
            let prelude = rest[..open].trim();
            let Some(close) = block_end(&rest[open..]).map(|end| open + end) else {
                break;
            };
            let body = &rest[open + 1..close];
            rest = &rest[close + 1..];
            // `@media`, `@page`: nothing an attribute can hold.
            if prelude.starts_with('@') {
                continue;
            }
            let declarations = declarations(body);
            if declarations.is_empty() {
                continue;
            }
            for selector in prelude.split(',') {
                if let Some(compounds) = selector_compounds(selector) {
                    let specificity = compounds.iter().fold((0, 0), |(c, t), compound| {
                        (
                            c + compound.classes.len(),
                            t + usize::from(compound.tag.is_some()),
                        )
                    });
                    rules.push(Rule {
                        compounds,
                        specificity,
                        declarations: declarations.clone(),
                    });
                }
            }
        }
        Self { rules }
    }

    /// The declarations for the innermost element of `open`, in cascade order.
    fn style_of(&self, open: &[Element]) -> String {
        let mut matched: Vec<(usize, &Rule)> = self
            .rules
            .iter()
            .enumerate()
            .filter(|(_, rule)| matches(&rule.compounds, open))
            .collect();
        matched.sort_by_key(|(order, rule)| (rule.specificity, *order));
        // A property set again replaces its earlier value, which only makes the attribute longer.
        let mut kept: Vec<&str> = Vec::new();
        for declaration in matched
            .iter()
            .flat_map(|(_, rule)| rule.declarations.split("; "))
        {
            let property = |d: &str| d.split(':').next().unwrap_or_default().trim().to_owned();
            kept.retain(|earlier| property(earlier) != property(declaration));
            kept.push(declaration);
        }
        kept.join("; ")
    }
}

fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// Where the block opened at the start of `text` closes (nested blocks counted).
fn block_end(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (index, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(index);
                }
            }
            _ => {}
        }
    }
    None
}

/// A block's declarations on one line; a `var()` one is dropped, as mail clients drop it.
fn declarations(body: &str) -> String {
    body.split(';')
        .map(|d| d.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|d| !d.is_empty() && !d.contains("var("))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The compounds of a descendant selector; `None` for anything else.
fn selector_compounds(selector: &str) -> Option<Vec<Compound>> {
    let compounds: Option<Vec<Compound>> = selector.split_whitespace().map(compound).collect();
    compounds.filter(|c| !c.is_empty())
}

fn compound(text: &str) -> Option<Compound> {
    let name_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut parts = text.split('.');
    let tag = parts.next().unwrap_or_default();
    if !tag.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let classes: Vec<String> = parts.map(str::to_owned).collect();
    if classes
        .iter()
        .any(|c| c.is_empty() || !c.chars().all(name_char))
    {
        return None;
    }
    Some(Compound {
        tag: (!tag.is_empty()).then(|| tag.to_ascii_lowercase()),
        classes,
    })
}

/// Whether `compounds` (a descendant selector) matches the last of `open`.
fn matches(compounds: &[Compound], open: &[Element]) -> bool {
    let Some((last, outer)) = compounds.split_last() else {
        return false;
    };
    let Some((element, ancestors)) = open.split_last() else {
        return false;
    };
    if !fits(last, element) {
        return false;
    }
    // Nearest ancestor first: greedy matching is exact for descendant combinators.
    let mut wanted = outer.iter().rev().peekable();
    for ancestor in ancestors.iter().rev() {
        match wanted.peek() {
            Some(compound) if fits(compound, ancestor) => {
                wanted.next();
            }
            Some(_) => {}
            None => break,
        }
    }
    wanted.peek().is_none()
}

fn fits(compound: &Compound, element: &Element) -> bool {
    compound.tag.as_deref().is_none_or(|tag| tag == element.tag)
        && compound
            .classes
            .iter()
            .all(|class| element.classes.contains(&class.as_str()))
}

/// `page` with the sheet's rules in `style` attributes and its `<style>`
/// element removed. `page` is our own maud output: text and attribute values
/// are escaped there, so every `<` opens a tag and the next `>` closes it.
fn inline_styles(page: &str, sheet: &Sheet) -> String {
    let mut out = String::with_capacity(page.len() * 2);
    let mut open: Vec<Element> = Vec::new();
    let mut rest = page;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>').map(|gt| lt + gt) else {
            rest = &rest[lt..];
            break;
        };
        let tag = &rest[lt..=gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix("</") {
            let name = name.trim_end_matches('>').trim();
            if let Some(at) = open.iter().rposition(|element| element.tag == name) {
                open.truncate(at);
            }
            out.push_str(tag);
            continue;
        }
        let name = tag_name(tag);
        if name.is_empty() {
            // `<!DOCTYPE html>`
            out.push_str(tag);
            continue;
        }
        if name == "style" {
            // The sheet itself: its text is CSS, not escaped markup.
            rest = rest
                .find("</style>")
                .map_or("", |end| &rest[end + "</style>".len()..]);
            continue;
        }
        open.push(Element {
            tag: name,
            classes: class_attribute(tag).split_whitespace().collect(),
        });
        let style = sheet.style_of(&open);
        if style.is_empty() {
            out.push_str(tag);
        } else {
            out.push_str(&tag[..tag.len() - 1]);
            out.push_str(" style=\"");
            out.push_str(&maud::html! { (style) }.into_string());
            out.push_str("\">");
        }
        if VOID.contains(&name) {
            open.pop();
        }
    }
    out.push_str(rest);
    out
}

/// The element name of a start tag such as `<p class="x">`; empty for `<!…>`.
fn tag_name(tag: &str) -> &str {
    let inner = &tag[1..];
    let end = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    &inner[..end]
}

/// The value of a start tag's `class` attribute, or "".
fn class_attribute(tag: &str) -> &str {
    tag.find(" class=\"")
        .map(|at| &tag[at + " class=\"".len()..])
        .and_then(|value| value.find('"').map(|end| &value[..end]))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(css: &str) -> Sheet {
        Sheet::parse(css)
    }

    #[test]
    fn descendant_rules_are_inlined_in_cascade_order() {
        let css = "/* c */ p { color: red; } .a p { color: blue } \
                   .a .b p.c { margin: 0 } @media print { p { color: green } } \
                   p:first-child, p + p, * { color: pink } :root { x: y } .v { color: var(--x); }";
        let page = "<!DOCTYPE html><div class=\"a\"><p>1</p><div class=\"b v\"><p class=\"c\">2 &gt; 1</p></div></div><p>3</p>";
        assert_eq!(
            inline_styles(page, &sheet(css)),
            "<!DOCTYPE html><div class=\"a\"><p style=\"color: blue\">1</p>\
             <div class=\"b v\"><p class=\"c\" style=\"color: blue; margin: 0\">2 &gt; 1</p></div></div>\
             <p style=\"color: red\">3</p>"
        );
    }

    #[test]
    fn the_style_element_goes_and_quotes_in_values_are_escaped() {
        let css = "body { font: 1rem \"Noto Serif\", serif; }";
        let page = "<html><head><meta charset=\"utf-8\"><style>\nb > i { x: y }</style></head><body><p>t</p></body></html>";
        assert_eq!(
            inline_styles(page, &sheet(css)),
            "<html><head><meta charset=\"utf-8\"></head>\
             <body style=\"font: 1rem &quot;Noto Serif&quot;, serif\"><p>t</p></body></html>"
        );
    }

    #[test]
    fn void_elements_are_never_ancestors() {
        let css = "meta p { color: red }";
        let page = "<meta name=\"a\"><p>t</p>";
        assert_eq!(inline_styles(page, &sheet(css)), page);
    }
}
