import { useEffect, useState } from "react";
import type { ListedBackup } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { describeBackup, formatTakenAt } from "./format";

/** Whose backups: the open workspace's, or those of the workspace that could not be opened. */
export type BackupSource = {
  list: () => Promise<ListedBackup[]>;
  /** Restores one; answers the name the replaced file was kept under, if any. */
  restore: (fileName: string) => Promise<string | null>;
};

/** The open workspace's backups, restored over it. */
export const OPEN_WORKSPACE: BackupSource = {
  list: () => backend.listBackups(),
  restore: async (fileName) => (await backend.restoreBackup(fileName)).keptAs,
};

/** In place of the workspace that could not be opened: the shell then opens the restored file. */
export const FAILED_WORKSPACE: BackupSource = {
  list: () => backend.failedWorkspaceBackups(),
  restore: async (fileName) => {
    await backend.restoreFailedWorkspace(fileName);
    return null;
  },
};

type Props = {
  /** Called once the backup is in place (the caller reloads what it shows). */
  onRestored: (keptAs: string | null) => void;
  onCancel?: () => void;
  source?: BackupSource;
};

/** A workspace's backups, newest first; choosing one and confirming restores it. */
export function RestoreList({ onRestored, onCancel, source = OPEN_WORKSPACE }: Props) {
  const [backups, setBackups] = useState<ListedBackup[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    let current = true;
    source
      .list()
      .then((list) => {
        if (!current) return;
        setBackups(list);
        // The newest backup that can be read is the likely choice; restoring still asks for the click.
        setChosen((was) => was ?? list.find((b) => b.accounts !== null)?.file.fileName ?? null);
      })
      .catch((err: unknown) => current && setProblem(describeError(err)));
    return () => {
      current = false;
    };
  }, [source]);

  const restore = async () => {
    if (!chosen) return;
    setRestoring(true);
    try {
      onRestored(await source.restore(chosen));
    } catch (err) {
      setProblem(describeError(err));
      setRestoring(false);
    }
  };

  return (
    <div className="restore-list">
      {backups === null && !problem && <p>Reading the backups…</p>}
      {backups?.length === 0 && <p>There are no backups of this workspace yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="backup-choices" aria-label="Backups, newest first">
          {backups.map((b) => (
            <li key={b.file.fileName}>
              <label className={b.accounts === null ? "is-unusable" : undefined}>
                <input
                  type="radio"
                  name="backup"
                  value={b.file.fileName}
                  disabled={b.accounts === null}
                  checked={chosen === b.file.fileName}
                  onChange={() => setChosen(b.file.fileName)}
                />
                <strong>{formatTakenAt(b.file.takenAt)}</strong> <span className="hint">{describeBackup(b)}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">
        The file as it is now is first kept in the backups folder, so a restore can be undone by restoring that
        copy.
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="button" className="plan-button primary" disabled={!chosen || restoring} onClick={() => void restore()}>
          {restoring ? "Restoring…" : "Restore this backup"}
        </button>
      </div>
    </div>
  );
}
