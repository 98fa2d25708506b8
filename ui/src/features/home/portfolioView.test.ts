import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY, ariaSort, isFiltered, nextSort, npsSentence, npsWords } from "./portfolioView";

describe("portfolio view", () => {
  it("turns a column around on a second click and starts numbers biggest first", () => {
    const byRevenue = DEFAULT_QUERY.sort;
    expect(nextSort(byRevenue, "revenue")).toEqual({ column: "revenue", descending: false });
    expect(nextSort(byRevenue, "name")).toEqual({ column: "name", descending: false });
    expect(nextSort(byRevenue, "health")).toEqual({ column: "health", descending: true });
    expect(ariaSort(byRevenue, "revenue")).toBe("descending");
    expect(ariaSort(byRevenue, "name")).toBe("none");
  });

  it("reads a score's trend in signs and in words", () => {
    const at = (score: number) => ({ date: "2026-11-01", score });
    expect(npsWords({ latest: null, change: null })).toBe("—");
    expect(npsWords({ latest: at(7), change: 2 })).toBe("7 ↑2");
    expect(npsWords({ latest: at(5), change: -1 })).toBe("5 ↓1");
    expect(npsWords({ latest: at(8), change: null })).toBe("8");
    expect(npsSentence({ latest: at(7), change: 2 })).toBe("7 of 10, up 2 since the score before");
    expect(npsSentence({ latest: null, change: null })).toBe("No score recorded");
  });

  it("knows a narrowed list from the whole portfolio", () => {
    expect(isFiltered(DEFAULT_QUERY)).toBe(false);
    expect(isFiltered({ ...DEFAULT_QUERY, text: " helios " })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, lifecycleStage: "loyalty" })).toBe(true);
    expect(isFiltered({ ...DEFAULT_QUERY, includeArchived: true })).toBe(false);
  });
});
