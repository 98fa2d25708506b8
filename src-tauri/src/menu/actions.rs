//! The one table of the app's actions: what the native menu shows, with which keys, in which
//! menu. The menu is built from it, and it is exported to the UI (`MENU_ACTIONS` in
//! `ui/src/bindings.ts`) so the keyboard shortcuts and their help can use the same table.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Every action of the menu bar. The UI receives the id in a `MenuAction` event and runs it with
/// its own handlers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ActionId {
    NewAccount,
    NewWorkspace,
    OpenWorkspace,
    OpenRecent,
    CloseWorkspace,
    BackUpNow,
    RestoreBackup,
    Import,
    Export,
    Quit,
    Undo,
    Redo,
    Find,
    ClearHistory,
    Settings,
    Fit,
    LayOut,
    Presenter,
    Shortcuts,
    OpenDemo,
    About,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum MenuName {
    File,
    Edit,
    View,
    Help,
}

impl MenuName {
    pub const ALL: [MenuName; 4] = [
        MenuName::File,
        MenuName::Edit,
        MenuName::View,
        MenuName::Help,
    ];

    pub fn label(self) -> &'static str {
        match self {
            MenuName::File => "File",
            MenuName::Edit => "Edit",
            MenuName::View => "View",
            MenuName::Help => "Help",
        }
    }
}

/// Who acts on an action's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum KeyOwner {
    /// The native menu: the keys fire its item, before the webview sees them. Only for keys
    /// that mean nothing while typing in a text field.
    Menu,
    /// The webview's own key handler, which knows when a text field has focus (Ctrl+Z there
    /// undoes the typing, not the map; `F` types an F). The menu only shows these keys.
    Webview,
}

#[derive(Debug, Clone, Copy, Serialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub id: ActionId,
    pub label: &'static str,
    pub menu: MenuName,
    /// The keys, in Tauri's accelerator syntax (`CmdOrCtrl+Shift+N`, `F5`, `?`).
    pub keys: Option<&'static str>,
    pub key_owner: KeyOwner,
    /// Begins a new group in its menu (a separator above it).
    pub group_start: bool,
}

const fn action(
    id: ActionId,
    label: &'static str,
    menu: MenuName,
    keys: Option<&'static str>,
    key_owner: KeyOwner,
    group_start: bool,
) -> Action {
    Action {
        id,
        label,
        menu,
        keys,
        key_owner,
        group_start,
    }
}

use ActionId as A;
use KeyOwner::{Menu, Webview};
use MenuName::{Edit, File, Help, View};

/// The menu bar, in order.
#[rustfmt::skip]
pub const ACTIONS: &[Action] = &[
    action(A::NewAccount,     "New account",        File, Some("CmdOrCtrl+N"),       Menu,    false),
    action(A::NewWorkspace,   "New workspace…",     File, Some("CmdOrCtrl+Shift+N"), Menu,    true),
    action(A::OpenWorkspace,  "Open workspace…",    File, Some("CmdOrCtrl+O"),       Menu,    false),
    action(A::OpenRecent,     "Open recent",        File, None,                      Menu,    false),
    action(A::CloseWorkspace, "Close workspace",    File, None,                      Menu,    false),
    action(A::BackUpNow,      "Back up now…",       File, None,                      Menu,    true),
    action(A::RestoreBackup,  "Restore from a backup…", File, None,                  Menu,    false),
    action(A::Import,         "Import contacts…",   File, Some("CmdOrCtrl+I"),       Menu,    true),
    action(A::Export,         "Export…",            File, Some("CmdOrCtrl+P"),       Menu,    false),
    action(A::Quit,           "Quit",               File, Some("CmdOrCtrl+Q"),       Menu,    true),
    action(A::Undo,           "Undo",               Edit, Some("CmdOrCtrl+Z"),       Webview, false),
    action(A::Redo,           "Redo",               Edit, Some("CmdOrCtrl+Shift+Z"), Webview, false),
    action(A::Find,           "Find a person",      Edit, Some("CmdOrCtrl+F"),       Webview, true),
    action(A::ClearHistory,   "Clear undo history…", Edit, None,                     Menu,    true),
    action(A::Settings,       "Settings…",          Edit, Some("CmdOrCtrl+,"),       Menu,    true),
    action(A::Fit,            "Fit the map",        View, Some("F"),                 Webview, false),
    action(A::LayOut,         "Lay out the map",    View, Some("L"),                 Webview, false),
    action(A::Presenter,      "Presenter mode",     View, Some("F5"),                Webview, true),
    action(A::Shortcuts,      "Keyboard shortcuts", Help, Some("?"),                 Webview, false),
    action(A::OpenDemo,       "Open the demo",      Help, None,                      Menu,    false),
    action(A::About,          "About Rapport",      Help, None,                      Menu,    true),
];

impl ActionId {
    /// The menu item's id: the same word the UI receives (`newWorkspace`).
    pub fn key(self) -> &'static str {
        match self {
            A::NewAccount => "newAccount",
            A::NewWorkspace => "newWorkspace",
            A::OpenWorkspace => "openWorkspace",
            A::OpenRecent => "openRecent",
            A::CloseWorkspace => "closeWorkspace",
            A::BackUpNow => "backUpNow",
            A::RestoreBackup => "restoreBackup",
            A::Import => "import",
            A::Export => "export",
            A::Quit => "quit",
            A::Undo => "undo",
            A::Redo => "redo",
            A::Find => "find",
            A::ClearHistory => "clearHistory",
            A::Settings => "settings",
            A::Fit => "fit",
            A::LayOut => "layOut",
            A::Presenter => "presenter",
            A::Shortcuts => "shortcuts",
            A::OpenDemo => "openDemo",
            A::About => "about",
        }
    }

    pub fn from_key(key: &str) -> Option<ActionId> {
        ACTIONS.iter().map(|a| a.id).find(|id| id.key() == key)
    }
}

/// Keys as the menu shows them on this platform: `CmdOrCtrl+Shift+Z` → `Shift+Ctrl+Z` (or ⇧⌘Z).
pub fn shown_keys(keys: &str) -> String {
    let parts: Vec<&str> = keys.split('+').collect();
    let (key, modifiers) = parts.split_last().unwrap_or((&"", &[]));
    let mac = cfg!(target_os = "macos");
    let mut shown = String::new();
    // The platform's order: Shift before the command key, as GTK and macOS write it.
    if modifiers.contains(&"Shift") {
        shown.push_str(if mac { "⇧" } else { "Shift+" });
    }
    if modifiers.contains(&"CmdOrCtrl") {
        shown.push_str(if mac { "⌘" } else { "Ctrl+" });
    }
    shown.push_str(key);
    shown
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_action_has_a_unique_id_and_label() {
        let ids: HashSet<_> = ACTIONS.iter().map(|a| a.id).collect();
        assert_eq!(ids.len(), ACTIONS.len());
        let labels: HashSet<_> = ACTIONS.iter().map(|a| a.label).collect();
        assert_eq!(labels.len(), ACTIONS.len());
    }

    #[test]
    fn keys_are_unique() {
        let keys: Vec<_> = ACTIONS.iter().filter_map(|a| a.keys).collect();
        let unique: HashSet<_> = keys.iter().collect();
        assert_eq!(unique.len(), keys.len(), "{keys:?}");
    }

    #[test]
    fn ids_are_the_words_the_ui_receives() {
        for a in ACTIONS {
            let serde = serde_json::to_value(a.id).expect("serialised");
            assert_eq!(serde, a.id.key(), "{:?}", a.id);
            assert_eq!(ActionId::from_key(a.id.key()), Some(a.id));
        }
        assert_eq!(ActionId::from_key("frobnicate"), None);
    }

    #[test]
    fn the_file_menu_has_the_workspace_and_backup_items_in_order() {
        let file: Vec<_> = ACTIONS
            .iter()
            .filter(|a| a.menu == MenuName::File)
            .map(|a| a.id)
            .collect();
        assert_eq!(
            file,
            [
                A::NewAccount,
                A::NewWorkspace,
                A::OpenWorkspace,
                A::OpenRecent,
                A::CloseWorkspace,
                A::BackUpNow,
                A::RestoreBackup,
                A::Import,
                A::Export,
                A::Quit
            ]
        );
        // The backup items are a group of their own, each opening a dialog (hence the "…").
        for id in [A::BackUpNow, A::RestoreBackup] {
            let a = ACTIONS.iter().find(|a| a.id == id).expect("listed");
            assert!(a.label.ends_with('…'), "{id:?}");
            assert_eq!((a.keys, a.key_owner), (None, Menu), "{id:?}");
            assert_eq!(a.group_start, id == A::BackUpNow, "{id:?}");
        }
        let edit: Vec<_> = ACTIONS
            .iter()
            .filter(|a| a.menu == Edit)
            .map(|a| a.id)
            .collect();
        assert_eq!(
            edit,
            [A::Undo, A::Redo, A::Find, A::ClearHistory, A::Settings]
        );
        let view: Vec<_> = ACTIONS
            .iter()
            .filter(|a| a.menu == View)
            .map(|a| a.id)
            .collect();
        assert_eq!(view, [A::Fit, A::LayOut, A::Presenter]);
        assert!(ACTIONS.iter().any(|a| a.menu == Help && a.id == A::About));
        assert!(
            ACTIONS
                .iter()
                .any(|a| a.menu == Help && a.id == A::Shortcuts)
        );
    }

    #[test]
    fn keys_that_mean_something_in_a_text_field_stay_with_the_webview() {
        // GTK fires a menu's accelerator before the webview sees the key, so these must never be
        // the menu's: Ctrl+Z in a field undoes the typing, a plain letter types it.
        for a in ACTIONS.iter().filter(|a| a.key_owner == Menu) {
            let keys = a.keys.unwrap_or("CmdOrCtrl+N");
            let text_editing = [
                "CmdOrCtrl+Z",
                "CmdOrCtrl+Shift+Z",
                "CmdOrCtrl+Y",
                "CmdOrCtrl+F",
            ];
            assert!(!text_editing.contains(&keys), "{:?}", a.id);
            assert!(
                keys.contains('+') || keys.starts_with('F'),
                "{:?}: {keys}",
                a.id
            );
        }
        for id in [A::Undo, A::Redo, A::Find, A::Fit, A::LayOut] {
            let a = ACTIONS.iter().find(|a| a.id == id).expect("listed");
            assert_eq!(a.key_owner, Webview, "{id:?}");
        }
    }

    #[test]
    fn menu_owned_keys_parse_as_accelerators() {
        for a in ACTIONS.iter().filter(|a| a.key_owner == Menu) {
            if let Some(keys) = a.keys {
                keys.parse::<muda::accelerator::Accelerator>()
                    .unwrap_or_else(|e| panic!("{keys}: {e}"));
            }
        }
    }

    #[test]
    fn keys_are_shown_the_platform_way() {
        if !cfg!(target_os = "macos") {
            assert_eq!(shown_keys("CmdOrCtrl+Shift+Z"), "Shift+Ctrl+Z");
            assert_eq!(shown_keys("CmdOrCtrl+F"), "Ctrl+F");
        }
        assert_eq!(shown_keys("F5"), "F5");
        assert_eq!(shown_keys("?"), "?");
    }
}
