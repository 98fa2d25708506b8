import { useStore, useStoreApi } from "@xyflow/react";
import { useEffect, useRef } from "react";
import { type FarCard, type FarLine, type FarPalette, fitName, TINY_ZOOM } from "./farView";

type Props = {
  cards: FarCard[];
  lines: FarLine[];
  palette: FarPalette;
  /** The view is being panned or zoomed: lines wait until it stops, as in the DOM view. */
  moving: boolean;
};

/** The size of a name far out, in map units (as `.map.far .card-name`). */
const NAME_SIZE = 22;

/** What tests and tools can ask the canvas: the cards drawn, in the window's pixels. */
export type DrawnCard = Pick<FarCard, "id" | "name" | "kind" | "folded" | "below" | "covered"> & {
  left: number;
  top: number;
  width: number;
  height: number;
};

/**
 * A big map's cards and lines zoomed far out, painted on one canvas under the overview labels
 * (farView.ts says why). Redrawn when the view moves, without a React render: it follows React
 * Flow's store. It takes no pointer events: clicks reach the pane, which hit-tests the cards.
 */
export function FarCanvas({ cards, lines, palette, moving }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // Names cut to a card's width are the same at every zoom (the font is in map units).
  const names = useRef(new Map<string, string>());

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    // Tests and the frame-time script read what is drawn here (a canvas has no DOM to query).
    (element as HTMLCanvasElement & { rapportDrawn?: () => DrawnCard[] }).rapportDrawn = () => {
      const [tx, ty, zoom] = store.getState().transform;
      const box = element.getBoundingClientRect();
      return cards.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        folded: c.folded,
        below: c.below,
        covered: c.covered,
        left: box.left + tx + c.x * zoom,
        top: box.top + ty + c.y * zoom,
        width: c.width * zoom,
        height: c.height * zoom,
      }));
    };
    let frame = 0;
    const draw = () => {
      frame = 0;
      const context = element.getContext("2d");
      if (context) paint(context, store.getState().transform, { width, height }, { cards, lines, palette, moving }, names.current);
    };
    draw();
    let last = store.getState().transform;
    const unsubscribe = store.subscribe((state) => {
      if (state.transform === last) return;
      last = state.transform;
      if (!frame) frame = requestAnimationFrame(draw);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [cards, lines, palette, moving, width, height, store]);

  const ratio = window.devicePixelRatio || 1;
  return (
    <canvas
      ref={canvas}
      className="far-canvas"
      data-testid="far-canvas"
      data-cards={cards.length}
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}

type Scene = Props;

function paint(
  context: CanvasRenderingContext2D,
  [tx, ty, zoom]: [number, number, number],
  size: { width: number; height: number },
  { cards, lines, palette, moving }: Scene,
  names: Map<string, string>,
) {
  const ratio = window.devicePixelRatio || 1;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  // Map units from here on, as React Flow's viewport transform places its cards.
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  const pixel = 1 / zoom;
  // The part of the map in the window: what lies outside is not drawn.
  const view = { left: -tx / zoom, top: -ty / zoom, right: (size.width - tx) / zoom, bottom: (size.height - ty) / zoom };
  const inView = (c: FarCard) => c.x + c.width >= view.left && c.x <= view.right && c.y + c.height >= view.top && c.y <= view.bottom;

  if (!moving) paintLines(context, lines, palette, pixel);

  const shown = cards.filter(inView);
  const withNames = zoom >= TINY_ZOOM;
  context.font = `700 ${NAME_SIZE}px ${palette.font}`;
  context.textBaseline = "middle";
  // The attitude band stays visible however far out: at least 3 pixels wide.
  const band = Math.max(8, 3 * pixel);
  // Cards are painted in batches of one colour (a path of many rectangles, then one fill): in
  // software rendering each call has its cost, and a thousand cards would be thousands of calls.
  for (const dimmed of [false, true]) {
    const layer = shown.filter((c) => c.dimmed === dimmed);
    if (layer.length === 0) continue;
    context.globalAlpha = dimmed ? 0.18 : 1;
    const folded = layer.filter((c) => c.folded !== null);
    // A folded manager's card looks like a stack: the people are behind it.
    for (const offset of [8, 4]) {
      batch(context, folded, (c) => c.fill, (c) => [c.x + offset, c.y + offset, c.width, c.height], "fill");
      batch(context, folded, () => palette.line, (c) => [c.x + offset, c.y + offset, c.width, c.height], "stroke", pixel);
    }
    batch(context, layer, (c) => c.fill, (c) => [c.x, c.y, c.width, c.height], "fill");
    const people = layer.filter((c) => c.kind === "person");
    const team = layer.filter((c) => c.kind === "team");
    batch(context, people, () => palette.line, (c) => [c.x, c.y, c.width, c.height], "stroke", pixel);
    batch(context, team, (c) => c.band, (c) => [c.x, c.y, c.width, c.height], "stroke", Math.max(2, 2 * pixel));
    batch(context, people, (c) => c.band, (c) => [c.x, c.y, band, c.height], "fill");
    // Covered by one of ours: a mark in our colour in the top right corner (the badges, far out).
    const mark = Math.max(24, 5 * pixel);
    const covered = people.filter((c) => c.covered);
    batch(context, covered, () => palette.brand, (c) => [c.x + c.width - mark, c.y, mark, mark], "fill");
    if (withNames) {
      context.fillStyle = palette.ink;
      for (const c of layer) {
        const room = c.width - band - 24;
        const key = `${c.name}\u0000${room}`;
        let name = names.get(key);
        if (name === undefined) {
          name = fitName(c.name, room, (text) => context.measureText(text).width);
          names.set(key, name);
        }
        context.fillText(name, c.x + band + 12, c.y + c.height / 2);
      }
    }
  }
  context.globalAlpha = 1;
  // Selection and fold counts on top, at a size that reads at any zoom.
  for (const c of shown) {
    if (c.selected) {
      context.strokeStyle = palette.focus;
      context.lineWidth = 3 * pixel;
      context.strokeRect(c.x - 2 * pixel, c.y - 2 * pixel, c.width + 4 * pixel, c.height + 4 * pixel);
    }
    if (c.folded !== null) paintFoldCount(context, c, palette, pixel);
  }
}

/** Fills or strokes rectangles grouped by colour: one path and one paint call per colour. */
function batch(
  context: CanvasRenderingContext2D,
  cards: FarCard[],
  colourOf: (c: FarCard) => string,
  rectOf: (c: FarCard) => [number, number, number, number],
  how: "fill" | "stroke",
  lineWidth = 1,
) {
  const byColour = new Map<string, FarCard[]>();
  for (const c of cards) {
    const colour = colourOf(c);
    const group = byColour.get(colour);
    if (group) group.push(c);
    else byColour.set(colour, [c]);
  }
  for (const [colour, group] of byColour) {
    context.beginPath();
    for (const c of group) context.rect(...rectOf(c));
    if (how === "fill") {
      context.fillStyle = colour;
      context.fill();
    } else {
      context.strokeStyle = colour;
      context.lineWidth = lineWidth;
      context.stroke();
    }
  }
}

function paintLines(context: CanvasRenderingContext2D, lines: FarLine[], palette: FarPalette, pixel: number) {
  const colour: Record<FarLine["kind"], string> = {
    reportsTo: palette.reportsTo,
    dotted: palette.reportsTo,
    covers: palette.brand,
    influences: palette.influences,
    conflictsWith: palette.conflicts,
  };
  // One path per look: a thousand lines are one stroke call, not a thousand.
  const groups = new Map<string, FarLine[]>();
  for (const line of lines) {
    const key = `${line.kind}|${line.dimmed}|${line.emphasis}`;
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  for (const [key, group] of groups) {
    const [kind, dimmed, emphasis] = key.split("|") as [FarLine["kind"], string, string];
    context.globalAlpha = dimmed === "true" ? 0.1 : 1;
    context.strokeStyle = colour[kind];
    context.lineWidth = (emphasis === "true" ? 2.5 : 1) * pixel;
    context.setLineDash(kind === "dotted" || kind === "conflictsWith" ? [4 * pixel, 3 * pixel] : []);
    context.beginPath();
    for (const { points } of group) {
      points.forEach((p, i) => (i === 0 ? context.moveTo(p.x, p.y) : context.lineTo(p.x, p.y)));
    }
    context.stroke();
  }
  context.setLineDash([]);
  context.globalAlpha = 1;
}

/** "+N" under a folded manager's card, as the branch toggle says it on a mounted card. */
function paintFoldCount(context: CanvasRenderingContext2D, c: FarCard, palette: FarPalette, pixel: number) {
  const text = `+${c.folded}`;
  context.font = `700 ${12 * pixel}px ${palette.font}`;
  const width = context.measureText(text).width + 10 * pixel;
  const height = 16 * pixel;
  const x = c.x + 4 * pixel;
  const y = c.y + c.height - height / 2;
  context.fillStyle = palette.brandSoft;
  context.fillRect(x, y, width, height);
  context.strokeStyle = palette.brand;
  context.lineWidth = 1.5 * pixel;
  context.strokeRect(x, y, width, height);
  context.fillStyle = palette.brand;
  context.fillText(text, x + 5 * pixel, y + height / 2);
  context.font = `700 ${NAME_SIZE}px ${palette.font}`;
}
