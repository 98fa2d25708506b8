// Amounts as people type them: "1,800,000", "1 800 000" or "2.5". Pure, so tested without a DOM.

/** The number typed, ignoring thousands separators and spaces; 0 when empty; null when it is not a number. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s,_']/g, "");
  if (cleaned === "") return 0;
  if (!/^-?\d*\.?\d+$|^-?\d+\.$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** An amount as it is shown for editing: whole numbers grouped ("1,800,000"), fractions kept. */
export function amountText(value: number | null): string {
  if (value === null || value === 0) return "";
  return Number.isInteger(value) ? value.toLocaleString("en-US") : String(value);
}
