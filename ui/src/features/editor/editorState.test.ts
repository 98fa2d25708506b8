import { describe, expect, it } from "vitest";
import type { RemovalImpact } from "../../bindings";
import { editorReducer, type EditorEvent, type EditorState, initialEditorState, isDialogOpen } from "./editorState";

const run = (events: EditorEvent[], from: EditorState = initialEditorState) => events.reduce(editorReducer, from);

const impact: RemovalImpact = {
  name: "Kim Lee",
  lines: 2,
  goals: ["Earn Kim's trust"],
  initiativesLeftWithoutGoal: [],
  initiativesLosingOwner: [],
  interactions: 0,
};

describe("the map editor's state", () => {
  it("starts with nothing selected, no dialog and nothing to undo", () => {
    expect(initialEditorState.selection).toBeNull();
    expect(initialEditorState.history).toEqual({ undo: null, redo: null });
    expect(isDialogOpen(initialEditorState)).toBe(false);
  });

  it("focusing on a person selects them and asks the map again each time, even for the same person", () => {
    const once = run([{ type: "focusedOn", id: "ana", ifHidden: true }]);
    expect(once.selection).toEqual({ kind: "person", id: "ana" });
    expect(once.focus).toEqual({ id: "ana", round: 1, ifHidden: true });
    const twice = run([{ type: "focusedOn", id: "ana", ifHidden: false }], once);
    expect(twice.focus).toEqual({ id: "ana", round: 2, ifHidden: false });
  });

  it("asking to clear the history is a dialog: the map's shortcuts stay quiet until it closes", () => {
    const asked = run([{ type: "clearHistoryToggled", open: true }]);
    expect(asked.clearingHistory).toBe(true);
    expect(isDialogOpen(asked)).toBe(true);
    expect(isDialogOpen(run([{ type: "clearHistoryToggled", open: false }], asked))).toBe(false);
  });

  it("fitting bumps the round so the map fits again", () => {
    expect(run([{ type: "fitRequested" }, { type: "fitRequested" }]).fitRound).toBe(2);
  });

  it("confirming a delete closes the dialog and lets go of the selection", () => {
    const asked = run([
      { type: "selected", selection: { kind: "person", id: "kim" } },
      { type: "deleteAsked", person: { kind: "stakeholder", id: "kim" }, impact },
    ]);
    expect(asked.deleting?.person).toEqual({ kind: "stakeholder", id: "kim" });
    expect(isDialogOpen(asked)).toBe(true);
    const done = run([{ type: "deleteConfirmed" }], asked);
    expect(done.deleting).toBeNull();
    expect(done.selection).toBeNull();
    expect(isDialogOpen(done)).toBe(false);
  });

  it("cancelling a delete keeps the person selected", () => {
    const kept = run([
      { type: "selected", selection: { kind: "person", id: "kim" } },
      { type: "deleteAsked", person: { kind: "stakeholder", id: "kim" }, impact },
      { type: "deleteCancelled" },
    ]);
    expect(kept.deleting).toBeNull();
    expect(kept.selection).toEqual({ kind: "person", id: "kim" });
  });

  it("every dialog and the add-here box quiets the shortcuts until it closes", () => {
    const opened: [EditorEvent, EditorEvent][] = [
      [{ type: "connectStarted", from: "ana", to: null }, { type: "connectEnded" }],
      [{ type: "helpToggled", open: true }, { type: "helpToggled", open: false }],
      [{ type: "createStarted", at: { x: 1, y: 2 }, screen: { x: 3, y: 4 } }, { type: "createEnded" }],
    ];
    for (const [open, close] of opened) {
      const during = run([open]);
      expect(isDialogOpen(during)).toBe(true);
      expect(isDialogOpen(run([close], during))).toBe(false);
    }
  });

  it("renaming starts and ends on one card", () => {
    const renaming = run([{ type: "renameStarted", id: "tom" }]);
    expect(renaming.renaming).toBe("tom");
    expect(run([{ type: "renameEnded" }], renaming).renaming).toBeNull();
  });

  it("remembers what the toolbar is busy with, the latest history, filter and findings", () => {
    const state = run([
      { type: "busyWith", task: "layout" },
      { type: "historyChanged", history: { undo: "Move Jane Doe", redo: null } },
      { type: "filtered", filter: { ...initialEditorState.filter, roles: ["budget"] } },
    ]);
    expect(state.busy).toBe("layout");
    expect(state.history.undo).toBe("Move Jane Doe");
    expect(state.filter.roles).toEqual(["budget"]);
    expect(run([{ type: "busyWith", task: null }], state).busy).toBeNull();
  });

  it("leaves the state it was given untouched", () => {
    const before = structuredClone(initialEditorState);
    run([{ type: "focusedOn", id: "ana", ifHidden: false }, { type: "fitRequested" }]);
    expect(initialEditorState).toEqual(before);
  });
});
