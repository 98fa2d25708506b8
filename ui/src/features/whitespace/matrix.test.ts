import { describe, expect, it } from "vitest";
import type { Offering } from "../../bindings";
import { cellAt, groupByFamily, initials, NO_FAMILY, parseDealSize, parseEstimatedValue } from "./matrix";

const offering = (id: string, name: string, family: string): Offering => ({ id, name, family, typicalDealSize: null });

describe("groupByFamily", () => {
  it("groups by family name, unnamed family last, offerings by name inside", () => {
    const groups = groupByFamily([
      offering("1", "Yard", "Platform"),
      offering("2", "Advice", ""),
      offering("3", "Fleet", "Platform"),
      offering("4", "Audit", "Consulting"),
    ]);
    expect(groups.map((g) => g.family)).toEqual(["Consulting", "Platform", NO_FAMILY]);
    expect(groups[1]?.offerings.map((o) => o.name)).toEqual(["Fleet", "Yard"]);
  });
});

describe("cellAt", () => {
  it("finds the set cell, or a blank not-relevant one", () => {
    const set = { offering: "o", need: "n", state: "owned" as const, budgetHolder: "p", estimatedValue: 5, note: "" };
    expect(cellAt([set], "o", "n")).toBe(set);
    const blank = cellAt([set], "o", "other");
    expect(blank.state).toBe("notRelevant");
    expect(blank.need).toBe("other");
    expect(blank.estimatedValue).toBeNull();
  });
});

describe("initials", () => {
  it("takes first and last word, or two letters of one word", () => {
    expect(initials("Dana  van Whitfield")).toBe("DW");
    expect(initials("cher")).toBe("CH");
    expect(initials("  ")).toBe("");
  });
});

describe("parseEstimatedValue", () => {
  it("accepts empty, grouped and decimal amounts", () => {
    expect(parseEstimatedValue("")).toEqual({ value: null });
    expect(parseEstimatedValue("120,000")).toEqual({ value: 120000 });
    expect(parseEstimatedValue("0")).toEqual({ value: 0 });
  });
  it("refuses negatives and words, naming the field", () => {
    expect(parseEstimatedValue("-5")).toEqual({ error: "The estimated value must be 0 or more." });
    expect(parseEstimatedValue("lots")).toEqual({ error: "The estimated value must be a number, e.g. 120,000." });
    expect(parseDealSize("-1")).toEqual({ error: "The typical deal size must be 0 or more." });
  });
});
