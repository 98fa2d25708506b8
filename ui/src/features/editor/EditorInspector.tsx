import type { ReactNode } from "react";
import type { AccountEdit, AccountSnapshot, LineEdit, Stakeholder, TeamMember } from "../../bindings";
import { CompactFields } from "../../shared/Field";
import type { FieldError } from "../../shared/fieldError";
import { personFieldShown } from "../clientsafe";
import type { MapSelection } from "../map";
import { ErasePersonButton } from "./ErasePersonButton";
import { LineInspector } from "./LineInspector";
import { PersonalSection } from "./PersonalSection";
import { StakeholderInspector } from "./StakeholderInspector";
import { TeamMemberInspector } from "./TeamMemberInspector";

type Props = {
  snapshot: AccountSnapshot;
  selection: MapSelection;
  clientInRoom: boolean;
  onClose: () => void;
  onSelectLine: (lineId: string) => void;
  /** The selected person's actions, shown first. */
  actions: ReactNode;
  /** Saves a stakeholder; a refusal comes back naming its field. */
  onSaveStakeholder: (person: Stakeholder) => Promise<FieldError | null>;
  onSaveTeamMember: (member: TeamMember) => Promise<FieldError | null>;
  /** Runs an edit of the account (a personal date, a thank-you); a refusal comes back naming its field. */
  onEdit: (edit: () => Promise<AccountEdit>) => Promise<FieldError | null>;
  /** Erases a stakeholder's personal data (asked first by the button). */
  onErase: (stakeholderId: string) => void;
  onSaveLine: (edit: LineEdit) => void;
  onDeleteLine: () => void;
};

/** The side panel for what is selected on the map: a person's actions and fields, or a line's. */
export function EditorInspector(props: Props) {
  const { snapshot, selection, clientInRoom } = props;
  const stakeholder = selection.kind === "person" ? snapshot.stakeholders.find((s) => s.id === selection.id) : undefined;
  const member = selection.kind === "person" ? snapshot.team.find((t) => t.id === selection.id) : undefined;
  return (
    <aside className="inspector" aria-label="Inspector">
      <CompactFields>
        <button type="button" className="close" aria-label="Close the inspector" onClick={props.onClose}>
          ×
        </button>
        {/* First, so the person's actions are in view however long the form below is. */}
        {props.actions}
        {stakeholder && (
          <StakeholderInspector
            key={`${stakeholder.id}:${JSON.stringify(stakeholder)}`}
            snapshot={snapshot}
            person={stakeholder}
            clientInRoom={clientInRoom}
            onSelectLine={props.onSelectLine}
            onSave={props.onSaveStakeholder}
          />
        )}
        {/* Personal touches are as private as the birthday: hidden while the client is in the room. */}
        {stakeholder && personFieldShown(clientInRoom, "birthday") && (
          <PersonalSection key={`personal:${stakeholder.id}`} snapshot={snapshot} person={stakeholder} onEdit={props.onEdit} />
        )}
        {stakeholder && (
          <ErasePersonButton key={`erase:${stakeholder.id}`} name={stakeholder.name} onErase={() => props.onErase(stakeholder.id)} />
        )}
        {member && (
          <TeamMemberInspector
            key={`${member.id}:${JSON.stringify(member)}`}
            snapshot={snapshot}
            member={member}
            onSelectLine={props.onSelectLine}
            onSave={props.onSaveTeamMember}
          />
        )}
        {selection.kind === "line" && (
          <LineInspector
            key={selection.id}
            snapshot={snapshot}
            lineId={selection.id}
            clientInRoom={clientInRoom}
            onSave={props.onSaveLine}
            onDelete={props.onDeleteLine}
          />
        )}
      </CompactFields>
    </aside>
  );
}
