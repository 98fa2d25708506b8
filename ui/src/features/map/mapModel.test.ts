import { describe, expect, it } from "vitest";
import { buildMap, decorateNodes } from "./mapModel";
import { smallSnapshot } from "../../test/fixtures";

describe("buildMap", () => {
  it("draws every stakeholder and team member as a card at its stored position", () => {
    const { nodes } = buildMap(smallSnapshot());
    expect(nodes.map((n) => n.id).sort()).toEqual(["ana", "ben", "tom", "us"]);
    const ana = nodes.find((n) => n.id === "ana");
    expect(ana?.position).toEqual({ x: 280, y: 0 });
    expect(nodes.find((n) => n.id === "us")?.type).toBe("teamMember");
  });

  it("parks unplaced people above the map, one beside the other", () => {
    const { nodes } = buildMap(smallSnapshot());
    const tom = nodes.find((n) => n.id === "tom");
    const ben = nodes.find((n) => n.id === "ben");
    expect(tom?.position.y).toBeLessThan(0);
    expect(ben?.position.y).toBe(tom?.position.y);
    expect(ben?.position.x).not.toBe(tom?.position.x);
  });

  it("draws reporting lines from manager to report, dotted ones marked", () => {
    const { edges } = buildMap(smallSnapshot());
    const solid = edges.find((e) => e.id === "r1");
    const dotted = edges.find((e) => e.id === "r2");
    expect(solid).toMatchObject({ type: "reportsTo", source: "ana", target: "tom" });
    expect(solid?.data).toMatchObject({ dotted: false, label: "Tom Ng reports to Ana Ruiz" });
    expect(dotted?.data).toMatchObject({ dotted: true, label: "Ben Ode has a dotted line to Ana Ruiz" });
  });

  it("keeps coverage strength and the best coverage on the covered card", () => {
    const { nodes, edges } = buildMap(smallSnapshot());
    const covers = edges.find((e) => e.type === "covers");
    expect(covers).toMatchObject({ source: "us", target: "ana" });
    expect(covers?.data?.label).toBe("Sam Lee covers Ana Ruiz: trusted (wanted: advisor)");
    const ana = nodes.find((n) => n.id === "ana");
    expect(ana?.type === "stakeholder" && ana.data.bestCoverage).toBe("trusted");
    const us = nodes.find((n) => n.id === "us");
    expect(us?.type === "teamMember" && us.data.coveredCount).toBe(1);
  });

  it("draws influence and conflict between their people", () => {
    const { edges } = buildMap(smallSnapshot());
    expect(edges.find((e) => e.type === "conflictsWith")?.data?.label).toBe(
      "Tom Ng is in conflict with Ben Ode",
    );
  });
});

describe("decorateNodes with the client in the room", () => {
  it("tells every card to hide its attitude, and keeps unchanged cards as they were", () => {
    const { nodes } = buildMap(smallSnapshot());
    const look = (clientSafe: boolean) => () => ({ dimmed: false, selected: false, findings: undefined, renaming: false, clientSafe });
    const plain = decorateNodes(nodes, look(false));
    expect(plain.every((n) => !n.data.clientSafe)).toBe(true);
    const safe = decorateNodes(plain, look(true));
    expect(safe.every((n) => n.data.clientSafe === true)).toBe(true);
    expect(decorateNodes(safe, look(true))).toEqual(safe);
    expect(decorateNodes(safe, look(true))[0]).toBe(safe[0]);
  });
});
