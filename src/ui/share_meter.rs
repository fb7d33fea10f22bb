//! The masthead line and the state-media share meter, always in view.

use egui::{Sense, Stroke, StrokeKind, Ui, vec2};

use super::theme;
use crate::compliance::{Report, Rule};
use crate::i18n::{local_percent, long_date};
use crate::model::{Issue, ShareMetric};
use crate::t;

/// Returns where the meter is (the first-run tour points at it).
pub fn masthead_and_meter(ui: &mut Ui, issue: &Issue, report: &Report) -> egui::Rect {
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.heading(issue.masthead());
            let mut line = issue.title.clone();
            if let Some(period) = issue.coverage {
                let range = t!(
                    "coverage-range",
                    from = long_date(period.from),
                    to = long_date(period.to)
                );
                line.push_str(&format!("  ·  {range}"));
            }
            ui.label(line);
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.scope(|ui| meter(ui, report)).response.rect
        })
        .inner
    })
    .inner
}

/// What each colour of the chips and tags means, one hover away (the meter's
/// tooltip): the same words the chips carry.
pub fn legend(ui: &mut Ui) {
    let tokens = theme::tokens(ui);
    ui.label(egui::RichText::new(t!("legend-title")).strong());
    for (colours, words) in [
        (tokens.state_media, t!("legend-state-media")),
        (tokens.government, t!("legend-government")),
        (tokens.opinion, t!("legend-opinion")),
        (tokens.unclassified, t!("legend-unclassified")),
        (tokens.plain_chip, t!("legend-independent")),
    ] {
        super::tag::tag(ui, &words, colours);
    }
}

/// "7 of 37 citations — 18.9% of 20% allowed", with the bar and the limit marked.
pub fn summary_text(report: &Report) -> String {
    let shares = &report.shares;
    let counts = match report.metric {
        ShareMetric::Citations => t!(
            "meter-citations",
            state = shares.citations.state,
            total = shares.citations.total
        ),
        ShareMetric::Entries => t!(
            "meter-entries",
            state = shares.entries.state,
            total = shares.entries.total
        ),
        ShareMetric::Words => t!(
            "meter-words",
            state = format!("{:.0}", shares.words.state),
            total = shares.words.total
        ),
    };
    let mut text = t!(
        "meter-summary",
        counts = counts,
        share = local_percent(report.share()),
        limit = local_percent(report.limit)
    );
    if let Some(note) = shares.unreviewed_note() {
        text.push_str(&format!(" · {note}"));
    }
    if report.exceeds_on_purpose() {
        text.push_str(&format!(" · {}", t!("meter-special-edition")));
    }
    text
}

fn meter(ui: &mut Ui, report: &Report) {
    let share = report.share();
    // A special edition is over the limit on purpose: on record, not alarming.
    let colour = if report.exceeds_on_purpose() {
        theme::tokens(ui).special_edition
    } else {
        theme::tokens(ui).margin(share, report.limit)
    };
    let hover = ShareMetric::ALL
        .into_iter()
        .map(|metric| {
            format!(
                "{:<10} {}",
                metric.label(),
                local_percent(report.shares.ratio(metric))
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    // Right to left: the bar goes right, its text to its left.
    let (rect, response) = ui.allocate_exact_size(vec2(220.0, 18.0), Sense::hover());
    let painter = ui.painter_at(rect);
    // The bar spans twice the limit (or the share, if larger) so the limit sits mid-way.
    let scale = (report.limit * 2.0).max(share).max(0.01);
    let fill_width = rect.width() * (share / scale).clamp(0.0, 1.0) as f32;
    painter.rect_filled(rect, 3.0, ui.visuals().extreme_bg_color);
    let mut fill = rect;
    fill.set_width(fill_width);
    painter.rect_filled(fill, 3.0, colour);
    let limit_x = rect.left() + rect.width() * (report.limit / scale) as f32;
    painter.line_segment(
        [
            egui::pos2(limit_x, rect.top() - 2.0),
            egui::pos2(limit_x, rect.bottom() + 2.0),
        ],
        Stroke::new(2.0, ui.visuals().strong_text_color()),
    );
    painter.rect_stroke(
        rect,
        3.0,
        Stroke::new(1.0, ui.visuals().weak_text_color()),
        StrokeKind::Inside,
    );
    let special = report
        .findings
        .iter()
        .find(|finding| finding.rule == Rule::SpecialEdition)
        .map(|finding| format!("\n{}", finding.message))
        .unwrap_or_default();
    let unreviewed = report
        .shares
        .unreviewed_note()
        .map(|note| format!("\n{}", t!("check-unreviewed", note = note)))
        .unwrap_or_default();
    response.on_hover_ui(|ui| {
        let policy = t!(
            "meter-policy",
            limit = local_percent(report.limit),
            metric = report.metric.label()
        );
        ui.label(format!(
            "{}\n{hover}\n{policy}{unreviewed}{special}",
            t!("meter-by-metric")
        ));
        ui.separator();
        legend(ui);
    });
    ui.label(
        egui::RichText::new(summary_text(report))
            .color(colour)
            .strong(),
    );
}
