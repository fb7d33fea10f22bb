//! The built-in registry against the reference file it is built from: every
//! rated row with a web address classifies to its model, except where the
//! curated layer corrects the file and says why.

use super::*;

/// (host, model) of every rated row with a web address, in the file's order.
fn reference_rows() -> Vec<(String, String, Classification)> {
    let text = include_str!("../../assets/reference/asd/State_Media_Matrix.csv");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().expect("header").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (asset, url, typology) = (column("Main assets"), column("URL"), column("Typology"));
    reader
        .records()
        .map(|r| r.expect("row"))
        .filter_map(|row| {
            let model = Classification::from_name(&row[typology])?;
            let host = host_of(row[url].trim()).and_then(|h| normalize_host(&h))?;
            Some((host, row[asset].to_owned(), model))
        })
        .collect()
}

#[test]
fn every_rated_row_with_an_address_classifies_to_its_model_unless_corrected() {
    let registry = Registry::builtin();
    let release = reference().expect("the reference file reads");
    let mut wrong = Vec::new();
    let rows = reference_rows();
    assert!(rows.len() > 1_000, "{} rows", rows.len());
    for (host, asset, model) in rows {
        let expected = release
            .ties
            .iter()
            .find(|tie| tie.host == host)
            .map_or(model, |tie| tie.winner);
        match registry.match_host(&host) {
            Some(found) if found.outlet.classification == expected => {}
            Some(found) if found.outlet.corrects.is_some() => {}
            Some(found) => wrong.push(format!(
                "{host} ({asset}): {} in the file, {} ({}) in the registry without a documented correction",
                expected.name(),
                found.outlet.classification.name(),
                found.outlet.name
            )),
            None => wrong.push(format!("{host} ({asset}) is missing")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Hosts the file lists under two models; each goes to the stricter one.
#[test]
fn every_tie_in_the_reference_file_is_listed_and_goes_to_the_stricter_model() {
    let release = reference().expect("reads");
    let ties: Vec<String> = release
        .ties
        .iter()
        .map(|tie| {
            let claims: Vec<String> = tie
                .claims
                .iter()
                .map(|(name, model)| format!("{name}={}", model.code().unwrap_or("?")))
                .collect();
            format!(
                "{} [{}] -> {}",
                tie.host,
                claims.join(", "),
                tie.winner.code().unwrap_or("?")
            )
        })
        .collect();
    assert_eq!(ties, EXPECTED_TIES);
}

const EXPECTED_TIES: [&str; 2] = [
    "rtv.rs [RTV1=CaPr, Radio Novi Sad=ISFM] -> CaPr",
    "rtvs.sk [STV=CaPu, SRo=CaPr] -> CaPu",
];

#[test]
fn the_curated_layer_corrects_the_file_and_adds_what_it_lacks() {
    let registry = Registry::builtin();
    let class = |url: &str| registry.outlet_for_url(url).map(|o| o.classification);
    // A confiscated independent channel, listed as state media by the file.
    let noticias = registry
        .outlet_for_url("https://100noticias.com.ni/nacionales/x")
        .expect("known");
    assert_eq!(noticias.classification, Classification::Independent);
    assert!(
        noticias
            .corrects
            .as_deref()
            .is_some_and(|why| why.contains("confiscated"))
    );
    // State media of the monitored nations that the file lacks.
    for url in [
        "https://www.hispantv.com/noticias/x",
        "https://www.telesurtv.net/x",
        "http://www.cubadebate.cu/noticias/x",
    ] {
        assert_eq!(class(url), Some(Classification::StateControlled), "{url}");
    }
    // The independent outlets a Latin America monitor cites stay classified.
    for url in [
        "https://www.infobae.com/x",
        "https://efectococuyo.com/x",
        "https://www.eltiempo.com/x",
    ] {
        assert_eq!(class(url), Some(Classification::Independent), "{url}");
    }
    // And the file reaches well beyond the region.
    assert_eq!(
        class("https://www.vtv.gob.ve/x"),
        Some(Classification::StateControlled)
    );
    assert_eq!(
        class("https://www.rtvs.sk/x"),
        Some(Classification::CapturedPublic)
    );
    assert_eq!(
        class("https://www.ard.de/x"),
        Some(Classification::IndependentPublic)
    );
    let hosts: usize = registry.outlets().iter().map(|o| o.domains.len()).sum();
    assert!(hosts > 1_000, "{hosts} hosts");
    let countries = registry.state_countries();
    assert!(countries.len() > 150, "{}", countries.len());
}

#[test]
fn an_outlet_captured_later_keeps_its_old_model_for_older_sources() {
    let registry = Registry::builtin();
    let globovision = registry
        .outlet_for_url("https://globovision.com/article/x")
        .expect("known");
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
    let in_2012 = globovision.rating_on(day(2012, 6, 1));
    assert_eq!(in_2012.classification, Classification::Independent);
    assert_eq!(in_2012.until, day(2013, 4, 30));
    let in_2021 = globovision.rating_on(day(2021, 3, 1));
    assert_eq!(in_2021.classification, Classification::CapturedPrivate);
    assert_eq!(in_2021.from, day(2013, 5, 1));
    assert_eq!(
        globovision.rating_on(None).classification,
        Classification::CapturedPrivate
    );
}
