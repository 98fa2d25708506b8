import { describe, expect, it } from "vitest";
import { amountText, parseAmount } from "./amounts";

describe("amounts", () => {
  it("reads what people type, with or without thousands separators", () => {
    expect(parseAmount("1,800,000")).toBe(1_800_000);
    expect(parseAmount(" 1 800 000 ")).toBe(1_800_000);
    expect(parseAmount("2.5")).toBe(2.5);
    expect(parseAmount("-5")).toBe(-5);
    expect(parseAmount("")).toBe(0);
    expect(parseAmount("1.2.3")).toBeNull();
    expect(parseAmount("lots")).toBeNull();
  });

  it("shows amounts grouped for editing and empty for zero", () => {
    expect(amountText(1_800_000)).toBe("1,800,000");
    expect(amountText(2.5)).toBe("2.5");
    expect(amountText(0)).toBe("");
    expect(amountText(null)).toBe("");
  });
});
