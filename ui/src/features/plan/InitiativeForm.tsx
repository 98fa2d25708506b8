import { useState } from "react";
import type { AccountSnapshot, Initiative, InitiativeDraft, InitiativeStatus } from "../../bindings";
import { EnumSelect } from "../../shared/EnumSelect";
import { Field, FieldRow } from "../../shared/Field";
import type { FieldError, FieldErrors } from "../../shared/fieldError";
import { INITIATIVE_STATUS_LABEL, INITIATIVE_STATUSES, PRIORITY_LABEL } from "../../shared/words";
import { ChipSelect, Panel } from "./controls";
import { DateField } from "../../shared/DateField";
import { goalShown, internalNotesShown, useClientInRoom } from "../clientsafe";

/** A new initiative, or the one being edited: the goals it serves, an owner of ours, a due date, a status. */
export function InitiativeForm({
  snapshot,
  initiative,
  onSubmit,
  onCancel,
}: {
  snapshot: AccountSnapshot;
  initiative: Initiative | null;
  onSubmit: (draft: InitiativeDraft, onFieldError: (e: FieldError) => void) => Promise<boolean>;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(initiative?.title ?? "");
  const [goals, setGoals] = useState<string[]>(initiative?.goals ?? []);
  const [owner, setOwner] = useState(initiative?.owner ?? "");
  const [due, setDue] = useState(initiative?.due ?? "");
  const [status, setStatus] = useState<InitiativeStatus>(initiative?.status ?? "planned");
  const [notes, setNotes] = useState(initiative?.notes ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  // With the client in the room (core's client-safe rule): the notes are kept as they are, not shown.
  const clientInRoom = useClientInRoom();
  const notesShown = internalNotesShown(clientInRoom);
  const goalOptions = snapshot.goals
    .filter((g) => g.status === "open" || g.status === "inProgress" || goals.includes(g.id))
    // With the client in the room, goals that move an attitude are not offered (still kept if chosen).
    .filter((g) => goalShown(clientInRoom, g))
    .map((g) => ({
      value: g.id,
      name: `Goal: ${g.title}`,
      label: (
        <>
          <span className={`priority-dot priority-${g.priority}`} title={`${PRIORITY_LABEL[g.priority]} priority`} aria-hidden />
          {g.title}
        </>
      ),
    }));
  return (
    <Panel title={initiative ? "Edit initiative" : "New initiative"} className="initiative-form-panel">
      <form
        className="plan-form"
        aria-label={initiative ? `Edit initiative ${initiative.title}` : "New initiative"}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const draft: InitiativeDraft = { title, goals, owner: owner || null, due: due || null, status, notes };
          void onSubmit(draft, (err) => setErrors({ [err.field]: err.message })).then((ok) => ok && setErrors({}));
        }}
      >
        <Field label="Initiative" error={errors.title}>
          <input
            className="plan-input"
            name="title"
            value={title}
            aria-invalid={errors.title ? true : undefined}
            placeholder="e.g. Executive breakfast with the COO"
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <ChipSelect
          legend="Works towards (one or more goals)"
          options={goalOptions}
          selected={goals}
          onChange={setGoals}
          error={errors.goals}
          empty="No open goals yet: set one in Determine."
        />
        <FieldRow>
          <Field label="Owner (one of ours)" error={errors.owner}>
            <select className="plan-select" name="owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">Nobody yet</option>
              {snapshot.team.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Due" error={errors.due}>
            <DateField className="plan-input" name="due" value={due} onChange={setDue} />
          </Field>
        </FieldRow>
        <Field label="Status">
          <EnumSelect name="status" values={INITIATIVE_STATUSES} labels={INITIATIVE_STATUS_LABEL} value={status} onChange={setStatus} />
        </Field>
        {notesShown && (
          <Field label="Notes">
            <textarea className="plan-textarea" name="notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </Field>
        )}
        <div className="plan-actions">
          <button type="submit" className="plan-button primary">
            {initiative ? "Save initiative" : "Add initiative"}
          </button>
          {initiative && (
            <button type="button" className="plan-button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </Panel>
  );
}
