// Re-parent by drag: a card dropped onto another person's card makes that person the manager —
// but only after the dragged card has hovered over them for a moment, and the target has lit up
// to say so. A quick move across other cards stays a plain move, never a re-parent by accident.

/** How long the pointer must rest over a card before it becomes a drop target. */
export const DWELL_MS = 600;

export type DwellState = { over: string | null; since: number; armed: string | null };

export const NO_DWELL: DwellState = { over: null, since: 0, armed: null };

/**
 * The next state when, at `now`, the pointer of a drag is over `over` (a client card other than
 * the one dragged, or `null`): a new card restarts the clock, resting long enough arms it.
 */
export function dwell(state: DwellState, over: string | null, now: number): DwellState {
  if (over !== state.over) return { over, since: now, armed: null };
  if (over !== null && state.armed === null && now - state.since >= DWELL_MS) return { ...state, armed: over };
  return state;
}
