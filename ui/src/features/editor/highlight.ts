// What the map's filters, search and findings markers pick out. Pure, so it is tested without a DOM.
import type { AccountSnapshot, Attitude, Finding, Role, Severity } from "../../bindings";

/** The map's filters. Within one kind any value matches; across kinds all must match. */
export type MapFilter = {
  roles: Role[];
  attitudes: Attitude[];
  departments: string[];
  /** One of ours: highlight who they cover. */
  coveredBy: string | null;
};

export const NO_FILTER: MapFilter = { roles: [], attitudes: [], departments: [], coveredBy: null };

export function isFiltering(filter: MapFilter): boolean {
  return (
    filter.roles.length > 0 || filter.attitudes.length > 0 || filter.departments.length > 0 || filter.coveredBy !== null
  );
}

/** The people the filter keeps bright, or `null` when no filter is on (everyone is). */
export function highlightedPeople(snapshot: AccountSnapshot, filter: MapFilter): Set<string> | null {
  if (!isFiltering(filter)) return null;
  const covered = filter.coveredBy
    ? new Set(snapshot.coverage.filter((c) => c.teamMember === filter.coveredBy).map((c) => c.stakeholder))
    : null;
  const kept = new Set<string>();
  for (const s of snapshot.stakeholders) {
    if (filter.roles.length > 0 && !filter.roles.some((r) => s.roles.includes(r))) continue;
    if (filter.attitudes.length > 0 && !filter.attitudes.includes(s.attitude)) continue;
    if (filter.departments.length > 0 && !filter.departments.includes(s.department)) continue;
    if (covered && !covered.has(s.id)) continue;
    kept.add(s.id);
  }
  if (filter.coveredBy) kept.add(filter.coveredBy);
  return kept;
}

/** The departments on the map, for the filter's choices. */
export function departments(snapshot: AccountSnapshot): string[] {
  return [...new Set(snapshot.stakeholders.map((s) => s.department).filter((d) => d.trim() !== ""))].sort((a, b) =>
    a.localeCompare(b),
  );
}

export type SearchHit = { id: string; name: string; detail: string; ours: boolean };

/**
 * People whose name, title or department contains every typed word; names that start with the
 * query come first, so "ra" finds Raj before Sarah.
 */
export function searchPeople(snapshot: AccountSnapshot, query: string, limit = 8): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const everyone: SearchHit[] = [
    ...snapshot.stakeholders.map((s) => ({
      id: s.id,
      name: s.name,
      detail: [s.title, s.department].filter(Boolean).join(" · "),
      ours: false,
    })),
    ...snapshot.team.map((t) => ({ id: t.id, name: t.name, detail: t.title || "Our team", ours: true })),
  ];
  const lowerQuery = query.trim().toLowerCase();
  return everyone
    .filter((p) => {
      const text = `${p.name} ${p.detail}`.toLowerCase();
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => {
      const rank = (p: SearchHit) => (p.name.toLowerCase().startsWith(lowerQuery) ? 0 : 1);
      return rank(a) - rank(b) || a.name.localeCompare(b.name);
    })
    .slice(0, limit);
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** For each person, the findings about them, most severe first. */
export function findingsByPerson(findings: Finding[]): Map<string, Finding[]> {
  const byPerson = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const p of f.people) {
      const list = byPerson.get(p.id) ?? [];
      list.push(f);
      byPerson.set(p.id, list);
    }
  }
  for (const list of byPerson.values()) list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return byPerson;
}
