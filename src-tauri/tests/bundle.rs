//! The installer's configuration agrees with itself and with the app: the file association, the
//! MIME type the .deb installs and the desktop entry name the same type and extension, and the
//! version comes from Cargo (one version for the app, the CLI and the package). The built .deb
//! itself is checked by tests/e2e/install.test.mjs.

use rapport_api::app_dirs::WORKSPACE_EXTENSION;
use serde_json::Value;
use std::path::Path;

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{} unreadable: {e}", path.display()))
}

fn config() -> Value {
    serde_json::from_str(&read("tauri.conf.json")).expect("tauri.conf.json is JSON")
}

#[test]
fn workspace_files_are_associated_by_their_extension_and_one_mime_type() {
    let config = config();
    let associations = config["bundle"]["fileAssociations"]
        .as_array()
        .expect("file associations");
    assert_eq!(associations.len(), 1, "{associations:?}");
    let association = &associations[0];
    assert_eq!(association["ext"], serde_json::json!([WORKSPACE_EXTENSION]));
    let mime_type = association["mimeType"].as_str().expect("a MIME type");

    let deb = &config["bundle"]["linux"]["deb"];
    let xml_source = deb["files"]["/usr/share/mime/packages/rapport.xml"]
        .as_str()
        .expect("the .deb installs the MIME type's definition");
    let xml = read(xml_source);
    assert!(
        xml.contains(&format!("<mime-type type=\"{mime_type}\">")),
        "{xml}"
    );
    assert!(
        xml.contains(&format!("<glob pattern=\"*.{WORKSPACE_EXTENSION}\"/>")),
        "{xml}"
    );

    let desktop = read(deb["desktopTemplate"].as_str().expect("a desktop entry"));
    assert!(desktop.contains("MimeType={{mime_type}}"), "{desktop}");
    assert!(
        desktop.contains("Exec={{exec}} %f"),
        "a file manager passes the file it opens: {desktop}"
    );
}

#[test]
fn the_package_version_is_the_workspace_version() {
    assert!(
        config()["version"].is_null(),
        "no second version in tauri.conf.json: Tauri takes the crate's, which is the workspace's"
    );
}

#[test]
fn every_platform_has_its_icon() {
    let config = config();
    let icons: Vec<&str> = config["bundle"]["icon"]
        .as_array()
        .expect("icons")
        .iter()
        .map(|i| i.as_str().expect("a path"))
        .collect();
    for icon in &icons {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(icon);
        assert!(path.is_file(), "{} is missing", path.display());
    }
    // Linux takes the PNGs; the release workflow's Windows (.msi) and macOS (.dmg) builds need these.
    for extension in [".png", ".ico", ".icns"] {
        assert!(
            icons.iter().any(|i| i.ends_with(extension)),
            "no {extension} icon in {icons:?}"
        );
    }
}
