// Turns an account snapshot into what React Flow draws. Pure, so it is tested without a DOM.
import { type Edge, type Node, type NodeHandle, Position as Side } from "@xyflow/react";
import type {
  AccountSnapshot,
  Coverage,
  CoverageBadge,
  Finding,
  Placement,
  Stakeholder,
  Strength,
  TeamMember,
} from "../../bindings";
import type { BranchSummary } from "./branches";

/** Card size in map units; equal to rapport_core::layout::CARD_WIDTH / CARD_HEIGHT. */
export const CARD_WIDTH = 240;
export const CARD_HEIGHT = 112;

/**
 * What the editor lays over a card: findings markers, inline renaming, and whether the client is
 * in the room (the card then shows no attitude: core's client-safe rule, as in the PDF).
 */
export type CardDecoration = {
  findings?: Finding[];
  renaming?: boolean;
  clientSafe?: boolean;
  /** A manager's branch: how many below, collapsed or not (see branches.ts). */
  branch?: BranchSummary;
  /** On a big map, who of ours covers this person (core's coverage view). */
  badges?: CoverageBadge[];
};

export type StakeholderNodeData = CardDecoration & {
  person: Stakeholder;
  /** Strongest coverage any of ours has with this person. */
  bestCoverage: Strength | null;
};
export type TeamNodeData = CardDecoration & { member: TeamMember; coveredCount: number };

export type StakeholderNode = Node<StakeholderNodeData, "stakeholder">;
export type TeamNode = Node<TeamNodeData, "teamMember">;
export type MapNode = StakeholderNode | TeamNode;

export type ReportsToData = { dotted: boolean; label: string };
export type CoversData = { coverage: Coverage; label: string };
export type RelationData = { note: string; label: string };

export type MapEdge =
  | Edge<ReportsToData, "reportsTo">
  | Edge<CoversData, "covers">
  | Edge<RelationData, "influences">
  | Edge<RelationData, "conflictsWith">;

/** React Flow's default handle (6 px, centred on the card's edge) and the connect dot (14 px). */
const HANDLE = 6;
const CONNECT_DOT = 14;

/**
 * Where a card's handles are (PersonCard's CardHandles, as the CSS puts them), declared so React
 * Flow can draw lines to a card it never mounted. Without them (and without `measured`) every
 * card of a big map was mounted for one frame whenever the nodes changed, to be measured: the
 * 1–2 s frames when a drag selected a card on a 1,000-person map (docs/benchmarks.md).
 */
export const CARD_HANDLES: NodeHandle[] = [
  ...(["target", "source"] as const).map(
    (type): NodeHandle => ({ id: "top", type, position: Side.Top, x: (CARD_WIDTH - HANDLE) / 2, y: -HANDLE / 2, width: HANDLE, height: HANDLE }),
  ),
  { id: "bottom", type: "target", position: Side.Bottom, x: (CARD_WIDTH - HANDLE) / 2, y: CARD_HEIGHT - HANDLE / 2, width: HANDLE, height: HANDLE },
  { id: "side-out", type: "source", position: Side.Right, x: CARD_WIDTH - HANDLE / 2, y: (CARD_HEIGHT - HANDLE) / 2, width: HANDLE, height: HANDLE },
  { id: "side-in", type: "target", position: Side.Left, x: -HANDLE / 2, y: (CARD_HEIGHT - HANDLE) / 2, width: HANDLE, height: HANDLE },
  {
    id: "bottom",
    type: "source",
    position: Side.Bottom,
    x: (CARD_WIDTH - CONNECT_DOT) / 2,
    y: CARD_HEIGHT - CONNECT_DOT / 2,
    width: CONNECT_DOT,
    height: CONNECT_DOT,
  },
];
/** A card's size, known before it is drawn (the CSS fixes it). */
const CARD_SIZE = { width: CARD_WIDTH, height: CARD_HEIGHT };

const STRENGTH_ORDER: Strength[] = ["none", "aware", "acquainted", "trusted", "advisor"];

function position(placement: Placement | null, fallbackIndex: number) {
  if (placement) return placement.position;
  // Not yet laid out: park the card in a row above the map so it is visible and never on top of
  // anyone placed.
  return { x: fallbackIndex * (CARD_WIDTH + 40), y: -(CARD_HEIGHT + 120) };
}

export function buildMap(snapshot: AccountSnapshot): { nodes: MapNode[]; edges: MapEdge[] } {
  const nameOf = new Map<string, string>();
  for (const s of snapshot.stakeholders) nameOf.set(s.id, s.name);
  for (const t of snapshot.team) nameOf.set(t.id, t.name);

  const best = new Map<string, Strength>();
  const coveredBy = new Map<string, number>();
  for (const c of snapshot.coverage) {
    const current = best.get(c.stakeholder);
    if (!current || STRENGTH_ORDER.indexOf(c.strength) > STRENGTH_ORDER.indexOf(current)) {
      best.set(c.stakeholder, c.strength);
    }
    coveredBy.set(c.teamMember, (coveredBy.get(c.teamMember) ?? 0) + 1);
  }

  let unplaced = 0;
  const nodes: MapNode[] = [
    ...snapshot.stakeholders.map(
      (person): StakeholderNode => ({
        id: person.id,
        type: "stakeholder",
        position: position(person.placement, person.placement ? 0 : unplaced++),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        measured: CARD_SIZE,
        handles: CARD_HANDLES,
        data: { person, bestCoverage: best.get(person.id) ?? null },
        ariaLabel: `${person.name}, ${person.title}`,
      }),
    ),
    ...snapshot.team.map(
      (member): TeamNode => ({
        id: member.id,
        type: "teamMember",
        position: position(member.placement, member.placement ? 0 : unplaced++),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        measured: CARD_SIZE,
        handles: CARD_HANDLES,
        data: { member, coveredCount: coveredBy.get(member.id) ?? 0 },
        ariaLabel: `${member.name} (our team), ${member.title}`,
      }),
    ),
  ];

  const name = (id: string) => nameOf.get(id) ?? "someone not on this map";
  const edges: MapEdge[] = [
    ...snapshot.reportsTo.map(
      (r): MapEdge => ({
        id: r.id,
        type: "reportsTo",
        source: r.manager,
        target: r.stakeholder,
        sourceHandle: "bottom",
        targetHandle: "top",
        data: {
          dotted: r.dotted,
          label: `${name(r.stakeholder)} ${r.dotted ? "has a dotted line to" : "reports to"} ${name(r.manager)}`,
        },
      }),
    ),
    ...snapshot.coverage.map(
      (c): MapEdge => ({
        id: c.id,
        type: "covers",
        source: c.teamMember,
        target: c.stakeholder,
        sourceHandle: "top",
        targetHandle: "bottom",
        data: {
          coverage: c,
          label: `${name(c.teamMember)} covers ${name(c.stakeholder)}: ${c.strength} (wanted: ${c.desired})`,
        },
      }),
    ),
    ...snapshot.relations.map(
      (r): MapEdge => ({
        id: r.id,
        type: r.kind,
        source: r.from,
        target: r.to,
        sourceHandle: "side-out",
        targetHandle: "side-in",
        data: {
          note: r.note,
          label:
            r.kind === "influences"
              ? `${name(r.from)} influences ${name(r.to)}`
              : `${name(r.from)} is in conflict with ${name(r.to)}`,
        },
      }),
    ),
  ];
  return { nodes, edges };
}

/** How the editor shows one card beyond its data. */
export type NodeLook = {
  dimmed: boolean;
  selected: boolean;
  findings: Finding[] | undefined;
  renaming: boolean;
  /** The client is in the room: the card shows no attitude. */
  clientSafe?: boolean;
  branch?: BranchSummary;
  badges?: CoverageBadge[];
};

/**
 * Lays the editor's state over the built nodes. A node whose look did not change is returned as
 * the same object, so React Flow re-renders only the cards that changed (this matters at 1,000).
 */
export function decorateNodes(nodes: MapNode[], look: (id: string) => NodeLook): MapNode[] {
  return nodes.map((node) => {
    const { dimmed, selected, findings, renaming, clientSafe = false, branch, badges } = look(node.id);
    const className = dimmed ? "dimmed" : undefined;
    if (
      node.className === className &&
      (node.selected ?? false) === selected &&
      node.data.findings === findings &&
      (node.data.renaming ?? false) === renaming &&
      (node.data.clientSafe ?? false) === clientSafe &&
      node.data.branch === branch &&
      node.data.badges === badges
    ) {
      return node;
    }
    return { ...node, className, selected, data: { ...node.data, findings, renaming, clientSafe, branch, badges } } as MapNode;
  });
}
