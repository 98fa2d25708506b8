//! What the webview may do, checked against the files Tauri reads: a permission added to the
//! capability list, or a setting loosened, must show up here as a failing test first.

use serde_json::Value;
use std::path::Path;

fn read_json(relative: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} unreadable: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

#[test]
fn the_page_gets_only_what_it_calls() {
    let capability = read_json("capabilities/default.json");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    let granted: Vec<&str> = capability["permissions"]
        .as_array()
        .expect("a permission list")
        .iter()
        .map(|p| p.as_str().expect("plain permission names, no scopes"))
        .collect();
    assert_eq!(
        granted,
        [
            // tauri-specta's typed events: the menu's actions and workspace changes.
            "core:event:allow-listen",
            "core:event:allow-unlisten",
            // The page's own events (end-to-end tests run a menu action this way; the shell
            // listens to none, so it grants nothing beyond the page).
            "core:event:allow-emit",
            // Presenter mode.
            "core:window:allow-is-fullscreen",
            "core:window:allow-set-fullscreen",
        ],
        "no dialog, file system or blanket core:default: the shell opens dialogs and files itself"
    );
}

#[test]
fn capabilities_are_only_the_default_one() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .expect("capabilities folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files, ["default.json"], "every capability file is granted");
}

#[test]
fn the_page_cannot_rewrite_javascript_builtins_and_loads_only_its_own_code() {
    let config = read_json("tauri.conf.json");
    let security = &config["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    let csp = security["csp"].as_str().expect("a content security policy");
    assert!(csp.starts_with("default-src 'self'"), "{csp}");
    assert!(!csp.contains("unsafe-eval"), "{csp}");
    assert!(
        config["app"]["withGlobalTauri"].is_null(),
        "no global Tauri object"
    );
}

#[test]
fn tauri_and_rapport_keep_their_files_in_one_folder() {
    let config = read_json("tauri.conf.json");
    assert_eq!(config["identifier"], rapport_api::app_dirs::APP_FOLDER);
}
