import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatShare, setFormatLocale } from "./format";

describe("format", () => {
  it("shows dates the way people write them, whatever the time zone", () => {
    expect(formatDate("2026-11-23")).toBe("23 Nov 2026");
    expect(formatDate("2026-01-05T09:30:00")).toBe("5 Jan 2026");
    expect(formatDate(null)).toBe("—");
  });

  it("compacts large revenue and keeps small amounts exact", () => {
    expect(formatMoney(1_800_000, "EUR")).toBe("€1.8M");
    expect(formatMoney(950, "EUR")).toBe("€950");
    expect(formatMoney(null, "EUR")).toBe("€0");
    expect(formatMoney(1200, "NOPE")).toBe("1,200 NOPE");
  });

  it("rounds shares to one decimal", () => {
    expect(formatShare(0.34567)).toBe("34.6%");
    expect(formatShare(null)).toBe("0%");
  });

  it("writes money, shares and dates in the locale chosen in Settings, and back", () => {
    setFormatLocale("de-DE");
    try {
      expect(formatDate("2026-11-23")).toBe("23. Nov. 2026");
      expect(formatMoney(950, "EUR")).toBe("950\u00a0€");
      expect(formatShare(0.34567)).toBe("34,6\u00a0%");
    } finally {
      setFormatLocale("");
    }
    expect(formatDate("2026-11-23")).toBe("23 Nov 2026");
  });
});
