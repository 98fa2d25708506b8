import { describe, expect, it } from "vitest";
import type { ReviewDiff } from "../../bindings";
import { groupBySeverity } from "./AnalyseStep";
import { highlightRule } from "./MapHighlight";
import { peopleInDiff } from "./ReviewStep";

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
