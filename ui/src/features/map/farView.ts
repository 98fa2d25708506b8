// The far view of a big map: zoomed out past FAR_ZOOM, its cards are not DOM nodes but rectangles
// on one canvas (FarCanvas.tsx). A mounted card costs WebKit ~250 kB and a repaint on every frame
// of a pan; a thousand of them made the fitted map the slowest and biggest thing in the app
// (docs/benchmarks.md). What is drawn, in which colour, and what a click hits are decided here,
// pure, so they are tested without a canvas.
import type { Attitude } from "../../bindings";
import { VOCABULARY } from "../../bindings";
import { CARD_HEIGHT, CARD_WIDTH, type MapEdge, type MapNode } from "./mapModel";

/** Below this zoom a big map's cards drop their small print (and, drawn on the canvas, their DOM). */
export const FAR_ZOOM = 0.4;
/** Below this zoom names are a few pixels high: the cards are coloured blocks without text. */
export const TINY_ZOOM = 0.2;

/** The room between two rows of cards; equal to rapport_core::layout::V_GAP. */
export const V_GAP = 90;
/** The room between two columns of cards; equal to rapport_core::layout::H_GAP. */
export const H_GAP = 40;

/** The theme's colours the canvas paints with, read from the CSS custom properties. */
export type FarPalette = {
  paper: string;
  line: string;
  ink: string;
  inkSoft: string;
  brand: string;
  brandSoft: string;
  onBrand: string;
  teamFill: string;
  neutral: string;
  focus: string;
  reportsTo: string;
  influences: string;
  conflicts: string;
  attitude: Record<Attitude, string>;
  font: string;
};

const ATTITUDES = VOCABULARY.attitudes.map((a) => a.value);

/**
 * The palette of the theme on screen: `read` gives a custom property's value on the map element
 * (getComputedStyle), so light and dark mode and the visual language's colours all apply.
 */
export function readPalette(read: (property: string) => string, font: string): FarPalette {
  const v = (property: string, fallback: string) => read(property).trim() || fallback;
  return {
    paper: v("--paper", "#ffffff"),
    line: v("--line", "#d1d5db"),
    ink: v("--ink", "#111827"),
    inkSoft: v("--ink-soft", "#4b5563"),
    brand: v("--brand", "#1d4ed8"),
    brandSoft: v("--brand-soft", "#dbeafe"),
    onBrand: v("--on-brand", "#ffffff"),
    teamFill: v("--team-fill", v("--paper", "#ffffff")),
    neutral: v("--neutral-band", "#9ca3af"),
    focus: v("--focus", "#2563eb"),
    reportsTo: v("--line-reports-to", "#6b7280"),
    influences: v("--line-influences", "#7c3aed"),
    conflicts: v("--line-conflicts-with", "#dc2626"),
    attitude: Object.fromEntries(ATTITUDES.map((a) => [a, v(`--attitude-${a}`, "#6b7280")])) as Record<Attitude, string>,
    font,
  };
}

/** One card as the canvas draws it, in map units. */
export type FarCard = {
  id: string;
  name: string;
  kind: "person" | "team";
  x: number;
  y: number;
  width: number;
  height: number;
  /** The left band (a person's attitude, or neutral with the client in the room) or a team card's frame. */
  band: string;
  fill: string;
  dimmed: boolean;
  selected: boolean;
  /** A folded manager: how many people are under the card. */
  folded: number | null;
  /** A manager: how many people are under them (folded or not). */
  below: number | null;
  /** Someone of ours covers this person (on a big map the cards carry this as badges). */
  covered: boolean;
};

/**
 * The cards to draw, in the map's order (later ones on top, as React Flow stacks them). `nodes`
 * are the editor's decorated nodes: selection, dimming, client-safe and branches are read from them.
 */
export function farCards(nodes: readonly MapNode[], palette: FarPalette): FarCard[] {
  return nodes.map((node) => {
    const base = {
      id: node.id,
      x: node.position.x,
      y: node.position.y,
      width: node.width ?? CARD_WIDTH,
      height: node.height ?? CARD_HEIGHT,
      dimmed: (node.className ?? "").split(" ").includes("dimmed"),
      selected: node.selected ?? false,
    };
    if (node.type === "teamMember") {
      return { ...base, name: node.data.member.name, kind: "team", band: palette.brand, fill: palette.teamFill, folded: null, below: null, covered: false };
    }
    const { person, clientSafe, branch, badges } = node.data;
    // With the client in the room no attitude shows, as on the cards (core's client-safe rule).
    const band = clientSafe ? palette.neutral : palette.attitude[person.attitude];
    return {
      ...base,
      name: person.name,
      kind: "person",
      band,
      fill: palette.paper,
      folded: branch?.collapsed ? branch.below : null,
      below: branch?.below ?? null,
      covered: (badges?.length ?? 0) > 0,
    };
  });
}

export type Point = { x: number; y: number };

/** The card under a point of the map (the topmost, as a click on stacked cards would hit). */
export function hitTest(cards: readonly FarCard[], at: Point): FarCard | null {
  for (let i = cards.length - 1; i >= 0; i--) {
    const c = cards[i];
    if (c && at.x >= c.x && at.x <= c.x + c.width && at.y >= c.y && at.y <= c.y + c.height) return c;
  }
  return null;
}

/** One line as the canvas draws it: a polyline in map units. */
export type FarLine = {
  kind: "reportsTo" | "dotted" | "covers" | "influences" | "conflictsWith";
  points: Point[];
  dimmed: boolean;
  /** The selected person's lines, or the selected line: drawn bolder. */
  emphasis: boolean;
};

/**
 * The path of a reporting line to someone more than a row below their manager (a stack or a lower
 * shelf of the compact layout): down into the gap under the manager, across to the gap left of
 * the report, down it and into the report's side. `null` when the report is on the next row.
 * The PDF draws the same path (spine_path in crates/rapport-report/src/map/lines.rs).
 */
export function spinePoints(source: Point, target: Point): Point[] | null {
  if (target.y <= source.y + V_GAP + 1) return null;
  const turn = source.y + V_GAP / 2;
  const left = target.x - CARD_WIDTH / 2;
  const spine = left - H_GAP / 2;
  const side = target.y + CARD_HEIGHT / 2;
  return [source, { x: source.x, y: turn }, { x: spine, y: turn }, { x: spine, y: side }, { x: left, y: side }];
}

/**
 * The lines of the far view, reduced as the DOM view reduces them far out: reporting lines
 * always; coverage only where the editor keeps it (`edges` is already the editor's choice: on a
 * big map only the person in focus); influence and conflict only for the selected person or line.
 */
export function farLines(edges: readonly MapEdge[], cards: readonly FarCard[]): FarLine[] {
  const at = new Map(cards.map((c) => [c.id, c]));
  const lines: FarLine[] = [];
  for (const e of edges) {
    const from = at.get(e.source);
    const to = at.get(e.target);
    if (!from || !to) continue;
    const classes = (e.className ?? "").split(" ");
    const emphasis = e.selected === true || classes.includes("of-selected") || classes.includes("attached");
    const dimmed = classes.includes("dimmed");
    const centreX = (c: FarCard) => c.x + c.width / 2;
    if (e.type === "reportsTo") {
      const dotted = e.data?.dotted ?? false;
      const source = { x: centreX(from), y: from.y + from.height };
      const target = { x: centreX(to), y: to.y };
      const spine = dotted ? null : spinePoints(source, target);
      const mid = (source.y + target.y) / 2;
      const points = spine ?? [source, { x: source.x, y: mid }, { x: target.x, y: mid }, target];
      lines.push({ kind: dotted ? "dotted" : "reportsTo", points, dimmed, emphasis });
    } else if (e.type === "covers") {
      lines.push({ kind: "covers", points: [{ x: centreX(from), y: from.y }, { x: centreX(to), y: to.y + to.height }], dimmed, emphasis });
    } else if (emphasis) {
      const points = [
        { x: from.x + from.width, y: from.y + from.height / 2 },
        { x: to.x, y: to.y + to.height / 2 },
      ];
      lines.push({ kind: e.type === "influences" ? "influences" : "conflictsWith", points, dimmed, emphasis });
    }
  }
  return lines;
}

/** A name cut to fit `room` (map units) with an ellipsis, measured by `width` (the canvas's font). */
export function fitName(name: string, room: number, width: (text: string) => number): string {
  if (width(name) <= room) return name;
  let cut = name.length;
  while (cut > 1 && width(`${name.slice(0, cut)}…`) > room) cut--;
  return `${name.slice(0, cut).trimEnd()}…`;
}
