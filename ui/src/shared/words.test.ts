import { describe, expect, it } from "vitest";
import { smallSnapshot } from "../test/fixtures";
import { daysBetween, describeTarget, dueWords } from "./words";

describe("goal targets and due dates in words", () => {
  it("reads a target as the room says it", () => {
    const snap = smallSnapshot();
    expect(describeTarget({ kind: "attitude", from: "neutral", to: "supporter" }, snap)).toBe("attitude neutral → supporter");
    expect(describeTarget({ kind: "coverage", teamMember: "us", from: "acquainted", to: "trusted" }, snap)).toBe(
      "coverage acquainted → trusted (Sam Lee)",
    );
    expect(describeTarget({ kind: "coverage", teamMember: null, from: "none", to: "aware" }, snap)).toBe("coverage none → aware");
    expect(describeTarget({ kind: "free", text: "Pilot signed" }, snap)).toBe("Pilot signed");
  });

  it("counts days across month ends without time-zone shifts", () => {
    expect(daysBetween("2026-11-23", "2026-12-01")).toBe(8);
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(dueWords("2026-11-18", "2026-11-23")).toBe("overdue by 5 days");
    expect(dueWords("2026-11-22", "2026-11-23")).toBe("overdue by 1 day");
    expect(dueWords("2026-11-23", "2026-11-23")).toBe("due today");
    expect(dueWords("2026-11-24", "2026-11-23")).toBe("due in 1 day");
  });
});
