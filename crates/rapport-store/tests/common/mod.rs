//! The demo account the plan-edit tests work on, and the check that a refused edit changed
//! nothing. Each test file uses part of it.
#![allow(dead_code)]

use chrono::NaiveDate;
use rapport_core::*;
use rapport_store::{Error, Workspace};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

pub fn today() -> NaiveDate {
    day(2026, 11, 23)
}

pub struct Demo {
    pub ws: Workspace,
    pub id: AccountId,
}

impl Demo {
    pub fn new() -> Self {
        let mut ws = Workspace::open_in_memory().expect("workspace");
        let id = ws.create_demo(today()).expect("demo");
        Self { ws, id }
    }

    pub fn snap(&self) -> AccountSnapshot {
        self.ws.account_snapshot(&self.id).expect("loads")
    }

    pub fn person(&self, name: &str) -> Stakeholder {
        self.snap()
            .stakeholders
            .into_iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name} on the demo map"))
    }

    pub fn ours(&self, name: &str) -> TeamMemberId {
        self.snap()
            .team
            .into_iter()
            .find(|t| t.name == name)
            .unwrap_or_else(|| panic!("{name} on our team"))
            .id
    }

    pub fn goal(&self, title: &str) -> Goal {
        self.snap()
            .goals
            .into_iter()
            .find(|g| g.title == title)
            .unwrap_or_else(|| panic!("goal {title}"))
    }

    pub fn undo_label(&self) -> Option<String> {
        self.ws.history_state(&self.id).expect("history").undo
    }

    /// Runs an edit that must be refused for `field`, and checks that nothing changed: not the
    /// account, not its reviews, not its undo history.
    pub fn refused<T: std::fmt::Debug>(
        &mut self,
        field: &str,
        edit: impl FnOnce(&mut Workspace, &AccountId) -> rapport_store::Result<T>,
    ) -> String {
        let before = (self.snap(), self.undo_label(), self.reviews());
        let err = edit(&mut self.ws, &self.id).expect_err("refused");
        let after = (self.snap(), self.undo_label(), self.reviews());
        assert_eq!(before, after, "a refused edit changed the workspace");
        match err {
            Error::Validation { field: f, message } => {
                assert_eq!(f, field, "{message}");
                message
            }
            other => panic!("expected a validation error on {field}, got {other:?}"),
        }
    }

    pub fn reviews(&self) -> usize {
        self.ws.reviews(&self.id).expect("reviews").len()
    }
}

/// Everything a user could see of the workspace: the portfolio (archived accounts included),
/// every account whole with its reviews, and every undo/redo stack's next step.
#[derive(Debug, PartialEq)]
pub struct Whole {
    pub listing: Vec<rapport_store::ListedAccount>,
    pub accounts: Vec<(AccountSnapshot, usize, rapport_store::HistoryState)>,
    pub portfolio_history: rapport_store::HistoryState,
}

pub fn whole(ws: &Workspace) -> Whole {
    let mut listing = ws.account_listing().expect("listing");
    listing.sort_by(|a, b| a.account.name.cmp(&b.account.name));
    let accounts = listing
        .iter()
        .map(|l| {
            let id = &l.account.id;
            (
                ws.account_snapshot(id).expect("loads"),
                ws.reviews(id).expect("reviews").len(),
                ws.history_state(id).expect("history"),
            )
        })
        .collect();
    Whole {
        listing,
        accounts,
        portfolio_history: ws
            .history_state(rapport_store::HistoryScope::Workspace)
            .expect("history"),
    }
}

/// Runs an edit that must be refused for `field` and checks the whole workspace, histories
/// included, is as it was; returns the message.
pub fn refused_everywhere<T: std::fmt::Debug>(
    ws: &mut Workspace,
    field: &str,
    edit: impl FnOnce(&mut Workspace) -> rapport_store::Result<T>,
) -> String {
    let before = whole(ws);
    let err = edit(ws).expect_err("refused");
    assert_eq!(before, whole(ws), "a refused edit changed the workspace");
    match err {
        Error::Validation { field: f, message } => {
            assert_eq!(f, field, "{message}");
            message
        }
        other => panic!("expected a validation error on {field}, got {other:?}"),
    }
}
