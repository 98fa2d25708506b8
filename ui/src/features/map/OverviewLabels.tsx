import { useStore, ViewportPortal } from "@xyflow/react";
import { useMemo } from "react";
import type { AccountSnapshot } from "../../bindings";
import type { BranchSummary } from "./branches";
import { overviewLabels } from "./overviewLabels";

type Props = {
  snapshot: AccountSnapshot;
  branches: Map<string, BranchSummary> | undefined;
  hidden: ReadonlySet<string> | null;
};

/** Zoom levels are bucketed so the labels are placed again a few times per zoom, not per frame. */
const bucket = (zoom: number) => Math.round(Math.log2(zoom) * 6) / 6;

/** Names of the heads of the biggest branches, at a readable size however far the map is zoomed out. */
export function OverviewLabels({ snapshot, branches, hidden }: Props) {
  const zoom = useStore((s) => s.transform[2]);
  const level = bucket(zoom);
  const below = useMemo(() => new Map([...(branches ?? [])].map(([id, b]) => [id, b.below])), [branches]);
  const folded = useMemo(() => new Set([...(branches ?? [])].filter(([, b]) => b.collapsed).map(([id]) => id)), [branches]);
  // A head of at least 3% of the people (and 5 at least) is worth a label on the overview.
  const minBranch = Math.max(5, Math.round(snapshot.stakeholders.length * 0.03));
  const labels = useMemo(
    () => overviewLabels(snapshot, below, folded, hidden, 2 ** level, minBranch),
    [snapshot, below, folded, hidden, level, minBranch],
  );
  return (
    <ViewportPortal>
      {labels.map((l) => (
        <div
          key={l.id}
          className="overview-label"
          style={{ transform: `translate(${l.x}px, ${l.y}px) translate(-50%, -100%) scale(${1 / zoom})` }}
          data-testid="overview-label"
        >
          <strong>{l.name}</strong>
          <span>{l.detail}</span>
        </div>
      ))}
    </ViewportPortal>
  );
}
