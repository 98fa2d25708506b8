// A stakeholder's "Personal" section in the inspector: the dates that matter to them besides the
// birthday (a work anniversary, a child's graduation) and the thank-yous we owe them. Each add,
// edit, tick and delete is one step of the account's undo.
import { useState } from "react";
import type { AccountEdit, AccountSnapshot, Stakeholder } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { ConfirmButton } from "../../shared/ConfirmButton";
import { ErrorText } from "../../shared/Field";
import type { FieldError } from "../../shared/fieldError";
import { THANK_YOU_REASON_LABEL } from "../../shared/words";
import { PersonalDateForm, ThankYouForm } from "./PersonalForms";

type Props = {
  snapshot: AccountSnapshot;
  person: Stakeholder;
  /** Runs an edit; resolves to the refused field, or null when it was saved. */
  onEdit: (edit: () => Promise<AccountEdit>) => Promise<FieldError | null>;
};

/** Which form is open: a new or an existing date or thank-you (by id). */
type Editing = { kind: "date" | "thankYou"; id: string | null } | null;

export function PersonalSection({ snapshot, person, onEdit }: Props) {
  const account = snapshot.account.id;
  const [editing, setEditing] = useState<Editing>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dates = (snapshot.personalDates ?? []).filter((d) => d.stakeholder === person.id);
  const thanks = (snapshot.thankYous ?? []).filter((t) => t.stakeholder === person.id);
  const run = async (edit: () => Promise<AccountEdit>) => setProblem((await onEdit(edit))?.message ?? null);
  const close = () => setEditing(null);
  const open = (kind: "date" | "thankYou", id: string | null) => {
    setProblem(null);
    setEditing({ kind, id });
  };

  return (
    <section className="personal-section" aria-label={`Personal touches for ${person.name}`}>
      <h3>Personal</h3>
      <h4>Dates that matter</h4>
      <ul className="personal-list" aria-label="Dates that matter">
        {dates.map((d) =>
          editing?.kind === "date" && editing.id === d.id ? (
            <li key={d.id}>
              <PersonalDateForm
                stakeholder={person.id}
                current={d}
                submit={(draft) => onEdit(() => backend.updatePersonalDate(account, d.id, draft))}
                onDone={close}
              />
            </li>
          ) : (
            <li key={d.id} className="personal-item">
              <span className="personal-what">
                <strong>{d.label}</strong> · {formatDate(d.date)}
                <span className="personal-sub">{d.yearly ? " every year" : " once"}</span>
              </span>
              <button type="button" className="plan-button subtle" aria-label={`Edit ${d.label}`} onClick={() => open("date", d.id)}>
                Edit
              </button>
              <ConfirmButton
                label={`Delete ${d.label}`}
                confirmLabel="Delete it"
                onConfirm={() => void run(() => backend.deletePersonalDate(account, d.id))}
              />
            </li>
          ),
        )}
        {dates.length === 0 && <li className="personal-empty">None yet (the birthday is above).</li>}
      </ul>
      {editing?.kind === "date" && editing.id === null ? (
        <PersonalDateForm
          stakeholder={person.id}
          current={null}
          submit={(draft) => onEdit(() => backend.addPersonalDate(account, draft))}
          onDone={close}
        />
      ) : (
        <button type="button" className="plan-button link" onClick={() => open("date", null)}>
          + Add a date
        </button>
      )}

      <h4>Thank-yous owed</h4>
      <ul className="personal-list" aria-label="Thank-yous owed">
        {thanks.map((t) =>
          editing?.kind === "thankYou" && editing.id === t.id ? (
            <li key={t.id}>
              <ThankYouForm
                stakeholder={person.id}
                current={t}
                submit={(draft) => onEdit(() => backend.updateThankYou(account, t.id, draft))}
                onDone={close}
              />
            </li>
          ) : (
            <li key={t.id} className={t.done ? "personal-item done" : "personal-item"}>
              <label className="check personal-what">
                <input
                  type="checkbox"
                  checked={t.done}
                  aria-label={`Thanked: ${t.text || THANK_YOU_REASON_LABEL[t.reason]}`}
                  onChange={(e) =>
                    void run(() =>
                      backend.updateThankYou(account, t.id, {
                        stakeholder: t.stakeholder,
                        reason: t.reason,
                        text: t.text,
                        due: t.due,
                        done: e.target.checked,
                      }),
                    )
                  }
                />
                <span>
                  <strong>{THANK_YOU_REASON_LABEL[t.reason]}</strong>
                  {t.text && `: ${t.text}`}
                  <span className="personal-sub"> · due {formatDate(t.due)}</span>
                </span>
              </label>
              <button type="button" className="plan-button subtle" aria-label={`Edit thank-you: ${t.text || THANK_YOU_REASON_LABEL[t.reason]}`} onClick={() => open("thankYou", t.id)}>
                Edit
              </button>
              <ConfirmButton
                label={`Delete thank-you: ${t.text || THANK_YOU_REASON_LABEL[t.reason]}`}
                confirmLabel="Delete it"
                onConfirm={() => void run(() => backend.deleteThankYou(account, t.id))}
              />
            </li>
          ),
        )}
        {thanks.length === 0 && <li className="personal-empty">Nothing owed.</li>}
      </ul>
      {editing?.kind === "thankYou" && editing.id === null ? (
        <ThankYouForm
          stakeholder={person.id}
          current={null}
          submit={(draft) => onEdit(() => backend.addThankYou(account, draft))}
          onDone={close}
        />
      ) : (
        <button type="button" className="plan-button link" onClick={() => open("thankYou", null)}>
          + Add a thank-you
        </button>
      )}
      {problem && <ErrorText paragraph>{problem}</ErrorText>}
    </section>
  );
}
