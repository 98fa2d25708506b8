// How the plan's screens save: every edit is one backend call answering with the account as it now
// is; a refusal on a form field is shown next to that field, anything else in the step's header.
import type { AccountEdit, AccountSnapshot } from "../../bindings";
import type { FieldError } from "../../shared/fieldError";

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
  /** Opens the account's profile and economics. */
  onOpenProfile: () => void;
  /** Reads the account again, for changes outside its own history (the offerings catalogue). */
  refresh: () => Promise<void>;
};
