// Small form controls of the plan's screens: a labelled field with its error beside it, a row of
// toggle chips, and a text box that saves when the facilitator leaves it.
import { type ReactNode, useId, useState } from "react";

export function Field({
  label,
  error,
  hint,
  children,
  wide,
}: {
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <label className={wide ? "plan-field wide" : "plan-field"} data-invalid={error ? "true" : undefined}>
      <span className="plan-field-label">{label}</span>
      {children}
      {hint && !error && <span className="plan-field-hint">{hint}</span>}
      {error && (
        <span className="plan-field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export type ChipOption<T extends string> = { value: T; label: ReactNode; name: string };

/** A group of toggle buttons for a many-of choice (people, goals). */
export function ChipSelect<T extends string>({
  legend,
  options,
  selected,
  onChange,
  error,
  empty,
}: {
  legend: string;
  options: ChipOption<T>[];
  selected: T[];
  onChange: (next: T[]) => void;
  error?: string | undefined;
  empty?: string;
}) {
  const toggle = (v: T) => onChange(selected.includes(v) ? selected.filter((s) => s !== v) : [...selected, v]);
  return (
    <fieldset className="plan-chips" data-invalid={error ? "true" : undefined}>
      <legend className="plan-field-label">{legend}</legend>
      <div className="plan-chip-row">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="plan-chip"
            aria-pressed={selected.includes(o.value)}
            aria-label={o.name}
            onClick={() => toggle(o.value)}
          >
            {o.label}
          </button>
        ))}
        {options.length === 0 && <span className="plan-muted">{empty ?? "Nothing to choose yet."}</span>}
      </div>
      {error && (
        <span className="plan-field-error" role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}

/**
 * A text box (or area) that saves on leaving it or on Enter (Ctrl+Enter in an area). Give it
 * `key={value}` so a value saved elsewhere (or undone) replaces what is shown.
 */
export function CommitText({
  value,
  onCommit,
  label,
  multiline,
  placeholder,
  error,
  className,
}: {
  value: string;
  onCommit: (next: string) => void;
  label: string;
  multiline?: boolean;
  placeholder?: string;
  error?: string | undefined;
  className?: string;
}) {
  const [draft, setDraft] = useState(value);
  const errorId = useId();
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    className,
    value: draft,
    placeholder,
    "aria-label": label,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? errorId : undefined,
    onBlur: commit,
  };
  return (
    <>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) commit();
            if (e.key === "Escape") setDraft(value);
          }}
        />
      ) : (
        <input
          {...common}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            if (e.key === "Escape") setDraft(value);
          }}
        />
      )}
      {error && (
        <span id={errorId} className="plan-field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

/** A white card with a heading, the plan's unit of layout. */
export function Panel({
  title,
  children,
  actions,
  className,
}: {
  title: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <section className={className ? `plan-panel ${className}` : "plan-panel"}>
      <header className="plan-panel-head">
        <h3>{title}</h3>
        {actions}
      </header>
      {children}
    </section>
  );
}

/** A delete button that asks once more, in place (no browser dialog in the webview). */
export function ConfirmButton({ label, confirmLabel, onConfirm }: { label: string; confirmLabel: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <span className="plan-confirm">
      <button type="button" className="plan-button danger" onClick={() => onConfirm()} autoFocus>
        {confirmLabel}
      </button>
      <button type="button" className="plan-button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </span>
  ) : (
    <button type="button" className="plan-button subtle" aria-label={label} onClick={() => setAsking(true)}>
      Delete
    </button>
  );
}
