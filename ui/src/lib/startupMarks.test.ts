import { afterEach, describe, expect, it } from "vitest";
import { markStartup, startupMarks } from "./startupMarks";

afterEach(() => performance.clearMarks());

describe("startupMarks", () => {
  it("gives Rapport's own marks without their prefix, in the order they were taken, and no one else's", () => {
    markStartup("script running");
    performance.mark("someone else's");
    markStartup("map painted");
    const names = startupMarks()
      .map((m) => m.name)
      .filter((n) => n !== "page fetched" && n !== "DOM interactive");
    expect(names).toEqual(["script running", "map painted"]);
    const times = startupMarks().map((m) => m.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => Number.isInteger(t))).toBe(true);
  });
});
