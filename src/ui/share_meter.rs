//! The masthead line and the state-media share meter, always in view.

use egui::{Sense, Stroke, StrokeKind, Ui, vec2};

use super::theme;
use crate::compliance::{Report, Rule, percent};
use crate::model::{Issue, ShareMetric};

/// Returns where the meter is (the first-run tour points at it).
pub fn masthead_and_meter(ui: &mut Ui, issue: &Issue, report: &Report) -> egui::Rect {
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            ui.heading(issue.masthead());
            let mut line = issue.title.clone();
            if let Some(period) = issue.coverage {
                line.push_str(&format!("  ·  {} to {}", period.from, period.to));
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
    ui.label(egui::RichText::new("The sources' colours").strong());
    for (colours, words) in [
        (tokens.state_media, "state media: counted against the limit"),
        (
            tokens.government,
            "a government or state-controlled outlet the policy does not count",
        ),
        (tokens.opinion, "opinion: excluded by the policy"),
        (
            tokens.unclassified,
            "unclassified: an outlet the registry does not know",
        ),
        (tokens.plain_chip, "independent or public service"),
    ] {
        super::tag::tag(ui, words, colours);
    }
}

/// "7 of 37 citations — 18.9% of 20% allowed", with the bar and the limit marked.
pub fn summary_text(report: &Report) -> String {
    let shares = &report.shares;
    let counts = match report.metric {
        ShareMetric::Citations => format!(
            "{} of {} citations",
            shares.citations.state, shares.citations.total
        ),
        ShareMetric::Entries => format!(
            "{} of {} entries",
            shares.entries.state, shares.entries.total
        ),
        ShareMetric::Words => format!("{:.0} of {} words", shares.words.state, shares.words.total),
    };
    let special = if report.exceeds_on_purpose() {
        " · special edition"
    } else {
        ""
    };
    let unreviewed = shares
        .unreviewed_note()
        .map(|note| format!(" · {note}"))
        .unwrap_or_default();
    format!(
        "State media: {counts} — {} of {} allowed{unreviewed}{special}",
        percent(report.share()),
        percent(report.limit)
    )
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
                metric.name(),
                percent(report.shares.ratio(metric))
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
        .map(|note| {
            format!(
                "\n{note}: outlets no registry knows, counted as not state media until \
                 someone classifies them"
            )
        })
        .unwrap_or_default();
    response.on_hover_ui(|ui| {
        ui.label(format!(
            "State-media share by metric\n{hover}\nPolicy: at most {} of {}{unreviewed}{special}",
            percent(report.limit),
            report.metric.name()
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
