// The four kinds of line, drawn in the shared visual language (colours and dashes from LINE_STYLE).
import { BaseEdge, type EdgeProps, getBezierPath, getSmoothStepPath } from "@xyflow/react";
import { memo } from "react";
import { spinePoints } from "./farView";
import type { MapEdge } from "./mapModel";
import { COVERAGE_LINE, coverageWidth, LINE_STYLE, type LineStroke } from "../../shared/visualLanguage";

type Props<T extends MapEdge["type"]> = EdgeProps<Extract<MapEdge, { type?: T }>>;

/**
 * A reporting line to someone more than a row below their manager (a stack or a lower shelf of
 * the compact layout), routed through the gaps the layout keeps free (spinePoints in farView.ts,
 * which the far view's canvas draws too; the PDF's spine_path in
 * crates/rapport-report/src/map/lines.rs draws the same path).
 */
export function spinePath(sourceX: number, sourceY: number, targetX: number, targetY: number): string | null {
  const points = spinePoints({ x: sourceX, y: sourceY }, { x: targetX, y: targetY });
  return points ? points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x} ${p.y}`).join(" ") : null;
}

function ReportsToLine(props: Props<"reportsTo">) {
  // Dotted lines cross the tree anywhere: only the solid tree's stacks and shelves get spines.
  const spine = props.data?.dotted ? null : spinePath(props.sourceX, props.sourceY, props.targetX, props.targetY);
  const path = spine ?? getSmoothStepPath({ ...props, borderRadius: 12 })[0];
  const stroke: LineStroke = props.data?.dotted ? LINE_STYLE.dottedLine : LINE_STYLE.reportsTo;
  return (
    <g>
      <title>{props.data?.label}</title>
      <BaseEdge
      id={props.id}
      path={path}
      className="line-reports-to"
      style={{ stroke: stroke.colour, strokeWidth: stroke.width, strokeDasharray: stroke.dash }}
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
      <path
        d={path}
        fill="none"
        style={{
          stroke: COVERAGE_LINE.colour,
          strokeOpacity: COVERAGE_LINE.bandOpacity,
          strokeWidth: coverageWidth(coverage.desired) + COVERAGE_LINE.bandExtraWidth,
        }}
      />
      <BaseEdge
        id={props.id}
        path={path}
        style={{ stroke: COVERAGE_LINE.colour, strokeWidth: coverageWidth(coverage.strength), strokeOpacity: COVERAGE_LINE.opacity }}
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
      style={{ stroke: LINE_STYLE.influences.colour, strokeWidth: LINE_STYLE.influences.width }}
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
      style={{
        stroke: LINE_STYLE.conflictsWith.colour,
        strokeWidth: LINE_STYLE.conflictsWith.width,
        strokeDasharray: LINE_STYLE.conflictsWith.dash,
      }}
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
          <path d="M 0 0 L 10 5 L 0 10 z" style={{ fill: LINE_STYLE.influences.colour }} />
        </marker>
      </defs>
    </svg>
  );
}
