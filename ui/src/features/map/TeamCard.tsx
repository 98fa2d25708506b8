import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { CardName, FindingsMarker } from "./CardExtras";
import { CardHandles } from "./PersonCard";
import type { TeamNode } from "./mapModel";
import { TEAM_ROLE_LABEL } from "../../shared/visualLanguage";

function TeamCardView({ data, selected }: NodeProps<TeamNode>) {
  const { member, coveredCount } = data;
  return (
    <div
      className={`card team-card${selected ? " selected" : ""}${member.placement?.pinned ? " pinned" : ""}`}
      data-testid="team-card"
    >
      <CardHandles />
      <div className="card-top">
        <CardName personId={member.id} name={member.name} renaming={data.renaming} />
        <FindingsMarker findings={data.findings} />
      </div>
      <div className="card-title">{member.title || TEAM_ROLE_LABEL[member.teamRole]}</div>
      <div className="card-row">
        <span className="team-badge">Our team</span>
        <span className="covers-count">
          covers {coveredCount} {coveredCount === 1 ? "person" : "people"}
        </span>
      </div>
    </div>
  );
}

export const TeamCard = memo(TeamCardView);
