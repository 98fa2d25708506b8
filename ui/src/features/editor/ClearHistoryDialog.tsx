import type { HistoryState } from "../../bindings";
import { Dialog } from "../../shared/Dialog";

type Props = {
  account: string;
  history: HistoryState;
  onClear: () => void;
  onClose: () => void;
};

/**
 * Edit → Clear undo history…: the account's undo and redo steps go, and with them the copies
 * history keeps of what was changed or deleted. The account itself stays as it is; not undoable,
 * so it asks first.
 */
export function ClearHistoryDialog({ account, history, onClear, onClose }: Props) {
  const empty = history.undo === null && history.redo === null;
  return (
    <Dialog title="Clear undo history" onClose={onClose} className="clear-history-dialog">
      {empty ? (
        <p>{account} has no undo history to clear.</p>
      ) : (
        <p>
          Forget every step Undo and Redo could take on <strong>{account}</strong>? The account stays exactly as it is;
          only the way back goes, and with it what the history keeps of earlier versions (deleted people, old notes and
          details). This cannot be undone.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {empty ? "Close" : "Keep"}
        </button>
        {!empty && (
          <button type="button" className="plan-button danger" onClick={onClear}>
            Clear history
          </button>
        )}
      </div>
    </Dialog>
  );
}
