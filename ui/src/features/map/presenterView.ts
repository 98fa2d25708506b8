// How the map reads from the back of the room: in presenter mode no name is drawn smaller than
// PRESENTER_NAME_PX on screen. Fitted maps are zoomed out, so there the cards drop to their level
// of detail for a projector (name and role letters) and the names grow inside them to make up for
// the zoom; below PRESENTER_MIN_ZOOM even that could not keep a name readable, so the view does
// not zoom out further (the room follows the discussion instead of seeing every card at once).

/** The smallest on-screen size of a name in presenter mode, in CSS pixels (about 18 px at 1080p). */
export const PRESENTER_NAME_PX = 18;
/** A card's name in map units when it is drawn at full detail. */
const CARD_NAME_PX = 16;
/** The biggest a name can be inside a card (two lines, map units): the card's height allows it. */
const LOD_NAME_MAX = 34;
/** At this zoom a name at LOD_NAME_MAX - 1 is still just over PRESENTER_NAME_PX on screen. */
export const PRESENTER_MIN_ZOOM = 0.55;

/**
 * The size of a name inside a card in presenter mode at `zoom`, in map units, or `null` when the
 * card's full detail is readable as it is. `scale` is the presenter text size from Settings
 * (1 = PRESENTER_NAME_PX, 1.5 for a big room).
 */
export function presenterNameSize(zoom: number, scale = 1): number | null {
  const wanted = PRESENTER_NAME_PX * Math.max(scale, 1);
  if (zoom * CARD_NAME_PX >= wanted) return null;
  return Math.min(LOD_NAME_MAX, Math.ceil(wanted / Math.max(zoom, 0.01)));
}

/** How far presenter mode may zoom out at a text size: bigger names need a closer view. */
export function presenterMinZoom(scale = 1): number {
  return Math.min(1, PRESENTER_MIN_ZOOM * Math.max(scale, 1));
}

/** The person and everyone one line away from them: what "follow the discussion" shows. */
export function directCircle(edges: readonly { source: string; target: string }[], person: string): Set<string> {
  const circle = new Set([person]);
  for (const e of edges) {
    if (e.source === person) circle.add(e.target);
    if (e.target === person) circle.add(e.source);
  }
  return circle;
}
