//! The dialogs that ask before the program goes on: work a crash left,
//! fetching the pages of added links, a new release of the reference data.

use egui::Ui;

use super::Choice;
use crate::t;

/// The copies a crash left: each with its file, when it was written and its
/// first words, to restore or discard; "Later" keeps them all.
pub(super) fn recover(ui: &mut Ui, offers: &[crate::session::Offer]) -> Option<Choice> {
    let mut choice = None;
    ui.heading(t!("recover-title"));
    ui.label(t!("recover-text", count = offers.len()));
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            for (index, offer) in offers.iter().enumerate() {
                ui.separator();
                let when = offer
                    .written
                    .map(|time| {
                        chrono::DateTime::<chrono::Local>::from(time)
                            .format("%Y-%m-%d %H:%M")
                            .to_string()
                    })
                    .unwrap_or_default();
                ui.strong(format!("{}, {when}", offer.name()));
                ui.label(egui::RichText::new(offer.first_words()).italics());
                ui.label(
                    egui::RichText::new(offer.copy.display().to_string())
                        .small()
                        .weak(),
                );
                ui.horizontal(|ui| {
                    let restore = ui.button(t!("recover-restore"));
                    let discard = ui.button(t!("recover-discard"));
                    if offers.len() > 1 {
                        let whose = offer.name();
                        restore.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                t!("recover-restore-named", name = whose.as_str()),
                            )
                        });
                        discard.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                t!("recover-discard-named", name = whose.as_str()),
                            )
                        });
                    }
                    if restore.clicked() {
                        choice = Some(Choice::Restore(index));
                    }
                    if discard.clicked() {
                        choice = Some(Choice::DiscardRecovery(index));
                    }
                });
            }
        });
    ui.separator();
    if ui
        .button(t!("recover-later"))
        .on_hover_text(t!("recover-later-hint"))
        .clicked()
    {
        choice = Some(Choice::Dismiss);
    }
    choice
}

/// Asked once, the first time a link is added: may the workbench read the
/// pages of the links added? Says what is requested, from where, what is not
/// done, and where to change the answer.
pub(super) fn fetch_consent(ui: &mut Ui, count: usize) -> Option<Choice> {
    let mut choice = None;
    ui.heading(t!("consent-title"));
    ui.label(t!("consent-text", count = count));
    ui.add_space(4.0);
    for line in [
        t!("consent-what"),
        t!("consent-where"),
        t!("consent-not"),
        t!("consent-marked"),
        t!("consent-change"),
    ] {
        ui.label(format!("• {line}"));
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(t!("consent-yes")).clicked() {
            choice = Some(Choice::FetchConsent(true));
        }
        if ui
            .button(t!("consent-no"))
            .on_hover_text(t!("consent-no-hint"))
            .clicked()
        {
            choice = Some(Choice::FetchConsent(false));
        }
    });
    choice
}

/// What a release of the State Media Profiles would change, before it does.
pub(super) fn new_release(ui: &mut Ui, pending: &crate::store::PendingRelease) -> Option<Choice> {
    let mut choice = None;
    let changes = &pending.changes;
    ui.heading(t!("release-title"));
    ui.label(t!(
        "release-text",
        origin = pending.origin.to_string(),
        after = changes.outlets_after,
        before = changes.outlets_before,
        summary = changes.summary()
    ));
    if !changes.is_empty() {
        egui::ScrollArea::vertical()
            .max_height(240.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for line in changes.lines() {
                    ui.label(egui::RichText::new(line).monospace().small());
                }
            });
    }
    if pending.unrated > 0 {
        ui.label(t!("release-unrated", count = pending.unrated));
    }
    ui.label(t!("release-note"));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(t!("release-apply")).clicked() {
            choice = Some(Choice::ApplyRelease);
        }
        if ui.button(t!("button-cancel")).clicked() {
            choice = Some(Choice::Dismiss);
        }
    });
    choice
}
