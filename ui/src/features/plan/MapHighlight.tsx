import type { AccountSnapshot } from "../../bindings";
import { type AccountScreen, isPlanStep, stepInfo } from "./steps";
import { nameOf } from "../../shared/words";

/** People a plan step asked to see on the map, and the step to go back to. */
export type ShownOnMap = { ids: string[]; from: AccountScreen };

/** A CSS rule that rings the given people's cards and fades everyone else's. */
export function highlightRule(ids: string[]): string {
  if (ids.length === 0) return "";
  const esc = (id: string) => (typeof CSS !== "undefined" && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, "\\$&"));
  const picked = ids.map((id) => `.react-flow__node[data-id="${esc(id)}"]`);
  const others = `.react-flow__node${ids.map((id) => `:not([data-id="${esc(id)}"])`).join("")}`;
  return [
    `${picked.map((p) => `${p} .card`).join(", ")} { box-shadow: 0 0 0 5px #f59e0b, 0 0 28px 8px rgb(245 158 11 / 0.55); }`,
    `${others} { opacity: 0.3; }`,
  ].join("\n");
}

/**
 * The bar over the map while people picked out from a plan step are highlighted. The highlight is
 * drawn with a style rule on the map's cards (by their ids), so the map editor needs no change.
 */
export function MapHighlight({
  shown,
  snapshot,
  onBack,
  onClear,
}: {
  shown: ShownOnMap;
  snapshot: AccountSnapshot;
  onBack: () => void;
  onClear: () => void;
}) {
  const names = shown.ids.map((id) => nameOf(snapshot, id));
  if (shown.ids.length === 0) return null;
  return (
    <div className="map-highlight-bar" role="status">
      <style>{highlightRule(shown.ids)}</style>
      <span>Highlighted: {names.join(", ")}</span>
      {isPlanStep(shown.from) && (
        <button type="button" className="plan-button" onClick={onBack}>
          ← Back to {stepInfo(shown.from).title}
        </button>
      )}
      {shown.from === "log" && (
        <button type="button" className="plan-button" onClick={onBack}>
          ← Back to the interaction log
        </button>
      )}
      <button type="button" className="plan-button" onClick={onClear} aria-label="Clear the highlight">
        Clear
      </button>
    </div>
  );
}
