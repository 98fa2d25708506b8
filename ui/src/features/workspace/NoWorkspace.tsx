import { useState } from "react";
import type { AppError, WorkspaceInfo } from "../../bindings";
import { useMenuActions } from "../../lib/menu";
import { FAILED_WORKSPACE, RestoreList } from "../backups";
import type { Switching } from "./switching";

type Props = { info: WorkspaceInfo; to: Switching };

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
 * Shown while no workspace is open: why (the file that could not be opened and what is wrong with
 * it), and the ways out — another file, a new one, a recent one, the demo, or a backup of the file
 * put in its place.
 */
export function NoWorkspace({ info, to }: Props) {
  const problem = info.problem;
  const heading = problem ? (HEADINGS[problem.kind] ?? "This workspace could not be opened") : "No workspace open";
  const restorable = problem !== null && RESTORABLE.includes(problem.kind);
  // The menu is the same on every screen: an export chosen here is answered, never ignored.
  const [notice, setNotice] = useState<string | null>(null);
  useMenuActions({
    exportCalendar: () =>
      setNotice("No workspace is open, so there is no calendar to export. Open or create a workspace first, then choose File → Export calendar… again."),
  });
  return (
    <main className="no-workspace">
      <h1>{heading}</h1>
      {problem ? (
        <>
          {info.path && <p className="no-workspace-file">{info.path}</p>}
          <p className="no-workspace-problem" role="alert">
            {problem.message}
          </p>
        </>
      ) : (
        <p>Open a workspace file, or start a new one for your accounts.</p>
      )}
      {restorable && (
        <section className="no-workspace-restore" aria-label="Restore a backup">
          <h2>Restore a backup</h2>
          <p className="hint">The backup takes the file&apos;s place and opens.</p>
          <RestoreList source={FAILED_WORKSPACE} onRestored={() => undefined} />
        </section>
      )}
      {restorable && <h2 className="no-workspace-or">Or another workspace</h2>}
      {notice && (
        <p className="no-workspace-notice" role="status">
          {notice}
        </p>
      )}
      <div className="no-workspace-actions">
        {/* For a file a backup can replace, restoring is the main way back; otherwise opening one. */}
        <button type="button" className={restorable ? undefined : "primary"} onClick={to.openWorkspace}>
          Open workspace…
        </button>
        <button type="button" onClick={to.newWorkspace}>
          New workspace…
        </button>
        <button type="button" onClick={to.openDemo}>
          Open the demo
        </button>
      </div>
      {info.recent.length > 0 && (
        <section aria-label="Recent workspaces">
          <h2>Recent</h2>
          <ul className="recent-workspaces">
            {info.recent.map((path) => (
              <li key={path}>
                <button type="button" className="recent-workspace" onClick={() => to.openRecent(path)}>
                  {path}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
