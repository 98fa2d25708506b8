// How the portfolio's "Coming up" panel reads the backend's list: what is overdue first (the
// backend sorts soonest first, so those lead already), each entry in the room's words. Pure, so
// tested without a DOM.
import type { ComingUp } from "../../bindings";
import { formatDate } from "../../lib/format";
import { COMING_UP_KIND_LABEL } from "../../shared/words";

export type ComingUpGroups = { overdue: ComingUp[]; upcoming: ComingUp[] };

/** Overdue thank-yous and contacts first, then the rest, each in the backend's (date) order. */
export function groupComingUp(items: ComingUp[]): ComingUpGroups {
  return { overdue: items.filter((i) => i.overdue), upcoming: items.filter((i) => !i.overdue) };
}

/** "Birthday", or the entry's own title when it says more ("Work anniversary", "Thank for: …"). */
export function comingUpWhat(item: ComingUp): string {
  return item.title.trim() || COMING_UP_KIND_LABEL[item.kind];
}

/** The entry's date as the list shows it: "Overdue since 3 Dec 2026" or "3 Dec 2026". */
export function comingUpWhen(item: ComingUp): string {
  return item.overdue ? `Overdue since ${formatDate(item.date)}` : formatDate(item.date);
}

/** The button's accessible name: who, what, where, when. */
export function comingUpLabel(item: ComingUp): string {
  return `${item.stakeholderName}, ${item.accountName}: ${comingUpWhat(item)}, ${comingUpWhen(item)}`;
}
