// Rapport's words for the backend's values, as the room reads them, for every screen. The labels
// are core's (exported into the bindings as VOCABULARY); what is here is how screens use them.
// Pure, so tested without a DOM.
import {
  type AccountSnapshot,
  type ChangedField,
  type ComingUpKind,
  type GoalStatus,
  type GoalTarget,
  type InitiativeStatus,
  type InteractionKind,
  type LifecycleStage,
  type NoteKind,
  type PersonId,
  type Priority,
  type Quadrant,
  type ReferenceKind,
  type Severity,
  type SizeBand,
  type Strength,
  type ThankYouReason,
  VOCABULARY,
  type WhitespaceState,
} from "../bindings";
import { ATTITUDE_STYLE, labelsOf, STRENGTH_LABEL, valuesOf } from "./visualLanguage";

export const PRIORITIES: Priority[] = valuesOf(VOCABULARY.priorities);
export const PRIORITY_LABEL: Record<Priority, string> = labelsOf(VOCABULARY.priorities);

export const WHITESPACE_STATES: WhitespaceState[] = valuesOf(VOCABULARY.whitespaceStates);
export const WHITESPACE_STATE_LABEL: Record<WhitespaceState, string> = labelsOf(VOCABULARY.whitespaceStates);

export const SEVERITIES: Severity[] = valuesOf(VOCABULARY.severities);
export const SEVERITY_LABEL: Record<Severity, string> = labelsOf(VOCABULARY.severities);

export const GOAL_STATUSES: GoalStatus[] = valuesOf(VOCABULARY.goalStatuses);
export const GOAL_STATUS_LABEL: Record<GoalStatus, string> = labelsOf(VOCABULARY.goalStatuses);

export const INITIATIVE_STATUSES: InitiativeStatus[] = valuesOf(VOCABULARY.initiativeStatuses);
export const INITIATIVE_STATUS_LABEL: Record<InitiativeStatus, string> = labelsOf(VOCABULARY.initiativeStatuses);

export const INTERACTION_KINDS: InteractionKind[] = valuesOf(VOCABULARY.interactionKinds);
export const INTERACTION_KIND_LABEL: Record<InteractionKind, string> = labelsOf(VOCABULARY.interactionKinds);
/** Value-adding kinds in the brand's greens and blues, problems in warm colours (a CSS custom property per theme). */
export const INTERACTION_KIND_COLOUR = Object.fromEntries(
  VOCABULARY.visual.interactionKinds.map((k) => [k.kind, `var(--interaction-${k.kind})`]),
) as Record<InteractionKind, string>;

/** Awareness → purchase → experience → loyalty → advocacy, in that order. */
export const LIFECYCLE_STAGES: LifecycleStage[] = valuesOf(VOCABULARY.lifecycleStages);
export const LIFECYCLE_STAGE_LABEL: Record<LifecycleStage, string> = labelsOf(VOCABULARY.lifecycleStages);

/** What a client may do for us as a reference: be named, take calls, appear in a case study. */
export const REFERENCE_KINDS: ReferenceKind[] = valuesOf(VOCABULARY.referenceKinds);
export const REFERENCE_KIND_LABEL: Record<ReferenceKind, string> = labelsOf(VOCABULARY.referenceKinds);

/** Why we owe someone thanks: a won deal, a referral, a reference call, something else. */
export const THANK_YOU_REASONS: ThankYouReason[] = valuesOf(VOCABULARY.thankYouReasons);
export const THANK_YOU_REASON_LABEL: Record<ThankYouReason, string> = labelsOf(VOCABULARY.thankYouReasons);

/** What a "Coming up" entry is: a birthday, a date, a thank-you, a contact due. */
export const COMING_UP_KIND_LABEL: Record<ComingUpKind, string> = labelsOf(VOCABULARY.comingUpKinds);

/** A company's size in employees, in the bands the reference finder filters by. */
export const SIZE_BANDS: SizeBand[] = valuesOf(VOCABULARY.sizeBands);
export const SIZE_BAND_LABEL: Record<SizeBand, string> = labelsOf(VOCABULARY.sizeBands);

export const NOTE_KINDS: NoteKind[] = valuesOf(VOCABULARY.noteKinds);
export const NOTE_KIND_LABEL: Record<NoteKind, string> = labelsOf(VOCABULARY.noteKinds);

/** The power/interest grid's quadrants in reading order: high power on top, engaged on the right. */
export const QUADRANTS: Quadrant[] = ["keepSatisfied", "manageClosely", "monitor", "keepInformed"];
export const QUADRANT_LABEL = Object.fromEntries(
  VOCABULARY.quadrants.map((q) => [q.value, { title: q.label, hint: q.hint }]),
) as Record<Quadrant, { title: string; hint: string }>;

/** Inside a sentence: "Raj Patel: attitude neutral → supporter". */
export const CHANGED_FIELD_LABEL = Object.fromEntries(
  VOCABULARY.changedFields.map((f) => [f.value, f.label.toLowerCase()]),
) as Record<ChangedField, string>;

/** "attitude neutral → supporter", "coverage acquainted → trusted (Sarah Collins)". */
export function describeTarget(target: GoalTarget, snapshot: AccountSnapshot): string {
  switch (target.kind) {
    case "attitude":
      return `attitude ${ATTITUDE_STYLE[target.from].label.toLowerCase()} → ${ATTITUDE_STYLE[target.to].label.toLowerCase()}`;
    case "coverage": {
      const who = target.teamMember ? snapshot.team.find((t) => t.id === target.teamMember)?.name : null;
      const strengths = `coverage ${STRENGTH_LABEL[target.from].toLowerCase()} → ${STRENGTH_LABEL[target.to].toLowerCase()}`;
      return who ? `${strengths} (${who})` : strengths;
    }
    case "free":
      return target.text;
  }
}

export function strengthWord(s: Strength | null): string {
  return s ? STRENGTH_LABEL[s].toLowerCase() : "no relationship";
}

/** Anyone's name on this account, ours or theirs. */
export function nameOf(snapshot: AccountSnapshot, id: string): string {
  return (
    snapshot.stakeholders.find((s) => s.id === id)?.name ?? snapshot.team.find((t) => t.id === id)?.name ?? "someone who left the map"
  );
}

export function stakeholderIds(people: PersonId[]): string[] {
  return people.filter((p) => p.kind === "stakeholder").map((p) => p.id);
}

/** Whole days from `from` to `to` (ISO dates), without time-zone shifts. */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
    return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** "overdue by 5 days", "due today", "due in 3 days". */
export function dueWords(due: string, today: string): string {
  const days = daysBetween(today, due);
  if (days < 0) return `overdue by ${-days} day${days === -1 ? "" : "s"}`;
  if (days === 0) return "due today";
  return `due in ${days} day${days === 1 ? "" : "s"}`;
}
