import { describe, expect, it } from "vitest";
import { DWELL_MS, dwell, NO_DWELL } from "./dropTarget";

describe("re-parent by drag", () => {
  it("arms a card only after the drag rests over it", () => {
    let s = dwell(NO_DWELL, "raj", 1000);
    expect(s.armed).toBeNull();
    s = dwell(s, "raj", 1000 + DWELL_MS - 1);
    expect(s.armed).toBeNull();
    s = dwell(s, "raj", 1000 + DWELL_MS);
    expect(s.armed).toBe("raj");
  });

  it("passing over cards on the way arms none of them", () => {
    let s = NO_DWELL;
    for (const [card, at] of [["a", 0], ["b", 200], ["c", 400], [null, 700], ["d", 900]] as const) {
      s = dwell(s, card, at);
      expect(s.armed).toBeNull();
    }
  });

  it("leaving the armed card disarms it", () => {
    let s = dwell(dwell(NO_DWELL, "raj", 0), "raj", DWELL_MS);
    expect(s.armed).toBe("raj");
    s = dwell(s, null, DWELL_MS + 50);
    expect(s.armed).toBeNull();
  });
});
