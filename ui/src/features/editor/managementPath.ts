// Where a person sits in their company: the chain of solid managers from the top down to them,
// shown under a search hit so a name in a 300-person account comes with its branch.
import type { AccountSnapshot } from "../../bindings";

/** Names from the top of the person's solid reporting chain down to their manager ([] at the top). */
export function managementPath(snapshot: AccountSnapshot, personId: string): string[] {
  const manager = new Map<string, string>();
  for (const r of snapshot.reportsTo) if (!r.dotted) manager.set(r.stakeholder, r.manager);
  const name = new Map(snapshot.stakeholders.map((s) => [s.id, s.name]));
  const chain: string[] = [];
  const seen = new Set([personId]);
  for (let at = manager.get(personId); at !== undefined && !seen.has(at); at = manager.get(at)) {
    // A cycle in bad data ends the chain where it would repeat.
    seen.add(at);
    chain.push(name.get(at) ?? "?");
  }
  return chain.reverse();
}
