import { describe, expect, it } from "vitest";
import type { AccountSnapshot } from "../../bindings";
import { loadBranchView, revealed, saveBranchView } from "./branchView";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

const line = (stakeholder: string, manager: string) => ({ id: `${stakeholder}-${manager}`, stakeholder, manager, dotted: false });
// ceo ─ vp ─ dir ─ ana;  ceo ─ cfo
const snapshot = {
  stakeholders: ["ceo", "vp", "dir", "ana", "cfo"].map((id) => ({ id, name: id })),
  reportsTo: [line("vp", "ceo"), line("dir", "vp"), line("ana", "dir"), line("cfo", "ceo")],
  coverage: [],
} as unknown as AccountSnapshot;

describe("the branch view kept per account", () => {
  it("is remembered per account and starts as the whole map", () => {
    const storage = memoryStorage();
    expect(loadBranchView("a", storage)).toEqual({ collapsed: new Set(), focus: null });
    saveBranchView("a", { collapsed: new Set(["vp"]), focus: "ceo" }, storage);
    expect(loadBranchView("a", storage)).toEqual({ collapsed: new Set(["vp"]), focus: "ceo" });
    expect(loadBranchView("b", storage).collapsed.size).toBe(0);
  });

  it("reads damaged storage as the whole map", () => {
    const storage = memoryStorage();
    storage.setItem("rapport.branches.a", "{not json");
    expect(loadBranchView("a", storage)).toEqual({ collapsed: new Set(), focus: null });
    storage.setItem("rapport.branches.a", JSON.stringify({ collapsed: [1, "vp"], focus: 3 }));
    expect(loadBranchView("a", storage)).toEqual({ collapsed: new Set(["vp"]), focus: null });
  });

  it("opens the collapsed managers above a person found, and leaves a focus that hides them", () => {
    const view = { collapsed: new Set(["vp", "dir", "cfo"]), focus: "cfo" };
    const next = revealed(view, snapshot, "ana");
    expect([...next.collapsed]).toEqual(["cfo"]);
    expect(next.focus).toBeNull();
    // A person inside the focused branch keeps the focus.
    expect(revealed({ collapsed: new Set(), focus: "vp" }, snapshot, "ana").focus).toBe("vp");
  });
});
