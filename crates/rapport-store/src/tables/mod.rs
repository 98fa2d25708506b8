//! One module per table: each names its columns once, reads rows by column name, and gives the
//! values an insert or update binds. Every statement about a table lives in its module, so a
//! column added by a migration is added to one list (and `columns_match_the_schema` fails until
//! it is).
//!
//! Text is tidied by core's [`rapport_core::rules`] `normalise_*` on the way in, by inserts and
//! updates alike, so a value reads back the same however it was written.

pub(crate) mod account_nps;
pub(crate) mod accounts;
pub(crate) mod coverage;
pub(crate) mod goals;
pub(crate) mod initiatives;
pub(crate) mod interactions;
pub(crate) mod links;
pub(crate) mod notes;
pub(crate) mod personal;
pub(crate) mod reference_requests;
pub(crate) mod relations;
pub(crate) mod reports_to;
pub(crate) mod reviews;
pub(crate) mod stakeholders;
pub(crate) mod team;
pub(crate) mod whitespace;

#[cfg(test)]
mod tests;

/// Tables of the file that are not in [`ALL`]: the undo log's and the file's own facts.
const OTHER_TABLES: [&str; 4] = [
    "history_steps",
    "history_statements",
    "history_recording",
    "workspace_meta",
];

/// The first table whose columns are not what this version made (a damaged schema, or a file
/// edited by hand), if any: reading it would fail on every screen. Compared as sets: statements
/// name their columns, and a migration's added column comes last in the file whatever its place
/// in the list.
pub(crate) fn first_unexpected_table(conn: &Connection) -> rusqlite::Result<Option<&'static str>> {
    let columns_of = |table: &str| -> rusqlite::Result<Vec<String>> {
        conn.prepare_cached("SELECT name FROM pragma_table_info(?1) ORDER BY name")?
            .query_map([table], |r| r.get(0))?
            .collect()
    };
    for table in ALL {
        let mut expected = table.columns.to_vec();
        expected.sort_unstable();
        if columns_of(table.name)? != expected {
            return Ok(Some(table.name));
        }
    }
    for table in OTHER_TABLES {
        if columns_of(table)?.is_empty() {
            return Ok(Some(table));
        }
    }
    Ok(None)
}

use crate::error::Result;
use rapport_core::{AccountId, Placement, Position};
use rusqlite::types::ToSql;
use rusqlite::{Connection, Row};

/// A table and its columns, in schema order.
pub(crate) struct Table {
    pub name: &'static str,
    pub columns: &'static [&'static str],
}

/// The values of one row to write, by column.
#[derive(Default)]
pub(crate) struct Values(Vec<(&'static str, Box<dyn ToSql>)>);

impl Values {
    pub fn with(mut self, column: &'static str, value: impl ToSql + 'static) -> Self {
        self.0.push((column, Box::new(value)));
        self
    }

    fn get(&self, column: &str) -> rusqlite::Result<&dyn ToSql> {
        self.0
            .iter()
            .find(|(c, _)| *c == column)
            .map(|(_, v)| v.as_ref())
            .ok_or_else(|| rusqlite::Error::InvalidParameterName(column.to_owned()))
    }
}

impl Table {
    /// `SELECT <every column> FROM <table> <rest>`.
    pub fn select(&self, rest: &str) -> String {
        format!(
            "SELECT {} FROM {} {rest}",
            self.columns.join(", "),
            self.name
        )
    }

    /// Every column as `alias.column AS column`, for a join that reads this table's rows.
    pub fn columns_of(&self, alias: &str) -> String {
        self.columns
            .iter()
            .map(|c| format!("{alias}.{c} AS {c}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Inserts one row. Every column of the table that `values` holds is written; a column it
    /// does not hold (`last_opened_at`) takes its schema default.
    pub fn insert(&self, conn: &Connection, values: &Values) -> Result<()> {
        let columns: Vec<&str> = self
            .columns
            .iter()
            .copied()
            .filter(|c| values.0.iter().any(|(v, _)| v == c))
            .collect();
        debug_assert_eq!(
            columns.len(),
            values.0.len(),
            "a value for a column {} does not have",
            self.name
        );
        let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {} ({}) VALUES ({})",
            self.name,
            columns.join(", "),
            placeholders.join(", ")
        );
        let bound = columns
            .iter()
            .map(|c| values.get(c))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        conn.prepare_cached(&sql)?.execute(bound.as_slice())?;
        Ok(())
    }

    /// Sets the `set` columns of the rows whose `key` columns equal those of `values`; returns
    /// how many rows matched.
    pub fn update(
        &self,
        conn: &Connection,
        set: &[&'static str],
        key: &[&'static str],
        values: &Values,
    ) -> Result<usize> {
        debug_assert!(
            set.iter().chain(key).all(|c| self.columns.contains(c)),
            "a column {} does not have",
            self.name
        );
        let assign = |cols: &[&str], offset: usize, sep: &str| {
            cols.iter()
                .enumerate()
                .map(|(i, c)| format!("{c} = ?{}", offset + i + 1))
                .collect::<Vec<_>>()
                .join(sep)
        };
        let sql = format!(
            "UPDATE {} SET {} WHERE {}",
            self.name,
            assign(set, 0, ", "),
            assign(key, set.len(), " AND ")
        );
        let bound = set
            .iter()
            .chain(key)
            .map(|c| values.get(c))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(conn.prepare_cached(&sql)?.execute(bound.as_slice())?)
    }

    /// Deletes the row `id` of `account`; returns how many rows went (0 or 1).
    pub fn delete(&self, conn: &Connection, account: &AccountId, id: &str) -> Result<usize> {
        let sql = format!(
            "DELETE FROM {} WHERE id = ?1 AND account_id = ?2",
            self.name
        );
        Ok(conn.prepare_cached(&sql)?.execute([id, account.as_str()])?)
    }
}

/// Every table of the workspace file except the history's: checked against the live schema by
/// the tests, and by the identity check when a file is opened.
pub(crate) const ALL: [&Table; 24] = [
    &accounts::TABLE,
    &account_nps::TABLE,
    &stakeholders::TABLE,
    &stakeholders::ROLES.table,
    &team::TABLE,
    &team::ON_ACCOUNT,
    &reports_to::TABLE,
    &coverage::TABLE,
    &relations::TABLE,
    &goals::TABLE,
    &initiatives::TABLE,
    &initiatives::GOALS.table,
    &interactions::TABLE,
    &interactions::STAKEHOLDERS.table,
    &interactions::TEAM.table,
    &notes::TABLE,
    &notes::STAKEHOLDERS.table,
    &reviews::TABLE,
    &whitespace::OFFERINGS,
    &whitespace::NEEDS,
    &whitespace::TABLE,
    &personal::DATES,
    &personal::THANK_YOUS,
    &reference_requests::TABLE,
];

/// A card's place, from the `pos_x`, `pos_y` and `pinned` columns (no place while either
/// coordinate is empty).
pub(crate) fn placement_from(row: &Row<'_>) -> rusqlite::Result<Option<Placement>> {
    let x: Option<f64> = row.get("pos_x")?;
    let y: Option<f64> = row.get("pos_y")?;
    Ok(match (x, y) {
        (Some(x), Some(y)) => Some(Placement {
            position: Position { x, y },
            pinned: row.get("pinned")?,
        }),
        _ => None,
    })
}

/// The `pos_x`, `pos_y` and `pinned` values of a card's place.
pub(crate) fn with_placement(values: Values, placement: Option<Placement>) -> Values {
    let (x, y, pinned) = match placement {
        Some(p) => (Some(p.position.x), Some(p.position.y), p.pinned),
        None => (None, None, false),
    };
    values
        .with("pos_x", x)
        .with("pos_y", y)
        .with("pinned", pinned)
}
