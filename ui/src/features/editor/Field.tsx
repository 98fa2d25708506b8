import type { ReactNode } from "react";

/** A labelled form field with its error (if any) right under it. */
export function Field({ label, error, children, wide }: { label: string; error?: string | null; children: ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? "field wide" : "field"}>
      <span>{label}</span>
      {children}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

/** The field a save failed on, and why. */
export type FieldProblem = { field: string; message: string } | null;
