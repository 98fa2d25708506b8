import { describe, expect, it } from "vitest";
import type { ColumnMapping, ImportPreview } from "../../bindings";
import { columnKey, countsInWords, isReimport, NO_CHOICES, withColumnChoice } from "./importModel";

const mapping: ColumnMapping = {
  format: "orgChart",
  columns: [
    { column: { index: 0, letter: "A", header: "Full Name" }, field: "name" },
    { column: { index: 1, letter: "B", header: "Chef" }, field: null },
    { column: { index: 2, letter: "C", header: "" }, field: null },
    { column: { index: 3, letter: "D", header: "Note" }, field: null },
    { column: { index: 4, letter: "E", header: "Note" }, field: null },
  ],
};

/** Column `i` of the mapping above. */
const col = (i: number) => {
  const c = mapping.columns[i];
  if (!c) throw new Error(`no column ${i}`);
  return c.column;
};

describe("column choices", () => {
  it("name a column by its header unless it is empty or shared", () => {
    expect(columnKey(col(1), mapping)).toBe("Chef");
    expect(columnKey(col(2), mapping)).toBe("C");
    expect(columnKey(col(4), mapping)).toBe("E");
  });

  it("replace an earlier choice for the same column and keep the others", () => {
    const once = withColumnChoice(NO_CHOICES, mapping, col(1), "reportsTo");
    const twice = withColumnChoice(once, mapping, col(2), "dottedTo");
    const again = withColumnChoice(twice, mapping, col(1), "ignore");
    expect(again.mapping).toEqual([
      { column: "C", field: "dottedTo" },
      { column: "Chef", field: "ignore" },
    ]);
    expect(again.skipInvalid).toBe(false);
  });
});

describe("counts", () => {
  const preview = {
    rows: 1,
    people: 1,
    managersResolved: 0,
    dottedLines: 2,
    changes: { newPeople: [], changed: [], unchanged: 0, missing: [] },
  } as unknown as ImportPreview;

  it("say one and many right", () => {
    expect(countsInWords(preview)).toBe("1 row · 1 person · 0 managers found · 2 dotted lines");
  });

  it("tell a re-import from a first import", () => {
    expect(isReimport(preview)).toBe(false);
    expect(isReimport({ ...preview, changes: { ...preview.changes, unchanged: 3 } })).toBe(true);
  });
});
