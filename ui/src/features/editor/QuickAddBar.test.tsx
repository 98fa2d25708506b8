import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { QuickAddPreview } from "../../bindings";
import { QuickAddBar } from "./QuickAddBar";
import type { QuickAddResult } from "./quickAddTypes";

const input = () => screen.getByRole("textbox", { name: /quick add/i }) as HTMLInputElement;
const added = (): Promise<QuickAddResult> => Promise.resolve({ kind: "added" });
const noPreview = () => Promise.resolve<QuickAddPreview>({ parts: [], notes: [], problem: null });

/** Core's answer for the line, as the backend sends it. */
const EVE: QuickAddPreview = {
  parts: [
    { kind: "name", text: "Eve Park" },
    { kind: "title", text: "Title: Head of Procurement" },
    { kind: "department", text: "Department: Procurement" },
    { kind: "role", text: "Gatekeeper" },
    { kind: "attitude", text: "Blocker" },
  ],
  notes: [],
  problem: null,
};

async function enter() {
  await act(async () => {
    fireEvent.keyDown(input(), { key: "Enter" });
  });
}

describe("QuickAddBar", () => {
  it("adds on Enter and clears for the next person", async () => {
    const onAdd = vi.fn(added);
    render(<QuickAddBar onAdd={onAdd} onPreview={noPreview} />);
    fireEvent.change(input(), { target: { value: "Jane Doe, CFO" } });
    await enter();
    expect(onAdd).toHaveBeenCalledWith("Jane Doe, CFO", { addAnyway: false, picked: [] });
    expect(input().value).toBe("");
  });

  it("shows how each part was read, in core's words, before Enter", async () => {
    const onPreview = vi.fn(() => Promise.resolve(EVE));
    render(<QuickAddBar onAdd={added} onPreview={onPreview} />);
    fireEvent.change(input(), { target: { value: "Eve Park, Head of Procurement, Procurement, gatekeeper, blocker" } });
    const preview = await screen.findByTestId("quick-add-preview");
    expect(preview.textContent).toBe("Eve Park · Title: Head of Procurement · Department: Procurement · Gatekeeper · Blocker");
    expect(onPreview).toHaveBeenLastCalledWith("Eve Park, Head of Procurement, Procurement, gatekeeper, blocker");
  });

  it("shows what Enter will do and why it would refuse", async () => {
    const onPreview = () =>
      Promise.resolve<QuickAddPreview>({
        parts: [{ kind: "name", text: "Ada" }],
        notes: ["Sarah Collins comes onto this map from our team."],
        problem: "No one of ours is called “Raj”: add them first with “Raj, ours”, or check the spelling.",
      });
    render(<QuickAddBar onAdd={added} onPreview={onPreview} />);
    fireEvent.change(input(), { target: { value: "Ada, known by Sarah Collins, known by Raj" } });
    const preview = await screen.findByTestId("quick-add-preview");
    expect(preview.textContent).toContain("Sarah Collins comes onto this map");
    expect(preview.querySelector(".quick-add-problem")?.textContent).toContain("“Raj”");
  });

  it("clears the preview with the line", async () => {
    render(<QuickAddBar onAdd={added} onPreview={() => Promise.resolve(EVE)} />);
    fireEvent.change(input(), { target: { value: "Eve" } });
    await screen.findByTestId("quick-add-preview");
    fireEvent.change(input(), { target: { value: "" } });
    await waitFor(() => expect(screen.queryByTestId("quick-add-preview")).toBeNull());
  });

  it("keeps the line and shows why when it is refused", async () => {
    const onAdd = vi.fn(() => Promise.resolve<QuickAddResult>({ kind: "refused", message: "No one called “Tom Ng” is on this map." }));
    render(<QuickAddBar onAdd={onAdd} onPreview={noPreview} />);
    fireEvent.change(input(), { target: { value: "Jane, reports to Tom Ng" } });
    await enter();
    expect(input().value).toBe("Jane, reports to Tom Ng");
    expect(screen.getByRole("alert").textContent).toContain("Tom Ng");
    expect(input().getAttribute("aria-invalid")).toBe("true");
  });

  it("asks before a duplicate and adds only on “Add anyway”", async () => {
    const onAdd = vi.fn(
      (_line: string, answers: { addAnyway: boolean }): Promise<QuickAddResult> =>
        Promise.resolve(
          answers.addAnyway
            ? { kind: "added" }
            : { kind: "asks", question: { kind: "alreadyOnMap", name: "Ben Hale", message: "Ben Hale (CFO) is already on this map. Add another “Ben Hale” anyway?" } },
        ),
    );
    render(<QuickAddBar onAdd={onAdd} onPreview={noPreview} />);
    fireEvent.change(input(), { target: { value: "Ben Hale, CTO" } });
    await enter();
    const question = screen.getByRole("alertdialog");
    expect(question.textContent).toContain("Ben Hale (CFO) is already on this map");
    expect(input().value).toBe("Ben Hale, CTO");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Add anyway" }));
    });
    expect(onAdd).toHaveBeenLastCalledWith("Ben Hale, CTO", { addAnyway: true, picked: [] });
    expect(input().value).toBe("");
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("lets the user choose which of ours a shared name means", async () => {
    const onAdd = vi.fn(
      (_line: string, answers: { picked: string[] }): Promise<QuickAddResult> =>
        Promise.resolve(
          answers.picked.length > 0
            ? { kind: "added" }
            : {
                kind: "asks",
                question: {
                  kind: "chooseTeamMember",
                  name: "Sarah Collins",
                  mayAddNew: true,
                  candidates: [
                    { id: "sc1", name: "Sarah Collins", title: "Sales", teamRole: "accountManager", onThisMap: false },
                    { id: "sc2", name: "Sarah Collins", title: "Delivery", teamRole: "specialist", onThisMap: false },
                  ],
                },
              },
        ),
    );
    render(<QuickAddBar onAdd={onAdd} onPreview={noPreview} />);
    fireEvent.change(input(), { target: { value: "Sarah Collins, ours" } });
    await enter();
    expect(screen.getByRole("button", { name: "A new Sarah Collins" })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: /Delivery/ }));
    });
    expect(onAdd).toHaveBeenLastCalledWith("Sarah Collins, ours", { addAnyway: false, picked: ["sc2"] });
    expect(input().value).toBe("");
  });

  it("sends nothing for an empty line", () => {
    const onAdd = vi.fn(added);
    render(<QuickAddBar onAdd={onAdd} onPreview={noPreview} />);
    fireEvent.keyDown(input(), { key: "Enter" });
    expect(onAdd).not.toHaveBeenCalled();
  });
});
