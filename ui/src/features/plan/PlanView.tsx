import { useCallback, useEffect, useState } from "react";
import type { AccountEdit, AccountSnapshot, HistoryState } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { fieldErrorOf } from "../../shared/fieldError";
import { AnalyseStep } from "./AnalyseStep";
import { useOverview } from "./data";
import { DetermineStep } from "./DetermineStep";
import type { Save } from "./editing";
import { GuidePanel } from "./GuidePanel";
import { IdentifyStep } from "./IdentifyStep";
import { ImplementStep } from "./ImplementStep";
import { InteractionLog } from "./InteractionLog";
import "./plan.css";
import { ProfileStep } from "./ProfileStep";
import { ReviewStep } from "./ReviewStep";
import { isPlanStep, type PlanStepId, stepInfo } from "./steps";
import { UnderstandStep } from "./UnderstandStep";
import { stepProgressShown, useClientInRoom } from "../clientsafe";

type Props = {
  snapshot: AccountSnapshot;
  step: PlanStepId | "log" | "profile";
  /** An edit was saved: show the account as it now is. */
  onEdited: (edit: AccountEdit) => void;
  onError: (message: string | null) => void;
  /** Go to the map with these people highlighted. */
  onShowOnMap: (stakeholderIds: string[]) => void;
  onOpenProfile: () => void;
  /** Opens another account of the workspace on its profile (a reference request's other side). */
  onOpenAccount?: ((id: string) => void) | undefined;
};

type Status = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; what: string } | { kind: "failed"; message: string };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** One step of the six-step plan (or the interaction log), over the open account. */
export function PlanView({ snapshot, step, onEdited, onError, onShowOnMap, onOpenProfile, onOpenAccount }: Props) {
  const accountId = snapshot.account.id;
  const overview = useOverview(snapshot);
  const [history, setHistory] = useState<HistoryState>({ undo: null, redo: null });
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  // What was saved on one step is old news on the next.
  const [statusStep, setStatusStep] = useState(step);
  if (statusStep !== step) {
    setStatusStep(step);
    setStatus({ kind: "idle" });
  }

  useEffect(() => {
    backend.accountEditState(accountId).then(
      (e) => setHistory(e.history),
      () => {},
    );
  }, [accountId]);

  const save: Save = useCallback(
    async (edit, onFieldError) => {
      setStatus({ kind: "saving" });
      try {
        const done = await edit();
        setHistory(done.history);
        setStatus({ kind: "saved", what: done.history.undo ?? "" });
        onEdited(done);
        onError(null);
        return true;
      } catch (err) {
        const field = fieldErrorOf(err);
        if (field && onFieldError) {
          onFieldError(field);
          setStatus({ kind: "failed", message: "Not saved: see the highlighted field." });
        } else {
          setStatus({ kind: "failed", message: describeError(err) });
        }
        return false;
      }
    },
    [onEdited, onError],
  );

  // The workspace's catalogue changed (not one of this account's steps): show the account again.
  const refresh = useCallback(async () => {
    const done = await backend.accountEditState(accountId);
    setHistory(done.history);
    onEdited(done);
  }, [accountId, onEdited]);

  const stepHistory = useCallback(
    async (which: "undo" | "redo") => {
      const label = which === "undo" ? history.undo : history.redo;
      if (!label) return;
      const ok = await save(() => (which === "undo" ? backend.undo(accountId) : backend.redo(accountId)));
      if (ok) setStatus({ kind: "saved", what: `${which === "undo" ? "Undone" : "Redone"}: ${label}` });
    },
    [accountId, history, save],
  );

  const title =
    step === "log" ? "Interaction log" : step === "profile" ? "Profile and economics" : `${stepInfo(step).number} · ${stepInfo(step).title}`;
  // With the client in the room the step's sentence counts only what the client may see.
  const clientInRoom = useClientInRoom();
  const progress =
    step === "log" || step === "profile" || !overview ? null : stepProgressShown(overview, clientInRoom).find((s) => s.step === step);
  const today = overview?.today ?? null;
  const props = today ? { snapshot, today, save, onShowOnMap, onOpenProfile, refresh } : null;

  return (
    <section
      className="plan-step"
      aria-label={title}
      data-step={step}
      onKeyDown={(e) => {
        if (isTyping(e.target) || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== "z") return;
        e.preventDefault();
        void stepHistory(e.shiftKey ? "redo" : "undo");
      }}
    >
      <header className="plan-head">
        <div className="plan-head-text">
          <h2>{title}</h2>
          {progress && <p className="plan-progress">{progress.summary}</p>}
          {step === "log" && <p className="plan-progress">Every contact with the account: who, when, and what kind.</p>}
          {step === "profile" && (
            <p className="plan-progress">Who the client is, what the account is worth to us, and whether they would speak for us.</p>
          )}
        </div>
        <div className="plan-save" aria-live="polite">
          {status.kind === "saving" && <span className="plan-status">Saving…</span>}
          {status.kind === "saved" && <span className="plan-status ok">✓ Saved{status.what && ` · ${status.what}`}</span>}
          {status.kind === "failed" && (
            <span className="plan-status failed" role="alert">
              {status.message}
            </span>
          )}
        </div>
        <div className="plan-history">
          <button
            type="button"
            className="plan-button"
            disabled={!history.undo}
            onClick={() => void stepHistory("undo")}
            aria-label={history.undo ? `Undo ${history.undo}` : "Nothing to undo"}
            title={history.undo ? `Undo ${history.undo} (Ctrl+Z)` : "Nothing to undo"}
          >
            ↶ Undo
          </button>
          <button
            type="button"
            className="plan-button"
            disabled={!history.redo}
            onClick={() => void stepHistory("redo")}
            aria-label={history.redo ? `Redo ${history.redo}` : "Nothing to redo"}
            title={history.redo ? `Redo ${history.redo} (Ctrl+Shift+Z)` : "Nothing to redo"}
          >
            ↷ Redo
          </button>
        </div>
      </header>
      <div className="plan-body">
        {isPlanStep(step) && <GuidePanel step={step} />}
        {!props ? (
          <p className="plan-muted">Opening the plan…</p>
        ) : step === "understand" ? (
          <UnderstandStep {...props} />
        ) : step === "identify" ? (
          <IdentifyStep {...props} />
        ) : step === "analyse" ? (
          <AnalyseStep {...props} overview={overview} />
        ) : step === "determine" ? (
          <DetermineStep {...props} />
        ) : step === "implement" ? (
          <ImplementStep {...props} />
        ) : step === "review" ? (
          <ReviewStep {...props} />
        ) : step === "profile" ? (
          <ProfileStep {...props} onOpenAccount={onOpenAccount} />
        ) : (
          <InteractionLog {...props} />
        )}
      </div>
    </section>
  );
}
