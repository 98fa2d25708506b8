import type { AppError } from "../../bindings";
import { RestoreList } from "../backups";
import "./recovery.css";

/** Why the app has no workspace open: the file it tried, and what went wrong. */
export type OpenFailure = { path: string; error: AppError };

type Props = {
  problem: OpenFailure;
  /** Opens the native "Open workspace" dialog (the shell's). */
  onChooseAnother: () => void;
  /** Opens the native "New workspace" dialog (the shell's). */
  onStartNew: () => void;
  /** A backup was restored in the failed file's place: open it. */
  onRestored: () => void;
};

const HEADINGS: Partial<Record<AppError["kind"], string>> = {
  damaged: "This workspace is damaged",
  notAWorkspace: "This file is not a Rapport workspace",
  newerVersion: "This workspace was written by a newer Rapport",
  locked: "This workspace is open in another Rapport",
  readOnly: "This workspace cannot be written",
  diskFull: "The disk is full",
  notFound: "This workspace is not there",
};

/** Kinds for which putting a backup in the file's place is a way out. */
const RESTORABLE: AppError["kind"][] = ["damaged", "notAWorkspace", "notFound", "io"];

/**
 * What the app shows when it starts on a workspace it cannot open: what is wrong, in words, and
 * the ways out — another file, a backup in its place, or a new workspace.
 */
export function RecoveryScreen({ problem, onChooseAnother, onStartNew, onRestored }: Props) {
  const heading = HEADINGS[problem.error.kind] ?? "This workspace could not be opened";
  return (
    <main className="recovery" aria-labelledby="recovery-heading">
      <h1 id="recovery-heading">{heading}</h1>
      <p className="recovery-file">{problem.path}</p>
      <p role="alert">{problem.error.message}</p>
      <div className="recovery-choices">
        <button type="button" className="plan-button primary" onClick={onChooseAnother}>
          Choose another file…
        </button>
        <button type="button" className="plan-button" onClick={onStartNew}>
          Start a new workspace…
        </button>
      </div>
      {RESTORABLE.includes(problem.error.kind) && (
        <section className="recovery-restore" aria-label="Restore a backup">
          <h2>Restore a backup</h2>
          <p className="hint">
            The file as it is now is moved into the backups folder (never deleted), and the backup takes its place.
          </p>
          <RestoreList onRestored={onRestored} />
        </section>
      )}
    </main>
  );
}
