//! The sourcing policy in Issue details: the limit and its metric, which
//! classifications and countries count as state media, opinion, verification
//! and dates outside the period; and whether this issue is a special edition
//! that exceeds the limit on purpose.

use egui::{DragValue, RichText, TextEdit, Ui};

use crate::compliance::Report;
use crate::edit::{Edit, TextField};
use crate::export::{PLACEHOLDERS, special_edition_notice};
use crate::model::{
    Issue, OutsidePeriodSeverity, Policy, ShareMetric, SpecialEdition, VerificationRule,
};
use crate::registry::Classification;
use crate::t;
use crate::ui::actions::Actions;
use crate::ui::theme;

pub(super) fn show(
    ui: &mut Ui,
    policy: &Policy,
    countries: super::Countries<'_>,
    actions: &mut Actions,
) {
    let mut new = policy.clone();
    egui::Grid::new("policy")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let label = ui.label(t!("policy-limit"));
            // Shown and edited as a percentage with its decimals: reading the
            // policy must never round it (12.5 % stays 12.5 %).
            let mut percent = policy.limit * 100.0;
            let response = ui
                .add(
                    DragValue::new(&mut percent)
                        .range(0.0..=100.0)
                        .speed(0.5)
                        .max_decimals(2)
                        .suffix(" %"),
                )
                .labelled_by(label.id);
            if response.changed() {
                new.limit = (percent / 100.0).clamp(0.0, 1.0);
            }
            ui.end_row();
            let label = ui.label(t!("policy-measured-by"));
            egui::ComboBox::from_id_salt("policy_metric")
                .selected_text(policy.metric.label())
                .show_ui(ui, |ui| {
                    for metric in ShareMetric::ALL {
                        ui.selectable_value(&mut new.metric, metric, metric.label());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            ui.label(t!("policy-counts"));
            ui.vertical(|ui| {
                for class in Classification::ALL {
                    let mut counted = new.state_media.contains(&class);
                    let checkbox = ui
                        .checkbox(&mut counted, class.label())
                        .on_hover_text(class.explained());
                    if checkbox.changed() {
                        if counted {
                            new.state_media.push(class);
                        } else {
                            new.state_media.retain(|c| *c != class);
                        }
                    }
                }
            });
            ui.end_row();
            ui.label(t!("policy-countries"));
            country_scope(ui, &mut new, countries);
            ui.end_row();
            ui.label(t!("policy-opinion"));
            ui.checkbox(&mut new.forbid_opinion, t!("policy-opinion-excluded"));
            ui.end_row();
            let label = ui.label(t!("policy-verification"));
            egui::ComboBox::from_id_salt("policy_verification")
                .selected_text(match new.verification {
                    VerificationRule::NotRequired => t!("policy-not-required"),
                    VerificationRule::Warning => t!("policy-required-warning"),
                    VerificationRule::Error => t!("policy-required-error"),
                })
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut new.verification,
                        VerificationRule::NotRequired,
                        t!("policy-not-required"),
                    );
                    ui.selectable_value(
                        &mut new.verification,
                        VerificationRule::Warning,
                        t!("policy-required-warning"),
                    );
                    ui.selectable_value(
                        &mut new.verification,
                        VerificationRule::Error,
                        t!("policy-required-error"),
                    );
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            severity_row(
                ui,
                &t!("policy-outside-period"),
                &mut new.outside_period,
                &t!("severity-error"),
            );
            severity_row(
                ui,
                &t!("policy-unreviewed"),
                &mut new.unreviewed,
                &t!("policy-error-blocks"),
            )
            .on_hover_text(t!("policy-unreviewed-hint"));
        });
    if &new != policy {
        actions.edit(Edit::SetPolicy(new));
    }
}

/// One row of the grid: how the policy has a rule's breach reported, a
/// warning or an error (`error` says what an error does there).
fn severity_row(
    ui: &mut egui::Ui,
    name: &str,
    value: &mut OutsidePeriodSeverity,
    error: &str,
) -> egui::Response {
    let label = ui.label(name);
    let response = egui::ComboBox::from_id_salt(("policy_severity", name))
        .selected_text(match value {
            OutsidePeriodSeverity::Warning => t!("severity-warning"),
            OutsidePeriodSeverity::Error => error.to_owned(),
        })
        .show_ui(ui, |ui| {
            ui.selectable_value(
                value,
                OutsidePeriodSeverity::Warning,
                t!("severity-warning"),
            );
            ui.selectable_value(value, OutsidePeriodSeverity::Error, error);
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
    response
}

/// A special edition exceeds the limit on purpose: ticked, it asks why (for
/// reviewers and the record) and what readers are told instead, and shows
/// what they will read with this issue's figures.
pub(super) fn special_edition(ui: &mut Ui, issue: &Issue, report: &Report, actions: &mut Actions) {
    let policy = &issue.policy;
    egui::Grid::new("special_edition")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label(t!("policy-edition"));
            let mut special = policy.special_edition.is_some();
            let response = ui
                .checkbox(&mut special, t!("policy-special-edition"))
                .on_hover_text(t!("policy-special-edition-hint"));
            if response.changed() {
                let mut new = policy.clone();
                new.special_edition = special.then(SpecialEdition::default);
                actions.edit(Edit::SetPolicy(new));
            }
            ui.end_row();
            let Some(record) = &policy.special_edition else {
                return;
            };
            let label = ui.label(t!("policy-why"));
            ui.vertical(|ui| {
                let mut reason = record.reason.clone();
                let response = ui.add(
                    TextEdit::multiline(&mut reason)
                        .desired_width(super::field_width(ui))
                        .desired_rows(2)
                        .hint_text(t!("policy-why-hint"))
                        .id_salt(("detail", "Special edition reason")),
                );
                actions.text(
                    &response.labelled_by(label.id),
                    TextField::SpecialEditionReason,
                    &reason,
                    &record.reason,
                );
                if policy.special_edition_reason().is_none() {
                    ui.label(
                        RichText::new(t!("policy-no-reason"))
                            .small()
                            .color(theme::tokens(ui).warning),
                    );
                }
            });
            ui.end_row();
            let label = ui.label(t!("policy-disclaimer"));
            ui.vertical(|ui| {
                let mut disclaimer = record.disclaimer.clone();
                let response = ui.add(
                    TextEdit::multiline(&mut disclaimer)
                        .desired_width(super::field_width(ui))
                        .desired_rows(2)
                        .hint_text(t!("details-methodology-hint"))
                        .id_salt(("detail", "Special edition disclaimer")),
                );
                actions.text(
                    &response.labelled_by(label.id),
                    TextField::SpecialEditionDisclaimer,
                    &disclaimer,
                    &record.disclaimer,
                );
                ui.label(
                    RichText::new(t!("details-placeholders", list = PLACEHOLDERS.join(" ")))
                        .small()
                        .weak(),
                );
                let shown = match special_edition_notice(issue, report) {
                    Some(notice) => t!("policy-readers-see", notice = notice),
                    None => t!("policy-within-limit"),
                };
                ui.label(RichText::new(shown).small());
            });
            ui.end_row();
        });
}

/// Which countries' state media count: all, or those ticked. Narrowing
/// starts from the countries whose outlets the issue cites (else the four a
/// VRIC monitor follows); more are added from a list of every country the
/// registry knows. At least one stays ticked, since none would read as "all".
fn country_scope(ui: &mut Ui, policy: &mut Policy, countries: super::Countries<'_>) {
    ui.vertical(|ui| {
        let mut all = policy.countries.is_empty();
        if ui.checkbox(&mut all, t!("check-all-countries")).changed() {
            policy.countries = if all {
                Vec::new()
            } else if countries.cited.is_empty() {
                ["Venezuela", "Russia", "Iran", "China"]
                    .map(str::to_owned)
                    .to_vec()
            } else {
                countries.cited.to_vec()
            };
        }
        if all {
            return;
        }
        // One per line: a grid cell has no width of its own to wrap in, and
        // a wrapped row would run under the source library.
        for country in policy.countries.clone() {
            let mut on = true;
            let untick = ui.checkbox(&mut on, &country).changed() && !on;
            if untick && policy.countries.len() > 1 {
                policy.countries.retain(|c| *c != country);
            }
        }
        let more: Vec<&String> = countries
            .known
            .iter()
            .filter(|c| {
                !policy
                    .countries
                    .iter()
                    .any(|named| named.eq_ignore_ascii_case(c))
            })
            .collect();
        let label = ui.label(t!("policy-add-country", count = more.len()));
        egui::ComboBox::from_id_salt("policy_add_country")
            .selected_text(t!("policy-choose"))
            .height(320.0)
            .show_ui(ui, |ui| {
                for country in more {
                    if ui.selectable_label(false, country.as_str()).clicked() {
                        policy.countries.push(country.clone());
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}
