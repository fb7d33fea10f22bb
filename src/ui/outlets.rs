//! The outlet editor: every outlet of the registry, built-in and the user's,
//! searchable; add, correct, hide; CSV import and export of the user's list.
//! Changes go to the user's file, never into the issue.

use egui::{RichText, TextEdit, Ui};

use super::actions::{Action, Actions, OutletsChange};
use super::tag::tag;
use super::theme;
use crate::registry::{Classification, Outlet, Registry, UserOutlets, normalize_host};
use crate::t;

#[derive(Default)]
pub struct OutletsState {
    pub open: bool,
    pub search: String,
    pub form: Option<OutletForm>,
}

/// An outlet being added or corrected.
#[derive(Debug, Clone, PartialEq)]
pub struct OutletForm {
    /// The name the outlet had when the form opened (a correction), if any.
    pub replacing: Option<String>,
    pub name: String,
    pub country: String,
    /// Domains separated by spaces, commas or new lines.
    pub domains: String,
    pub classification: Classification,
    pub languages: String,
    pub evidence: String,
    /// The name readers see, when the outlet name is a label for editors.
    pub reader_name: String,
    /// Carried over from the outlet being corrected: the form does not edit them.
    pub site_names: Vec<(String, String)>,
    pub problem: Option<String>,
}

impl OutletForm {
    /// A form to correct `outlet` (saving keeps its name, so it replaces it).
    pub fn editing(outlet: &Outlet) -> Self {
        Self {
            replacing: Some(outlet.name.clone()),
            name: outlet.name.clone(),
            country: outlet.country.clone(),
            domains: outlet.domains.join(", "),
            classification: outlet.classification,
            languages: outlet.languages.join(", "),
            evidence: outlet.evidence.clone(),
            reader_name: outlet.reader_name.clone().unwrap_or_default(),
            site_names: outlet.site_names.clone(),
            problem: None,
        }
    }

    /// A new outlet publishing on `host`, to be classified.
    pub fn for_host(host: &str) -> Self {
        Self {
            replacing: None,
            name: host.to_owned(),
            country: String::new(),
            domains: host.to_owned(),
            classification: Classification::Independent,
            languages: String::new(),
            evidence: String::new(),
            reader_name: String::new(),
            site_names: Vec::new(),
            problem: None,
        }
    }

    fn list(text: &str) -> Vec<String> {
        text.split([',', ' ', '\n', '|'])
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// The outlet, or what is wrong with the form.
    fn outlet(&self) -> Result<Outlet, String> {
        let name = self.name.trim();
        if name.is_empty() {
            return Err(t!("outlets-no-name"));
        }
        let domains = Self::list(&self.domains);
        if domains.is_empty() {
            return Err(t!("outlets-no-domain"));
        }
        if let Some(bad) = domains.iter().find(|d| normalize_host(d).is_none()) {
            return Err(t!("outlets-not-a-domain", domain = bad));
        }
        Ok(Outlet {
            name: name.to_owned(),
            country: self.country.trim().to_owned(),
            domains,
            classification: self.classification,
            languages: Self::list(&self.languages),
            evidence: self.evidence.trim().to_owned(),
            reader_name: Some(self.reader_name.trim())
                .filter(|reader| !reader.is_empty() && *reader != name)
                .map(str::to_owned),
            site_names: self.site_names.clone(),
            corrects: None,
            decided_by: "editor".to_owned(),
            since: None,
            earlier: Vec::new(),
        })
    }
}

/// One row of the list: a built-in outlet (maybe hidden or corrected) or the user's.
struct Row<'a> {
    outlet: &'a Outlet,
    status: String,
    is_builtin: bool,
    is_hidden: bool,
    is_users: bool,
}

fn rows<'a>(builtin: &'a Registry, user: &'a UserOutlets, search: &str) -> Vec<Row<'a>> {
    let corrected = |name: &str| user.outlets.iter().any(|o| o.name == name);
    let mut rows: Vec<Row<'a>> = builtin
        .outlets()
        .iter()
        .filter(|o| !corrected(&o.name))
        .map(|outlet| {
            let is_hidden = user.is_hidden(&outlet.name);
            Row {
                outlet,
                // Which layer of the built-in registry the outlet comes from.
                status: if is_hidden {
                    t!("outlets-status-hidden")
                } else if outlet
                    .decided_by
                    .starts_with(crate::registry::REFERENCE_NAME)
                {
                    t!("outlets-status-reference")
                } else {
                    t!("outlets-status-curated")
                },
                is_builtin: true,
                is_hidden,
                is_users: false,
            }
        })
        .collect();
    let builtin_names: Vec<&str> = builtin.outlets().iter().map(|o| o.name.as_str()).collect();
    rows.extend(user.outlets.iter().map(|outlet| Row {
        outlet,
        status: if builtin_names.contains(&outlet.name.as_str()) {
            t!("outlets-status-corrected")
        } else {
            t!("outlets-status-yours")
        },
        is_builtin: false,
        is_hidden: false,
        is_users: true,
    }));
    let needle = search.trim().to_lowercase();
    rows.retain(|row| {
        needle.is_empty()
            || row.outlet.name.to_lowercase().contains(&needle)
            || row.outlet.country.to_lowercase().contains(&needle)
            || row.outlet.classification.name().contains(&needle)
            || row
                .outlet
                .classification
                .code()
                .is_some_and(|code| code.eq_ignore_ascii_case(&needle))
            || row.outlet.domains.iter().any(|d| d.contains(&needle))
    });
    rows.sort_by_key(|row| row.outlet.name.to_lowercase());
    rows
}

pub fn show(
    ctx: &egui::Context,
    state: &mut OutletsState,
    builtin: &Registry,
    user: &UserOutlets,
    actions: &mut Actions,
) {
    let mut open = state.open;
    egui::Window::new(t!("outlets-title"))
        // The English title as id: the window keeps its place and size when
        // the language changes.
        .id(egui::Id::unique("Outlets"))
        .open(&mut open)
        .default_size([760.0, 520.0])
        // Centred, below the menu bar and the meter it would otherwise hide.
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .min_width(560.0)
        .show(ctx, |ui| {
            if let Some(form) = &mut state.form {
                if let Some(done) = form_ui(ui, form) {
                    if let Some(change) = done {
                        actions.push(Action::Outlets(change));
                    }
                    state.form = None;
                }
                return;
            }
            toolbar(ui, state, actions);
            ui.separator();
            list(ui, state, builtin, user, actions);
        });
    state.open = open;
}

fn toolbar(ui: &mut Ui, state: &mut OutletsState, actions: &mut Actions) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("outlets-search"));
        ui.add(
            TextEdit::singleline(&mut state.search)
                .hint_text(t!("outlets-search-hint"))
                .desired_width(240.0),
        )
        .labelled_by(label.id);
        if ui.button(t!("outlets-add")).clicked() {
            state.form = Some(OutletForm::for_host(""));
        }
        if ui.button(t!("outlets-import-csv")).clicked() {
            actions.push(Action::Outlets(OutletsChange::ImportCsv));
        }
        if ui.button(t!("outlets-export-csv")).clicked() {
            actions.push(Action::Outlets(OutletsChange::ExportCsv));
        }
        if ui
            .button(t!("outlets-update-reference"))
            .on_hover_text(t!("outlets-update-reference-hint"))
            .clicked()
        {
            actions.push(Action::Outlets(OutletsChange::UpdateReference));
        }
    });
    ui.label(RichText::new(t!("outlets-yours-win")).small().weak());
}

fn list(
    ui: &mut Ui,
    state: &mut OutletsState,
    builtin: &Registry,
    user: &UserOutlets,
    actions: &mut Actions,
) {
    let rows = rows(builtin, user, &state.search);
    let default_policy = crate::model::Policy::default();
    ui.label(t!("outlets-count", count = rows.len()));
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, 24.0, rows.len(), |ui, range| {
            for row in &rows[range] {
                ui.horizontal(|ui| {
                    let outlet = row.outlet;
                    // Buttons first: long names and domain lists are clipped, buttons never.
                    let edit = ui.small_button(t!("outlets-edit"));
                    let edit_name = t!("outlets-edit-named", outlet = &outlet.name);
                    edit.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &edit_name)
                    });
                    if edit.clicked() {
                        state.form = Some(OutletForm::editing(outlet));
                    }
                    if row.is_builtin {
                        let (verb, name) = if row.is_hidden {
                            (
                                t!("outlets-show"),
                                t!("outlets-show-named", outlet = &outlet.name),
                            )
                        } else {
                            (
                                t!("outlets-hide"),
                                t!("outlets-hide-named", outlet = &outlet.name),
                            )
                        };
                        let button = ui.small_button(verb);
                        button.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                        });
                        if button.clicked() {
                            actions.push(Action::Outlets(OutletsChange::SetHidden {
                                name: outlet.name.clone(),
                                hidden: !row.is_hidden,
                            }));
                        }
                    }
                    if row.is_users {
                        let button = ui.small_button(t!("outlets-remove"));
                        let name = t!("outlets-remove-named", outlet = &outlet.name);
                        button.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                        });
                        if button.clicked() {
                            actions
                                .push(Action::Outlets(OutletsChange::Remove(outlet.name.clone())));
                        }
                    }
                    let name = RichText::new(&outlet.name);
                    let name = if row.is_hidden {
                        name.strikethrough()
                    } else {
                        name
                    };
                    ui.label(name).on_hover_text(&outlet.evidence);
                    ui.label(RichText::new(&outlet.country).weak());
                    // Tagged as the default policy counts it; an issue may count more.
                    let state_media = default_policy.counts_as_state_media(outlet.classification);
                    let colours =
                        theme::tokens(ui).source(Some(outlet.classification), state_media, false);
                    tag(ui, outlet.classification.label(), colours)
                        .on_hover_text(outlet.classification.explained());
                    ui.label(RichText::new(&row.status).small().italics());
                    ui.label(RichText::new(outlet.domains.join(" ")).monospace().small());
                });
            }
        });
}

/// The add/correct form. `Some(Some(change))` on save, `Some(None)` on cancel.
fn form_ui(ui: &mut Ui, form: &mut OutletForm) -> Option<Option<OutletsChange>> {
    ui.heading(if form.replacing.is_some() {
        t!("outlets-correct")
    } else {
        t!("outlets-classify")
    });
    let mut done = None;
    egui::Grid::new("outlet_form")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let field = |ui: &mut Ui, name: &str, text: &mut String, hint: &str| {
                let label = ui.label(name);
                ui.add(
                    TextEdit::singleline(text)
                        .hint_text(hint)
                        .desired_width(360.0),
                )
                .labelled_by(label.id);
                ui.end_row();
            };
            field(
                ui,
                &t!("outlets-name"),
                &mut form.name,
                &t!("outlets-name-hint"),
            );
            field(
                ui,
                &t!("outlets-reader-name"),
                &mut form.reader_name,
                &t!("outlets-reader-name-hint"),
            );
            field(
                ui,
                &t!("outlets-country"),
                &mut form.country,
                &t!("outlets-country-hint"),
            );
            field(
                ui,
                &t!("outlets-domains"),
                &mut form.domains,
                "diariovea.com.ve, vea.com.ve",
            );
            let label = ui.label(t!("outlets-classification"));
            egui::ComboBox::from_id_salt("outlet_classification")
                .selected_text(form.classification.name())
                .show_ui(ui, |ui| {
                    for class in Classification::ALL {
                        ui.selectable_value(&mut form.classification, class, class.name())
                            .on_hover_text(class.explained());
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            field(ui, &t!("outlets-languages"), &mut form.languages, "es, pt");
            let label = ui.label(t!("outlets-evidence"));
            ui.add(
                TextEdit::multiline(&mut form.evidence)
                    .hint_text(t!("outlets-evidence-hint"))
                    .desired_rows(3)
                    .desired_width(360.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    if let Some(problem) = &form.problem {
        ui.label(RichText::new(problem).color(theme::tokens(ui).error));
    }
    ui.horizontal(|ui| {
        if ui.button(t!("outlets-save")).clicked() {
            match form.outlet() {
                Ok(outlet) => {
                    done = Some(Some(OutletsChange::Save {
                        replacing: form.replacing.clone(),
                        outlet: Box::new(outlet),
                    }))
                }
                Err(problem) => form.problem = Some(problem),
            }
        }
        if ui.button(t!("button-cancel")).clicked() {
            done = Some(None);
        }
    });
    done
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_checks_name_and_domains() {
        let mut form = OutletForm::for_host("diariovea.com.ve");
        assert_eq!(
            form.outlet().map(|o| o.domains),
            Ok(vec!["diariovea.com.ve".to_owned()])
        );
        form.domains = "good.example, bad/domain".to_owned();
        assert!(form.outlet().is_err());
        form.domains = "a.example\nb.example".to_owned();
        form.name = "  ".to_owned();
        assert_eq!(form.outlet(), Err("Give the outlet a name.".to_owned()));
    }
}
