// Where a person sits in their company: the chain of solid managers from the top down to them,
// shown under a search hit so a name in a 300-person account comes with its branch.
import type { AccountSnapshot } from "../../bindings";
import { managersAbove } from "../map";

/** Names from the top of the person's solid reporting chain down to their manager ([] at the top). */
export function managementPath(snapshot: AccountSnapshot, personId: string): string[] {
  const name = new Map(snapshot.stakeholders.map((s) => [s.id, s.name]));
  return managersAbove(snapshot, personId)
    .map((id) => name.get(id) ?? "?")
    .reverse();
}
