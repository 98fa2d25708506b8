// Dates typed and shown in the OS locale's numeric order (27/11/2026, 11/27/2026, 27.11.2026,
// 2026-11-27), stored as ISO dates. WebKitGTK's own date input shows today's date in grey when it
// is empty, which reads as a value; a text field with the locale's pattern as its placeholder does
// not.

type Part = "day" | "month" | "year";

/** How the locale writes a date: the order of its parts and what goes between them. */
export type DatePattern = { order: Part[]; separator: string; placeholder: string };

const PLACEHOLDER_PART: Record<Part, string> = { day: "dd", month: "mm", year: "yyyy" };

/** The pattern of `locale` (the OS locale when not given), read from `Intl`. */
export function datePattern(locale?: string): DatePattern {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
      new Date(2026, 10, 27),
    );
  } catch {
    parts = [];
  }
  const order = parts.map((p) => p.type).filter((t): t is Part => t === "day" || t === "month" || t === "year");
  if (order.length !== 3) return { order: ["year", "month", "day"], separator: "-", placeholder: "yyyy-mm-dd" };
  const separator = parts.find((p) => p.type === "literal")?.value.trim() || "/";
  return { order, separator, placeholder: order.map((p) => PLACEHOLDER_PART[p]).join(separator) };
}

/** An ISO date (YYYY-MM-DD) written in the pattern; "" for no date. */
export function showDate(iso: string | null | undefined, pattern: DatePattern): string {
  if (!iso) return "";
  const [year, month, day] = iso.slice(0, 10).split("-");
  if (!year || !month || !day) return iso;
  const value: Record<Part, string> = { year, month, day };
  return pattern.order.map((p) => value[p]).join(pattern.separator);
}

/** What was typed: no date, a date (ISO), or why it is not one. */
export type ReadDate = { kind: "empty" } | { kind: "date"; iso: string } | { kind: "invalid"; message: string };

/**
 * Reads a typed date in the locale's order; `2026-11-27` (ISO, year first with four digits) is
 * always understood too, whatever the locale. The year has four digits, so a date half typed is
 * never taken for another one ("1/2/20" is not 2020).
 */
export function readDate(text: string, pattern: DatePattern): ReadDate {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  const numbers = trimmed.split(/[^0-9]+/).filter(Boolean);
  const wrong: ReadDate = { kind: "invalid", message: `Type the date as ${pattern.placeholder}, e.g. ${example(pattern)}.` };
  if (numbers.length !== 3 || /[^0-9\s./\-,]/.test(trimmed)) return wrong;
  const order: Part[] = numbers[0]!.length === 4 ? ["year", "month", "day"] : pattern.order;
  const value = { day: 0, month: 0, year: 0 };
  order.forEach((part, i) => (value[part] = Number(numbers[i])));
  if (numbers[order.indexOf("year")]!.length !== 4) return wrong;
  if (value.month < 1 || value.month > 12) return { kind: "invalid", message: `There is no month ${value.month}.` };
  const daysInMonth = new Date(Date.UTC(value.year, value.month, 0)).getUTCDate();
  if (value.day < 1 || value.day > daysInMonth) {
    return { kind: "invalid", message: `That month has no day ${value.day}.` };
  }
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return { kind: "date", iso: `${pad(value.year, 4)}-${pad(value.month, 2)}-${pad(value.day, 2)}` };
}

function example(pattern: DatePattern): string {
  return showDate("2026-11-27", pattern);
}
