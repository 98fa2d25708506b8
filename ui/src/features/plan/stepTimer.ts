// The workshop's step timer as plain data, so its arithmetic is tested without a clock: time runs
// for one step at a time, keeps running when the facilitator moves to another step (it then counts
// for that step), and each step keeps its own total.
import type { PlanStepId } from "./steps";

export type TimerState = {
  /** The step the running time counts for. */
  step: PlanStepId;
  /** Milliseconds already counted per step (not including the running stretch). */
  spent: Partial<Record<PlanStepId, number>>;
  /** When the running stretch began (ms since the epoch), or null when paused. */
  since: number | null;
};

export function newTimer(step: PlanStepId): TimerState {
  return { step, spent: {}, since: null };
}

export function isRunning(t: TimerState): boolean {
  return t.since !== null;
}

/** Adds the running stretch to the current step and starts a new stretch at `now`. */
function settle(t: TimerState, now: number): TimerState {
  if (t.since === null) return t;
  const stretch = Math.max(0, now - t.since);
  return { ...t, spent: { ...t.spent, [t.step]: (t.spent[t.step] ?? 0) + stretch }, since: now };
}

export function start(t: TimerState, now: number): TimerState {
  return t.since === null ? { ...t, since: now } : t;
}

export function pause(t: TimerState, now: number): TimerState {
  return { ...settle(t, now), since: null };
}

/** Zero for the current step only; a running timer keeps running from zero. */
export function reset(t: TimerState, now: number): TimerState {
  return { ...t, spent: { ...t.spent, [t.step]: 0 }, since: t.since === null ? null : now };
}

/** The facilitator moved to `step`: from now on, time counts for it. */
export function switchTo(t: TimerState, step: PlanStepId, now: number): TimerState {
  if (step === t.step) return t;
  return { ...settle(t, now), step };
}

export function elapsed(t: TimerState, step: PlanStepId, now: number): number {
  const running = t.since !== null && step === t.step ? Math.max(0, now - t.since) : 0;
  return (t.spent[step] ?? 0) + running;
}

/** "04:07", or "1:02:03" past an hour. */
export function clock(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
