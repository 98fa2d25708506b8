// The one legend of Rapport, shared by the editor and the PDF: attitude by colour and by mark so
// it survives colour-blindness and grey printing; roles as letter badges; coverage by thickness.
// Every value comes from core (`rapport_core::visual` and the enums' labels), exported into the
// bindings as VOCABULARY, so the map on screen and the map in the PDF cannot drift apart.
import { type Attitude, type Role, type Strength, type TeamRole, type Theme, VOCABULARY } from "../bindings";

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

/**
 * Each attitude's word, mark and colour. The colour is a CSS custom property (`--attitude-champion`)
 * that `applyVisualLanguage` fills with the theme's value, so it works in `style` (not in SVG
 * presentation attributes, which do not read custom properties).
 */
export const ATTITUDE_STYLE = Object.fromEntries(
  visual.attitudes.map((a) => [a.attitude, { label: ATTITUDE_LABEL[a.attitude], colour: `var(--attitude-${a.attitude})`, mark: a.glyph }]),
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
export const BRAND = "var(--brand)";

/** A card's band when its attitude is not shown (client-safe): the PDF's neutral band. */
export const NEUTRAL_CARD = "var(--neutral-band)";

/** Stroke width of a coverage line: a hairline for "none" up to a bold line for "advisor". */
export function coverageWidth(strength: Strength): number {
  return visual.lines.covers.widths[strengthLevel(strength)] ?? 1;
}

/** A line's stroke; `dash` is an SVG dash array. */
export type LineStroke = { colour: string; width: number; dash?: string };

function stroke(s: { width: number; dash: string | null }, colour: string): LineStroke {
  return s.dash ? { colour, width: s.width, dash: s.dash } : { colour, width: s.width };
}

/**
 * The lines between their people: reporting lines grey (solid, or dashed for a dotted line),
 * influence a violet arrow, conflict a red dash. The map's lines and the legend both draw from this.
 */
export const LINE_STYLE = {
  reportsTo: stroke(visual.lines.reportsTo, "var(--line-reports-to)"),
  dottedLine: stroke(visual.lines.dotted, "var(--line-reports-to)"),
  influences: stroke(visual.lines.influences, "var(--line-influences)"),
  conflictsWith: stroke(visual.lines.conflictsWith, "var(--line-conflicts-with)"),
} satisfies Record<string, LineStroke>;

/**
 * Coverage is about us, so it is drawn in the brand colour, its width by strength
 * (`coverageWidth`); the desired strength is a faint band `bandExtraWidth` wider behind it.
 */
export const COVERAGE_LINE = {
  colour: "var(--brand)",
  opacity: visual.lines.covers.opacity,
  bandOpacity: visual.lines.covers.bandOpacity,
  bandExtraWidth: visual.lines.covers.bandExtra,
} as const;

export const TEAM_ROLE_LABEL: Record<TeamRole, string> = labelsOf(VOCABULARY.teamRoles);

/** The CSS custom properties of one theme, from core's table: `--brand`, `--attitude-champion`… */
export function themeProperties(theme: Theme): Record<string, string> {
  const style = visual.themes.find((t) => t.theme === theme) ?? visual.themes[0];
  const props: Record<string, string> = {};
  if (!style) return props;
  const p = style.palette;
  Object.assign(props, {
    "--ink": p.ink,
    "--ink-soft": p.inkSoft,
    "--line": p.line,
    "--paper": p.paper,
    "--canvas": p.canvas,
    "--brand": p.brand,
    "--on-brand": p.onBrand,
    "--team-fill": p.teamFill,
    "--pip": p.pip,
    "--neutral-band": p.neutralBand,
    "--faint": p.faint,
    "--line-reports-to": style.lines.reportsTo,
    "--line-influences": style.lines.influences,
    "--line-conflicts-with": style.lines.conflictsWith,
  });
  for (const a of style.attitudes) props[`--attitude-${a.attitude}`] = a.colour;
  for (const r of style.roles) {
    props[`--role-${r.role}-fill`] = r.colours.fill;
    props[`--role-${r.role}-border`] = r.colours.border;
  }
  for (const k of style.interactionKinds) props[`--interaction-${k.kind}`] = k.colour;
  return props;
}

/**
 * Puts both themes' colours into one stylesheet, `[data-theme="light"]` and `[data-theme="dark"]`,
 * so switching the theme is one attribute on the root (`applyTheme`), and rules such as presenter
 * mode's, which are more specific, can still override a colour.
 */
export function visualLanguageCss(): string {
  return (["light", "dark"] as const)
    .map((theme) => {
      const body = Object.entries(themeProperties(theme))
        .map(([name, value]) => `${name}: ${value};`)
        .join(" ");
      return `[data-theme="${theme}"] { ${body} }`;
    })
    .join("\n");
}

/** Adds the visual language's stylesheet to the document (once). */
export function applyVisualLanguage(doc: Document): void {
  if (doc.getElementById("visual-language")) return;
  const style = doc.createElement("style");
  style.id = "visual-language";
  style.textContent = visualLanguageCss();
  doc.head.appendChild(style);
}
