import { describe, expect, it } from "vitest";
import { spinePath } from "./lines";

describe("reporting lines", () => {
  it("run as a step to the next row", () => {
    // Manager's bottom at y 112, report's top one gap (90) below.
    expect(spinePath(120, 112, 400, 202)).toBeNull();
  });

  it("run down the gap left of a report further below and into its side", () => {
    // Report card at x 280 (its top centre at 400), two rows down (top at 404).
    expect(spinePath(120, 112, 400, 404)).toBe("M120 112 L120 157 L260 157 L260 460 L280 460");
  });
});
