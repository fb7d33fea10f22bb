use super::*;

fn urls(text: &str) -> Vec<String> {
    match pasted_urls(text) {
        Ok(urls) => urls,
        Err(error) => panic!("{text:?}: {error}"),
    }
}

fn message(text: &str) -> String {
    match pasted_urls(text) {
        Err(error) => error.to_string(),
        Ok(urls) => panic!("{text:?} gave {urls:?}"),
    }
}

#[test]
fn one_url_is_kept_as_pasted() {
    assert_eq!(
        urls("https://www.reuters.com/world/americas/x/"),
        ["https://www.reuters.com/world/americas/x/"]
    );
    assert_eq!(
        urls("  http://actualidad.rt.com/actualidad/1\n"),
        ["http://actualidad.rt.com/actualidad/1"]
    );
    assert_eq!(
        urls("https://eldeber.com.bo/pais/x?y=1#z"),
        ["https://eldeber.com.bo/pais/x?y=1#z"]
    );
}

#[test]
fn wrapped_urls_are_cleaned() {
    for text in [
        "<https://a.com/x>",
        "\"https://a.com/x\"",
        "“https://a.com/x”",
        "‘https://a.com/x’",
        "«https://a.com/x»",
        "'https://a.com/x'",
        "[https://a.com/x]",
        "https://a.com/x;",
        "(https://a.com/x)",
        "https://a.com/x.",
        "https://a.com/x,",
    ] {
        assert_eq!(urls(text), ["https://a.com/x"], "{text}");
    }
}

#[test]
fn scheme_less_addresses_get_https() {
    for (text, url) in [
        ("www.reuters.com/world/x", "https://www.reuters.com/world/x"),
        (
            "reuters.com/world/americas/story",
            "https://reuters.com/world/americas/story",
        ),
        ("actualidad.rt.com", "https://actualidad.rt.com"),
        (
            "eldeber.com.bo/pais/x?y=1#z",
            "https://eldeber.com.bo/pais/x?y=1#z",
        ),
        ("WWW.EFE.COM/a", "https://WWW.EFE.COM/a"),
        ("//cdn.efe.com/a", "https://cdn.efe.com/a"),
        ("reuters.com:8080/x", "https://reuters.com:8080/x"),
        ("президент.рф/news", "https://президент.рф/news"),
    ] {
        assert_eq!(urls(text), [url], "{text}");
    }
}

#[test]
fn wrapped_scheme_less_addresses_are_cleaned() {
    for text in [
        "<www.reuters.com/x>",
        "(www.reuters.com/x)",
        "\"www.reuters.com/x\"",
        "“www.reuters.com/x”",
        "'www.reuters.com/x'",
        "www.reuters.com/x.",
        "www.reuters.com/x,",
        "www.reuters.com/x);",
    ] {
        assert_eq!(urls(text), ["https://www.reuters.com/x"], "{text}");
    }
    assert_eq!(
        urls("en.wikipedia.org/wiki/Chancay_(port)"),
        ["https://en.wikipedia.org/wiki/Chancay_(port)"]
    );
    assert_eq!(
        urls("(en.wikipedia.org/wiki/Chancay_(port))."),
        ["https://en.wikipedia.org/wiki/Chancay_(port)"]
    );
}

#[test]
fn lists_of_addresses_are_completed_and_deduplicated() {
    let text = "https://a.com/x\nwww.b.com/y\nhttps://www.a.com/x/\n";
    assert_eq!(urls(text), ["https://a.com/x", "https://www.b.com/y"]);
    let bare = "reuters.com/a\n  actualidad.rt.com/b\n\nwww.reuters.com/a/";
    assert_eq!(
        urls(bare),
        ["https://reuters.com/a", "https://actualidad.rt.com/b"]
    );
}

#[test]
fn list_marks_are_layout() {
    let text = "1. https://a.com/x\n2. www.b.com/y\n3) c.org/z\n(4) d.net";
    assert_eq!(
        urls(text),
        [
            "https://a.com/x",
            "https://www.b.com/y",
            "https://c.org/z",
            "https://d.net"
        ]
    );
    let bullets = "- a.com/x\n* b.com/y\n• c.com/z\n— d.com, e.com; f.com";
    assert_eq!(
        urls(bullets),
        [
            "https://a.com/x",
            "https://b.com/y",
            "https://c.com/z",
            "https://d.com",
            "https://e.com",
            "https://f.com"
        ]
    );
}

#[test]
fn links_in_prose_are_found() {
    let text = "Reuters reported it (https://www.reuters.com/world/x). \
                See also https://www.efe.com/y, and https://reuters.com/world/x again.";
    assert_eq!(
        urls(text),
        ["https://www.reuters.com/world/x", "https://www.efe.com/y"]
    );
    // In prose, bare names are words: only links with a scheme count.
    assert_eq!(
        urls("Built with Node.js: https://a.com/x"),
        ["https://a.com/x"]
    );
    assert_eq!(
        urls("He wrote “see https://a.com/x” and “https://a.com/x”."),
        ["https://a.com/x"]
    );
    assert_eq!(
        urls("see https://a.com/x or mailto:desk@efe.com"),
        ["https://a.com/x"]
    );
}

#[test]
fn other_schemes_are_named() {
    for (text, scheme) in [
        ("ftp://x.org/y", "ftp"),
        ("mailto:desk@efe.com", "mailto"),
        ("javascript:alert(1)", "javascript"),
        ("file:///home/editor/story.html", "file"),
        ("FTP://x.org/y", "ftp"),
        ("tel:+59122222222", "tel"),
        ("<ftp://x.org/y>", "ftp"),
        ("gopher://x.org/y", "gopher"),
    ] {
        let Err(PasteError::NotWeb { scheme: found, .. }) = pasted_urls(text) else {
            panic!("{text}: {:?}", pasted_urls(text));
        };
        assert_eq!(found, scheme, "{text}");
    }
    assert_eq!(
        message("ftp://x.org/y"),
        "“ftp://x.org/y” is not a web address: only http and https links can be cited"
    );
    assert_eq!(
        message("<mailto:desk@efe.com>"),
        "“mailto:desk@efe.com” is not a web address: only http and https links can be cited"
    );
    // The first non-web link is the one named.
    assert_eq!(
        message("the file is at ftp://x.org/y or file:///z"),
        "“ftp://x.org/y” is not a web address: only http and https links can be cited"
    );
}

#[test]
fn non_addresses_are_refused() {
    for text in [
        "foo",
        "localhost/x",
        "localhost:3000",
        "1.5",
        "192.168.1.1/admin",
        "hello world",
        "e.g.",
        "a.b1",
        "x.c",
        "desk@efe.com",
        "reuters.com/a see",
        "https://",
        "-",
        "1.",
        "a..com/x",
    ] {
        assert_eq!(
            pasted_urls(text),
            Err(PasteError::NotUrl { text: text.into() }),
            "{text}"
        );
    }
    assert_eq!(
        message("Reuters story about Chancay"),
        "“Reuters story about Chancay” is not a web address: paste a link such as https://www.reuters.com/…"
    );
}

#[test]
fn long_pastes_are_quoted_short_on_one_line() {
    let text =
        "Reuters story about Chancay\nand the port,\tthe ships and the money it brings to Peru";
    assert_eq!(
        message(text),
        "“Reuters story about Chancay and the port, the ships and the…” is not a web \
         address: paste a link such as https://www.reuters.com/…"
    );
    let Err(PasteError::NotUrl { text: quoted }) = pasted_urls(text) else {
        panic!("{text}");
    };
    assert!(quoted.ends_with("the…"), "{quoted}");
}

#[test]
fn empty_pastes_are_their_own_error() {
    for text in ["", "  ", "\n\t"] {
        assert_eq!(pasted_urls(text), Err(PasteError::Empty));
    }
    assert_eq!(
        PasteError::Empty.to_string(),
        "nothing pasted: paste a link such as https://www.reuters.com/…"
    );
}

#[test]
fn every_result_is_a_web_url() {
    for text in [
        "www.reuters.com/world/x",
        "https://a.com/x www.b.com/y",
        "see https://a.com/x, then",
        "президент.рф",
    ] {
        for url in urls(text) {
            assert!(is_web_url(&url), "{text}: {url}");
        }
    }
}
