// Fields of the profile and economics screen: a text box that saves when the facilitator leaves it
// (its error beside it, its text kept while refused), and the lifecycle stage as five steps.
import { useState } from "react";
import type { Account, AccountProfile, LifecycleStage } from "../../bindings";
import { Field } from "../../shared/Field";
import { LIFECYCLE_STAGE_LABEL, LIFECYCLE_STAGES } from "../../shared/words";

/** The panel's fields as the backend takes them back. */
export function profileOf(account: Account): AccountProfile {
  return {
    industry: account.industry,
    region: account.region,
    size: account.size,
    currency: account.currency,
    annualRevenue: account.annualRevenue,
    lifecycleStage: account.lifecycleStage,
    lifetimeValue: account.lifetimeValue,
    referenceability: account.referenceability,
  };
}

/**
 * A labelled text box that commits on leaving it or on Enter, and goes back on Escape. Give it
 * `key={value}` so a value saved or undone elsewhere replaces what is shown; a refused value stays
 * as typed, with its error beside it.
 */
export function CommitField({
  label,
  name,
  value,
  onCommit,
  onDraft,
  error,
  placeholder,
  numeric,
  list,
  hint,
}: {
  label: string;
  name: string;
  value: string;
  onCommit: (text: string) => void;
  /** Every keystroke, for what is computed as it is typed. */
  onDraft?: (text: string) => void;
  error?: string | undefined;
  placeholder?: string;
  numeric?: boolean;
  list?: string;
  hint?: string;
}) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <Field label={label} error={error} hint={hint}>
      <input
        className={numeric ? "plan-input num" : "plan-input"}
        name={name}
        value={draft}
        placeholder={placeholder}
        inputMode={numeric ? "decimal" : undefined}
        list={list}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          onDraft?.(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
          if (e.key === "Escape") {
            setDraft(value);
            onDraft?.(value);
          }
        }}
      />
    </Field>
  );
}

/** Awareness → purchase → experience → loyalty → advocacy: where the account is, as one choice. */
export function LifecycleSteps({ value, onChange }: { value: LifecycleStage; onChange: (stage: LifecycleStage) => void }) {
  const at = LIFECYCLE_STAGES.indexOf(value);
  return (
    <div className="lifecycle" role="radiogroup" aria-label="Lifecycle stage">
      {LIFECYCLE_STAGES.map((stage, i) => (
        <button
          key={stage}
          type="button"
          role="radio"
          aria-checked={stage === value}
          className={i < at ? "lifecycle-step passed" : stage === value ? "lifecycle-step current" : "lifecycle-step"}
          onClick={() => stage !== value && onChange(stage)}
        >
          <span className="lifecycle-number">{i + 1}</span>
          {LIFECYCLE_STAGE_LABEL[stage]}
        </button>
      ))}
    </div>
  );
}
