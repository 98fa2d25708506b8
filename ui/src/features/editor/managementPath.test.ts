import { describe, expect, it } from "vitest";
import type { AccountSnapshot } from "../../bindings";
import { managementPath } from "./managementPath";

const person = (id: string) => ({ id, name: id.toUpperCase() });
const line = (stakeholder: string, manager: string, dotted = false) => ({ id: `${stakeholder}-${manager}`, stakeholder, manager, dotted });

function snapshot(lines: ReturnType<typeof line>[]): AccountSnapshot {
  return { stakeholders: ["ceo", "vp", "dir", "ana", "x", "y"].map(person), reportsTo: lines } as unknown as AccountSnapshot;
}

describe("the path to the top", () => {
  it("runs from the top down to the person's manager over solid lines only", () => {
    const s = snapshot([line("vp", "ceo"), line("dir", "vp"), line("ana", "dir"), line("ana", "x", true)]);
    expect(managementPath(s, "ana")).toEqual(["CEO", "VP", "DIR"]);
    expect(managementPath(s, "ceo")).toEqual([]);
  });

  it("stops where bad data would loop", () => {
    const s = snapshot([line("x", "y"), line("y", "x")]);
    expect(managementPath(s, "x")).toEqual(["Y"]);
  });
});
