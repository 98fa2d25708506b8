import { describe, expect, it } from "vitest";
import type { ComingUp } from "../../bindings";
import { comingUpLabel, comingUpWhat, comingUpWhen, groupComingUp } from "./comingUp";

const item = (over: Partial<ComingUp>): ComingUp => ({
  date: "2026-12-03",
  kind: "birthday",
  account: "a1",
  accountName: "Helios Freight",
  stakeholder: "s1",
  stakeholderName: "Raj Patel",
  title: "Birthday",
  overdue: false,
  ...over,
});

describe("the Coming up panel's words", () => {
  it("puts overdue entries first and keeps the backend's order inside each group", () => {
    const late = item({ kind: "thankYou", title: "Thank for: the deal", overdue: true, date: "2026-11-20" });
    const soon = item({ date: "2026-12-01" });
    const later = item({ date: "2026-12-20", stakeholderName: "Ana" });
    const groups = groupComingUp([late, soon, later]);
    expect(groups.overdue).toEqual([late]);
    expect(groups.upcoming).toEqual([soon, later]);
  });

  it("says an overdue entry is overdue, and names who, where and what", () => {
    const late = item({ kind: "contactDue", title: "Get in touch (every 30 days)", overdue: true, date: "2026-11-20" });
    expect(comingUpWhen(late)).toMatch(/^Overdue since .*2026$/);
    expect(comingUpWhen(item({}))).not.toMatch(/Overdue/);
    expect(comingUpLabel(late)).toMatch(/^Raj Patel, Helios Freight: Get in touch \(every 30 days\), Overdue since/);
  });

  it("falls back to the kind's word when an entry has no title", () => {
    expect(comingUpWhat(item({ kind: "personalDate", title: " " }))).toBe("Date");
    expect(comingUpWhat(item({ title: "Work anniversary", kind: "personalDate" }))).toBe("Work anniversary");
  });
});
