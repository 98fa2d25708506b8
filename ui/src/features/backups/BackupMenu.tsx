import { useState } from "react";
import { backend, describeError } from "../../lib/backend";
import { useMenuActions } from "../../lib/menu";
import { BackUpDialog, type BackUpOutcome } from "./BackUpDialog";
import { RestoreDialog } from "./RestoreDialog";
import { type BackupSource, FAILED_WORKSPACE, OPEN_WORKSPACE } from "./RestoreList";

type Shown = { kind: "backUp"; outcome: BackUpOutcome } | { kind: "restore"; source: BackupSource } | null;

type Props = {
  /** After a restore the whole workspace is different: by default the window reloads it all. */
  onRestored?: () => void;
};

/** File → "Back up now…" and "Restore from a backup…", on whichever screen is showing. */
export function BackupMenu({ onRestored = () => window.location.reload() }: Props) {
  const [shown, setShown] = useState<Shown>(null);

  const backUp = async () => {
    setShown({ kind: "backUp", outcome: { kind: "running" } });
    let outcome: BackUpOutcome;
    try {
      const file = await backend.backUpNow();
      // Where it went is a courtesy: the copy is made even if the folder cannot be told.
      const folder = await backend.workspaceFile().then(
        (f) => f.backupsFolder,
        () => null,
      );
      outcome = { kind: "done", fileName: file.fileName, folder };
    } catch (err) {
      outcome = { kind: "failed", message: describeError(err) };
    }
    setShown((now) => (now?.kind === "backUp" ? { kind: "backUp", outcome } : now));
  };

  const restore = async () => {
    // With no workspace open, the backups offered are those of the file that could not be opened.
    const open = await backend.workspaceInfo().then(
      (info) => info.open,
      () => true,
    );
    setShown({ kind: "restore", source: open ? OPEN_WORKSPACE : FAILED_WORKSPACE });
  };

  useMenuActions({
    backUpNow: () => void backUp(),
    restoreBackup: () => void restore(),
  });

  if (shown?.kind === "backUp") {
    return (
      <BackUpDialog outcome={shown.outcome} onClose={() => setShown(null)} onRestore={() => void restore()} />
    );
  }
  if (shown?.kind === "restore") {
    return <RestoreDialog source={shown.source} onClose={() => setShown(null)} onRestored={onRestored} />;
  }
  return null;
}
