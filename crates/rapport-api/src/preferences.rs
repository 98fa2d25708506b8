//! The user's preferences for this machine: theme, default paper, number/date format and
//! currency, presenter text size, and whether the steps' guide is open. They live in the app's
//! settings file (app-data, never the workspace): what would change findings or a PDF for every
//! machine (a default contact cadence) belongs to the workspace instead, so the CLI agrees.

use crate::settings::{self, Settings};
use crate::{AppDirs, Error, Result};
use rapport_report::Paper;
use serde::{Deserialize, Deserializer, Serialize};
use specta::Type;

/// The window's theme: the OS's choice, or one forced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

/// The smallest and largest presenter text size, in percent of the normal presenter size.
pub const PRESENTER_TEXT_RANGE: std::ops::RangeInclusive<u32> = 100..=200;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase", default)]
pub struct Preferences {
    pub theme: ThemeChoice,
    /// The export dialog's paper when it opens.
    pub paper: Paper,
    /// The locale numbers, money and dates are written in (`de-DE`, `en-US`); empty for
    /// Rapport's own ("23 Nov 2026", "$1.2M").
    pub locale: String,
    /// The currency of a new account, and of the portfolio's total when no account has one yet
    /// (ISO 4217, three letters).
    pub currency: String,
    /// Names in presenter mode, in percent of the normal presenter size (100–200).
    pub presenter_text_percent: u32,
    /// Whether the steps' "What to ask the room" panel is open.
    pub guide_open: bool,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            paper: Paper::A4,
            locale: String::new(),
            currency: "EUR".into(),
            presenter_text_percent: 100,
            guide_open: true,
        }
    }
}

fn invalid(field: &str, message: impl Into<String>) -> Error {
    Error::Validation {
        field: field.into(),
        message: message.into(),
    }
}

impl Preferences {
    /// The preferences as they are kept: trimmed, the currency in capitals; or the first field
    /// that is wrong, with what to write instead.
    pub fn checked(mut self) -> Result<Self> {
        self.locale = self.locale.trim().to_string();
        self.currency = self.currency.trim().to_ascii_uppercase();
        if !self.locale.is_empty() && !is_locale_tag(&self.locale) {
            return Err(invalid(
                "locale",
                format!(
                    "\"{}\" is not a locale. Write a language and a country, such as en-GB, \
                     de-DE or fr-FR, or leave it empty for Rapport's own format.",
                    self.locale
                ),
            ));
        }
        if self.currency.len() != 3 || !self.currency.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(invalid(
                "currency",
                "The currency is a three-letter code, such as EUR, USD or GBP.",
            ));
        }
        if !PRESENTER_TEXT_RANGE.contains(&self.presenter_text_percent) {
            return Err(invalid(
                "presenterTextPercent",
                format!(
                    "Presenter text size is between {} % and {} % (you chose {} %).",
                    PRESENTER_TEXT_RANGE.start(),
                    PRESENTER_TEXT_RANGE.end(),
                    self.presenter_text_percent
                ),
            ));
        }
        Ok(self)
    }
}

/// A BCP 47 tag's shape: a 2–3 letter language, then subtags of 2–8 letters or digits
/// (`en`, `en-GB`, `zh-Hant-TW`, `de-CH-1996`). Whether the window knows the locale is the UI's
/// to check; this keeps anything that is not a tag out of the file.
fn is_locale_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Reads the preferences inside the settings file leniently: one wrong value (written by hand,
/// or by a newer version) gives the defaults for the preferences, not the loss of the last
/// workspace and recent files beside them.
pub(crate) fn lenient<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<Preferences, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

/// The preferences remembered on this machine (the defaults when none are).
pub fn load(dirs: &AppDirs) -> Preferences {
    Settings::load(&dirs.settings_file()).preferences
}

/// Checks and remembers the preferences; answers them as kept.
pub fn save(dirs: &AppDirs, preferences: Preferences) -> Result<Preferences> {
    let preferences = preferences.checked()?;
    let kept = preferences.clone();
    settings::update(&dirs.settings_file(), move |s| s.preferences = kept)?;
    Ok(preferences)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(err: Error) -> String {
        match err {
            Error::Validation { field, .. } => field,
            other => panic!("not a validation error: {other:?}"),
        }
    }

    #[test]
    fn preferences_survive_a_restart_beside_the_last_workspace() {
        let dir = tempfile::tempdir().expect("temp dir");
        let dirs = AppDirs::under(dir.path());
        let ws = dir.path().join("acme.rapport");
        std::fs::write(&ws, b"").expect("written");
        settings::update(&dirs.settings_file(), |s| s.remember(&ws, true)).expect("saved");
        let chosen = Preferences {
            theme: ThemeChoice::Dark,
            paper: Paper::Letter,
            locale: " de-DE ".into(),
            currency: "usd".into(),
            presenter_text_percent: 150,
            guide_open: false,
        };
        let kept = save(&dirs, chosen).expect("saved");
        assert_eq!(
            (kept.locale.as_str(), kept.currency.as_str()),
            ("de-DE", "USD")
        );
        assert_eq!(load(&dirs), kept);
        // One settings file: the last workspace is still remembered beside them.
        let settings = Settings::load(&dirs.settings_file());
        assert_eq!(settings.last_workspace.as_deref(), Some(ws.as_path()));
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dirs.settings_file()).expect("read"))
                .expect("json");
        assert_eq!(json["preferences"]["paper"], "letter");
        assert_eq!(json["preferences"]["theme"], "dark");
    }

    #[test]
    fn no_file_gives_the_defaults() {
        let dir = tempfile::tempdir().expect("temp dir");
        let p = load(&AppDirs::under(dir.path()));
        assert_eq!(p, Preferences::default());
        assert_eq!(
            (p.theme, p.paper, p.guide_open),
            (ThemeChoice::System, Paper::A4, true)
        );
    }

    #[test]
    fn a_wrong_preference_in_the_file_keeps_the_last_workspace() {
        let dir = tempfile::tempdir().expect("temp dir");
        let dirs = AppDirs::under(dir.path());
        std::fs::create_dir_all(&dirs.config).expect("dir");
        std::fs::write(
            dirs.settings_file(),
            br#"{"lastWorkspace":"/w/acme.rapport","preferences":{"theme":"purple"}}"#,
        )
        .expect("written");
        let settings = Settings::load(&dirs.settings_file());
        assert_eq!(settings.preferences, Preferences::default());
        assert_eq!(
            settings.last_workspace.as_deref(),
            Some(std::path::Path::new("/w/acme.rapport"))
        );
    }

    #[test]
    fn each_wrong_field_is_named() {
        let dir = tempfile::tempdir().expect("temp dir");
        let dirs = AppDirs::under(dir.path());
        let with = |f: fn(&mut Preferences)| {
            let mut p = Preferences::default();
            f(&mut p);
            p
        };
        let locale = save(&dirs, with(|p| p.locale = "english please".into()));
        assert_eq!(field_of(locale.expect_err("refused")), "locale");
        let currency = save(&dirs, with(|p| p.currency = "EURO".into()));
        assert_eq!(field_of(currency.expect_err("refused")), "currency");
        let size = save(&dirs, with(|p| p.presenter_text_percent = 300));
        assert_eq!(field_of(size.expect_err("refused")), "presenterTextPercent");
        // Nothing refused was written.
        assert!(!dirs.settings_file().exists());
        for ok in ["en", "en-GB", "zh-Hant-TW", "de-CH-1996", ""] {
            assert!(with(|_| {}).checked().is_ok());
            let p = Preferences {
                locale: ok.into(),
                ..Preferences::default()
            };
            assert!(p.checked().is_ok(), "{ok}");
        }
    }
}
