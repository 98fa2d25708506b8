import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { datePattern, showDate } from "../lib/localDate";
import { DateField } from "./DateField";

const pattern = datePattern();

describe("DateField", () => {
  it("is visibly empty without a date: the locale's pattern as a hint, no value", () => {
    render(<DateField aria-label="Birthday" value="" onCommit={() => {}} />);
    const input = screen.getByLabelText<HTMLInputElement>("Birthday");
    expect(input.value).toBe("");
    expect(input.placeholder).toBe(pattern.placeholder);
  });

  it("shows a date in the locale's order and saves what is typed when the field is left", () => {
    const commit = vi.fn();
    render(<DateField aria-label="Last contact" value="2026-03-04" onCommit={commit} />);
    const input = screen.getByLabelText<HTMLInputElement>("Last contact");
    expect(input.value).toBe(showDate("2026-03-04", pattern));
    fireEvent.change(input, { target: { value: "2026-05-06" } });
    expect(commit).not.toHaveBeenCalled();
    fireEvent.blur(input);
    expect(commit).toHaveBeenCalledWith("2026-05-06");
    fireEvent.change(input, { target: { value: "" } });
    fireEvent.blur(input);
    expect(commit).toHaveBeenLastCalledWith(null);
  });

  it("names what is wrong and saves nothing for a date that is not one", () => {
    const commit = vi.fn();
    render(<DateField aria-label="Birthday" value="" onCommit={commit} />);
    const input = screen.getByLabelText("Birthday");
    fireEvent.change(input, { target: { value: "2026-02-31" } });
    fireEvent.blur(input);
    expect(commit).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toBe("That month has no day 31.");
    expect(input.getAttribute("aria-invalid")).toBe("true");
  });

  it("keeps a form from being sent while its text is not a date", () => {
    const submit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    const change = vi.fn();
    render(
      <form onSubmit={submit} aria-label="Goal">
        <DateField aria-label="Due" value="" onChange={change} />
        <button type="submit">Save</button>
      </form>,
    );
    const input = screen.getByLabelText("Due");
    fireEvent.change(input, { target: { value: "13/13/2026" } });
    fireEvent.click(screen.getByText("Save"));
    expect(submit).not.toHaveBeenCalled();
    expect(change).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: "2026-12-01" } });
    expect(change).toHaveBeenLastCalledWith("2026-12-01");
    fireEvent.click(screen.getByText("Save"));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it("refuses a date after the latest allowed", () => {
    const change = vi.fn();
    render(<DateField aria-label="Date" value="" max="2026-11-27" onChange={change} />);
    const input = screen.getByLabelText("Date");
    fireEvent.change(input, { target: { value: "2026-11-28" } });
    fireEvent.blur(input);
    expect(change).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toBe(`The date cannot be after ${showDate("2026-11-27", pattern)}.`);
  });
});
