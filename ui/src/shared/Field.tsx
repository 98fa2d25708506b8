// A labelled form field with its error (or a hint) right under it, in the look of where it sits.
import { createContext, type ReactNode, useContext } from "react";
import "./kit.css";

/**
 * Fields in the inspector and in dialogs are denser than in the plan's forms (lighter labels, no
 * warning sign, no arrow between a from→to pair). The container says so once, not every field.
 */
const CompactContext = createContext(false);

/** Everything inside takes the compact look of the inspector and dialogs. */
export function CompactFields({ children }: { children: ReactNode }) {
  return <CompactContext.Provider value={true}>{children}</CompactContext.Provider>;
}

/** The class names of the field parts in the look of where they are rendered. */
export function useFieldLook() {
  const compact = useContext(CompactContext);
  const field = compact ? "field" : "plan-field";
  return {
    compact,
    field,
    label: `${field}-label`,
    hint: `${field}-hint`,
    error: `${field}-error`,
    row: compact ? "field-row" : "plan-form-row",
    /** The compact look styles selects through the field; the plan's forms by their own class. */
    select: compact ? "" : "plan-select",
  };
}

export function Field({
  label,
  error,
  hint,
  children,
  wide,
}: {
  label: string;
  error?: string | null | undefined;
  /** Shown under the control while there is no error. */
  hint?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  const look = useFieldLook();
  return (
    <label className={wide ? `${look.field} wide` : look.field} data-invalid={error ? "true" : undefined}>
      <span className={look.label}>{label}</span>
      {children}
      {hint && !error && <span className={look.hint}>{hint}</span>}
      {error && <ErrorText>{error}</ErrorText>}
    </label>
  );
}

/** An error message in the field look, announced when it appears; a paragraph when it stands alone. */
export function ErrorText({ children, id, paragraph }: { children: ReactNode; id?: string; paragraph?: boolean }) {
  const look = useFieldLook();
  return paragraph ? (
    <p id={id} className={look.error} role="alert">
      {children}
    </p>
  ) : (
    <span id={id} className={look.error} role="alert">
      {children}
    </span>
  );
}

/** Fields side by side. */
export function FieldRow({ children, className }: { children: ReactNode; className?: string }) {
  const look = useFieldLook();
  return <div className={className ? `${look.row} ${className}` : look.row}>{children}</div>;
}
