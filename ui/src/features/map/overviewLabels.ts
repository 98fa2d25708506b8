// Semantic zoom for big maps: zoomed out far enough that names on cards cannot be read, the
// people who head the biggest branches are named in screen-sized labels over their cards, so the
// fitted view of a 300-person account still says whose organisation is where. Pure, so it is
// tested without a DOM.
import type { AccountSnapshot } from "../../bindings";
import { CARD_WIDTH } from "./mapModel";

export type OverviewLabel = {
  id: string;
  name: string;
  /** Title and how many people are under them. */
  detail: string;
  /** The middle of the card's top edge, in map units. */
  x: number;
  y: number;
};

/** A label's size on screen (CSS pixels) as drawn: two short lines. */
const LABEL_HEIGHT_PX = 36;
const CHAR_PX = 7.2;
const PADDING_PX = 18;

function widthPx(label: OverviewLabel): number {
  return Math.max(label.name.length * CHAR_PX * 1.1, label.detail.length * CHAR_PX) + PADDING_PX;
}

/**
 * The labels to draw at this zoom: heads of branches of at least `minBranch` people, biggest
 * branch first, leaving out any label that would cover one already placed.
 */
export function overviewLabels(
  snapshot: AccountSnapshot,
  below: Map<string, number>,
  folded: ReadonlySet<string>,
  hidden: ReadonlySet<string> | null,
  zoom: number,
  minBranch: number,
): OverviewLabel[] {
  const candidates = snapshot.stakeholders
    .filter((s) => s.placement && !hidden?.has(s.id) && (below.get(s.id) ?? 0) >= minBranch)
    .sort((a, b) => (below.get(b.id) ?? 0) - (below.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  const placed: { label: OverviewLabel; box: [number, number, number, number] }[] = [];
  for (const person of candidates) {
    const at = person.placement!.position;
    const count = below.get(person.id) ?? 0;
    const label: OverviewLabel = {
      id: person.id,
      name: person.name,
      detail: [person.title, `${count} people${folded.has(person.id) ? ", folded" : ""}`].filter(Boolean).join(" · "),
      x: at.x + CARD_WIDTH / 2,
      y: at.y,
    };
    const w = widthPx(label) / zoom;
    const h = LABEL_HEIGHT_PX / zoom;
    const box: [number, number, number, number] = [label.x - w / 2, label.y - h, label.x + w / 2, label.y];
    const overlaps = placed.some(({ box: b }) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);
    if (!overlaps) placed.push({ label, box });
  }
  return placed.map((p) => p.label);
}
