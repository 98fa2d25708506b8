import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it, vi } from "vitest";
import type { ContactImportOptions, ContactsPreview, Problem } from "../../bindings";
import { smallSnapshot } from "../../test/fixtures";
import { ImportContactsDialog } from "./ImportContactsDialog";

const badRow: Problem = {
  line: 3,
  column: { index: 0, letter: "A", header: "Name" },
  kind: { kind: "missingName" },
  message: "Line 3, column “Name” (A): this row has no name. Every person needs one.",
};

/** The preview the backend would give for `options`: refused until invalid rows are skipped. */
function previewFor(options: ContactImportOptions): ContactsPreview {
  const skipping = options.skipInvalid;
  return {
    fileName: "northwind.csv",
    formatLabel: "Org chart",
    readAs: "UTF-8, separated by “,”",
    accountName: "Northwind Holdings",
    nameProblem: null,
    willImport: skipping,
    fields: [
      { field: "name", label: "Name" },
      { field: "reportsTo", label: "Reports To" },
    ],
    preview: {
      format: "orgChart",
      encoding: "utf8",
      delimiter: ",",
      mapping: {
        format: "orgChart",
        columns: [
          { column: { index: 0, letter: "A", header: "Name" }, field: "name" },
          { column: { index: 1, letter: "B", header: "Chef" }, field: options.mapping.length ? "reportsTo" : null },
        ],
      },
      unknownColumns: options.mapping.length ? [] : [{ index: 1, letter: "B", header: "Chef" }],
      rows: 3,
      people: 2,
      managersResolved: options.mapping.length ? 1 : 0,
      dottedLines: 0,
      otherCompanyRows: 0,
      companies: [],
      problems: [badRow],
      invalidLines: [3],
      notices: [],
      changes: { newPeople: [], changed: [], unchanged: 0, missing: [] },
      plan: null,
    },
  };
}

function backend() {
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    const payload = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: payload });
    if (cmd === "choose_import_file") return { path: "/tmp/northwind.csv", name: "northwind.csv" };
    if (cmd === "preview_contacts") return previewFor(payload.options as ContactImportOptions);
    if (cmd === "import_contacts")
      return { account: "acme", added: 2, updated: 0, markedLeft: 0, skipped: 1, edit: { snapshot: smallSnapshot(), history: { undo: "Import 2 contacts from northwind.csv", redo: null } } };
    return null;
  });
  return calls;
}

describe("ImportContactsDialog", () => {
  it("shows a refused file's problems by line and column, and imports once invalid rows are skipped", async () => {
    const calls = backend();
    const onImported = vi.fn();
    render(<ImportContactsDialog target={{ kind: "newAccount", name: "" }} onImported={onImported} onClose={() => {}} />);

    expect(await screen.findByText(/Nothing will be imported: 1 row has problems/)).toBeTruthy();
    const row = screen.getByTitle(badRow.message);
    expect(row.textContent).toContain("3");
    expect(row.textContent).toContain("Name (A)");
    expect(row.textContent).toContain("this row has no name");
    expect((screen.getByLabelText("New account's name") as HTMLInputElement).value).toBe("Northwind Holdings");
    const importButton = screen.getByRole("button", { name: "Import 2 people" }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);

    fireEvent.click(screen.getByLabelText("Skip invalid rows (import the others)"));
    await waitFor(() => expect(importButton.disabled).toBe(false));
    expect(screen.getByText("Rows left out for their problems")).toBeTruthy();
    fireEvent.click(importButton);
    await waitFor(() => expect(onImported).toHaveBeenCalled());
    const imported = calls.find((c) => c.cmd === "import_contacts");
    expect(imported?.args).toMatchObject({
      path: "/tmp/northwind.csv",
      options: { skipInvalid: true },
      target: { kind: "newAccount", name: "Northwind Holdings" },
    });
  });

  it("reads a column as the field chosen for it and previews again", async () => {
    const calls = backend();
    render(<ImportContactsDialog target={{ kind: "account", id: "acme" }} onImported={() => {}} onClose={() => {}} />);
    const select = (await screen.findByLabelText("Read column B (Chef) as")) as HTMLSelectElement;
    expect(select.value).toBe("ignore");
    fireEvent.change(select, { target: { value: "reportsTo" } });
    await waitFor(() => expect(screen.getByText(/1 manager found/)).toBeTruthy());
    const last = calls.filter((c) => c.cmd === "preview_contacts").at(-1);
    expect(last?.args).toMatchObject({ options: { mapping: [{ column: "Chef", field: "reportsTo" }] }, target: { kind: "account", id: "acme" } });
  });

  it("closes when no file is chosen", async () => {
    mockIPC((cmd) => (cmd === "choose_import_file" ? null : undefined));
    const onClose = vi.fn();
    render(<ImportContactsDialog target={{ kind: "account", id: "acme" }} onImported={() => {}} onClose={onClose} />);
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
