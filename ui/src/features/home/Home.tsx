// The portfolio: every account with its revenue, share, lifetime value, NPS, health, lifecycle
// stage and next review; sort, filter, create, rename, archive, delete, and undo on the
// portfolio. A workspace with no account yet shows the first-run screen instead.
import { useCallback, useEffect, useRef, useState } from "react";
import type { AccountContents, AccountId, AccountSummary, HistoryState, Portfolio, PortfolioQuery } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { useHistoryInMenu, useMenuActions } from "../../lib/menu";
import { formatMoney } from "../../lib/format";
import { usePreferences } from "../../lib/preferences";
import { EnumSelect } from "../../shared/EnumSelect";
import { BackupButtons } from "../backups";
import { PortfolioImports } from "../import";
import { LIFECYCLE_STAGE_LABEL, LIFECYCLE_STAGES } from "../../shared/words";
import { DeleteAccountDialog, RenameAccountDialog } from "./AccountDialogs";
import { ComingUpPanel } from "./ComingUpPanel";
import { ConcentrationChart } from "./ConcentrationChart";
import { FirstRun } from "./FirstRun";
import "./home.css";
import { NewAccountDialog } from "./NewAccountDialog";
import { PortfolioTable, type RowAction } from "./PortfolioTable";
import { ReferenceFinderDialog } from "./ReferenceFinderDialog";
import { DEFAULT_QUERY, isFiltered, nextSort } from "./portfolioView";

type Props = {
  /** Opens an account; `fresh` when it was just created (its map opens with the quick-add bar ready). */
  onOpen: (id: AccountId, fresh?: boolean) => void;
  /** Opens an account's map with one person selected (from "Coming up"). */
  onOpenPerson: (id: AccountId, person: string) => void;
  /** Switches to the demo's own workspace. */
  onOpenDemo: () => Promise<void>;
  /** The open workspace is the demo's own file: say what to open first. */
  demoNote?: boolean;
  /** Opens with the New account dialog (File → New account… chosen on another screen). */
  startWithNewAccount?: boolean;
};

type OpenDialog =
  | { kind: "new" }
  | { kind: "references" }
  | { kind: "rename"; account: AccountSummary }
  | { kind: "delete"; id: AccountId; contents: AccountContents };

const NO_HISTORY: HistoryState = { undo: null, redo: null };

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function Home({ onOpen, onOpenPerson, onOpenDemo, demoNote = false, startWithNewAccount = false }: Props) {
  const preferredCurrency = usePreferences().settings.currency;
  const [query, setQuery] = useState<PortfolioQuery>(DEFAULT_QUERY);
  const [portfolio, setPortfolio] = useState<Portfolio | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(startWithNewAccount ? { kind: "new" } : null);
  const [status, setStatus] = useState<{ text: string; failed?: boolean } | null>(null);
  useMenuActions({
    newAccount: () => setDialog({ kind: "new" }),
    // On the portfolio, the calendar holds every account's dates.
    exportCalendar: () => {
      backend.exportCalendar(null).then(
        (saved) => saved && setStatus({ text: `Saved the portfolio's calendar to ${saved.path}.` }),
        (err: unknown) => setStatus({ text: describeError(err), failed: true }),
      );
    },
  });
  const [demoError, setDemoError] = useState<string | null>(null);
  // Answers may come back out of order while someone types in the search box: keep the latest.
  const asked = useRef(0);

  const load = useCallback(async (q: PortfolioQuery) => {
    const round = ++asked.current;
    try {
      const p = await backend.portfolio(q);
      if (round === asked.current) setPortfolio(p);
    } catch (err) {
      if (round === asked.current) setStatus({ text: describeError(err), failed: true });
    }
  }, []);

  useEffect(() => {
    // The state updates happen after the backend answers, not synchronously in the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(query);
  }, [load, query]);

  /** Runs a portfolio edit, reloads, and says what happened (or what went wrong). */
  const act = useCallback(
    async (edit: () => Promise<unknown>, done: string) => {
      try {
        await edit();
        setStatus({ text: done });
      } catch (err) {
        setStatus({ text: describeError(err), failed: true });
      }
      await load(query);
    },
    [load, query],
  );

  const history = portfolio?.history ?? NO_HISTORY;
  const stepHistory = useCallback(
    (which: "undo" | "redo") => {
      const label = which === "undo" ? history.undo : history.redo;
      if (!label) return;
      void act(which === "undo" ? backend.portfolioUndo : backend.portfolioRedo, `${which === "undo" ? "Undone" : "Redone"}: ${label}`);
    },
    [act, history],
  );

  // Edit → Undo and Redo name and take the portfolio's steps, as Ctrl+Z does.
  useHistoryInMenu(history.undo, history.redo);
  useMenuActions({ undo: () => !dialog && stepHistory("undo"), redo: () => !dialog && stepHistory("redo") });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialog || isTyping(e.target) || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== "z") return;
      e.preventDefault();
      stepHistory(e.shiftKey ? "redo" : "undo");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [dialog, stepHistory]);

  const onAction = async (account: AccountSummary, action: RowAction) => {
    switch (action) {
      case "rename":
        return setDialog({ kind: "rename", account });
      case "archive":
        return act(() => backend.setArchived(account.id, true), `Archived “${account.name}”: it has left the list and the totals.`);
      case "bringBack":
        return act(() => backend.setArchived(account.id, false), `“${account.name}” is back in the portfolio.`);
      case "delete":
        try {
          setDialog({ kind: "delete", id: account.id, contents: await backend.accountContents(account.id) });
        } catch (err) {
          setStatus({ text: describeError(err), failed: true });
        }
    }
  };

  // The currency most accounts use; with none yet, the one chosen in Settings.
  const mainCurrency = portfolio?.currencies[0] ?? preferredCurrency;
  const dialogs = (
    <>
      {dialog?.kind === "new" && (
        <NewAccountDialog currency={preferredCurrency} onClose={() => setDialog(null)} onCreated={(id) => onOpen(id, true)} />
      )}
      {dialog?.kind === "references" && (
        <ReferenceFinderDialog accounts={portfolio?.accounts ?? []} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === "rename" && (
        <RenameAccountDialog
          account={dialog.account}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            void act(async () => {}, `Renamed “${dialog.account.name}”.`);
          }}
        />
      )}
      {dialog?.kind === "delete" && (
        <DeleteAccountDialog
          contents={dialog.contents}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void act(() => backend.deleteAccount(dialog.id), `Deleted “${dialog.contents.name}”. Ctrl+Z brings it back.`);
          }}
        />
      )}
    </>
  );

  if (!portfolio) return <p className="loading">Opening the workspace…</p>;
  const total = query.includeArchived ? portfolio.counted : portfolio.counted + portfolio.archived;
  if (total === 0) {
    return (
      <main className="home">
        <FirstRun
          onNewAccount={() => setDialog({ kind: "new" })}
          onOpenDemo={() => onOpenDemo().then(() => setDemoError(null), (err: unknown) => setDemoError(describeError(err)))}
          demoError={demoError}
        />
        <div className="first-run-import">
          <p className="hint">Or bring the client&apos;s contacts from your CRM (Salesforce, HubSpot, an org chart):</p>
          <PortfolioImports onOpen={(id) => onOpen(id)} />
        </div>
        {history.undo && (
          <p className="first-run-undo">
            <button type="button" className="plan-button link" onClick={() => stepHistory("undo")}>
              Undo {history.undo}
            </button>
          </p>
        )}
        {dialogs}
      </main>
    );
  }

  const mixed = portfolio.currencies.length > 1;
  return (
    <main className="home">
      <header className="home-header">
        <div className="home-title">
          <h1>Accounts</h1>
          <p className="home-totals">
            {portfolio.counted} account{portfolio.counted === 1 ? "" : "s"} ·{" "}
            {formatMoney(portfolio.totalRevenue, mainCurrency)} revenue a year
            {mixed && (
              <span className="warning" title="Rapport keeps no exchange rates: totals and shares add the amounts as written.">
                {" "}
                · mixed currencies ({portfolio.currencies.join(", ")})
              </span>
            )}
          </p>
        </div>
        <ConcentrationChart curve={portfolio.curve} top10={portfolio.top10Share ?? 0} top20={portfolio.top20Share ?? 0} />
        <div className="home-actions">
          <div className="home-history">
            <button
              type="button"
              className="plan-button"
              disabled={!history.undo}
              onClick={() => stepHistory("undo")}
              aria-label={history.undo ? `Undo ${history.undo}` : "Nothing to undo"}
              title={history.undo ? `Undo ${history.undo} (Ctrl+Z)` : "Nothing to undo"}
            >
              ↶ Undo{history.undo && <span className="history-step">{history.undo}</span>}
            </button>
            <button
              type="button"
              className="plan-button"
              disabled={!history.redo}
              onClick={() => stepHistory("redo")}
              aria-label={history.redo ? `Redo ${history.redo}` : "Nothing to redo"}
              title={history.redo ? `Redo ${history.redo} (Ctrl+Shift+Z)` : "Nothing to redo"}
            >
              ↷ Redo{history.redo && <span className="history-step">{history.redo}</span>}
            </button>
          </div>
          <PortfolioImports onOpen={(id) => onOpen(id)} />
          <BackupButtons />
          <button type="button" className="plan-button" onClick={() => setDialog({ kind: "references" })}>
            Find a reference…
          </button>
          <button type="button" className="plan-button primary new-account" onClick={() => setDialog({ kind: "new" })}>
            + New account
          </button>
        </div>
      </header>
      {demoNote && (
        <p className="first-run" role="note">
          This is a demo workspace. Open <strong>Helios Freight</strong> to see its stakeholder map: who holds budget, who
          blocks, and how well our team knows each of them.
        </p>
      )}
      <div className="home-filters" role="search">
        <input
          type="search"
          className="search"
          placeholder="Search name, industry or region"
          aria-label="Search accounts"
          value={query.text}
          onChange={(e) => setQuery({ ...query, text: e.target.value })}
        />
        <select
          className="plan-select"
          aria-label="Industry"
          value={query.industry ?? ""}
          onChange={(e) => setQuery({ ...query, industry: e.target.value || null })}
        >
          <option value="">Every industry</option>
          {portfolio.industries.map((i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </select>
        <EnumSelect
          values={LIFECYCLE_STAGES}
          labels={LIFECYCLE_STAGE_LABEL}
          value={query.lifecycleStage}
          placeholder="Every lifecycle stage"
          label="Lifecycle stage"
          onChange={(lifecycleStage) => setQuery({ ...query, lifecycleStage })}
        />
        {query.lifecycleStage && (
          <button type="button" className="plan-button link" onClick={() => setQuery({ ...query, lifecycleStage: null })}>
            Any stage
          </button>
        )}
        <label className="show-archived">
          <input
            type="checkbox"
            checked={query.includeArchived}
            onChange={(e) => setQuery({ ...query, includeArchived: e.target.checked })}
          />
          Show archived{portfolio.archived > 0 ? ` (${portfolio.archived})` : ""}
        </label>
        <span className={status?.failed ? "home-status failed" : "home-status"} role={status?.failed ? "alert" : "status"}>
          {status?.text}
        </span>
      </div>
      <ComingUpPanel onOpenPerson={onOpenPerson} />
      <PortfolioTable
        accounts={portfolio.accounts}
        sort={query.sort}
        onSort={(column) => setQuery({ ...query, sort: nextSort(query.sort, column) })}
        onOpen={(id) => onOpen(id)}
        onAction={(account, action) => void onAction(account, action)}
      />
      {portfolio.accounts.length === 0 &&
        (isFiltered(query) ? (
          <p className="empty">No account matches these filters.</p>
        ) : (
          <p className="empty">
            Every account is archived.{" "}
            <button type="button" className="plan-button link inline" onClick={() => setQuery({ ...query, includeArchived: true })}>
              Show archived accounts
            </button>
          </p>
        ))}
      {dialogs}
    </main>
  );
}
