//! The command line in Spanish and Portuguese: `--lang`, or the system's
//! locale; the JSON's keys stay English, its messages follow the language.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/sample-issue.ron")
}

/// The binary with `args` in the locale `locale`.
fn workbench(args: &[&str], locale: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_monitor-workbench"))
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", locale)
        .env(
            "XDG_CONFIG_HOME",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-config"),
        )
        .output()
        .expect("the binary runs")
}

fn check(args: &[&str], locale: &str) -> String {
    let sample = sample();
    let mut all = vec!["check", sample.to_str().expect("UTF-8 path")];
    all.extend(args);
    let output = workbench(&all, locale);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn check_speaks_spanish_with_lang_es() {
    let report = check(&["--lang", "es"], "C.UTF-8");
    for words in [
        "política: medios estatales",
        "como máximo 20\u{a0}% de las citas",
        "Proporción de medios estatales",
        "18,9\u{a0}%  dentro del límite",
        "1 cita sin revisar",
        "Errores (1)",
        "Advertencias (6)",
        "Venezuela, entrada 2",
        "Cita un artículo de opinión (La Nación",
        "La sección está en estado «borrador», no aprobada.",
        "Publicada el 27 de octubre de 2026, fuera del período cubierto, del 1 de noviembre de 2026 al 15 de noviembre de 2026.",
        "No cumple la política: 1 error, 6 advertencias.",
    ] {
        assert!(report.contains(words), "{words}: {report}");
    }
    // The rules keep their names: they are codes, the same in every language.
    assert!(report.contains("opinion-source"), "{report}");
}

#[test]
fn check_speaks_portuguese_from_the_system_locale() {
    let report = check(&[], "pt_BR.UTF-8");
    for words in [
        "Proporção de mídia estatal",
        "Erros (1)",
        "Avisos (6)",
        "Cita um artigo de opinião",
        "Não cumpre a política: 1 erro, 6 avisos.",
    ] {
        assert!(report.contains(words), "{words}: {report}");
    }
    // `--lang` wins over the system.
    let english = check(&["--lang", "en"], "pt_BR.UTF-8");
    assert!(
        english.contains("Not compliant: 1 error, 6 warnings."),
        "{english}"
    );
}

#[test]
fn check_json_keeps_english_keys_and_speaks_the_language_in_messages() {
    let text = check(&["--json", "--lang", "es"], "C.UTF-8");
    let json: serde_json::Value = serde_json::from_str(&text).expect("one JSON object");
    assert_eq!(json["policy"]["metric"], "citations");
    let violations = json["violations"].as_array().expect("violations");
    let opinion = violations
        .iter()
        .find(|v| v["rule"] == "opinion-source")
        .expect("the opinion finding");
    let message = opinion["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("Cita un artículo de opinión"),
        "{message}"
    );
}

#[test]
fn a_language_the_program_does_not_speak_is_refused_with_the_ones_it_does() {
    let sample = sample();
    let output = workbench(
        &[
            "check",
            sample.to_str().expect("UTF-8 path"),
            "--lang",
            "fr",
        ],
        "C.UTF-8",
    );
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("en, es or pt"), "{error}");
    // An unknown system locale is English, not an error.
    let report = check(&[], "fr_FR.UTF-8");
    assert!(report.contains("Not compliant"), "{report}");
}

#[test]
fn export_and_import_speak_the_language_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = sample();
    let sample = sample.to_str().expect("UTF-8 path");
    let out = dir.path().join("out.html");
    let out_str = out.to_str().expect("UTF-8 path");
    // The sample has sections not yet approved: the gate says so, in Spanish.
    let refused = workbench(
        &["export", sample, "--html", out_str, "--lang", "es"],
        "C.UTF-8",
    );
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("no está listo para publicarse"), "{said}");
    assert!(
        said.contains("sin aprobar: China, Iran, Venezuela"),
        "{said}"
    );
    assert!(!out.exists(), "nothing exported");
    let draft = workbench(
        &["export", sample, "--html", out_str, "--draft"],
        "pt_BR.UTF-8",
    );
    assert_eq!(draft.status.code(), Some(0), "{draft:?}");
    let said = String::from_utf8_lossy(&draft.stderr);
    assert!(
        said.contains("nota:") && said.contains("exportação em rascunho"),
        "{said}"
    );
    assert!(
        String::from_utf8_lossy(&draft.stdout).contains("Gravado"),
        "{draft:?}"
    );
    // The exported page speaks the issue's language (English), not the program's.
    let page = std::fs::read_to_string(&out).expect("the page");
    assert!(page.contains("Sources"), "the issue's own words");
    // Import tells what it made, and refuses to overwrite, in Portuguese.
    let draft_md = dir.path().join("draft.md");
    std::fs::write(
        &draft_md,
        "# Monitor\n\n## Russia\n\nA report [RT](https://rt.com/a).\n",
    )
    .expect("write the draft");
    let issue = dir.path().join("issue.ron");
    let args = [
        "import",
        draft_md.to_str().expect("UTF-8"),
        "-o",
        issue.to_str().expect("UTF-8"),
        "--lang",
        "pt",
    ];
    let imported = workbench(&args, "C.UTF-8");
    assert_eq!(imported.status.code(), Some(0), "{imported:?}");
    assert!(
        String::from_utf8_lossy(&imported.stdout)
            .contains("Importadas 1 seção, 1 entrada e 1 fonte em"),
        "{imported:?}"
    );
    let again = workbench(&args, "C.UTF-8");
    assert_eq!(again.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("já existe; use --force"),
        "{again:?}"
    );
}
