import { describe, expect, it } from "vitest";
import type { Finding, Goal, Initiative, WhatIf } from "../../bindings";
import { smallSnapshot } from "../../test/fixtures";
import { cardMarks, consequences, question, removalOf, toggled } from "./whatIfModel";

const finding = (key: string): Finding => ({
  key,
  kind: "budgetHolderUncovered",
  severity: "high",
  people: [],
  title: key,
  explanation: "",
  suggestedGoal: { stakeholder: null, title: "", priority: "high", target: { kind: "free", text: "" } },
});

const nothing: WhatIf = {
  appeared: [],
  worsened: [],
  vanished: [],
  coverageLost: [],
  orphanedBudgetHolders: [],
  goalsAtRisk: [],
  initiativesAtRisk: [],
};

describe("what-if", () => {
  it("takes one of ours or one of theirs, and nobody who is not on the map", () => {
    const snapshot = smallSnapshot();
    expect(removalOf(snapshot, "ana")).toEqual({ kind: "stakeholder", id: "ana" });
    expect(removalOf(snapshot, "us")).toEqual({ kind: "teamMember", id: "us" });
    expect(removalOf(snapshot, "ghost")).toBeNull();
  });

  it("adds a person to the set and takes them out again", () => {
    const one = toggled([], { kind: "teamMember", id: "us" });
    const two = toggled(one, { kind: "stakeholder", id: "tom" });
    expect(two.map((r) => r.id)).toEqual(["us", "tom"]);
    expect(toggled(two, { kind: "teamMember", id: "us" }).map((r) => r.id)).toEqual(["tom"]);
  });

  it("marks who leaves and who loses their only way in", () => {
    const marks = cardMarks([{ kind: "teamMember", id: "us" }], { ...nothing, coverageLost: ["ana"] });
    expect([...marks]).toEqual([
      ["ana", "stranded"],
      ["us", "leaves"],
    ]);
    expect(cardMarks([], null).size).toBe(0);
  });

  it("names the consequences: people, findings new or worse, goals and initiatives at risk", () => {
    const snapshot = smallSnapshot();
    snapshot.goals = [{ ...goalFixture, id: "g1", title: "Reach trusted with Tom" }];
    snapshot.initiatives = [{ ...initiativeFixture, id: "i1", title: "Quarterly review with Ana" }];
    const result: WhatIf = {
      ...nothing,
      appeared: [finding("new")],
      worsened: [finding("worse")],
      coverageLost: ["tom", "ana"],
      orphanedBudgetHolders: ["ana"],
      goalsAtRisk: ["g1"],
      initiativesAtRisk: ["i1"],
    };
    const c = consequences(snapshot, [{ kind: "teamMember", id: "us" }], result);
    expect(c.leaving.map((p) => p.name)).toEqual(["Sam Lee"]);
    expect(c.stranded.map((p) => p.name)).toEqual(["Ana Ruiz", "Tom Ng"]);
    expect(c.budgetHolders.map((p) => p.name)).toEqual(["Ana Ruiz"]);
    expect(c.findings.map((f) => [f.finding.key, f.change])).toEqual([
      ["new", "new"],
      ["worse", "worse"],
    ]);
    expect(c.goals).toEqual([{ id: "g1", title: "Reach trusted with Tom" }]);
    expect(c.initiatives).toEqual([{ id: "i1", title: "Quarterly review with Ana" }]);
  });

  it("asks the room's question in words", () => {
    expect(question([])).toBe("What if… who leaves?");
    expect(question([{ id: "a", name: "Sarah Collins", title: "" }])).toBe("What if Sarah Collins leaves?");
    expect(
      question([
        { id: "a", name: "Sarah Collins", title: "" },
        { id: "b", name: "Tom Baker", title: "" },
        { id: "c", name: "Ana Ruiz", title: "" },
      ]),
    ).toBe("What if Sarah Collins, Tom Baker and Ana Ruiz leave?");
  });
});

const goalFixture: Goal = {
  id: "",
  stakeholder: "tom",
  title: "",
  priority: "high",
  target: { kind: "free", text: "" },
  createdOn: "2026-01-01",
  due: null,
  status: "open",
};

const initiativeFixture: Initiative = {
  id: "",
  title: "",
  goals: [],
  owner: "us",
  due: null,
  status: "planned",
  notes: "",
};
