// The keyboard, read from the shell's one action table (MENU_ACTIONS: the same rows build the
// native menu): which key runs which action, and what the shortcuts help lists.
import { type ActionId, MENU_ACTIONS } from "../../bindings";
import { type Chord, chord, shownKeys } from "../../lib/menu";

/** An action the page runs from its own key handler (the menu only shows those keys). */
export type EditorAction = Extract<(typeof MENU_ACTIONS)[number], { keyOwner: "webview" }>["id"];

type Key = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

const WEBVIEW_KEYS: { action: EditorAction; chord: Chord }[] = MENU_ACTIONS.flatMap((a) =>
  a.keyOwner === "webview" ? a.keys.map((k) => ({ action: a.id as EditorAction, chord: chord(k) })) : [],
);

/** Whether a menu action is one the page runs with its own keys. */
export function isEditorAction(id: ActionId): id is EditorAction {
  return MENU_ACTIONS.some((a) => a.id === id && a.keyOwner === "webview");
}

/** The event's key as the table writes it: letters in lower case, Esc as "Escape". */
function pressed(e: Key): string {
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}

/**
 * The action a key press asks for. `typing` is true while focus is in a text field: there every
 * key belongs to the field (Ctrl+Z undoes the typing, not the map), so nothing is taken.
 * With Ctrl (or Cmd) the Shift key must match the table; without, it is ignored, since "?" and
 * "+" need Shift on many layouts.
 */
export function actionFor(e: Key, typing: boolean): EditorAction | null {
  if (typing || e.altKey) return null;
  const command = e.ctrlKey || e.metaKey;
  const key = pressed(e);
  const hit = WEBVIEW_KEYS.find(({ chord: c }) => c.key === key && c.command === command && (!command || c.shift === e.shiftKey));
  return hit?.action ?? null;
}

/** The rows of the shortcuts help: every action with keys, in the table's order, map keys first. */
export const SHORTCUTS: { action: ActionId; keys: string[]; what: string }[] = [
  ...MENU_ACTIONS.filter((a) => a.menu === null),
  ...MENU_ACTIONS.filter((a) => a.menu !== null),
].flatMap((a) => (a.keys.length > 0 && a.help ? [{ action: a.id, keys: a.keys.map((k) => shownKeys(k)), what: a.help }] : []));

/** Whether an event target is a place where keys type text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** What only looks at the map: all that works during what-if, which changes nothing. */
const LOOKING_ACTIONS: readonly EditorAction[] = ["fit", "zoomIn", "zoomOut", "presenter", "deselect", "find", "shortcuts", "whatIf", "foldBranch", "focusBranch"];
/** In presenter mode, looking around plus undoing a slip. */
const PRESENTER_ACTIONS: readonly EditorAction[] = [...LOOKING_ACTIONS, "undo", "redo"];

/** Whether a key's action runs in the editor's mode: presenter mode and what-if only look around. */
export function keyAllowed(action: EditorAction, mode: { presenter: boolean; whatIf: boolean }): boolean {
  if (mode.presenter && !PRESENTER_ACTIONS.includes(action)) return false;
  return !mode.whatIf || LOOKING_ACTIONS.includes(action);
}
