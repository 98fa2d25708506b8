// What the what-if view shows: who leaves, what the map marks, and the consequences in names.
// Pure, so it is tested without a DOM; the consequences themselves are core's (`what_if`).
import type { AccountSnapshot, Finding, Removal, WhatIf } from "../../bindings";

/** A person as the panel names them. */
export type NamedPerson = { id: string; name: string; title: string };

/** How a card looks during what-if: leaving (dimmed) or losing their only way in (marked). */
export type WhatIfMark = "leaves" | "stranded";

/** A finding the removal causes (`new`) or makes read worse (`worse`). */
export type WhatIfFinding = { finding: Finding; change: "new" | "worse" };

export type Consequences = {
  leaving: NamedPerson[];
  /** People someone of ours knows today and nobody would. */
  stranded: NamedPerson[];
  /** Budget holders who would have nobody of ours they trust. */
  budgetHolders: NamedPerson[];
  findings: WhatIfFinding[];
  goals: { id: string; title: string }[];
  initiatives: { id: string; title: string }[];
};

/** The removal that takes this person (one of theirs or one of ours) off the map, if they are on it. */
export function removalOf(snapshot: AccountSnapshot, id: string): Removal | null {
  if (snapshot.stakeholders.some((s) => s.id === id)) return { kind: "stakeholder", id };
  if (snapshot.team.some((t) => t.id === id)) return { kind: "teamMember", id };
  return null;
}

/** The set with this person added, or taken out if they were in it. */
export function toggled(removals: Removal[], removal: Removal): Removal[] {
  return removals.some((r) => r.id === removal.id) ? removals.filter((r) => r.id !== removal.id) : [...removals, removal];
}

/** The map's marks: who leaves, and who loses their only way in. */
export function cardMarks(removals: Removal[], result: WhatIf | null): Map<string, WhatIfMark> {
  const marks = new Map<string, WhatIfMark>();
  for (const id of result?.coverageLost ?? []) marks.set(id, "stranded");
  for (const r of removals) marks.set(r.id, "leaves");
  return marks;
}

function named(snapshot: AccountSnapshot, id: string): NamedPerson {
  const person = snapshot.stakeholders.find((s) => s.id === id) ?? snapshot.team.find((t) => t.id === id);
  return { id, name: person?.name ?? "Someone no longer on the map", title: person?.title ?? "" };
}

/** Core's answer in the account's names, in the order the panel lists them. */
export function consequences(snapshot: AccountSnapshot, removals: Removal[], result: WhatIf): Consequences {
  const byName = (a: NamedPerson, b: NamedPerson) => a.name.localeCompare(b.name);
  const goalTitle = new Map(snapshot.goals.map((g) => [g.id, g.title]));
  const initiativeTitle = new Map(snapshot.initiatives.map((i) => [i.id, i.title]));
  return {
    leaving: removals.map((r) => named(snapshot, r.id)),
    stranded: result.coverageLost.map((id) => named(snapshot, id)).sort(byName),
    budgetHolders: result.orphanedBudgetHolders.map((id) => named(snapshot, id)).sort(byName),
    findings: [
      ...result.appeared.map((finding): WhatIfFinding => ({ finding, change: "new" })),
      ...result.worsened.map((finding): WhatIfFinding => ({ finding, change: "worse" })),
    ],
    goals: result.goalsAtRisk.map((id) => ({ id, title: goalTitle.get(id) ?? "A goal" })),
    initiatives: result.initiativesAtRisk.map((id) => ({ id, title: initiativeTitle.get(id) ?? "An initiative" })),
  };
}

/** The panel's heading: "What if Sarah Collins leaves?", "What if Sarah Collins and Tom Baker leave?". */
export function question(leaving: NamedPerson[]): string {
  if (leaving.length === 0) return "What if… who leaves?";
  const names = leaving.map((p) => p.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return `What if ${list} ${names.length === 1 ? "leaves" : "leave"}?`;
}
