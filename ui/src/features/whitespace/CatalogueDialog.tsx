// The workspace's offerings catalogue: add, edit and remove offerings (name, family, typical deal
// size). These are workspace-wide, so each change is a step of the portfolio's undo, not the
// account's: the dialog offers that undo itself, naming the step it would take back.
import { useEffect, useState } from "react";
import type { Catalogue, Offering, OfferingDraft } from "../../bindings";
import { amountText } from "../../lib/amounts";
import { backend, describeError } from "../../lib/backend";
import { formatMoney } from "../../lib/format";
import { usePreferences } from "../../lib/preferences";
import { ConfirmButton } from "../../shared/ConfirmButton";
import { Dialog } from "../../shared/Dialog";
import { ErrorText, Field, FieldRow } from "../../shared/Field";
import { asFieldError, type FieldErrors } from "../../shared/fieldError";
import { parseDealSize } from "./matrix";

type Draft = { name: string; family: string; dealSize: string };
const EMPTY: Draft = { name: "", family: "", dealSize: "" };

function draftOf(o: Offering): Draft {
  const size = o.typicalDealSize ?? null;
  return { name: o.name, family: o.family ?? "", dealSize: size === null ? "" : amountText(size) || "0" };
}

export function CatalogueDialog({ onChanged, onClose }: { onChanged: () => Promise<void>; onClose: () => void }) {
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  // Deal sizes are the workspace's, in the currency chosen in Settings.
  const { settings } = usePreferences();

  useEffect(() => {
    backend.offerings().then(setCatalogue, (err: unknown) => setErrors({ "": describeError(err) }));
  }, []);

  /** Runs one catalogue change; shows the refusal by its field and saves nothing on a refusal. */
  const change = async (call: () => Promise<Catalogue>, done: string): Promise<boolean> => {
    try {
      setCatalogue(await call());
      setErrors({});
      setStatus(done);
      await onChanged();
      return true;
    } catch (err) {
      const e = asFieldError(err);
      setErrors({ [e.field]: e.message });
      setStatus(null);
      return false;
    }
  };

  /** Typing replaces what was refused: the message goes with it. */
  const edit = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change });
    setErrors({});
  };

  const submit = async () => {
    const size = parseDealSize(draft.dealSize);
    if ("error" in size) {
      setErrors({ typicalDealSize: size.error });
      return;
    }
    const body: OfferingDraft = { name: draft.name, family: draft.family, typicalDealSize: size.value };
    const ok = editing
      ? await change(() => backend.updateOffering(editing, body), `Saved “${draft.name.trim()}”`)
      : await change(() => backend.addOffering(body), `Added “${draft.name.trim()}”`);
    if (ok) {
      setEditing(null);
      setDraft(EMPTY);
    }
  };

  const undo = catalogue?.history.undo ?? null;
  return (
    <Dialog title="Offerings catalogue" onClose={onClose} className="ws-catalogue">
      <p className="hint">Shared by every account of the workspace; changes are undone from the portfolio's history.</p>
      <ul className="ws-offerings" aria-label="Offerings">
        {catalogue?.offerings.map((o) => (
          <li key={o.id} className={editing === o.id ? "editing" : undefined}>
            <span className="ws-offering-name">{o.name}</span>
            <span className="plan-muted">{[o.family ?? "", o.typicalDealSize == null ? "" : `typical deal ${formatMoney(o.typicalDealSize, settings.currency)}`].filter(Boolean).join(" · ")}</span>
            <span className="ws-offering-actions">
              <button
                type="button"
                className="plan-button subtle"
                aria-label={`Edit ${o.name}`}
                onClick={() => {
                  setEditing(o.id);
                  setDraft(draftOf(o));
                  setErrors({});
                }}
              >
                Edit
              </button>
              <ConfirmButton label={`Delete ${o.name}`} confirmLabel="Delete offering" onConfirm={() => void change(() => backend.removeOffering(o.id), `Removed “${o.name}”`)} />
            </span>
          </li>
        ))}
        {catalogue?.offerings.length === 0 && <li className="plan-muted">No offerings yet.</li>}
      </ul>
      <form
        className="ws-form ws-offering-form"
        aria-label={editing ? "Edit offering" : "New offering"}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h3>{editing ? "Edit offering" : "New offering"}</h3>
        <FieldRow>
          <Field label="Name" error={errors.name}>
            <input name="name" value={draft.name} aria-invalid={errors.name ? true : undefined} placeholder="e.g. Fleet telematics" onChange={(e) => edit({ name: e.target.value })} />
          </Field>
          <Field label="Family" error={errors.family}>
            <input name="family" value={draft.family} placeholder="e.g. Platform" onChange={(e) => edit({ family: e.target.value })} />
          </Field>
          <Field label="Typical deal size" error={errors.typicalDealSize}>
            <input
              name="typicalDealSize"
              inputMode="decimal"
              value={draft.dealSize}
              aria-invalid={errors.typicalDealSize ? true : undefined}
              placeholder="e.g. 50,000"
              onChange={(e) => edit({ dealSize: e.target.value })}
            />
          </Field>
        </FieldRow>
        {errors[""] && <ErrorText paragraph>{errors[""]}</ErrorText>}
        <div className="dialog-actions">
          {editing && (
            <button
              type="button"
              className="plan-button"
              onClick={() => {
                setEditing(null);
                setDraft(EMPTY);
                setErrors({});
              }}
            >
              Cancel edit
            </button>
          )}
          <button type="submit" className="plan-button primary">
            {editing ? "Save offering" : "Add offering"}
          </button>
        </div>
      </form>
      <div className="dialog-actions ws-catalogue-foot">
        {status && (
          <span className="plan-status ok" aria-live="polite">
            ✓ {status}
          </span>
        )}
        <button
          type="button"
          className="plan-button"
          disabled={!undo}
          title={undo ? `Undo ${undo} (the portfolio's history)` : "Nothing to undo"}
          onClick={() =>
            void change(async () => {
              await backend.portfolioUndo();
              return backend.offerings();
            }, `Undone: ${undo ?? ""}`)
          }
        >
          ↶ {undo ? `Undo ${undo}` : "Undo"}
        </button>
        <button type="button" className="plan-button primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
