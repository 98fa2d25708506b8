//! Support references: a short code shown with an error and logged with the full error, so a
//! person who reads "(ref 7F3A2C)" to support points at one line of the log file.

use super::Error;

/// The error as the UI shows it: with a fresh reference in its message (logged with the full
/// error), unless it is a refusal of the input.
pub(super) fn shown(error: &Error) -> Error {
    let mut shown = error.clone();
    if let Some(message) = shown.message_needing_reference() {
        let reference = new_reference();
        log::error!("ref {reference}: {error:?}");
        message.push_str(&format!(" (ref {reference})"));
    }
    shown
}

/// Six hex digits: short enough to read out on the phone; 16 million values, so two references a
/// user sees are not the same. The bits are a ULID's random part (no clock, no counter to guess).
fn new_reference() -> String {
    let random = ulid::Ulid::new().random();
    format!("{:06X}", random & 0xFF_FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// The log lines of this test binary (the `log` facade takes one logger per process).
    struct Captured(Mutex<Vec<String>>);

    impl log::Log for Captured {
        fn enabled(&self, _: &log::Metadata) -> bool {
            true
        }
        fn log(&self, record: &log::Record) {
            let line = format!("{} {}", record.level(), record.args());
            self.0.lock().expect("log lines").push(line);
        }
        fn flush(&self) {}
    }

    static LOG: Captured = Captured(Mutex::new(Vec::new()));

    fn logged() -> Vec<String> {
        // Another test may have set it already: the same logger either way.
        let _ = log::set_logger(&LOG);
        log::set_max_level(log::LevelFilter::Trace);
        LOG.0.lock().expect("log lines").clone()
    }

    fn shown_message(error: &Error) -> String {
        let json = serde_json::to_value(error).expect("serialised");
        json["message"].as_str().expect("a message").to_owned()
    }

    #[test]
    fn an_error_shown_to_the_user_carries_a_reference_that_is_logged_with_the_full_error() {
        logged();
        let error = Error::Damaged {
            message: "The workspace file is damaged (page 7 unreadable).".into(),
        };
        let message = shown_message(&error);
        let (text, reference) = message
            .strip_suffix(')')
            .and_then(|m| m.rsplit_once(" (ref "))
            .unwrap_or_else(|| panic!("no reference in {message:?}"));
        assert_eq!(text, "The workspace file is damaged (page 7 unreadable).");
        assert_eq!(reference.len(), 6, "{reference}");
        assert!(
            reference
                .chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase())
        );
        let line = logged()
            .into_iter()
            .find(|line| line.contains(&format!("ref {reference}")))
            .unwrap_or_else(|| panic!("ref {reference} is not in the log"));
        assert!(line.starts_with("ERROR "), "{line}");
        assert!(line.contains("Damaged"), "the kind is logged: {line}");
        assert!(line.contains("page 7 unreadable"), "{line}");
    }

    #[test]
    fn the_serialised_error_keeps_its_shape_for_the_ui() {
        let json = serde_json::to_value(Error::io("Disk gone.")).expect("serialised");
        assert_eq!(json["kind"], "io");
        assert_eq!(json.as_object().map(|o| o.len()), Some(2), "{json}");
        let json = serde_json::to_value(Error::Validation {
            field: "name".into(),
            message: "An account needs a name.".into(),
        })
        .expect("serialised");
        assert_eq!(
            json,
            serde_json::json!({"kind": "validation", "field": "name", "message": "An account needs a name."}),
            "a refusal of the input is shown beside its field, without a reference"
        );
    }

    #[test]
    fn each_time_an_error_is_shown_it_gets_its_own_reference_and_refusals_get_none() {
        let error = Error::io("The export folder cannot be written.");
        let first = shown_message(&error);
        let second = shown_message(&error);
        assert_ne!(first, second, "one reference names one occurrence");
        let conflict = Error::Conflict {
            message: "Kim already reports to Lee.".into(),
        };
        assert_eq!(shown_message(&conflict), "Kim already reports to Lee.");
        let none_open = Error::NoWorkspace {
            message: "No workspace is open.".into(),
        };
        assert_eq!(
            shown_message(&none_open),
            "No workspace is open.",
            "a state the UI shows its own screen for, not a failure to log"
        );
    }
}
