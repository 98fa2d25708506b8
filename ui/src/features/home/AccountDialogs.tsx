// Renaming and deleting an account from the portfolio. Deleting says first what goes with the
// account; both are steps of the portfolio's undo.
import { useState } from "react";
import type { AccountContents, AccountSummary } from "../../bindings";
import { backend } from "../../lib/backend";
import { Dialog } from "../../shared/Dialog";
import { Field } from "../../shared/Field";
import { asFieldError, type FieldError } from "../../shared/fieldError";

export function RenameAccountDialog({
  account,
  onDone,
  onClose,
}: {
  account: AccountSummary;
  onDone: () => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(account.name);
  const [error, setError] = useState<FieldError | null>(null);
  const rename = async () => {
    try {
      await backend.renameAccount(account.id, name);
      onDone();
    } catch (err) {
      setError(asFieldError(err));
    }
  };
  return (
    <Dialog title={`Rename ${account.name}`} onClose={onClose}>
      <form
        aria-label={`Rename ${account.name}`}
        onSubmit={(e) => {
          e.preventDefault();
          void rename();
        }}
      >
        <Field label="Name" error={error?.message}>
          <input
            name="name"
            autoFocus
            value={name}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </Field>
        <div className="dialog-actions">
          <button type="button" className="plan-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="plan-button primary">
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function count(n: number, one: string, many: string): string | null {
  return n === 0 ? null : `${n} ${n === 1 ? one : many}`;
}

/** What goes with an account, said before it goes. */
export function DeleteAccountDialog({
  contents,
  onConfirm,
  onClose,
}: {
  contents: AccountContents;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const goes = [
    count(contents.people, "person on the map", "people on the map"),
    count(contents.lines, "line", "lines"),
    count(contents.goals, "goal", "goals"),
    count(contents.initiatives, "initiative", "initiatives"),
    count(contents.interactions, "logged interaction", "logged interactions"),
    count(contents.reviews, "review", "reviews"),
  ].filter((g): g is string => g !== null);
  return (
    <Dialog title={`Delete ${contents.name}?`} onClose={onClose} className="delete-dialog">
      {goes.length > 0 ? (
        <>
          <p>This deletes the account with everything in it:</p>
          <ul>
            {goes.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{contents.name} has nothing on its map or in its plan yet.</p>
      )}
      {/* When workspace backups land (branch issue-file), say here that a copy is kept first. */}
      <p className="hint">
        Undo on the portfolio (Ctrl+Z) brings the account back with everything in it; its own undo history does not
        come back.
      </p>
      <p className="hint">To take it out of the portfolio but keep it, archive it instead.</p>
      <div className="dialog-actions">
        <button type="button" className="plan-button" onClick={onClose} autoFocus>
          Keep
        </button>
        <button type="button" className="plan-button danger" onClick={onConfirm}>
          Delete {contents.name}
        </button>
      </div>
    </Dialog>
  );
}
