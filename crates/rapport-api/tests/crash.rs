//! The crash harness. A child process (this test binary, re-run as `crash_child`) applies a seeded
//! stream of edits to a workspace file — map edits, undo and redo, layouts, plan edits, reviews,
//! imports of generated accounts — and prints `ACK n` once edit `n` has returned. The parent
//! kills it with SIGKILL at a random moment, reopens the file and checks:
//!
//! - SQLite's `integrity_check` and `foreign_key_check` are clean, and no undo step is half
//!   recorded (`Workspace::check_health`);
//! - the workspace equals the model (the same stream applied in memory) after the last
//!   acknowledged edit, or after the next one (which may have reached the disk just before the
//!   kill) — never an older state: an acknowledged edit is never lost;
//! - undoing every step and redoing them all returns the same workspace;
//! - analysis and the SVG map of every account work (the PDF once, at the end).
//!
//! `make test` runs 10 kills; `RAPPORT_CRASH_RUNS=100 cargo test -p rapport-api --test crash --
//! --nocapture` runs 100 and prints the figures in docs/reliability.md.

mod crash_support;

use crash_support::{EDITS_PER_RUN, Rng, apply_edit, clock, difference, fingerprint, today};
use rapport_api::Clock as _;
use rapport_api::export::{ExportKind, plan_input, render};
use rapport_report::ReportOptions;
use rapport_store::{OpenMode, Workspace};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_FILE: &str = "RAPPORT_CRASH_CHILD";
const CHILD_SEED: &str = "RAPPORT_CRASH_SEED";

/// The child: applies the seed's edits to the file and acknowledges each on stdout. A no-op in a
/// normal test run.
#[test]
fn crash_child() {
    let (Some(path), Some(seed)) = (std::env::var_os(CHILD_FILE), std::env::var_os(CHILD_SEED))
    else {
        return;
    };
    let seed: u64 = seed.to_string_lossy().parse().expect("seed");
    let mut ws = rapport_api::workspace::open_for_editing(
        Some(PathBuf::from(path)),
        OpenMode::ExistingOnly,
        &clock(),
    )
    .expect("the child opens the workspace");
    let mut rng = Rng::new(seed);
    for step in 1..=EDITS_PER_RUN {
        if let Err(e) = apply_edit(&mut ws, &mut rng, seed, step) {
            println!("FAILED {e}");
            return;
        }
        println!("ACK {step}");
    }
    println!("DONE");
}

/// The workspace the child starts from: the demo.
fn starting_file(dir: &Path) -> PathBuf {
    let path = dir.join("crash.rapport");
    let mut ws = Workspace::open(&path, OpenMode::CreateIfMissing, clock().now()).expect("made");
    ws.create_demo(today()).expect("demo");
    path
}

/// The model: the same stream in memory, fingerprinted after each edit (index 0: before any).
fn model(seed: u64, up_to: usize) -> Vec<String> {
    let mut ws = Workspace::open_in_memory().expect("memory");
    ws.create_demo(today()).expect("demo");
    let mut rng = Rng::new(seed);
    let mut prints = vec![fingerprint(&ws)];
    for step in 1..=up_to.min(EDITS_PER_RUN) {
        apply_edit(&mut ws, &mut rng, seed, step).expect("the model applies every edit");
        prints.push(fingerprint(&ws));
    }
    prints
}

#[derive(Default)]
struct Figures {
    runs: usize,
    acknowledged: usize,
    at_last_ack: usize,
    at_next: usize,
    finished_before_kill: usize,
    lost: usize,
}

#[test]
fn kill_nine_at_random_moments_loses_no_acknowledged_edit() {
    let runs: usize = std::env::var("RAPPORT_CRASH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let base: u64 = std::env::var("RAPPORT_CRASH_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x5241_5050);
    let started = Instant::now();
    let mut figures = Figures::default();
    let mut last_file = None;
    for run in 0..runs {
        let seed = base.wrapping_add(run as u64 * 7919);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = starting_file(dir.path());
        let mut plan = Rng::new(seed ^ 0xDEAD_BEEF);
        let kill_after = plan.below(EDITS_PER_RUN);
        let delay = Duration::from_micros(plan.below(6_000) as u64);

        let last_ack = run_child_and_kill(&path, seed, kill_after, delay);
        figures.runs += 1;
        figures.acknowledged += last_ack;
        let expected = model(seed, last_ack + 1);
        let ws = Workspace::open(&path, OpenMode::ExistingOnly, clock().now())
            .unwrap_or_else(|e| panic!("run {run} (seed {seed}): the file does not open: {e}"));
        let health = ws.check_health().expect("checked");
        assert!(health.is_sound(), "run {run} (seed {seed}): {health:?}");
        let now = fingerprint(&ws);
        if now == expected[last_ack] {
            figures.at_last_ack += 1;
        } else if expected.get(last_ack + 1) == Some(&now) {
            figures.at_next += 1;
        } else {
            let lost = expected[..last_ack].contains(&now);
            panic!(
                "run {run} (seed {seed}): after ACK {last_ack} the workspace is neither the \
                 model at {last_ack} nor at {} (an older state: {lost}); against {last_ack}: {}",
                last_ack + 1,
                difference(&expected[last_ack], &now)
            );
        }
        if last_ack == EDITS_PER_RUN {
            figures.finished_before_kill += 1;
        }
        drop(ws);
        check_undo_all_and_documents(&path, run, seed);
        last_file = Some((dir, path));
    }
    if let Some((_dir, path)) = &last_file {
        let ws = Workspace::open(path, OpenMode::ExistingOnly, clock().now()).expect("opens");
        let id = ws.account_id_by_name("Helios Freight").expect("helios");
        let input = plan_input(&ws, &clock(), &id).expect("input");
        render(
            ExportKind::PlanPdf,
            &input,
            &ReportOptions::default(),
            1.0,
            &mut |_| {},
        )
        .expect("the PDF renders after the crashes");
    }
    println!(
        "crash harness: {} runs, {} edits acknowledged, {} at the last acknowledged edit, {} at \
         the next, {} finished before the kill, lost: {}, {:.1} s",
        figures.runs,
        figures.acknowledged,
        figures.at_last_ack,
        figures.at_next,
        figures.finished_before_kill,
        figures.lost,
        started.elapsed().as_secs_f64()
    );
    assert_eq!(figures.lost, 0);
}

/// Runs the child until it has acknowledged `kill_after` edits, waits `delay`, and kills it.
/// Returns the last edit it acknowledged.
fn run_child_and_kill(path: &Path, seed: u64, kill_after: usize, delay: Duration) -> usize {
    let mut child = Command::new(std::env::current_exe().expect("this test binary"))
        .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_FILE, path)
        .env(CHILD_SEED, seed.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the child starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut last_ack = 0;
    let mut killed = false;
    if kill_after == 0 {
        std::thread::sleep(delay);
        child.kill().expect("SIGKILL");
        killed = true;
    }
    for line in BufReader::new(stdout).lines() {
        let line = line.expect("a line");
        if let Some(n) = line.strip_prefix("ACK ") {
            last_ack = n.parse().expect("a number");
            if !killed && last_ack >= kill_after {
                std::thread::sleep(delay);
                child.kill().expect("SIGKILL");
                killed = true;
            }
        } else if let Some(failure) = line.strip_prefix("FAILED ") {
            panic!("the child failed (seed {seed}): {failure}");
        }
    }
    let _ = child.wait();
    last_ack
}

/// Redo what was undone, then undo everything and redo everything: the same workspace; then
/// analysis and the map of every account.
fn check_undo_all_and_documents(path: &Path, run: usize, seed: u64) {
    let mut ws = Workspace::open(path, OpenMode::ExistingOnly, clock().now()).expect("opens");
    let ids: Vec<_> = ws
        .account_listing()
        .expect("listed")
        .into_iter()
        .map(|l| l.account.id)
        .collect();
    // From the newest state history knows (steps undone before the kill redone first).
    for id in &ids {
        while ws.redo(id).expect("redo").is_some() {}
    }
    let before = fingerprint(&ws);
    for id in &ids {
        while ws.undo(id).expect("undo").is_some() {}
        while ws.redo(id).expect("redo").is_some() {}
    }
    let after = fingerprint(&ws);
    assert!(
        after == before,
        "run {run} (seed {seed}): undo all, redo all: {}",
        difference(&before, &after)
    );
    for id in &ids {
        rapport_api::analysis::analyse_account(&ws, &clock(), id).expect("analysis");
        let input = plan_input(&ws, &clock(), id).expect("input");
        let svg = render(
            ExportKind::MapSvg,
            &input,
            &ReportOptions::default(),
            1.0,
            &mut |_| {},
        )
        .expect("the map renders");
        assert!(!svg.is_empty());
    }
}
