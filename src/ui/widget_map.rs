//! The window's accessibility tree as a file, for the desktop tests
//! (`tests/desktop.rs`): when `MONITOR_WORKBENCH_WIDGET_MAP` names a file,
//! every frame that changes the tree rewrites it with one line per named
//! widget — role, name, rectangle in window pixels and value — so a test
//! finds "Editors" or "Save" the way a screen reader does, then moves the
//! real pointer and types real keys there with `xdotool`. Off otherwise.

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::accesskit::{Node, NodeId, Role, TreeUpdate};

/// The environment variable that turns the map on.
pub const VARIABLE: &str = "MONITOR_WORKBENCH_WIDGET_MAP";

/// Installs the map's writer when the variable names a file.
pub fn install(ctx: &egui::Context) {
    let Some(path) = std::env::var_os(VARIABLE).map(PathBuf::from) else {
        return;
    };
    ctx.enable_accesskit();
    ctx.add_plugin(WidgetMap {
        path,
        nodes: BTreeMap::new(),
        written: String::new(),
    });
}

struct WidgetMap {
    path: PathBuf,
    /// Every node of the tree as last sent (egui sends the nodes it built).
    nodes: BTreeMap<NodeId, Node>,
    /// What the file holds.
    written: String,
}

impl egui::Plugin for WidgetMap {
    fn debug_name(&self) -> &'static str {
        "widget map"
    }

    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        let Some(update) = &output.platform_output.accesskit_update else {
            return;
        };
        self.take(update);
        let text = self.lines(ctx.pixels_per_point());
        if text != self.written {
            // Renamed into place, so a test never reads half a map.
            let partial = self.path.with_extension("partial");
            if std::fs::write(&partial, &text).is_ok()
                && std::fs::rename(&partial, &self.path).is_ok()
            {
                self.written = text;
            }
        }
    }
}

impl WidgetMap {
    fn take(&mut self, update: &TreeUpdate) {
        if update.tree.is_some() {
            // A whole new tree: egui sends every node each pass.
            self.nodes.clear();
        }
        for (id, node) in &update.nodes {
            self.nodes.insert(*id, node.clone());
        }
    }

    /// "role<TAB>name<TAB>x<TAB>y<TAB>width<TAB>height<TAB>value" per named node.
    fn lines(&self, pixels_per_point: f32) -> String {
        let mut text = String::new();
        let scale = f64::from(pixels_per_point);
        for node in self.nodes.values() {
            let Some(name) = self.name(node) else {
                continue;
            };
            let Some(bounds) = node.bounds() else {
                continue;
            };
            let value = node.value().unwrap_or_default();
            let clean = |s: &str| s.replace(['\t', '\n'], " ");
            text.push_str(&format!(
                "{:?}\t{}\t{:.0}\t{:.0}\t{:.0}\t{:.0}\t{}\n",
                node.role(),
                clean(&name),
                bounds.x0 * scale,
                bounds.y0 * scale,
                (bounds.x1 - bounds.x0) * scale,
                (bounds.y1 - bounds.y0) * scale,
                clean(value),
            ));
        }
        text
    }

    /// A node's own label, else the labels of the nodes that label it.
    fn name(&self, node: &Node) -> Option<String> {
        if let Some(label) = node.label().filter(|label| !label.is_empty()) {
            return Some(label.to_owned());
        }
        let from: Vec<String> = node
            .labelled_by()
            .iter()
            .filter_map(|id| self.nodes.get(id))
            .filter_map(|labeller| {
                labeller
                    .label()
                    .or_else(|| labeller.value())
                    .map(str::to_owned)
            })
            .collect();
        if !from.is_empty() {
            return Some(from.join(" "));
        }
        // A plain label's text is its value.
        (node.role() == Role::Label)
            .then(|| node.value().map(str::to_owned))
            .flatten()
    }
}
