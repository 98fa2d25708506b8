import { useCallback, useEffect, useState } from "react";
import type { AccountSnapshot, WorkspaceInfo } from "./bindings";
import { AccountView } from "./features/account";
import { Home } from "./features/home";
import { backend, describeError } from "./lib/backend";

/** `fresh`: the account was just created, so its empty map opens with the quick-add bar ready. */
type Screen = { kind: "home" } | { kind: "account"; snapshot: AccountSnapshot; fresh?: boolean };

export function App() {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  // Bumped when the workspace behind the portfolio changes (the demo opened), so it reloads.
  const [homeRound, setHomeRound] = useState(0);
  const [screen, setScreen] = useState<Screen>({ kind: "home" });
  const [error, setError] = useState<string | null>(null);

  const loadHome = useCallback(async () => {
    try {
      const workspace = await backend.workspaceInfo();
      setInfo(workspace);
      setError(null);
      return workspace;
    } catch (err) {
      setError(describeError(err));
    }
  }, []);

  const open = useCallback(async (id: string, fresh = false) => {
    try {
      setScreen({ kind: "account", snapshot: await backend.openAccount(id), fresh });
      setError(null);
    } catch (err) {
      setError(describeError(err));
    }
  }, []);

  useEffect(() => {
    // The state updates happen after the backend answers, not synchronously in the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadHome().then((workspace) => {
      // Started with --open NAME: go straight to that account's map.
      if (workspace?.openAccount) void open(workspace.openAccount);
    });
  }, [loadHome, open]);

  const back = () => {
    setScreen({ kind: "home" });
    void loadHome();
  };

  const openDemo = async () => {
    await backend.openDemo();
    setHomeRound((r) => r + 1);
    await loadHome();
  };

  return (
    <div className="app">
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {screen.kind === "account" ? (
        <AccountView
          snapshot={screen.snapshot}
          fresh={screen.fresh ?? false}
          onBack={back}
          onChange={(snapshot) => setScreen({ kind: "account", snapshot })}
          onError={setError}
        />
      ) : (
        <Home key={homeRound} onOpen={(id, fresh) => void open(id, fresh)} onOpenDemo={openDemo} demoNote={info?.firstRun ?? false} />
      )}
      <footer className="status-bar">
        <span title={info?.path}>Workspace: {info?.path ?? "…"}</span>
      </footer>
    </div>
  );
}
