import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RecoveryScreen } from "./RecoveryScreen";

afterEach(() => clearMocks());

const damaged = {
  path: "/home/ana/Accounts.rapport",
  error: { kind: "damaged" as const, message: "The workspace /home/ana/Accounts.rapport is damaged (database disk image is malformed)." },
};

describe("RecoveryScreen", () => {
  it("says what is wrong and offers another file, a new workspace and the backups", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "list_backups")
        return [
          {
            file: { fileName: "Accounts.rapport-20261127-090000-daily.rapport-backup", takenAt: "2026-11-27T09:00:00", reason: "daily" },
            accounts: 4,
            problem: null,
            sizeBytes: 8192,
          },
        ];
      if (cmd === "restore_backup") return { restored: "x", keptAs: "y" };
      throw new Error(`unexpected ${cmd}`);
    });
    const chooseAnother = vi.fn();
    const startNew = vi.fn();
    const restored = vi.fn();
    render(<RecoveryScreen problem={damaged} onChooseAnother={chooseAnother} onStartNew={startNew} onRestored={restored} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("This workspace is damaged");
    expect(screen.getByRole("alert").textContent).toContain("malformed");
    fireEvent.click(screen.getByRole("button", { name: "Choose another file…" }));
    fireEvent.click(screen.getByRole("button", { name: "Start a new workspace…" }));
    expect(chooseAnother).toHaveBeenCalled();
    expect(startNew).toHaveBeenCalled();
    fireEvent.click(await screen.findByText(/4 accounts/));
    fireEvent.click(screen.getByRole("button", { name: "Restore this backup" }));
    await waitFor(() => expect(restored).toHaveBeenCalled());
    expect(calls).toEqual(["list_backups", "restore_backup"]);
  });

  it("offers no backup in place of a file written by a newer Rapport", () => {
    render(
      <RecoveryScreen
        problem={{ path: "/w.rapport", error: { kind: "newerVersion", message: "Written by Rapport 2.0." } }}
        onChooseAnother={() => {}}
        onStartNew={() => {}}
        onRestored={() => {}}
      />,
    );
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("newer Rapport");
    expect(screen.queryByRole("region", { name: "Restore a backup" })).toBeNull();
  });
});
