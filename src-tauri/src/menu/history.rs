//! Edit → Undo and Redo name the step they would take ("Undo Move Noah Schmidt"), as the
//! toolbar's buttons do. The page says what its undo history holds whenever it changes (the map
//! editor for its account, the portfolio for the workspace); the items are greyed out when there
//! is nothing to undo or redo.

use super::actions::{ACTIONS, ActionId, shown_keys};
use tauri::menu::MenuItem;
use tauri::{AppHandle, Manager, Runtime};

/// The Undo and Redo items, kept to rename them.
pub struct HistoryItems<R: Runtime> {
    pub undo: MenuItem<R>,
    pub redo: MenuItem<R>,
}

/// An item's text: the verb, the step it would take if any, and its keys (which the webview
/// handles, so the menu shows them without registering them).
pub fn history_label(id: ActionId, step: Option<&str>) -> String {
    let action = ACTIONS.iter().find(|a| a.id == id);
    let verb = action.map_or("", |a| a.label);
    let named = match step {
        Some(step) => format!("{verb} {step}"),
        None => verb.to_owned(),
    };
    match action.and_then(|a| a.keys.first()) {
        Some(keys) => format!("{named}    ({})", shown_keys(keys)),
        None => named,
    }
}

/// Names the steps Undo and Redo would take now (`None`: nothing to undo or redo).
pub fn show_history<R: Runtime>(
    app: &AppHandle<R>,
    undo: Option<&str>,
    redo: Option<&str>,
) -> tauri::Result<()> {
    let Some(items) = app.try_state::<HistoryItems<R>>() else {
        return Ok(());
    };
    items.undo.set_text(history_label(ActionId::Undo, undo))?;
    items.undo.set_enabled(undo.is_some())?;
    items.redo.set_text(history_label(ActionId::Redo, redo))?;
    items.redo.set_enabled(redo.is_some())
}

/// What Undo and Redo say now, and whether they can be chosen (for the end-to-end tests, which
/// cannot open a native menu).
pub fn shown_history<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<[(String, bool); 2]> {
    let Some(items) = app.try_state::<HistoryItems<R>>() else {
        return Ok(Default::default());
    };
    Ok([
        (items.undo.text()?, items.undo.is_enabled()?),
        (items.redo.text()?, items.redo.is_enabled()?),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_name_their_step_and_keys() {
        let ctrl = if cfg!(target_os = "macos") {
            "⌘"
        } else {
            "Ctrl+"
        };
        assert_eq!(
            history_label(ActionId::Undo, Some("Move Noah Schmidt")),
            format!("Undo Move Noah Schmidt    ({ctrl}Z)")
        );
        assert_eq!(
            history_label(ActionId::Undo, None),
            format!("Undo    ({ctrl}Z)")
        );
        assert!(
            history_label(ActionId::Redo, Some("Add Ana Ruiz"))
                .starts_with("Redo Add Ana Ruiz    (")
        );
    }
}
