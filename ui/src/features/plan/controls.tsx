// Controls only the plan's screens use: a row of toggle chips, a text box that saves when the
// facilitator leaves it, and the panel every step is laid out in. Fields, selects, rows and the
// delete button are the shared kit's (ui/src/shared).
import { type ReactNode, useId, useState } from "react";
import { ErrorText } from "../../shared/Field";

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
      {error && <ErrorText>{error}</ErrorText>}
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
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
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
