import { describe, expect, it } from "vitest";
import type { CrosswalkEntry, ReviewDiff } from "../../bindings";
import { smallSnapshot } from "../../test/fixtures";
import { groupBySeverity } from "./AnalyseStep";
import { highlightRule } from "./MapHighlight";
import { peopleInDiff } from "./ReviewStep";
import { crosswalkFor, daysBetween, describeTarget, dueWords, withCrosswalkRoles } from "./words";

const crosswalk: CrosswalkEntry[] = [
  { term: "economic buyer", roles: ["budget"], note: "Signs off the money." },
  { term: "technical buyer", roles: ["gatekeeper"], note: "" },
  { term: "champion", roles: [], note: "Champion is an attitude in Rapport, not a buying role: set the attitude." },
];

describe("the crosswalk in the Identify table", () => {
  it("finds another method's word however it is typed", () => {
    expect(crosswalkFor("Economic-Buyer", crosswalk)?.roles).toEqual(["budget"]);
    expect(crosswalkFor("  technical   buyer ", crosswalk)?.roles).toEqual(["gatekeeper"]);
    expect(crosswalkFor("astrologer", crosswalk)).toBeNull();
    expect(crosswalkFor("   ", crosswalk)).toBeNull();
  });

  it("adds the word's roles and never takes one away", () => {
    expect(withCrosswalkRoles(["user"], "economic buyer", crosswalk)).toEqual(["budget", "user"]);
    expect(withCrosswalkRoles(["budget"], "economic buyer", crosswalk)).toEqual(["budget"]);
    expect(withCrosswalkRoles(["gatekeeper"], "champion", crosswalk)).toEqual(["gatekeeper"]);
    expect(withCrosswalkRoles(["user"], "coach of the year", crosswalk)).toEqual(["user"]);
  });
});

describe("goal targets and due dates in words", () => {
  it("reads a target as the room says it", () => {
    const snap = smallSnapshot();
    expect(describeTarget({ kind: "attitude", from: "neutral", to: "supporter" }, snap)).toBe("attitude neutral → supporter");
    expect(describeTarget({ kind: "coverage", teamMember: "us", from: "acquainted", to: "trusted" }, snap)).toBe(
      "coverage acquainted → trusted (Sam Lee)",
    );
    expect(describeTarget({ kind: "coverage", teamMember: null, from: "none", to: "aware" }, snap)).toBe("coverage none → aware");
    expect(describeTarget({ kind: "free", text: "Pilot signed" }, snap)).toBe("Pilot signed");
  });

  it("counts days across month ends without time-zone shifts", () => {
    expect(daysBetween("2026-11-23", "2026-12-01")).toBe(8);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(dueWords("2026-11-18", "2026-11-23")).toBe("overdue by 5 days");
    expect(dueWords("2026-11-22", "2026-11-23")).toBe("overdue by 1 day");
    expect(dueWords("2026-11-23", "2026-11-23")).toBe("due today");
    expect(dueWords("2026-11-24", "2026-11-23")).toBe("due in 1 day");
  });
});

describe("what the plan shows on the map", () => {
  it("a review diff points at the stakeholders it is about, once each, never at our team", () => {
    const diff: ReviewDiff = {
      added: [
        { person: { kind: "stakeholder", id: "ana" }, name: "Ana Ruiz" },
        { person: { kind: "teamMember", id: "us" }, name: "Sam Lee" },
      ],
      gone: [{ person: { kind: "stakeholder", id: "ben" }, name: "Ben Ode" }],
      changes: [{ stakeholder: "tom", name: "Tom Ng", field: "attitude", before: "neutral", after: "supporter" }],
      coverageChanges: [
        { teamMember: "us", teamMemberName: "Sam Lee", stakeholder: "tom", stakeholderName: "Tom Ng", before: null, after: "aware" },
      ],
      goalChanges: [],
    };
    expect(peopleInDiff(diff)).toEqual(["ana", "tom"]);
  });

  it("rings the chosen cards and fades the others", () => {
    const rule = highlightRule(["a1", "b2"]);
    expect(rule).toContain('.react-flow__node[data-id="a1"] .card, .react-flow__node[data-id="b2"] .card {');
    expect(rule).toContain('.react-flow__node:not([data-id="a1"]):not([data-id="b2"]) { opacity: 0.3; }');
    expect(highlightRule([])).toBe("");
  });

  it("groups findings by severity, most severe first, leaving out empty groups", () => {
    const finding = (key: string, severity: "high" | "medium" | "low") => ({
      key,
      kind: "staleContact" as const,
      severity,
      people: [],
      title: key,
      explanation: "",
      suggestedGoal: { stakeholder: null, title: key, priority: severity, target: { kind: "free" as const, text: "x" } },
    });
    const groups = groupBySeverity([finding("a", "low"), finding("b", "high"), finding("c", "low")]);
    expect(groups.map((g) => [g.severity, g.findings.map((f) => f.key)])).toEqual([
      ["high", ["b"]],
      ["low", ["a", "c"]],
    ]);
  });
});
