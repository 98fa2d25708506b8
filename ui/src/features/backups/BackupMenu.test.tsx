import { emit } from "@tauri-apps/api/event";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ListedBackup } from "../../bindings";
import { BackupMenu } from "./BackupMenu";

const manual: ListedBackup = {
  file: { fileName: "ws.rapport-20261127-101500-manual.rapport-backup", takenAt: "2026-11-27T10:15:00", reason: "manual" },
  accounts: 3,
  problem: null,
  sizeBytes: 4096,
};

// Unmounted first: the menu stops listening through the mocked event plugin.
afterEach(() => {
  cleanup();
  clearMocks();
});

/** Chooses a File menu item the way the shell does, once the menu is listening. */
async function choose(id: "backUpNow" | "restoreBackup", shows: () => HTMLElement) {
  await waitFor(async () => {
    await emit("menu-action", { id, recent: null });
    expect(shows()).toBeTruthy();
  });
}

describe("BackupMenu", () => {
  it("backs up from File → Back up now… and says under which name and where", async () => {
    mockIPC(
      (cmd) => {
        if (cmd === "back_up_now") return manual.file;
        if (cmd === "workspace_file") return { path: "/w/ws.rapport", readOnly: false, backupsFolder: "/w/backups" };
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    render(<BackupMenu onRestored={() => {}} />);
    await choose("backUpNow", () => screen.getByRole("dialog", { name: "Back up now" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("manual.rapport-backup"));
    expect(screen.getByText("/w/backups")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("says why a backup could not be made", async () => {
    mockIPC(
      (cmd) => {
        if (cmd === "back_up_now") return Promise.reject({ kind: "diskFull", message: "The disk is full." });
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    render(<BackupMenu onRestored={() => {}} />);
    await choose("backUpNow", () => screen.getByRole("dialog", { name: "Back up now" }));
    expect((await screen.findByRole("alert")).textContent).toBe("The disk is full.");
  });

  it("lists the open workspace's backups from File → Restore from a backup…", async () => {
    const calls: string[] = [];
    mockIPC(
      (cmd) => {
        calls.push(cmd);
        if (cmd === "workspace_info") return { open: true };
        if (cmd === "list_backups") return [manual];
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    render(<BackupMenu onRestored={() => {}} />);
    await choose("restoreBackup", () => screen.getByRole("dialog", { name: "Restore from a backup" }));
    expect(await screen.findByText(/3 accounts · backed up by hand/)).toBeTruthy();
    expect(calls).toContain("list_backups");
  });

  it("offers the failed file's backups when no workspace is open", async () => {
    const calls: string[] = [];
    mockIPC(
      (cmd) => {
        calls.push(cmd);
        if (cmd === "workspace_info") return { open: false };
        if (cmd === "failed_workspace_backups") return [manual];
        throw new Error(`unexpected ${cmd}`);
      },
      { shouldMockEvents: true },
    );
    render(<BackupMenu onRestored={() => {}} />);
    await choose("restoreBackup", () => screen.getByRole("dialog", { name: "Restore from a backup" }));
    expect(await screen.findByText(/3 accounts/)).toBeTruthy();
    expect(calls).not.toContain("list_backups");
  });
});
