import { Dialog } from "../../shared/Dialog";
import "./backups.css";

/** What "Back up now" came to: still running, the copy written, or why it was not. */
export type BackUpOutcome =
  | { kind: "running" }
  | { kind: "done"; fileName: string; folder: string | null }
  | { kind: "failed"; message: string };

type Props = {
  outcome: BackUpOutcome;
  onClose: () => void;
  /** Opens the restore list instead. */
  onRestore: () => void;
};

/** File → Back up now…: says under which name and where the copy was written. */
export function BackUpDialog({ outcome, onClose, onRestore }: Props) {
  return (
    <Dialog title="Back up now" onClose={onClose} className="backup-dialog">
      {outcome.kind === "running" && <p role="status">Backing up…</p>}
      {outcome.kind === "done" && (
        <>
          <p role="status">
            Backed up as <strong className="backup-name">{outcome.fileName}</strong>
          </p>
          {outcome.folder && (
            <p className="hint">
              Backups are kept in <span className="backup-folder">{outcome.folder}</span>. Rapport also backs up on the
              first open of each day and before an upgrade, and keeps the newest 20.
            </p>
          )}
        </>
      )}
      {outcome.kind === "failed" && (
        <p className="field-error" role="alert">
          {outcome.message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onRestore}>
          Restore from a backup…
        </button>
        <button type="button" className="plan-button primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
