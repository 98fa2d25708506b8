//! Switching workspaces on temporary folders: start, open another, create new, close, the demo.

use super::*;
use crate::app_dirs::AppDirs;
use crate::settings::Settings;
use crate::{Error, accounts};
use chrono::NaiveDate;
use std::path::Path;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("valid date")
}

/// A clock pinned to that day of November 2026.
fn on(d: u32) -> crate::SystemClock {
    crate::SystemClock::pinned_to(Some(day(d)))
}

struct Fixture {
    root: tempfile::TempDir,
    dirs: AppDirs,
}

fn fixture() -> Fixture {
    let root = tempfile::tempdir().expect("temp dir");
    let dirs = AppDirs::under(root.path());
    Fixture { root, dirs }
}

impl Fixture {
    fn file(&self, name: &str) -> std::path::PathBuf {
        self.root.path().join(name)
    }

    fn settings(&self) -> Settings {
        Settings::load(&self.dirs.settings_file())
    }

    /// A workspace file holding one (demo) account set, written outside the app.
    fn workspace_with_accounts(&self, name: &str) -> std::path::PathBuf {
        let path = self.file(name);
        let mut ws = rapport_store::Workspace::open(
            &path,
            rapport_store::OpenMode::CreateIfMissing,
            day(1).into(),
        )
        .expect("opened");
        ws.create_demo(day(1)).expect("demo written");
        path
    }
}

fn account_count(current: &mut CurrentWorkspace) -> usize {
    let ws = current.workspace_mut().expect("a workspace is open");
    ws.account_listing().expect("listed").len()
}

fn same_file(a: &Path, b: &Path) -> bool {
    std::fs::canonicalize(a).ok() == std::fs::canonicalize(b).ok()
}

#[test]
fn a_first_start_opens_an_empty_default_workspace() {
    let f = fixture();
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    assert!(current.is_open(), "{:?}", current.problem().map(|(_, e)| e));
    assert!(same_file(
        current.path().expect("path"),
        &f.dirs.default_workspace()
    ));
    assert_eq!(account_count(&mut current), 0, "no demo in real work");
    assert!(same_file(
        &f.settings().last_workspace.expect("remembered"),
        &f.dirs.default_workspace()
    ));
}

#[test]
fn the_last_workspace_reopens_on_start() {
    let f = fixture();
    let acme = f.workspace_with_accounts("acme.rapport");
    let mut current = start(&f.dirs, StartRequest::File(acme.clone()), &on(23));
    assert_eq!(account_count(&mut current), 3);
    drop(current);
    let mut again = start(&f.dirs, StartRequest::Remembered, &on(23));
    assert!(same_file(again.path().expect("open"), &acme));
    assert_eq!(account_count(&mut again), 3);
}

#[test]
fn a_last_workspace_that_is_gone_is_reported_not_replaced() {
    let f = fixture();
    let gone = f.file("gone.rapport");
    drop(start(&f.dirs, StartRequest::File(gone.clone()), &on(23)));
    std::fs::remove_file(&gone).expect("removed");
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    let (path, error) = current.problem().expect("a reason");
    assert_eq!(
        path,
        std::fs::canonicalize(f.root.path())
            .expect("root")
            .join("gone.rapport")
    );
    assert!(matches!(error, Error::NotFound { message } if message.contains("gone.rapport")));
    assert!(matches!(
        current.workspace_mut(),
        Err(Error::NoWorkspace { .. })
    ));
    assert!(
        !f.dirs.default_workspace().exists(),
        "nothing created instead"
    );
}

#[test]
fn a_file_in_a_missing_folder_is_reported_and_no_folder_is_created() {
    let f = fixture();
    let wrong = f.file("no/such/folder/w.rapport");
    let current = start(&f.dirs, StartRequest::File(wrong), &on(23));
    let (_, error) = current.problem().expect("a reason");
    assert!(matches!(error, Error::NotFound { message } if message.contains("does not exist")));
    assert!(!f.file("no").exists());
}

#[test]
fn opening_another_workspace_switches_and_is_remembered() {
    let f = fixture();
    let acme = f.workspace_with_accounts("acme.rapport");
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    open_file(&mut current, &f.dirs, &acme, &on(23)).expect("opened");
    assert_eq!(account_count(&mut current), 3);
    let settings = f.settings();
    assert!(same_file(
        settings.last_workspace.as_deref().expect("last"),
        &acme
    ));
    assert!(same_file(&settings.recent_workspaces[0], &acme));
    assert_eq!(settings.recent_workspaces.len(), 2, "the default one too");
}

#[test]
fn a_file_that_cannot_be_opened_leaves_the_current_workspace_open() {
    let f = fixture();
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    let missing = f.file("missing.rapport");
    let err = open_file(&mut current, &f.dirs, &missing, &on(23)).expect_err("refused");
    assert!(matches!(err, Error::NotFound { message } if message.contains("missing.rapport")));
    assert!(!missing.exists(), "opening never creates a file");
    assert!(same_file(
        current.path().expect("still open"),
        &f.dirs.default_workspace()
    ));
}

#[test]
fn a_new_workspace_is_empty_gets_the_extension_and_never_replaces_a_file() {
    let f = fixture();
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    create_file(&mut current, &f.dirs, &f.file("acme"), &on(23)).expect("created");
    let created = f.file("acme.rapport");
    assert!(created.is_file());
    assert!(same_file(current.path().expect("open"), &created));
    assert_eq!(account_count(&mut current), 0);
    assert!(same_file(&f.settings().recent_workspaces[0], &created));

    let taken = f.workspace_with_accounts("taken.rapport");
    let err = create_file(&mut current, &f.dirs, &taken, &on(23)).expect_err("refused");
    assert!(matches!(err, Error::Conflict { message } if message.contains("already exists")));
    assert!(same_file(current.path().expect("still open"), &created));
}

#[test]
fn with_no_workspace_open_use_cases_get_a_typed_error() {
    let f = fixture();
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    close(&mut current);
    let err = current.workspace_mut().map(|_| ()).expect_err("none open");
    assert!(matches!(err, Error::NoWorkspace { .. }));
    let clock = crate::SystemClock::pinned_to(Some(day(23)));
    let listed = current
        .workspace_mut()
        .and_then(|ws| accounts::list_accounts(ws, &clock, false));
    assert!(matches!(listed, Err(Error::NoWorkspace { .. })));
    let shown = info(&current, &f.dirs, day(23), None);
    assert!(!shown.open && shown.path.is_none() && shown.problem.is_none());
}

#[test]
fn open_recent_accepts_only_files_opened_before() {
    let f = fixture();
    let acme = f.workspace_with_accounts("acme.rapport");
    let other = f.workspace_with_accounts("other.rapport");
    let mut current = start(&f.dirs, StartRequest::File(acme.clone()), &on(23));
    let acme = std::fs::canonicalize(&acme).expect("exists");
    open_recent(&mut current, &f.dirs, &acme, &on(23)).expect("listed");
    let err = open_recent(&mut current, &f.dirs, &other, &on(23)).expect_err("never opened");
    assert!(matches!(err, Error::NotFound { .. }));
}

#[test]
fn the_demo_lives_in_its_own_file_and_is_rewritten_on_another_day() {
    let f = fixture();
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    open_demo(&mut current, &f.dirs, &on(23)).expect("demo opened");
    let demo = f.dirs.demo_workspace();
    assert!(same_file(current.path().expect("open"), &demo));
    assert_eq!(account_count(&mut current), 3);
    assert_eq!(f.settings().demo_created_on, Some(day(23)));
    let shown = info(&current, &f.dirs, day(23), None);
    assert!(shown.is_demo);
    assert!(
        !shown.recent.iter().any(|p| p.ends_with("demo.rapport")),
        "the demo has its own button, not a place in Open recent"
    );

    // Played with today: opened again today, it is as it was left.
    let helios = rapport_store::DEMO_ACCOUNT;
    let ws = current.workspace_mut().expect("open");
    let id = ws.account_id_by_name(helios).expect("demo account");
    ws.quick_add(&id, "Kim Lee, Analyst", None).expect("added");
    open_file(&mut current, &f.dirs, &f.dirs.default_workspace(), &on(23)).expect("back to work");
    open_demo(&mut current, &f.dirs, &on(23)).expect("demo again");
    let people = |current: &mut CurrentWorkspace| {
        let ws = current.workspace_mut().expect("open");
        let id = ws.account_id_by_name(helios).expect("demo account");
        ws.account_snapshot(&id).expect("read").stakeholders.len()
    };
    assert_eq!(people(&mut current), 18);

    // The next day it is written afresh, even while it is the open workspace.
    open_demo(&mut current, &f.dirs, &on(24)).expect("demo rewritten");
    assert_eq!(people(&mut current), 17);
    assert_eq!(account_count(&mut current), 3);
    assert_eq!(f.settings().demo_created_on, Some(day(24)));
    assert!(!f.file("data/demo.rapport-new").exists());
}

#[test]
fn a_demo_written_by_another_version_is_written_again_the_same_day() {
    let f = fixture();
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    open_demo(&mut current, &f.dirs, &on(23)).expect("demo opened");
    let helios = rapport_store::DEMO_ACCOUNT;
    let people = |current: &mut CurrentWorkspace| {
        let ws = current.workspace_mut().expect("open");
        let id = ws.account_id_by_name(helios).expect("demo account");
        ws.account_snapshot(&id).expect("read").stakeholders.len()
    };
    let ws = current.workspace_mut().expect("open");
    let id = ws.account_id_by_name(helios).expect("demo account");
    ws.quick_add(&id, "Kim Lee, Analyst", None).expect("added");
    assert_eq!(people(&mut current), 18);
    assert_eq!(
        f.settings().demo_written_by.as_deref(),
        Some(env!("CARGO_PKG_VERSION"))
    );

    // As an older Rapport would have left it: its data, today's date, another version.
    open_file(&mut current, &f.dirs, &f.dirs.default_workspace(), &on(23)).expect("back to work");
    crate::settings::update(&f.dirs.settings_file(), |s| {
        s.demo_written_by = Some("0.0.1".into())
    })
    .expect("saved");
    open_demo(&mut current, &f.dirs, &on(23)).expect("demo rewritten");
    assert_eq!(
        people(&mut current),
        17,
        "this version's demo, not the old one"
    );
    assert_eq!(
        f.settings().demo_written_by.as_deref(),
        Some(env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_demo_remembered_as_last_reopens_as_the_demo() {
    let f = fixture();
    drop(start(&f.dirs, StartRequest::Demo, &on(23)));
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(23));
    assert!(same_file(
        current.path().expect("open"),
        &f.dirs.demo_workspace()
    ));
    assert_eq!(account_count(&mut current), 3);
}

#[test]
fn the_default_workspace_never_gets_the_demo() {
    let f = fixture();
    drop(start(&f.dirs, StartRequest::Demo, &on(23)));
    let mut current = start(
        &f.dirs,
        StartRequest::File(f.dirs.default_workspace()),
        &on(23),
    );
    assert_eq!(account_count(&mut current), 0);
}

#[test]
fn the_title_shows_the_file_with_home_as_tilde() {
    let f = fixture();
    let home = f.root.path();
    let mut current = CurrentWorkspace::none();
    assert_eq!(
        window_title(&current, Some(home)),
        "Rapport — no workspace open"
    );
    create_file(&mut current, &f.dirs, &f.file("acme.rapport"), &on(23)).expect("created");
    let home = std::fs::canonicalize(home).expect("root");
    assert_eq!(
        window_title(&current, Some(&home)),
        format!("Rapport — ~{}acme.rapport", std::path::MAIN_SEPARATOR)
    );
    assert_eq!(
        display_path(Path::new("/elsewhere/a.rapport"), Some(&home)),
        "/elsewhere/a.rapport"
    );
}

#[test]
fn info_names_the_file_that_could_not_be_opened() {
    let f = fixture();
    let current = start(
        &f.dirs,
        StartRequest::File(f.file("no/such/w.rapport")),
        &on(23),
    );
    let shown = info(&current, &f.dirs, day(23), None);
    assert!(!shown.open);
    assert!(shown.path.expect("named").ends_with("w.rapport"));
    assert!(matches!(shown.problem, Some(Error::NotFound { .. })));
}

#[test]
fn a_workspace_is_backed_up_on_the_first_open_of_a_day_but_the_demo_is_not() {
    let f = fixture();
    let acme = f.workspace_with_accounts("acme.rapport");
    drop(start(&f.dirs, StartRequest::File(acme.clone()), &on(23)));
    drop(start(&f.dirs, StartRequest::File(acme.clone()), &on(23)));
    assert_eq!(
        crate::backups::list_backups_of(&acme)
            .expect("listed")
            .len(),
        1,
        "one backup a day"
    );
    drop(start(&f.dirs, StartRequest::File(acme.clone()), &on(24)));
    assert_eq!(
        crate::backups::list_backups_of(&acme)
            .expect("listed")
            .len(),
        2
    );
    drop(start(&f.dirs, StartRequest::Demo, &on(23)));
    drop(start(&f.dirs, StartRequest::Demo, &on(23)));
    assert!(
        crate::backups::list_backups_of(&f.dirs.demo_workspace())
            .expect("listed")
            .is_empty()
    );
}

#[test]
fn a_second_app_on_the_same_file_is_refused_as_locked() {
    let f = fixture();
    let acme = f.workspace_with_accounts("acme.rapport");
    let first = start(&f.dirs, StartRequest::File(acme.clone()), &on(23));
    assert!(first.is_open());
    let second = start(&f.dirs, StartRequest::File(acme), &on(23));
    let (_, error) = second.problem().expect("refused");
    assert!(matches!(error, Error::Locked { .. }), "{error:?}");
}

#[test]
fn a_damaged_workspace_is_restored_from_its_backup_and_opened() {
    let f = fixture();
    let acme = f.workspace_with_accounts("acme.rapport");
    drop(start(&f.dirs, StartRequest::File(acme.clone()), &on(23)));
    // Someone's sync tool wrote over the file.
    std::fs::write(&acme, vec![0x5a; 64 * 1024]).expect("overwritten");
    let mut current = start(&f.dirs, StartRequest::Remembered, &on(24));
    let (_, error) = current.problem().expect("refused");
    assert!(
        matches!(error, Error::NotAWorkspace { .. } | Error::Damaged { .. }),
        "{error:?}"
    );
    let listed = failed_workspace_backups(&current).expect("listed");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].accounts, Some(3));
    let restored =
        restore_failed_workspace(&mut current, &f.dirs, &listed[0].file.file_name, &on(24))
            .expect("restored");
    assert!(restored.kept_as.is_some(), "the overwritten file is kept");
    assert_eq!(account_count(&mut current), 3);
    assert!(current.problem().is_none());
}

#[test]
fn with_nothing_failed_there_is_nothing_to_restore() {
    let f = fixture();
    let current = start(&f.dirs, StartRequest::Remembered, &on(23));
    assert!(matches!(
        failed_workspace_backups(&current),
        Err(Error::NotFound { .. })
    ));
}
