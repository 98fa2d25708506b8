// Rapport's words for the backend's values, as the room reads them, for every screen. Pure, so
// tested without a DOM.
import type {
  AccountSnapshot,
  ChangedField,
  GoalStatus,
  GoalTarget,
  InitiativeStatus,
  InteractionKind,
  NoteKind,
  PersonId,
  Priority,
  Quadrant,
  Severity,
  Strength,
} from "../bindings";
import { ATTITUDE_STYLE, STRENGTH_LABEL } from "./visualLanguage";

export const PRIORITIES: Priority[] = ["high", "medium", "low"];
export const PRIORITY_LABEL: Record<Priority, string> = { high: "High", medium: "Medium", low: "Low" };

export const SEVERITIES: Severity[] = ["high", "medium", "low"];
export const SEVERITY_LABEL: Record<Severity, string> = { high: "High", medium: "Medium", low: "Low" };

export const GOAL_STATUSES: GoalStatus[] = ["open", "inProgress", "achieved", "dropped"];
export const GOAL_STATUS_LABEL: Record<GoalStatus, string> = {
  open: "Open",
  inProgress: "In progress",
  achieved: "Achieved",
  dropped: "Dropped",
};

export const INITIATIVE_STATUSES: InitiativeStatus[] = ["planned", "inProgress", "done", "cancelled"];
export const INITIATIVE_STATUS_LABEL: Record<InitiativeStatus, string> = {
  planned: "Planned",
  inProgress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
};

export const INTERACTION_KINDS: InteractionKind[] = [
  "relationshipBuilding",
  "valueAdd",
  "firefighting",
  "escalation",
  "unvaluedWork",
];
export const INTERACTION_KIND_LABEL: Record<InteractionKind, string> = {
  relationshipBuilding: "Relationship building",
  valueAdd: "Value-add / share of wallet",
  firefighting: "Firefighting",
  escalation: "Escalation",
  unvaluedWork: "Work the client does not value",
};
/** Value-adding kinds in the brand's greens and blues, problems in warm colours. */
export const INTERACTION_KIND_COLOUR: Record<InteractionKind, string> = {
  relationshipBuilding: "#15803d",
  valueAdd: "#1d4ed8",
  firefighting: "#d97706",
  escalation: "#b91c1c",
  unvaluedWork: "#6b7280",
};

export const NOTE_KINDS: NoteKind[] = ["issue", "problem", "opportunity"];
export const NOTE_KIND_LABEL: Record<NoteKind, string> = {
  issue: "Issue",
  problem: "Problem",
  opportunity: "Opportunity",
};

export const QUADRANTS: Quadrant[] = ["keepSatisfied", "manageClosely", "monitor", "keepInformed"];
export const QUADRANT_LABEL: Record<Quadrant, { title: string; hint: string }> = {
  manageClosely: { title: "Manage closely", hint: "High power · engaged" },
  keepSatisfied: { title: "Keep satisfied", hint: "High power · not engaged" },
  keepInformed: { title: "Keep informed", hint: "Less power · engaged" },
  monitor: { title: "Monitor", hint: "Less power · not engaged" },
};

export const CHANGED_FIELD_LABEL: Record<ChangedField, string> = {
  roles: "roles",
  attitude: "attitude",
  influence: "influence",
  status: "status",
  title: "title",
};

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
