import { useCallback, useEffect, useState } from "react";
import type { AccountSnapshot, AccountSummary, WorkspaceInfo } from "./bindings";
import { AccountView } from "./features/account";
import { ReadOnlyBanner } from "./features/backups";
import { Home } from "./features/home";
import { backend, describeError } from "./lib/backend";

type Screen = { kind: "home" } | { kind: "account"; snapshot: AccountSnapshot };

export function App() {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: "home" });
  const [error, setError] = useState<string | null>(null);

  const loadHome = useCallback(async () => {
    try {
      const [workspace, list] = await Promise.all([backend.workspaceInfo(), backend.listAccounts()]);
      setInfo(workspace);
      setAccounts(list);
      setError(null);
      return workspace;
    } catch (err) {
      setError(describeError(err));
    }
  }, []);

  const open = useCallback(async (id: string) => {
    try {
      setScreen({ kind: "account", snapshot: await backend.openAccount(id) });
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
          onBack={back}
          onChange={(snapshot) => setScreen({ kind: "account", snapshot })}
          onError={setError}
        />
      ) : accounts ? (
        <Home accounts={accounts} firstRun={info?.firstRun ?? false} onOpen={(id) => void open(id)} />
      ) : (
        !error && <p className="loading">Opening the workspace…</p>
      )}
      <footer className="status-bar">
        <span title={info?.path}>Workspace: {info?.path ?? "…"}</span>
        <ReadOnlyBanner />
      </footer>
    </div>
  );
}
