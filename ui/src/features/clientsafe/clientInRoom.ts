// "Client in the room": while on, the editor hides what the client-safe PDF leaves out. The rules
// are core's (rapport_core::client_safe, the bindings' CLIENT_SAFE constant, built from the
// functions the PDF calls), so the room and the document hide the same things.
//
// It is view state, not an edit: not in the undo history, not stored, kept while the app runs
// (across accounts) and off at the next start.
import { CLIENT_SAFE, type ChangedField, type Finding, type FindingKind, type Goal, type GoalTarget, type PersonField, type PlanOverview, type ReviewDiff, type StepProgress } from "../../bindings";

// Widened to the types they list, so any finding or field can be asked about.
const HIDDEN_FINDINGS: readonly FindingKind[] = CLIENT_SAFE.hiddenFindings;
const HIDDEN_FIELDS: readonly PersonField[] = CLIENT_SAFE.hiddenPersonFields;
const HIDDEN_CHANGES: readonly ChangedField[] = CLIENT_SAFE.hiddenChanges;

let on = false;
const listeners = new Set<() => void>();

export function isClientInRoom(): boolean {
  return on;
}

export function setClientInRoom(next: boolean): void {
  if (next === on) return;
  on = next;
  for (const listener of listeners) listener();
}

export function subscribeClientInRoom(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a stakeholder's field is shown (always, unless the client is in the room and core hides it). */
export function personFieldShown(clientInRoom: boolean, field: PersonField): boolean {
  return !clientInRoom || !HIDDEN_FIELDS.includes(field);
}

/** Whether our internal notes (coverage, relations, initiatives, interactions, reviews, the analysis notes) are shown. */
export function internalNotesShown(clientInRoom: boolean): boolean {
  return !clientInRoom || !CLIENT_SAFE.internalNotesHidden;
}

/** The findings the room may see: with the client in, none that rest on attitudes. */
export function shareableFindings(findings: Finding[], clientInRoom: boolean): Finding[] {
  if (!clientInRoom) return findings;
  return findings.filter((f) => !HIDDEN_FINDINGS.includes(f.kind));
}

/** Whether our economics (whitespace values, money totals) are shown: with the client in, not (as the client-safe PDF). */
export function economicsShown(clientInRoom: boolean): boolean {
  return !clientInRoom || !CLIENT_SAFE.economicsHidden;
}

/** Whether a kind of goal target is offered and shown: with the client in, not one that moves an attitude. */
export function targetKindShown(clientInRoom: boolean, kind: GoalTarget["kind"]): boolean {
  return !clientInRoom || !(CLIENT_SAFE.attitudeGoalsHidden && kind === "attitude");
}

/** Whether a goal is shown: with the client in, none that move an attitude (it names the attitude). */
export function goalShown(clientInRoom: boolean, goal: Pick<Goal, "target">): boolean {
  return targetKindShown(clientInRoom, goal.target.kind);
}

/** The steps' completeness as the room may see it: core's count of only the findings and goals the client may see. */
export function stepProgressShown(overview: Pick<PlanOverview, "steps" | "clientSafeSteps">, clientInRoom: boolean): StepProgress[] {
  return clientInRoom ? overview.clientSafeSteps : overview.steps;
}

/** A review's diff as the room may see it: no attitude changes, no goals that move an attitude (as the client-safe PDF). */
export function shareableDiff(diff: ReviewDiff, clientInRoom: boolean): ReviewDiff {
  if (!clientInRoom) return diff;
  return {
    ...diff,
    changes: diff.changes.filter((c) => !HIDDEN_CHANGES.includes(c.field)),
    goalChanges: diff.goalChanges.filter((g) => goalShown(true, g)),
  };
}

/** The banner's words: what is hidden, in the room's language. */
export const CLIENT_IN_ROOM_BANNER = "Client in the room: attitudes, findings about people's attitudes and private notes hidden";
