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
        `${card} .card { box-shadow: 0 0 0 4px #b91c1c, 0 0 22px 6px rgb(185 28 28 / 0.45); }`,
        `${card} .card::after { content: "Loses their only way in"; position: absolute; left: 0; right: 0; bottom: -1.9rem; text-align: center; font-weight: 700; font-size: 0.95rem; color: #ffffff; background: #b91c1c; border-radius: 6px; padding: 0.15rem 0.4rem; }`,
      );
    }
  }
  return rules.join("\n");
}
