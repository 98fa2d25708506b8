//! The workspace schema. Migrations are ordered and append-only: never edit one that has landed,
//! add a new one. The version lives in `PRAGMA user_version` (rusqlite_migration).

pub(crate) mod history;
mod portfolio;

use rusqlite_migration::{M, Migrations};

/// Enum columns hold the same camelCase words the UI and the JSON export use.
const V1_WHOLE_DOMAIN: &str = r#"
CREATE TABLE accounts (
    id                    TEXT PRIMARY KEY,
    name                  TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    industry              TEXT NOT NULL DEFAULT '',
    region                TEXT NOT NULL DEFAULT '',
    size                  TEXT NOT NULL DEFAULT '',
    lifecycle_stage       TEXT NOT NULL DEFAULT 'experience'
        CHECK (lifecycle_stage IN ('awareness','purchase','experience','loyalty','advocacy')),
    annual_revenue        REAL NOT NULL DEFAULT 0 CHECK (annual_revenue >= 0),
    currency              TEXT NOT NULL DEFAULT 'EUR',
    average_deal_size     REAL NOT NULL DEFAULT 0 CHECK (average_deal_size >= 0),
    purchases_per_year    REAL NOT NULL DEFAULT 0 CHECK (purchases_per_year >= 0),
    expected_tenure_years REAL NOT NULL DEFAULT 0 CHECK (expected_tenure_years >= 0),
    gross_margin          REAL CHECK (gross_margin BETWEEN 0 AND 1),
    strategy              TEXT NOT NULL DEFAULT '',
    goals_3m              TEXT NOT NULL DEFAULT '',
    goals_6m              TEXT NOT NULL DEFAULT '',
    goals_12m             TEXT NOT NULL DEFAULT '',
    goals_18m             TEXT NOT NULL DEFAULT '',
    relationship_word     TEXT NOT NULL DEFAULT '',
    referenceability      TEXT NOT NULL DEFAULT 'unknown'
        CHECK (referenceability IN ('unknown','no','private','public')),
    created_on            TEXT NOT NULL,
    last_opened_at        TEXT
);

CREATE TABLE stakeholders (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title          TEXT NOT NULL DEFAULT '',
    department     TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    personal_notes TEXT NOT NULL DEFAULT '',
    birthday       TEXT,
    interests      TEXT NOT NULL DEFAULT '',
    role_tag       TEXT NOT NULL DEFAULT '',
    attitude       TEXT NOT NULL DEFAULT 'neutral'
        CHECK (attitude IN ('champion','supporter','neutral','skeptic','blocker')),
    influence      INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','leftCompany')),
    last_contact   TEXT,
    cadence_days   INTEGER CHECK (cadence_days > 0),
    nps_score      INTEGER CHECK (nps_score BETWEEN 0 AND 10),
    pos_x          REAL,
    pos_y          REAL,
    pinned         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stakeholders_by_account ON stakeholders(account_id);

CREATE TABLE stakeholder_roles (
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    role           TEXT NOT NULL CHECK (role IN ('budget','gatekeeper','user')),
    PRIMARY KEY (stakeholder_id, role)
);

-- Our people are workspace-wide; each account places some of them on its map.
CREATE TABLE team_members (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    title     TEXT NOT NULL DEFAULT '',
    team_role TEXT NOT NULL DEFAULT 'accountManager'
        CHECK (team_role IN ('accountManager','executiveSponsor','specialist','support','other')),
    email     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE account_team (
    account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    team_member_id TEXT NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
    pos_x          REAL,
    pos_y          REAL,
    pinned         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, team_member_id)
);

CREATE TABLE reports_to (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    manager_id     TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    dotted         INTEGER NOT NULL DEFAULT 0,
    CHECK (stakeholder_id <> manager_id),
    UNIQUE (stakeholder_id, manager_id)
);
-- A person has at most one solid manager; dotted lines are unlimited.
CREATE UNIQUE INDEX reports_to_one_solid ON reports_to(stakeholder_id) WHERE dotted = 0;
CREATE INDEX reports_to_by_account ON reports_to(account_id);

CREATE TABLE coverage (
    id               TEXT PRIMARY KEY,
    account_id       TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    team_member_id   TEXT NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
    stakeholder_id   TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    strength         INTEGER NOT NULL CHECK (strength BETWEEN 0 AND 4),
    desired          INTEGER NOT NULL CHECK (desired BETWEEN 0 AND 4),
    last_interaction TEXT,
    notes            TEXT NOT NULL DEFAULT '',
    UNIQUE (team_member_id, stakeholder_id)
);
CREATE INDEX coverage_by_account ON coverage(account_id);

CREATE TABLE relations (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('influences','conflictsWith')),
    from_id    TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    to_id      TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    note       TEXT NOT NULL DEFAULT '',
    CHECK (from_id <> to_id),
    UNIQUE (kind, from_id, to_id)
);
CREATE INDEX relations_by_account ON relations(account_id);

CREATE TABLE goals (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stakeholder_id TEXT REFERENCES stakeholders(id) ON DELETE CASCADE,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    priority       TEXT NOT NULL CHECK (priority IN ('high','medium','low')),
    target         TEXT NOT NULL,            -- GoalTarget as JSON
    created_on     TEXT NOT NULL,
    due            TEXT CHECK (due IS NULL OR due >= created_on),
    status         TEXT NOT NULL CHECK (status IN ('open','inProgress','achieved','dropped'))
);
CREATE INDEX goals_by_account ON goals(account_id);

CREATE TABLE initiatives (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner_id   TEXT REFERENCES team_members(id) ON DELETE SET NULL,
    due        TEXT,
    status     TEXT NOT NULL CHECK (status IN ('planned','inProgress','done','cancelled')),
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiatives_by_account ON initiatives(account_id);

CREATE TABLE initiative_goals (
    initiative_id TEXT NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
    goal_id       TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, goal_id)
);

CREATE TABLE interactions (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN
        ('relationshipBuilding','valueAdd','firefighting','escalation','unvaluedWork')),
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX interactions_by_account ON interactions(account_id, date);

CREATE TABLE interaction_stakeholders (
    interaction_id TEXT NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, stakeholder_id)
);

CREATE TABLE interaction_team (
    interaction_id TEXT NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    team_member_id TEXT NOT NULL REFERENCES team_members(id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, team_member_id)
);

CREATE TABLE analysis_notes (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('issue','problem','opportunity')),
    text       TEXT NOT NULL CHECK (length(trim(text)) > 0)
);

CREATE TABLE analysis_note_stakeholders (
    note_id        TEXT NOT NULL REFERENCES analysis_notes(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, stakeholder_id)
);

-- A review freezes the whole account (AccountSnapshot as JSON) so the next one can be diffed.
CREATE TABLE reviews (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    date       TEXT NOT NULL,
    attendees  TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    snapshot   TEXT NOT NULL
);
CREATE INDEX reviews_by_account ON reviews(account_id, date);

CREATE TABLE offerings (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0)
);

CREATE TABLE needs (
    id         TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0)
);

CREATE TABLE whitespace (
    account_id        TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    offering_id       TEXT NOT NULL REFERENCES offerings(id) ON DELETE CASCADE,
    need_id           TEXT NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
    state             TEXT NOT NULL
        CHECK (state IN ('owned','inProgress','opportunity','competitor','notRelevant')),
    budget_holder_id  TEXT REFERENCES stakeholders(id) ON DELETE SET NULL,
    PRIMARY KEY (offering_id, need_id)
);
"#;

/// Facts about the file itself, not about accounts: which Rapport wrote it (so a file from a
/// newer Rapport can say which), when it was created, when the demo was written. Not tracked by
/// the undo log. The file's `application_id` is set outside migrations (see `crate::file`).
const V3_WORKSPACE_META: &str = r#"
CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"#;

/// Each stakeholder's contact id in the CRM their details came from: a re-import matches people
/// by it first, and the Salesforce export writes it back. Empty when unknown.
const V5_CRM_IDS: &str = "ALTER TABLE stakeholders ADD COLUMN crm_id TEXT NOT NULL DEFAULT '';";

/// The growth side of the plan: the offerings catalogue's family and typical deal size, each
/// whitespace cell's estimated value and note, stakeholders' personal dates and the thank-yous we
/// owe them, and reference requests. Money is 0 or more, as the profile's.
const V6_GROWTH: &str = r#"
ALTER TABLE offerings ADD COLUMN family TEXT NOT NULL DEFAULT '';
ALTER TABLE offerings ADD COLUMN typical_deal_size REAL
    CHECK (typical_deal_size IS NULL OR typical_deal_size >= 0);
ALTER TABLE whitespace ADD COLUMN estimated_value REAL
    CHECK (estimated_value IS NULL OR estimated_value >= 0);
ALTER TABLE whitespace ADD COLUMN note TEXT NOT NULL DEFAULT '';

CREATE TABLE personal_dates (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    label          TEXT NOT NULL CHECK (length(trim(label)) > 0),
    date           TEXT NOT NULL,
    yearly         INTEGER NOT NULL DEFAULT 0 CHECK (yearly IN (0, 1))
);
CREATE INDEX personal_dates_by_account ON personal_dates(account_id);

CREATE TABLE thank_yous (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
    reason         TEXT NOT NULL
        CHECK (reason IN ('wonDeal','referral','referenceCall','other')),
    text           TEXT NOT NULL DEFAULT '',
    due            TEXT NOT NULL,
    done           INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
CREATE INDEX thank_yous_by_account ON thank_yous(account_id);

-- Kept on the reference account; the prospect's account, when it is one of ours, sees it too.
CREATE TABLE reference_requests (
    id                  TEXT PRIMARY KEY,
    account_id          TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    date                TEXT NOT NULL,
    prospect_name       TEXT NOT NULL CHECK (length(trim(prospect_name)) > 0),
    prospect_account_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
    note                TEXT NOT NULL DEFAULT '',
    CHECK (prospect_account_id IS NULL OR prospect_account_id <> account_id)
);
CREATE INDEX reference_requests_by_account ON reference_requests(account_id);
CREATE INDEX reference_requests_by_prospect ON reference_requests(prospect_account_id);
"#;

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(V1_WHOLE_DOMAIN),
        // Undo/redo history; the hook writes its triggers from the tracked tables' columns.
        M::up_with_hook(history::V2_HISTORY, history::install_triggers),
        M::up(V3_WORKSPACE_META),
        // Archived accounts, reference-ability details, dated account NPS, history by scope.
        M::up_with_hook("", portfolio::migrate),
        // The CRM's contact ids. The hook re-installs the undo triggers so an undo restores the
        // new column too.
        M::up_with_hook(V5_CRM_IDS, history::install_triggers),
        // The growth side of the plan. The hook writes the undo triggers of the new tables and
        // of the new columns.
        M::up_with_hook(V6_GROWTH, history::install_triggers),
    ])
}

/// The schema version this Rapport writes (`PRAGMA user_version` once every migration ran).
pub(crate) const LATEST_VERSION: u32 = 6;

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        assert!(super::migrations().validate().is_ok());
    }

    /// A workspace of the version before the growth migration, with an offering and a cell,
    /// opens with both whole (no family, deal size, value or note yet), and the new columns are
    /// in the undo log: undoing a cell's value puts the empty value back.
    #[test]
    fn a_version_5_workspace_keeps_its_whitespace_and_new_columns_are_undoable() {
        use crate::workspace::Workspace;
        use rapport_core::{AccountId, WhitespaceCell, WhitespaceState};
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("v5.sqlite");
        {
            let mut conn = rusqlite::Connection::open(&path).expect("file");
            conn.pragma_update(None, "foreign_keys", "ON")
                .expect("pragma");
            super::migrations()
                .to_version(&mut conn, 5)
                .expect("the schema before growth");
            conn.execute_batch(
                "INSERT INTO accounts (id, name, created_on) VALUES ('a', 'Acme', '2026-01-01');
                 INSERT INTO stakeholders (id, account_id, name) VALUES ('s', 'a', 'Ana');
                 INSERT INTO offerings (id, name) VALUES ('o', 'Fleet');
                 INSERT INTO needs (id, account_id, name) VALUES ('n', 'a', 'Road');
                 INSERT INTO whitespace (account_id, offering_id, need_id, state, budget_holder_id)
                     VALUES ('a', 'o', 'n', 'opportunity', 's');",
            )
            .expect("old data");
        }
        let mut ws = Workspace::open(
            &path,
            crate::OpenMode::ExistingOnly,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
                .expect("day")
                .into(),
        )
        .expect("migrated");
        let acme = AccountId::from("a");
        let snap = ws.account_snapshot(&acme).expect("loads");
        assert_eq!(snap.offerings[0].name, "Fleet");
        assert_eq!(snap.offerings[0].family, "");
        let cell = snap.whitespace[0].clone();
        assert_eq!(cell.state, WhitespaceState::Opportunity);
        assert_eq!((cell.estimated_value, cell.note.as_str()), (None, ""));
        let valued = WhitespaceCell {
            estimated_value: Some(10.0),
            note: "Pilot".into(),
            ..cell.clone()
        };
        ws.set_whitespace_cell(&acme, &valued).expect("set");
        ws.undo(&acme).expect("undone");
        assert_eq!(
            ws.account_snapshot(&acme).expect("loads").whitespace[0],
            cell
        );
    }

    #[test]
    fn the_latest_version_counts_every_migration() {
        let mut conn = rusqlite::Connection::open_in_memory().expect("memory");
        super::migrations().to_latest(&mut conn).expect("migrated");
        let version: u32 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .expect("version");
        assert_eq!(version, super::LATEST_VERSION);
    }
}
