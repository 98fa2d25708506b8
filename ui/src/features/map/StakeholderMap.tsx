import {
  applyNodeChanges,
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  type NodeChange,
  Panel,
  ReactFlow,
  type ReactFlowProps,
  useReactFlow,
  useStore,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { type CSSProperties, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { type AccountSnapshot, COVERAGE_BADGES_FROM_PEOPLE, type CoverageBadge, type Finding, type Position } from "../../bindings";
import { backend } from "../../lib/backend";
import type { BranchSummary } from "./branches";
import { Legend } from "./Legend";
import { OverviewLabels } from "./OverviewLabels";
import { LineDefinitions, lineTypes } from "./lines";
import { buildMap, decorateNodes, type MapEdge, type MapNode } from "./mapModel";
import { type MapFocus, useFocusCentring } from "./useFocusCentring";
import { PersonCard } from "./PersonCard";
import { dwell, DWELL_MS, NO_DWELL } from "./dropTarget";
import { FarCanvas } from "./FarCanvas";
import { FAR_ZOOM, farCards, farLines, hitTest, TINY_ZOOM } from "./farView";
import { useThemePalette } from "./useThemePalette";
import { usePreferences } from "../../lib/preferences";
import { useStableHandlers } from "../../lib/useStableHandlers";
import { directCircle, presenterMinZoom, presenterNameSize } from "./presenterView";
import { TeamCard } from "./TeamCard";
import { markStartup, startupMarks } from "../../lib/startupMarks";
import { ATTITUDE_STYLE, BRAND, NEUTRAL_CARD } from "../../shared/visualLanguage";

// Tells the shell once per run that a map is on screen (the startup benchmark waits for it).
let firstMapReported = false;
function reportFirstMap() {
  if (firstMapReported) return;
  firstMapReported = true;
  markStartup("map initialised");
  // After the next paint, not merely after React committed.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      markStartup("map painted");
      void backend.firstMapRendered(startupMarks()).catch(() => {});
    }),
  );
}

/** Room around a fitted map: clear of the zoom buttons (left), the legend (top) and the minimap. */
const FIT_PADDING = { top: "56px", left: "64px", right: "220px", bottom: "24px" } as const;
/** Fitting counts every card, also those the far view draws on its canvas instead of mounting. */
const FIT_OPTIONS = { padding: FIT_PADDING, includeHiddenNodes: true } as const;

/** From this many cards on, the map trades decoration for frame rate (see docs/benchmarks.md). */
const LARGE_MAP = 150;

// Defined once, outside render, as React Flow asks: new objects each render remount every card.
const cardTypes = { stakeholder: PersonCard, teamMember: TeamCard };

const NO_LINES: MapEdge[] = [];

/** The map's answers to React Flow's events (kept the same across renders: useStableHandlers). */
type FlowHandlers = Required<
  Pick<
    ReactFlowProps<MapNode>,
    | "onNodesChange"
    | "onMoveStart"
    | "onMove"
    | "onMoveEnd"
    | "onConnect"
    | "onConnectEnd"
    | "onNodeDragStart"
    | "onNodeDrag"
    | "onNodeDragStop"
    | "onNodeClick"
    | "onNodeDoubleClick"
    | "onEdgeClick"
    | "onPaneClick"
  >
>;
const PRO_OPTIONS = { hideAttribution: true };

function miniMapColour(node: MapNode): string {
  if (node.type !== "stakeholder") return BRAND;
  return node.data.clientSafe ? NEUTRAL_CARD : ATTITUDE_STYLE[node.data.person.attitude].colour;
}

/** The time of a drag's events (only ever called from event handlers and timers). */
function clockNow(): number {
  return Date.now();
}

/** What is selected on the map: a person's card or a line. */
export type MapSelection = { kind: "person"; id: string } | { kind: "line"; id: string };

type Props = {
  snapshot: AccountSnapshot;
  selection: MapSelection | null;
  onSelect: (selection: MapSelection | null) => void;
  /** People the filters keep bright; `null` when no filter is on. */
  highlighted: Set<string> | null;
  findings: Map<string, Finding[]>;
  renaming: string | null;
  onRenameStart: (personId: string) => void;
  /** Cards were dropped somewhere new. */
  onMove: (moves: { id: string; at: Position }[]) => void;
  /** A client's card was held over another client's card and dropped there: the new manager. */
  onReparent?: (stakeholder: string, manager: string) => void;
  /** A line was dragged from one card to another. */
  onConnect: (from: string, to: string) => void;
  /** The empty canvas was double-clicked here (map units). */
  onCreateAt: (at: Position, screen: { x: number; y: number }) => void;
  /** Bumped to fit the whole map in the window (after a layout, or on request). */
  fitRound: number;
  /** The last zoom step asked for (View → Zoom in/out, + and -). */
  zoom?: { by: 1 | -1; round: number } | null;
  /** A person to centre on (bump `round` to centre again); `ifHidden`: only when off screen. */
  focus: MapFocus | null;
  /** Tool panels drawn over the map, top left. */
  tools?: ReactNode;
  presenter: boolean;
  /** Presenter mode's "follow the discussion": the selected person and their lines fill the view. */
  follow?: boolean;
  /** The client is in the room: cards, legend and overview show no attitudes. */
  clientSafe?: boolean;
  /** Cards cannot be dragged or connected (what-if: looking, not editing). */
  locked?: boolean;
  /** People not drawn: under a folded manager, or outside the branch in focus. */
  hidden?: ReadonlySet<string> | null;
  /** Each manager's branch summary (the toggle under their card). */
  branches?: Map<string, BranchSummary>;
  /** Fit the view to the client's cards only (a branch in focus; our team lane stays put). */
  fitClientsOnly?: boolean;
  /** Who of ours covers each client person (core's coverage view), for badges on big maps. */
  badges?: Partial<Record<string, CoverageBadge[]>>;
};

/** The stakeholder map: cards and lines from the account, editable in place. */
export function StakeholderMap(props: Props) {
  const { snapshot, selection, findings, renaming, fitRound, focus, presenter, clientSafe = false, locked = false } = props;
  const { hidden = null, branches, badges } = props;
  const all = useMemo(() => buildMap(snapshot), [snapshot]);
  // Folded branches and a branch in focus leave people out; their lines go with them.
  const built = useMemo(
    () =>
      hidden && hidden.size > 0
        ? {
            nodes: all.nodes.filter((n) => !hidden.has(n.id)),
            edges: all.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)),
          }
        : all,
    [all, hidden],
  );
  // On a big account coverage is drawn as badges on the client's cards, with full lines only for
  // the person or team member in focus (also within a folded or focused view: our team lane
  // stays where the whole map put it, far from most branches).
  const asBadges = snapshot.stakeholders.length >= COVERAGE_BADGES_FROM_PEOPLE;
  // A branch in focus is fitted by its own cards, not by the team lane under the whole map.
  const fitTo = useMemo(
    () => (props.fitClientsOnly ? built.nodes.filter((n) => n.type === "stakeholder").map((n) => ({ id: n.id })) : undefined),
    [props.fitClientsOnly, built.nodes],
  );
  // Read by the fit below when it is asked for, not a reason to fit again by itself (declared
  // first, so it is up to date when the fit's effect runs in the same commit).
  const fitToRef = useRef(fitTo);
  useEffect(() => {
    fitToRef.current = fitTo;
  }, [fitTo]);
  const flow = useReactFlow<MapNode>();
  const container = useRef<HTMLDivElement>(null);
  const selectedPerson = selection?.kind === "person" ? selection.id : null;
  const following = presenter && props.follow === true && selectedPerson !== null;
  // Following someone lights them and their direct lines; otherwise the filters decide.
  const circle = useMemo(
    () => (following && selectedPerson ? directCircle(built.edges, selectedPerson) : null),
    [following, selectedPerson, built.edges],
  );
  const highlighted = circle ?? props.highlighted;
  const decorated = useMemo(
    () =>
      decorateNodes(built.nodes, (id) => ({
        dimmed: highlighted !== null && !highlighted.has(id),
        selected: id === selectedPerson,
        findings: findings.get(id),
        renaming: id === renaming,
        clientSafe,
        branch: branches?.get(id),
        badges: asBadges ? badges?.[id] : undefined,
      })),
    [built.nodes, highlighted, selectedPerson, findings, renaming, clientSafe, branches, asBadges, badges],
  );
  // While a card is dragged React Flow moves it here; the store hears of it on drop.
  const [nodes, setNodes] = useState(decorated);
  const [shownFrom, setShownFrom] = useState(decorated);
  if (shownFrom !== decorated) {
    setShownFrom(decorated);
    setNodes(decorated);
  }
  // The card being dragged on a big map: only its own lines are drawn until it is dropped.
  const [dragging, setDragging] = useState<string | null>(null);
  // Re-parent by drag (dropTarget.ts): which client card the drag rests over, and when it is armed.
  const dwelling = useRef(NO_DWELL);
  const dwellTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [armed, setArmed] = useState<string | null>(null);
  const hover = (over: string | null) => {
    dwelling.current = dwell(dwelling.current, over, clockNow());
    setArmed(dwelling.current.armed);
    clearTimeout(dwellTimer.current);
    // The pointer may rest without another drag event: look again once the dwell has passed.
    if (over && !dwelling.current.armed) dwellTimer.current = setTimeout(() => hover(over), DWELL_MS + 20);
  };
  const endDwell = () => {
    clearTimeout(dwellTimer.current);
    const target = dwelling.current.armed;
    dwelling.current = NO_DWELL;
    setArmed(null);
    return target;
  };
  const edges = useMemo(
    () =>
      built.edges.flatMap((e) => {
        if (asBadges && e.type === "covers") {
          const inFocus =
            e.source === selectedPerson ||
            e.target === selectedPerson ||
            (highlighted !== null && highlighted.has(e.source) && highlighted.has(e.target));
          if (!inFocus) return [];
        }
        const selected = selection?.kind === "line" && selection.id === e.id;
        const dimmed = highlighted !== null && !(highlighted.has(e.source) && highlighted.has(e.target));
        const attached = dragging !== null && (e.source === dragging || e.target === dragging);
        const ofSelected = e.source === selectedPerson || e.target === selectedPerson;
        if (!selected && !dimmed && !attached && !ofSelected) return [e];
        const className =
          [dimmed && "dimmed", attached && "attached", ofSelected && "of-selected"].filter(Boolean).join(" ") || undefined;
        return [{ ...e, selected, className }];
      }),
    [built.edges, selection, selectedPerson, highlighted, dragging, asBadges],
  );
  const shownNodes = useMemo(
    () => (armed ? nodes.map((n) => (n.id === armed ? { ...n, className: `${n.className ?? ""} drop-target`.trim() } : n)) : nodes),
    [nodes, armed],
  );
  const armedName = armed ? snapshot.stakeholders.find((p) => p.id === armed)?.name : undefined;
  const [legendOpen, setLegendOpen] = useState(false);
  const large = nodes.length > LARGE_MAP;
  // While a big map pans or zooms its lines are hidden: repainting a thousand curves per frame is
  // what drops WebKit below 60 fps (docs/benchmarks.md). They return when the map stops.
  const [moving, setMoving] = useState(false);
  // Zoomed far out, a card's small print is unreadable anyway: drop it (cheaper to paint).
  const far = useStore((s) => s.transform[2] < FAR_ZOOM);
  // Further out still, even names are a few pixels high: cards become coloured blocks.
  const tiny = useStore((s) => s.transform[2] < TINY_ZOOM);
  // In presenter mode names never shrink below the room's minimum (presenterView.ts).
  const { settings, theme } = usePreferences();
  const textScale = settings.presenterTextPercent / 100;
  const nameSize = useStore((s) => (presenter ? presenterNameSize(s.transform[2], textScale) : null));
  // A big map zoomed far out is drawn on one canvas instead of a thousand DOM cards (farView.ts);
  // the cards mount again as the view comes closer (only those in view: onlyRenderVisibleElements).
  const onCanvas = large && far && !nameSize;
  const palette = useThemePalette();
  const drawn = useMemo(() => (onCanvas ? farCards(shownNodes, palette) : []), [onCanvas, shownNodes, palette]);
  const drawnLines = useMemo(() => (onCanvas ? farLines(edges, drawn) : []), [onCanvas, edges, drawn]);
  const flowNodes = useMemo(() => (onCanvas ? shownNodes.map((n) => ({ ...n, hidden: true })) : shownNodes), [onCanvas, shownNodes]);
  // React Flow still draws the lines between hidden cards: far out, the canvas draws them instead.
  const flowEdges = onCanvas ? NO_LINES : edges;
  /** The drawn card under a point of the window, when the far view's canvas is on. */
  const cardAt = (clientX: number, clientY: number) =>
    onCanvas ? hitTest(drawn, flow.screenToFlowPosition({ x: clientX, y: clientY })) : null;
  // Far out a drag on a drawn card moves the view, not the card: say so rather than do nothing.
  const [panHint, setPanHint] = useState(false);
  const panHintTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(panHintTimer.current), []);
  // Pressed on a drawn card: if the pointer then moves, the view pans and the hint says why.
  const pressedOnCard = useRef(false);
  const onMoveStart = (event: MouseEvent | TouchEvent | null) => {
    if (large) setMoving(true);
    pressedOnCard.current =
      onCanvas && !presenter && !locked && event !== null && "clientX" in event && event.type === "mousedown" && cardAt(event.clientX, event.clientY) !== null;
  };
  const onMove = () => {
    if (!pressedOnCard.current) return;
    pressedOnCard.current = false;
    setPanHint(true);
    clearTimeout(panHintTimer.current);
    panHintTimer.current = setTimeout(() => setPanHint(false), 4000);
  };

  useEffect(() => {
    if (!circle) return;
    void flow.fitView({
      nodes: [...circle].map((id) => ({ id })),
      padding: 0.2,
      duration: 400,
      includeHiddenNodes: true,
      maxZoom: 1.4,
      minZoom: presenterMinZoom(textScale),
    });
  }, [circle, flow, textScale]);

  useEffect(() => {
    if (fitRound > 0) void flow.fitView({ ...FIT_OPTIONS, duration: 300, nodes: fitToRef.current });
  }, [fitRound, flow]);

  const zoom = props.zoom;
  useEffect(() => {
    if (!zoom) return;
    void (zoom.by > 0 ? flow.zoomIn({ duration: 200 }) : flow.zoomOut({ duration: 200 }));
  }, [zoom, flow]);

  const fitAtStart = useFocusCentring(focus, container);

  // A mouse drag is stored when it ends (onNodeDragStop); arrow keys on a selected card move it
  // without a drag, so those moves are stored here, gathered until the keys rest.
  const mouseDrag = useRef(false);
  const keyMoves = useRef(new Map<string, Position>());
  const keyMoveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onNodesChange = (changes: NodeChange<MapNode>[]) => {
    for (const c of changes) {
      // Enter or Space on a focused card selects it: that is the editor's selection too.
      if (c.type === "select" && c.selected) props.onSelect({ kind: "person", id: c.id });
      if (c.type === "position" && c.position && !c.dragging && !mouseDrag.current) {
        keyMoves.current.set(c.id, { x: Math.round(c.position.x), y: Math.round(c.position.y) });
        clearTimeout(keyMoveTimer.current);
        keyMoveTimer.current = setTimeout(() => {
          const moves = [...keyMoves.current].map(([id, at]) => ({ id, at }));
          keyMoves.current.clear();
          props.onMove(moves);
        }, 400);
      }
    }
    // Selection is the editor's, not React Flow's; positions and sizes are React Flow's to track.
    const kept = changes.filter((c) => c.type === "position" || c.type === "dimensions");
    if (kept.length > 0) setNodes((current) => applyNodeChanges(kept, current));
  };

  // Stable across renders (useStableHandlers says why), so a drag's moves do not reset them.
  const handlers = useStableHandlers<FlowHandlers>({
    onNodesChange,
    onMoveStart,
    onMove,
    onMoveEnd: () => setMoving(false),
    onConnect: (c) => c.source !== c.target && props.onConnect(c.source, c.target),
    onConnectEnd: (event, state) => {
      // Dropped on a card but not on its dot: the card is what the user meant.
      if (state.isValid || !state.fromNode || !("clientX" in event)) return;
      const under = document.elementFromPoint(event.clientX, event.clientY)?.closest(".react-flow__node");
      const to = under?.getAttribute("data-id");
      if (to && to !== state.fromNode.id) props.onConnect(state.fromNode.id, to);
    },
    onNodeDragStart: (_, node) => {
      mouseDrag.current = true;
      if (large) setDragging(node.id);
    },
    onNodeDrag: (event, node, dragged) => {
      if (!props.onReparent || node.type !== "stakeholder" || dragged.length !== 1 || !("clientX" in event)) return;
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const under = flow
        .getIntersectingNodes({ x: at.x, y: at.y, width: 1, height: 1 })
        .find((n) => n.id !== node.id && n.type === "stakeholder");
      hover(under?.id ?? null);
    },
    onNodeDragStop: (_, node, dragged) => {
      // Cleared after this event, so the drag's own last position change is not a key move.
      setTimeout(() => (mouseDrag.current = false));
      setDragging(null);
      const manager = endDwell();
      if (manager && props.onReparent) {
        // The card goes back to where it was until the move under the new manager is stored.
        setNodes(decorated);
        props.onReparent(node.id, manager);
        return;
      }
      props.onMove(dragged.map((n) => ({ id: n.id, at: { x: Math.round(n.position.x), y: Math.round(n.position.y) } })));
    },
    onNodeClick: (_, node) => props.onSelect({ kind: "person", id: node.id }),
    onNodeDoubleClick: (_, node) => !presenter && props.onRenameStart(node.id),
    onEdgeClick: (_, edge) => props.onSelect({ kind: "line", id: edge.id }),
    onPaneClick: (e) => {
      // Far out the cards are drawn on the canvas: a click there selects the person it hits.
      const card = cardAt(e.clientX, e.clientY);
      props.onSelect(card ? { kind: "person", id: card.id } : null);
    },
  });

  return (
    <div
      ref={container}
      className={`map${large ? " large" : ""}${large && moving ? " moving" : ""}${dragging ? " dragging" : ""}${far ? " far" : ""}${tiny ? " tiny" : ""}${nameSize ? " lod" : ""}`}
      style={nameSize ? ({ "--lod-name": `${nameSize}px` } as CSSProperties) : undefined}
      aria-label={`Stakeholder map of ${snapshot.account.name}`}
      data-fit-round={fitRound}
      onDoubleClick={(e) => {
        if (!(e.target instanceof Element) || !e.target.classList.contains("react-flow__pane")) return;
        // Far out, a double-click on a drawn card comes close to that person (and selects them).
        const card = cardAt(e.clientX, e.clientY);
        if (card) {
          props.onSelect({ kind: "person", id: card.id });
          void flow.setCenter(card.x + card.width / 2, card.y + card.height / 2, { zoom: 1, duration: 400 });
          return;
        }
        const at = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        props.onCreateAt({ x: Math.round(at.x), y: Math.round(at.y) }, { x: e.clientX, y: e.clientY });
      }}
    >
      <LineDefinitions />
      <ReactFlow<MapNode>
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={cardTypes}
        edgeTypes={lineTypes}
        onNodesChange={handlers.onNodesChange}
        nodesDraggable={!presenter && !locked}
        nodesConnectable={!presenter && !locked}
        connectionMode={ConnectionMode.Loose}
        connectionRadius={40}
        onConnect={handlers.onConnect}
        onConnectEnd={handlers.onConnectEnd}
        onNodeDragStart={handlers.onNodeDragStart}
        onNodeDrag={handlers.onNodeDrag}
        onNodeDragStop={handlers.onNodeDragStop}
        onNodeClick={handlers.onNodeClick}
        onNodeDoubleClick={handlers.onNodeDoubleClick}
        onEdgeClick={handlers.onEdgeClick}
        onPaneClick={handlers.onPaneClick}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomOnDoubleClick={false}
        onMoveStart={large ? handlers.onMoveStart : undefined}
        onMove={onCanvas ? handlers.onMove : undefined}
        onMoveEnd={large ? handlers.onMoveEnd : undefined}
        onlyRenderVisibleElements={nodes.length > LARGE_MAP}
        fitView={fitAtStart}
        fitViewOptions={FIT_OPTIONS}
        minZoom={presenter ? presenterMinZoom(textScale) : 0.05}
        colorMode={theme}
        maxZoom={2.5}
        onInit={reportFirstMap}
        proOptions={PRO_OPTIONS}
      >
        {/* The dot grid is repainted on every pan; on big maps that costs more than it helps. */}
        {nodes.length <= LARGE_MAP && <Background gap={28} bgColor="var(--canvas)" color={presenter ? "var(--control-border)" : "var(--line)"} />}
        <Controls showInteractive={false} fitViewOptions={FIT_OPTIONS} />
        {onCanvas && <FarCanvas cards={drawn} lines={drawnLines} palette={palette} moving={moving} />}
        {/* While a card of a big map is dragged the overview would redraw every card on every
            move; it steps aside until the drop. */}
        {/* Far out on a big map the whole map is on screen anyway, and its cards are not nodes. */}
        {!presenter && !(large && (dragging || onCanvas)) && (
          <MiniMap<MapNode> pannable zoomable nodeColor={miniMapColour} ariaLabel="Overview of the map" />
        )}
        {large && far && !nameSize && <OverviewLabels snapshot={snapshot} branches={branches} hidden={hidden} />}
        {props.tools && <Panel position="top-left">{props.tools}</Panel>}
        {panHint && (
          <Panel position="top-center">
            <div className="pan-hint" role="status">
              Far out, dragging moves the view. Zoom in (or double-click a card) to move cards.
            </div>
          </Panel>
        )}
        {armedName && (
          <Panel position="top-center">
            <div className="drop-hint" role="status">
              Drop to make <strong>{armedName}</strong> the manager
            </div>
          </Panel>
        )}
        <Panel position="top-right">
          <button
            type="button"
            className="legend-toggle"
            aria-expanded={legendOpen}
            onClick={() => setLegendOpen((open) => !open)}
          >
            {legendOpen ? "Hide legend" : "Legend"}
          </button>
          {legendOpen && <Legend clientSafe={clientSafe} />}
        </Panel>
      </ReactFlow>
    </div>
  );
}
