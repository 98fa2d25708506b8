//! `--measure-startup`: when each phase of the start was reached, so the start-up benchmark
//! (`scripts/measure-startup.sh`) shows where the time goes, not only the total.
//!
//! The shell marks its own phases as they pass; the UI sends its marks (taken with
//! `performance.mark`, in ms since the page began to load) with the first map, and they are
//! printed after the shell's, placed on the same clock by the page-load mark.

use serde::{Deserialize, Serialize};
use specta::Type;
use std::sync::Mutex;
use std::time::Instant;

/// One of the UI's marks: its name and when, in ms since the page's navigation began.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(rename_all = "camelCase")]
pub struct UiMark {
    pub name: String,
    pub at_ms: u32,
}

pub struct StartupTimeline {
    started: Instant,
    marks: Mutex<Vec<(&'static str, u128)>>,
}

impl StartupTimeline {
    pub fn new(started: Instant) -> Self {
        Self {
            started,
            marks: Mutex::new(Vec::new()),
        }
    }

    /// Notes that `phase` was reached now; a phase already noted keeps its first time.
    pub fn mark(&self, phase: &'static str) {
        let at = self.started.elapsed().as_millis();
        let mut marks = self.marks.lock().unwrap_or_else(|e| e.into_inner());
        if !marks.iter().any(|(p, _)| *p == phase) {
            marks.push((phase, at));
        }
    }

    /// The report printed when the first map is on screen: the shell's phases, then the UI's,
    /// then the total (the last line, which the benchmark script reads).
    pub fn report(&self, ui: &[UiMark]) -> String {
        let total = self.started.elapsed().as_millis();
        let marks = self.marks.lock().unwrap_or_else(|e| e.into_inner());
        let page = marks
            .iter()
            .find(|(p, _)| *p == PAGE_LOAD_STARTED)
            .map(|(_, at)| *at);
        let mut lines: Vec<String> = marks
            .iter()
            .map(|(phase, at)| format!("  {at:>5} ms  {phase}"))
            .collect();
        for mark in ui {
            let at = match page {
                Some(page) => format!("{:>5}", page + u128::from(mark.at_ms)),
                None => "    ?".to_string(),
            };
            lines.push(format!(
                "  {at} ms  UI: {} ({} ms after the page began)",
                mark.name, mark.at_ms
            ));
        }
        lines.push(format!("first map rendered after {total} ms"));
        lines.join("\n")
    }
}

pub const PAGE_LOAD_STARTED: &str = "page load started";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_lists_each_phase_once_then_the_ui_marks_on_the_shells_clock_then_the_total() {
        let timeline = StartupTimeline::new(Instant::now());
        timeline.mark("setup began");
        timeline.mark("setup began");
        timeline.mark(PAGE_LOAD_STARTED);
        let report = timeline.report(&[UiMark {
            name: "script running".into(),
            at_ms: 12,
        }]);
        let lines: Vec<_> = report.lines().collect();
        assert_eq!(lines.len(), 4, "{report}");
        assert!(lines[0].ends_with("ms  setup began"), "{report}");
        assert!(lines[2].contains("UI: script running (12 ms after the page began)"));
        assert!(lines[3].starts_with("first map rendered after "));
    }
}
