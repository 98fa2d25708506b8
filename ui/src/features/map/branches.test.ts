import { describe, expect, it } from "vitest";
import type { AccountSnapshot, Finding } from "../../bindings";
import { branchMembers, branchSummaries, directReports, hiddenByCollapse, managersAbove, peopleUnder } from "./branches";

const line = (stakeholder: string, manager: string, dotted = false) => ({ id: `${stakeholder}-${manager}`, stakeholder, manager, dotted });
const cover = (teamMember: string, stakeholder: string) => ({ id: `${teamMember}-${stakeholder}`, teamMember, stakeholder });

// ceo ─ vp ─ dir ─ ana, bob;  ceo ─ cfo;  x has a dotted line to dir.
const snapshot = {
  stakeholders: ["ceo", "vp", "dir", "ana", "bob", "cfo", "x"].map((id) => ({ id, name: id })),
  reportsTo: [line("vp", "ceo"), line("dir", "vp"), line("ana", "dir"), line("bob", "dir"), line("cfo", "ceo"), line("x", "dir", true)],
  coverage: [cover("us1", "ana"), cover("us2", "cfo")],
} as unknown as AccountSnapshot;
const reports = directReports(snapshot);
const finding = (severity: Finding["severity"]) => ({ severity }) as Finding;

describe("branches of the reporting structure", () => {
  it("finds everyone under a manager over solid lines, not dotted ones", () => {
    expect([...peopleUnder(reports, "vp")].sort()).toEqual(["ana", "bob", "dir"]);
    expect(peopleUnder(reports, "dir").has("x")).toBe(false);
    expect(peopleUnder(reports, "ana").size).toBe(0);
  });

  it("hides the people under collapsed managers only", () => {
    expect([...hiddenByCollapse(reports, new Set(["dir"]))].sort()).toEqual(["ana", "bob"]);
    expect([...hiddenByCollapse(reports, new Set(["vp", "dir"]))].sort()).toEqual(["ana", "bob", "dir"]);
    expect(hiddenByCollapse(reports, new Set()).size).toBe(0);
  });

  it("sums up a collapsed branch: how many below and the worst finding among them", () => {
    const findings = new Map([
      ["ana", [finding("low")]],
      ["bob", [finding("high"), finding("medium")]],
      ["cfo", [finding("medium")]],
    ]);
    const summaries = branchSummaries(reports, new Set(["vp"]), findings);
    expect(summaries.get("vp")).toEqual({ below: 3, collapsed: true, worst: "high", findings: 3 });
    // Open branches show their size but no findings summary (the cards themselves show them).
    expect(summaries.get("ceo")).toEqual({ below: 5, collapsed: false, worst: null, findings: 0 });
    expect(summaries.has("ana")).toBe(false);
  });

  it("focuses a branch with the team members covering it", () => {
    expect([...branchMembers(snapshot, reports, "vp")].sort()).toEqual(["ana", "bob", "dir", "us1", "vp"]);
  });

  it("names the managers above a person, nearest first, and stops where bad data loops", () => {
    expect(managersAbove(snapshot, "ana")).toEqual(["dir", "vp", "ceo"]);
    expect(managersAbove(snapshot, "ceo")).toEqual([]);
    const looping = { reportsTo: [line("a", "b"), line("b", "a")] } as unknown as AccountSnapshot;
    expect(managersAbove(looping, "a")).toEqual(["b"]);
  });
});
