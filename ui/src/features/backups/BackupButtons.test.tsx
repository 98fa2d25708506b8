import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ListedBackup } from "../../bindings";
import { BackupButtons } from "./BackupButtons";
import { ReadOnlyBanner } from "./ReadOnlyBanner";

const manual: ListedBackup = {
  file: { fileName: "ws.rapport-20261127-101500-manual.rapport-backup", takenAt: "2026-11-27T10:15:00", reason: "manual" },
  accounts: 3,
  problem: null,
  sizeBytes: 4096,
};
const backups: ListedBackup[] = [
  manual,
  {
    file: { fileName: "ws.rapport-20261126-090000-daily.rapport-backup", takenAt: "2026-11-26T09:00:00", reason: "daily" },
    accounts: null,
    problem: "The workspace is damaged.",
    sizeBytes: 10,
  },
];

afterEach(() => clearMocks());

describe("BackupButtons", () => {
  it("backs up now and says under which name", async () => {
    mockIPC((cmd) => {
      if (cmd === "back_up_now") return manual.file;
      throw new Error(`unexpected ${cmd}`);
    });
    render(<BackupButtons onRestored={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Back up now" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("manual.rapport-backup"));
  });

  it("lists backups newest first and restores the one chosen", async () => {
    const restored = vi.fn();
    const calls: unknown[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === "list_backups") return backups;
      if (cmd === "restore_backup") return { restored: manual.file.fileName, keptAs: "kept" };
      throw new Error(`unexpected ${cmd}`);
    });
    render(<BackupButtons onRestored={restored} />);
    fireEvent.click(screen.getByRole("button", { name: "Restore from a backup…" }));
    const first = await screen.findByText(/3 accounts · backed up by hand/);
    // A backup that cannot be read is shown, but cannot be chosen.
    expect(screen.getByText(/cannot be restored: The workspace is damaged/)).toBeTruthy();
    const radios = screen.getAllByRole("radio");
    expect((radios[1] as HTMLInputElement).disabled).toBe(true);
    // The newest readable backup is chosen already; restoring still waits for the click.
    await waitFor(() => expect((radios[0] as HTMLInputElement).checked).toBe(true));
    fireEvent.click(first);
    fireEvent.click(screen.getByRole("button", { name: "Restore this backup" }));
    await waitFor(() => expect(restored).toHaveBeenCalled());
    expect(calls).toContainEqual({ cmd: "restore_backup", args: { fileName: manual.file.fileName } });
  });

  it("shows why a restore was refused and keeps the dialog open", async () => {
    mockIPC((cmd) => {
      if (cmd === "list_backups") return backups;
      if (cmd === "restore_backup") return Promise.reject({ kind: "locked", message: "The workspace is busy." });
      throw new Error(`unexpected ${cmd}`);
    });
    render(<BackupButtons onRestored={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Restore from a backup…" }));
    fireEvent.click(await screen.findByText(/3 accounts/));
    fireEvent.click(screen.getByRole("button", { name: "Restore this backup" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The workspace is busy.");
    expect(screen.getByRole("dialog", { name: "Restore from a backup" })).toBeTruthy();
  });
});

describe("ReadOnlyBanner", () => {
  it("appears only for a workspace opened read-only", async () => {
    mockIPC(() => ({ path: "/ro/ws.rapport", readOnly: true, backupsFolder: "/ro/backups" }));
    render(<ReadOnlyBanner />);
    expect((await screen.findByRole("status")).textContent).toMatch(/^Read-only/);
  });

  it("stays away for a writable workspace", async () => {
    const asked = vi.fn(() => ({ path: "/w/ws.rapport", readOnly: false, backupsFolder: "/w/backups" }));
    mockIPC(asked);
    const { container } = render(<ReadOnlyBanner />);
    await waitFor(() => expect(asked).toHaveBeenCalled());
    expect(container.textContent).toBe("");
  });
});
