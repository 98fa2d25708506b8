// Branches of the reporting structure: what collapsing a manager hides, what a collapsed card
// sums up, and what focusing one branch keeps. Pure, so it is tested without a DOM.
//
// A branch follows solid reporting lines only: a dotted line is a second, informal manager, and
// hiding someone because a dotted-line manager was collapsed would hide them from their real one.
import type { AccountSnapshot, Finding, Severity } from "../../bindings";

/** What a manager's card shows about the people under them. */
export type BranchSummary = {
  /** Everyone under them, at any depth. */
  below: number;
  collapsed: boolean;
  /** The worst finding among the people hidden under a collapsed card. */
  worst: Severity | null;
  /** How many findings there are among them. */
  findings: number;
};

const SEVERITY_ORDER: Severity[] = ["high", "medium", "low"];

/** Each manager's direct reports, by solid lines. */
export function directReports(snapshot: AccountSnapshot): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  for (const line of snapshot.reportsTo) {
    if (line.dotted) continue;
    const list = reports.get(line.manager) ?? [];
    list.push(line.stakeholder);
    reports.set(line.manager, list);
  }
  return reports;
}

/** Everyone under `manager`, at any depth (a cycle, which the store refuses, cannot loop). */
export function peopleUnder(reports: Map<string, string[]>, manager: string): Set<string> {
  const found = new Set<string>();
  const todo = [...(reports.get(manager) ?? [])];
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (found.has(id) || id === manager) continue;
    found.add(id);
    todo.push(...(reports.get(id) ?? []));
  }
  return found;
}

/** The people hidden because a manager above them is collapsed. */
export function hiddenByCollapse(reports: Map<string, string[]>, collapsed: ReadonlySet<string>): Set<string> {
  const hidden = new Set<string>();
  for (const manager of collapsed) {
    if (hidden.has(manager)) continue;
    for (const id of peopleUnder(reports, manager)) hidden.add(id);
  }
  return hidden;
}

/**
 * The summary every manager's card shows: how many people are under them and, when collapsed,
 * the worst finding among those hidden.
 */
export function branchSummaries(
  reports: Map<string, string[]>,
  collapsed: ReadonlySet<string>,
  findings: Map<string, Finding[]>,
): Map<string, BranchSummary> {
  const summaries = new Map<string, BranchSummary>();
  for (const manager of reports.keys()) {
    const under = peopleUnder(reports, manager);
    const isCollapsed = collapsed.has(manager);
    let worst: Severity | null = null;
    let count = 0;
    if (isCollapsed) {
      for (const id of under) {
        for (const f of findings.get(id) ?? []) {
          count += 1;
          if (worst === null || SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(worst)) worst = f.severity;
        }
      }
    }
    summaries.set(manager, { below: under.size, collapsed: isCollapsed, worst, findings: count });
  }
  return summaries;
}

/**
 * What focusing on one manager's branch keeps on the map: them, everyone under them, and those of
 * ours who cover any of these people (their coverage is what the branch discussion is about).
 */
export function branchMembers(snapshot: AccountSnapshot, reports: Map<string, string[]>, manager: string): Set<string> {
  const kept = peopleUnder(reports, manager);
  kept.add(manager);
  for (const c of snapshot.coverage) if (kept.has(c.stakeholder)) kept.add(c.teamMember);
  return kept;
}

/**
 * The solid managers above a person, nearest first: the path a search hit shows, and the
 * collapsed cards to open so the hit can be seen. A cycle in bad data ends where it would repeat.
 */
export function managersAbove(snapshot: AccountSnapshot, person: string): string[] {
  const managerOf = new Map<string, string>();
  for (const line of snapshot.reportsTo) if (!line.dotted) managerOf.set(line.stakeholder, line.manager);
  const chain: string[] = [];
  const seen = new Set([person]);
  for (let at = managerOf.get(person); at !== undefined && !seen.has(at); at = managerOf.get(at)) {
    seen.add(at);
    chain.push(at);
  }
  return chain;
}
