//! Each citation number links to its source in the list. Typst resolves a
//! link to a label by laying the whole issue out again, and once more for
//! the page number its alternative text names: 3.3 s of a 328-page issue's
//! 5.3 s. So the template links each number to a stand-in address, the
//! words "source 12" in the language (never an address an issue
//! can give: those are http, https or mailto only), which is also what a
//! screen reader says of the link; once the pages are laid out, each
//! stand-in is pointed here at the labelled item of the source list.

use std::collections::HashMap;

use typst::foundations::Label;
use typst::introspection::{Introspector as _, Location};
use typst::layout::{Frame, FrameItem, GroupItem};
use typst::model::Destination;
use typst::utils::PicoStr;
use typst_layout::{Page, PagedDocument};

/// What the template links a citation number to, before the number:
/// "source " in the language.
pub(super) fn stand_in_prefix(labels: &crate::export::labels::Labels) -> String {
    format!("{} ", labels.source)
}

/// The label the template gives source `number`'s item in the list.
fn label(number: usize) -> Option<Label> {
    Label::new(PicoStr::intern(&format!("src-{number}")))
}

/// The document with every stand-in link (`prefix` and a number) pointing
/// at its source's item; a number with no item keeps no link.
pub(super) fn point_at_sources(document: PagedDocument, prefix: &str) -> PagedDocument {
    let introspector = document.introspector().clone();
    let mut found: HashMap<usize, Option<Location>> = HashMap::new();
    let mut target = |address: &str| -> Option<Option<Location>> {
        let number: usize = address.strip_prefix(prefix)?.parse().ok()?;
        Some(*found.entry(number).or_insert_with(|| {
            let label = label(number)?;
            introspector.query_label(label).ok()?.location()
        }))
    };
    let mut changed = false;
    let pages: Vec<Page> = document
        .pages()
        .iter()
        .map(|page| match repointed(&page.frame, &mut target) {
            Some(frame) => {
                changed = true;
                Page {
                    frame,
                    ..page.clone()
                }
            }
            None => page.clone(),
        })
        .collect();
    if !changed {
        return document;
    }
    let info = typst::model::Document::info(&document).clone();
    PagedDocument::new(pages.into(), info)
}

/// A copy of `frame` with its stand-in links pointed at their sources, or
/// `None` when it has none (the frame is kept as it is, shared).
fn repointed(
    frame: &Frame,
    target: &mut impl FnMut(&str) -> Option<Option<Location>>,
) -> Option<Frame> {
    let mut changed: Vec<(usize, Option<FrameItem>)> = Vec::new();
    for (index, (_, item)) in frame.items().enumerate() {
        match item {
            FrameItem::Link(Destination::Url(url), size) => {
                if let Some(location) = target(url.as_str()) {
                    let link =
                        location.map(|loc| FrameItem::Link(Destination::Location(loc), *size));
                    changed.push((index, link));
                }
            }
            FrameItem::Group(group) => {
                if let Some(inner) = repointed(&group.frame, target) {
                    changed.push((
                        index,
                        Some(FrameItem::Group(GroupItem {
                            frame: inner,
                            ..group.clone()
                        })),
                    ));
                }
            }
            _ => {}
        }
    }
    if changed.is_empty() {
        return None;
    }
    let mut copy = Frame::new(frame.size(), frame.kind());
    if frame.has_baseline() {
        copy.set_baseline(frame.baseline());
    }
    let mut changes = changed.into_iter().peekable();
    for (index, (point, item)) in frame.items().enumerate() {
        match changes.next_if(|(at, _)| *at == index) {
            Some((_, Some(replacement))) => copy.push(*point, replacement),
            Some((_, None)) => {}
            None => copy.push(*point, item.clone()),
        }
    }
    Some(copy)
}
