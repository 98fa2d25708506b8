// The map's what-if marks, drawn with a style rule on the cards by their ids (as the plan's
// "show on map" highlight is), so the map component needs no what-if code of its own.
import type { WhatIfMark } from "./whatIfModel";

function cardSelector(id: string): string {
  const escaped = typeof CSS !== "undefined" && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, "\\$&");
  return `.react-flow__node[data-id="${escaped}"]`;
}

/** Leaving: faded and dashed. Losing their only way in: a red ring and a label under the card. */
export function whatIfRule(marks: Map<string, WhatIfMark>): string {
  const rules: string[] = [];
  for (const [id, mark] of marks) {
    const card = cardSelector(id);
    if (mark === "leaves") {
      rules.push(`${card} { opacity: 0.35; }`, `${card} .card { border-style: dashed; }`);
    } else {
      rules.push(
        `${card} .card { box-shadow: 0 0 0 6px #b91c1c, 0 0 26px 8px rgb(185 28 28 / 0.5); }`,
        // Large enough to read with the whole map in view (cards are drawn at about half size then).
        `${card} .card::after { content: "Loses their only way in"; position: absolute; left: -0.5rem; right: -0.5rem; top: calc(100% + 0.5rem); text-align: center; font-weight: 700; font-size: 1.4rem; line-height: 1.3; color: #ffffff; background: #b91c1c; border-radius: 8px; padding: 0.2rem 0.4rem; }`,
      );
    }
  }
  return rules.join("\n");
}
