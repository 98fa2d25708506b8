//! The native menu bar, built from the action table. A click becomes one typed event,
//! [`MenuAction`], which the UI runs with the same handlers as its buttons and keys; only Quit is
//! handled here (it must work even when the page does not answer).

pub mod actions;
pub mod history;

use actions::{Action, ActionId, KeyOwner, MenuName, in_menu, shown_keys};
use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Manager, Runtime};
use tauri_specta::Event;

/// A menu item was chosen: the UI runs the action. End-to-end tests emit this event to run an
/// action, since WebDriver cannot click a native menu.
#[derive(Debug, Clone, Serialize, Deserialize, Type, Event)]
#[serde(rename_all = "camelCase")]
pub struct MenuAction {
    pub id: ActionId,
    /// For Open recent: the file chosen.
    pub recent: Option<String>,
}

/// Recent files' menu ids: this prefix and the file's path.
const RECENT_ID_PREFIX: &str = "openRecent:";

/// The Open recent submenu, kept to refill it when the list changes.
pub struct RecentMenu<R: Runtime>(Submenu<R>);

/// Builds the menu bar with `recent` under Open recent, and keeps that submenu for
/// [`show_recent`].
pub fn build<R: Runtime>(app: &AppHandle<R>, recent: &[String]) -> tauri::Result<Menu<R>> {
    let bar = Menu::new(app)?;
    let (mut undo, mut redo) = (None, None);
    for name in MenuName::ALL {
        let menu = Submenu::new(app, name.label(), true)?;
        for (i, action) in in_menu(name).enumerate() {
            if action.group_start && i > 0 {
                menu.append(&PredefinedMenuItem::separator(app)?)?;
            }
            if action.id == ActionId::OpenRecent {
                let submenu = Submenu::with_id(app, action.id.key(), action.label, true)?;
                fill_recent(app, &submenu, recent)?;
                menu.append(&submenu)?;
                app.manage(RecentMenu(submenu));
            } else {
                let built = item(app, action)?;
                match action.id {
                    ActionId::Undo => undo = Some(built.clone()),
                    ActionId::Redo => redo = Some(built.clone()),
                    _ => {}
                }
                menu.append(&built)?;
            }
        }
        bar.append(&menu)?;
    }
    if let (Some(undo), Some(redo)) = (undo, redo) {
        // Nothing to undo until the page says otherwise.
        undo.set_enabled(false)?;
        redo.set_enabled(false)?;
        app.manage(history::HistoryItems { undo, redo });
    }
    Ok(bar)
}

fn item<R: Runtime>(app: &AppHandle<R>, action: &Action) -> tauri::Result<MenuItem<R>> {
    let label = if action.id == ActionId::About {
        format!("{} {}", action.label, app.package_info().version)
    } else {
        action.label.to_owned()
    };
    let first_keys = action.keys.first().copied();
    match (first_keys, action.key_owner) {
        (keys, KeyOwner::Menu) => MenuItem::with_id(app, action.id.key(), label, true, keys),
        // Shown, not registered: the native accelerator would take the key from the webview
        // before a text field could use it.
        (Some(keys), KeyOwner::Webview) => {
            let label = format!("{label}    ({})", shown_keys(keys));
            MenuItem::with_id(app, action.id.key(), label, true, None::<&str>)
        }
        (None, KeyOwner::Webview) => {
            MenuItem::with_id(app, action.id.key(), label, true, None::<&str>)
        }
    }
}

/// Shows the current list under File → Open recent.
pub fn show_recent<R: Runtime>(app: &AppHandle<R>, recent: &[String]) -> tauri::Result<()> {
    match app.try_state::<RecentMenu<R>>() {
        Some(menu) => fill_recent(app, &menu.0, recent),
        None => Ok(()),
    }
}

fn fill_recent<R: Runtime>(
    app: &AppHandle<R>,
    submenu: &Submenu<R>,
    recent: &[String],
) -> tauri::Result<()> {
    for old in submenu.items()? {
        submenu.remove(&old)?;
    }
    if recent.is_empty() {
        let none = MenuItem::new(app, "No recent workspaces", false, None::<&str>)?;
        return submenu.append(&none);
    }
    let home = app.path().home_dir().ok();
    for path in recent {
        let label = rapport_api::workspace::display_path(path.as_ref(), home.as_deref());
        let id = format!("{RECENT_ID_PREFIX}{path}");
        submenu.append(&MenuItem::with_id(app, id, label, true, None::<&str>)?)?;
    }
    Ok(())
}

/// What a click on a menu item does.
pub fn on_click<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().as_ref();
    let action = match id.strip_prefix(RECENT_ID_PREFIX) {
        Some(path) => MenuAction {
            id: ActionId::OpenRecent,
            recent: Some(path.to_owned()),
        },
        None => match ActionId::from_key(id) {
            Some(ActionId::Quit) => return app.exit(0),
            Some(id) => MenuAction { id, recent: None },
            None => return,
        },
    };
    let _ = action.emit(app);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_ids_carry_the_path() {
        let id = format!("{RECENT_ID_PREFIX}/home/kim/acme.rapport");
        assert_eq!(
            id.strip_prefix(RECENT_ID_PREFIX),
            Some("/home/kim/acme.rapport")
        );
        assert_eq!(ActionId::from_key(&id), None, "not taken for an action");
    }
}
