import { describe, expect, it, vi } from "vitest";
import { CLIENT_SAFE, type Finding, type Goal, type ReviewDiff } from "../../bindings";
import {
  goalShown,
  internalNotesShown,
  isClientInRoom,
  personFieldShown,
  setClientInRoom,
  shareableDiff,
  shareableFindings,
  targetKindShown,
  subscribeClientInRoom,
} from "./clientInRoom";

const finding = (kind: Finding["kind"], key: string): Finding => ({
  key,
  kind,
  severity: "high",
  people: [],
  title: key,
  explanation: "",
  suggestedGoal: { stakeholder: null, title: "", priority: "high", target: { kind: "free", text: "" } },
});

describe("client in the room", () => {
  it("hides core's person fields and nothing while the client is out", () => {
    expect(CLIENT_SAFE.hiddenPersonFields).toEqual(
      expect.arrayContaining(["attitude", "personalNotes", "interests", "birthday", "roleTag"]),
    );
    for (const field of CLIENT_SAFE.hiddenPersonFields) {
      expect(personFieldShown(true, field)).toBe(false);
      expect(personFieldShown(false, field)).toBe(true);
    }
    expect(internalNotesShown(true)).toBe(false);
    expect(internalNotesShown(false)).toBe(true);
  });

  it("keeps only findings core lets the client see", () => {
    const all = [finding("hostileInfluencer", "h"), finding("budgetHolderUncovered", "b"), finding("championUnderCovered", "c")];
    expect(shareableFindings(all, false)).toEqual(all);
    expect(shareableFindings(all, true).map((f) => f.key)).toEqual(["b"]);
  });

  it("is view state that tells its listeners when it is switched", () => {
    const heard = vi.fn();
    const stop = subscribeClientInRoom(heard);
    setClientInRoom(true);
    setClientInRoom(true);
    expect(isClientInRoom()).toBe(true);
    setClientInRoom(false);
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    setClientInRoom(true);
    expect(heard).toHaveBeenCalledTimes(2);
    setClientInRoom(false);
  });
});

describe("goals with the client in the room", () => {
  it("leaves out goals that move an attitude and keeps the rest", () => {
    const goal = (target: Goal["target"]): Goal => ({
      id: "g",
      stakeholder: null,
      title: "",
      priority: "high",
      target,
      createdOn: "2026-01-01",
      due: null,
      status: "open",
    });
    const attitude = goal({ kind: "attitude", from: "blocker", to: "neutral" });
    const coverage = goal({ kind: "coverage", teamMember: null, from: "aware", to: "trusted" });
    expect(goalShown(true, attitude)).toBe(false);
    expect(goalShown(false, attitude)).toBe(true);
    expect(goalShown(true, coverage)).toBe(true);
  });
});

describe("a review's diff with the client in the room", () => {
  const diff: ReviewDiff = {
    added: [],
    gone: [],
    changes: [
      { stakeholder: "s1", name: "Raj Patel", field: "attitude", before: "skeptic", after: "neutral" },
      { stakeholder: "s1", name: "Raj Patel", field: "influence", before: "3", after: "4" },
    ],
    coverageChanges: [],
    goalChanges: [
      { goal: "g1", title: "Win Raj over", target: { kind: "attitude", from: "skeptic", to: "supporter" }, before: null, after: "open" },
      { goal: "g2", title: "Know the CFO", target: { kind: "coverage", teamMember: null, from: "aware", to: "trusted" }, before: null, after: "open" },
    ],
  };

  it("leaves out what core's client-safe PDF leaves out: attitude changes and goals that move an attitude", () => {
    const shared = shareableDiff(diff, true);
    expect(CLIENT_SAFE.hiddenChanges).toEqual(["attitude"]);
    expect(shared.changes.map((c) => c.field)).toEqual(["influence"]);
    expect(shared.goalChanges.map((g) => g.goal)).toEqual(["g2"]);
    expect(JSON.stringify(shared)).not.toMatch(/skeptic|supporter/);
  });

  it("keeps the whole diff while the client is out", () => {
    expect(shareableDiff(diff, false)).toEqual(diff);
  });

  it("offers no attitude target while the client is in", () => {
    expect(targetKindShown(true, "attitude")).toBe(false);
    expect(targetKindShown(true, "coverage")).toBe(true);
    expect(targetKindShown(true, "free")).toBe(true);
    expect(targetKindShown(false, "attitude")).toBe(true);
  });
});
