//! `--help` in the program's language. clap takes its English texts from the
//! doc comments in `cli/mod.rs`; in Spanish or Portuguese each is replaced
//! by the message of the same words (`help-…` in `assets/i18n/`). The
//! table is written from those comments; `tests` holds it to them.

use clap::Command;

use crate::i18n::{self, Language};
use crate::t;

/// The command line with its help in the program's language.
pub(super) fn localized(command: Command) -> Command {
    if i18n::current() == Language::English {
        return command;
    }
    command
        .about(t!("help-about"))
        .mut_arg("file", |a| a.help(t!("help-file")))
        .mut_arg("lang", |a| a.help(t!("help-lang")))
        .mut_subcommand("import", |c| {
            c.about(t!("help-import"))
                .mut_arg("draft", |a| a.help(t!("help-import-draft")))
                .mut_arg("output", |a| a.help(t!("help-import-output")))
                .mut_arg("force", |a| a.help(t!("help-import-force")))
                .mut_arg("fetch", |a| a.help(t!("help-import-fetch")))
        })
        .mut_subcommand("export", |c| {
            c.about(t!("help-export"))
                .long_about(t!("help-export-long"))
                .mut_arg("html", |a| a.help(t!("help-export-html")))
                .mut_arg("markdown", |a| a.help(t!("help-export-markdown")))
                .mut_arg("pdf", |a| a.help(t!("help-export-pdf")))
                .mut_arg("email", |a| a.help(t!("help-export-email")))
                .mut_arg("paper", |a| a.help(t!("help-export-paper")))
                .mut_arg("contents", |a| a.help(t!("help-export-contents")))
                .mut_arg("strict", |a| a.help(t!("help-export-strict")))
                .mut_arg("override_reason", |a| {
                    a.help(t!("help-export-override-reason"))
                })
                .mut_arg("by", |a| a.help(t!("help-export-by")))
                .mut_arg("draft", |a| a.help(t!("help-export-draft")))
                .mut_arg("sources", |a| a.help(t!("help-export-sources")))
                .mut_arg("compliance_summary", |a| {
                    a.help(t!("help-export-compliance-summary"))
                })
                .mut_arg("page_breaks", |a| a.help(t!("help-export-page-breaks")))
                .mut_arg("no_archived_links", |a| {
                    a.help(t!("help-export-no-archived-links"))
                })
                .mut_arg("archived_links", |a| {
                    a.help(t!("help-export-archived-links"))
                })
                .mut_arg("archive_missing", |a| {
                    a.help(t!("help-export-archive-missing"))
                })
                .mut_arg("mainfont", |a| a.help(t!("help-export-mainfont")))
        })
        .mut_subcommand("check", |c| {
            c.about(t!("help-check"))
                .mut_arg("json", |a| a.help(t!("help-check-json")))
                .mut_arg("html", |a| a.help(t!("help-check-html")))
                .mut_arg("links", |a| a.help(t!("help-check-links")))
                .mut_arg("archive", |a| a.help(t!("help-check-archive")))
                .mut_arg("spelling", |a| a.help(t!("help-check-spelling")))
        })
        .mut_subcommand("merge", |c| {
            c.about(t!("help-merge"))
                .long_about(t!("help-merge-long"))
                .mut_arg("base", |a| a.help(t!("help-merge-base")))
                .mut_arg("ours", |a| a.help(t!("help-merge-ours")))
                .mut_arg("theirs", |a| a.help(t!("help-merge-theirs")))
                .mut_arg("theirs_name", |a| a.help(t!("help-merge-theirs-name")))
        })
        .mut_subcommand("git-setup", |c| {
            c.about(t!("help-git-setup"))
                .mut_arg("dir", |a| a.help(t!("help-git-setup-dir")))
        })
        .mut_subcommand("package-files", |c| {
            c.about(t!("help-package-files"))
                .mut_arg("dir", |a| a.help(t!("help-package-files-dir")))
        })
        .mut_subcommand("archive", |c| {
            c.about(t!("help-archive"))
                .mut_subcommand("search", |c| {
                    c.about(t!("help-archive-search"))
                        .mut_arg("json", |a| a.help(t!("help-archive-search-json")))
                        .mut_arg("limit", |a| a.help(t!("help-archive-search-limit")))
                })
                .mut_subcommand("report", |c| c.about(t!("help-archive-report")))
                .mut_subcommand("stats", |c| {
                    c.about(t!("help-archive-stats"))
                        .mut_arg("csv", |a| a.help(t!("help-archive-stats-csv")))
                })
        })
        .mut_subcommand("outlets", |c| {
            c.about(t!("help-outlets"))
                .mut_subcommand("import-asd", |c| {
                    c.about(t!("help-outlets-import-asd"))
                        .mut_arg("file", |a| a.help(t!("help-outlets-import-asd-file")))
                        .mut_arg("apply", |a| a.help(t!("help-outlets-import-asd-apply")))
                })
        })
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::super::Cli;
    use crate::i18n::{Language, message_in};

    fn id(path: &[&str]) -> String {
        let joined = path.join("-").replace('_', "-");
        if joined.is_empty() {
            "help-about".to_owned()
        } else {
            format!("help-{joined}")
        }
    }

    /// Every help text clap takes from the doc comments, and the English
    /// message of its id: the same words, so a changed comment fails here
    /// until `assets/i18n/` says it too.
    fn walk(command: &clap::Command, path: &mut Vec<String>, found: &mut Vec<(String, String)>) {
        let parts: Vec<&str> = path.iter().map(String::as_str).collect();
        if let Some(about) = command.get_about() {
            found.push((id(&parts), about.to_string()));
        }
        if let Some(long) = command.get_long_about() {
            found.push((format!("{}-long", id(&parts)), long.to_string()));
        }
        for arg in command.get_arguments() {
            if let Some(help) = arg.get_help() {
                let mut with = parts.clone();
                with.push(arg.get_id().as_str());
                found.push((id(&with), help.to_string()));
            }
        }
        for sub in command.get_subcommands() {
            path.push(sub.get_name().to_owned());
            walk(sub, path, found);
            path.pop();
        }
    }

    #[test]
    fn the_english_help_messages_are_the_doc_comments() {
        let mut found = Vec::new();
        walk(&Cli::command(), &mut Vec::new(), &mut found);
        assert!(found.len() > 40, "{found:?}");
        for (id, clap_text) in found {
            // clap's own `help` subcommand and flags are clap's.
            if id.starts_with("help-help") {
                continue;
            }
            assert_eq!(message_in(Language::English, &id, &[]), clap_text, "{id}");
        }
    }

    #[test]
    fn lang_is_read_before_clap_parses() {
        let args = |list: &[&str]| {
            list.iter()
                .map(std::ffi::OsString::from)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            super::super::language_asked(args(&["mw", "check", "--lang", "pt", "x.ron"])),
            Language::Portuguese
        );
        assert_eq!(
            super::super::language_asked(args(&["mw", "--lang=es", "--help"])),
            Language::Spanish
        );
    }
}
