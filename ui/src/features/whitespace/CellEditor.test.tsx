import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { WhitespaceCell } from "../../bindings";
import type { FieldError } from "../../shared/fieldError";
import { smallSnapshot } from "../../test/fixtures";
import { CellEditor } from "./CellEditor";

const offering = { id: "yard", name: "Yard Planning", family: "Platform", typicalDealSize: null };
const need = { id: "fin", name: "Finance" };
const blank: WhitespaceCell = { offering: "yard", need: "fin", state: "notRelevant", budgetHolder: null, estimatedValue: null, note: "" };

type OnSave = (cell: WhitespaceCell, onError: (e: FieldError) => void) => Promise<boolean>;

function renderEditor(onSave = vi.fn<OnSave>(async () => true), onShowOnMap = vi.fn()) {
  const onClose = vi.fn();
  const people = smallSnapshot().stakeholders.filter((s) => s.status === "active");
  render(<CellEditor offering={offering} need={need} cell={blank} people={people} onSave={onSave} onShowOnMap={onShowOnMap} onClose={onClose} />);
  return { onSave, onShowOnMap, onClose };
}

const field = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;

describe("the whitespace cell editor", () => {
  it("refuses a negative value next to its field and saves nothing", () => {
    const { onSave, onClose } = renderEditor();
    fireEvent.change(field("estimatedValue"), { target: { value: "-10" } });
    fireEvent.click(screen.getByRole("button", { name: "Save cell" }));
    expect(screen.getByRole("alert").textContent).toBe("The estimated value must be 0 or more.");
    expect(field("estimatedValue").getAttribute("aria-invalid")).toBe("true");
    expect(onSave).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("saves the state, the value, the budget holder and the note, then closes", async () => {
    const { onSave, onClose } = renderEditor();
    fireEvent.change(field("state"), { target: { value: "opportunity" } });
    fireEvent.change(field("estimatedValue"), { target: { value: "120,000" } });
    fireEvent.change(field("budgetHolder"), { target: { value: "tom" } });
    fireEvent.change(field("note"), { target: { value: "Asked twice" } });
    fireEvent.click(screen.getByRole("button", { name: "Save cell" }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      offering: "yard",
      need: "fin",
      state: "opportunity",
      estimatedValue: 120000,
      budgetHolder: "tom",
      note: "Asked twice",
    });
  });

  it("shows the backend's refusal by its field and stays open", async () => {
    const onSave = vi.fn<OnSave>(async (_cell, onError) => {
      onError({ field: "budgetHolder", message: "That person is not on this account's map." });
      return false;
    });
    const { onClose } = renderEditor(onSave);
    fireEvent.click(screen.getByRole("button", { name: "Save cell" }));
    expect(await screen.findByText("That person is not on this account's map.")).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it("offers to show the chosen budget holder on the map", () => {
    const { onShowOnMap } = renderEditor();
    expect(screen.queryByRole("button", { name: /on the map/ })).toBeNull();
    fireEvent.change(field("budgetHolder"), { target: { value: "ana" } });
    fireEvent.click(screen.getByRole("button", { name: "Show Ana Ruiz on the map" }));
    expect(onShowOnMap).toHaveBeenCalledWith("ana");
  });
});
