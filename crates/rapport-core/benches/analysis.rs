//! Analysis of generated accounts of 100, 1,000 and 10,000 people. Target: 10,000 in < 20 ms.
//! Run: `cargo bench -p rapport-core --bench analysis`.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rapport_core::{Removal, analyse, synthetic_account, synthetic_today, what_if};
use std::hint::black_box;
use std::time::Duration;

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyse");
    for people in [100, 1_000, 10_000] {
        let snapshot = synthetic_account(people, 42);
        group.bench_with_input(BenchmarkId::from_parameter(people), &snapshot, |b, s| {
            b.iter(|| analyse(black_box(s), synthetic_today()))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("what_if_team_member");
    for people in [100, 1_000, 10_000] {
        let snapshot = synthetic_account(people, 42);
        let removal = Removal::TeamMember(snapshot.team[0].id.clone());
        group.bench_with_input(BenchmarkId::from_parameter(people), &snapshot, |b, s| {
            b.iter(|| {
                what_if(
                    black_box(s),
                    std::slice::from_ref(&removal),
                    synthetic_today(),
                )
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(20);
    targets = analysis
}
criterion_main!(benches);
