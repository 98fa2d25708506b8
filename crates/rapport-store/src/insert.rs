//! Row writers for whole domain values. Callers run them inside [`crate::Workspace::edit`] so
//! that a value and its child rows (roles, goal links…) land together or not at all.

use crate::codec::word;
use crate::error::Result;
use rapport_core::{
    Account, AccountId, AnalysisNote, Coverage, Goal, Initiative, Interaction, Placement, Relation,
    ReportsTo, Stakeholder, TeamMember,
};
use rusqlite::{Connection, params};

pub(crate) fn insert_account(conn: &Connection, a: &Account) -> Result<()> {
    conn.execute(
        "INSERT INTO accounts (id, name, industry, region, size, lifecycle_stage, annual_revenue,
            currency, average_deal_size, purchases_per_year, expected_tenure_years, gross_margin,
            strategy, goals_3m, goals_6m, goals_12m, goals_18m, relationship_word,
            referenceability, created_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20)",
        params![
            a.id.as_str(),
            a.name,
            a.industry,
            a.region,
            a.size,
            word(&a.lifecycle_stage),
            a.annual_revenue,
            a.currency,
            a.lifetime_value.average_deal_size,
            a.lifetime_value.purchases_per_year,
            a.lifetime_value.expected_tenure_years,
            a.lifetime_value.gross_margin,
            a.strategy,
            a.client_goals.months3,
            a.client_goals.months6,
            a.client_goals.months12,
            a.client_goals.months18,
            a.relationship_word,
            word(&a.referenceability),
            a.created_on,
        ],
    )?;
    Ok(())
}

fn placement_columns(p: Option<Placement>) -> (Option<f64>, Option<f64>, bool) {
    match p {
        Some(p) => (Some(p.position.x), Some(p.position.y), p.pinned),
        None => (None, None, false),
    }
}

pub(crate) fn insert_stakeholder(
    conn: &Connection,
    account: &AccountId,
    s: &Stakeholder,
) -> Result<()> {
    let (x, y, pinned) = placement_columns(s.placement);
    conn.execute(
        "INSERT INTO stakeholders (id, account_id, name, title, department, email, phone,
            personal_notes, birthday, interests, role_tag, attitude, influence, status,
            last_contact, cadence_days, nps_score, pos_x, pos_y, pinned)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20)",
        params![
            s.id.as_str(),
            account.as_str(),
            s.name,
            s.title,
            s.department,
            s.email,
            s.phone,
            s.personal_notes,
            s.birthday,
            s.interests,
            s.role_tag,
            word(&s.attitude),
            s.influence,
            word(&s.status),
            s.last_contact,
            s.cadence_days,
            s.nps_score,
            x,
            y,
            pinned,
        ],
    )?;
    write_roles(conn, s)
}

pub(crate) fn write_roles(conn: &Connection, s: &Stakeholder) -> Result<()> {
    conn.execute(
        "DELETE FROM stakeholder_roles WHERE stakeholder_id = ?1",
        [s.id.as_str()],
    )?;
    let mut insert = conn
        .prepare_cached("INSERT INTO stakeholder_roles (stakeholder_id, role) VALUES (?1, ?2)")?;
    for role in &s.roles {
        insert.execute(params![s.id.as_str(), word(role)])?;
    }
    Ok(())
}

/// Adds one of ours to the workspace (if new) and places them on the account's map.
pub(crate) fn insert_team_member(
    conn: &Connection,
    account: &AccountId,
    t: &TeamMember,
) -> Result<()> {
    conn.execute(
        "INSERT INTO team_members (id, name, title, team_role, email) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, title = excluded.title,
            team_role = excluded.team_role, email = excluded.email",
        params![t.id.as_str(), t.name, t.title, word(&t.team_role), t.email],
    )?;
    let (x, y, pinned) = placement_columns(t.placement);
    conn.execute(
        "INSERT INTO account_team (account_id, team_member_id, pos_x, pos_y, pinned)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![account.as_str(), t.id.as_str(), x, y, pinned],
    )?;
    Ok(())
}

pub(crate) fn insert_reports_to(
    conn: &Connection,
    account: &AccountId,
    r: &ReportsTo,
) -> Result<()> {
    conn.execute(
        "INSERT INTO reports_to (id, account_id, stakeholder_id, manager_id, dotted)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            r.id.as_str(),
            account.as_str(),
            r.stakeholder.as_str(),
            r.manager.as_str(),
            r.dotted
        ],
    )?;
    Ok(())
}

pub(crate) fn insert_coverage(conn: &Connection, account: &AccountId, c: &Coverage) -> Result<()> {
    conn.execute(
        "INSERT INTO coverage (id, account_id, team_member_id, stakeholder_id, strength, desired,
            last_interaction, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            c.id.as_str(),
            account.as_str(),
            c.team_member.as_str(),
            c.stakeholder.as_str(),
            c.strength.level(),
            c.desired.level(),
            c.last_interaction,
            c.notes,
        ],
    )?;
    Ok(())
}

pub(crate) fn insert_relation(conn: &Connection, account: &AccountId, r: &Relation) -> Result<()> {
    conn.execute(
        "INSERT INTO relations (id, account_id, kind, from_id, to_id, note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            r.id.as_str(),
            account.as_str(),
            word(&r.kind),
            r.from.as_str(),
            r.to.as_str(),
            r.note
        ],
    )?;
    Ok(())
}

pub(crate) fn insert_goal(conn: &Connection, account: &AccountId, g: &Goal) -> Result<()> {
    let target = serde_json::to_string(&g.target)
        .map_err(|e| crate::Error::validation("target", e.to_string()))?;
    conn.execute(
        "INSERT INTO goals (id, account_id, stakeholder_id, title, priority, target, created_on,
            due, status)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            g.id.as_str(),
            account.as_str(),
            g.stakeholder.as_ref().map(|s| s.as_str()),
            g.title,
            word(&g.priority),
            target,
            g.created_on,
            g.due,
            word(&g.status),
        ],
    )?;
    Ok(())
}

pub(crate) fn insert_initiative(
    conn: &Connection,
    account: &AccountId,
    i: &Initiative,
) -> Result<()> {
    conn.execute(
        "INSERT INTO initiatives (id, account_id, title, owner_id, due, status, notes)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            i.id.as_str(),
            account.as_str(),
            i.title,
            i.owner.as_ref().map(|o| o.as_str()),
            i.due,
            word(&i.status),
            i.notes,
        ],
    )?;
    let mut link = conn
        .prepare_cached("INSERT INTO initiative_goals (initiative_id, goal_id) VALUES (?1, ?2)")?;
    for goal in &i.goals {
        link.execute(params![i.id.as_str(), goal.as_str()])?;
    }
    Ok(())
}

pub(crate) fn insert_interaction(
    conn: &Connection,
    account: &AccountId,
    i: &Interaction,
) -> Result<()> {
    conn.execute(
        "INSERT INTO interactions (id, account_id, date, kind, note) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            i.id.as_str(),
            account.as_str(),
            i.date,
            word(&i.kind),
            i.note
        ],
    )?;
    let mut theirs = conn.prepare_cached(
        "INSERT INTO interaction_stakeholders (interaction_id, stakeholder_id) VALUES (?1, ?2)",
    )?;
    for s in &i.stakeholders {
        theirs.execute(params![i.id.as_str(), s.as_str()])?;
    }
    let mut ours = conn.prepare_cached(
        "INSERT INTO interaction_team (interaction_id, team_member_id) VALUES (?1, ?2)",
    )?;
    for t in &i.team_members {
        ours.execute(params![i.id.as_str(), t.as_str()])?;
    }
    Ok(())
}

pub(crate) fn insert_note(conn: &Connection, account: &AccountId, n: &AnalysisNote) -> Result<()> {
    conn.execute(
        "INSERT INTO analysis_notes (id, account_id, kind, text) VALUES (?1, ?2, ?3, ?4)",
        params![n.id.as_str(), account.as_str(), word(&n.kind), n.text],
    )?;
    let mut link = conn.prepare_cached(
        "INSERT INTO analysis_note_stakeholders (note_id, stakeholder_id) VALUES (?1, ?2)",
    )?;
    for s in &n.stakeholders {
        link.execute(params![n.id.as_str(), s.as_str()])?;
    }
    Ok(())
}
