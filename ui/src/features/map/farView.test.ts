import { describe, expect, it } from "vitest";
import type { AccountSnapshot, Attitude, Stakeholder, TeamMember } from "../../bindings";
import { farCards, farLines, fitName, hitTest, readPalette } from "./farView";
import { buildMap, decorateNodes, type MapEdge } from "./mapModel";

const palette = readPalette(
  (property) =>
    ({
      "--paper": "#fff",
      "--brand": "#1d4ed8",
      "--team-fill": "#eef",
      "--neutral-band": "#999",
      "--attitude-champion": "#15803d",
      "--attitude-blocker": "#b91c1c",
    })[property] ?? "",
  "Inter",
);

function person(id: string, name: string, attitude: Attitude, x: number, y: number): Stakeholder {
  return {
    id,
    name,
    title: "Head",
    department: "Ops",
    attitude,
    influence: 3,
    roles: [],
    status: "active",
    placement: { position: { x, y }, pinned: false },
  } as unknown as Stakeholder;
}

function snapshot(): AccountSnapshot {
  const team: TeamMember[] = [
    { id: "t1", name: "Our Tess", title: "AE", teamRole: "accountExecutive", placement: { position: { x: 0, y: 600 }, pinned: false } } as unknown as TeamMember,
  ];
  return {
    account: { name: "A" },
    stakeholders: [person("a", "Ada Boss", "champion", 0, 0), person("b", "Bo Report", "blocker", 0, 202), person("c", "Cy Side", "champion", 300, 0)],
    team,
    reportsTo: [{ id: "r1", stakeholder: "b", manager: "a", dotted: false }],
    coverage: [{ id: "c1", teamMember: "t1", stakeholder: "b", strength: "aware", desired: "trusted" }],
    relations: [{ id: "i1", kind: "influences", from: "a", to: "c", note: "" }],
  } as unknown as AccountSnapshot;
}

const plain = { dimmed: false, selected: false, findings: undefined, renaming: false };

describe("farCards", () => {
  it("draws each person in their attitude's colour and our team in the brand's, at the cards' places", () => {
    const { nodes } = buildMap(snapshot());
    const cards = farCards(nodes, palette);
    expect(cards.map((c) => [c.id, c.kind, c.band, c.fill, c.x, c.y])).toEqual([
      ["a", "person", "#15803d", "#fff", 0, 0],
      ["b", "person", "#b91c1c", "#fff", 0, 202],
      ["c", "person", "#15803d", "#fff", 300, 0],
      ["t1", "team", "#1d4ed8", "#eef", 0, 600],
    ]);
  });

  it("shows no attitude with the client in the room, as the cards do", () => {
    const nodes = decorateNodes(buildMap(snapshot()).nodes, () => ({ ...plain, clientSafe: true }));
    const bands = farCards(nodes, palette).filter((c) => c.kind === "person").map((c) => c.band);
    expect(bands).toEqual(["#999", "#999", "#999"]);
    expect(bands).not.toContain("#15803d");
  });

  it("carries selection, dimming and a folded branch's count", () => {
    const nodes = decorateNodes(buildMap(snapshot()).nodes, (id) => ({
      ...plain,
      selected: id === "a",
      dimmed: id === "c",
      branch: id === "a" ? { below: 7, collapsed: true, worst: null, findings: 0 } : undefined,
      badges: id === "b" ? [{ teamMember: "t1", initials: "OT", strength: "aware", desired: "trusted" } as never] : undefined,
    }));
    const byId = new Map(farCards(nodes, palette).map((c) => [c.id, c]));
    expect(byId.get("a")).toMatchObject({ selected: true, dimmed: false, folded: 7 });
    expect(byId.get("a")).toMatchObject({ below: 7, covered: false });
    expect(byId.get("b")).toMatchObject({ below: null, covered: true });
    expect(byId.get("c")).toMatchObject({ selected: false, dimmed: true, folded: null });
    expect(byId.get("b")?.folded).toBeNull();
  });

  it("counts an open branch as not folded", () => {
    const nodes = decorateNodes(buildMap(snapshot()).nodes, (id) => ({
      ...plain,
      branch: id === "a" ? { below: 7, collapsed: false, worst: null, findings: 0 } : undefined,
    }));
    expect(farCards(nodes, palette).find((c) => c.id === "a")?.folded).toBeNull();
  });
});

describe("hitTest", () => {
  const cards = farCards(buildMap(snapshot()).nodes, palette);

  it("finds the card under a point, and nothing between cards", () => {
    expect(hitTest(cards, { x: 10, y: 10 })?.id).toBe("a");
    expect(hitTest(cards, { x: 239, y: 111 })?.id).toBe("a");
    expect(hitTest(cards, { x: 320, y: 50 })?.id).toBe("c");
    expect(hitTest(cards, { x: 120, y: 150 })).toBeNull();
    expect(hitTest(cards, { x: -1, y: 10 })).toBeNull();
  });

  it("takes the topmost of two overlapping cards, as a click would", () => {
    const stacked = [...cards, { ...cards[0]!, id: "over", x: 100 }];
    expect(hitTest(stacked, { x: 150, y: 50 })?.id).toBe("over");
    expect(hitTest(stacked, { x: 50, y: 50 })?.id).toBe("a");
  });
});

describe("farLines", () => {
  const { nodes, edges } = buildMap(snapshot());
  const cards = farCards(nodes, palette);

  it("draws reporting and kept coverage lines, and influence only for the person in focus", () => {
    expect(farLines(edges, cards).map((l) => l.kind)).toEqual(["reportsTo", "covers"]);
    const focused = edges.map((e): MapEdge => (e.id === "i1" ? { ...e, className: "of-selected" } : e));
    const lines = farLines(focused, cards);
    expect(lines.map((l) => l.kind)).toEqual(["reportsTo", "covers", "influences"]);
    expect(lines.find((l) => l.kind === "influences")).toMatchObject({
      emphasis: true,
      points: [
        { x: 240, y: 56 },
        { x: 300, y: 56 },
      ],
    });
  });

  it("runs a reporting line from under the manager to the top of the report", () => {
    const line = farLines(edges, cards)[0]!;
    expect(line.points[0]).toEqual({ x: 120, y: 112 });
    expect(line.points.at(-1)).toEqual({ x: 120, y: 202 });
  });

  it("leaves out lines to people not drawn (under a fold)", () => {
    const without = cards.filter((c) => c.id !== "b");
    expect(farLines(edges, without)).toEqual([]);
  });

  it("marks dimmed lines", () => {
    const dimmed = edges.map((e): MapEdge => ({ ...e, className: "dimmed" }));
    expect(farLines(dimmed, cards).every((l) => l.dimmed)).toBe(true);
  });
});

describe("fitName", () => {
  const width = (text: string) => text.length * 10;

  it("keeps a name that fits and cuts a long one with an ellipsis", () => {
    expect(fitName("Ada", 100, width)).toBe("Ada");
    const cut = fitName("Bartholomew Longname", 100, width);
    expect(cut.endsWith("…")).toBe(true);
    expect(width(cut)).toBeLessThanOrEqual(100);
  });
});

describe("readPalette", () => {
  it("reads the theme's colours and falls back when a property is missing", () => {
    const dark = readPalette((p) => (p === "--paper" ? " #1f2937 " : ""), "Inter");
    expect(dark.paper).toBe("#1f2937");
    expect(dark.ink).toBe("#111827");
    expect(dark.font).toBe("Inter");
  });
});
