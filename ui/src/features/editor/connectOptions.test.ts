import { describe, expect, it } from "vitest";
import { smallSnapshot } from "../../test/fixtures";
import { connectOptions } from "./connectOptions";

describe("connectOptions", () => {
  it("offers coverage, from ours to theirs, whichever way the line was dragged", () => {
    const forward = connectOptions(smallSnapshot(), "us", "tom", "aware", "advisor");
    const backward = connectOptions(smallSnapshot(), "tom", "us", "aware", "advisor");
    expect(forward).toEqual(backward);
    expect(forward).toEqual([
      {
        key: "covers",
        label: "Sam Lee covers Tom Ng",
        line: { kind: "covers", teamMember: "us", stakeholder: "tom", strength: "aware", desired: "advisor" },
      },
    ]);
  });

  it("offers reporting both ways, dotted, influence and conflict between two of theirs", () => {
    const options = connectOptions(smallSnapshot(), "tom", "ana");
    if (typeof options === "string") throw new Error(options);
    expect(options.map((o) => o.label)).toContain("Tom Ng reports to Ana Ruiz");
    expect(options.find((o) => o.key === "reportsBack")?.line).toEqual({
      kind: "reportsTo",
      stakeholder: "ana",
      manager: "tom",
      dotted: false,
    });
    expect(options.map((o) => o.line.kind)).toContain("conflictsWith");
  });

  it("explains why nothing joins a person to themselves", () => {
    expect(connectOptions(smallSnapshot(), "ana", "ana")).toMatch(/themselves/);
  });
});
