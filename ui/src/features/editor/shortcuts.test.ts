import { describe, expect, it } from "vitest";
import { MENU_ACTIONS } from "../../bindings";
import { chord } from "../../lib/menu";
import { actionFor, isEditorAction, keyAllowed, SHORTCUTS } from "./shortcuts";

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("actionFor", () => {
  it("maps undo and redo on Ctrl and on Cmd, and tells Shift apart", () => {
    expect(actionFor(press("z", { ctrlKey: true }), false)).toBe("undo");
    expect(actionFor(press("Z", { metaKey: true, shiftKey: true }), false)).toBe("redo");
    expect(actionFor(press("y", { ctrlKey: true }), false)).toBe("redo");
    expect(actionFor(press("d", { ctrlKey: true, shiftKey: true }), false)).toBeNull();
  });

  it("reads plain keys with or without Shift, as layouts type ? and +", () => {
    expect(actionFor(press("?", { shiftKey: true }), false)).toBe("shortcuts");
    expect(actionFor(press("+", { shiftKey: true }), false)).toBe("zoomIn");
    expect(actionFor(press("="), false)).toBe("zoomIn");
    expect(actionFor(press("-"), false)).toBe("zoomOut");
    expect(actionFor(press("F"), false)).toBe("fit");
    expect(actionFor(press("Backspace"), false)).toBe("delete");
    expect(actionFor(press("Escape"), false)).toBe("deselect");
    // A letter with Ctrl is not the plain letter: Ctrl+L stays the webview's.
    expect(actionFor(press("l", { ctrlKey: true }), false)).toBeNull();
  });

  it("leaves every key alone while the user types in a field, and Alt chords alone", () => {
    expect(actionFor(press("z", { ctrlKey: true }), true)).toBeNull();
    expect(actionFor(press("Delete"), true)).toBeNull();
    expect(actionFor(press("n", { altKey: true }), false)).toBeNull();
  });

  it("never takes a key the native menu owns", () => {
    expect(actionFor(press("n", { ctrlKey: true }), false)).toBeNull();
    expect(actionFor(press("p", { ctrlKey: true }), false)).toBeNull();
  });
});

describe("the one action table", () => {
  it("reaches every webview action of the table by each of its keys", () => {
    const owned = MENU_ACTIONS.filter((a) => a.keyOwner === "webview");
    expect(owned.length).toBeGreaterThan(15);
    for (const a of owned) {
      expect(isEditorAction(a.id)).toBe(true);
      for (const k of a.keys) {
        const c = chord(k);
        const event = press(c.key, { ctrlKey: c.command, shiftKey: c.shift });
        expect(actionFor(event, false), `${a.id} by ${k}`).toBe(a.id);
      }
    }
    expect(isEditorAction("newAccount")).toBe(false);
  });

  it("lists in the help every action with keys, with the words and keys of the table", () => {
    const keyed = MENU_ACTIONS.filter((a) => a.keys.length > 0);
    expect(SHORTCUTS.map((s) => s.action).sort()).toEqual(keyed.map((a) => a.id).sort());
    const redo = SHORTCUTS.find((s) => s.action === "redo");
    expect(redo?.keys).toEqual(["Shift+Ctrl+Z", "Ctrl+Y"]);
    expect(SHORTCUTS.find((s) => s.action === "deselect")?.keys).toEqual(["Esc"]);
    // The map's own keys come first: they are what the help is opened for.
    expect(SHORTCUTS[0]?.action).toBe("quickAdd");
  });
});

describe("keyAllowed", () => {
  it("lets presenter mode look around and undo a slip, and what-if only look around", () => {
    const editing = { presenter: false, whatIf: false };
    expect(keyAllowed("quickAdd", editing)).toBe(true);
    expect(keyAllowed("quickAdd", { presenter: true, whatIf: false })).toBe(false);
    expect(keyAllowed("undo", { presenter: true, whatIf: false })).toBe(true);
    expect(keyAllowed("fit", { presenter: true, whatIf: false })).toBe(true);
    expect(keyAllowed("undo", { presenter: false, whatIf: true })).toBe(false);
    expect(keyAllowed("zoomIn", { presenter: false, whatIf: true })).toBe(true);
  });
});
