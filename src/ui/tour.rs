//! The first run's tour: a card beside each of the window's four places
//! (outline, section, library, meter), then the three things to try, with
//! the place it speaks of outlined. It never blocks the window: the user may
//! try each thing while the card is up, and close it at any step.

use egui::{Align2, Id, Order, Rect, Stroke, StrokeKind, Vec2};

use super::theme;
use crate::t;

/// Where the window drew the places the tour points at, this frame.
#[derive(Debug, Clone, Copy, Default)]
pub struct Places {
    pub outline: Option<Rect>,
    pub page: Option<Rect>,
    pub library: Option<Rect>,
    pub meter: Option<Rect>,
    pub menu_bar: Option<Rect>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Outline,
    Page,
    Library,
    Meter,
    MenuBar,
}

struct Step {
    place: Place,
    title: String,
    text: String,
}

/// The tour's steps in the interface's language; `limit` is the open
/// issue's limit, which the meter's step names.
fn steps(limit: &str) -> [Step; 7] {
    let step = |place, title, text| Step { place, title, text };
    [
        step(
            Place::Outline,
            t!("tour-outline-title"),
            t!("tour-outline-text"),
        ),
        step(Place::Page, t!("tour-page-title"), t!("tour-page-text")),
        step(
            Place::Library,
            t!("tour-library-title"),
            t!("tour-library-text"),
        ),
        step(
            Place::Meter,
            t!("tour-meter-title"),
            t!("tour-meter-text", limit = limit),
        ),
        step(Place::Page, t!("tour-paste-title"), t!("tour-paste-text")),
        step(Place::Meter, t!("tour-share-title"), t!("tour-share-text")),
        step(
            Place::MenuBar,
            t!("tour-export-title"),
            t!("tour-export-text"),
        ),
    ]
}

/// The tour while it is shown: which step.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tour {
    step: usize,
}

impl Tour {
    /// The step shown, counted from one (tests).
    pub fn step(&self) -> usize {
        self.step + 1
    }
}

/// Draws the tour's card and outlines its place; `false` once the user
/// closed it (Skip tour, Done, the ×, or Escape).
pub fn show(ctx: &egui::Context, tour: &mut Tour, places: &Places, limit: &str) -> bool {
    let steps = steps(limit);
    let Some(step) = steps.get(tour.step) else {
        return false;
    };
    if ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        return false;
    }
    let screen = ctx.content_rect();
    let target = match step.place {
        Place::Outline => places.outline,
        Place::Page => places.page,
        Place::Library => places.library,
        Place::Meter => places.meter,
        Place::MenuBar => places.menu_bar,
    };
    let (anchor, pivot) = card_position(step.place, target, screen);
    let mut open = true;
    egui::Area::new(Id::unique("tour_card"))
        .order(Order::Foreground)
        .pivot(pivot)
        .fixed_pos(anchor)
        .constrain_to(screen)
        .show(ctx, |ui| {
            let tokens = theme::tokens(ui);
            if let Some(target) = target {
                let ring = egui::LayerId::new(Order::Foreground, Id::unique("tour_ring"));
                ui.ctx().layer_painter(ring).rect_stroke(
                    target.shrink(2.0),
                    6.0,
                    Stroke::new(3.0, tokens.accent),
                    StrokeKind::Inside,
                );
            }
            egui::Frame::popup(ui.style())
                .stroke(Stroke::new(1.5, tokens.accent))
                .inner_margin(14.0)
                .show(ui, |ui| {
                    ui.set_width(CARD_WIDTH);
                    ui.horizontal(|ui| {
                        ui.weak(t!(
                            "tour-progress",
                            step = tour.step + 1,
                            count = steps.len()
                        ));
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            let close = ui.small_button("×").on_hover_text(t!("tour-close"));
                            super::icons::name(&close, &t!("tour-close"));
                            if close.clicked() {
                                open = false;
                            }
                        });
                    });
                    ui.label(egui::RichText::new(&step.title).strong().size(16.0));
                    ui.label(&step.text);
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui.button(t!("tour-skip")).clicked() {
                            open = false;
                        }
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            let last = tour.step + 1 == steps.len();
                            if ui
                                .button(if last {
                                    t!("tour-done")
                                } else {
                                    t!("find-next")
                                })
                                .clicked()
                            {
                                tour.step += 1;
                                open = !last;
                            }
                            if tour.step > 0 && ui.button(t!("tour-back")).clicked() {
                                tour.step -= 1;
                            }
                        });
                    });
                });
        });
    open
}

const CARD_WIDTH: f32 = 320.0;
const GAP: f32 = 14.0;

/// Where the card goes: beside its place, inside the window; in the middle
/// when the place is not shown (a hidden panel).
fn card_position(place: Place, target: Option<Rect>, screen: Rect) -> (egui::Pos2, Align2) {
    let Some(target) = target else {
        return (screen.center(), Align2::CENTER_CENTER);
    };
    match place {
        // Beside a side panel, level with its top.
        Place::Outline => (target.right_top() + Vec2::new(GAP, 48.0), Align2::LEFT_TOP),
        Place::Library => (target.left_top() + Vec2::new(-GAP, 48.0), Align2::RIGHT_TOP),
        // Low on the page, so the section's title and first entry stay in view.
        Place::Page => (
            target.center_bottom() - Vec2::new(0.0, GAP),
            Align2::CENTER_BOTTOM,
        ),
        // Under the meter, right-aligned with it, or under the menus.
        Place::Meter => (
            target.right_bottom() + Vec2::new(0.0, GAP),
            Align2::RIGHT_TOP,
        ),
        Place::MenuBar => (target.left_bottom() + Vec2::new(GAP, GAP), Align2::LEFT_TOP),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tour_shows_the_four_places_then_the_three_things_to_try() {
        let steps = steps("20%");
        let places: Vec<Place> = steps.iter().map(|s| s.place).collect();
        assert_eq!(
            &places[..4],
            [Place::Outline, Place::Page, Place::Library, Place::Meter]
        );
        let tries: Vec<&str> = steps[4..].iter().map(|s| s.title.as_str()).collect();
        assert_eq!(
            tries,
            [
                "Try it: paste a link",
                "Try it: watch the share",
                "Try it: export"
            ]
        );
    }

    #[test]
    fn a_card_stays_in_the_window_and_falls_back_to_its_middle() {
        let screen = Rect::from_min_size(egui::Pos2::ZERO, Vec2::new(1000.0, 700.0));
        let (pos, pivot) = card_position(Place::Library, None, screen);
        assert_eq!((pos, pivot), (screen.center(), Align2::CENTER_CENTER));
        let library = Rect::from_min_max(egui::pos2(700.0, 80.0), egui::pos2(1000.0, 680.0));
        let (pos, pivot) = card_position(Place::Library, Some(library), screen);
        assert_eq!(pivot, Align2::RIGHT_TOP);
        assert!(pos.x < library.left());
    }
}
