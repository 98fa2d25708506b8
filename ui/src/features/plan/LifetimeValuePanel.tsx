// Lifetime value: average deal size × purchases a year × expected tenure (× margin), computed by
// core as the facilitator types and saved when they leave a field. A value core refuses is shown
// beside its field, and nothing is saved.
import { useEffect, useState } from "react";
import type { Account, LifetimeValue, LifetimeValueInputs } from "../../bindings";
import { amountText, parseAmount } from "../../lib/amounts";
import { backend } from "../../lib/backend";
import { formatMoney } from "../../lib/format";
import { fieldErrorOf, type FieldErrors } from "../../shared/fieldError";
import { Panel } from "./controls";
import type { SaveProfile } from "./ProfileStep";
import { CommitField } from "./profileFields";

type Drafts = { averageDealSize: string; purchasesPerYear: string; expectedTenureYears: string; grossMargin: string };
type Name = keyof Drafts;

const LABELS: Record<Name, string> = {
  averageDealSize: "Average deal size",
  purchasesPerYear: "Purchases a year",
  expectedTenureYears: "Expected tenure (years)",
  grossMargin: "Gross margin (%)",
};

function draftsOf(inputs: LifetimeValueInputs): Drafts {
  return {
    averageDealSize: amountText(inputs.averageDealSize),
    purchasesPerYear: amountText(inputs.purchasesPerYear),
    expectedTenureYears: amountText(inputs.expectedTenureYears),
    grossMargin: inputs.grossMargin === null ? "" : String(Math.round(inputs.grossMargin * 10000) / 100),
  };
}

/** The inputs the drafts describe, or the field that is not a number. */
function inputsOf(d: Drafts): LifetimeValueInputs | { field: Name } {
  const numbers: Partial<Record<Name, number>> = {};
  for (const name of Object.keys(d) as Name[]) {
    const n = parseAmount(d[name]);
    if (n === null) return { field: name };
    numbers[name] = n;
  }
  return {
    averageDealSize: numbers.averageDealSize ?? 0,
    purchasesPerYear: numbers.purchasesPerYear ?? 0,
    expectedTenureYears: numbers.expectedTenureYears ?? 0,
    grossMargin: d.grossMargin.trim() === "" ? null : (numbers.grossMargin ?? 0) / 100,
  };
}

type Preview = { value: LifetimeValue } | { error: { field: string; message: string } };

export function LifetimeValuePanel({ account, errors, onSave }: { account: Account; errors: FieldErrors; onSave: SaveProfile }) {
  const stored = account.lifetimeValue;
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(stored));
  const [preview, setPreview] = useState<Preview | null>(null);
  // A saved or undone value replaces what is typed.
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    setDrafts(draftsOf(stored));
  }

  useEffect(() => {
    const inputs = inputsOf(drafts);
    let current = true;
    if ("field" in inputs) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setPreview({ error: { field: inputs.field, message: "Enter a number, e.g. 2.5." } });
      return;
    }
    backend.previewLifetimeValue(inputs).then(
      (value) => current && setPreview({ value }),
      (err: unknown) => current && setPreview({ error: fieldErrorOf(err) ?? { field: "", message: String(err) } }),
    );
    return () => {
      current = false;
    };
  }, [drafts]);

  // Saves once core accepts the inputs. While the deal size is typed and the tenure is still
  // empty, core would refuse the tenure: that is not an error yet, only not finished.
  const commit = async () => {
    const inputs = inputsOf(drafts);
    if ("field" in inputs) return;
    const changed = (Object.keys(inputs) as (keyof LifetimeValueInputs)[]).some((k) => inputs[k] !== stored[k]);
    if (!changed) return;
    try {
      await backend.previewLifetimeValue(inputs);
    } catch (err) {
      const refused = fieldErrorOf(err);
      if (refused) setPreview({ error: refused });
      return;
    }
    onSave({ lifetimeValue: inputs }, "lifetimeValue");
  };
  const unfinished =
    preview !== null && "error" in preview && preview.error.field === "expectedTenureYears" && drafts.expectedTenureYears.trim() === "";
  const errorOf = (name: Name) =>
    (preview && "error" in preview && preview.error.field === name && !unfinished ? preview.error.message : undefined) ?? errors[name];
  const field = (name: Name, hint?: string) => (
    <CommitField
      key={`${name}:${String(stored[name])}`}
      label={LABELS[name]}
      name={name}
      numeric
      value={draftsOf(stored)[name]}
      hint={hint}
      error={errorOf(name)}
      onDraft={(text) => setDrafts((d) => ({ ...d, [name]: text }))}
      onCommit={() => void commit()}
    />
  );
  const value = preview && "value" in preview ? preview.value : null;
  const currency = account.currency;
  return (
    <Panel title="Lifetime value" className="profile-ltv">
      <div className="plan-form-row">
        {field("averageDealSize")}
        {field("purchasesPerYear")}
      </div>
      <div className="plan-form-row">
        {field("expectedTenureYears")}
        {field("grossMargin", "Optional: the value as margin")}
      </div>
      <output className="ltv-result" aria-live="polite" aria-label="Lifetime value">
        {value && value.revenue ? (
          <>
            <span className="ltv-value">{formatMoney(value.revenue, currency)}</span>
            <span className="ltv-note">
              over {drafts.expectedTenureYears || 0} years
              {value.margin !== null && (
                <>
                  {" · "}
                  <strong>{formatMoney(value.margin, currency)}</strong> as margin
                </>
              )}
            </span>
          </>
        ) : (
          <span className="ltv-note">
            {value || unfinished
              ? "Fill in the deal size, purchases a year and expected tenure to see the lifetime value."
              : "Not computed while a field is wrong."}
          </span>
        )}
      </output>
    </Panel>
  );
}
