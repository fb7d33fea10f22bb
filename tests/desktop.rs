//! The workbench on a real desktop, for what egui_kittest cannot see: the
//! system clipboard both ways, keys typed one at a time through the X
//! server, focus, the window's real size, the built-in file chooser on a
//! machine with no portal, and the files written at the end. The real
//! binary runs on its own Xvfb display with a fresh `HOME` and no D-Bus;
//! `xdotool` types and clicks, `xclip` plays the other programs. Every
//! assertion reads what the program saved or exported.
//! Needs `Xvfb`, `xdotool` and `xclip` (`.ci/run` installs them); without
//! them each test fails saying what to install.

mod support;

use std::path::Path;

use monitor_workbench::store;
use support::desktop::{Display, Workbench};

const BUTTON: &[&str] = &["Button"];

/// The first entry's text, with the punctuation editors type.
const FIRST: &str = "Managua hosted Russia's deputy defence minister on 3 December; \
                     the visit, announced by TASS, lasted two days.";
const SECOND: &str = "Nicaragua's Assembly approved \"cooperation\" with Moscow: 70 votes to 0.";

const TYPED_LINK: &str = "https://www.laprensani.com/2026/12/04/politica/visita-rusa/";
const PASTED_LINK: &str = "https://www.efe.com/mundo/2026-12-05/nicaragua-rusia-asamblea/";
const PASTED_WITH_CTRL_L: &str = "https://confidencial.digital/politica/visita-rusa-managua/";

/// An editor's week: a new issue filled in the window, links typed and
/// pasted from another program, a field copied out, saved, reopened and
/// exported as HTML and PDF through the built-in chooser.
#[test]
fn an_editor_writes_saves_reopens_and_exports_an_issue() {
    let display = Display::start(1400, 900);
    let folder = tempfile::tempdir().expect("a folder");
    let issue_path = folder.path().join("vric-15.ron");

    let workbench = Workbench::start(&display, &[&issue_path]);
    // The first run teaches: the tour's cards, closed with Escape.
    workbench.find("Tour · 1 of 7", &[]);
    workbench.click("Next", BUTTON);
    workbench.find("Tour · 2 of 7", &[]);
    workbench.key("Escape");
    workbench.wait_for("the tour to close", |widgets| {
        !widgets.iter().any(|w| w.name == "Skip tour")
    });
    user_guide_with_f1(&display, &workbench);
    // Issue details: a title and two editors, typed key by key.
    workbench.click("Issue details", &[]);
    workbench.click_field("Title");
    workbench.type_text("Extra-hemispheric influence, 1–15 December");
    workbench.click_field("Editors");
    workbench.type_text("Marta Ruiz, Daniel Ortega Vidal");
    assert_eq!(
        workbench.value_of("Editors"),
        "Marta Ruiz, Daniel Ortega Vidal"
    );
    // Copied out of a field, the text reaches other programs.
    workbench.key("ctrl+a");
    workbench.key("ctrl+c");
    assert_eq!(display.paste_elsewhere(), "Marta Ruiz, Daniel Ortega Vidal");

    // A section of its own, named as it is added.
    workbench.click("Add section", BUTTON);
    workbench.type_text("Nicaragua");
    workbench.key("Return");
    workbench.click("Add entry", BUTTON);
    workbench.type_text(FIRST);
    // A link typed key by key: Ctrl+L, the address, Enter.
    workbench.key("ctrl+l");
    workbench.type_text(TYPED_LINK);
    workbench.key("Return");
    // The first link added asks whether to fetch pages: not here.
    workbench.click("No, don't fetch", BUTTON);

    workbench.click("Add entry", BUTTON);
    workbench.type_text(SECOND);
    // A link copied in a browser, pasted into the entry's link field.
    display.copy_elsewhere(PASTED_LINK);
    workbench.click_field("Add source to entry 2");
    workbench.key("ctrl+v");
    workbench.key("Return");
    // Another, into the first entry, reached with Ctrl+L.
    workbench.click_field("Entry 1");
    display.copy_elsewhere(PASTED_WITH_CTRL_L);
    workbench.key("ctrl+l");
    workbench.key("ctrl+v");
    workbench.key("Return");
    workbench.key("ctrl+s");
    workbench.wait_for("the save", |widgets| {
        widgets.iter().any(|w| w.name == "saved")
    });

    let saved = store::load(&issue_path).expect("the saved issue loads");
    assert_eq!(saved.title, "Extra-hemispheric influence, 1–15 December");
    assert_eq!(saved.editors, ["Marta Ruiz", "Daniel Ortega Vidal"]);
    let nicaragua = saved
        .sections
        .iter()
        .find(|s| s.title == "Nicaragua")
        .expect("the new section");
    assert_eq!(nicaragua.entries.len(), 2);
    assert_eq!(nicaragua.entries[0].body, FIRST);
    assert_eq!(nicaragua.entries[1].body, SECOND);
    let cites = |entry: usize, url: &str| {
        let source = saved
            .sources
            .iter()
            .find(|s| s.url == url)
            .unwrap_or_else(|| panic!("{url} is a source"));
        nicaragua.entries[entry].cites(source.id)
    };
    assert!(cites(0, TYPED_LINK), "the typed link");
    assert!(cites(1, PASTED_LINK), "the pasted link");
    assert!(cites(0, PASTED_WITH_CTRL_L), "the link pasted after Ctrl+L");

    // Quit, and open the file again: the window shows what was saved.
    workbench.key("ctrl+q");
    assert!(workbench.wait_for_exit().success());
    let workbench = Workbench::start(&display, &[&issue_path]);
    workbench.find("Nicaragua", &[]);
    assert!(
        !workbench.widgets().iter().any(|w| w.name == "Skip tour"),
        "the tour is for the first run only"
    );

    // Export: a draft, through the built-in chooser (no portal here).
    let html = folder.path().join("vric-15.html");
    export(&workbench, "ctrl+e", &html);
    let page = std::fs::read_to_string(&html).expect("the HTML");
    assert!(
        page.contains("Managua hosted Russia"),
        "entry 1 in the HTML"
    );
    assert!(page.contains("Nicaragua"), "the section in the HTML");
    assert!(
        folder.path().join("vric-15.md").exists(),
        "the Markdown beside it"
    );
    let pdf = folder.path().join("vric-15.pdf");
    export(&workbench, "ctrl+shift+e", &pdf);
    let bytes = std::fs::read(&pdf).expect("the PDF");
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    if let Ok(out) = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
    {
        let text = String::from_utf8_lossy(&out.stdout).replace('\n', " ");
        assert!(
            text.contains("Managua hosted"),
            "entry 1 in the PDF: {text}"
        );
    }
}

/// F1 writes the guide the program carries into the data folder and hands
/// it to the desktop's opener; a desktop with no browser (as here) says so
/// in a message, which is closed.
fn user_guide_with_f1(display: &Display, workbench: &Workbench<'_>) {
    workbench.key("F1");
    let guide = display
        .home
        .path()
        .join(".local/share/monitor-workbench/user-guide.html");
    let page = std::fs::read_to_string(&guide).expect("F1 wrote the user guide");
    assert!(page.contains("id=\"first-run\""));
    // The opener's verdict comes within its five seconds.
    let start = std::time::Instant::now();
    while start.elapsed() < std::time::Duration::from_secs(6) {
        if workbench.widgets().iter().any(|w| w.name == "OK") {
            workbench.click("OK", BUTTON);
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

/// Opens the export dialog with `keys`, exports a draft to `path` through
/// the built-in chooser and closes the confirmation.
fn export(workbench: &Workbench<'_>, keys: &str, path: &Path) {
    workbench.key(keys);
    // The draft box is ticked once and kept for the next export.
    let draft = "Draft preview, not for publication (marked as draft)";
    let ticked = workbench
        .widgets()
        .iter()
        .any(|w| w.name == "Export draft…");
    if !ticked {
        workbench.click(draft, &[]);
    }
    workbench.click("Export draft…", BUTTON);
    workbench.click_field("File name");
    workbench.key("ctrl+a");
    workbench.type_text(&path.display().to_string());
    workbench.key("Return");
    workbench.find("Exported", &[]);
    workbench.click("Close", BUTTON);
    assert!(path.exists(), "{} written", path.display());
}
