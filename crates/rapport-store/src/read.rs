//! Loading one account as an [`AccountSnapshot`]: a handful of queries, one per table, grouped in
//! memory, so a 1,000-person map loads in one pass rather than a query per person.

use crate::codec::{from_json, from_word};
use crate::error::{Error, Result};
use rapport_core::*;
use rusqlite::{Connection, Row};
use std::collections::HashMap;

fn placement(
    row: &Row<'_>,
    x: usize,
    y: usize,
    pinned: usize,
) -> rusqlite::Result<Option<Placement>> {
    let x: Option<f64> = row.get(x)?;
    let y: Option<f64> = row.get(y)?;
    Ok(match (x, y) {
        (Some(x), Some(y)) => Some(Placement {
            position: Position { x, y },
            pinned: row.get(pinned)?,
        }),
        _ => None,
    })
}

/// Pairs (parent id, child id) of a link table, grouped by parent.
fn grouped<K: From<String> + Clone>(
    conn: &Connection,
    sql: &str,
    account: &AccountId,
) -> Result<HashMap<String, Vec<K>>> {
    let mut stmt = conn.prepare(sql)?;
    let mut map: HashMap<String, Vec<K>> = HashMap::new();
    let rows = stmt.query_map([account.as_str()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (parent, child) = row?;
        map.entry(parent).or_default().push(K::from(child));
    }
    Ok(map)
}

pub(crate) fn load_account(conn: &Connection, id: &AccountId) -> Result<Account> {
    conn.query_row(
        "SELECT id, name, industry, region, size, lifecycle_stage, annual_revenue, currency,
            average_deal_size, purchases_per_year, expected_tenure_years, gross_margin, strategy,
            goals_3m, goals_6m, goals_12m, goals_18m, relationship_word, referenceability,
            created_on
         FROM accounts WHERE id = ?1",
        [id.as_str()],
        |r| {
            Ok(Account {
                id: AccountId(r.get(0)?),
                name: r.get(1)?,
                industry: r.get(2)?,
                region: r.get(3)?,
                size: r.get(4)?,
                lifecycle_stage: from_word(5, &r.get::<_, String>(5)?)?,
                annual_revenue: r.get(6)?,
                currency: r.get(7)?,
                lifetime_value: LifetimeValueInputs {
                    average_deal_size: r.get(8)?,
                    purchases_per_year: r.get(9)?,
                    expected_tenure_years: r.get(10)?,
                    gross_margin: r.get(11)?,
                },
                strategy: r.get(12)?,
                client_goals: ClientGoals {
                    months3: r.get(13)?,
                    months6: r.get(14)?,
                    months12: r.get(15)?,
                    months18: r.get(16)?,
                },
                relationship_word: r.get(17)?,
                referenceability: from_word(18, &r.get::<_, String>(18)?)?,
                created_on: r.get(19)?,
            })
        },
    )
    .map_err(|e| match e {
        rusqlite::Error::QueryReturnedNoRows => {
            Error::not_found("This account no longer exists in the workspace.")
        }
        other => other.into(),
    })
}

pub(crate) fn load_snapshot(conn: &Connection, id: &AccountId) -> Result<AccountSnapshot> {
    let account = load_account(conn, id)?;
    let a = id.as_str();

    let mut roles: HashMap<String, Vec<Role>> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT r.stakeholder_id, r.role FROM stakeholder_roles r
             JOIN stakeholders s ON s.id = r.stakeholder_id WHERE s.account_id = ?1
             ORDER BY r.role",
        )?;
        let rows = stmt.query_map([a], |r| {
            Ok((
                r.get::<_, String>(0)?,
                from_word::<Role>(1, &r.get::<_, String>(1)?)?,
            ))
        })?;
        for row in rows {
            let (sid, role) = row?;
            roles.entry(sid).or_default().push(role);
        }
    }
    for list in roles.values_mut() {
        list.sort();
    }

    let stakeholders = {
        let mut stmt = conn.prepare(
            "SELECT id, name, title, department, email, phone, personal_notes, birthday, interests,
                role_tag, attitude, influence, status, last_contact, cadence_days, nps_score,
                pos_x, pos_y, pinned
             FROM stakeholders WHERE account_id = ?1 ORDER BY name, id",
        )?;
        stmt.query_map([a], |r| {
            let id: String = r.get(0)?;
            Ok(Stakeholder {
                roles: roles.remove(&id).unwrap_or_default(),
                id: StakeholderId(id),
                name: r.get(1)?,
                title: r.get(2)?,
                department: r.get(3)?,
                email: r.get(4)?,
                phone: r.get(5)?,
                personal_notes: r.get(6)?,
                birthday: r.get(7)?,
                interests: r.get(8)?,
                role_tag: r.get(9)?,
                attitude: from_word(10, &r.get::<_, String>(10)?)?,
                influence: r.get(11)?,
                status: from_word(12, &r.get::<_, String>(12)?)?,
                last_contact: r.get(13)?,
                cadence_days: r.get(14)?,
                nps_score: r.get(15)?,
                placement: placement(r, 16, 17, 18)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let team = {
        let mut stmt = conn.prepare(
            "SELECT t.id, t.name, t.title, t.team_role, t.email, at.pos_x, at.pos_y, at.pinned
             FROM account_team at JOIN team_members t ON t.id = at.team_member_id
             WHERE at.account_id = ?1 ORDER BY t.name, t.id",
        )?;
        stmt.query_map([a], |r| {
            Ok(TeamMember {
                id: TeamMemberId(r.get(0)?),
                name: r.get(1)?,
                title: r.get(2)?,
                team_role: from_word(3, &r.get::<_, String>(3)?)?,
                email: r.get(4)?,
                placement: placement(r, 5, 6, 7)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let reports_to = {
        let mut stmt = conn.prepare(
            "SELECT id, stakeholder_id, manager_id, dotted FROM reports_to
             WHERE account_id = ?1 ORDER BY id",
        )?;
        stmt.query_map([a], |r| {
            Ok(ReportsTo {
                id: LinkId(r.get(0)?),
                stakeholder: StakeholderId(r.get(1)?),
                manager: StakeholderId(r.get(2)?),
                dotted: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let coverage = {
        let mut stmt = conn.prepare(
            "SELECT id, team_member_id, stakeholder_id, strength, desired, last_interaction, notes
             FROM coverage WHERE account_id = ?1 ORDER BY id",
        )?;
        stmt.query_map([a], |r| {
            let level = |i: usize| -> rusqlite::Result<Strength> {
                let n: u8 = r.get(i)?;
                Strength::from_level(n).ok_or(rusqlite::Error::IntegralValueOutOfRange(i, n.into()))
            };
            Ok(Coverage {
                id: LinkId(r.get(0)?),
                team_member: TeamMemberId(r.get(1)?),
                stakeholder: StakeholderId(r.get(2)?),
                strength: level(3)?,
                desired: level(4)?,
                last_interaction: r.get(5)?,
                notes: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let relations = {
        let mut stmt = conn.prepare(
            "SELECT id, kind, from_id, to_id, note FROM relations WHERE account_id = ?1 ORDER BY id",
        )?;
        stmt.query_map([a], |r| {
            Ok(Relation {
                id: LinkId(r.get(0)?),
                kind: from_word(1, &r.get::<_, String>(1)?)?,
                from: StakeholderId(r.get(2)?),
                to: StakeholderId(r.get(3)?),
                note: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let goals = {
        let mut stmt = conn.prepare(
            "SELECT id, stakeholder_id, title, priority, target, created_on, due, status
             FROM goals WHERE account_id = ?1 ORDER BY created_on, id",
        )?;
        stmt.query_map([a], |r| {
            Ok(Goal {
                id: GoalId(r.get(0)?),
                stakeholder: r.get::<_, Option<String>>(1)?.map(StakeholderId),
                title: r.get(2)?,
                priority: from_word(3, &r.get::<_, String>(3)?)?,
                target: from_json(4, &r.get::<_, String>(4)?)?,
                created_on: r.get(5)?,
                due: r.get(6)?,
                status: from_word(7, &r.get::<_, String>(7)?)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let mut initiative_goals: HashMap<String, Vec<GoalId>> = grouped(
        conn,
        "SELECT ig.initiative_id, ig.goal_id FROM initiative_goals ig
         JOIN initiatives i ON i.id = ig.initiative_id WHERE i.account_id = ?1
         ORDER BY ig.goal_id",
        id,
    )?;
    let initiatives = {
        let mut stmt = conn.prepare(
            "SELECT id, title, owner_id, due, status, notes FROM initiatives
             WHERE account_id = ?1 ORDER BY due IS NULL, due, id",
        )?;
        stmt.query_map([a], |r| {
            let id: String = r.get(0)?;
            Ok(Initiative {
                goals: initiative_goals.remove(&id).unwrap_or_default(),
                id: InitiativeId(id),
                title: r.get(1)?,
                owner: r.get::<_, Option<String>>(2)?.map(TeamMemberId),
                due: r.get(3)?,
                status: from_word(4, &r.get::<_, String>(4)?)?,
                notes: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let mut theirs: HashMap<String, Vec<StakeholderId>> = grouped(
        conn,
        "SELECT x.interaction_id, x.stakeholder_id FROM interaction_stakeholders x
         JOIN interactions i ON i.id = x.interaction_id WHERE i.account_id = ?1
         ORDER BY x.stakeholder_id",
        id,
    )?;
    let mut ours: HashMap<String, Vec<TeamMemberId>> = grouped(
        conn,
        "SELECT x.interaction_id, x.team_member_id FROM interaction_team x
         JOIN interactions i ON i.id = x.interaction_id WHERE i.account_id = ?1
         ORDER BY x.team_member_id",
        id,
    )?;
    let interactions = {
        let mut stmt = conn.prepare(
            "SELECT id, date, kind, note FROM interactions WHERE account_id = ?1
             ORDER BY date DESC, id",
        )?;
        stmt.query_map([a], |r| {
            let id: String = r.get(0)?;
            Ok(Interaction {
                stakeholders: theirs.remove(&id).unwrap_or_default(),
                team_members: ours.remove(&id).unwrap_or_default(),
                id: InteractionId(id),
                date: r.get(1)?,
                kind: from_word(2, &r.get::<_, String>(2)?)?,
                note: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let mut note_people: HashMap<String, Vec<StakeholderId>> = grouped(
        conn,
        "SELECT x.note_id, x.stakeholder_id FROM analysis_note_stakeholders x
         JOIN analysis_notes n ON n.id = x.note_id WHERE n.account_id = ?1
         ORDER BY x.stakeholder_id",
        id,
    )?;
    let notes = {
        let mut stmt = conn.prepare(
            "SELECT id, kind, text FROM analysis_notes WHERE account_id = ?1 ORDER BY id",
        )?;
        stmt.query_map([a], |r| {
            let id: String = r.get(0)?;
            Ok(AnalysisNote {
                stakeholders: note_people.remove(&id).unwrap_or_default(),
                id: NoteId(id),
                kind: from_word(1, &r.get::<_, String>(1)?)?,
                text: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    let offerings = {
        let mut stmt = conn.prepare("SELECT id, name FROM offerings ORDER BY name")?;
        stmt.query_map([], |r| {
            Ok(Offering {
                id: OfferingId(r.get(0)?),
                name: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let needs = {
        let mut stmt =
            conn.prepare("SELECT id, name FROM needs WHERE account_id = ?1 ORDER BY name, id")?;
        stmt.query_map([a], |r| {
            Ok(Need {
                id: NeedId(r.get(0)?),
                name: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    let whitespace = {
        let mut stmt = conn.prepare(
            "SELECT offering_id, need_id, state, budget_holder_id FROM whitespace
             WHERE account_id = ?1 ORDER BY offering_id, need_id",
        )?;
        stmt.query_map([a], |r| {
            Ok(WhitespaceCell {
                offering: OfferingId(r.get(0)?),
                need: NeedId(r.get(1)?),
                state: from_word(2, &r.get::<_, String>(2)?)?,
                budget_holder: r.get::<_, Option<String>>(3)?.map(StakeholderId),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };

    Ok(AccountSnapshot {
        account,
        stakeholders,
        team,
        reports_to,
        coverage,
        relations,
        goals,
        initiatives,
        interactions,
        notes,
        offerings,
        needs,
        whitespace,
    })
}
