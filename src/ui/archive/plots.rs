//! The trends a monitor is judged by, issue by issue in series order: the
//! state-media share by each metric against the limit, citations per
//! classification, entries per section, opinion and unclassified sources.
//! Hovering a point names its issue; clicking it opens the issue. Each plot
//! exports its data as CSV and itself as PNG.

use std::collections::{BTreeMap, HashMap};

use egui::{Color32, RichText, Ui};
use egui_plot::{HoverPosition, Line, LineStyle, Plot, PlotPoint, Points};

use super::Snapshot;
use crate::archive::IssueFigures;
use crate::model::ShareMetric;
use crate::t;
use crate::ui::actions::{Action, Actions, ArchiveRequest};

/// The plots of the Trends tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlotKind {
    Shares,
    Classes,
    Sections,
    OpinionUnclassified,
}

impl PlotKind {
    pub const ALL: [PlotKind; 4] = [
        Self::Shares,
        Self::Classes,
        Self::Sections,
        Self::OpinionUnclassified,
    ];

    pub fn title(self) -> String {
        match self {
            Self::Shares => t!("plots-title-shares"),
            Self::Classes => t!("plots-title-classes"),
            Self::Sections => t!("plots-title-sections"),
            Self::OpinionUnclassified => t!("plots-title-opinion-unclassified"),
        }
    }

    /// A file name stem for its exports: "state-media-share".
    pub fn file_stem(self) -> &'static str {
        match self {
            Self::Shares => "state-media-share",
            Self::Classes => "citations-per-classification",
            Self::Sections => "entries-per-section",
            Self::OpinionUnclassified => "opinion-and-unclassified",
        }
    }

    /// The y axis: what is counted.
    fn unit(self) -> String {
        match self {
            Self::Shares => t!("plots-unit-share"),
            Self::Classes => t!("metric-citations"),
            Self::Sections => t!("metric-entries"),
            Self::OpinionUnclassified => t!("plots-unit-count"),
        }
    }
}

/// Sections drawn one by one; the rest are added up as "other sections".
const SECTIONS_DRAWN: usize = 8;
/// A click this close to a point (in points) opens its issue.
const CLICK_DISTANCE: f32 = 12.0;

#[derive(Default)]
pub struct PlotsState {
    /// Where each plot was drawn last frame, for "Save as PNG".
    pub rects: HashMap<PlotKind, egui::Rect>,
}

/// One line of a plot: a value per issue (by position in the series).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub points: Vec<[f64; 2]>,
    pub colour: Option<Color32>,
    /// A reference line (the limit), drawn dashed and without markers.
    pub reference: bool,
}

fn series_of(name: &str, rows: &[IssueFigures], value: impl Fn(&IssueFigures) -> f64) -> Series {
    Series {
        name: name.to_owned(),
        points: rows
            .iter()
            .enumerate()
            .map(|(x, row)| [x as f64, value(row)])
            .collect(),
        colour: None,
        reference: false,
    }
}

/// The lines of `kind` for `rows`.
pub fn series(kind: PlotKind, rows: &[IssueFigures]) -> Vec<Series> {
    match kind {
        PlotKind::Shares => {
            let mut lines: Vec<Series> = ShareMetric::ALL
                .iter()
                .enumerate()
                .map(|(slot, metric)| {
                    series_of(
                        &t!("plots-by-metric", metric = metric.label()),
                        rows,
                        |row| row.shares[slot] * 100.0,
                    )
                })
                .collect();
            lines.push(Series {
                colour: Some(LIMIT_LINE),
                reference: true,
                ..series_of(&t!("plots-limit"), rows, |row| row.limit * 100.0)
            });
            lines
        }
        PlotKind::Classes => counted(rows, |row| &row.classes, usize::MAX, ""),
        PlotKind::Sections => counted(
            rows,
            |row| &row.sections,
            SECTIONS_DRAWN,
            &t!("plots-other-sections"),
        ),
        PlotKind::OpinionUnclassified => vec![
            series_of(&t!("plots-opinion-citations"), rows, |row| {
                row.opinion as f64
            }),
            series_of(&t!("plots-unclassified-sources"), rows, |row| {
                row.unclassified as f64
            }),
        ],
    }
}

/// A line per name counted in `counts`, the largest `drawn` by total, the
/// rest added up under `rest`.
fn counted(
    rows: &[IssueFigures],
    counts: impl Fn(&IssueFigures) -> &BTreeMap<String, usize>,
    drawn: usize,
    rest: &str,
) -> Vec<Series> {
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for row in rows {
        for (name, count) in counts(row) {
            *totals.entry(name.as_str()).or_default() += count;
        }
    }
    let mut names: Vec<(&str, usize)> = totals.into_iter().collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (shown, others) = names.split_at(names.len().min(drawn));
    let mut lines: Vec<Series> = shown
        .iter()
        .map(|(name, _)| {
            series_of(name, rows, |row| {
                counts(row).get(*name).copied().unwrap_or(0) as f64
            })
        })
        .collect();
    if !others.is_empty() {
        lines.push(series_of(rest, rows, |row| {
            others
                .iter()
                .map(|(name, _)| counts(row).get(*name).copied().unwrap_or(0))
                .sum::<usize>() as f64
        }));
    }
    lines
}

/// "No. 13", or the issue's name when it has no number.
fn short_name(row: &IssueFigures) -> String {
    row.number.map_or_else(
        || row.name.clone(),
        |number| t!("plots-issue-number", number = number),
    )
}

/// The position in the series at plot position `x`, if `x` is (nearly)
/// one of the `count` issues.
fn index_at(count: usize, x: f64) -> Option<usize> {
    let index = x.round();
    if (x - index).abs() > 0.25 || index < 0.0 || index >= count as f64 {
        return None;
    }
    Some(index as usize)
}

pub fn show(ui: &mut Ui, state: &mut PlotsState, snapshot: &Snapshot, actions: &mut Actions) {
    let rows = &snapshot.figures;
    if rows.is_empty() {
        ui.label(t!("plots-none"));
        return;
    }
    ui.label(RichText::new(t!("plots-help")).weak());
    egui::ScrollArea::vertical()
        .id_salt("archive_trends")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for kind in PlotKind::ALL {
                plot(ui, kind, state, snapshot, actions);
                ui.add_space(12.0);
            }
        });
}

fn plot(
    ui: &mut Ui,
    kind: PlotKind,
    state: &mut PlotsState,
    snapshot: &Snapshot,
    actions: &mut Actions,
) {
    let rows = &snapshot.figures;
    let title = ui.strong(kind.title()).rect;
    let lines = series(kind, rows);
    let names: Vec<String> = rows.iter().map(short_name).collect();
    let full_names: Vec<&str> = rows.iter().map(|row| row.name.as_str()).collect();
    let count = rows.len();
    let unit = kind.unit();
    legend(ui, &lines);
    let plot = Plot::new(("archive_plot", kind.file_stem()))
        .height(220.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .include_y(0.0)
        .y_axis_label(unit)
        .x_grid_spacer(move |input| issue_marks(count, input))
        .x_axis_formatter(move |mark, _range| {
            index_at(count, mark.value)
                .map(|index| names[index].clone())
                .unwrap_or_default()
        })
        .label_formatter(move |position| {
            let (x, what) = match position {
                HoverPosition::NearDataPoint {
                    plot_name,
                    position,
                    ..
                } => (
                    position.x,
                    format!("{plot_name}: {}", value_text(kind, position.y)),
                ),
                HoverPosition::Elsewhere { position } => (position.x, String::new()),
            };
            let name = full_names[index_at(count, x)?];
            Some(format!("{name}\n{what}").trim_end().to_owned())
        });
    let block = ui.vertical(|ui| {
        plot.show(ui, |plot_ui| {
            for (index, line) in lines.iter().enumerate() {
                let colour = line.colour.unwrap_or_else(|| palette(index));
                let mut drawn = Line::new(line.name.clone(), line.points.clone()).color(colour);
                if line.reference {
                    drawn = drawn.style(LineStyle::dashed_loose());
                } else {
                    plot_ui.points(
                        Points::new(line.name.clone(), line.points.clone())
                            .color(colour)
                            .radius(3.0),
                    );
                }
                plot_ui.line(drawn);
            }
        })
    });
    // The picture "Save as PNG" keeps: the title, the plot and its axes.
    state.rects.insert(kind, title.union(block.response.rect));
    let response = block.inner;
    buttons(ui, kind, actions);
    let label = t!("plots-accessible-name", title = kind.title(), count = count);
    response
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
    if response.response.clicked()
        && let Some(pointer) = response.response.interact_pointer_pos()
    {
        let transform = &response.transform;
        let nearest = lines
            .iter()
            .flat_map(|line| line.points.iter())
            .map(|point| {
                let at = transform.position_from_point(&PlotPoint::new(point[0], point[1]));
                (at.distance(pointer), point[0])
            })
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((distance, x)) = nearest
            && distance <= CLICK_DISTANCE
            && let Some(row) = index_at(count, x).and_then(|index| rows.get(index))
            && let Some(path) = snapshot.path_of(row.issue)
        {
            actions.push(Action::OpenArchived {
                path: path.to_owned(),
                place: None,
            });
        }
    }
}

/// Room one issue's name takes under the axis.
const LABEL_WIDTH: f64 = 64.0;

/// The x axis's marks: one per issue, at whole numbers only (so no issue is
/// named twice), every n-th issue when the plot is too narrow for all names.
fn issue_marks(count: usize, input: egui_plot::GridInput) -> Vec<egui_plot::GridMark> {
    // `base_step_size` is the value of the plot's 8 smallest grid points.
    let per_point = input.base_step_size / 8.0;
    let step = (per_point * LABEL_WIDTH).ceil().max(1.0) as usize;
    (0..count)
        .step_by(step)
        .map(|index| egui_plot::GridMark {
            value: index as f64,
            step_size: step as f64,
        })
        .filter(|mark| mark.value >= input.bounds.0 && mark.value <= input.bounds.1)
        .collect()
}

/// The lines' names above the plot, so the legend never covers a point.
fn legend(ui: &mut Ui, lines: &[Series]) {
    ui.horizontal_wrapped(|ui| {
        for (index, line) in lines.iter().enumerate() {
            let colour = line.colour.unwrap_or_else(|| palette(index));
            let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 10.0), egui::Sense::hover());
            if line.reference {
                ui.painter()
                    .hline(rect.x_range(), rect.center().y, (2.0, colour));
            } else {
                ui.painter().rect_filled(rect.shrink(1.0), 2.0, colour);
            }
            ui.label(RichText::new(&line.name).small());
            ui.add_space(8.0);
        }
    });
}

fn buttons(ui: &mut Ui, kind: PlotKind, actions: &mut Actions) {
    ui.horizontal(|ui| {
        let data = ui.button(t!("plots-export-data"));
        let data_label = t!("plots-export-data-named", plot = kind.title());
        data.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &data_label));
        if data.clicked() {
            actions.push(Action::Archive(ArchiveRequest::ExportData(kind)));
        }
        let png = ui.button(t!("plots-save-png"));
        let png_label = t!("plots-save-png-named", plot = kind.title());
        png.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &png_label));
        if png.clicked() {
            actions.push(Action::Archive(ArchiveRequest::SavePng(kind)));
        }
    });
}

fn value_text(kind: PlotKind, y: f64) -> String {
    match kind {
        // One decimal always; the decimal sign and the space before "%" the language's.
        PlotKind::Shares => {
            let figure = format!("{y:.1}");
            if crate::i18n::current().decimal_comma() {
                format!("{}\u{A0}%", figure.replace('.', ","))
            } else {
                format!("{figure}%")
            }
        }
        _ => format!("{}", y.round()),
    }
}

/// The limit's line: Okabe and Ito's vermilion, seen on both themes' plots.
const LIMIT_LINE: Color32 = Color32::from_rgb(0xD5, 0x5E, 0x00);

/// Distinct colours for the lines, in order: Okabe and Ito's palette for
/// colour-blind readers (without its yellow, too faint on white, and its
/// vermilion, the limit's), each line also named in the legend.
fn palette(index: usize) -> Color32 {
    const COLOURS: [Color32; 6] = [
        Color32::from_rgb(0x00, 0x72, 0xB2),
        Color32::from_rgb(0xE6, 0x9F, 0x00),
        Color32::from_rgb(0x00, 0x9E, 0x73),
        Color32::from_rgb(0xCC, 0x79, 0xA7),
        Color32::from_rgb(0x56, 0xB4, 0xE9),
        Color32::from_rgb(0x80, 0x80, 0x80),
    ];
    COLOURS[index % COLOURS.len()]
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_axis_names_each_issue_once() {
        for (count, base_step) in [(12, 0.05), (12, 0.5), (300, 4.0), (1, 0.01)] {
            let marks = super::issue_marks(
                count,
                egui_plot::GridInput {
                    bounds: (-0.5, count as f64 - 0.5),
                    base_step_size: base_step,
                },
            );
            let values: Vec<f64> = marks.iter().map(|mark| mark.value).collect();
            assert!(!values.is_empty());
            assert!(values.iter().all(|v| v.fract() == 0.0 && *v < count as f64));
            let mut unique = values.clone();
            unique.dedup();
            assert_eq!(unique, values, "{count} issues: {values:?}");
        }
        // A plot 8 px per issue names every 8th (64 px apart), not all 300.
        let crowded = super::issue_marks(
            300,
            egui_plot::GridInput {
                bounds: (-0.5, 299.5),
                base_step_size: 1.0,
            },
        );
        assert_eq!(crowded.len(), 300_usize.div_ceil(8));
    }

    use super::*;

    fn row(number: u32, sections: &[(&str, usize)]) -> IssueFigures {
        IssueFigures {
            issue: number as usize,
            name: format!("VRIC Monitor No. {number}"),
            number: Some(number),
            published: None,
            metric: ShareMetric::Citations,
            limit: 0.2,
            shares: [0.1, 0.2, 0.3],
            compliant: true,
            errors: 0,
            warnings: 0,
            entries: 0,
            citations: 0,
            state_citations: 0,
            outlets: BTreeMap::new(),
            classes: BTreeMap::new(),
            sections: sections
                .iter()
                .map(|(name, count)| ((*name).to_owned(), *count))
                .collect(),
            opinion: 1,
            unclassified: 2,
            overrides: Vec::new(),
        }
    }

    #[test]
    fn shares_are_percentages_with_the_limit_as_a_reference() {
        let lines = series(PlotKind::Shares, &[row(1, &[]), row(2, &[])]);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].name, "by citations");
        assert_eq!(lines[2].points, [[0.0, 30.0], [1.0, 30.0]]);
        assert!(lines[3].reference && lines[3].points[1] == [1.0, 20.0]);
    }

    #[test]
    fn sections_beyond_the_largest_are_added_up() {
        let many: Vec<(String, usize)> = (0..10).map(|n| (format!("S{n}"), n + 1)).collect();
        let many: Vec<(&str, usize)> = many.iter().map(|(n, c)| (n.as_str(), *c)).collect();
        let lines = series(PlotKind::Sections, &[row(1, &many), row(2, &[("S9", 4)])]);
        assert_eq!(lines.len(), SECTIONS_DRAWN + 1);
        assert_eq!(lines[0].name, "S9");
        assert_eq!(lines[0].points, [[0.0, 10.0], [1.0, 4.0]]);
        let rest = lines.last().expect("the rest");
        assert_eq!(rest.name, "other sections");
        // S0 and S1 hold 1 and 2 entries in the first issue, none in the second.
        assert_eq!(rest.points, [[0.0, 3.0], [1.0, 0.0]]);
    }

    #[test]
    fn a_position_names_the_issue_only_near_it() {
        assert_eq!(index_at(2, 1.1), Some(1));
        assert_eq!(short_name(&row(14, &[])), "No. 14");
        assert!(index_at(2, 0.5).is_none());
        assert!(index_at(2, -1.0).is_none());
        assert!(index_at(2, 2.0).is_none());
    }
}
