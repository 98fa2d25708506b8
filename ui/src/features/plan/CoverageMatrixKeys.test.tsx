import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";
import type { PlanOverview } from "../../bindings";
import { smallSnapshot } from "../../test/fixtures";
import { PlanView } from "./PlanView";

const overview: PlanOverview = {
  steps: [],
  clientSafeSteps: [],
  lastThree: { interactions: [], valuable: 0, reactive: 0, verdict: "noneLogged", message: "No interactions logged yet." },
  answered: [],
  today: "2026-11-23",
};

/** The plan's reads answered; every edit recorded and answered with the account unchanged. */
function backend() {
  const edits: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    if (cmd === "plan_overview") return overview;
    // The whitespace panel under the matrix reads its totals: a read, not an edit.
    if (cmd === "whitespace_totals") return { ownedRevenue: 0, openCrossSell: 0, openUpSell: 0, openCellsWithoutValue: 0 };
    const edit = { snapshot: smallSnapshot(), history: { undo: "Edit coverage", redo: null } };
    if (cmd === "account_edit_state") return edit;
    edits.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    return edit;
  });
  return edits;
}

function renderMatrix() {
  render(<PlanView snapshot={smallSnapshot()} step="understand" onEdited={() => {}} onError={() => {}} onShowOnMap={() => {}} onOpenProfile={() => {}} />);
}

describe("coverage matrix keyboard", () => {
  it("sets the strength now from the key's code, so AZERTY's “é” key sets 2", async () => {
    const edits = backend();
    renderMatrix();
    const cell = await screen.findByRole("button", { name: /Sam Lee and Tom Ng: no relationship yet/ });
    cell.focus();
    fireEvent.keyDown(cell, { code: "Digit2", key: "é" });
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]).toMatchObject({
      cmd: "set_coverage_strength",
      args: { teamMember: "us", stakeholder: "tom", strength: "acquainted", desired: "acquainted" },
    });
  });

  it("sets the strength wanted with Shift and keeps the strength now", async () => {
    const edits = backend();
    renderMatrix();
    const cell = await screen.findByRole("button", { name: /Sam Lee and Ana Ruiz: Trusted, wanted Advisor/ });
    fireEvent.keyDown(cell, { code: "Numpad3", key: "3", shiftKey: true });
    await waitFor(() => expect(edits).toHaveLength(1));
    expect(edits[0]?.args).toMatchObject({ stakeholder: "ana", strength: "trusted", desired: "trusted" });
  });

  it("moves the focus between cells with the arrow keys, and leaves Ctrl+Z to undo", async () => {
    const edits = backend();
    renderMatrix();
    const ana = await screen.findByRole("button", { name: /Sam Lee and Ana Ruiz/ });
    ana.focus();
    fireEvent.keyDown(ana, { code: "ArrowDown", key: "ArrowDown" });
    expect(document.activeElement?.getAttribute("aria-label")).toMatch(/Sam Lee and Tom Ng/);
    fireEvent.keyDown(document.activeElement as Element, { code: "ArrowUp", key: "ArrowUp" });
    expect(document.activeElement).toBe(ana);
    expect(edits).toHaveLength(0);
    fireEvent.keyDown(ana, { code: "KeyZ", key: "z", ctrlKey: true });
    await waitFor(() => expect(edits.map((e) => e.cmd)).toEqual(["undo"]));
  });
});
