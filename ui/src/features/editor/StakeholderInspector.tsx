import { useState } from "react";
import type { AccountSnapshot, PersonField, Role, Stakeholder } from "../../bindings";
import { EnumSelect } from "../../shared/EnumSelect";
import { ErrorText, Field, FieldRow } from "../../shared/Field";
import type { FieldError } from "../../shared/fieldError";
import { ATTITUDES, ATTITUDE_STYLE, attitudeWithMark, ROLES, ROLE_STYLE, STRENGTH_LABEL } from "../../shared/visualLanguage";
import { nameOf } from "../../shared/words";
import { DateField } from "../../shared/DateField";
import { personFieldShown } from "../clientsafe";

type Props = {
  snapshot: AccountSnapshot;
  person: Stakeholder;
  /** Saves the whole person; resolves to the field that was refused, if any. */
  onSave: (person: Stakeholder) => Promise<FieldError | null>;
  onSelectLine: (lineId: string) => void;
  /** The client is in the room: the fields core's client-safe rule hides are not shown. */
  clientInRoom?: boolean;
};

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

/** Every field of one of their people. Each change is saved as soon as the field is left. */
export function StakeholderInspector({ snapshot, person, onSave, onSelectLine, clientInRoom = false }: Props) {
  const shown = (field: PersonField) => personFieldShown(clientInRoom, field);
  const [draft, setDraft] = useState(person);
  const [problem, setProblem] = useState<FieldError | null>(null);
  const save = async (next: Stakeholder) => {
    setDraft(next);
    setProblem(await onSave(next));
  };
  const text = (key: keyof Stakeholder) => ({
    value: (draft[key] as string | null) ?? "",
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
    onBlur: () => {
      if (draft[key] !== person[key]) void save(draft);
    },
  });
  const errorOf = (field: string) => (problem?.field === field ? problem.message : null);
  const managers = snapshot.reportsTo.filter((r) => r.stakeholder === person.id);
  const reports = snapshot.reportsTo.filter((r) => r.manager === person.id);
  const coveredBy = snapshot.coverage.filter((c) => c.stakeholder === person.id);
  const informal = snapshot.relations.filter((r) => r.from === person.id || r.to === person.id);

  return (
    <form className="inspector-form" onSubmit={(e) => e.preventDefault()} aria-label={`Details of ${person.name}`}>
      <Field label="Name" error={errorOf("name")}>
        <input {...text("name")} />
      </Field>
      <Field label="Title">
        <input {...text("title")} />
      </Field>
      <Field label="Department">
        <input {...text("department")} list="departments" />
      </Field>
      <div className="field">
        <span>Buying roles</span>
        <div className="chips" role="group" aria-label="Buying roles">
          {ROLES.map((r: Role) => (
            <button
              key={r}
              type="button"
              className={`chip role-${r}${draft.roles.includes(r) ? " on" : ""}`}
              aria-pressed={draft.roles.includes(r)}
              onClick={() =>
                void save({
                  ...draft,
                  roles: draft.roles.includes(r) ? draft.roles.filter((x) => x !== r) : [...draft.roles, r].sort(),
                })
              }
            >
              <b>{ROLE_STYLE[r].letter}</b> {ROLE_STYLE[r].label}
            </button>
          ))}
        </div>
      </div>
      {shown("roleTag") && (
        <Field label="Other method's word (e.g. economic buyer, coach)">
          <input {...text("roleTag")} />
        </Field>
      )}
      <FieldRow>
        {shown("attitude") && (
          <Field label="Attitude">
            <EnumSelect
              values={ATTITUDES}
              labels={attitudeWithMark}
              value={draft.attitude}
              style={{ color: ATTITUDE_STYLE[draft.attitude].colour }}
              onChange={(attitude) => void save({ ...draft, attitude })}
            />
          </Field>
        )}
        <Field label="Influence" error={errorOf("influence")}>
          <select value={draft.influence} onChange={(e) => void save({ ...draft, influence: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n} {n === 1 ? "(little say)" : n === 5 ? "(decides)" : ""}
              </option>
            ))}
          </select>
        </Field>
      </FieldRow>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.status === "leftCompany"}
          onChange={(e) => void save({ ...draft, status: e.target.checked ? "leftCompany" : "active" })}
        />
        Has left the company
      </label>
      <FieldRow>
        <Field label="Last contact">
          <DateField value={draft.lastContact ?? ""} onCommit={(iso) => void save({ ...draft, lastContact: iso })} />
        </Field>
        <Field label="Keep in touch every (days)" error={errorOf("cadenceDays")}>
          <input
            type="number"
            min={1}
            placeholder="90"
            value={draft.cadenceDays ?? ""}
            onChange={(e) => setDraft({ ...draft, cadenceDays: numberOrNull(e.target.value) })}
            onBlur={() => draft.cadenceDays !== person.cadenceDays && void save(draft)}
          />
        </Field>
      </FieldRow>
      <FieldRow>
        <Field label="E-mail" error={errorOf("email")}>
          <input type="email" {...text("email")} />
        </Field>
        <Field label="Phone">
          <input type="tel" {...text("phone")} />
        </Field>
      </FieldRow>
      <Field label="CRM ID" hint="The contact's id in Salesforce or HubSpot: a re-import finds the person by it.">
        <input {...text("crmId")} />
      </Field>
      <FieldRow>
        <Field label="Recommend score (0–10)" error={errorOf("npsScore")}>
          <input
            type="number"
            min={0}
            max={10}
            value={draft.npsScore ?? ""}
            onChange={(e) => setDraft({ ...draft, npsScore: numberOrNull(e.target.value) })}
            onBlur={() => draft.npsScore !== person.npsScore && void save(draft)}
          />
        </Field>
        {shown("birthday") && (
          <Field label="Birthday">
            <DateField value={draft.birthday ?? ""} onCommit={(iso) => void save({ ...draft, birthday: iso })} />
          </Field>
        )}
      </FieldRow>
      {shown("interests") && (
        <Field label="Interests">
          <input {...text("interests")} />
        </Field>
      )}
      {shown("personalNotes") && (
        <Field label="Personal notes (never in client-safe exports)" wide>
          <textarea rows={3} {...text("personalNotes")} />
        </Field>
      )}
      {problem && !["name", "influence", "cadenceDays", "email", "npsScore"].includes(problem.field) && (
        <ErrorText paragraph>{problem.message}</ErrorText>
      )}

      <h3>Lines</h3>
      <ul className="details-list line-list">
        {managers.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" onClick={() => onSelectLine(r.id)}>
              Reports to {nameOf(snapshot, r.manager)}
              {r.dotted && " (dotted line)"}
            </button>
          </li>
        ))}
        {reports.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" onClick={() => onSelectLine(r.id)}>
              {nameOf(snapshot, r.stakeholder)} reports here{r.dotted && " (dotted)"}
            </button>
          </li>
        ))}
        {coveredBy.map((c) => (
          <li key={c.id}>
            <button type="button" className="link" onClick={() => onSelectLine(c.id)}>
              Covered by {nameOf(snapshot, c.teamMember)}: {STRENGTH_LABEL[c.strength]}
              {c.desired !== c.strength && ` (wanted: ${STRENGTH_LABEL[c.desired]})`}
            </button>
          </li>
        ))}
        {informal.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" onClick={() => onSelectLine(r.id)}>
              {r.kind === "influences"
                ? `${nameOf(snapshot, r.from)} influences ${nameOf(snapshot, r.to)}`
                : `In conflict with ${nameOf(snapshot, r.from === person.id ? r.to : r.from)}`}
            </button>
          </li>
        ))}
        {managers.length + reports.length + coveredBy.length + informal.length === 0 && (
          <li>No lines yet: drag from the dot under a card to another card, or press C.</li>
        )}
      </ul>
    </form>
  );
}
