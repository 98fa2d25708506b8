import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ErasePersonButton } from "./ErasePersonButton";

describe("ErasePersonButton", () => {
  it("asks first, says it cannot be undone, and erases only when confirmed", () => {
    const erase = vi.fn();
    render(<ErasePersonButton name="Raj Patel" onErase={erase} />);
    fireEvent.click(screen.getByRole("button", { name: /Erase this person/ }));
    expect(erase).not.toHaveBeenCalled();
    expect(screen.getByRole("alertdialog").textContent).toContain("cannot be undone");
    fireEvent.click(screen.getByRole("button", { name: "Keep" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /Erase this person/ }));
    fireEvent.click(screen.getByRole("button", { name: "Erase for good" }));
    expect(erase).toHaveBeenCalledTimes(1);
  });
});
