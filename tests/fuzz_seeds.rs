//! The fuzz targets' checks on their seed corpus (`fuzz/seeds/`), so that
//! every input that ever broke an invariant stays fixed without `cargo fuzz`.

#[path = "../fuzz/src/lib.rs"]
mod checks;

use std::path::Path;

fn each_seed(target: &str, check: fn(&[u8])) {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(target);
    let mut seeds = 0;
    for file in std::fs::read_dir(&folder).expect("seed folder") {
        let path = file.expect("seed file").path();
        let data = std::fs::read(&path).expect("read seed");
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{target} breaks on {}", path.display());
        seeds += 1;
    }
    assert!(seeds > 0, "no seeds in {}", folder.display());
}

#[test]
fn ron_loader_seeds() {
    each_seed("ron_loader", checks::ron_loader);
}

#[test]
fn markdown_import_seeds() {
    each_seed("markdown_import", checks::markdown_import);
}

#[test]
fn html_export_seeds() {
    each_seed("html_export", checks::html_export);
}

#[test]
fn markdown_export_seeds() {
    each_seed("markdown_export", checks::markdown_export);
}

#[test]
fn the_checks_accept_the_real_exports_of_the_sample() {
    let issue = monitor_workbench::sample::sample_issue();
    let registry = monitor_workbench::registry::Registry::builtin();
    let options = monitor_workbench::export::ExportOptions::default();
    checks::check_html(&monitor_workbench::export::html(
        &issue, &registry, &options,
    ));
    checks::check_html(&monitor_workbench::export::review_report(&issue, &registry));
    checks::check_markdown(&monitor_workbench::export::markdown(
        &issue, &registry, &options,
    ));
}

#[test]
#[should_panic(expected = "element <script>")]
fn the_html_check_catches_a_script() {
    checks::check_html("<!DOCTYPE html><html><body><script>x</script></body></html>");
}

#[test]
#[should_panic(expected = "link to javascript:")]
fn the_markdown_check_catches_a_script_link() {
    checks::check_markdown("[x](javascript:alert(1))");
}

#[test]
fn page_metadata_seeds() {
    each_seed("page_metadata", checks::page_metadata);
    // The capture tests' pages are seeds too, read where they live.
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pages");
    for file in std::fs::read_dir(&pages).expect("the pages folder") {
        let path = file.expect("a page").path();
        if path.extension().is_some_and(|e| e == "html") {
            let data = std::fs::read(&path).expect("read the page");
            let outcome = std::panic::catch_unwind(|| checks::page_metadata(&data));
            assert!(
                outcome.is_ok(),
                "page_metadata breaks on {}",
                path.display()
            );
        }
    }
}
