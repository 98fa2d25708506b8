import type { Strength } from "../../bindings";
import { STRENGTHS } from "../../shared/visualLanguage";

/** A cell of the coverage matrix: row = one of their people, column = one of ours. */
export type CellAt = { row: number; col: number };

/** What a key pressed on a matrix cell does. */
export type CoverageKeyAction = { kind: "move"; to: CellAt } | { kind: "set"; which: "now" | "wanted"; level: number };

/**
 * The physical key, not the character it types: on AZERTY the digit row types "&é\"'(" without
 * Shift, so `key` would be "é" where `code` is still "Digit2". Shift is then free to mean "wanted".
 */
const LEVEL_BY_CODE: Record<string, number> = {
  Digit0: 0,
  Digit1: 1,
  Digit2: 2,
  Digit3: 3,
  Digit4: 4,
  Numpad0: 0,
  Numpad1: 1,
  Numpad2: 2,
  Numpad3: 3,
  Numpad4: 4,
};

const STEP: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

type Keys = Pick<KeyboardEvent, "code" | "shiftKey" | "ctrlKey" | "altKey" | "metaKey">;

/**
 * Arrow keys move between cells (Home/End to the row's ends); 0–4 set how well they know each
 * other now, Shift+0–4 how well we want them to. Chords with Ctrl, Alt or Meta are left alone
 * (Ctrl+Z undoes).
 */
export function coverageKeyAction(e: Keys, at: CellAt, size: { rows: number; cols: number }): CoverageKeyAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const level = LEVEL_BY_CODE[e.code];
  if (level !== undefined) return { kind: "set", which: e.shiftKey ? "wanted" : "now", level };
  const clamp = (n: number, max: number) => Math.max(0, Math.min(max - 1, n));
  if (e.code === "Home") return { kind: "move", to: { row: at.row, col: 0 } };
  if (e.code === "End") return { kind: "move", to: { row: at.row, col: size.cols - 1 } };
  const step = STEP[e.code];
  if (!step) return null;
  return { kind: "move", to: { row: clamp(at.row + step[0], size.rows), col: clamp(at.col + step[1], size.cols) } };
}

/**
 * Both strengths after a digit: the one typed changes, the other stays. A cell without a line
 * gets one: "now" typed first wants no more than that yet; "wanted" typed first means they do
 * not know each other yet.
 */
export function strengthsAfter(
  line: { strength: Strength; desired: Strength } | null,
  which: "now" | "wanted",
  level: number,
): { strength: Strength; desired: Strength } {
  const typed: Strength = STRENGTHS[level] ?? "none";
  if (which === "now") return { strength: typed, desired: line ? line.desired : typed };
  return { strength: line ? line.strength : "none", desired: typed };
}
