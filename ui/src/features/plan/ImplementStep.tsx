import { useState } from "react";
import type { AccountSnapshot, Initiative, InitiativeDraft, InitiativeStatus } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { ChipSelect, ConfirmButton, Field, Panel } from "./controls";
import type { FieldError, FieldErrors, StepProps } from "./editing";
import { daysBetween, dueWords, INITIATIVE_STATUS_LABEL, INITIATIVE_STATUSES, nameOf, PRIORITY_LABEL } from "../../shared/words";

export function initiativeDraftOf(i: Initiative): InitiativeDraft {
  return { title: i.title, goals: i.goals, owner: i.owner, due: i.due, status: i.status, notes: i.notes };
}

/** Still to be done and past its due date. */
export function isOverdue(i: Initiative, today: string): boolean {
  return (i.status === "planned" || i.status === "inProgress") && i.due !== null && daysBetween(today, i.due) < 0;
}

/** Step 5: initiatives towards the goals, with an owner of ours, a due date and a status. */
export function ImplementStep({ snapshot, today, save }: StepProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const current = editing ? (snapshot.initiatives.find((i) => i.id === editing) ?? null) : null;
  const accountId = snapshot.account.id;
  const overdue = snapshot.initiatives.filter((i) => isOverdue(i, today));
  const ordered = [...overdue, ...snapshot.initiatives.filter((i) => !isOverdue(i, today))];
  return (
    <div className="plan-grid implement">
      <div className="plan-column wide">
        <Panel
          title={`Initiatives · ${snapshot.initiatives.length}`}
          actions={overdue.length > 0 && <span className="overdue-count">{overdue.length} overdue</span>}
        >
          {ordered.length === 0 ? (
            <p className="plan-muted">No initiatives yet: add one for a goal on the right.</p>
          ) : (
            <ul className="plan-list initiative-list">
              {ordered.map((i) => (
                <InitiativeRow
                  key={i.id}
                  initiative={i}
                  snapshot={snapshot}
                  today={today}
                  selected={current?.id === i.id}
                  onEdit={() => setEditing(i.id)}
                  onStatus={(status) =>
                    void save(() => backend.updateInitiative(accountId, i.id, { ...initiativeDraftOf(i), status }))
                  }
                  onDelete={() => void save(() => backend.deleteInitiative(accountId, i.id))}
                />
              ))}
            </ul>
          )}
        </Panel>
      </div>
      <div className="plan-column">
        <InitiativeForm
          key={current?.id ?? "new"}
          snapshot={snapshot}
          initiative={current}
          onCancel={() => setEditing(null)}
          onSubmit={(draft, onFieldError) =>
            save(
              () => (current ? backend.updateInitiative(accountId, current.id, draft) : backend.addInitiative(accountId, draft)),
              onFieldError,
            ).then((ok) => {
              if (ok) setEditing(null);
              return ok;
            })
          }
        />
      </div>
    </div>
  );
}

function InitiativeRow({
  initiative: i,
  snapshot,
  today,
  selected,
  onEdit,
  onStatus,
  onDelete,
}: {
  initiative: Initiative;
  snapshot: AccountSnapshot;
  today: string;
  selected: boolean;
  onEdit: () => void;
  onStatus: (s: InitiativeStatus) => void;
  onDelete: () => void;
}) {
  const overdue = isOverdue(i, today);
  const goals = i.goals.map((g) => snapshot.goals.find((x) => x.id === g)?.title ?? "a deleted goal");
  const open = i.status === "planned" || i.status === "inProgress";
  return (
    <li className={["initiative-row", overdue ? "is-overdue" : "", selected ? "is-selected" : ""].join(" ").trim()} data-initiative={i.title}>
      <div className="goal-main">
        <strong className="goal-title">
          {overdue && <span className="overdue-flag">Overdue</span>} {i.title}
        </strong>
        <span className="plan-sub">For: {goals.join(" · ")}</span>
        {i.notes && <span className="initiative-notes">{i.notes}</span>}
      </div>
      <div className="goal-meta">
        <span>{i.owner ? nameOf(snapshot, i.owner) : <span className="plan-muted">No owner</span>}</span>
        <span className={overdue ? "due is-overdue" : "due"}>
          {i.due ? (
            <>
              Due {formatDate(i.due)}
              {open && <span className="plan-sub"> {dueWords(i.due, today)}</span>}
            </>
          ) : (
            <span className="plan-muted">No due date</span>
          )}
        </span>
      </div>
      <div className="goal-actions">
        <select
          className="plan-select"
          aria-label={`Status of ${i.title}`}
          value={i.status}
          onChange={(e) => onStatus(e.target.value as InitiativeStatus)}
        >
          {INITIATIVE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {INITIATIVE_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <button type="button" className="plan-button" onClick={onEdit} aria-label={`Edit initiative ${i.title}`}>
          Edit
        </button>
        <ConfirmButton label={`Delete initiative ${i.title}`} confirmLabel="Delete initiative" onConfirm={onDelete} />
      </div>
    </li>
  );
}

function InitiativeForm({
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
  const goalOptions = snapshot.goals
    .filter((g) => g.status === "open" || g.status === "inProgress" || goals.includes(g.id))
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
        <div className="plan-form-row">
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
            <input className="plan-input" type="date" name="due" value={due} onChange={(e) => setDue(e.target.value)} />
          </Field>
        </div>
        <Field label="Status">
          <select className="plan-select" name="status" value={status} onChange={(e) => setStatus(e.target.value as InitiativeStatus)}>
            {INITIATIVE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {INITIATIVE_STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Notes">
          <textarea className="plan-textarea" name="notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
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
