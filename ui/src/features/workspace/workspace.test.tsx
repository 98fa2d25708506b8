import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { App } from "../../App";
import type { WorkspaceInfo } from "../../bindings";
import { NoWorkspace } from "./NoWorkspace";
import { workspaceStatus } from "./status";
import type { Switching } from "./switching";

function info(extra: Partial<WorkspaceInfo> = {}): WorkspaceInfo {
  return {
    path: "/home/kim/acme.rapport",
    open: true,
    problem: null,
    isDemo: false,
    recent: [],
    settingsProblem: null,
    today: "2026-11-23",
    openAccount: null,
    ...extra,
  };
}

const gone = info({
  open: false,
  path: "/media/usb/acme.rapport",
  problem: { kind: "notFound", message: "The workspace you had open last, /media/usb/acme.rapport, is not there any more." },
  recent: ["/home/kim/other.rapport"],
});

function switches(): Switching {
  return { newWorkspace: vi.fn(), openWorkspace: vi.fn(), openRecent: vi.fn(), openDemo: vi.fn(), closeWorkspace: vi.fn() };
}

const damaged = info({
  open: false,
  path: "/home/ana/Accounts.rapport",
  problem: { kind: "damaged", message: "The workspace /home/ana/Accounts.rapport is damaged (database disk image is malformed)." },
});

const dailyBackup = {
  file: { fileName: "Accounts.rapport-20261127-090000-daily.rapport-backup", takenAt: "2026-11-27T09:00:00", reason: "daily" },
  accounts: 4,
  problem: null,
  sizeBytes: 8192,
};

describe("no workspace open", () => {
  it("says why and offers another file, a new one, a recent one or the demo", () => {
    mockIPC(() => []);
    const to = switches();
    render(<NoWorkspace info={gone} to={to} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("This workspace is not there");
    expect(screen.getByRole("alert").textContent).toMatch(/is not there any more/);
    fireEvent.click(screen.getByRole("button", { name: "Open workspace…" }));
    fireEvent.click(screen.getByRole("button", { name: "New workspace…" }));
    fireEvent.click(screen.getByRole("button", { name: "Open the demo" }));
    fireEvent.click(screen.getByRole("button", { name: "/home/kim/other.rapport" }));
    expect(to.openWorkspace).toHaveBeenCalledOnce();
    expect(to.newWorkspace).toHaveBeenCalledOnce();
    expect(to.openDemo).toHaveBeenCalledOnce();
    expect(to.openRecent).toHaveBeenCalledWith("/home/kim/other.rapport");
  });

  it("puts a backup in place of a damaged workspace, through the shell", async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      // Listening for the menu's actions is the page's plumbing, not a call this test is about.
      if (cmd.startsWith("plugin:event|")) return 0;
      calls.push([cmd, args]);
      if (cmd === "failed_workspace_backups") return [dailyBackup];
      if (cmd === "restore_failed_workspace") return damaged;
      throw new Error(`unexpected ${cmd}`);
    });
    render(<NoWorkspace info={damaged} to={switches()} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("This workspace is damaged");
    expect(screen.getByText("/home/ana/Accounts.rapport")).toBeTruthy();
    fireEvent.click(await screen.findByText(/4 accounts/));
    fireEvent.click(screen.getByRole("button", { name: "Restore this backup" }));
    await waitFor(() => expect(calls.map(([cmd]) => cmd)).toEqual(["failed_workspace_backups", "restore_failed_workspace"]));
    expect(calls[1]?.[1]).toMatchObject({ fileName: dailyBackup.file.fileName });
  });

  it("offers no backup in place of a file written by a newer Rapport", () => {
    const newer = info({ open: false, problem: { kind: "newerVersion", message: "Written by Rapport 2.0." } });
    render(<NoWorkspace info={newer} to={switches()} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toContain("newer Rapport");
    expect(screen.queryByRole("region", { name: "Restore a backup" })).toBeNull();
  });

  it("the status bar names the file, the demo, or that none is open", () => {
    expect(workspaceStatus(info())).toBe("Workspace: /home/kim/acme.rapport");
    expect(workspaceStatus(info({ isDemo: true }))).toMatch(/\(the demo\)$/);
    expect(workspaceStatus(gone)).toBe("No workspace open (/media/usb/acme.rapport could not be opened)");
    expect(workspaceStatus(info({ open: false, path: null }))).toBe("No workspace open");
  });
});

describe("the app and the menu", () => {
  it("runs File → New workspace… through the shell, and reloads when the workspace changes", async () => {
    let current = gone;
    const calls: string[] = [];
    mockIPC(
      (cmd) => {
        calls.push(cmd);
        if (cmd === "workspace_info") return current;
        if (cmd === "failed_workspace_backups") return [];
        if (cmd === "new_workspace") {
          current = info({ path: "/home/kim/new.rapport" });
          return current;
        }
      },
      { shouldMockEvents: true },
    );
    render(<App />);
    await screen.findByText("This workspace is not there");
    await waitFor(async () => {
      await emit("menu-action", { id: "newWorkspace", recent: null });
      expect(calls).toContain("new_workspace");
    });
    await emit("workspace-changed", { path: "/home/kim/new.rapport" });
    await screen.findByText("Workspace: /home/kim/new.rapport");
    expect(screen.queryByText("This workspace is not there")).toBeNull();
  });

  it("shows a refusal from the shell where the user will see it", async () => {
    mockIPC(
      (cmd) => {
        if (cmd === "workspace_info") return gone;
        if (cmd === "failed_workspace_backups") return [];
        if (cmd === "open_demo") throw { kind: "io", message: "Could not put the new demo in place." };
      },
      { shouldMockEvents: true },
    );
    render(<App />);
    fireEvent.click(await screen.findByRole("button", { name: "Open the demo" }));
    await waitFor(() => expect(screen.getAllByRole("alert").map((a) => a.textContent)).toContain("Could not put the new demo in place."));
  });

  it("says why File → Export calendar… does nothing while no workspace is open", async () => {
    const calls: string[] = [];
    mockIPC(
      (cmd) => {
        calls.push(cmd);
        if (cmd === "workspace_info") return gone;
        if (cmd === "failed_workspace_backups") return [];
      },
      { shouldMockEvents: true },
    );
    render(<App />);
    await screen.findByText("This workspace is not there");
    await waitFor(async () => {
      await emit("menu-action", { id: "exportCalendar", recent: null });
      expect(screen.getByRole("status").textContent).toContain("No workspace is open, so there is no calendar to export");
    });
    expect(calls).not.toContain("export_calendar");
  });
});
