//! Link tables: the many-to-many lists that hang off one row (a person's roles, an initiative's
//! goals, who took part in an interaction, whom a note is about). Each has two columns, the
//! parent's id first; the parent's table says which account a link belongs to.

use super::Table;
use crate::error::Result;
use rapport_core::AccountId;
use rusqlite::{Connection, params};
use std::collections::HashMap;

pub(crate) struct LinkTable {
    /// Columns: the parent's id, then the child.
    pub table: Table,
    /// The parent's table (it has `id` and `account_id`).
    pub parent_table: &'static str,
}

impl LinkTable {
    fn parent(&self) -> &'static str {
        self.table.columns[0]
    }

    fn child(&self) -> &'static str {
        self.table.columns[1]
    }

    /// Adds `children` under a new parent.
    pub fn insert<'a>(
        &self,
        conn: &Connection,
        parent: &str,
        children: impl IntoIterator<Item = &'a str>,
    ) -> Result<()> {
        let sql = format!(
            "INSERT INTO {} ({}, {}) VALUES (?1, ?2)",
            self.table.name,
            self.parent(),
            self.child()
        );
        let mut insert = conn.prepare_cached(&sql)?;
        for child in children {
            insert.execute(params![parent, child])?;
        }
        Ok(())
    }

    /// Replaces the children of `parent` with `children`.
    pub fn replace<'a>(
        &self,
        conn: &Connection,
        parent: &str,
        children: impl IntoIterator<Item = &'a str>,
    ) -> Result<()> {
        let sql = format!(
            "DELETE FROM {} WHERE {} = ?1",
            self.table.name,
            self.parent()
        );
        conn.prepare_cached(&sql)?.execute([parent])?;
        self.insert(conn, parent, children)
    }

    /// Removes `child` from every parent of `account`.
    pub fn remove_child(&self, conn: &Connection, account: &AccountId, child: &str) -> Result<()> {
        let sql = format!(
            "DELETE FROM {table} WHERE {child} = ?1 AND {parent} IN
                (SELECT id FROM {owner} WHERE account_id = ?2)",
            table = self.table.name,
            child = self.child(),
            parent = self.parent(),
            owner = self.parent_table,
        );
        conn.prepare_cached(&sql)?
            .execute([child, account.as_str()])?;
        Ok(())
    }

    /// The account's links, children grouped by parent id, each group in the children's order.
    pub fn grouped<K: From<String>>(
        &self,
        conn: &Connection,
        account: &AccountId,
    ) -> Result<HashMap<String, Vec<K>>> {
        let sql = format!(
            "SELECT x.{parent}, x.{child} FROM {table} x
             JOIN {owner} p ON p.id = x.{parent} WHERE p.account_id = ?1
             ORDER BY x.{child}",
            table = self.table.name,
            child = self.child(),
            parent = self.parent(),
            owner = self.parent_table,
        );
        let mut stmt = conn.prepare_cached(&sql)?;
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
}
