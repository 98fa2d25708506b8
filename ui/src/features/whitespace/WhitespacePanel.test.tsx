import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AccountSnapshot, WhitespaceTotals } from "../../bindings";
import { smallSnapshot } from "../../test/fixtures";
import { setClientInRoom } from "../clientsafe";
import { WhitespacePanel } from "./WhitespacePanel";

const totals: WhitespaceTotals = { ownedRevenue: 340000, openCrossSell: 95000, openUpSell: 0, openCellsWithoutValue: 0 };

function withMatrix(): AccountSnapshot {
  const snapshot = smallSnapshot();
  return {
    ...snapshot,
    offerings: [{ id: "yard", name: "Yard Planning", family: "Platform", typicalDealSize: null }],
    needs: [{ id: "fin", name: "Finance" }],
    whitespace: [{ offering: "yard", need: "fin", state: "opportunity", budgetHolder: null, estimatedValue: 95000, note: "" }],
  };
}

function renderPanel() {
  mockIPC((cmd) => (cmd === "whitespace_totals" ? totals : null));
  render(<WhitespacePanel snapshot={withMatrix()} save={vi.fn(async () => true)} refresh={async () => {}} onShowOnMap={() => {}} />);
}

const cell = () => screen.getByRole("button", { name: /Yard Planning × Finance/ });

describe("the whitespace panel", () => {
  afterEach(() => act(() => setClientInRoom(false)));

  it("shows each cell's value and the money totals to us", async () => {
    renderPanel();
    await waitFor(() => expect(screen.getByLabelText("Whitespace totals").textContent).toContain("Owned revenue"));
    expect(cell().textContent).toMatch(/95/);
    expect(screen.getByLabelText("Whitespace totals").textContent).toMatch(/340/);
  });

  it("keeps the states but hides every value and total while the client is in the room", async () => {
    renderPanel();
    await waitFor(() => expect(screen.getByLabelText("Whitespace totals")).toBeTruthy());
    act(() => setClientInRoom(true));
    expect(cell().textContent).toContain("Opportunity");
    expect(cell().textContent).not.toMatch(/95/);
    expect(cell().getAttribute("aria-label")).not.toMatch(/95/);
    expect(screen.queryByLabelText("Whitespace totals")).toBeNull();
    expect(screen.getByText(/hidden while the client is in the room/)).toBeTruthy();
    // The cell's editor neither shows the value nor offers to change it.
    fireEvent.click(cell());
    expect(document.querySelector('[name="estimatedValue"]')).toBeNull();
    expect(document.body.textContent).not.toMatch(/95[,.]?000/);
    act(() => setClientInRoom(false));
    expect(cell().textContent).toMatch(/95/);
  });
});
