// Find a reference…: the portfolio's accounts willing to speak for us, filtered by industry,
// geography, size and problem solved, least used first so no one is over-asked; "Log a request"
// records a prospect's request on the reference account (a step of that account's undo): the
// finder says so and offers Undo right there, so a mistaken request is never left to be found on
// another screen.
import { useEffect, useState } from "react";
import type { AccountEdit, AccountId, AccountSummary, ReferenceCandidate, ReferenceQuery, SizeBand } from "../../bindings";
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

/** The request just logged: where, and the step of that account's history it made. */
type Logged = { account: AccountId; accountName: string; prospect: string; step: string | null; undone: string | null };

/**
 * "Logged … on …" with Undo beside it. Undo takes back that step of the reference account's
 * history only while it is still that history's latest step; otherwise it says where to go.
 */
function LoggedStatus({ logged, onUndone }: { logged: Logged; onUndone: (message: string) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  if (logged.undone) {
    return (
      <p className="reference-status" role="status">
        {logged.undone}
      </p>
    );
  }
  const undo = async () => {
    try {
      const state = await backend.accountEditState(logged.account);
      if (!logged.step || state.history.undo !== logged.step) {
        setProblem(`${logged.accountName} has changed since; undo the request from ${logged.accountName}'s screen.`);
        return;
      }
      await backend.undo(logged.account);
      onUndone(`Undone: ${logged.prospect}'s request is no longer logged on ${logged.accountName}.`);
    } catch (err) {
      setProblem(describeError(err));
    }
  };
  return (
    <div className="reference-status" role="status">
      Logged {logged.prospect}'s request on {logged.accountName} (a step of {logged.accountName}'s history; it is listed
      in its profile).{" "}
      <button type="button" className="plan-button" onClick={() => void undo()} aria-label={`Undo the request logged on ${logged.accountName}`}>
        Undo
      </button>
      {problem && <ErrorText paragraph>{problem}</ErrorText>}
    </div>
  );
}

export function ReferenceFinderDialog({ accounts, onClose }: Props) {
  const [query, setQuery] = useState<ReferenceQuery>(ANY);
  const [found, setFound] = useState<ReferenceCandidate[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [logging, setLogging] = useState<AccountId | null>(null);
  const [logged, setLogged] = useState<Logged | null>(null);
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
      {logged && (
        <LoggedStatus
          logged={logged}
          onUndone={(message) => {
            setLogged({ ...logged, undone: message });
            setRound((r) => r + 1);
          }}
        />
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
              {/* The band the size filter compares: why an account does or does not match a size. */}
              <span className={c.sizeBand ? "reference-band" : "reference-band none"}>
                {c.sizeBand ? `Size band: ${SIZE_BAND_LABEL[c.sizeBand]} employees` : c.size.trim() ? "No size band read from its size" : "No size band: size unknown"}
              </span>
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
                onLogged={(prospect, edit) => {
                  setLogging(null);
                  setLogged({ account: c.account, accountName: c.name, prospect, step: edit.history.undo, undone: null });
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
  onLogged: (prospect: string, edit: AccountEdit) => void;
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
          (edit) => onLogged(prospectName.trim(), edit),
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
