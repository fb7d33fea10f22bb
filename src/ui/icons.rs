//! The icons of the window, in one place: a later change of icon font is a
//! change of this file. Each is a character of Google's Material Symbols
//! (outlined), drawn like text, so an icon takes the colour of its words.

use egui::FontDefinitions;
use egui_material_icons::icons as material;

/// An icon followed by its words: "📄 Save", for a button or a menu item.
pub fn with(icon: &str, words: &str) -> String {
    format!("{icon}  {words}")
}

/// A button with an icon before its words; screen readers hear the words.
pub fn button(ui: &mut egui::Ui, icon: &str, words: &str) -> egui::Response {
    let response = ui.button(with(icon, words));
    name(&response, words);
    response
}

/// Names a widget drawn with an icon by its words alone, for screen readers
/// (and the tests, which find widgets by name).
pub fn name(response: &egui::Response, words: &str) {
    let enabled = response.enabled();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, words));
}

/// Puts the icons' font in `fonts` under its own families; the theme places
/// it in the interface's families too, so an icon can sit in any label.
/// Returns the font's name.
pub fn add_font(fonts: &mut FontDefinitions) -> String {
    let insert = egui_material_icons::font_insert();
    let name = insert.name.clone();
    fonts
        .font_data
        .insert(name.clone(), std::sync::Arc::new(insert.data));
    for family in insert.families {
        let names = fonts.families.entry(family.family).or_default();
        match family.priority {
            egui::epaint::text::FontPriority::Highest => names.insert(0, name.clone()),
            egui::epaint::text::FontPriority::Lowest => names.push(name.clone()),
        }
    }
    name
}

pub const ADD: &str = material::ICON_ADD.codepoint;
pub const CALENDAR: &str = material::ICON_CALENDAR_MONTH.codepoint;
pub const LINK: &str = material::ICON_LINK.codepoint;
pub const COPY: &str = material::ICON_CONTENT_COPY.codepoint;
pub const OPEN_IN_BROWSER: &str = material::ICON_OPEN_IN_NEW.codepoint;
pub const MORE: &str = material::ICON_MORE_HORIZ.codepoint;
pub const LIBRARY: &str = material::ICON_LIBRARY_BOOKS.codepoint;
pub const CLOSE: &str = material::ICON_CLOSE.codepoint;
pub const DELETE: &str = material::ICON_DELETE.codepoint;
pub const SAVE: &str = material::ICON_SAVE.codepoint;
pub const OPEN: &str = material::ICON_FOLDER_OPEN.codepoint;
pub const NEW: &str = material::ICON_NOTE_ADD.codepoint;
pub const UNDO: &str = material::ICON_UNDO.codepoint;
pub const REDO: &str = material::ICON_REDO.codepoint;
pub const FIND: &str = material::ICON_SEARCH.codepoint;
pub const EXPORT: &str = material::ICON_IOS_SHARE.codepoint;
pub const PDF: &str = material::ICON_PICTURE_AS_PDF.codepoint;
pub const SETTINGS: &str = material::ICON_SETTINGS.codepoint;
pub const ERROR: &str = material::ICON_ERROR.codepoint;
pub const WARNING: &str = material::ICON_WARNING.codepoint;
pub const INFO: &str = material::ICON_INFO.codepoint;
pub const APPROVE: &str = material::ICON_TASK_ALT.codepoint;
pub const SEND: &str = material::ICON_SEND.codepoint;
pub const EDIT: &str = material::ICON_EDIT.codepoint;
pub const COMMENT: &str = material::ICON_COMMENT.codepoint;
pub const FLAG: &str = material::ICON_FLAG.codepoint;
pub const PREVIOUS: &str = material::ICON_ARROW_UPWARD.codepoint;
pub const NEXT: &str = material::ICON_ARROW_DOWNWARD.codepoint;
pub const HISTORY: &str = material::ICON_HISTORY.codepoint;
pub const ARCHIVE: &str = material::ICON_INVENTORY_2.codepoint;
pub const COLLAPSE_RIGHT: &str = material::ICON_CHEVRON_RIGHT.codepoint;
pub const EXPAND_LEFT: &str = material::ICON_CHEVRON_LEFT.codepoint;
pub const DETAILS: &str = material::ICON_ARTICLE.codepoint;
pub const SPELLING: &str = material::ICON_SPELLCHECK.codepoint;
pub const LIGHT_MODE: &str = material::ICON_LIGHT_MODE.codepoint;
pub const DARK_MODE: &str = material::ICON_DARK_MODE.codepoint;
pub const FOLLOW_SYSTEM: &str = material::ICON_BRIGHTNESS_AUTO.codepoint;
/// An empty icon's width: menu items without an icon keep the column.
pub const BLANK: &str = "\u{2003}";
