import { describe, expect, it } from "vitest";
import { clock, elapsed, newTimer, pause, reset, start, switchTo } from "./stepTimer";

const MIN = 60_000;

describe("step timer", () => {
  it("counts only while running", () => {
    let t = newTimer("understand");
    expect(elapsed(t, "understand", 5 * MIN)).toBe(0);
    t = start(t, 10 * MIN);
    expect(elapsed(t, "understand", 13 * MIN)).toBe(3 * MIN);
    t = pause(t, 13 * MIN);
    expect(elapsed(t, "understand", 20 * MIN)).toBe(3 * MIN);
    t = start(t, 20 * MIN);
    expect(elapsed(t, "understand", 21 * MIN)).toBe(4 * MIN);
  });

  it("keeps each step's own total when the facilitator moves on", () => {
    let t = start(newTimer("understand"), 0);
    t = switchTo(t, "identify", 5 * MIN);
    expect(elapsed(t, "understand", 9 * MIN)).toBe(5 * MIN);
    expect(elapsed(t, "identify", 9 * MIN)).toBe(4 * MIN);
    t = switchTo(pause(t, 9 * MIN), "understand", 30 * MIN);
    expect(elapsed(t, "understand", 40 * MIN)).toBe(5 * MIN);
    expect(elapsed(t, "identify", 40 * MIN)).toBe(4 * MIN);
  });

  it("resets the current step only, and keeps running if it was", () => {
    let t = start(newTimer("understand"), 0);
    t = switchTo(t, "identify", 5 * MIN);
    t = reset(t, 7 * MIN);
    expect(elapsed(t, "identify", 8 * MIN)).toBe(MIN);
    expect(elapsed(t, "understand", 8 * MIN)).toBe(5 * MIN);
  });

  it("reads as minutes and seconds", () => {
    expect(clock(0)).toBe("00:00");
    expect(clock(4 * MIN + 7_900)).toBe("04:07");
    expect(clock(62 * MIN + 3_000)).toBe("1:02:03");
  });
});
