import type { AccountEdit, AccountSnapshot } from "../../bindings";
import type { PlanStepId } from "./steps";

type Props = {
  snapshot: AccountSnapshot;
  step: PlanStepId | "log";
  /** An edit was saved: show the account as it now is. */
  onEdited: (edit: AccountEdit) => void;
  onError: (message: string) => void;
  /** Go to the map with these people highlighted. */
  onShowOnMap: (stakeholderIds: string[]) => void;
};

/** One step of the six-step plan (or the interaction log), over the open account. */
export function PlanView({ step }: Props) {
  return <section className="plan-step" aria-label={step} />;
}
