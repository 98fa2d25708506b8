// The native menu bar's actions as the UI receives them: the shell sends one typed event per
// click (`menuAction`), and each screen runs the actions it has a handler for, with the same
// handlers as its buttons and keys. The table (labels, keys, menus) is the shell's MENU_ACTIONS.
import { useEffect } from "react";
import { type ActionId, events, MENU_ACTIONS, type MenuAction } from "../bindings";
import { backend } from "./backend";
import { subscribe, useShellEvent } from "./shellEvents";

export type MenuHandlers = Partial<Record<ActionId, (action: MenuAction) => void>>;

/** Runs this screen's handler for the action; false when the screen has none. */
export function runMenuAction(action: MenuAction, handlers: MenuHandlers): boolean {
  const handler = handlers[action.id];
  if (!handler) return false;
  handler(action);
  return true;
}

/** Runs `handlers` for the menu actions chosen while the component is on screen. */
export function useMenuActions(handlers: MenuHandlers) {
  useShellEvent(events.menuAction, (action) => runMenuAction(action, handlers));
}

/** Calls `handler` for every menu action; returns how to stop (for use inside an effect). */
export function onMenuAction(handler: (action: MenuAction) => void): () => void {
  return subscribe(events.menuAction, handler);
}

/** One chord of the action table ("CmdOrCtrl+Shift+Z", "F2", "?"): what a key event must show. */
export type Chord = { command: boolean; shift: boolean; key: string };

export function chord(keys: string): Chord {
  const parts = keys.split("+");
  // "+" itself is a key: "CmdOrCtrl++" or a lone "+".
  const key = keys.endsWith("+") ? "+" : (parts.at(-1) ?? keys);
  return { command: parts.includes("CmdOrCtrl"), shift: parts.includes("Shift"), key: key.length === 1 ? key.toLowerCase() : key };
}

/** Keys as written on this platform: "CmdOrCtrl+Shift+Z" → "Shift+Ctrl+Z" (⇧⌘Z on a Mac), "Escape" → "Esc". */
export function shownKeys(keys: string, mac = navigator.userAgent.includes("Mac")): string {
  const c = chord(keys);
  const key = c.key === "Escape" ? "Esc" : c.key.length === 1 ? c.key.toUpperCase() : c.key;
  const shift = c.shift ? (mac ? "⇧" : "Shift+") : "";
  const command = c.command ? (mac ? "⌘" : "Ctrl+") : "";
  return `${shift}${command}${key}`;
}

/** The keys the menu shows for an action, as written on this platform ("Shift+Ctrl+Z"). */
export function menuKeys(id: ActionId, mac = navigator.userAgent.includes("Mac")): string | null {
  const keys = MENU_ACTIONS.find((a) => a.id === id)?.keys[0];
  return keys ? shownKeys(keys, mac) : null;
}

/**
 * Keeps Edit → Undo and Redo naming the steps of the history on screen; when the screen goes,
 * they go back to plain, greyed-out items (no other screen has said what it would undo).
 */
export function useHistoryInMenu(undo: string | null, redo: string | null) {
  useEffect(() => {
    void backend.showHistoryInMenu(undo, redo).catch(() => {});
  }, [undo, redo]);
  useEffect(() => () => void backend.showHistoryInMenu(null, null).catch(() => {}), []);
}
