//! Help → About.

use egui::Ui;

use crate::t;

/// Help → About: who the program is and what it carries, each licence's
/// text one click away.
pub(super) fn about(ui: &mut Ui) {
    use crate::about::{BUNDLED, version};
    ui.heading("Monitor Workbench");
    ui.label(t!("about-version", version = version()));
    ui.label(t!(
        "about-reference",
        release = crate::registry::ASD_RELEASE
    ));
    ui.add_space(6.0);
    ui.label(t!("about-bundled"));
    // Each work's name as a heading that opens its licence; the headings
    // are short so that the dialog keeps its width, the rest wraps inside.
    egui::ScrollArea::vertical()
        .max_height(320.0)
        .show(ui, |ui| {
            for item in BUNDLED {
                egui::CollapsingHeader::new(item.name)
                    .id_salt(item.name)
                    .show(ui, |ui| {
                        ui.add(
                            egui::Label::new(t!(
                                "about-item",
                                what = item.what,
                                licence = item.licence
                            ))
                            .wrap(),
                        );
                        ui.add(egui::Label::new(egui::RichText::new(item.text).small()).wrap());
                    });
            }
        });
    ui.add_space(6.0);
}
