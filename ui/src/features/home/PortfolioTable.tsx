// The portfolio's table: one row per account, every column sortable, and each account's actions
// (rename, archive or bring back, delete) in a small menu at the end of its row.
import { useEffect, useRef, useState } from "react";
import type { AccountSummary, FindingCounts, PortfolioColumn, PortfolioSort } from "../../bindings";
import { formatDate, formatMoney, formatShare } from "../../lib/format";
import { LIFECYCLE_STAGE_LABEL } from "../../shared/words";
import { ariaSort, npsSentence, npsWords } from "./portfolioView";

/** Findings by severity, worst first, in words as well as colour. */
function Health({ counts }: { counts: FindingCounts }) {
  const label = `${counts.high} high, ${counts.medium} medium, ${counts.low} low findings`;
  if (counts.high + counts.medium + counts.low === 0) return <span className="health-ok">No gaps found</span>;
  return (
    <span className="health" aria-label={label} title={label}>
      {counts.high > 0 && <span className="sev sev-high">{counts.high} high</span>}
      {counts.medium > 0 && <span className="sev sev-medium">{counts.medium} medium</span>}
      {counts.low > 0 && <span className="sev sev-low">{counts.low} low</span>}
    </span>
  );
}

export type RowAction = "rename" | "archive" | "bringBack" | "delete";

/** An account's actions behind one button, so the row stays readable. */
function RowMenu({ account, onAction }: { account: AccountSummary; onAction: (action: RowAction) => void }) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener("mousedown", close);
    return () => window.removeEventListener("mousedown", close);
  }, [open]);
  const pick = (action: RowAction) => {
    setOpen(false);
    onAction(action);
  };
  const archived = account.archivedOn !== null;
  return (
    <div className="row-menu" ref={box} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button
        type="button"
        className="row-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Actions for ${account.name}`}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open && (
        <div className="row-menu-list" role="menu">
          <button type="button" role="menuitem" autoFocus onClick={() => pick("rename")}>
            Rename…
          </button>
          {archived ? (
            <button type="button" role="menuitem" onClick={() => pick("bringBack")}>
              Bring back
            </button>
          ) : (
            <button type="button" role="menuitem" onClick={() => pick("archive")}>
              Archive
            </button>
          )}
          <button type="button" role="menuitem" className="danger" onClick={() => pick("delete")}>
            Delete…
          </button>
        </div>
      )}
    </div>
  );
}

const COLUMNS: { column: PortfolioColumn; label: string; numeric?: boolean }[] = [
  // Industry and region read under the name, to leave the room's width to the figures.
  { column: "name", label: "Account" },
  { column: "lifecycle", label: "Stage" },
  { column: "revenue", label: "Revenue", numeric: true },
  { column: "share", label: "Share" },
  // Cumulative shares run in revenue order, so this column sorts as the share does.
  { column: "share", label: "Cumulative", numeric: true },
  { column: "lifetimeValue", label: "Lifetime value", numeric: true },
  { column: "nps", label: "NPS", numeric: true },
  { column: "health", label: "Health" },
  { column: "nextReview", label: "Next review" },
];

type Props = {
  accounts: AccountSummary[];
  sort: PortfolioSort;
  onSort: (column: PortfolioColumn) => void;
  onOpen: (id: string) => void;
  onAction: (account: AccountSummary, action: RowAction) => void;
};

export function PortfolioTable({ accounts, sort, onSort, onOpen, onAction }: Props) {
  return (
    <table className="portfolio">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.label} scope="col" className={c.numeric ? "num" : undefined} aria-sort={ariaSort(sort, c.column)}>
              <button type="button" className="sort" onClick={() => onSort(c.column)} data-column={c.column}>
                {c.label}
                <span className="sort-mark" aria-hidden>
                  {sort.column === c.column ? (sort.descending ? " ▼" : " ▲") : ""}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((a) => (
          <tr key={a.id} data-account={a.name} className={a.archivedOn ? "is-archived" : undefined}>
            <td>
              <button type="button" className="account-link" onClick={() => onOpen(a.id)}>
                {a.name}
              </button>
              {a.archivedOn && <span className="archived-tag">Archived {formatDate(a.archivedOn)}</span>}
              {(a.industry || a.region) && (
                <span className="account-region">{[a.industry, a.region].filter(Boolean).join(" · ")}</span>
              )}
            </td>
            <td>{LIFECYCLE_STAGE_LABEL[a.lifecycleStage]}</td>
            <td className="num">{formatMoney(a.annualRevenue, a.currency)}</td>
            <td>
              <span className="share">
                <span className="share-bar" style={{ width: `${Math.round((a.revenueShare ?? 0) * 100)}%` }} />
                <span className="share-label">{formatShare(a.revenueShare)}</span>
              </span>
            </td>
            <td className="num share-cumulative" title="This account's share with every larger account's">
              {formatShare(a.cumulativeShare)}
            </td>
            <td className="num">{a.lifetimeValue ? formatMoney(a.lifetimeValue.revenue, a.currency) : <span className="muted">—</span>}</td>
            <td className="num" aria-label={npsSentence(a.nps)}>
              <span className={`nps ${(a.nps.change ?? 0) > 0 ? "up" : (a.nps.change ?? 0) < 0 ? "down" : ""}`}>{npsWords(a.nps)}</span>
            </td>
            <td>
              <Health counts={a.findings} />
            </td>
            <td className={a.reviewOverdue ? "overdue" : undefined}>
              {formatDate(a.nextReviewDue)}
              {a.reviewOverdue && <span className="overdue-tag"> · overdue</span>}
            </td>
            <td className="row-actions">
              <RowMenu account={a} onAction={(action) => onAction(a, action)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
