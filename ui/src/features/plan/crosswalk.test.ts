import { describe, expect, it } from "vitest";
import type { CrosswalkEntry } from "../../bindings";
import { crosswalkFor, withCrosswalkRoles } from "./crosswalk";

const crosswalk: CrosswalkEntry[] = [
  { term: "economic buyer", roles: ["budget"], note: "Signs off the money." },
  { term: "technical buyer", roles: ["gatekeeper"], note: "" },
  { term: "champion", roles: [], note: "Champion is an attitude in Rapport, not a buying role: set the attitude." },
];

describe("the crosswalk in the Identify table", () => {
  it("finds another method's word however it is typed", () => {
    expect(crosswalkFor("Economic-Buyer", crosswalk)?.roles).toEqual(["budget"]);
    expect(crosswalkFor("  technical   buyer ", crosswalk)?.roles).toEqual(["gatekeeper"]);
    expect(crosswalkFor("astrologer", crosswalk)).toBeNull();
    expect(crosswalkFor("   ", crosswalk)).toBeNull();
  });

  it("adds the word's roles and never takes one away", () => {
    expect(withCrosswalkRoles(["user"], "economic buyer", crosswalk)).toEqual(["budget", "user"]);
    expect(withCrosswalkRoles(["budget"], "economic buyer", crosswalk)).toEqual(["budget"]);
    expect(withCrosswalkRoles(["gatekeeper"], "champion", crosswalk)).toEqual(["gatekeeper"]);
    expect(withCrosswalkRoles(["user"], "coach of the year", crosswalk)).toEqual(["user"]);
  });
});
