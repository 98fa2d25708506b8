import { Suspense, useEffect, useState } from "react";
import type { AccountSnapshot } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { useMenuActions } from "../../lib/menu";
import { ClientInRoomBanner, useClientInRoom } from "../clientsafe";
import { MapEditor } from "../editor";
import { ExportDialog } from "../export";
import { ImportContactsDialog } from "../import";
import { type AccountScreen, MapHighlight, PlanView, type ShownOnMap, StepBar } from "../plan";

type Props = {
  snapshot: AccountSnapshot;
  /** Just created: the empty map opens with the quick-add bar focused. */
  fresh: boolean;
  /** Opened on one person (from the portfolio's "Coming up"): their card is selected. */
  focusPerson?: string | undefined;
  /** Opened on another screen than the map (an account opened from another's reference requests). */
  startScreen?: AccountScreen | undefined;
  onBack: () => void;
  /** Opens another account of the workspace on its profile. */
  onOpenAccount?: ((id: string) => void) | undefined;
  /** The account changed in the workspace (an edit, an undo, a layout): show this version. */
  onChange: (snapshot: AccountSnapshot) => void;
  onError: (message: string | null) => void;
};

/** One account: the map editor, or one step of the plan, under the account's header. */
export function AccountView({ snapshot, fresh, focusPerson, startScreen, onBack, onOpenAccount, onChange, onError }: Props) {
  const [screen, setScreen] = useState<AccountScreen>(startScreen ?? "map");
  const [presenter, setPresenter] = useState(false);
  const clientInRoom = useClientInRoom();
  // People a plan step asked to see on the map (cleared when leaving the map by the step bar).
  const [shown, setShown] = useState<ShownOnMap | null>(null);
  const [exporting, setExporting] = useState(false);
  const [importing, setImporting] = useState(false);
  // An import is one undo step made outside the editor: a fresh editor reads its history and
  // fits the map to the people laid out.
  const [imports, setImports] = useState(0);
  // Ctrl/Cmd+P exports, from any screen of the account (the webview's own print is of no use).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "p") {
        e.preventDefault();
        setExporting(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const [calendarSaved, setCalendarSaved] = useState<string | null>(null);
  useMenuActions({
    export: () => setExporting(true),
    import: () => setImporting(true),
    // On an account's screen, the calendar holds this account's dates only.
    exportCalendar: () => {
      backend.exportCalendar(snapshot.account.id).then(
        (saved) => saved && setCalendarSaved(`Saved ${snapshot.account.name}'s calendar to ${saved.path}.`),
        (err: unknown) => onError(describeError(err)),
      );
    },
  });
  const { account } = snapshot;
  const active = snapshot.stakeholders.filter((s) => s.status === "active").length;
  return (
    <div className="account">
      {!presenter && (
        <header className="account-bar">
          <button type="button" className="back" onClick={onBack} aria-label="Back to all accounts">
            ← Accounts
          </button>
          <h1>{account.name}</h1>
          <span className="account-meta">
            {account.industry}
            {account.relationshipWord && (
              <>
                {" · "}relationship: <strong>{account.relationshipWord}</strong>
              </>
            )}
            {" · "}
            {active} people · {snapshot.team.length} of ours
          </span>
          <button
            type="button"
            className={screen === "profile" ? "profile-button current" : "profile-button"}
            aria-pressed={screen === "profile"}
            onClick={() => setScreen(screen === "profile" ? "map" : "profile")}
            title="Industry, revenue, lifecycle stage, lifetime value, NPS and reference-ability"
          >
            Profile and economics
          </button>
          <button
            type="button"
            className="import-button"
            onClick={() => setImporting(true)}
            title="Import contacts from a CSV file (Salesforce, HubSpot, an org chart or Rapport's template)"
          >
            Import…
          </button>
          <button
            type="button"
            className="export-button"
            onClick={() => setExporting(true)}
            aria-keyshortcuts="Control+P Meta+P"
            title="Export the plan as PDF, or the map as SVG or PNG (Ctrl+P)"
          >
            Export…
          </button>
        </header>
      )}
      {clientInRoom && <ClientInRoomBanner />}
      {calendarSaved && (
        <div className="notice-banner calendar-saved" role="status">
          {calendarSaved}{" "}
          <button type="button" className="plan-button link inline" onClick={() => setCalendarSaved(null)}>
            OK
          </button>
        </div>
      )}
      {/* Stays in presenter mode: the room keeps its place in the plan and the step timer runs on. */}
      <StepBar
        snapshot={snapshot}
        current={screen}
        onGo={(next) => {
          setShown(null);
          setScreen(next);
        }}
      />
      {screen === "map" && shown && (
        <MapHighlight
          shown={shown}
          snapshot={snapshot}
          onBack={() => {
            setScreen(shown.from);
            setShown(null);
          }}
          onClear={() => setShown(null)}
        />
      )}
      {screen === "map" ? (
        <MapEditor
          key={imports}
          snapshot={snapshot}
          focusQuickAdd={fresh}
          {...(focusPerson ? { focusPerson } : {})}
          onChange={onChange}
          onError={onError}
          presenter={presenter}
          onPresenterChange={setPresenter}
        />
      ) : (
        <Suspense fallback={<div className="loading-step" aria-busy="true" />}>
          <PlanView
            snapshot={snapshot}
            step={screen}
            onEdited={(edit) => onChange(edit.snapshot)}
            onError={onError}
            onShowOnMap={(ids) => {
              setShown({ ids, from: screen });
              setScreen("map");
            }}
            onOpenProfile={() => setScreen("profile")}
            onOpenAccount={onOpenAccount}
          />
        </Suspense>
      )}
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog snapshot={snapshot} onClose={() => setExporting(false)} />
        </Suspense>
      )}
      {importing && (
        <ImportContactsDialog
          target={{ kind: "account", id: account.id }}
          onClose={() => setImporting(false)}
          onImported={(done) => {
            setImporting(false);
            onChange(done.edit.snapshot);
            onError(null);
            setShown(null);
            setScreen("map");
            setImports((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
