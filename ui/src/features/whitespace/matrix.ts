// The whitespace grid's arithmetic, kept pure so it is tested without a DOM: offerings grouped by
// family, the cell at an offering × need, a budget holder's initials, and the value as typed.
import type { Offering, WhitespaceCell, WhitespaceState } from "../../bindings";
import { parseAmount } from "../../lib/amounts";

/** Offerings of one family, in the grid's order. */
export type FamilyGroup = { family: string; offerings: Offering[] };

/** What a family without a name is shown as. */
export const NO_FAMILY = "Other offerings";

/** Families by name (the unnamed family last), offerings by name inside each. */
export function groupByFamily(offerings: readonly Offering[]): FamilyGroup[] {
  const groups = new Map<string, Offering[]>();
  for (const o of offerings) {
    const key = (o.family ?? "").trim();
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "base" });
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : byName(a, b)))
    .map(([family, list]) => ({ family: family || NO_FAMILY, offerings: [...list].sort((x, y) => byName(x.name, y.name)) }));
}

/** The cell at an offering × need; a cell never set is "not relevant" with nothing else. */
export function cellAt(cells: readonly WhitespaceCell[], offering: string, need: string): WhitespaceCell {
  return (
    cells.find((c) => c.offering === offering && c.need === need) ?? {
      offering,
      need,
      state: "notRelevant",
      budgetHolder: null,
      estimatedValue: null,
      note: "",
    }
  );
}

/** "Dana Whitfield" → "DW"; one name → its first two letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "";
  if (words.length === 1) return (words[0] ?? "").slice(0, 2).toUpperCase();
  return `${words[0]?.[0] ?? ""}${words[words.length - 1]?.[0] ?? ""}`.toUpperCase();
}

/** The estimated value as typed: null when empty, or a message naming the field when it is not 0 or more. */
export function parseEstimatedValue(text: string): { value: number | null } | { error: string } {
  if (text.trim() === "") return { value: null };
  const n = parseAmount(text);
  if (n === null) return { error: "The estimated value must be a number, e.g. 120,000." };
  if (n < 0) return { error: "The estimated value must be 0 or more." };
  return { value: n };
}

/** The typical deal size as typed (same rule as the estimated value). */
export function parseDealSize(text: string): { value: number | null } | { error: string } {
  const parsed = parseEstimatedValue(text);
  return "error" in parsed ? { error: parsed.error.replace("The estimated value", "The typical deal size") } : parsed;
}

/** The CSS class of a state's colour (light and dark themes define them). */
export function stateClass(state: WhitespaceState): string {
  return `ws-state-${state}`;
}
