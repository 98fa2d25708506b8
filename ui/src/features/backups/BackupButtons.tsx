import { useState } from "react";
import { backend, describeError } from "../../lib/backend";
import { RestoreDialog } from "./RestoreDialog";
import "./backups.css";

type Props = {
  /** After a restore the whole workspace is different: by default the window reloads it all. */
  onRestored?: () => void;
};

/** "Back up now" and "Restore from a backup…" for the portfolio's header (the File menu's twins). */
export function BackupButtons({ onRestored = () => window.location.reload() }: Props) {
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [restoring, setRestoring] = useState(false);

  const backUp = async () => {
    setStatus({ text: "Backing up…", failed: false });
    try {
      const file = await backend.backUpNow();
      setStatus({ text: `Backed up as ${file.fileName}`, failed: false });
    } catch (err) {
      setStatus({ text: describeError(err), failed: true });
    }
  };

  return (
    <div className="backup-buttons">
      <button type="button" className="plan-button" onClick={() => void backUp()}>
        Back up now
      </button>
      <button type="button" className="plan-button" onClick={() => setRestoring(true)}>
        Restore from a backup…
      </button>
      {status && (
        <span className={status.failed ? "backup-status field-error" : "backup-status"} role="status">
          {status.text}
        </span>
      )}
      {restoring && <RestoreDialog onClose={() => setRestoring(false)} onRestored={onRestored} />}
    </div>
  );
}
