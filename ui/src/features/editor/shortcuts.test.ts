import { describe, expect, it } from "vitest";
import { actionFor, SHORTCUTS } from "./shortcuts";

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("actionFor", () => {
  it("maps undo and redo on Ctrl and on Cmd", () => {
    expect(actionFor(press("z", { ctrlKey: true }), false)).toBe("undo");
    expect(actionFor(press("Z", { metaKey: true, shiftKey: true }), false)).toBe("redo");
    expect(actionFor(press("y", { ctrlKey: true }), false)).toBe("redo");
  });

  it("leaves every key alone while the user types in a field", () => {
    expect(actionFor(press("z", { ctrlKey: true }), true)).toBeNull();
    expect(actionFor(press("Delete"), true)).toBeNull();
  });

  it("gives every listed action a key that reaches it", () => {
    const reachable = new Set(
      ["n", "/", "l", "f", "F5", "c", "F2", "p", "w", "x", "b", "Delete", "Escape", "?"].map((k) => actionFor(press(k), false)),
    );
    reachable.add(actionFor(press("z", { ctrlKey: true }), false));
    reachable.add(actionFor(press("y", { ctrlKey: true }), false));
    reachable.add(actionFor(press("d", { ctrlKey: true }), false));
    for (const s of SHORTCUTS) expect(reachable.has(s.action), s.action).toBe(true);
  });
});
