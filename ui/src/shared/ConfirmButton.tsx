import { useState } from "react";
import "./kit.css";

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
