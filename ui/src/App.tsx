import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { type AccountSnapshot, events, type WorkspaceInfo } from "./bindings";
import { AccountView } from "./features/account";
import { BackupMenu, ReadOnlyBanner } from "./features/backups";
import { ShortcutsHelp } from "./features/editor";
import { Home } from "./features/home";
import { GuideDialog } from "./features/plan";
import { SettingsDialog } from "./features/settings";
import { AboutDialog, NoWorkspace, switching, switchingMenu, workspaceStatus } from "./features/workspace";
import { backend, describeError } from "./lib/backend";
import { useMenuActions } from "./lib/menu";
import { useShellEvent } from "./lib/shellEvents";
import { markStartup } from "./lib/startupMarks";

/** `fresh`: the account was just created, so its empty map opens with the quick-add bar ready. */
/** `focus`: opened on one person (from "Coming up"), whose card is selected. */
/** `profile`: opened on its profile (from another account's reference requests). */
/**
 * `starting`: the workspace is not described yet. Nothing is shown, so a start on one account
 * (`--open`, a file opened on an account) neither draws nor loads the portfolio it skips.
 */
type Screen =
  | { kind: "starting" }
  | { kind: "home" }
  | { kind: "account"; snapshot: AccountSnapshot; fresh?: boolean; focus?: string; profile?: boolean };

export function App() {
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);
  // Bumped when the workspace behind the portfolio changes (the demo opened), so it reloads.
  const [homeRound, setHomeRound] = useState(0);
  const [screen, setScreen] = useState<Screen>({ kind: "starting" });
  const [error, setError] = useState<string | null>(null);
  const [overlay, setOverlay] = useState<"about" | "shortcuts" | "settings" | "guide" | null>(null);
  const [startNewAccount, setStartNewAccount] = useState(false);

  const loadHome = useCallback(async () => {
    try {
      const workspace = await backend.workspaceInfo();
      markStartup("workspace described");
      setInfo(workspace);
      setError(null);
      return workspace;
    } catch (err) {
      setError(describeError(err));
    }
  }, []);

  const open = useCallback(async (id: string, fresh = false, focus?: string, profile = false) => {
    try {
      const snapshot = await backend.openAccount(id);
      markStartup("account loaded");
      setScreen(focus ? { kind: "account", snapshot, fresh, focus } : { kind: "account", snapshot, fresh, profile });
      setStartNewAccount(false);
      setError(null);
      return true;
    } catch (err) {
      setError(describeError(err));
      return false;
    }
  }, []);

  useEffect(() => {
    // The state updates happen after the backend answers, not synchronously in the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void loadHome().then(async (workspace) => {
      // Started with --open NAME: go straight to that account's map (the portfolio if it fails).
      const opened = workspace?.openAccount ? await open(workspace.openAccount) : false;
      if (!opened) setScreen((now) => (now.kind === "starting" ? { kind: "home" } : now));
    });
  }, [loadHome, open]);

  const back = () => {
    setScreen({ kind: "home" });
    void loadHome();
  };

  // Another workspace is open (the menu, the no-workspace screen, a second launch): its portfolio.
  useShellEvent(events.workspaceChanged, () => {
    setScreen({ kind: "home" });
    setOverlay(null);
    setStartNewAccount(false);
    setHomeRound((r) => r + 1);
    void loadHome();
  });

  const to = useMemo(() => switching(setError), []);
  useMenuActions({
    ...switchingMenu(to),
    // The portfolio is where accounts are created (it handles the action itself while shown):
    // from an account, go back there with the dialog open.
    newAccount: () => {
      if (screen.kind === "home") return;
      setStartNewAccount(true);
      setHomeRound((r) => r + 1);
      back();
    },
    about: () => setOverlay("about"),
    shortcuts: () => setOverlay("shortcuts"),
    guide: () => setOverlay("guide"),
    settings: () => setOverlay("settings"),
  });

  return (
    <div className="app">
      {error && (
        <div className="error-banner" role="alert">
          {error}
        </div>
      )}
      {info?.settingsProblem && (
        <div className="notice-banner" role="status">
          {info.settingsProblem.message} Rapport will not reopen this workspace by itself next time.
        </div>
      )}
      {info && !info.open ? (
        <NoWorkspace info={info} to={to} />
      ) : screen.kind === "starting" ? null : screen.kind === "account" ? (
        <AccountView
          // Another account is a fresh screen (its own step, selection and history).
          key={screen.snapshot.account.id}
          snapshot={screen.snapshot}
          fresh={screen.fresh ?? false}
          focusPerson={screen.focus}
          startScreen={screen.profile ? "profile" : undefined}
          onBack={back}
          onOpenAccount={(id) => void open(id, false, undefined, true)}
          onChange={(snapshot) => setScreen({ kind: "account", snapshot })}
          onError={setError}
        />
      ) : (
        <Home
          key={homeRound}
          onOpen={(id, fresh) => void open(id, fresh)}
          onOpenPerson={(id, person) => void open(id, false, person)}
          onOpenDemo={async () => {
            await backend.openDemo();
          }}
          demoNote={info?.isDemo ?? false}
          startWithNewAccount={startNewAccount}
        />
      )}
      {overlay === "about" && <AboutDialog onClose={() => setOverlay(null)} />}
      {overlay === "shortcuts" && (
        <Suspense fallback={null}>
          <ShortcutsHelp onClose={() => setOverlay(null)} />
        </Suspense>
      )}
      {overlay === "settings" && <SettingsDialog onClose={() => setOverlay(null)} />}
      {overlay === "guide" && (
        <Suspense fallback={null}>
          <GuideDialog onClose={() => setOverlay(null)} />
        </Suspense>
      )}
      <BackupMenu />
      <footer className="status-bar">
        <span className="status-workspace" title={info?.path ?? undefined}>
          {workspaceStatus(info)}
        </span>
        <ReadOnlyBanner />
      </footer>
    </div>
  );
}
