import { describe, expect, it } from "vitest";
import { coverageKeyAction, strengthsAfter } from "./coverageKeys";

const key = (code: string, more: Partial<KeyboardEvent> = {}) => ({
  code,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...more,
});
const at = { row: 1, col: 1 };
const size = { rows: 3, cols: 3 };

describe("coverage matrix keys", () => {
  it("sets the strength now from the physical digit key, whatever the layout types", () => {
    // AZERTY: the key under "2" types "é" without Shift.
    const azerty = { ...key("Digit2"), key: "é" };
    expect(coverageKeyAction(azerty, at, size)).toEqual({ kind: "set", which: "now", level: 2 });
    expect(coverageKeyAction(key("Numpad4"), at, size)).toEqual({ kind: "set", which: "now", level: 4 });
    expect(coverageKeyAction(key("Digit0"), at, size)).toEqual({ kind: "set", which: "now", level: 0 });
  });

  it("sets the strength wanted with Shift (on AZERTY Shift+2 types “2”; still level 2, wanted)", () => {
    const azerty = { ...key("Digit3", { shiftKey: true }), key: "3" };
    expect(coverageKeyAction(azerty, at, size)).toEqual({ kind: "set", which: "wanted", level: 3 });
    const qwerty = { ...key("Digit3", { shiftKey: true }), key: "#" };
    expect(coverageKeyAction(qwerty, at, size)).toEqual({ kind: "set", which: "wanted", level: 3 });
  });

  it("ignores digits beyond the scale and chords with Ctrl, Alt or Meta", () => {
    expect(coverageKeyAction(key("Digit5"), at, size)).toBeNull();
    expect(coverageKeyAction(key("KeyZ", { ctrlKey: true }), at, size)).toBeNull();
    expect(coverageKeyAction(key("Digit2", { ctrlKey: true }), at, size)).toBeNull();
    expect(coverageKeyAction(key("Digit2", { metaKey: true }), at, size)).toBeNull();
    expect(coverageKeyAction(key("KeyA"), at, size)).toBeNull();
  });

  it("moves with the arrows and stops at the edges", () => {
    expect(coverageKeyAction(key("ArrowRight"), at, size)).toEqual({ kind: "move", to: { row: 1, col: 2 } });
    expect(coverageKeyAction(key("ArrowDown"), at, size)).toEqual({ kind: "move", to: { row: 2, col: 1 } });
    expect(coverageKeyAction(key("ArrowUp"), { row: 0, col: 0 }, size)).toEqual({ kind: "move", to: { row: 0, col: 0 } });
    expect(coverageKeyAction(key("ArrowLeft"), { row: 0, col: 0 }, size)).toEqual({ kind: "move", to: { row: 0, col: 0 } });
    expect(coverageKeyAction(key("End"), at, size)).toEqual({ kind: "move", to: { row: 1, col: 2 } });
    expect(coverageKeyAction(key("Home"), at, size)).toEqual({ kind: "move", to: { row: 1, col: 0 } });
  });

  it("changes only the strength typed", () => {
    const line = { strength: "aware", desired: "trusted" } as const;
    expect(strengthsAfter(line, "now", 2)).toEqual({ strength: "acquainted", desired: "trusted" });
    expect(strengthsAfter(line, "wanted", 4)).toEqual({ strength: "aware", desired: "advisor" });
    expect(strengthsAfter(null, "now", 3)).toEqual({ strength: "trusted", desired: "trusted" });
    expect(strengthsAfter(null, "wanted", 3)).toEqual({ strength: "none", desired: "trusted" });
  });
});
