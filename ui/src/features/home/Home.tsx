import { useMemo, useState } from "react";
import type { AccountSummary, FindingCounts } from "../../bindings";
import { formatDate, formatMoney, formatShare } from "../../lib/format";
import { BackupButtons } from "../backups";

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

type Props = {
  accounts: AccountSummary[];
  firstRun: boolean;
  onOpen: (id: string) => void;
};

/** The portfolio: every account with its revenue share and when its next review is due. */
export function Home({ accounts, firstRun, onOpen }: Props) {
  const [query, setQuery] = useState("");
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q
      ? accounts.filter((a) => a.name.toLowerCase().includes(q) || a.industry.toLowerCase().includes(q))
      : accounts;
  }, [accounts, query]);

  return (
    <main className="home">
      <header className="home-header">
        <h1>Accounts</h1>
        <input
          type="search"
          className="search"
          placeholder="Search accounts"
          aria-label="Search accounts"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <BackupButtons />
      </header>
      {firstRun && (
        <p className="first-run" role="note">
          This is a demo workspace. Open <strong>Helios Freight</strong> to see its stakeholder map:
          who holds budget, who blocks, and how well our team knows each of them.
        </p>
      )}
      <table className="portfolio">
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Industry</th>
            <th scope="col" className="num">Revenue</th>
            <th scope="col">Share of revenue</th>
            <th scope="col" className="num">People</th>
            <th scope="col">Health</th>
            <th scope="col">Next review</th>
            <th scope="col">Last opened</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((a) => (
            <tr key={a.id}>
              <td>
                <button type="button" className="account-link" onClick={() => onOpen(a.id)}>
                  {a.name}
                </button>
              </td>
              <td>{a.industry}</td>
              <td className="num">{formatMoney(a.annualRevenue, a.currency)}</td>
              <td>
                <span className="share">
                  <span className="share-bar" style={{ width: `${Math.round((a.revenueShare ?? 0) * 100)}%` }} />
                  <span className="share-label">{formatShare(a.revenueShare)}</span>
                </span>
              </td>
              <td className="num">{a.stakeholderCount}</td>
              <td>
                <Health counts={a.findings} />
              </td>
              <td className={a.reviewOverdue ? "overdue" : undefined}>
                {formatDate(a.nextReviewDue)}
                {a.reviewOverdue && <span className="overdue-tag"> · overdue</span>}
              </td>
              <td>{a.lastOpenedAt ? formatDate(a.lastOpenedAt) : "Never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="empty">No account matches “{query}”.</p>}
    </main>
  );
}
