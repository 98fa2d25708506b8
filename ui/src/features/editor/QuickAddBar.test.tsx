import { act, fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { QuickAddBar } from "./QuickAddBar";

const input = () => screen.getByRole("textbox", { name: /quick add/i }) as HTMLInputElement;

describe("QuickAddBar", () => {
  it("adds on Enter and clears for the next person", async () => {
    const onAdd = vi.fn().mockResolvedValue(null);
    render(<QuickAddBar onAdd={onAdd} />);
    fireEvent.change(input(), { target: { value: "Jane Doe, CFO" } });
    await act(async () => {
      fireEvent.keyDown(input(), { key: "Enter" });
    });
    expect(onAdd).toHaveBeenCalledWith("Jane Doe, CFO");
    expect(input().value).toBe("");
  });

  it("keeps the line and shows why when it is refused", async () => {
    const onAdd = vi.fn().mockResolvedValue("No one called “Tom Ng” is on this map.");
    render(<QuickAddBar onAdd={onAdd} />);
    fireEvent.change(input(), { target: { value: "Jane, reports to Tom Ng" } });
    await act(async () => {
      fireEvent.keyDown(input(), { key: "Enter" });
    });
    expect(input().value).toBe("Jane, reports to Tom Ng");
    expect(screen.getByRole("alert").textContent).toContain("Tom Ng");
    expect(input().getAttribute("aria-invalid")).toBe("true");
  });

  it("sends nothing for an empty line", () => {
    const onAdd = vi.fn();
    render(<QuickAddBar onAdd={onAdd} />);
    fireEvent.keyDown(input(), { key: "Enter" });
    expect(onAdd).not.toHaveBeenCalled();
  });
});
