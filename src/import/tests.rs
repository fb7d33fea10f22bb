use super::*;
use crate::model::SourceKind;

fn import(text: &str) -> Imported {
    import_markdown(text, "draft.md").expect("imports")
}

fn urls_of(issue: &Issue, section: usize, entry: usize) -> Vec<String> {
    issue.sections[section].entries[entry]
        .citations
        .iter()
        .filter_map(|c| issue.source(c.source))
        .map(|s| s.url.clone())
        .collect()
}

#[test]
fn title_summary_sections_and_entries() {
    let imported = import(
        "# VRIC Monitor 14\n\nA summary paragraph.\n\nA second one.\n\n## Russia\n\nFirst entry [Reuters](https://www.reuters.com/a).\n\nSecond entry <https://efe.com/b>.\n\n## China\n\nThird entry https://www.infobae.com/c.\n",
    );
    let issue = imported.issue;
    assert_eq!(issue.title, "VRIC Monitor 14");
    assert_eq!(issue.summary, "A summary paragraph.\n\nA second one.");
    let titles: Vec<&str> = issue.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Russia", "China"]);
    assert_eq!(issue.sections[0].entries.len(), 2);
    assert_eq!(issue.sections[1].entries.len(), 1);
    assert_eq!(issue.sources.len(), 3);
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
}

#[test]
fn inline_links_keep_their_text_and_cite_their_url() {
    let issue = import(
        "## Russia\n\nMoscow signed a deal, [Reuters reported](https://www.reuters.com/world/x).\n",
    )
    .issue;
    let entry = &issue.sections[0].entries[0];
    assert_eq!(entry.body, "Moscow signed a deal, Reuters reported.");
    assert_eq!(urls_of(&issue, 0, 0), ["https://www.reuters.com/world/x"]);
}

/// "See the bill text." once its link is a citation points at nothing: it
/// leaves with the link, and a note says so; a sentence that says more stays.
#[test]
fn a_sentence_that_only_points_at_its_link_leaves_with_it() {
    let imported = import(
        "## Peru\n\nCongress passed the bill on Monday. See [the bill text](https://www.congreso.gob.pe/ley).\n\nLima hosted the talks, [El Comercio reported](https://elcomercio.pe/x).\n",
    );
    let entries = &imported.issue.sections[0].entries;
    assert_eq!(entries[0].body, "Congress passed the bill on Monday.");
    assert_eq!(
        urls_of(&imported.issue, 0, 0),
        ["https://www.congreso.gob.pe/ley"]
    );
    assert_eq!(
        entries[1].body,
        "Lima hosted the talks, El Comercio reported."
    );
    assert!(
        imported.notes.iter().any(|note| note
            .message
            .contains("“See the bill text.” only pointed at its link")),
        "{:?}",
        imported.notes
    );
}

/// The editor's name for an outlet the registry does not know is the name
/// readers see; a known outlet keeps the registry's name.
#[test]
fn the_editors_name_for_an_unknown_outlet_is_kept() {
    let issue = import(
        "## Russia\n\nMoscow courts Detroit carmakers. [Detroit News](https://www.detroitnews.com/story/x)\n\nLima hosted the talks. [Reuters](https://www.reuters.com/world/y)\n",
    )
    .issue;
    let outlet = |url: &str| {
        issue
            .sources
            .iter()
            .find(|s| s.url.contains(url))
            .map(|s| s.outlet.clone())
    };
    assert_eq!(outlet("detroitnews"), Some(Some("Detroit News".to_owned())));
    assert_eq!(outlet("reuters"), Some(None), "the registry names Reuters");
}

#[test]
fn autolinks_and_bare_urls_leave_the_text() {
    let issue = import(
        "## Iran\n\nTehran opened a centre (<https://www.hispantv.com/noticias/1>).\n\nCaracas agreed (https://efe.com/mundo/2026-11-03/x/). More text, see https://www.dw.com/es/y-z/a-123.\n",
    )
    .issue;
    assert_eq!(issue.sections[0].entries[0].body, "Tehran opened a centre.");
    assert_eq!(
        urls_of(&issue, 0, 0),
        ["https://www.hispantv.com/noticias/1"]
    );
    assert_eq!(
        issue.sections[0].entries[1].body, "Caracas agreed.",
        "“More text, see.” pointed only at its URL"
    );
    assert_eq!(
        urls_of(&issue, 0, 1),
        [
            "https://efe.com/mundo/2026-11-03/x/",
            "https://www.dw.com/es/y-z/a-123"
        ]
    );
}

#[test]
fn bare_urls_with_underscores_and_emphasis_nearby_stay_whole() {
    let issue =
        import("## Iran\n\n*Note*: see https://www.reuters.com/a_b_c/d_e for **more**.\n").issue;
    assert_eq!(urls_of(&issue, 0, 0), ["https://www.reuters.com/a_b_c/d_e"]);
    assert_eq!(
        issue.sections[0].entries[0].body,
        "*Note*: see for **more**."
    );
}

#[test]
fn a_url_cited_by_two_entries_is_one_source() {
    let issue = import(
        "## Venezuela\n\nOne [a](https://www.reuters.com/x/).\n\nTwo [b](http://reuters.com/x#top).\n\nThree [c](https://efe.com/y).\n",
    )
    .issue;
    assert_eq!(issue.sources.len(), 2);
    let first = issue.sections[0].entries[0].citations[0].source;
    let second = issue.sections[0].entries[1].citations[0].source;
    assert_eq!(first, second);
    assert_eq!(issue.times_cited(first), 2);
}

#[test]
fn a_url_twice_in_one_entry_is_cited_once() {
    let issue =
        import("## Venezuela\n\n[a](https://efe.com/y) and again [b](https://efe.com/y).\n").issue;
    assert_eq!(issue.sections[0].entries[0].citations.len(), 1);
}

#[test]
fn opinion_is_guessed_from_the_path_not_the_domain() {
    let issue = import(
        "## Bolivia\n\nA column [x](https://www.eltiempo.com/opinion/columnistas/x).\n\nA paper [y](https://www.opinion.com.bo/articulo/pais/y.html).\n\nAn op-ed [z](https://www.elnacional.com/opinion-y-analisis/z/).\n",
    )
    .issue;
    let kinds: Vec<SourceKind> = issue.sources.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [SourceKind::Opinion, SourceKind::News, SourceKind::Opinion]
    );
}

#[test]
fn unicode_text_survives() {
    let issue = import(
        "# Informe — noviembre\n\n## Bolivia y Perú\n\nJeanine Añez habló en Bogotá — según [El Deber](https://eldeber.com.bo/país/añez) — sobre “São Paulo”. 中国.\n",
    )
    .issue;
    assert_eq!(issue.title, "Informe — noviembre");
    assert_eq!(issue.sections[0].title, "Bolivia y Perú");
    assert_eq!(
        issue.sections[0].entries[0].body,
        "Jeanine Añez habló en Bogotá — según El Deber — sobre “São Paulo”. 中国."
    );
    assert_eq!(issue.sources[0].url, "https://eldeber.com.bo/país/añez");
}

#[test]
fn markdown_in_entries_is_kept_as_written() {
    let issue = import(
        "## Russia\n\nA *new* **deal** with `code` and an escaped \\*star\\*.\nSecond line.\n",
    )
    .issue;
    assert_eq!(
        issue.sections[0].entries[0].body,
        "A *new* **deal** with `code` and an escaped \\*star\\*. Second line."
    );
}

#[test]
fn list_items_are_entries() {
    let issue =
        import("## China\n\n- One [a](https://efe.com/1).\n- Two [b](https://efe.com/2).\n  - nested detail\n").issue;
    let bodies: Vec<&str> = issue.sections[0]
        .entries
        .iter()
        .map(|e| e.body.as_str())
        .collect();
    assert_eq!(bodies, ["One a.", "Two b. nested detail"]);
}

#[test]
fn a_paragraph_of_links_only_cites_into_the_entry_before() {
    let imported = import(
        "## China\n\nBeijing announced a port deal.\n\nSources: https://efe.com/1 https://www.reuters.com/2\n",
    );
    let issue = imported.issue;
    assert_eq!(issue.sections[0].entries.len(), 1);
    assert_eq!(
        urls_of(&issue, 0, 0),
        ["https://efe.com/1", "https://www.reuters.com/2"]
    );
    assert_eq!(imported.notes.len(), 1);
    assert_eq!(imported.notes[0].at.line, 5);
}

#[test]
fn entries_without_links_are_kept_unsourced() {
    let issue = import("## China\n\nNo source yet.\n").issue;
    assert_eq!(issue.sections[0].entries[0].body, "No source yet.");
    assert!(issue.sections[0].entries[0].citations.is_empty());
}

#[test]
fn email_links_are_text_not_sources() {
    let issue = import("## China\n\nWrite to <desk@example.org> about it.\n").issue;
    assert!(issue.sources.is_empty());
    assert_eq!(
        issue.sections[0].entries[0].body,
        "Write to desk@example.org about it."
    );
}

#[test]
fn deeper_headings_become_entries_with_a_note() {
    let imported = import("## China\n\n### A sub-heading\n\nText.\n");
    assert_eq!(imported.issue.sections[0].entries[0].body, "A sub-heading");
    assert_eq!(imported.notes[0].at.line, 3);
}

#[test]
fn ids_are_unique_and_stable() {
    let issue = import("## A\n\none\n\ntwo\n\n## B\n\nthree\n").issue;
    let ids: Vec<u32> = issue.entries().map(|(_, e)| e.id.0).collect();
    assert_eq!(ids, [1, 2, 3]);
    let sections: Vec<u32> = issue.sections.iter().map(|s| s.id.0).collect();
    assert_eq!(sections, [1, 2]);
}

#[test]
fn a_draft_without_a_section_heading_is_refused_clearly() {
    let error = import_markdown(
        "# Title\n\nJust text with a [link](https://efe.com/x).\n",
        "draft.md",
    )
    .expect_err("no section");
    let message = error.to_string();
    assert!(
        message.starts_with("draft.md: no section found"),
        "{message}"
    );
    assert!(message.contains("## "), "{message}");
    assert!(import_markdown("", "empty.md").is_err());
}

#[test]
fn relative_links_become_sources_the_rules_will_flag() {
    let issue = import("## A\n\nSee [the annex](annex.html).\n").issue;
    assert_eq!(issue.sources[0].url, "annex.html");
}

#[test]
fn notes_are_placed_at_their_line_and_column() {
    let text = "# T\n\n## A\n\nñandú ![a picture](x.png)\n\n### Deeper\n\n```\ncode\n```\n";
    let notes = import(text).notes;
    let expected: Vec<_> = [
        text.find("![").unwrap_or(0),
        text.find("###").unwrap_or(0),
        text.find("```").unwrap_or(0),
    ]
    .into_iter()
    .map(|offset| crate::text::TextPosition::of_offset(text, offset))
    .collect();
    let found: Vec<_> = notes.iter().map(|note| note.at).collect();
    assert_eq!(found, expected, "{notes:?}");
}

fn titles(issue: &Issue) -> Vec<&str> {
    issue.sources.iter().map(|s| s.title.as_str()).collect()
}

#[test]
fn the_first_heading_fills_series_number_and_title() {
    let issue =
        import("# VRIC Monitor No. 14: Russia and China in the Andes\n\n## Russia\n\nText.\n")
            .issue;
    assert_eq!(issue.series, "VRIC Monitor");
    assert_eq!(issue.number, Some(14));
    assert_eq!(issue.title, "Russia and China in the Andes");
}

#[test]
fn a_masthead_without_a_title_keeps_later_headings_as_sections() {
    let imported = import("# Monitor VRIC N.º 15\n\n# Rusia\n\nTexto.\n");
    let issue = imported.issue;
    assert_eq!(
        (issue.series.as_str(), issue.number, issue.title.as_str()),
        ("Monitor VRIC", Some(15), "")
    );
    assert_eq!(issue.sections[0].title, "Rusia");
    assert_eq!(imported.notes.len(), 1, "{:?}", imported.notes);
}

#[test]
fn a_heading_without_a_number_mark_is_only_the_title() {
    let issue = import("# Informe 2026\n\n## A\n\nText.\n").issue;
    assert_eq!(issue.title, "Informe 2026");
    assert_eq!(issue.series, "");
    assert_eq!(issue.number, None);
}

#[test]
fn a_headline_link_titles_its_source_and_an_outlet_link_does_not() {
    let issue = import(
        "## Venezuela\n\nCaracas and Moscow signed, as reported in [“Russia and Venezuela sign energy deal.”](https://www.reuters.com/world/x) and by [Reuters](https://www.reuters.com/world/y) and [El Comercio](https://elcomercio.pe/mundo/z/).\n",
    )
    .issue;
    assert_eq!(
        titles(&issue),
        ["Russia and Venezuela sign energy deal", "", ""]
    );
    assert!(issue.sources.iter().all(|s| s.outlet.is_none()));
    // The link text stays in the body as written.
    assert_eq!(
        issue.sections[0].entries[0].body,
        "Caracas and Moscow signed, as reported in “Russia and Venezuela sign energy deal.” and by Reuters and El Comercio."
    );
}

#[test]
fn a_source_linked_twice_keeps_its_first_headline() {
    let issue = import(
        "## Venezuela\n\nOne, said [EFE](https://efe.com/x).\n\nTwo, see [Maduro lands in Moscow](https://efe.com/x).\n\nThree, see [Maduro arrives in Moscow](https://efe.com/x).\n",
    )
    .issue;
    assert_eq!(titles(&issue), ["Maduro lands in Moscow"]);
}

#[test]
fn an_attribution_in_the_sentence_keeps_the_outlets_name_as_words() {
    let issue = import(
        "## Peru\n\nLima hosted the talks, according to [El Comercio](https://elcomercio.pe/x/).\n",
    )
    .issue;
    assert_eq!(
        issue.sections[0].entries[0].body,
        "Lima hosted the talks, according to El Comercio."
    );
    assert_eq!(urls_of(&issue, 0, 0), ["https://elcomercio.pe/x/"]);
}

#[test]
fn an_attribution_after_the_full_stop_leaves_the_body_but_stays_cited() {
    let issue = import(
        "## Peru\n\nLima hosted the talks. [El Comercio](https://elcomercio.pe/x/)\n\nBeijing sent a delegation. [EFE](https://efe.com/y), [Reuters](https://www.reuters.com/z).\n\nCaracas agreed. ([RT](https://actualidad.rt.com/w))\n",
    )
    .issue;
    let bodies: Vec<&str> = issue.sections[0]
        .entries
        .iter()
        .map(|e| e.body.as_str())
        .collect();
    assert_eq!(
        bodies,
        [
            "Lima hosted the talks.",
            "Beijing sent a delegation.",
            "Caracas agreed."
        ]
    );
    assert_eq!(urls_of(&issue, 0, 0), ["https://elcomercio.pe/x/"]);
    assert_eq!(
        urls_of(&issue, 0, 1),
        ["https://efe.com/y", "https://www.reuters.com/z"]
    );
    assert_eq!(urls_of(&issue, 0, 2), ["https://actualidad.rt.com/w"]);
}

#[test]
fn a_headline_or_a_phrase_after_the_full_stop_stays_in_the_body() {
    let issue = import(
        "## Peru\n\nLima hosted the talks. [China and Peru open the Chancay port](https://efe.com/y)\n",
    )
    .issue;
    assert_eq!(
        issue.sections[0].entries[0].body,
        "Lima hosted the talks. China and Peru open the Chancay port"
    );
    assert_eq!(titles(&issue), ["China and Peru open the Chancay port"]);
    let issue = import(
        "## Peru\n\nLima hosted the talks. [and Beijing sent a delegation of ministers](https://efe.com/y)\n",
    )
    .issue;
    assert_eq!(
        issue.sections[0].entries[0].body,
        "Lima hosted the talks. and Beijing sent a delegation of ministers"
    );
    assert_eq!(titles(&issue), [""]);
}

#[test]
fn a_paragraph_of_attributions_cites_into_the_entry_before() {
    let imported = import(
        "## Peru\n\nLima hosted the talks.\n\n[El Comercio](https://elcomercio.pe/x/), [EFE](https://efe.com/y)\n\nFuentes: [RT](https://actualidad.rt.com/w)\n",
    );
    let issue = imported.issue;
    assert_eq!(issue.sections[0].entries.len(), 1);
    assert_eq!(issue.sections[0].entries[0].body, "Lima hosted the talks.");
    assert_eq!(
        urls_of(&issue, 0, 0),
        [
            "https://elcomercio.pe/x/",
            "https://efe.com/y",
            "https://actualidad.rt.com/w"
        ]
    );
    assert_eq!(imported.notes.len(), 2, "{:?}", imported.notes);
}

#[test]
fn an_attribution_alone_with_no_entry_before_stays_the_text() {
    let issue = import("## Peru\n\n[El Comercio](https://elcomercio.pe/x/)\n").issue;
    assert_eq!(issue.sections[0].entries[0].body, "El Comercio");
    assert_eq!(urls_of(&issue, 0, 0), ["https://elcomercio.pe/x/"]);
}

#[test]
fn a_spanish_draft_reads_well() {
    let imported = import(
        "# Monitor VRIC Nº 15 — Rusia y China en los Andes\n\
         \n\
         Resumen de la quincena.\n\
         \n\
         ## Rusia\n\
         \n\
         Moscú y Caracas firmaron un acuerdo energético, según [El Comercio](https://elcomercio.pe/mundo/acuerdo/). \
         [RT en español](https://actualidad.rt.com/actualidad/1)\n\
         \n\
         El Kremlin anunció nuevos vuelos a La Habana. [Sputnik](https://sputniknews.lat/20261103/x.html).\n\
         \n\
         ## China\n\
         \n\
         - Pekín inauguró el puerto de Chancay ([«China y Perú inauguran el megapuerto de Chancay»](https://efe.com/mundo/2026-11-14/chancay/)).\n\
         - La delegación visitó Bolivia, informó [El Deber](https://eldeber.com.bo/pais/x).\n",
    );
    let issue = imported.issue;
    assert_eq!(
        (issue.series.as_str(), issue.number, issue.title.as_str()),
        ("Monitor VRIC", Some(15), "Rusia y China en los Andes")
    );
    assert_eq!(issue.summary, "Resumen de la quincena.");
    let bodies: Vec<&str> = issue.entries().map(|(_, e)| e.body.as_str()).collect();
    assert_eq!(
        bodies,
        [
            "Moscú y Caracas firmaron un acuerdo energético, según El Comercio.",
            "El Kremlin anunció nuevos vuelos a La Habana.",
            "Pekín inauguró el puerto de Chancay («China y Perú inauguran el megapuerto de Chancay»).",
            "La delegación visitó Bolivia, informó El Deber.",
        ]
    );
    assert_eq!(
        urls_of(&issue, 0, 0),
        [
            "https://elcomercio.pe/mundo/acuerdo/",
            "https://actualidad.rt.com/actualidad/1"
        ]
    );
    assert_eq!(
        titles(&issue),
        [
            "",
            "",
            "",
            "China y Perú inauguran el megapuerto de Chancay",
            ""
        ]
    );
    assert!(imported.notes.is_empty(), "{:?}", imported.notes);
}

#[test]
fn a_nul_byte_in_a_draft_is_refused_with_its_place() {
    let draft = "## Russia\n\nA visit to https://efe.com/a\0b the day.\n";
    let error = import_markdown(draft, "draft.md").expect_err("refused");
    let message = error.to_string();
    assert!(message.starts_with("draft.md:3:"), "{message}");
    assert!(message.contains("NUL byte"), "{message}");
}

#[test]
fn html_in_a_heading_is_noted_where_it_was_left_out() {
    let draft = "## Russia <span class=\"x\">today</span>\n\nA visit. https://efe.com/a\n";
    let imported = import_markdown(draft, "draft.md").expect("imports");
    assert_eq!(imported.issue.sections[0].title, "Russia today");
    let notes: Vec<String> = imported
        .notes
        .iter()
        .map(|note| format!("{}: {}", note.at, note.message))
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("1:")
                && n.contains("HTML in a heading left out: <span class=\"x\">")),
        "{notes:?}"
    );
}
