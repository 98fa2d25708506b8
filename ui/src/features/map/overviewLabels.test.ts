import { describe, expect, it } from "vitest";
import type { AccountSnapshot } from "../../bindings";
import { overviewLabels } from "./overviewLabels";

const person = (id: string, x: number, y: number) => ({ id, name: `Person ${id}`, title: "VP", placement: { position: { x, y }, pinned: false } });
const snapshot = {
  stakeholders: [person("ceo", 1500, 0), person("a", 0, 200), person("b", 280, 200), person("c", 4000, 200), person("leaf", 0, 400)],
} as unknown as AccountSnapshot;
const below = new Map([
  ["ceo", 40],
  ["a", 12],
  ["b", 10],
  ["c", 8],
]);

describe("labels over a zoomed-out map", () => {
  it("names the heads of big branches, biggest first, and no one below the minimum", () => {
    const labels = overviewLabels(snapshot, below, new Set(), null, 1, 9);
    expect(labels.map((l) => l.id)).toEqual(["ceo", "a", "b"]);
    expect(labels[0]).toMatchObject({ name: "Person ceo", detail: "VP · 40 people", x: 1620, y: 0 });
    expect(overviewLabels(snapshot, below, new Set(["a"]), null, 1, 9)[1]?.detail).toBe("VP · 12 people, folded");
  });

  it("leaves out a label that would cover a bigger branch's label at this zoom", () => {
    // Far out, a and b sit 280 map units apart: a few pixels, so only the bigger one is named.
    const far = overviewLabels(snapshot, below, new Set(), null, 0.1, 5).map((l) => l.id);
    expect(far).toContain("a");
    expect(far).not.toContain("b");
    expect(far).toContain("c");
  });

  it("names no one hidden by a fold or a focus", () => {
    expect(overviewLabels(snapshot, below, new Set(), new Set(["ceo"]), 1, 5).map((l) => l.id)).not.toContain("ceo");
  });
});
