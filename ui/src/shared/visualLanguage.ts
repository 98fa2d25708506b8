// The one legend of Rapport, shared by the editor and the PDF: attitude by colour and by mark so
// it survives colour-blindness and grey printing; roles as letter badges; coverage by thickness.
// Every value comes from core (`rapport_core::visual` and the enums' labels), exported into the
// bindings as VOCABULARY, so the map on screen and the map in the PDF cannot drift apart.
import { type Attitude, type Role, type Strength, type TeamRole, VOCABULARY } from "../bindings";

type Term<T extends string> = { readonly value: T; readonly label: string };

/** An enum's values in core's order. */
export function valuesOf<T extends string>(terms: readonly Term<T>[]): T[] {
  return terms.map((t) => t.value);
}

/** An enum's labels by value. */
export function labelsOf<T extends string>(terms: readonly Term<T>[]): Record<T, string> {
  return Object.fromEntries(terms.map((t) => [t.value, t.label])) as Record<T, string>;
}

const visual = VOCABULARY.visual;

export const ATTITUDES: Attitude[] = valuesOf(VOCABULARY.attitudes);

const ATTITUDE_LABEL = labelsOf(VOCABULARY.attitudes);

export const ATTITUDE_STYLE = Object.fromEntries(
  visual.attitudes.map((a) => [a.attitude, { label: ATTITUDE_LABEL[a.attitude], colour: a.colour, mark: a.glyph }]),
) as Record<Attitude, { label: string; colour: string; mark: string }>;

/** An attitude as a choice in a list: its mark, then its word ("★ Champion"). */
export function attitudeWithMark(attitude: Attitude): string {
  return `${ATTITUDE_STYLE[attitude].mark} ${ATTITUDE_STYLE[attitude].label}`;
}

export const ROLES: Role[] = valuesOf(VOCABULARY.roles);

export const ROLE_STYLE = Object.fromEntries(
  VOCABULARY.roles.map((r) => [r.value, { letter: r.short, label: r.label }]),
) as Record<Role, { letter: string; label: string }>;

export const STRENGTHS: Strength[] = valuesOf(VOCABULARY.strengths);

export function strengthLevel(strength: Strength): number {
  return STRENGTHS.indexOf(strength);
}

export const STRENGTH_LABEL: Record<Strength, string> = labelsOf(VOCABULARY.strengths);

/** Our brand colour: every line that is about us (coverage) is drawn in it. */
export const BRAND = visual.palette.brand;

/** A card's band when its attitude is not shown (client-safe): the PDF's neutral band. */
export const NEUTRAL_CARD = visual.palette.neutralBand;

/** Stroke width of a coverage line: a hairline for "none" up to a bold line for "advisor". */
export function coverageWidth(strength: Strength): number {
  return visual.lines.covers.widths[strengthLevel(strength)] ?? 1;
}

/** A line's stroke; `dash` is an SVG dash array. */
export type LineStroke = { colour: string; width: number; dash?: string };

function stroke(s: { colour: string; width: number; dash: string | null }): LineStroke {
  return s.dash ? { colour: s.colour, width: s.width, dash: s.dash } : { colour: s.colour, width: s.width };
}

/**
 * The lines between their people: reporting lines grey (solid, or dashed for a dotted line),
 * influence a violet arrow, conflict a red dash. The map's lines and the legend both draw from this.
 */
export const LINE_STYLE = {
  reportsTo: stroke(visual.lines.reportsTo),
  dottedLine: stroke(visual.lines.dotted),
  influences: stroke(visual.lines.influences),
  conflictsWith: stroke(visual.lines.conflictsWith),
} satisfies Record<string, LineStroke>;

/**
 * Coverage is about us, so it is drawn in the brand colour, its width by strength
 * (`coverageWidth`); the desired strength is a faint band `bandExtraWidth` wider behind it.
 */
export const COVERAGE_LINE = {
  colour: visual.lines.covers.colour,
  opacity: visual.lines.covers.opacity,
  bandOpacity: visual.lines.covers.bandOpacity,
  bandExtraWidth: visual.lines.covers.bandExtra,
} as const;

export const TEAM_ROLE_LABEL: Record<TeamRole, string> = labelsOf(VOCABULARY.teamRoles);

/**
 * Puts the visual language's colours into CSS custom properties (`--brand`, `--ink`,
 * `--role-budget-fill`, `--role-budget-border`, …) so stylesheets use core's values too.
 */
export function applyVisualLanguage(root: HTMLElement): void {
  const { palette } = visual;
  root.style.setProperty("--brand", palette.brand);
  root.style.setProperty("--ink", palette.ink);
  root.style.setProperty("--ink-soft", palette.inkSoft);
  root.style.setProperty("--line", palette.line);
  for (const r of visual.roles) {
    root.style.setProperty(`--role-${r.role}-fill`, r.colours.fill);
    root.style.setProperty(`--role-${r.role}-border`, r.colours.border);
  }
}
