//! The one table of the app's actions: every command with a menu item or a key, its words, its
//! keys and who acts on them. The native menu is built from it, and it is exported to the UI
//! (`MENU_ACTIONS` in `ui/src/bindings.ts`), whose key handler and shortcuts help read the same
//! rows — so a key, a menu item and the help can never disagree.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Every action of the app. A menu click reaches the UI as a `MenuAction` event with this id, and
/// the UI runs it with the same handler as its key and its button.
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
    ExportCalendar,
    Quit,
    Undo,
    Redo,
    Find,
    ClearHistory,
    Settings,
    Fit,
    ZoomIn,
    ZoomOut,
    LayOut,
    Presenter,
    Shortcuts,
    Guide,
    OpenDemo,
    About,
    // The map's own keys, with no menu item: they act on the selected card.
    QuickAdd,
    Connect,
    Rename,
    Duplicate,
    Pin,
    Delete,
    WhatIf,
    FoldBranch,
    FocusBranch,
    Deselect,
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
    /// The menu item's words, or the action's name where it has no item.
    pub label: &'static str,
    /// What the shortcuts help says the keys do (`None`: the action has no keys to explain).
    pub help: Option<&'static str>,
    /// The menu it sits in; `None` for the map's own keys.
    pub menu: Option<MenuName>,
    /// The keys in Tauri's accelerator syntax (`CmdOrCtrl+Shift+N`, `F5`, `?`); the first is the
    /// one the menu shows, the others do the same (`Ctrl+Y` for redo).
    pub keys: &'static [&'static str],
    pub key_owner: KeyOwner,
    /// Begins a new group in its menu (a separator above it).
    pub group_start: bool,
}

/// One row of the table; the `const fn` keeps the table a plain constant.
const fn row(
    id: ActionId,
    label: &'static str,
    menu: Option<MenuName>,
    keys: &'static [&'static str],
    key_owner: KeyOwner,
    group_start: bool,
    help: Option<&'static str>,
) -> Action {
    Action {
        id,
        label,
        help,
        menu,
        keys,
        key_owner,
        group_start,
    }
}

use ActionId as A;
use KeyOwner::{Menu, Webview};
const FILE: Option<MenuName> = Some(MenuName::File);
const EDIT: Option<MenuName> = Some(MenuName::Edit);
const VIEW: Option<MenuName> = Some(MenuName::View);
const HELP: Option<MenuName> = Some(MenuName::Help);
const MAP: Option<MenuName> = None;

/// Every action: the menu bar's in menu order, then the map's own keys in the help's order.
#[rustfmt::skip]
pub const ACTIONS: &[Action] = &[
    row(A::NewAccount,     "New account",        FILE, &["CmdOrCtrl+N"],       Menu,    false, Some("Start a new account")),
    row(A::NewWorkspace,   "New workspace…",     FILE, &["CmdOrCtrl+Shift+N"], Menu,    true,  Some("Start a new workspace file")),
    row(A::OpenWorkspace,  "Open workspace…",    FILE, &["CmdOrCtrl+O"],       Menu,    false, Some("Open a workspace file")),
    row(A::OpenRecent,     "Open recent",        FILE, &[],                    Menu,    false, None),
    row(A::CloseWorkspace, "Close workspace",    FILE, &[],                    Menu,    false, None),
    row(A::BackUpNow,      "Back up now…",       FILE, &[],                    Menu,    true,  None),
    row(A::RestoreBackup,  "Restore from a backup…", FILE, &[],                Menu,    false, None),
    row(A::Import,         "Import contacts…",   FILE, &["CmdOrCtrl+I"],       Menu,    true,  Some("Import contacts from a CRM export")),
    row(A::Export,         "Export…",            FILE, &["CmdOrCtrl+P"],       Menu,    false, Some("Export the plan (PDF) or the map (SVG, PNG)")),
    row(A::ExportCalendar, "Export calendar…",   FILE, &[],                    Menu,    false, None),
    row(A::Quit,           "Quit",               FILE, &["CmdOrCtrl+Q"],       Menu,    true,  Some("Quit Rapport")),
    row(A::Undo,           "Undo",               EDIT, &["CmdOrCtrl+Z"],       Webview, false, Some("Undo")),
    row(A::Redo,           "Redo",               EDIT, &["CmdOrCtrl+Shift+Z", "CmdOrCtrl+Y"], Webview, false, Some("Redo")),
    row(A::Find,           "Find a person",      EDIT, &["/", "CmdOrCtrl+F"],  Webview, true,  Some("Find a person")),
    row(A::ClearHistory,   "Clear undo history…", EDIT, &[],                   Menu,    true,  None),
    row(A::Settings,       "Settings…",          EDIT, &["CmdOrCtrl+,"],       Menu,    true,  Some("Settings")),
    row(A::Fit,            "Fit the map",        VIEW, &["F"],                 Webview, false, Some("Fit the map to the window")),
    row(A::ZoomIn,         "Zoom in",            VIEW, &["+", "="],            Webview, false, Some("Zoom in")),
    row(A::ZoomOut,        "Zoom out",           VIEW, &["-"],                 Webview, false, Some("Zoom out")),
    row(A::LayOut,         "Lay out the map",    VIEW, &["L"],                 Webview, true,  Some("Lay out the map")),
    row(A::Presenter,      "Presenter mode",     VIEW, &["F5"],                Webview, true,  Some("Presenter mode on or off")),
    row(A::Shortcuts,      "Keyboard shortcuts", HELP, &["?"],                 Webview, false, Some("Show these shortcuts")),
    row(A::Guide,          "Facilitator guide",  HELP, &[],                    Menu,    false, None),
    row(A::OpenDemo,       "Open the demo",      HELP, &[],                    Menu,    false, None),
    row(A::About,          "About Rapport",      HELP, &[],                    Menu,    true,  None),
    row(A::QuickAdd,       "Add people",         MAP,  &["N"],                 Webview, false, Some("Add people (quick-add bar)")),
    row(A::Connect,        "Connect",            MAP,  &["C"],                 Webview, false, Some("Connect the selected person to someone")),
    row(A::Rename,         "Rename",             MAP,  &["F2"],                Webview, false, Some("Rename the selected person")),
    row(A::Duplicate,      "Duplicate",          MAP,  &["CmdOrCtrl+D"],       Webview, false, Some("Duplicate the selected person")),
    row(A::Pin,            "Pin",                MAP,  &["P"],                 Webview, false, Some("Pin or unpin the selected card")),
    row(A::Delete,         "Delete",             MAP,  &["Delete", "Backspace"], Webview, false, Some("Delete the selected person or line")),
    row(A::WhatIf,         "What if they leave", MAP,  &["W"],                 Webview, false, Some("What if the selected person leaves? (click more people to add them; W or Esc leaves)")),
    row(A::FoldBranch,     "Fold the branch",    MAP,  &["X"],                 Webview, false, Some("Fold the selected manager's branch into their card, or open it (also the ▾ under the card)")),
    row(A::FocusBranch,    "Focus the branch",   MAP,  &["B"],                 Webview, false, Some("Show only the selected manager's branch and who covers it; B or Esc shows everyone")),
    row(A::Deselect,       "Clear the selection", MAP, &["Escape"],            Webview, false, Some("Clear the selection, leave what-if or a branch in focus")),
];

/// The actions of one menu, in order.
pub fn in_menu(menu: MenuName) -> impl Iterator<Item = &'static Action> {
    ACTIONS.iter().filter(move |a| a.menu == Some(menu))
}

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
            A::ExportCalendar => "exportCalendar",
            A::Quit => "quit",
            A::Undo => "undo",
            A::Redo => "redo",
            A::Find => "find",
            A::ClearHistory => "clearHistory",
            A::Settings => "settings",
            A::Fit => "fit",
            A::ZoomIn => "zoomIn",
            A::ZoomOut => "zoomOut",
            A::LayOut => "layOut",
            A::Presenter => "presenter",
            A::Shortcuts => "shortcuts",
            A::Guide => "guide",
            A::OpenDemo => "openDemo",
            A::About => "about",
            A::QuickAdd => "quickAdd",
            A::Connect => "connect",
            A::Rename => "rename",
            A::Duplicate => "duplicate",
            A::Pin => "pin",
            A::Delete => "delete",
            A::WhatIf => "whatIf",
            A::FoldBranch => "foldBranch",
            A::FocusBranch => "focusBranch",
            A::Deselect => "deselect",
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
        let keys: Vec<_> = ACTIONS.iter().flat_map(|a| a.keys).collect();
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
        let file: Vec<_> = in_menu(MenuName::File).map(|a| a.id).collect();
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
                A::ExportCalendar,
                A::Quit
            ]
        );
        // The calendar export opens a dialog and has no keys of its own.
        let calendar = ACTIONS
            .iter()
            .find(|a| a.id == A::ExportCalendar)
            .expect("listed");
        assert_eq!(calendar.label, "Export calendar…");
        assert_eq!(
            (calendar.keys, calendar.key_owner, calendar.group_start),
            (&[][..], Menu, false)
        );
        // The backup items are a group of their own, each opening a dialog (hence the "…").
        for id in [A::BackUpNow, A::RestoreBackup] {
            let a = ACTIONS.iter().find(|a| a.id == id).expect("listed");
            assert!(a.label.ends_with('…'), "{id:?}");
            assert_eq!((a.keys, a.key_owner), (&[][..], Menu), "{id:?}");
            assert_eq!(a.group_start, id == A::BackUpNow, "{id:?}");
        }
        let edit: Vec<_> = in_menu(MenuName::Edit).map(|a| a.id).collect();
        assert_eq!(
            edit,
            [A::Undo, A::Redo, A::Find, A::ClearHistory, A::Settings]
        );
        let view: Vec<_> = in_menu(MenuName::View).map(|a| a.id).collect();
        assert_eq!(
            view,
            [A::Fit, A::ZoomIn, A::ZoomOut, A::LayOut, A::Presenter]
        );
        let help: Vec<_> = in_menu(MenuName::Help).map(|a| a.id).collect();
        assert_eq!(help, [A::Shortcuts, A::Guide, A::OpenDemo, A::About]);
    }

    #[test]
    fn keys_that_mean_something_in_a_text_field_stay_with_the_webview() {
        // GTK fires a menu's accelerator before the webview sees the key, so these must never be
        // the menu's: Ctrl+Z in a field undoes the typing, a plain letter types it.
        for a in ACTIONS.iter().filter(|a| a.key_owner == Menu) {
            for keys in a.keys {
                let text_editing = [
                    "CmdOrCtrl+Z",
                    "CmdOrCtrl+Shift+Z",
                    "CmdOrCtrl+Y",
                    "CmdOrCtrl+F",
                ];
                assert!(!text_editing.contains(keys), "{:?}", a.id);
                assert!(
                    keys.contains('+') || keys.starts_with('F'),
                    "{:?}: {keys}",
                    a.id
                );
            }
        }
        for id in [A::Undo, A::Redo, A::Find, A::Fit, A::LayOut, A::ZoomIn] {
            let a = ACTIONS.iter().find(|a| a.id == id).expect("listed");
            assert_eq!(a.key_owner, Webview, "{id:?}");
        }
    }

    #[test]
    fn menu_owned_keys_parse_as_accelerators() {
        for a in ACTIONS.iter().filter(|a| a.key_owner == Menu) {
            for keys in a.keys {
                keys.parse::<muda::accelerator::Accelerator>()
                    .unwrap_or_else(|e| panic!("{keys}: {e}"));
            }
        }
    }

    #[test]
    fn the_map_keys_have_no_menu_and_every_keyed_action_explains_itself() {
        for a in ACTIONS.iter().filter(|a| a.menu.is_none()) {
            assert_eq!(
                a.key_owner, Webview,
                "{:?}: only the page knows the selection",
                a.id
            );
            assert!(
                !a.keys.is_empty(),
                "{:?}: a map action is reached by its keys",
                a.id
            );
        }
        for a in ACTIONS.iter().filter(|a| !a.keys.is_empty()) {
            assert!(
                a.help.is_some(),
                "{:?} has keys but the help would not show them",
                a.id
            );
        }
        // A plain key must never be the menu's: it would stop typing that letter anywhere.
        for a in ACTIONS.iter().filter(|a| a.key_owner == Menu) {
            assert!(a.keys.iter().all(|k| k.contains('+')), "{:?}", a.id);
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
