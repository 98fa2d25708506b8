use super::*;

fn run_args(args: &[&str]) -> Result<String, String> {
    let cli = Cli::try_parse_from(std::iter::once("rapport").chain(args.iter().copied()))
        .map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    run(cli, &mut out).map_err(|e| e.to_string())?;
    Ok(String::from_utf8(out).expect("utf-8 output"))
}

#[test]
fn demo_then_accounts_lists_the_three_demo_accounts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ws.sqlite");
    let file = file.to_str().expect("utf-8 path");
    let wrote =
        run_args(&["demo", "--workspace", file, "--today", "2026-11-23"]).expect("demo written");
    assert!(wrote.contains(file));
    let listed =
        run_args(&["accounts", "--workspace", file, "--today", "2026-11-23"]).expect("listed");
    assert!(listed.contains("Helios Freight"), "{listed}");
    assert!(listed.contains("Nordlicht Energie") && listed.contains("Atlas Retail Group"));
    assert!(listed.contains("(overdue)"), "{listed}");
}

#[test]
fn demo_refuses_a_workspace_that_already_has_accounts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ws.sqlite");
    let file = file.to_str().expect("utf-8 path");
    run_args(&["demo", "--workspace", file]).expect("first demo");
    let err = run_args(&["demo", "--workspace", file]).expect_err("second demo refused");
    assert!(err.contains("already holds accounts"), "{err}");
}

#[test]
fn analyse_prints_the_demo_findings_as_text_and_json() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ws.sqlite");
    let file = file.to_str().expect("utf-8 path");
    run_args(&["demo", "--workspace", file, "--today", "2026-11-23"]).expect("demo");
    let text = run_args(&[
        "analyse",
        "--workspace",
        file,
        "--account",
        "helios freight",
        "--today",
        "2026-11-23",
    ])
    .expect("analysed");
    assert!(text.starts_with("Helios Freight: "), "{text}");
    assert!(
        text.contains("HIGH") && text.contains("Raj Patel"),
        "{text}"
    );
    assert!(text.contains("Suggested goal:"), "{text}");
    let json = run_args(&[
        "analyse",
        "--workspace",
        file,
        "--account",
        "Helios Freight",
        "--json",
        "--today",
        "2026-11-23",
    ])
    .expect("json");
    let findings: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let kinds: Vec<_> = findings
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|f| f["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"budgetHolderUncovered"), "{kinds:?}");
    assert!(kinds.contains(&"hostileInfluencer"), "{kinds:?}");
}

#[test]
fn what_if_names_who_loses_their_only_way_in_and_refuses_an_unknown_person() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ws.sqlite");
    let file = file.to_str().expect("utf-8 path");
    run_args(&["demo", "--workspace", file, "--today", "2026-11-23"]).expect("demo");
    let ask = |people: &[&str]| {
        let mut args = vec![
            "what-if",
            "--workspace",
            file,
            "--account",
            "helios freight",
            "--today",
            "2026-11-23",
        ];
        for p in people {
            args.extend(["--person", p]);
        }
        run_args(&args)
    };
    let text = ask(&["sarah collins"]).expect("answered");
    assert!(
        text.starts_with("If sarah collins left Helios Freight:"),
        "{text}"
    );
    let stranded = text
        .lines()
        .find_map(|l| l.strip_prefix("Lose their only way in: "))
        .expect("a line naming the stranded");
    assert_ne!(stranded, "nobody", "{text}");
    let err = ask(&["Nobody Here"]).expect_err("refused");
    assert_eq!(
        err,
        "Nobody called “Nobody Here” is on the map of Helios Freight."
    );
    // The account is as it was: asking changed nothing.
    assert_eq!(ask(&["sarah collins"]).expect("again"), text);
}

#[test]
fn analyse_names_an_unknown_account() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ws.sqlite");
    let file = file.to_str().expect("utf-8 path");
    // Reading commands no longer create a workspace: make one first.
    run_args(&["demo", "--workspace", file]).expect("demo");
    let err =
        run_args(&["analyse", "--workspace", file, "--account", "Acme"]).expect_err("refused");
    assert_eq!(err, "No account is called \"Acme\" in this workspace.");
}

#[test]
fn reading_commands_never_create_a_file_or_a_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("no/such/folder/w.sqlite");
    let file = file.to_str().expect("utf-8 path");
    for command in [
        vec!["accounts", "--workspace", file],
        vec!["analyse", "--workspace", file, "--account", "Acme"],
        vec![
            "export-map",
            "--workspace",
            file,
            "--account",
            "Acme",
            "--format",
            "svg",
            "--out",
            "/dev/null",
        ],
        vec!["backup", "--workspace", file],
    ] {
        let err = run_args(&command).expect_err("refused");
        assert_eq!(err, format!("No workspace at {file}."), "{command:?}");
    }
    assert!(!dir.path().join("no").exists(), "no folder was made");
}

#[test]
fn backup_then_restore_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ws.sqlite");
    let file = file.to_str().expect("utf-8 path");
    run_args(&["demo", "--workspace", file, "--today", "2026-11-23"]).expect("demo");
    let said = run_args(&["backup", "--workspace", file]).expect("backed up");
    assert!(said.starts_with("Backed up to "), "{said}");
    run_args(&[
        "generate",
        "--workspace",
        file,
        "--people",
        "5",
        "--name",
        "Later",
    ])
    .expect("more");
    let listed = run_args(&["restore", "--workspace", file, "--list"]).expect("listed");
    let manual = listed
        .lines()
        .find(|l| l.contains("-manual."))
        .and_then(|l| l.split_whitespace().next())
        .expect("the manual backup is listed")
        .to_owned();
    assert!(listed.contains("3 accounts"), "{listed}");
    let restored =
        run_args(&["restore", "--workspace", file, "--from", &manual]).expect("restored");
    assert!(restored.contains("kept as"), "{restored}");
    let accounts = run_args(&["accounts", "--workspace", file]).expect("listed");
    assert!(
        !accounts.contains("Later"),
        "the account added after the backup is gone: {accounts}"
    );
}

#[test]
fn a_bad_date_is_named() {
    let err = run_args(&["accounts", "--today", "23/11/2026"]).expect_err("refused");
    assert!(err.contains("--today"), "{err}");
}

#[test]
fn new_account_then_accounts_shows_it_with_the_portfolio_columns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ws.sqlite");
    let file = file.to_str().expect("utf-8 path");
    let created = run_args(&[
        "new-account",
        "--workspace",
        file,
        "--name",
        "Acme Logistics",
        "--industry",
        "Logistics",
        "--region",
        "Nordics",
        "--size",
        "1,000–5,000 employees",
        "--currency",
        "sek",
        "--revenue",
        "420000",
    ])
    .expect("created");
    assert!(
        created.contains("Created account “Acme Logistics”"),
        "{created}"
    );
    run_args(&["new-account", "--workspace", file, "--name", "Bolt"]).expect("only a name");
    let listed =
        run_args(&["accounts", "--workspace", file, "--today", "2026-11-23"]).expect("listed");
    for column in [
        "Account",
        "Revenue",
        "Share",
        "Cumul.",
        "Lifetime value",
        "NPS",
        "Health",
        "Stage",
        "Next review",
    ] {
        assert!(listed.contains(column), "{column} in {listed}");
    }
    assert!(
        listed.contains("420000 SEK") && listed.contains("100.0%"),
        "{listed}"
    );
    let first_row = listed.lines().nth(1).expect("a row");
    assert!(
        first_row.starts_with("Acme Logistics"),
        "largest first: {listed}"
    );

    let json = run_args(&["accounts", "--workspace", file, "--json"]).expect("json");
    let rows: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    let acme = &rows.as_array().expect("a list")[0];
    assert_eq!(acme["name"], "Acme Logistics");
    assert_eq!(acme["currency"], "SEK");
    assert_eq!(acme["revenueShare"], 1.0);
    for key in [
        "cumulativeShare",
        "lifetimeValue",
        "nps",
        "findings",
        "lifecycleStage",
        "nextReviewDue",
        "archivedOn",
    ] {
        assert!(acme.get(key).is_some(), "{key} in {acme}");
    }
}

#[test]
fn new_account_refusals_name_the_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("ws.sqlite");
    let file = file.to_str().expect("utf-8 path");
    let err = run_args(&["new-account", "--workspace", file, "--name", " "]).expect_err("refused");
    assert!(err.starts_with("name: "), "{err}");
    let err = run_args(&[
        "new-account",
        "--workspace",
        file,
        "--name",
        "Acme",
        "--revenue",
        "-5",
    ])
    .expect_err("refused");
    assert!(err.starts_with("annualRevenue: "), "{err}");
    run_args(&["new-account", "--workspace", file, "--name", "Acme"]).expect("created");
    let err = run_args(&["new-account", "--workspace", file, "--name", "ACME"]).expect_err("taken");
    assert!(err.contains("already called “Acme”"), "{err}");
}

#[test]
fn archived_accounts_are_listed_only_when_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("ws.sqlite");
    let file = path.to_str().expect("utf-8 path");
    run_args(&["demo", "--workspace", file, "--today", "2026-11-23"]).expect("demo");
    {
        let mut ws = rapport_store::Workspace::open(
            &path,
            rapport_store::OpenMode::ExistingOnly,
            chrono::Local::now().naive_local(),
        )
        .expect("opens");
        let atlas = ws.account_id_by_name("Atlas Retail Group").expect("atlas");
        ws.set_archived(
            &atlas,
            true,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("day"),
        )
        .expect("archived");
    }
    let listed = run_args(&["accounts", "--workspace", file]).expect("listed");
    assert!(!listed.contains("Atlas Retail Group"), "{listed}");
    assert!(listed.contains("1 archived (add --archived"), "{listed}");
    let all = run_args(&["accounts", "--workspace", file, "--archived"]).expect("listed");
    assert!(all.contains("Atlas Retail Group (archived)"), "{all}");
}
