import { emit } from "@tauri-apps/api/event";
import { mockIPC } from "@tauri-apps/api/mocks";
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { MENU_ACTIONS } from "../bindings";
import { menuKeys, runMenuAction, useMenuActions } from "./menu";

describe("menu actions", () => {
  it("run the screen's handler for the chosen action, and nothing else", () => {
    const undo = vi.fn();
    const fit = vi.fn();
    expect(runMenuAction({ id: "undo", recent: null }, { undo, fit })).toBe(true);
    expect(undo).toHaveBeenCalledOnce();
    expect(fit).not.toHaveBeenCalled();
    expect(runMenuAction({ id: "export", recent: null }, { undo })).toBe(false);
  });

  it("hands Open recent its file", () => {
    const openRecent = vi.fn();
    runMenuAction({ id: "openRecent", recent: "/home/kim/acme.rapport" }, { openRecent });
    expect(openRecent).toHaveBeenCalledWith({ id: "openRecent", recent: "/home/kim/acme.rapport" });
  });

  it("reach a mounted screen through the shell's event", async () => {
    mockIPC(() => {}, { shouldMockEvents: true });
    const newWorkspace = vi.fn();
    const { unmount } = renderHook(() => useMenuActions({ newWorkspace }));
    await waitFor(async () => {
      await emit("menu-action", { id: "newWorkspace", recent: null });
      expect(newWorkspace).toHaveBeenCalled();
    });
    unmount();
    newWorkspace.mockClear();
    await emit("menu-action", { id: "newWorkspace", recent: null });
    expect(newWorkspace).not.toHaveBeenCalled();
  });

  it("show keys the way the platform writes them, from the shell's table", () => {
    expect(menuKeys("redo", false)).toBe("Shift+Ctrl+Z");
    expect(menuKeys("redo", true)).toBe("⇧⌘Z");
    expect(menuKeys("fit", false)).toBe("F");
    expect(menuKeys("about", false)).toBeNull();
    // The text-field keys stay with the page, so a field's own undo keeps working.
    const undo = MENU_ACTIONS.find((a) => a.id === "undo");
    expect(undo?.keyOwner).toBe("webview");
  });
});
