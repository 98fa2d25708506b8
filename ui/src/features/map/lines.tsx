// The four kinds of line, in the shared visual language.
import { BaseEdge, type EdgeProps, getBezierPath, getSmoothStepPath } from "@xyflow/react";
import { memo } from "react";
import type { MapEdge } from "./mapModel";
import { BRAND, coverageWidth } from "../../shared/visualLanguage";

type Props<T extends MapEdge["type"]> = EdgeProps<Extract<MapEdge, { type?: T }>>;

function ReportsToLine(props: Props<"reportsTo">) {
  const [path] = getSmoothStepPath({ ...props, borderRadius: 12 });
  const dotted = props.data?.dotted ?? false;
  return (
    <g>
      <title>{props.data?.label}</title>
      <BaseEdge
      id={props.id}
      path={path}
      className="line-reports-to"
      style={{ stroke: "#6b7280", strokeWidth: 2, strokeDasharray: dotted ? "7 6" : undefined }}
      interactionWidth={14}
      aria-label={props.data?.label}
    />
    </g>
  );
}

function CoversLine(props: Props<"covers">) {
  const [path] = getBezierPath(props);
  const coverage = props.data?.coverage;
  if (!coverage) return null;
  return (
    <g className="line-covers">
      <title>{props.data?.label}</title>
      {/* The desired strength as a faint, wider band behind the actual line. */}
      <path d={path} fill="none" stroke={BRAND} strokeOpacity={0.14} strokeWidth={coverageWidth(coverage.desired) + 8} />
      <BaseEdge
        id={props.id}
        path={path}
        style={{ stroke: BRAND, strokeWidth: coverageWidth(coverage.strength), strokeOpacity: 0.85 }}
        interactionWidth={14}
        aria-label={props.data?.label}
      />
    </g>
  );
}

function InfluencesLine(props: Props<"influences">) {
  const [path] = getBezierPath({ ...props, curvature: 0.5 });
  return (
    <g>
      <title>{props.data?.label}</title>
      <BaseEdge
      id={props.id}
      path={path}
      markerEnd="url(#rapport-arrow)"
      style={{ stroke: "#7c3aed", strokeWidth: 2 }}
      interactionWidth={14}
      aria-label={props.data?.label}
    />
    </g>
  );
}

function ConflictLine(props: Props<"conflictsWith">) {
  const [path] = getBezierPath({ ...props, curvature: 0.5 });
  return (
    <g>
      <title>{props.data?.label}</title>
      <BaseEdge
      id={props.id}
      path={path}
      style={{ stroke: "#dc2626", strokeWidth: 2.5, strokeDasharray: "3 5" }}
      interactionWidth={14}
      aria-label={props.data?.label}
    />
    </g>
  );
}

export const lineTypes = {
  reportsTo: memo(ReportsToLine),
  covers: memo(CoversLine),
  influences: memo(InfluencesLine),
  conflictsWith: memo(ConflictLine),
};

/** SVG definitions the lines refer to (the influence arrow head). */
export function LineDefinitions() {
  return (
    <svg className="line-defs" aria-hidden="true">
      <defs>
        <marker id="rapport-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#7c3aed" />
        </marker>
      </defs>
    </svg>
  );
}
