//! The command line (README, "Command line"): argument parsing and the verbs
//! that run without a window.

mod archive;
mod capture;
mod check;
mod export;
mod git_setup;
mod help;
mod import;
mod merge;
mod outlets;
mod package_files;
mod spelling;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit status: the file could not be read, or the command could not run.
pub const EXIT_UNREADABLE: u8 = 2;

/// The command line as given; `--version` names the build, the reference
/// data and what is bundled (`about::long_version`).
pub fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    // Parsed once per run: clap keeps the texts for the whole run.
    let short: &'static str = Box::leak(crate::about::version().into_boxed_str());
    let long: &'static str = Box::leak(crate::about::long_version().into_boxed_str());
    // The help speaks the language asked for, which clap has not read yet.
    crate::i18n::set_current(language_asked(std::env::args_os()));
    let matches = help::localized(Cli::command())
        .version(short)
        .long_version(long)
        .get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

#[derive(Debug, Parser)]
#[command(
    name = "monitor-workbench",
    version,
    about = "Compose a news monitor issue, cite every report, keep state media within the policy.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Issue file (.ron) to open in the window; without it, the last issue or the bundled sample.
    pub file: Option<PathBuf>,
    /// The language of the program's words: en, es or pt. Without it, the
    /// system's (LC_ALL, LC_MESSAGES, LANG), or in the window the one chosen
    /// in Preferences. An issue's own language, which its exports speak, is
    /// set in the issue.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    pub lang: Option<crate::i18n::Language>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The language of `--lang X` or `--lang=X` among `args`, else the system's.
fn language_asked(args: impl IntoIterator<Item = std::ffi::OsString>) -> crate::i18n::Language {
    let args: Vec<String> = args
        .into_iter()
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let given = args.iter().enumerate().find_map(|(index, arg)| {
        arg.strip_prefix("--lang=").map(str::to_owned).or_else(|| {
            (arg == "--lang")
                .then(|| args.get(index + 1).cloned())
                .flatten()
        })
    });
    given
        .and_then(|tag| crate::i18n::Language::from_locale(&tag))
        .unwrap_or_else(crate::i18n::Language::from_system)
}

fn parse_language(text: &str) -> Result<crate::i18n::Language, String> {
    crate::i18n::Language::from_locale(text)
        .ok_or_else(|| format!("\"{text}\" is not a language the program speaks: en, es or pt"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Convert a Markdown draft into an issue file.
    Import {
        /// The draft: `# Title`, `## Section`, one paragraph per entry, links as sources.
        draft: PathBuf,
        /// The issue file to write.
        #[arg(short, long, value_name = "ISSUE.ron")]
        output: PathBuf,
        /// Replace OUTPUT if it exists (the old file is kept as OUTPUT.bak).
        #[arg(long)]
        force: bool,
        /// Request each source's page (6 at a time, 10 s each at most) and fill
        /// its title, outlet, date, author and language from the page's
        /// metadata. Without it nothing is fetched.
        #[arg(long)]
        fetch: bool,
    },
    /// Write the issue as self-contained HTML, as a PDF, and as Pandoc Markdown.
    ///
    /// Without --html, --markdown, --pdf or --email, writes the HTML and the Markdown
    /// next to ISSUE (ISSUE.html, ISSUE.md).
    Export {
        issue: PathBuf,
        /// Where to write the HTML page.
        #[arg(long, value_name = "OUT.html")]
        html: Option<PathBuf>,
        /// Where to write the Pandoc Markdown.
        #[arg(long, value_name = "OUT.md")]
        markdown: Option<PathBuf>,
        /// Where to write the PDF, typeset by the program itself (no LaTeX needed).
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// Where to write the issue as an HTML email, every style inline; its
        /// plain-text alternative is written beside it (OUT.txt).
        #[arg(long, value_name = "OUT.html")]
        email: Option<PathBuf>,
        /// The printed page: the PDF's paper and the HTML's print size.
        #[arg(long, value_enum, default_value_t = PaperSize::A4)]
        paper: PaperSize,
        /// An "In this issue" list of the sections after the masthead (HTML, PDF;
        /// Pandoc's table of contents in the Markdown).
        #[arg(long)]
        contents: bool,
        /// Refuse (exit 1) when the issue has error findings, even with --override.
        #[arg(long)]
        strict: bool,
        /// Export for publication despite error findings or unapproved sections;
        /// the reason, who and when are recorded in the issue file.
        #[arg(long = "override", value_name = "REASON")]
        override_reason: Option<String>,
        /// Who overrides (default: $USER).
        #[arg(long, value_name = "NAME", requires = "override_reason")]
        by: Option<String>,
        /// A preview, not for publication: no gate, marked "Draft" at the top.
        #[arg(long, conflicts_with = "override_reason")]
        draft: bool,
        /// Where the source list goes.
        #[arg(long, value_enum, default_value_t = SourcesPlacement::PerSection)]
        sources: SourcesPlacement,
        /// Add a compliance summary (a reviewer's copy, not for readers).
        #[arg(long)]
        compliance_summary: bool,
        /// Start each section on a new page in print and PDF.
        #[arg(long)]
        page_breaks: bool,
        /// Leave out each source's archived copy (Internet Archive), which the
        /// reader's formats otherwise give beside the original address.
        #[arg(long)]
        no_archived_links: bool,
        /// The reader's formats give archived copies without asking; kept so
        /// that scripts written for earlier versions still run.
        #[arg(long, hide = true, conflicts_with = "no_archived_links")]
        archived_links: bool,
        /// Before writing, ask the Internet Archive for a copy of every cited
        /// source that has none, 6 at a time, and record them in ISSUE (saved,
        /// the old file kept as ISSUE.bak). Without it, export contacts nothing.
        #[arg(long)]
        archive_missing: bool,
        /// The PDF's main font, e.g. "Noto Serif": in the workbench's PDF (refused
        /// by name if not installed) and in the Markdown for Pandoc (`mainfont`).
        #[arg(long, value_name = "FONT")]
        mainfont: Option<String>,
    },
    /// Print the compliance report. Exit 0: compliant; 1: error findings; 2: unreadable file.
    Check {
        issue: PathBuf,
        /// One JSON object instead of the text report.
        #[arg(long)]
        json: bool,
        /// Also write the reviewer's report (HTML) to this file.
        #[arg(long, value_name = "REPORT.html")]
        html: Option<PathBuf>,
        /// First request every cited link (6 at a time) and record what became
        /// of it in ISSUE (saved, the old file kept as ISSUE.bak): dead, moved to
        /// another site, or to state media. Without it, `check` reports the last
        /// recorded results and contacts nothing.
        #[arg(long)]
        links: bool,
        /// Also compare the issue with the earlier issues in this folder:
        /// addresses cited before (`already-cited`) and entries nearly the same
        /// as an earlier one (`near-duplicate-entry`), as notes.
        #[arg(long, value_name = "FOLDER")]
        archive: Option<PathBuf>,
        /// Also check the spelling of entries, section titles, summary and
        /// disclaimer with the issue's language's dictionary (an entry's own
        /// language's when it declares one): each unknown word as a
        /// `spelling` note with its places and suggestions, in the reviewer's
        /// report too. Names the issue knows (outlets, source titles and
        /// authors), its ignored words and the publication's word list are
        /// accepted.
        #[arg(long)]
        spelling: bool,
    },
    /// Merge two versions of an issue file made from one base; git's merge driver (`merge %O %A %B`).
    ///
    /// Writes the result to OURS. Exit 0: merged; 1: conflicts a person must
    /// decide, kept in OURS as data (`check` lists them); 2: a file could not be read.
    Merge {
        /// The common ancestor (git's %O); an empty file stands for an empty issue.
        base: PathBuf,
        /// Our version (git's %A); the result replaces it.
        ours: PathBuf,
        /// Their version (git's %B).
        theirs: PathBuf,
        /// Who wrote THEIRS, kept with each conflict (git's %Y: the branch or
        /// commit merged in; a literal `%Y` from a git older than 2.44 is ignored).
        #[arg(long, value_name = "NAME")]
        theirs_name: Option<String>,
    },
    /// Make git merge issue files with `merge`: writes `.gitattributes` and the
    /// repository's `merge.monitor-workbench` driver.
    GitSetup {
        /// A folder inside the repository (default: the current folder).
        dir: Option<PathBuf>,
    },
    /// For packagers: writes the manual pages (DIR/man: the program's and
    /// one per verb) and the bash, zsh and fish completions
    /// (DIR/completions) from this command line.
    #[command(hide = true)]
    PackageFiles {
        /// The folder to write them in (made if missing).
        dir: PathBuf,
    },
    /// The archive: every issue file in a folder (recursively) as the series.
    Archive {
        #[command(subcommand)]
        command: ArchiveCommand,
    },
    /// The outlet registry: update its State Media Profiles layer.
    Outlets {
        #[command(subcommand)]
        command: OutletsCommand,
    },
}

/// `monitor-workbench archive …`
#[derive(Debug, Subcommand)]
pub enum ArchiveCommand {
    /// Search entry text, section titles, and the titles, outlets and
    /// addresses of sources in every issue; best matches first.
    Search {
        folder: PathBuf,
        query: String,
        /// One JSON array of hits instead of text.
        #[arg(long)]
        json: bool,
        /// How many hits at most.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Write the archive report (one HTML page): every issue's figures and
    /// compliance, the share over time as a plot, the outlets most cited,
    /// citations per classification, the exports that needed an override.
    Report {
        folder: PathBuf,
        #[arg(short, long, value_name = "REPORT.html")]
        output: PathBuf,
    },
    /// The figures of every issue: the state-media share by each metric
    /// against the limit, compliance, citations, opinion and unclassified
    /// sources, overrides.
    Stats {
        folder: PathBuf,
        /// CSV, one row per issue.
        #[arg(long)]
        csv: bool,
    },
}

/// `monitor-workbench outlets …`
#[derive(Debug, Subcommand)]
pub enum OutletsCommand {
    /// Read a newer release of the State Media Profiles (ASD's
    /// State_Media_Matrix.csv) and list the hosts it adds, changes and
    /// removes; with --apply, classify with it from now on. The curated
    /// outlets and your own keep winning. Nothing is fetched from the network.
    ImportAsd {
        /// The release's CSV file.
        file: PathBuf,
        /// Use the release from now on (without it, only list the changes).
        #[arg(long)]
        apply: bool,
    },
}

/// Runs a verb and returns the process's exit status.
/// `--sources` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SourcesPlacement {
    PerSection,
    End,
}

/// `--paper` on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperSize {
    A4,
    Letter,
}

pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Export {
            issue,
            html,
            markdown,
            pdf,
            email,
            paper,
            contents,
            strict,
            override_reason,
            by,
            draft,
            sources,
            compliance_summary,
            page_breaks,
            no_archived_links,
            archived_links: _,
            archive_missing,
            mainfont,
        } => {
            let options = crate::export::ExportOptions {
                source_list: match sources {
                    SourcesPlacement::PerSection => crate::export::SourceList::PerSection,
                    SourcesPlacement::End => crate::export::SourceList::AtEnd,
                },
                compliance_summary,
                page_breaks,
                mainfont,
                draft,
                paper: match paper {
                    PaperSize::A4 => crate::export::Paper::A4,
                    PaperSize::Letter => crate::export::Paper::Letter,
                },
                contents,
                archived_links: !no_archived_links,
                ..Default::default()
            };
            let gate = export::GateChoice {
                strict,
                override_reason,
                by: by
                    .or_else(|| std::env::var("USER").ok())
                    .unwrap_or_default(),
            };
            let outputs = export::Outputs {
                html,
                markdown,
                pdf,
                email,
            };
            export::run(&issue, outputs, &gate, &options, archive_missing)
        }
        Command::Import {
            draft,
            output,
            force,
            fetch,
        } => import::run(&draft, &output, force, fetch),
        Command::Check {
            issue,
            json,
            html,
            links,
            archive,
            spelling,
        } => check::run(
            &issue,
            json,
            html.as_deref(),
            links,
            archive.as_deref(),
            spelling,
        ),
        Command::Archive { command } => match command {
            ArchiveCommand::Search {
                folder,
                query,
                json,
                limit,
            } => archive::search(&folder, &query, json, limit),
            ArchiveCommand::Stats { folder, csv } => archive::stats(&folder, csv),
            ArchiveCommand::Report { folder, output } => archive::report(&folder, &output),
        },
        Command::Merge {
            base,
            ours,
            theirs,
            theirs_name,
        } => merge::run(&base, &ours, &theirs, theirs_name.as_deref()),
        Command::GitSetup { dir } => git_setup::run(dir.as_deref()),
        Command::PackageFiles { dir } => package_files::run(&dir),
        Command::Outlets {
            command: OutletsCommand::ImportAsd { file, apply },
        } => outlets::import_asd(&file, apply),
    }
}

/// No output ever replaces the issue it is made from: `Err` names both.
fn refuse_input_as_output<'a>(
    input: &Path,
    outputs: impl IntoIterator<Item = &'a Path>,
) -> Result<(), String> {
    for output in outputs {
        if crate::store::same_file(output, input) {
            return Err(crate::t!(
                "cli-output-is-input",
                output = output.display().to_string(),
                input = input.display().to_string()
            ));
        }
    }
    Ok(())
}

/// "FILE: warning: …" on standard error, in the program's language.
fn warn(file: &Path, warning: &str) {
    eprintln!(
        "{}",
        crate::t!(
            "cli-warning",
            file = file.display().to_string(),
            warning = warning
        )
    );
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("monitor-workbench: {message}");
    ExitCode::from(EXIT_UNREADABLE)
}

/// The built-in registry with the user's outlets (as in the window), so that
/// the command line and the window classify alike.
fn registry() -> crate::registry::Registry {
    let (registry, problem) = crate::store::registry_for_cli();
    if let Some(problem) = problem {
        eprintln!(
            "monitor-workbench: {}",
            crate::t!("cli-plain-warning", warning = problem.to_string())
        );
    }
    registry
}
