import { describe, expect, it, vi } from "vitest";
import { CLIENT_SAFE, type Finding, type Goal } from "../../bindings";
import {
  goalShown,
  internalNotesShown,
  isClientInRoom,
  personFieldShown,
  setClientInRoom,
  shareableFindings,
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
