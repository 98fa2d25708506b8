//! How long an edit takes until it is durable on disk: the store's own edits on a workspace
//! file, each one transaction committed with `synchronous=FULL` in WAL mode (what every writing
//! connection has: the WAL is synced before the commit returns), for the demo account and a
//! generated 1,000-person account. For scale, in the same run and folder: a bare `fsync` and
//! `fdatasync` of a small file, and the same edits with `synchronous=NORMAL` (no sync at commit:
//! the edit's own work). Percentiles, not means: a facilitator notices the slow edits.
//!
//! Run: `cargo bench -p rapport-store --bench edit_latency` (`RAPPORT_BENCH_DIR=DIR` measures
//! on another disk; the default is the system's temporary folder).

use chrono::NaiveDate;
use rapport_core::{PersonId, Position, synthetic_account};
use rapport_store::{OpenMode, Workspace};
use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::path::Path;
use std::time::{Duration, Instant};

const WARM_UP: usize = 20;
const SAMPLES: usize = 400;

fn main() {
    let parent = std::env::var_os("RAPPORT_BENCH_DIR")
        .map(Into::into)
        .unwrap_or_else(std::env::temp_dir);
    let dir = tempfile::tempdir_in(&parent).expect("temp dir");
    println!("edit latency in {}", parent.display());
    println!("{:<52} {:>9} {:>9} {:>9}", "", "p50", "p95", "max");

    let mut small = small_file(dir.path());
    report("bare fsync, 64 bytes", sync_samples(&mut small, true));
    report("bare fdatasync, 64 bytes", sync_samples(&mut small, false));

    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let now = today.and_hms_opt(9, 30, 0).expect("time");
    for (name, people) in [("demo", None), ("1,000 people", Some(1_000))] {
        let path = dir.path().join(format!("{}.rapport", people.unwrap_or(0)));
        let mut ws = Workspace::open(&path, OpenMode::CreateIfMissing, now).expect("opened");
        let account = match people {
            None => ws.create_demo(today).expect("demo"),
            Some(n) => {
                // Written as `rapport generate` writes one: new ids, laid out in the same step.
                let mut generated = synthetic_account(n, 42);
                rapport_exchange::with_new_ids(
                    &mut generated,
                    &mut Vec::new(),
                    &mut rapport_store::id_sequence(),
                );
                ws.import_account(&generated, &[]).expect("generated")
            }
        };
        let (journal, synchronous) = ws.durability_for_benchmarks().expect("settings");
        assert_eq!(
            (journal.as_str(), synchronous),
            ("wal", 2),
            "the store's own settings"
        );
        for mode in ["FULL", "NORMAL"] {
            ws.set_synchronous_for_benchmarks(mode).expect("set");
            for (edit, samples) in edits(&mut ws, &account, &mut small) {
                report(&format!("{name}, synchronous={mode}: {edit}"), samples);
            }
        }
        ws.set_synchronous_for_benchmarks("FULL").expect("set");
    }
}

/// The three edits a facilitator makes most: a field changed in the inspector, a card moved, a
/// person added by quick-add (each an undo step, so history is written too). Each added person
/// is undone again, untimed, so the account keeps its size.
///
/// Between the edits, a bare `fdatasync` of the small file: this disk's sync time varies by an
/// order of magnitude from minute to minute (a shared virtual disk), so each set of edits gets
/// the floor measured at the same moments.
fn edits(
    ws: &mut Workspace,
    account: &rapport_core::AccountId,
    small: &mut File,
) -> Vec<(&'static str, Vec<Duration>)> {
    let people = ws.account_snapshot(account).expect("loads").stakeholders;
    let mut synced = Vec::new();
    let mut field = Vec::new();
    let mut moved = Vec::new();
    let mut added = Vec::new();
    for i in 0..WARM_UP + SAMPLES {
        let mut person = people[i % people.len()].clone();
        person.title = format!("Title {i}");
        let started = Instant::now();
        ws.update_stakeholder(account, &person).expect("field");
        field.push(started.elapsed());

        let at = Position {
            x: (i % 40) as f64 * 30.0,
            y: (i % 7) as f64 * 20.0,
        };
        let who = PersonId::Stakeholder(people[(i * 7) % people.len()].id.clone());
        let started = Instant::now();
        ws.move_person(account, &who, at, true).expect("move");
        moved.push(started.elapsed());

        let started = Instant::now();
        ws.quick_add(account, &format!("Bench Person {i}, Analyst"), None)
            .expect("add");
        added.push(started.elapsed());
        // Undone (not timed), so the account keeps its size from sample to sample.
        ws.undo(account).expect("undo");

        synced.push(sync_once(small, i, false));
    }
    [
        ("bare fdatasync in between", synced),
        ("change a field", field),
        ("move a card", moved),
        ("add a person", added),
    ]
    .into_iter()
    .map(|(edit, samples)| (edit, samples[WARM_UP..].to_vec()))
    .collect()
}

/// The small file a bare sync rewrites.
fn small_file(dir: &Path) -> File {
    let mut file = OpenOptions::new()
        .create(true)
        .truncate(true)
        .read(true)
        .write(true)
        .open(dir.join("fsync.bin"))
        .expect("file");
    file.write_all(&[0u8; 4096]).expect("written");
    file.sync_all().expect("synced");
    file
}

fn sync_samples(file: &mut File, metadata_too: bool) -> Vec<Duration> {
    let mut samples: Vec<Duration> = (0..WARM_UP + SAMPLES)
        .map(|i| sync_once(file, i, metadata_too))
        .collect();
    samples.split_off(WARM_UP)
}

/// Overwrites 64 bytes of the small file and waits for the disk, as a commit's sync does.
fn sync_once(file: &mut File, i: usize, metadata_too: bool) -> Duration {
    file.seek(SeekFrom::Start(((i % 64) * 64) as u64))
        .expect("seek");
    file.write_all(&[i as u8; 64]).expect("written");
    let started = Instant::now();
    if metadata_too {
        file.sync_all().expect("fsync");
    } else {
        file.sync_data().expect("fdatasync");
    }
    started.elapsed()
}

fn report(what: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let at = |q: usize| samples[(samples.len() * q / 100).min(samples.len() - 1)];
    let ms = |d: Duration| format!("{:.3} ms", d.as_secs_f64() * 1000.0);
    println!(
        "{what:<52} {:>9} {:>9} {:>9}",
        ms(at(50)),
        ms(at(95)),
        ms(*samples.last().expect("samples"))
    );
}
