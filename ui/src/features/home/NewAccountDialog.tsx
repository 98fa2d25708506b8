// Creating an account: only the name is required. Exported for the app's File → New account too.
import { useState } from "react";
import type { AccountId } from "../../bindings";
import { backend } from "../../lib/backend";
import { Dialog } from "../../shared/Dialog";
import { Field, FieldRow } from "../../shared/Field";
import { asFieldError, type FieldErrors } from "../../shared/fieldError";
import { parseAmount } from "../../lib/amounts";

/** Size bands offered as suggestions; any other wording is kept as typed. */
const SIZE_BANDS = ["1–49 employees", "50–249 employees", "250–999 employees", "1,000–4,999 employees", "5,000–19,999 employees", "20,000+ employees"];

type Props = {
  /** The currency offered first: the one chosen in Settings (EUR when none is). */
  currency?: string;
  onCreated: (id: AccountId) => void;
  onClose: () => void;
};

export function NewAccountDialog({ currency = "EUR", onCreated, onClose }: Props) {
  const [draft, setDraft] = useState({ name: "", industry: "", region: "", size: "", currency, revenue: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof draft) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setDraft({ ...draft, [field]: e.target.value });
    setErrors({});
  };
  const create = async () => {
    if (busy) return;
    const revenue = parseAmount(draft.revenue);
    if (revenue === null) {
      setErrors({ annualRevenue: "Enter the revenue as a number, e.g. 250000, or leave it empty." });
      return;
    }
    setBusy(true);
    try {
      const id = await backend.createAccount({
        name: draft.name,
        industry: draft.industry,
        region: draft.region,
        size: draft.size,
        currency: draft.currency,
        annualRevenue: revenue,
      });
      onCreated(id);
    } catch (err) {
      const e = asFieldError(err);
      setErrors({ [e.field || "form"]: e.message });
      setBusy(false);
    }
  };
  return (
    <Dialog title="New account" onClose={onClose} className="new-account-dialog">
      <form
        aria-label="New account"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <Field label="Name" error={errors.name}>
          <input name="name" autoFocus value={draft.name} onChange={set("name")} aria-invalid={errors.name ? true : undefined} placeholder="e.g. Helios Freight" />
        </Field>
        <FieldRow>
          <Field label="Industry" error={errors.industry}>
            <input name="industry" value={draft.industry} onChange={set("industry")} placeholder="e.g. Logistics" />
          </Field>
          <Field label="Region" error={errors.region}>
            <input name="region" value={draft.region} onChange={set("region")} placeholder="e.g. DACH" />
          </Field>
        </FieldRow>
        <Field label="Size" error={errors.size}>
          <input name="size" list="size-bands" value={draft.size} onChange={set("size")} placeholder="e.g. 1,000–4,999 employees" />
          <datalist id="size-bands">
            {SIZE_BANDS.map((b) => (
              <option key={b} value={b} />
            ))}
          </datalist>
        </Field>
        <FieldRow>
          <Field label="Annual revenue with us" error={errors.annualRevenue}>
            <input name="annualRevenue" inputMode="decimal" value={draft.revenue} onChange={set("revenue")} aria-invalid={errors.annualRevenue ? true : undefined} placeholder="0" />
          </Field>
          <Field label="Currency" error={errors.currency}>
            <input name="currency" className="currency-input" maxLength={3} value={draft.currency} onChange={set("currency")} aria-invalid={errors.currency ? true : undefined} />
          </Field>
        </FieldRow>
        {errors.form && <p className="field-error" role="alert">{errors.form}</p>}
        <p className="hint">Only the name is needed now; the rest can be filled in on the account's profile.</p>
        <div className="dialog-actions">
          <button type="button" className="plan-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="plan-button primary" disabled={busy}>
            Create account
          </button>
        </div>
      </form>
    </Dialog>
  );
}
