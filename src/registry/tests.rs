use super::*;

fn outlet(name: &str, domains: &[&str], classification: Classification) -> Outlet {
    Outlet {
        languages: vec!["es".to_owned()],
        evidence: "test".to_owned(),
        ..Outlet::new(name, "Testland", domains, classification)
    }
}

fn name_for(registry: &Registry, url: &str) -> Option<String> {
    registry
        .outlet_for_url(url)
        .map(|outlet| outlet.name.clone())
}

#[test]
fn builtin_registry_parses_and_is_not_empty() {
    let registry = Registry::builtin();
    assert!(registry.outlets().len() > 100);
}

#[test]
fn matches_whole_labels_only() {
    let registry = Registry::builtin();
    assert_eq!(
        name_for(&registry, "https://actualidad.rt.com/x").as_deref(),
        Some("RT en Español")
    );
    assert_eq!(
        name_for(&registry, "https://www.rt.com/news/1").as_deref(),
        Some("RT (RT International)")
    );
    assert_eq!(name_for(&registry, "https://art.com/rt.com"), None);
    assert_eq!(name_for(&registry, "https://rt.com.example.org/"), None);
}

#[test]
fn longest_domain_wins() {
    let registry = Registry::builtin();
    assert_eq!(
        name_for(&registry, "https://spanish.news.cn/20260101/x.html").as_deref(),
        Some("Xinhua Español")
    );
    assert_eq!(
        name_for(&registry, "https://english.news.cn/x").as_deref(),
        Some("Xinhua News Agency")
    );
    assert_eq!(
        name_for(&registry, "http://news.cn/x").as_deref(),
        Some("Xinhua News Agency")
    );
    assert_eq!(
        name_for(&registry, "https://mundo.sputniknews.com/a").as_deref(),
        Some("Sputnik Mundo (Spanish)")
    );
    assert_eq!(
        name_for(&registry, "https://fmprc.gov.cn/esp/").as_deref(),
        Some("PRC government portals (State Council; MFA)")
    );
}

#[test]
fn case_and_www_are_ignored() {
    let registry = Registry::builtin();
    assert_eq!(
        name_for(&registry, "HTTPS://WWW.TeleSURtv.NET/news/").as_deref(),
        Some("teleSUR")
    );
    assert_eq!(
        name_for(&registry, "https://www.hispantv.com/noticias").as_deref(),
        Some("HispanTV")
    );
}

#[test]
fn unicode_domains_match_their_punycode() {
    let registry = Registry::from_outlets(vec![outlet(
        "Diário",
        &["diário.example"],
        Classification::Independent,
    )])
    .expect("valid domains");
    assert_eq!(
        name_for(&registry, "https://www.DIÁRIO.example/a").as_deref(),
        Some("Diário")
    );
    assert_eq!(
        name_for(&registry, "https://xn--dirio-yqa.example/a").as_deref(),
        Some("Diário")
    );
}

#[test]
fn urls_without_a_domain_match_nothing() {
    let registry = Registry::builtin();
    assert_eq!(name_for(&registry, "not a url"), None);
    assert_eq!(name_for(&registry, "mailto:desk@rt.com"), None);
    assert_eq!(name_for(&registry, "http://127.0.0.1/rt.com"), None);
    assert_eq!(name_for(&registry, "/relative/path"), None);
}

#[test]
fn a_bad_domain_in_a_registry_file_is_reported() {
    let text = r#"(outlets: [(name: "X", country: "Y", domains: ["exa mple.com"], classification: Independent, languages: [], evidence: "")])"#;
    let error = Registry::from_ron(text, "user.ron").expect_err("space in a domain");
    assert!(error.to_string().contains("exa mple.com"), "{error}");
}

#[test]
fn a_damaged_registry_file_names_line_and_column() {
    let error = Registry::from_ron("(outlets: [\n  (name: 3)", "user.ron").expect_err("damaged");
    assert!(error.to_string().starts_with("user.ron:2:"), "{error}");
}

#[test]
fn independent_outlets_of_the_region_are_classified() {
    let registry = Registry::builtin();
    for url in [
        "https://www.reuters.com/world/americas/x",
        "https://apnews.com/article/x",
        "https://www.afp.com/es/x",
        "https://efe.com/mundo/x",
        "https://www.eltiempo.com/mundo/x",
        "https://www.semana.com/x",
        "https://www.elnacional.com/venezuela/x",
        "https://efectococuyo.com/politica/x",
        "https://www.infobae.com/america/x",
        "https://www.lanacion.com.ar/politica/x",
        "https://www.clarin.com/mundo/x",
        "https://elcomercio.pe/mundo/x",
        "https://www.elcomercio.com/actualidad/x",
        "https://www.prensa.com/politica/x",
        "https://www.laprensani.com/2026/01/x",
        "https://eldeber.com.bo/pais/x",
        "https://www.primicias.ec/politica/x",
        "https://www1.folha.uol.com.br/mundo/x",
        "https://g1.globo.com/mundo/x",
        "https://www.bloomberg.com/news/x",
        "https://www.bbc.com/mundo/articles/x",
        "https://www.dw.com/es/x",
        "https://www.france24.com/es/x",
    ] {
        let outlet = registry
            .outlet_for_url(url)
            .unwrap_or_else(|| panic!("{url} is unclassified"));
        assert!(
            matches!(
                outlet.classification,
                Classification::Independent
                    | Classification::IndependentPublic
                    | Classification::IndependentStateFunded
                    | Classification::IndependentStateFundedManaged
            ),
            "{url}: {:?}",
            outlet.classification
        );
    }
}

/// The curated list of state media the built-in registry is built from
/// (`assets/reference/README.md`), compiled in: a missing file fails the build.
const REFERENCE_CSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/reference/state-media-outlets.csv"
));

/// The built-in registry carries every row of the reference list.
#[test]
fn builtin_registry_covers_the_reference_state_media_facts() {
    let csv = REFERENCE_CSV;
    let registry = Registry::builtin();
    let mut rows = 0;
    for line in csv.lines().skip(1).filter(|line| !line.trim().is_empty()) {
        // The first five columns hold no commas; evidence is the rest of the line.
        let columns: Vec<&str> = line.splitn(6, ',').collect();
        let [name, country, domains, classification, ..] = columns[..] else {
            panic!("short row: {line}");
        };
        let expected = Classification::from_name(classification).expect("known classification");
        for domain in domains.split('|') {
            let outlet = registry
                .outlet_for_host(domain)
                .unwrap_or_else(|| panic!("{domain} of {name} is missing"));
            assert_eq!(outlet.name, name, "{domain}");
            assert_eq!(outlet.country, country, "{domain}");
            assert_eq!(outlet.classification, expected, "{domain}");
        }
        rows += 1;
    }
    assert_eq!(rows, 79);
}

#[test]
fn the_users_outlets_correct_hide_and_add() {
    let builtin = Registry::builtin();
    let mut user = UserOutlets::default();
    // A correction: same name as a built-in outlet, another classification.
    let mut telesur = builtin
        .outlets()
        .iter()
        .find(|o| o.name.starts_with("teleSUR") || o.name.starts_with("TeleSUR"))
        .cloned()
        .expect("teleSUR is built in");
    telesur.classification = Classification::CapturedPrivate;
    user.upsert(telesur.clone());
    user.upsert(outlet(
        "Blog",
        &["blog.example.org"],
        Classification::CapturedPublic,
    ));
    user.set_hidden("RT en Español", true);
    let registry = Registry::with_user(&builtin, &user);
    let found = registry
        .match_url("https://www.telesurtv.net/x")
        .expect("matched");
    assert_eq!(found.outlet.classification, Classification::CapturedPrivate);
    assert_eq!(found.origin, Origin::User);
    assert_eq!(
        name_for(&registry, "https://blog.example.org/a").as_deref(),
        Some("Blog")
    );
    // Hidden: the host falls back to the next longest domain (rt.com).
    assert_eq!(
        name_for(&registry, "https://actualidad.rt.com/x").as_deref(),
        Some("RT (RT International)")
    );
    assert_eq!(
        registry.outlets().len(),
        builtin.outlets().len() + 1 - 1,
        "one added, one hidden, one replaced"
    );
}

#[test]
fn the_users_outlets_go_to_csv_in_the_reference_columns_and_back() {
    let mut user = UserOutlets::default();
    user.upsert(outlet(
        "Radio, \"Quoted\"",
        &["a.example", "b.example"],
        Classification::CapturedPublic,
    ));
    let csv = user.to_csv();
    assert!(
        csv.starts_with("outlet,country,domains,classification,language,evidence,reader_name\n"),
        "{csv}"
    );
    assert!(csv.contains("a.example|b.example,captured-public"), "{csv}");
    let back = UserOutlets::outlets_from_csv(&csv, "mine.csv").expect("reads");
    assert_eq!(back, user.outlets);
    // The reference list itself reads as a user's outlet file, row for row.
    let rows = UserOutlets::outlets_from_csv(REFERENCE_CSV, "state-media-outlets.csv")
        .expect("the reference list reads");
    assert_eq!(rows.len(), 79);
}

#[test]
fn a_bad_csv_row_names_its_line() {
    let csv = "outlet,country,domains,classification,language,evidence\nA,X,a.example,state-owned,,\nB,X,b.example,very-bad,,\n";
    let error = UserOutlets::outlets_from_csv(csv, "mine.csv").expect_err("bad class");
    assert!(error.to_string().starts_with("mine.csv:3:"), "{error}");
    let error =
        UserOutlets::outlets_from_csv("name,url\nA,b\n", "mine.csv").expect_err("bad header");
    assert!(error.to_string().contains("header"), "{error}");
}

#[test]
fn a_built_in_outlet_corrected_under_a_new_name_no_longer_matches() {
    let builtin = Registry::builtin();
    let mut corrected = builtin
        .match_url("https://actualidad.rt.com/x")
        .expect("RT is built in")
        .outlet
        .clone();
    let old_name = corrected.name.clone();
    corrected.name = "RT Actualidad (corrected)".to_owned();
    corrected.domains = vec!["actualidad.rt.com".to_owned()];
    let mut user = UserOutlets::default();
    user.save_outlet(&builtin, Some(&old_name), corrected);
    let registry = Registry::with_user(&builtin, &user);
    assert!(
        !registry.outlets().iter().any(|o| o.name == old_name),
        "the built-in one is no longer listed"
    );
    assert_eq!(
        name_for(&registry, "https://actualidad.rt.com/x").as_deref(),
        Some("RT Actualidad (corrected)")
    );
    assert!(user.is_hidden(&old_name));
    // Renaming one's own outlet replaces it without hiding anything.
    let mine = user.outlets[0].clone();
    let mut renamed = mine.clone();
    renamed.name = "RT Actualidad".to_owned();
    user.save_outlet(&builtin, Some(&mine.name), renamed);
    assert_eq!(user.outlets.len(), 1);
    assert_eq!(user.hidden, [old_name]);
}

#[test]
fn readers_see_a_sites_own_name_never_a_grouping_label() {
    let registry = Registry::builtin();
    let reader_name = |host: &str| {
        registry
            .outlet_for_host(host)
            .and_then(|outlet| outlet.name_for_readers(host))
            .map(str::to_owned)
    };
    assert_eq!(reader_name("www.kremlin.ru").as_deref(), Some("Kremlin"));
    assert_eq!(
        reader_name("mid.ru").as_deref(),
        Some("Ministry of Foreign Affairs of Russia")
    );
    assert_eq!(
        reader_name("www.state.gov").as_deref(),
        Some("US Department of State")
    );
    // A .gov site the entry does not name: no name, so the export shows the host.
    assert_eq!(reader_name("nasa.gov"), None);
    assert_eq!(reader_name("www.rt.com").as_deref(), Some("RT"));
    assert_eq!(
        reader_name("actualidad.rt.com").as_deref(),
        Some("RT en Español")
    );
    assert_eq!(reader_name("elcomercio.pe").as_deref(), Some("El Comercio"));
    assert_eq!(reader_name("reuters.com").as_deref(), Some("Reuters"));
}
