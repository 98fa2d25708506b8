// The one legend of Rapport, shared by the editor and (in Rust) the PDF: attitude by colour and by
// mark so it survives colour-blindness and grey printing; roles as letter badges; coverage by
// thickness. Keep in step with crates/rapport-report.
import type { Attitude, Role, Strength } from "../bindings";

export const ATTITUDES: Attitude[] = ["champion", "supporter", "neutral", "skeptic", "blocker"];

export const ATTITUDE_STYLE: Record<Attitude, { label: string; colour: string; mark: string }> = {
  champion: { label: "Champion", colour: "#15803d", mark: "★" },
  supporter: { label: "Supporter", colour: "#4d7c0f", mark: "▲" },
  neutral: { label: "Neutral", colour: "#6b7280", mark: "●" },
  skeptic: { label: "Skeptic", colour: "#c2410c", mark: "▼" },
  blocker: { label: "Blocker", colour: "#b91c1c", mark: "✖" },
};

/** An attitude as a choice in a list: its mark, then its word ("★ Champion"). */
export function attitudeWithMark(attitude: Attitude): string {
  return `${ATTITUDE_STYLE[attitude].mark} ${ATTITUDE_STYLE[attitude].label}`;
}

export const ROLES: Role[] = ["budget", "gatekeeper", "user"];

export const ROLE_STYLE: Record<Role, { letter: string; label: string }> = {
  budget: { letter: "B", label: "Budget" },
  gatekeeper: { letter: "G", label: "Gatekeeper" },
  user: { letter: "U", label: "User" },
};

export const STRENGTHS: Strength[] = ["none", "aware", "acquainted", "trusted", "advisor"];

export function strengthLevel(strength: Strength): number {
  return STRENGTHS.indexOf(strength);
}

export const STRENGTH_LABEL: Record<Strength, string> = {
  none: "None",
  aware: "Aware",
  acquainted: "Acquainted",
  trusted: "Trusted",
  advisor: "Advisor",
};

/** Our brand colour: every line that is about us (coverage) is drawn in it. */
export const BRAND = "#1d4ed8";

/** Stroke width of a coverage line: a hairline for "none" up to a bold line for "advisor". */
export function coverageWidth(strength: Strength): number {
  return 1 + strengthLevel(strength) * 1.5;
}

/** A line's stroke; `dash` is an SVG dash array. */
export type LineStroke = { colour: string; width: number; dash?: string };

/**
 * The lines between their people: reporting lines grey (solid, or dashed for a dotted line),
 * influence a violet arrow, conflict a red dash. The map's lines and the legend both draw from this.
 */
export const LINE_STYLE = {
  reportsTo: { colour: "#6b7280", width: 2 },
  dottedLine: { colour: "#6b7280", width: 2, dash: "7 6" },
  influences: { colour: "#7c3aed", width: 2 },
  conflictsWith: { colour: "#dc2626", width: 2.5, dash: "3 5" },
} as const satisfies Record<string, LineStroke>;

/**
 * Coverage is about us, so it is drawn in the brand colour, its width by strength
 * (`coverageWidth`); the desired strength is a faint band `bandExtraWidth` wider behind it.
 */
export const COVERAGE_LINE = { colour: BRAND, opacity: 0.85, bandOpacity: 0.14, bandExtraWidth: 8 } as const;

export const TEAM_ROLE_LABEL = {
  accountManager: "Account manager",
  executiveSponsor: "Executive sponsor",
  specialist: "Specialist",
  support: "Support",
  other: "Team",
} as const;
