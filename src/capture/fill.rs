//! From what a page says to what fills a source: the title without the
//! site's name glued on, the outlet only where the registry has no name for
//! the host, the authors joined as a byline.

use chrono::NaiveDate;

use super::page::{Origin, PageMetadata};
use crate::model::PageFill;
use crate::registry::Registry;

/// What `page`, read on `today`, fills in a source of `url`.
pub fn page_fill(
    page: &PageMetadata,
    url: &str,
    registry: &Registry,
    today: NaiveDate,
) -> PageFill {
    let site = page.site_name.as_ref().map(|s| s.value.as_str());
    let title = page.title.as_ref().map(|title| match (title.origin, site) {
        // Structured data gives the bare headline; preview tags and <title>
        // often end in " | Outlet".
        (Origin::JsonLd | Origin::Citation | Origin::DublinCore, _) | (_, None) => {
            title.value.clone()
        }
        (_, Some(site)) => without_site_name(&title.value, site).to_owned(),
    });
    // The registry's name for a known host is the one the exports and the
    // share use; the page's own name only helps an unknown outlet.
    let outlet = registry
        .outlet_for_url(url)
        .is_none()
        .then(|| site.map(str::to_owned))
        .flatten();
    PageFill {
        title,
        outlet,
        author: page.authors.as_ref().map(|a| a.value.join(", ")),
        published: page.published.as_ref().map(|d| d.value),
        language: page.language.as_ref().map(|l| l.value.clone()),
        accessed: Some(today),
        kind: page.kind.as_ref().map(|found| found.declared()),
    }
}

/// "Headline | Outlet" → "Headline", for the separators sites use.
fn without_site_name<'t>(title: &'t str, site: &str) -> &'t str {
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some(head) = title
            .strip_suffix(site)
            .and_then(|t| t.strip_suffix(separator))
            && !head.trim().is_empty()
        {
            return head.trim_end();
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::page::read_page;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()
    }

    #[test]
    fn the_site_name_leaves_a_preview_title() {
        let page = read_page(
            r#"<html lang="es"><head><title>Maduro viaja a Moscú | El Tiempo</title>
            <meta property="og:site_name" content="El Tiempo"></head></html>"#,
        );
        let registry = Registry::default();
        let fill = page_fill(&page, "https://www.eltiempo.com/x", &registry, today());
        assert_eq!(fill.title.as_deref(), Some("Maduro viaja a Moscú"));
        assert_eq!(fill.outlet.as_deref(), Some("El Tiempo"));
        assert_eq!(fill.language.as_deref(), Some("es"));
        assert_eq!(fill.accessed, Some(today()));
    }

    #[test]
    fn a_known_host_keeps_the_registry_s_name() {
        let page = read_page(r#"<meta property="og:site_name" content="RT en Español">"#);
        let registry = Registry::builtin();
        let fill = page_fill(&page, "https://actualidad.rt.com/x", &registry, today());
        assert_eq!(fill.outlet, None);
    }
}
