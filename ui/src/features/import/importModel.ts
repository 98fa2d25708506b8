// What the import dialog works out without the backend: how a column chosen in the preview
// becomes a hand-made mapping, and the preview's counts in words. Pure, so it is unit-tested.
import type { ColumnMapping, ColumnRef, ContactImportOptions, Field, ImportPreview, MappingOverride } from "../../bindings";

/** No choices made yet: all or nothing, managers must match, nobody marked as having left. */
export const NO_CHOICES: ContactImportOptions = {
  skipInvalid: false,
  keepUnmatchedManagers: false,
  markMissingAsLeft: false,
  mapping: [],
};

/** A column's select: a field, or "ignore" to leave the column out. */
export type ColumnChoice = Field | "ignore";

/**
 * How a mapping names a column: its header when no other column has the same one (the backend
 * looks for headers first), else its spreadsheet letter.
 */
export function columnKey(column: ColumnRef, mapping: ColumnMapping): string {
  const header = column.header.trim();
  const shared = mapping.columns.filter((c) => c.column.header.trim() === header).length > 1;
  return header && !shared ? header : column.letter;
}

/** The options with `column` read as `choice` (replacing an earlier choice for that column). */
export function withColumnChoice(
  options: ContactImportOptions,
  mapping: ColumnMapping,
  column: ColumnRef,
  choice: ColumnChoice,
): ContactImportOptions {
  const key = columnKey(column, mapping);
  const others: MappingOverride[] = options.mapping.filter((m) => m.column !== key);
  return { ...options, mapping: [...others, { column: key, field: choice }] };
}

/** "1 row", "5 rows". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The preview's counts as the dialog states them. */
export function countsInWords(p: ImportPreview): string {
  return [
    counted(p.rows, "row"),
    counted(p.people, "person", "people"),
    counted(p.managersResolved, "manager found", "managers found"),
    counted(p.dottedLines, "dotted line"),
  ].join(" · ");
}

/** Whether the preview is about an account that already has people (a re-import). */
export function isReimport(p: ImportPreview): boolean {
  const c = p.changes;
  return c.unchanged > 0 || c.changed.length > 0 || c.missing.length > 0;
}
