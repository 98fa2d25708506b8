import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";
import type { AccountEdit, PlanOverview } from "../../bindings";
import { smallSnapshot } from "../../test/fixtures";
import { PlanView } from "./PlanView";
import { StepBar } from "./StepBar";
import { setClientInRoom } from "../clientsafe";

const overview: PlanOverview = {
  steps: [
    { step: "understand", done: 1, total: 2, complete: false, mark: "1/2 mapped", summary: "1 of 2 people have a relationship" },
    { step: "identify", done: 1, total: 2, complete: false, mark: "1/2 roles", summary: "1 of 2 people have a role" },
    { step: "analyse", done: 4, total: 4, complete: true, mark: "4/4 client goals", summary: "All four horizons" },
    { step: "determine", done: 4, total: 30, complete: false, mark: "4/30 findings", summary: "4 of 30 findings have a goal" },
    { step: "implement", done: 0, total: 0, complete: true, mark: "0/0 goals", summary: "0 of 0 open goals" },
    { step: "review", done: 0, total: 1, complete: false, mark: "overdue", summary: "No review yet" },
  ],
  clientSafeSteps: [
    { step: "understand", done: 1, total: 2, complete: false, mark: "1/2 mapped", summary: "1 of 2 people have a relationship" },
    { step: "identify", done: 1, total: 2, complete: false, mark: "1/2 roles", summary: "1 of 2 people have a role" },
    { step: "analyse", done: 4, total: 4, complete: true, mark: "4/4 client goals", summary: "All four horizons" },
    { step: "determine", done: 3, total: 21, complete: false, mark: "3/21 findings", summary: "3 of 21 findings have a goal" },
    { step: "implement", done: 0, total: 0, complete: true, mark: "0/0 goals", summary: "0 of 0 open goals" },
    { step: "review", done: 0, total: 1, complete: false, mark: "overdue", summary: "No review yet" },
  ],
  lastThree: { interactions: [], valuable: 0, reactive: 0, verdict: "noneLogged", message: "No interactions logged yet." },
  answered: [],
  today: "2026-11-23",
};

/** Answers the plan's reads; `onEdit` decides how an edit command answers. */
function backendWith(onEdit: (cmd: string, args: Record<string, unknown>) => unknown) {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    if (cmd === "plan_overview") return overview;
    if (cmd === "account_edit_state") return { snapshot: smallSnapshot(), history: { undo: null, redo: null } };
    return onEdit(cmd, payload);
  });
  return calls;
}

describe("PlanView forms", () => {
  it("shows a refused due date next to the due field and saves nothing", async () => {
    const calls = backendWith(() =>
      Promise.reject({ kind: "validation", field: "due", message: "The due date cannot be before the goal was set (23 Nov 2026)." }),
    );
    const onEdited = vi.fn();
    render(<PlanView snapshot={smallSnapshot()} step="determine" onEdited={onEdited} onError={() => {}} onShowOnMap={() => {}} onOpenProfile={() => {}} />);
    const form = await screen.findByRole("form", { name: "New goal" });
    fireEvent.change(form.querySelector('input[name="title"]') as HTMLInputElement, { target: { value: "Win Ana" } });
    fireEvent.change(form.querySelector('input[name="due"]') as HTMLInputElement, { target: { value: "2026-11-01" } });
    fireEvent.submit(form);

    const error = await screen.findByText("The due date cannot be before the goal was set (23 Nov 2026).");
    expect(error.closest("label")?.textContent).toContain("Due");
    expect(form.querySelector('input[name="due"]')?.getAttribute("aria-invalid")).toBe("true");
    expect(onEdited).not.toHaveBeenCalled();
    expect(screen.getByText("Not saved: see the highlighted field.")).toBeTruthy();
    const add = calls.find((c) => c.cmd === "add_goal");
    expect(add?.args.goal).toMatchObject({ title: "Win Ana", due: "2026-11-01", stakeholder: null, target: { kind: "free" } });
  });

  it("hands a saved edit up and says what Undo would take back", async () => {
    const edit: AccountEdit = { snapshot: smallSnapshot(), history: { undo: "Add goal “Win Ana”", redo: null } };
    backendWith(() => edit);
    const onEdited = vi.fn();
    render(<PlanView snapshot={smallSnapshot()} step="determine" onEdited={onEdited} onError={() => {}} onShowOnMap={() => {}} onOpenProfile={() => {}} />);
    const form = await screen.findByRole("form", { name: "New goal" });
    fireEvent.change(form.querySelector('input[name="title"]') as HTMLInputElement, { target: { value: "Win Ana" } });
    fireEvent.submit(form);
    await waitFor(() => expect(onEdited).toHaveBeenCalledWith(edit));
    expect(await screen.findByText(/Saved · Add goal “Win Ana”/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Undo Add goal “Win Ana”" })).toBeTruthy();
  });

  it("shows a refusal that names no field in the step's header", async () => {
    backendWith(() => Promise.reject({ kind: "conflict", message: "The goal “Win Ana” already answers this finding." }));
    render(<PlanView snapshot={smallSnapshot()} step="review" onEdited={() => {}} onError={() => {}} onShowOnMap={() => {}} onOpenProfile={() => {}} />);
    const form = await screen.findByRole("form", { name: "Record a review" });
    fireEvent.submit(form);
    expect(await screen.findByText("The goal “Win Ana” already answers this finding.")).toBeTruthy();
  });
});

describe("StepBar", () => {
  it("marks each step with how complete it is", async () => {
    backendWith(() => null);
    render(<StepBar snapshot={smallSnapshot()} current="identify" onGo={() => {}} />);
    expect(await screen.findByLabelText("1 of 2 people have a role")).toBeTruthy();
    expect(screen.getByRole("tab", { name: /2 Identify/ }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tab", { name: /3 Analyse/ }).textContent).toContain("✓ 4/4 client goals");
    expect(screen.getByRole("group", { name: "Step timer" }).textContent).toContain("00:00 / 15:00");
  });

  it("counts only what the client may see while the client is in the room, and everything again after", async () => {
    backendWith(() => null);
    render(<StepBar snapshot={smallSnapshot()} current="determine" onGo={() => {}} />);
    const determine = () => screen.getByRole("tab", { name: /4 Determine/ }).textContent;
    await waitFor(() => expect(determine()).toContain("4/30 findings"));
    act(() => setClientInRoom(true));
    expect(determine()).toContain("3/21 findings");
    expect(determine()).not.toContain("4/30");
    act(() => setClientInRoom(false));
    expect(determine()).toContain("4/30 findings");
  });
});
