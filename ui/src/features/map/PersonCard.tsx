import { Handle, type NodeProps, Position } from "@xyflow/react";
import { memo } from "react";
import { BranchToggle, CoverageBadges } from "./CardBranch";
import { CardName, FindingsMarker } from "./CardExtras";
import type { StakeholderNode } from "./mapModel";
import { ATTITUDE_STYLE, NEUTRAL_CARD, ROLE_STYLE } from "../../shared/visualLanguage";

/** Where lines attach: reporting lines top/bottom, coverage from below, informal lines at the side. */
export function CardHandles() {
  return (
    <>
      {/* Lines attach to these; the connect dot below each card starts a new line by dragging. */}
      <Handle id="top" type="target" position={Position.Top} className="card-handle" isConnectable={false} />
      <Handle id="top" type="source" position={Position.Top} className="card-handle" isConnectable={false} />
      <Handle id="bottom" type="target" position={Position.Bottom} className="card-handle" isConnectable={false} />
      <Handle id="side-out" type="source" position={Position.Right} className="card-handle" isConnectable={false} />
      <Handle id="side-in" type="target" position={Position.Left} className="card-handle" isConnectable={false} />
      <Handle
        id="bottom"
        type="source"
        position={Position.Bottom}
        className="connect-handle"
        aria-label="Drag to another person to connect"
      />
    </>
  );
}

export function InfluenceMarker({ level }: { level: number }) {
  return (
    <span className="influence" aria-label={`Influence ${level} of 5`} title={`Influence ${level} of 5`}>
      {[1, 2, 3, 4, 5].map((i) => (
        <span key={i} className={i <= level ? "pip on" : "pip"} />
      ))}
    </span>
  );
}

function PersonCardView({ data, selected }: NodeProps<StakeholderNode>) {
  const { person } = data;
  // With the client in the room the card shows no attitude (core's client-safe rule, as in the PDF).
  const attitude = data.clientSafe ? null : ATTITUDE_STYLE[person.attitude];
  const left = person.status === "leftCompany";
  return (
    <div
      className={`card person-card${left ? " left-company" : ""}${selected ? " selected" : ""}${
        person.placement?.pinned ? " pinned" : ""
      }`}
      style={{ borderLeftColor: attitude?.colour ?? NEUTRAL_CARD }}
      data-testid="person-card"
    >
      <CardHandles />
      <div className="card-top">
        <CardName personId={person.id} name={person.name} renaming={data.renaming} />
        <FindingsMarker findings={data.findings} />
        {attitude && (
          <span className="attitude-mark" style={{ color: attitude.colour }} aria-hidden="true">
            {attitude.mark}
          </span>
        )}
      </div>
      <div className="card-title">{left ? `Left the company · ${person.title}` : person.title}</div>
      <div className="card-row">
        {attitude ? (
          <span className="attitude" style={{ color: attitude.colour }}>
            {attitude.label}
          </span>
        ) : (
          <span className="card-department">{person.department}</span>
        )}
        <InfluenceMarker level={person.influence} />
      </div>
      {/* With coverage badges the role letters stay and their words go (the legend has them). */}
      <div className={data.badges && data.badges.length > 0 ? "roles with-badges" : "roles"}>
        {person.roles.map((role) => (
          <span key={role} className={`role-badge role-${role}`} title={ROLE_STYLE[role].label}>
            <b>{ROLE_STYLE[role].letter}</b> <span className="role-label">{ROLE_STYLE[role].label}</span>
          </span>
        ))}
        {person.roles.length === 0 && <span className="no-role">No role yet</span>}
        {data.badges && data.badges.length > 0 && <CoverageBadges badges={data.badges} />}
      </div>
      {data.branch && <BranchToggle managerId={person.id} name={person.name} branch={data.branch} />}
    </div>
  );
}

export const PersonCard = memo(PersonCardView);
