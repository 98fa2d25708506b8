// The ways to another workspace, shared by the menu and the no-workspace screen. Each asks the
// shell, which opens any dialog itself and then sends `workspaceChanged`; here only errors are
// reported, the reload follows that event.
import { backend, describeError } from "../../lib/backend";
import type { MenuHandlers } from "../../lib/menu";

export type Switching = {
  newWorkspace: () => void;
  openWorkspace: () => void;
  openRecent: (path: string) => void;
  openDemo: () => void;
  closeWorkspace: () => void;
};

/** The switches, reporting a refusal (a file that is not there, one that exists) through `onError`. */
export function switching(onError: (message: string | null) => void): Switching {
  const run = (call: () => Promise<unknown>) => {
    call().then(
      () => onError(null),
      (err: unknown) => onError(describeError(err)),
    );
  };
  return {
    newWorkspace: () => run(backend.newWorkspace),
    openWorkspace: () => run(backend.openWorkspace),
    openRecent: (path) => run(() => backend.openRecentWorkspace(path)),
    openDemo: () => run(backend.openDemo),
    closeWorkspace: () => run(backend.closeWorkspace),
  };
}

/** The File menu's workspace items, and Help → Open the demo. */
export function switchingMenu(to: Switching): MenuHandlers {
  return {
    newWorkspace: to.newWorkspace,
    openWorkspace: to.openWorkspace,
    openRecent: ({ recent }) => recent && to.openRecent(recent),
    closeWorkspace: to.closeWorkspace,
    openDemo: to.openDemo,
  };
}
