import type { WorkspaceInfo } from "../../bindings";
import type { Switching } from "./switching";

type Props = { info: WorkspaceInfo; to: Switching };

/**
 * Shown while no workspace is open: why (the file that could not be opened and what is wrong with
 * it), and the ways out — another file, a new one, a recent one, or the demo.
 */
export function NoWorkspace({ info, to }: Props) {
  return (
    <main className="no-workspace">
      <h1>No workspace open</h1>
      {info.problem ? (
        <p className="no-workspace-problem" role="alert">
          {info.problem.message}
        </p>
      ) : (
        <p>Open a workspace file, or start a new one for your accounts.</p>
      )}
      <div className="no-workspace-actions">
        <button type="button" className="primary" onClick={to.openWorkspace}>
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
