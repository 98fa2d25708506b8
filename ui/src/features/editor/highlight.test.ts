import { describe, expect, it } from "vitest";
import type { AccountSnapshot, Finding, Stakeholder } from "../../bindings";
import { smallSnapshot } from "../../test/fixtures";
import { NO_FILTER, departments, findingsByPerson, highlightedPeople, searchPeople } from "./highlight";

/** Ana, Tom and Ben of the small fixture. */
function people(snap: AccountSnapshot) {
  return snap.stakeholders as [Stakeholder, Stakeholder, Stakeholder];
}

describe("highlightedPeople", () => {
  it("keeps everyone bright when no filter is on", () => {
    expect(highlightedPeople(smallSnapshot(), NO_FILTER)).toBeNull();
  });

  it("ANDs across kinds and ORs within one", () => {
    const snap = smallSnapshot();
    const [ana, tom] = people(snap);
    tom.roles = ["user"];
    tom.department = "Finance";
    ana.department = "Finance";
    const budgetOrUser = highlightedPeople(snap, { ...NO_FILTER, roles: ["budget", "user"] });
    expect([...(budgetOrUser ?? [])].sort()).toEqual(["ana", "tom"]);
    const championsInFinance = highlightedPeople(snap, { ...NO_FILTER, attitudes: ["champion"], departments: ["Finance"] });
    expect([...(championsInFinance ?? [])]).toEqual(["ana"]);
  });

  it("shows one of ours with exactly the people they cover", () => {
    const kept = highlightedPeople(smallSnapshot(), { ...NO_FILTER, coveredBy: "us" });
    expect([...(kept ?? [])].sort()).toEqual(["ana", "us"]);
  });
});

describe("searchPeople", () => {
  it("finds by any word of name, title or department, name prefixes first", () => {
    const snap = smallSnapshot();
    expect(searchPeople(snap, "cfo").map((h) => h.name)).toEqual(["Ana Ruiz"]);
    expect(searchPeople(snap, "ng").map((h) => h.name)).toEqual(["Tom Ng"]);
    expect(searchPeople(snap, "account manager").map((h) => h.ours)).toEqual([true]);
    expect(searchPeople(snap, "  ")).toEqual([]);
  });
});

describe("departments and findings", () => {
  it("lists departments once, sorted, without blanks", () => {
    const snap = smallSnapshot();
    const [ana, tom, ben] = people(snap);
    ana.department = "Sales";
    tom.department = "IT";
    ben.department = "Sales";
    expect(departments(snap)).toEqual(["IT", "Sales"]);
  });

  it("puts each person's most severe finding first", () => {
    const finding = (key: string, severity: Finding["severity"]): Finding => ({
      key,
      kind: "staleContact",
      severity,
      people: [{ kind: "stakeholder", id: "ana" }],
      title: key,
      explanation: "",
      suggestedGoal: null as unknown as Finding["suggestedGoal"],
    });
    const byPerson = findingsByPerson([finding("low", "low"), finding("high", "high")]);
    expect(byPerson.get("ana")?.map((f) => f.key)).toEqual(["high", "low"]);
    expect(byPerson.has("tom")).toBe(false);
  });
});
