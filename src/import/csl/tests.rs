use super::*;

const FIXTURE: &str = include_str!("../../../tests/data/zotero-collection.json");

fn import(text: &str) -> CslImport {
    sources_from_csl_json(text, "zotero.json").expect("imports")
}

fn day(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

fn notes_about<'n>(import: &'n CslImport, words: &str) -> Vec<&'n String> {
    import
        .notes
        .iter()
        .filter(|note| note.contains(words))
        .collect()
}

#[test]
fn zotero_collection_becomes_sources() {
    let import = import(FIXTURE);
    let titles: Vec<&str> = import.sources.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Rusia y Venezuela firman un acuerdo de cooperación energética",
            "China expands credit lines to Latin American state lenders",
            "O que a visita de Lavrov diz sobre a política externa brasileira",
            "La diplomacia de los préstamos",
            "Russia's media footprint in the Andes",
        ]
    );
    assert!(import.sources.iter().all(|s| s.id == SourceId(0)));

    // Zotero's own shape: date parts as strings, family and given names.
    let rt = &import.sources[0];
    assert_eq!(
        rt.url,
        "https://actualidad.rt.com/actualidad/512345-rusia-venezuela-acuerdo-energia"
    );
    assert_eq!(rt.outlet.as_deref(), Some("RT en Español"));
    assert_eq!(rt.author, "Ana Pérez");
    assert_eq!(rt.published, day(2026, 11, 3));
    assert_eq!(rt.accessed, day(2026, 11, 20));
    assert_eq!(rt.language, "es");
    assert_eq!(rt.kind, SourceKind::News);

    // Date parts as numbers; several authors.
    let reuters = &import.sources[1];
    assert_eq!(reuters.outlet.as_deref(), Some("Reuters"));
    assert_eq!(reuters.author, "John Smith, Marta Oliveira");
    assert_eq!(reuters.published, day(2026, 11, 4));
    assert_eq!(reuters.accessed, day(2026, 11, 20));
    assert_eq!(reuters.language, "en");

    // A literal author; a literal date that is not ISO stays empty.
    let folha = &import.sources[2];
    assert_eq!(folha.author, "Redação Folha");
    assert_eq!(folha.language, "pt-BR");
    assert_eq!(folha.published, None);
    assert_eq!(folha.accessed, day(2026, 11, 21));

    // The genre makes an opinion piece whatever the URL says.
    let editorial = &import.sources[3];
    assert_eq!(editorial.kind, SourceKind::Opinion);
    assert_eq!(editorial.author, "");
    // A year and a month: the first of the month, with a note.
    assert_eq!(editorial.published, day(2026, 11, 1));

    // A blog post keeps the kind its URL suggests (`/blogs/`).
    let blog = &import.sources[4];
    assert_eq!(blog.kind, SourceKind::Opinion);
    assert_eq!(blog.author, "Lucas de Ribeiro");
    // A year alone: 1 January, with a note.
    assert_eq!(blog.published, day(2026, 1, 1));

    assert_eq!(import.notes.len(), 4, "{:#?}", import.notes);
    let skipped = notes_about(&import, "skipped");
    assert_eq!(skipped.len(), 1, "{:#?}", import.notes);
    assert!(skipped[0].contains("item 6"));
    assert!(skipped[0].contains("\"Informe anual sobre medios estatales en América Latina\""));
    assert!(skipped[0].contains("no URL"));
    let unread = notes_about(&import, "left empty");
    assert_eq!(unread.len(), 1, "{:#?}", import.notes);
    assert!(unread[0].contains("item 3 \"O que a visita de Lavrov"));
    assert!(unread[0].contains("novembro de 2026"));
    let month = notes_about(&import, "only a year and a month (2026-11)");
    assert_eq!(month.len(), 1, "{:#?}", import.notes);
    assert!(month[0].contains("\"La diplomacia de los préstamos\""));
    assert!(month[0].contains("2026-11-01"));
    let year = notes_about(&import, "only a year (2026)");
    assert_eq!(year.len(), 1, "{:#?}", import.notes);
    assert!(year[0].contains("\"Russia's media footprint in the Andes\""));
    assert!(year[0].contains("publication date"));
    assert!(year[0].contains("2026-01-01"));
}

#[test]
fn raw_literal_and_string_dates() {
    let import = import(
        r#"[
            {"URL": "https://efe.com/a", "issued": {"raw": "2026-11-03"}, "accessed": {"raw": "2026-11-20 09:15:00"}},
            {"URL": "https://efe.com/b", "issued": {"literal": "2026-11-04"}, "accessed": "2026-11-21T10:00:00Z"},
            {"URL": "https://efe.com/c", "issued": {"raw": "2026-11"}},
            {"URL": "https://efe.com/d", "issued": {"date-parts": [["2026", "13", "1"]], "raw": "2026-11-05"}},
            {"URL": "https://efe.com/e", "issued": {"date-parts": [[2026, 11, 6], [2026, 11, 8]]}},
            {"URL": "https://efe.com/f", "issued": {"date-parts": [2026, 11, 7]}},
            {"URL": "https://efe.com/h", "issued": {"date-parts": [["2026"]], "raw": "2026-11-09"}},
            {"URL": "https://efe.com/g", "issued": {}, "accessed": null}
        ]"#,
    );
    let published: Vec<Option<NaiveDate>> = import.sources.iter().map(|s| s.published).collect();
    assert_eq!(
        published,
        [
            day(2026, 11, 3),
            day(2026, 11, 4),
            day(2026, 11, 1),
            // Month 13 is no month: the raw form after it decides.
            day(2026, 11, 5),
            // A range: its first day.
            day(2026, 11, 6),
            day(2026, 11, 7),
            // An exact day beats a year alone in an earlier form.
            day(2026, 11, 9),
            None,
        ]
    );
    assert_eq!(import.sources[0].accessed, day(2026, 11, 20));
    assert_eq!(import.sources[1].accessed, day(2026, 11, 21));
    assert_eq!(import.notes.len(), 1, "{:#?}", import.notes);
    assert!(import.notes[0].contains("item 3 (untitled)"));
    assert!(import.notes[0].contains("only a year and a month"));
}

#[test]
fn unreadable_dates_are_left_empty_with_a_note() {
    let import = import(
        r#"[
            {"title": "A", "URL": "https://efe.com/a", "issued": {"date-parts": [["2026", "2", "30"]]}},
            {"title": "B", "URL": "https://efe.com/b", "issued": {"raw": "3 November 2026"}},
            {"title": "C", "URL": "https://efe.com/c", "issued": {"date-parts": [["autumn"]]}},
            {"title": "D", "URL": "https://efe.com/d", "accessed": {"raw": "2026-11-03-04"}},
            {"title": "E", "URL": "https://efe.com/e", "issued": {"date-parts": [[99999999999, 1, 1]]}},
            {"title": "F", "URL": "https://efe.com/f", "issued": 20261103}
        ]"#,
    );
    assert_eq!(import.sources.len(), 6);
    assert!(
        import
            .sources
            .iter()
            .all(|s| s.published.is_none() && s.accessed.is_none())
    );
    assert_eq!(import.notes.len(), 6, "{:#?}", import.notes);
    assert!(import.notes[0].starts_with("item 1 \"A\": publication date left empty"));
    assert!(import.notes[1].contains("3 November 2026"));
    assert!(import.notes[3].contains("item 4 \"D\": access date left empty"));
}

#[test]
fn names_in_parts_or_literal() {
    let import = import(
        r#"[{"URL": "https://efe.com/a", "author": [
            {"family": "Pérez", "given": "Ana"},
            {"literal": "Agencia EFE"},
            {"family": "Martin Luther King", "suffix": "Jr."},
            {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
            {"family": "  ", "given": ""},
            {"family": "Only"}
        ]}]"#,
    );
    assert_eq!(
        import.sources[0].author,
        "Ana Pérez, Agencia EFE, Martin Luther King Jr., Ludwig van Beethoven, Only"
    );
}

#[test]
fn fields_are_trimmed_and_blank_ones_are_empty() {
    let import = import(
        r#"[{"title": "  T  ", "URL": " https://efe.com/a ", "container-title": "  ",
             "language": " es ", "genre": "Columna de Opinión", "unknown": {"x": [1]}}]"#,
    );
    let source = &import.sources[0];
    assert_eq!(source.title, "T");
    assert_eq!(source.url, "https://efe.com/a");
    assert_eq!(source.outlet, None);
    assert_eq!(source.language, "es");
    assert_eq!(source.kind, SourceKind::Opinion);
    assert!(import.notes.is_empty(), "{:#?}", import.notes);
}

#[test]
fn items_without_url_are_skipped_with_a_note() {
    let import = import(
        r#"[{"title": "No link", "URL": "  "}, {"type": "book"}, {"URL": "https://efe.com/a"}]"#,
    );
    assert_eq!(import.sources.len(), 1);
    assert_eq!(
        import.notes,
        [
            "item 1 \"No link\" skipped: it has no URL, and a source needs one",
            "item 2 (untitled) skipped: it has no URL, and a source needs one",
        ]
    );
}

#[test]
fn an_empty_list_imports_nothing_with_a_note() {
    let import = import("\u{feff}[]\n");
    assert!(import.sources.is_empty());
    assert_eq!(import.notes, ["zotero.json: the list holds no items"]);
}

#[test]
fn syntax_errors_give_line_and_column_in_characters() {
    let error = sources_from_csl_json(
        "[\n  {\"title\": \"Pérez\" \"URL\": \"https://efe.com/a\"}\n]\n",
        "zotero.json",
    )
    .expect_err("a comma is missing");
    let CslError::Syntax { at, .. } = &error else {
        panic!("not a syntax error: {error:?}");
    };
    // The second `"` after "Pérez": column 21 in characters (22 in bytes).
    assert_eq!(
        *at,
        TextPosition {
            line: 2,
            column: 21
        }
    );
    assert_eq!(error.to_string(), "zotero.json:2:21: expected `,` or `}`");

    let error = sources_from_csl_json("[{\"title\": \"x\"", "zotero.json").expect_err("cut short");
    assert!(matches!(error, CslError::Syntax { .. }), "{error:?}");
    assert!(error.to_string().starts_with("zotero.json:1:"), "{error}");

    let error = sources_from_csl_json("Title,URL\n", "zotero.json").expect_err("CSV");
    assert!(matches!(error, CslError::Syntax { .. }), "{error:?}");
}

#[test]
fn wrong_types_give_line_and_column() {
    let error = sources_from_csl_json(
        "[\n  {\"URL\": \"https://efe.com/a\",\n   \"title\": 5}\n]",
        "zotero.json",
    )
    .expect_err("a title is text");
    let CslError::Invalid { at, message, .. } = &error else {
        panic!("not a type error: {error:?}");
    };
    assert_eq!(at.line, 3);
    assert!(message.contains("expected a string"), "{message}");

    let error = sources_from_csl_json("[3]", "zotero.json").expect_err("not an item");
    assert!(error.to_string().contains("expected a CSL item"), "{error}");
    let error = sources_from_csl_json("[{\"author\": [\"Ana Pérez\"]}]", "zotero.json")
        .expect_err("a name is an object");
    assert!(error.to_string().contains("expected a CSL name"), "{error}");
}

#[test]
fn a_single_item_is_not_a_list() {
    let error = sources_from_csl_json(r#"{"title": "T", "URL": "https://efe.com/a"}"#, "item.json")
        .expect_err("one object");
    assert!(matches!(error, CslError::NotAList { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.starts_with("item.json: a CSL JSON file is a list of items"));
    assert!(message.contains("a single object"), "{message}");
    for (text, found) in [
        ("", "empty"),
        ("  \n", "empty"),
        ("null", "null"),
        ("\"x\"", "a string"),
    ] {
        let error = sources_from_csl_json(text, "x.json").expect_err(text);
        assert!(error.to_string().contains(found), "{error}");
    }
}

#[test]
fn hostile_input_does_not_panic() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(sources_from_csl_json(&deep, "deep.json").is_err());
    for text in [
        "[{\"issued\": {\"date-parts\": [[1e400]]}}]",
        "[{\"URL\": \"https://x\", \"issued\": {\"date-parts\": [[-9223372036854775808, 99999999999, -1]]}}]",
        "[{\"URL\": \"https://x\", \"issued\": {\"date-parts\": [[2026.5, 1.5]]}}]",
        "[{\"URL\": \"https://x\", \"issued\": {\"date-parts\": [[]]}, \"accessed\": {\"date-parts\": []}}]",
        "[{\"URL\": \"https://x\", \"issued\": {\"raw\": \"é-é-é\"}, \"accessed\": {\"raw\": \"-\"}}]",
        "[{\"URL\": \"https://x\", \"issued\": {\"raw\": 5, \"literal\": [1]}}]",
        "[\"\\ud800\"]",
        "\u{feff}",
        "[é",
    ] {
        let _ = sources_from_csl_json(text, "odd.json");
    }
}
