// The editor's keyboard: one table, used by the key handler and shown in the help overlay.

export type EditorAction =
  | "undo"
  | "redo"
  | "quickAdd"
  | "search"
  | "layout"
  | "fitView"
  | "presenter"
  | "connect"
  | "duplicate"
  | "rename"
  | "delete"
  | "pin"
  | "deselect"
  | "whatIf"
  | "foldBranch"
  | "focusBranch"
  | "help";

export const SHORTCUTS: { action: EditorAction; keys: string; what: string }[] = [
  { action: "quickAdd", keys: "N", what: "Add people (quick-add bar)" },
  { action: "search", keys: "/ or Ctrl+F", what: "Find a person" },
  { action: "undo", keys: "Ctrl+Z", what: "Undo" },
  { action: "redo", keys: "Shift+Ctrl+Z or Ctrl+Y", what: "Redo" },
  { action: "connect", keys: "C", what: "Connect the selected person to someone" },
  { action: "rename", keys: "F2", what: "Rename the selected person" },
  { action: "duplicate", keys: "Ctrl+D", what: "Duplicate the selected person" },
  { action: "pin", keys: "P", what: "Pin or unpin the selected card" },
  { action: "delete", keys: "Delete", what: "Delete the selected person or line" },
  { action: "layout", keys: "L", what: "Lay out the map" },
  { action: "fitView", keys: "F", what: "Fit the map to the window" },
  { action: "presenter", keys: "F5", what: "Presenter mode on or off" },
  { action: "whatIf", keys: "W", what: "What if the selected person leaves? (click more people to add them; W or Esc leaves)" },
  { action: "foldBranch", keys: "X", what: "Fold the selected manager's branch into their card, or open it (also the ▾ under the card)" },
  { action: "focusBranch", keys: "B", what: "Show only the selected manager's branch and who covers it; B or Esc shows everyone" },
  { action: "deselect", keys: "Esc", what: "Clear the selection, leave what-if or a branch in focus" },
  { action: "help", keys: "?", what: "Show these shortcuts" },
];

type Key = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/**
 * The action a key press asks for. `typing` is true while focus is in a text field: there only
 * the undo/redo of the map would steal the field's own undo, so nothing is taken.
 */
export function actionFor(e: Key, typing: boolean): EditorAction | null {
  if (typing || e.altKey) return null;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod) {
    if (key === "z") return e.shiftKey ? "redo" : "undo";
    if (key === "y") return "redo";
    if (key === "d") return "duplicate";
    if (key === "f") return "search";
    return null;
  }
  switch (key) {
    case "n":
      return "quickAdd";
    case "/":
      return "search";
    case "l":
      return "layout";
    case "f":
      return "fitView";
    case "F5":
      return "presenter";
    case "c":
      return "connect";
    case "F2":
      return "rename";
    case "p":
      return "pin";
    case "w":
      return "whatIf";
    case "x":
      return "foldBranch";
    case "b":
      return "focusBranch";
    case "Delete":
    case "Backspace":
      return "delete";
    case "Escape":
      return "deselect";
    case "?":
      return "help";
    default:
      return null;
  }
}

/** Whether an event target is a place where keys type text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
