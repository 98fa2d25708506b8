import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { AccountSnapshot } from "../../bindings";
import { ExportDialog } from "./ExportDialog";

const exportAccount = vi.fn(() => Promise.resolve(null));
vi.mock("../../lib/backend", () => ({
  backend: { exportAccount: (...args: unknown[]) => exportAccount(...(args as [])) },
  describeError: (e: unknown) => String(e),
}));

const snapshot = { account: { id: "acc-1", name: "Northwind" } } as unknown as AccountSnapshot;

describe("ExportDialog", () => {
  it("prints the map on the plan's paper by default and as a poster when chosen", async () => {
    render(<ExportDialog snapshot={snapshot} onClose={() => {}} />);
    const map = screen.getByLabelText("Map");
    expect((map as HTMLSelectElement).value).toBe("paper");
    fireEvent.change(map, { target: { value: "a1" } });
    fireEvent.click(screen.getByRole("button", { name: /export/i }));
    await waitFor(() => expect(exportAccount).toHaveBeenCalled());
    const [id, kind, options] = exportAccount.mock.calls[0] as unknown as [string, string, { poster: unknown }];
    expect(id).toBe("acc-1");
    expect(kind).toBe("planPdf");
    expect(options.poster).toBe("a1");
  });
});
