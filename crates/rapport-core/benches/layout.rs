//! Layout of generated accounts of 100, 1,000 and 10,000 people: everyone afresh (`Full`) and,
//! the everyday case, a few new people among placed ones (`UnplacedOnly`). Target: 10,000 in
//! < 200 ms. Run: `cargo bench -p rapport-core --bench layout`.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use rapport_core::{
    AccountSnapshot, LayoutMode, Placement, StakeholderMap, layout, synthetic_account,
};
use std::hint::black_box;
use std::time::Duration;

/// The account as it is after a first layout, with every tenth person new and unplaced.
fn mostly_placed(people: usize) -> AccountSnapshot {
    let mut snapshot = synthetic_account(people, 42);
    let positions = layout(&snapshot, LayoutMode::Full);
    let cards = snapshot
        .stakeholders
        .iter_mut()
        .map(|s| &mut s.placement)
        .chain(snapshot.team.iter_mut().map(|t| &mut t.placement));
    for (n, (slot, at)) in cards.zip(positions).enumerate() {
        if n % 10 != 0 {
            *slot = Some(Placement {
                position: at.position,
                pinned: false,
            });
        }
    }
    snapshot
}

fn layouts(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout_full");
    for people in [100, 1_000, 10_000] {
        let snapshot = synthetic_account(people, 42);
        group.bench_with_input(BenchmarkId::from_parameter(people), &snapshot, |b, s| {
            b.iter(|| layout(black_box(s), LayoutMode::Full))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("layout_unplaced_only");
    for people in [100, 1_000, 10_000] {
        let snapshot = mostly_placed(people);
        group.bench_with_input(BenchmarkId::from_parameter(people), &snapshot, |b, s| {
            b.iter(|| layout(black_box(s), LayoutMode::UnplacedOnly))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("map_from_snapshot");
    for people in [100, 1_000, 10_000] {
        let snapshot = synthetic_account(people, 42);
        group.bench_with_input(BenchmarkId::from_parameter(people), &snapshot, |b, s| {
            b.iter(|| StakeholderMap::from_snapshot(black_box(s)))
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
    targets = layouts
}
criterion_main!(benches);
