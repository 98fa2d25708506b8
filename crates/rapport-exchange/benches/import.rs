//! Reading and previewing 5,000 generated contacts: Rapport's template into a new account, and
//! a Salesforce export re-imported into the account it came from (matching by CRM id).
//! Target: parse + preview well under 1 s (release). Run: `cargo bench -p rapport-exchange`.

use criterion::{Criterion, criterion_group, criterion_main};
use rapport_core::synthetic_account;
use rapport_exchange::{
    CrmIds, ImportOptions, export_salesforce_csv, export_template_csv, preview,
};
use std::hint::black_box;
use std::time::Duration;

fn previews(c: &mut Criterion) {
    let account = synthetic_account(5_000, 42);
    let crm_ids: CrmIds = account
        .stakeholders
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.clone(), format!("0035g0000{i:06}AAA")))
        .collect();
    let template = export_template_csv(&account, &crm_ids);
    let salesforce = export_salesforce_csv(&account, &crm_ids);
    let new_account = ImportOptions::default();
    let reimport = ImportOptions {
        existing_crm_ids: crm_ids.clone(),
        ..ImportOptions::default()
    };
    // Sanity: both files import cleanly, so the bench measures the whole path.
    assert!(preview(&template, &new_account, None).plan.is_some());
    assert!(
        preview(&salesforce, &reimport, Some(&account))
            .plan
            .is_some()
    );

    let mut group = c.benchmark_group("preview_5000_contacts");
    group.measurement_time(Duration::from_secs(8));
    group.sample_size(20);
    group.bench_function("template_into_new_account", |b| {
        b.iter(|| preview(black_box(&template), &new_account, None))
    });
    group.bench_function("salesforce_reimport", |b| {
        b.iter(|| preview(black_box(&salesforce), &reimport, Some(&account)))
    });
    group.finish();
}

criterion_group!(benches, previews);
criterion_main!(benches);
