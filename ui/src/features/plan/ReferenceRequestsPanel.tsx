// The account's reference requests, beside its reference-ability: prospects who asked to speak to
// this account (kept here; Remove is a step of this account's history, so its Undo brings a request
// back), and requests this account made as a prospect of another account's reference (kept on that
// account, so read-only here, saying where). Read again whenever the account changes (an edit, an
// undo), since the requests are not part of the account's snapshot.
import { useEffect, useState } from "react";
import type { AccountId, AccountReferenceRequests, AccountSnapshot, ListedReferenceRequest } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { ErrorText } from "../../shared/Field";
import { Panel } from "./controls";
import type { Save } from "./editing";

type Props = {
  snapshot: AccountSnapshot;
  save: Save;
  /** Opens another account of the workspace on its profile. */
  onOpenAccount?: ((id: AccountId) => void) | undefined;
};

export function ReferenceRequestsPanel({ snapshot, save, onOpenAccount }: Props) {
  const accountId = snapshot.account.id;
  const [listed, setListed] = useState<AccountReferenceRequests | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    backend.referenceRequests(accountId).then(
      (l) => {
        if (!current) return;
        setListed(l);
        setProblem(null);
      },
      (err: unknown) => current && setProblem(describeError(err)),
    );
    return () => {
      current = false;
    };
  }, [accountId, snapshot]);

  const accountLink = (id: AccountId, name: string) =>
    onOpenAccount ? (
      <button type="button" className="plan-button link inline" onClick={() => onOpenAccount(id)} aria-label={`Open ${name}`}>
        {name}
      </button>
    ) : (
      <strong>{name}</strong>
    );
  const prospect = (l: ListedReferenceRequest) =>
    l.request.prospectAccount && l.prospectAccountName ? accountLink(l.request.prospectAccount, l.prospectAccountName) : <strong>{l.request.prospectName}</strong>;

  return (
    <Panel title="Reference requests" className="profile-reference-requests">
      {problem && <ErrorText paragraph>{problem}</ErrorText>}
      {listed && listed.asReference.length === 0 && listed.asProspect.length === 0 && (
        <p className="plan-muted">No reference requests yet. Log one from the portfolio's “Find a reference…”.</p>
      )}
      {listed && listed.asReference.length > 0 && (
        <>
          <p className="plan-help">Prospects who asked to speak to {snapshot.account.name}, oldest first:</p>
          <ul className="reference-requests" aria-label={`Requests to ${snapshot.account.name} as a reference`}>
            {listed.asReference.map((l) => (
              <li key={l.request.id} className="reference-request-row" data-request={l.request.prospectName}>
                <div className="reference-request-main">
                  <span className="reference-request-date">{formatDate(l.request.date)}</span> {prospect(l)}
                  {l.request.note && <div className="plan-muted reference-request-note">{l.request.note}</div>}
                </div>
                <button
                  type="button"
                  className="plan-button subtle"
                  aria-label={`Remove the request from ${l.request.prospectName} on ${formatDate(l.request.date)}`}
                  onClick={() => void save(() => backend.deleteReferenceRequest(accountId, l.request.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {listed && listed.asProspect.length > 0 && (
        <>
          <p className="plan-help">As a prospect, {snapshot.account.name} asked other accounts to be its reference:</p>
          <ul className="reference-requests" aria-label={`Requests ${snapshot.account.name} made as a prospect`}>
            {listed.asProspect.map((l) => (
              <li key={l.request.id} className="reference-request-row asked" data-asked={l.referenceName}>
                <div className="reference-request-main">
                  Asked {accountLink(l.request.referenceAccount, l.referenceName)} on {formatDate(l.request.date)}
                  {l.request.note && <div className="plan-muted reference-request-note">{l.request.note}</div>}
                  <div className="plan-muted reference-request-kept">Kept on {l.referenceName}: remove or undo it there.</div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
