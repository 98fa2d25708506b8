// A refusal from the backend that names the form field it is about, so a form can show the
// message next to that field (UX: errors say what is wrong in the place where it happened).
import { BackendError, describeError } from "../lib/backend";

/** A message about one form field; `field` is "" when the message is about no field in particular. */
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

/** Any failure as a field error: about its field when it names one, else about the form as a whole. */
export function asFieldError(err: unknown): FieldError {
  return fieldErrorOf(err) ?? { field: "", message: describeError(err) };
}
