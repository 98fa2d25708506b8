import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { AccountEdit, AccountSnapshot } from "../../bindings";
import { BackendError } from "../../lib/backend";
import { asFieldError } from "../../shared/fieldError";
import { smallSnapshot } from "../../test/fixtures";
import { PersonalSection } from "./PersonalSection";

const withPersonal = (): AccountSnapshot => ({
  ...smallSnapshot(),
  personalDates: [{ id: "d1", stakeholder: "ana", label: "Work anniversary", date: "2019-03-12", yearly: true }],
  thankYous: [
    { id: "t1", stakeholder: "ana", reason: "referral", text: "the intro to their CIO", due: "2026-12-01", done: false },
    { id: "t2", stakeholder: "tom", reason: "other", text: "not Ana's", due: "2026-12-01", done: false },
  ],
});

/** Runs the edit the section asks for, as the map editor does: a refusal comes back as a field error. */
function editor() {
  const onEdit = vi.fn(async (edit: () => Promise<AccountEdit>) => {
    try {
      await edit();
      return null;
    } catch (err) {
      return asFieldError(err);
    }
  });
  return { onEdit };
}

vi.mock("../../lib/backend", async (original) => {
  const real = await original<typeof import("../../lib/backend")>();
  return {
    ...real,
    backend: {
      addThankYou: vi.fn(),
      updateThankYou: vi.fn(),
      addPersonalDate: vi.fn(),
      deleteThankYou: vi.fn(),
    },
  };
});

const { backend } = await import("../../lib/backend");

describe("the stakeholder's Personal section", () => {
  it("lists only this person's dates and thank-yous", () => {
    const snapshot = withPersonal();
    render(<PersonalSection snapshot={snapshot} person={snapshot.stakeholders[0]!} onEdit={editor().onEdit} />);
    const dates = screen.getByRole("list", { name: "Dates that matter" });
    expect(dates.textContent).toMatch(/Work anniversary · 12 Mar 2019 every year/);
    const thanks = screen.getByRole("list", { name: "Thank-yous owed" });
    expect(within(thanks).getAllByRole("listitem")).toHaveLength(1);
    expect(thanks.textContent).toMatch(/Referral: the intro to their CIO · due 1 Dec 2026/);
  });

  it("refuses a thank-you without a due date before asking the backend, naming the field", async () => {
    const snapshot = withPersonal();
    const { onEdit } = editor();
    render(<PersonalSection snapshot={snapshot} person={snapshot.stakeholders[0]!} onEdit={onEdit} />);
    fireEvent.click(screen.getByRole("button", { name: "+ Add a thank-you" }));
    fireEvent.submit(screen.getByRole("form", { name: "New thank-you" }));
    const error = await screen.findByText(/^Due: enter the day/);
    expect(error.closest("label")?.textContent).toContain("Due");
    expect(onEdit).not.toHaveBeenCalled();
  });

  it("shows the backend's refusal next to its field and keeps the form open", async () => {
    const snapshot = withPersonal();
    vi.mocked(backend.addThankYou).mockRejectedValueOnce(
      new BackendError({ kind: "validation", field: "text", message: "Say what the thank-you is for." }),
    );
    const { onEdit } = editor();
    render(<PersonalSection snapshot={snapshot} person={snapshot.stakeholders[0]!} onEdit={onEdit} />);
    fireEvent.click(screen.getByRole("button", { name: "+ Add a thank-you" }));
    const form = screen.getByRole("form", { name: "New thank-you" });
    fireEvent.change(within(form).getByLabelText("Due"), { target: { value: "2026-12-05" } });
    fireEvent.submit(form);
    const error = await screen.findByText("Say what the thank-you is for.");
    expect(error.closest("label")?.textContent).toContain("What for");
    expect(backend.addThankYou).toHaveBeenCalledWith("acc", {
      stakeholder: "ana",
      reason: "wonDeal",
      text: "",
      due: "2026-12-05",
      done: false,
    });
    expect(screen.getByRole("form", { name: "New thank-you" })).toBeTruthy();
  });

  it("ticks a thank-you done with the rest of it unchanged", async () => {
    const snapshot = withPersonal();
    vi.mocked(backend.updateThankYou).mockResolvedValueOnce({} as AccountEdit);
    render(<PersonalSection snapshot={snapshot} person={snapshot.stakeholders[0]!} onEdit={editor().onEdit} />);
    fireEvent.click(screen.getByRole("checkbox", { name: "Thanked: the intro to their CIO" }));
    await waitFor(() =>
      expect(backend.updateThankYou).toHaveBeenCalledWith("acc", "t1", {
        stakeholder: "ana",
        reason: "referral",
        text: "the intro to their CIO",
        due: "2026-12-01",
        done: true,
      }),
    );
  });
});
