//! The plan and the map, end to end: the demo account (17 people) and a generated account of 500.
//! Targets (release): demo plan < 0.5 s, 500-person plan < 5 s.
//! Run: `cargo bench -p rapport-report`.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use rapport_core::{synthetic_account, synthetic_today};
use rapport_report::{PlanInput, ReportOptions, map_png, map_svg, render_pdf};
use rapport_store::Workspace;
use std::hint::black_box;
use std::time::Duration;

fn demo() -> PlanInput {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let mut ws = Workspace::open_in_memory().expect("workspace");
    let id = ws.create_demo(today).expect("demo");
    PlanInput {
        snapshot: ws.account_snapshot(&id).expect("snapshot"),
        reviews: Vec::new(),
        today,
    }
}

fn large(people: usize) -> PlanInput {
    PlanInput {
        snapshot: synthetic_account(people, 42),
        reviews: Vec::new(),
        today: synthetic_today(),
    }
}

fn report(c: &mut Criterion) {
    let options = ReportOptions::default();
    let demo = demo();
    let large = large(500);

    let mut group = c.benchmark_group("render_pdf");
    group.bench_function("demo", |b| {
        b.iter(|| render_pdf(black_box(&demo), &options, &mut |_| {}).expect("pdf"))
    });
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("500 people", |b| {
        b.iter(|| render_pdf(black_box(&large), &options, &mut |_| {}).expect("pdf"))
    });
    group.finish();

    let mut group = c.benchmark_group("map");
    group.bench_function("svg demo", |b| {
        b.iter(|| map_svg(black_box(&demo.snapshot), false))
    });
    group.bench_function("svg 500 people", |b| {
        b.iter(|| map_svg(black_box(&large.snapshot), false))
    });
    group.bench_function("png demo", |b| {
        b.iter(|| map_png(black_box(&demo.snapshot), false, 1.0).expect("png"))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5))
        .sample_size(10);
    targets = report
}
criterion_main!(benches);
