import { useState } from "react";
import type { AccountSnapshot, TeamMember, TeamRole } from "../../bindings";
import { EnumSelect } from "../../shared/EnumSelect";
import { Field } from "../../shared/Field";
import type { FieldError } from "../../shared/fieldError";
import { STRENGTH_LABEL, TEAM_ROLE_LABEL } from "../../shared/visualLanguage";
import { nameOf } from "../../shared/words";

type Props = {
  snapshot: AccountSnapshot;
  member: TeamMember;
  /** Saves the whole member; resolves to what was refused, if anything. */
  onSave: (member: TeamMember) => Promise<FieldError | null>;
  onSelectLine: (lineId: string) => void;
};

const TEAM_ROLES = Object.keys(TEAM_ROLE_LABEL) as TeamRole[];

/** One of ours: who they are (on every account) and whom they cover here. */
export function TeamMemberInspector({ snapshot, member, onSave, onSelectLine }: Props) {
  const [draft, setDraft] = useState(member);
  const [problem, setProblem] = useState<FieldError | null>(null);
  const save = async (next: TeamMember) => {
    setDraft(next);
    setProblem(await onSave(next));
  };
  const text = (key: "name" | "title" | "email") => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
    onBlur: () => {
      if (draft[key] !== member[key]) void save(draft);
    },
  });
  const errorOf = (field: string) => (problem?.field === field ? problem.message : null);
  const covers = snapshot.coverage.filter((c) => c.teamMember === member.id);
  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()} aria-label={`Details of ${member.name}`}>
      <p className="team-badge-line">
        <span className="team-badge">Our team</span>
      </p>
      <Field label="Name" error={errorOf("name")}>
        <input {...text("name")} />
      </Field>
      <Field label="Title">
        <input {...text("title")} />
      </Field>
      <Field label="Role on the account">
        <EnumSelect values={TEAM_ROLES} labels={TEAM_ROLE_LABEL} value={draft.teamRole} onChange={(teamRole) => void save({ ...draft, teamRole })} />
      </Field>
      <Field label="E-mail" error={errorOf("email")}>
        <input type="email" {...text("email")} />
      </Field>
      <h3>Covers</h3>
      <ul className="details-list line-list">
        {covers.map((c) => (
          <li key={c.id}>
            <button type="button" className="link" onClick={() => onSelectLine(c.id)}>
              {nameOf(snapshot, c.stakeholder)}: {STRENGTH_LABEL[c.strength]}
              {c.desired !== c.strength && ` (wanted: ${STRENGTH_LABEL[c.desired]})`}
            </button>
          </li>
        ))}
        {covers.length === 0 && <li>Nobody yet: drag from the dot under the card to one of theirs.</li>}
      </ul>
    </form>
  );
}
