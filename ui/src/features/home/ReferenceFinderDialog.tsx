// Find a reference…: the portfolio's accounts willing to speak for us, filtered by industry,
// geography, size and problem solved, least used first so no one is over-asked; "Log a request"
// records a prospect's request on the reference account (a step of that account's undo).
import { useEffect, useState } from "react";
import type { AccountId, AccountSummary, ReferenceCandidate, ReferenceQuery, SizeBand } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { Dialog } from "../../shared/Dialog";
import { ErrorText, Field, FieldRow } from "../../shared/Field";
import { DateField } from "../../shared/DateField";
import type { FieldError } from "../../shared/fieldError";
import { asFieldError } from "../../shared/fieldError";
import { REFERENCE_KIND_LABEL, SIZE_BAND_LABEL, SIZE_BANDS } from "../../shared/words";

const ANY: ReferenceQuery = { industry: "", geography: "", sizeBand: null, problemSolved: "", kind: null };

type Props = { accounts: AccountSummary[]; onClose: () => void };

export function ReferenceFinderDialog({ accounts, onClose }: Props) {
  const [query, setQuery] = useState<ReferenceQuery>(ANY);
  const [found, setFound] = useState<ReferenceCandidate[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [logging, setLogging] = useState<AccountId | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // The app's today (pinned in tests), the request form's first guess: a request is never dated later.
  const [today, setToday] = useState("");
  useEffect(() => {
    backend.workspaceInfo().then(
      (info) => setToday(info.today),
      () => {},
    );
  }, []);
  useEffect(() => {
    let current = true;
    backend.findReferences(query).then(
      (list) => current && setFound(list),
      (err: unknown) => current && setProblem(describeError(err)),
    );
    return () => {
      current = false;
    };
  }, [query, round]);

  const text = (key: "industry" | "geography" | "problemSolved") => ({
    value: query[key],
    onChange: (e: { target: { value: string } }) => setQuery({ ...query, [key]: e.target.value }),
  });
  return (
    <Dialog title="Find a reference" onClose={onClose} className="reference-finder">
      <FieldRow>
        <Field label="Industry">
          <input {...text("industry")} placeholder="e.g. Logistics" />
        </Field>
        <Field label="Geography">
          <input {...text("geography")} placeholder="e.g. Benelux" />
        </Field>
        <Field label="Size">
          <select
            value={query.sizeBand ?? ""}
            onChange={(e) => setQuery({ ...query, sizeBand: (e.target.value || null) as SizeBand | null })}
          >
            <option value="">Any size</option>
            {SIZE_BANDS.map((b) => (
              <option key={b} value={b}>
                {SIZE_BAND_LABEL[b]} employees
              </option>
            ))}
          </select>
        </Field>
      </FieldRow>
      <Field label="Problem solved">
        <input {...text("problemSolved")} placeholder="e.g. warehouse visibility" />
      </Field>
      {problem && <ErrorText paragraph>{problem}</ErrorText>}
      {status && (
        <p className="reference-status" role="status">
          {status}
        </p>
      )}
      <ol className="reference-list" aria-label="Willing references, least used first">
        {found?.map((c) => (
          <li key={c.account} className="reference-item">
            <div className="reference-head">
              <strong>{c.name}</strong>
              <span className="reference-use">
                {c.timesAsked === 0
                  ? "Never asked"
                  : `Asked ${c.timesAsked} time${c.timesAsked === 1 ? "" : "s"} · last ${formatDate(c.lastUsed)}`}
              </span>
            </div>
            <div className="reference-detail">
              {[c.industry, c.geography, c.size].filter((x) => x.trim()).join(" · ") || "No industry, geography or size yet"}
            </div>
            {c.problemSolved && <div className="reference-detail">Solved: {c.problemSolved}</div>}
            <div className="reference-detail">Willing to: {c.willingTo.map((k) => REFERENCE_KIND_LABEL[k].toLowerCase()).join(", ")}</div>
            {logging === c.account ? (
              <RequestForm
                key={today}
                today={today}
                reference={c}
                accounts={accounts.filter((a) => a.id !== c.account)}
                onCancel={() => setLogging(null)}
                onLogged={(prospect) => {
                  setLogging(null);
                  setStatus(`Logged ${prospect}'s request on ${c.name}. Undo it from ${c.name}'s map (Ctrl+Z).`);
                  setRound((r) => r + 1);
                }}
              />
            ) : (
              <button type="button" className="plan-button" onClick={() => setLogging(c.account)} aria-label={`Log a request for ${c.name}`}>
                Log a request
              </button>
            )}
          </li>
        ))}
        {found?.length === 0 && <li className="reference-empty">No willing reference matches. Mark accounts as references in their profile.</li>}
      </ol>
      <div className="dialog-actions">
        <button type="button" className="plan-button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function RequestForm({
  today,
  reference,
  accounts,
  onCancel,
  onLogged,
}: {
  today: string;
  reference: ReferenceCandidate;
  accounts: AccountSummary[];
  onCancel: () => void;
  onLogged: (prospect: string) => void;
}) {
  const [date, setDate] = useState(today);
  const [prospectName, setProspectName] = useState("");
  const [prospectAccount, setProspectAccount] = useState<AccountId | null>(null);
  const [problem, setProblem] = useState<FieldError | null>(null);
  const errorOf = (field: string) => (problem?.field === field ? problem.message : null);
  return (
    <form
      className="reference-request"
      aria-label={`Request for ${reference.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!date) return setProblem({ field: "date", message: "Date: enter the day the prospect asked." });
        backend.logReferenceRequest(reference.account, { date, prospectName, prospectAccount, note: "" }).then(
          () => onLogged(prospectName.trim()),
          (err: unknown) => setProblem(asFieldError(err)),
        );
      }}
    >
      <FieldRow>
        <Field label="Prospect" error={errorOf("prospectName")}>
          <input value={prospectName} placeholder="e.g. Nordlicht Logistik" onChange={(e) => setProspectName(e.target.value)} />
        </Field>
        <Field label="Asked on" error={errorOf("date")}>
          <DateField value={date} aria-label="Asked on" onChange={setDate} />
        </Field>
      </FieldRow>
      <Field label="The prospect's account (optional)" error={errorOf("prospectAccount")}>
        <select
          value={prospectAccount ?? ""}
          onChange={(e) => {
            const id = e.target.value || null;
            setProspectAccount(id);
            const named = accounts.find((a) => a.id === id);
            if (named && !prospectName.trim()) setProspectName(named.name);
          }}
        >
          <option value="">Not one of our accounts</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      {problem && !["prospectName", "date", "prospectAccount"].includes(problem.field) && <ErrorText paragraph>{problem.message}</ErrorText>}
      <div className="dialog-actions">
        <button type="submit" className="plan-button primary">
          Log the request
        </button>
        <button type="button" className="plan-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
