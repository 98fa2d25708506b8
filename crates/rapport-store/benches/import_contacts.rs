//! Importing 5,000 generated contacts into a new account, the whole path after the file is read:
//! parse and check every row (`rapport-exchange`'s preview), write the people and their lines
//! in one recorded transaction, lay the map out — into a workspace file on disk, synchronous
//! as the app's. Target: under 1 s (release). Run: `cargo bench -p rapport-store`.

use chrono::NaiveDate;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use rapport_core::synthetic_account;
use rapport_exchange::{ImportOptions, export_template_csv, preview};
use rapport_store::{OpenMode, Workspace};
use std::time::Duration;

fn import_5000_contacts(c: &mut Criterion) {
    let mut account = synthetic_account(5_000, 42);
    for (i, s) in account.stakeholders.iter_mut().enumerate() {
        s.crm_id = format!("0035g0000{i:06}AAA");
    }
    let file = export_template_csv(&account);
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut n = 0;
    let mut group = c.benchmark_group("import_5000_contacts");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("new_account_parse_write_layout", |b| {
        b.iter_batched(
            || {
                n += 1;
                Workspace::open(
                    &dir.path().join(format!("ws-{n}.rapport")),
                    OpenMode::CreateIfMissing,
                    NaiveDate::from_ymd_opt(2026, 11, 23).expect("day").into(),
                )
                .expect("workspace")
            },
            |mut ws| {
                let shown = preview(&file, &ImportOptions::default(), None);
                let plan = shown.plan.expect("the generated file imports cleanly");
                ws.import_contacts_as_new_account("Northwind", today, plan, "Import 5000 contacts")
                    .expect("imported");
                ws
            },
            BatchSize::PerIteration,
        )
    });
    // The same write and layout with the plan already made: what of the total is the store's.
    let plan = preview(&file, &ImportOptions::default(), None)
        .plan
        .expect("imports cleanly");
    group.bench_function("new_account_write_layout_only", |b| {
        b.iter_batched(
            || {
                n += 1;
                let path = dir.path().join(format!("ws-{n}.sqlite"));
                (
                    Workspace::open(
                        &path,
                        OpenMode::CreateIfMissing,
                        NaiveDate::from_ymd_opt(2026, 11, 23).expect("day").into(),
                    )
                    .expect("workspace"),
                    plan.clone(),
                )
            },
            |(mut ws, plan)| {
                ws.import_contacts_as_new_account("Northwind", today, plan, "Import 5000 contacts")
                    .expect("imported");
                ws
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, import_5000_contacts);
criterion_main!(benches);
