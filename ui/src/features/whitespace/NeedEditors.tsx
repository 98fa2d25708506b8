// The account's needs (or business units), the matrix's columns: a small box to add one, and a
// dialog to rename or remove one (removing takes its cells with it; Undo brings them back).
import { useState } from "react";
import type { Need } from "../../bindings";
import { ConfirmButton } from "../../shared/ConfirmButton";
import { Dialog } from "../../shared/Dialog";
import { ErrorText, Field } from "../../shared/Field";
import type { FieldError } from "../../shared/fieldError";

type Submit = (name: string, onError: (e: FieldError) => void) => Promise<boolean>;

/** "Add need": a name box that saves on Enter or the button. */
export function NewNeed({ onAdd }: { onAdd: Submit }) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (name.trim() === "") {
      setError("A need or business unit needs a name, e.g. “Warehousing”.");
      return;
    }
    const ok = await onAdd(name, (e) => setError(e.message));
    if (ok) {
      setName("");
      setError(null);
    }
  };
  return (
    <form
      className="ws-new-need"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <input
        className="plan-input"
        aria-label="New need or business unit"
        placeholder="New need or business unit"
        value={name}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" className="plan-button">
        Add need
      </button>
      {error && <ErrorText>{error}</ErrorText>}
    </form>
  );
}

export function NeedDialog({
  need,
  onRename,
  onRemove,
  onClose,
}: {
  need: Need;
  onRename: Submit;
  onRemove: () => Promise<boolean>;
  onClose: () => void;
}) {
  const [name, setName] = useState(need.name);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog title={`Need: ${need.name}`} onClose={onClose}>
      <form
        className="ws-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onRename(name, (err) => setError(err.message)).then((ok) => ok && onClose());
        }}
      >
        <Field label="Name" error={error}>
          <input name="name" value={name} aria-invalid={error ? true : undefined} onChange={(e) => setName(e.target.value)} />
        </Field>
        <p className="hint">Removing the need removes its column of cells too; Undo brings them back.</p>
        <div className="dialog-actions">
          <ConfirmButton label={`Remove need ${need.name}`} confirmLabel="Remove need and its cells" onConfirm={() => void onRemove().then((ok) => ok && onClose())} />
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
