import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useMemo, useState } from "react";
import type { AccountSnapshot } from "../../bindings";
import { backend } from "../../lib/backend";
import { Legend } from "./Legend";
import { LineDefinitions, lineTypes } from "./lines";
import { buildMap, type MapNode } from "./mapModel";
import { PersonCard } from "./PersonCard";
import { TeamCard } from "./TeamCard";
import { ATTITUDE_STYLE } from "./visualLanguage";

// Tells the shell once per run that a map is on screen (the startup benchmark waits for it).
let firstMapReported = false;
function reportFirstMap() {
  if (firstMapReported) return;
  firstMapReported = true;
  // After the next paint, not merely after React committed.
  requestAnimationFrame(() => requestAnimationFrame(() => void backend.firstMapRendered().catch(() => {})));
}

// Defined once, outside render, as React Flow asks: new objects each render remount every card.
const cardTypes = { stakeholder: PersonCard, teamMember: TeamCard };

function miniMapColour(node: MapNode): string {
  return node.type === "stakeholder" ? ATTITUDE_STYLE[node.data.person.attitude].colour : "#1d4ed8";
}

type Props = {
  snapshot: AccountSnapshot;
  onSelect: (personId: string | null) => void;
  /** Re-lays the whole map out (pinned cards stay); resolves when the new map is shown. */
  onLayout: () => Promise<void>;
};

export function StakeholderMap({ snapshot, onSelect, onLayout }: Props) {
  const { nodes, edges } = useMemo(() => buildMap(snapshot), [snapshot]);
  const [legendOpen, setLegendOpen] = useState(false);
  // Bumped after a layout so the view fits the new map.
  const [layoutRound, setLayoutRound] = useState(0);
  const [busy, setBusy] = useState(false);
  const layOut = () => {
    if (busy) return;
    setBusy(true);
    void onLayout()
      .then(() => setLayoutRound((n) => n + 1))
      .finally(() => setBusy(false));
  };
  return (
    <ReactFlowProvider>
      <div
        className="map"
        aria-label={`Stakeholder map of ${snapshot.account.name}`}
        data-layout-round={layoutRound}
        onKeyDown={(e) => {
          if (e.key.toLowerCase() === "l" && !e.ctrlKey && !e.metaKey && !e.altKey) layOut();
        }}
      >
        <LineDefinitions />
        <ReactFlow<MapNode>
          key={layoutRound}
          nodes={nodes}
          edges={edges}
          nodeTypes={cardTypes}
          edgeTypes={lineTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          fitView
          fitViewOptions={{ padding: 0.08 }}
          minZoom={0.1}
          maxZoom={2}
          onInit={reportFirstMap}
          onNodeClick={(_, node) => onSelect(node.id)}
          onPaneClick={() => onSelect(null)}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={28} color="#e5e7eb" />
          <Controls showInteractive={false} />
          <MiniMap<MapNode> pannable zoomable nodeColor={miniMapColour} ariaLabel="Overview of the map" />
          <Panel position="top-left">
            <button type="button" className="map-action" onClick={layOut} aria-keyshortcuts="L" disabled={busy}>
              {busy ? "Laying out…" : "Lay out"} <kbd>L</kbd>
            </button>
          </Panel>
          <Panel position="top-right">
            <button
              type="button"
              className="legend-toggle"
              aria-expanded={legendOpen}
              onClick={() => setLegendOpen((open) => !open)}
            >
              {legendOpen ? "Hide legend" : "Legend"}
            </button>
            {legendOpen && <Legend />}
          </Panel>
        </ReactFlow>
      </div>
    </ReactFlowProvider>
  );
}
