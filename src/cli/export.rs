use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::fail;
use crate::compliance;
use crate::edit::{Edit, apply};
use crate::export::{self, ExportOptions, Gate};
use crate::store::{self, write_derived};
use crate::t;

/// How the publication gate is passed on the command line.
pub(super) struct GateChoice {
    pub strict: bool,
    pub override_reason: Option<String>,
    pub by: String,
}

/// The files to write; none named means the HTML and the Markdown beside the issue.
pub(super) struct Outputs {
    pub html: Option<PathBuf>,
    pub markdown: Option<PathBuf>,
    pub pdf: Option<PathBuf>,
    /// The HTML email; its plain-text alternative goes beside it.
    pub email: Option<PathBuf>,
}

pub(super) fn run(
    path: &Path,
    outputs: Outputs,
    gate_choice: &GateChoice,
    options: &ExportOptions,
    archive_missing: bool,
) -> ExitCode {
    // The registry does not depend on the issue: it is built while the file
    // is read and parsed, the two longest steps before the check.
    let outputs = outputs.or_beside(path);
    let named = [
        &outputs.html,
        &outputs.markdown,
        &outputs.pdf,
        &outputs.email,
    ];
    let email_text = outputs.email.as_deref().map(text_beside);
    let written = named
        .into_iter()
        .flatten()
        .map(PathBuf::as_path)
        .chain(email_text.as_deref());
    if let Err(message) = super::refuse_input_as_output(path, written) {
        return fail(message);
    }
    let (loaded, registry) = rayon::join(|| store::load(path), super::registry);
    let mut issue = match loaded {
        Ok(issue) => issue,
        Err(error) => return fail(error),
    };
    for note in store::repair(&mut issue) {
        eprintln!(
            "monitor-workbench: {}",
            t!(
                "cli-warning",
                file = path.display().to_string(),
                warning = note.to_string()
            )
        );
    }
    // The page's sections do not need the report: they are written while
    // the issue is checked (and thrown away if the gate stops the export).
    let (report, mut sections) = rayon::join(
        || compliance::check(&issue, &registry),
        || {
            outputs
                .html
                .as_ref()
                .map(|_| export::html_sections(&issue, &registry, options))
        },
    );
    let gate = Gate::of(&issue, &report);
    let shown = path.display();
    if gate_choice.strict && report.error_count() > 0 {
        eprintln!(
            "monitor-workbench: {}",
            t!(
                "cli-export-strict",
                file = shown.to_string(),
                gate = gate.describe()
            )
        );
        return ExitCode::from(1);
    }
    if !options.draft && !gate.is_open() {
        let Some(reason) = gate_choice
            .override_reason
            .as_deref()
            .filter(|r| !r.trim().is_empty())
        else {
            eprintln!(
                "monitor-workbench: {}",
                t!(
                    "cli-export-not-ready",
                    file = shown.to_string(),
                    gate = gate.describe()
                )
            );
            return ExitCode::from(1);
        };
        // The override is part of the issue's record: saved before anything is exported.
        let record = gate.override_record(&gate_choice.by, chrono::Utc::now(), reason);
        if let Err(error) = apply(&mut issue, Edit::RecordExportOverride(record)) {
            return fail(error);
        }
        // The issue changed: its page is written again from what was saved.
        sections = None;
        if let Err(error) = store::save(path, &issue) {
            return fail(error);
        }
        eprintln!(
            "monitor-workbench: {}",
            t!(
                "cli-export-overridden",
                file = shown.to_string(),
                gate = gate.describe()
            )
        );
    } else if !gate.is_open() {
        eprintln!(
            "monitor-workbench: {}",
            t!(
                "cli-export-draft",
                file = shown.to_string(),
                gate = gate.describe()
            )
        );
    }
    if archive_missing {
        let fetcher = match super::capture::fetcher() {
            Ok(fetcher) => fetcher,
            Err(error) => return fail(error),
        };
        let lines = super::capture::archive_missing(&mut issue, &fetcher);
        for line in &lines {
            eprintln!("monitor-workbench: {shown}: {line}");
        }
        // The copies are part of the issue: saved before anything is exported,
        // and the page is written again with them.
        sections = None;
        if let Err(error) = store::save(path, &issue) {
            return fail(error);
        }
        eprintln!(
            "monitor-workbench: {}",
            t!("cli-export-archived", file = shown.to_string())
        );
    }
    // Over the limit on purpose is no obstacle, but the publisher hears of it.
    if let Some(special) = report
        .findings
        .iter()
        .find(|finding| finding.rule == compliance::Rule::SpecialEdition)
    {
        eprintln!(
            "monitor-workbench: {}",
            t!(
                "cli-note",
                file = shown.to_string(),
                note = &special.message
            )
        );
    }
    let Outputs {
        html,
        markdown,
        pdf,
        email,
    } = outputs;
    // Every file is made before any is written: a PDF that cannot be set
    // leaves no half-updated set of exports behind.
    let pdf = match pdf.map(|out| export::pdf(&issue, &registry, options).map(|bytes| (out, bytes)))
    {
        Some(Err(message)) => {
            eprintln!(
                "monitor-workbench: {}",
                t!(
                    "cli-export-failed",
                    file = shown.to_string(),
                    error = message.to_string()
                )
            );
            return ExitCode::from(1);
        }
        Some(Ok(made)) => Some(made),
        None => None,
    };
    let outputs = [
        html.map(|out| {
            let sections =
                sections.unwrap_or_else(|| export::html_sections(&issue, &registry, options));
            let page = export::html_with_sections(&issue, options, &report, sections);
            (out, page.into_bytes())
        }),
        markdown.map(|out| {
            let (markdown, warnings) =
                export::installed_fonts::markdown_for_this_computer(&issue, &registry, options);
            for warning in warnings {
                eprintln!(
                    "monitor-workbench: {}",
                    t!(
                        "cli-warning",
                        file = out.display().to_string(),
                        warning = warning
                    )
                );
            }
            (out, markdown.into_bytes())
        }),
        pdf,
        email.clone().map(|out| {
            let page = export::email_html(&issue, &registry, options);
            (out, page.into_bytes())
        }),
        email.as_deref().map(|out| {
            let text = export::plain_text(&issue, &registry, options);
            (text_beside(out), text.into_bytes())
        }),
    ];
    for (out, bytes) in outputs.into_iter().flatten() {
        if let Err(error) = write_derived(&out, &bytes) {
            return fail(error);
        }
        println!("{}", t!("exported-one", file = out.display().to_string()));
    }
    // The process ends here: freeing a large issue string by string would
    // only delay the exit (3 ms at 100×); the system takes the memory back.
    std::mem::forget((issue, registry, report));
    ExitCode::SUCCESS
}

impl Outputs {
    /// With no output named, the HTML and the Markdown go next to the issue file.
    fn or_beside(self, path: &Path) -> Self {
        match self {
            Self {
                html: None,
                markdown: None,
                pdf: None,
                email: None,
            } => Self {
                html: Some(path.with_extension("html")),
                markdown: Some(path.with_extension("md")),
                pdf: None,
                email: None,
            },
            named => named,
        }
    }
}

/// Where an email's plain-text alternative goes: `issue.email.html` →
/// `issue.email.txt`, so a mailing tool finds both parts side by side.
fn text_beside(email: &Path) -> PathBuf {
    let text = email.with_extension("txt");
    if text == email {
        let mut name = email.as_os_str().to_owned();
        name.push(".txt");
        PathBuf::from(name)
    } else {
        text
    }
}
