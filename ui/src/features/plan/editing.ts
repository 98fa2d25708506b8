// How the plan's screens save: every edit is one backend call answering with the account as it now
// is; a refusal on a form field is shown next to that field, anything else in the step's header.
import type { AccountEdit, AccountSnapshot } from "../../bindings";
import { BackendError } from "../../lib/backend";

/** A refusal that names the form field to point at. */
export type FieldError = { field: string; message: string };

/** Field name → message, for one form. */
export type FieldErrors = Record<string, string>;

/** The field a validation error is about, or null for errors that are not about a field. */
export function fieldErrorOf(err: unknown): FieldError | null {
  if (err instanceof BackendError && err.kind === "validation" && err.field) {
    return { field: err.field, message: err.message };
  }
  return null;
}

/**
 * Runs one edit. Resolves true when it was saved; on a field refusal calls `onFieldError` (when
 * given) and resolves false; any other failure is reported by the plan view itself.
 */
export type Save = (edit: () => Promise<AccountEdit>, onFieldError?: (error: FieldError) => void) => Promise<boolean>;

/** What every step receives. */
export type StepProps = {
  snapshot: AccountSnapshot;
  /** The app's today (RAPPORT_TODAY in tests), as YYYY-MM-DD. */
  today: string;
  save: Save;
  onShowOnMap: (stakeholderIds: string[]) => void;
};
