import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ClearHistoryDialog } from "./ClearHistoryDialog";

describe("ClearHistoryDialog", () => {
  it("says the account stays and the way back goes, and clears only when asked", () => {
    const onClear = vi.fn();
    const onClose = vi.fn();
    render(
      <ClearHistoryDialog
        account="Helios Freight"
        history={{ undo: "Add Jane Doe", redo: null }}
        onClear={onClear}
        onClose={onClose}
      />,
    );
    const dialog = screen.getByRole("dialog", { name: "Clear undo history" });
    expect(dialog.textContent).toMatch(/stays exactly as it is/);
    expect(dialog.textContent).toMatch(/cannot be undone/);
    fireEvent.click(screen.getByRole("button", { name: "Keep" }));
    expect(onClose).toHaveBeenCalled();
    expect(onClear).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Clear history" }));
    expect(onClear).toHaveBeenCalledOnce();
  });

  it("offers nothing to clear when there is no history", () => {
    render(<ClearHistoryDialog account="Atlas" history={{ undo: null, redo: null }} onClear={() => {}} onClose={() => {}} />);
    expect(screen.getByText(/no undo history to clear/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Clear history" })).toBeNull();
  });
});
