import { useState } from "react";
import type { AccountSnapshot, NewLine, Strength } from "../../bindings";
import { Dialog } from "../../shared/Dialog";
import { FromToSelects } from "../../shared/EnumSelect";
import { ErrorText, Field } from "../../shared/Field";
import { STRENGTH_LABEL, STRENGTHS } from "../../shared/visualLanguage";
import { nameOf } from "../../shared/words";
import { connectOptions } from "./connectOptions";

type Props = {
  snapshot: AccountSnapshot;
  from: string;
  /** Unknown when started from the keyboard: the dialog asks. */
  to: string | null;
  onConnect: (line: NewLine) => void;
  onClose: () => void;
};

/** Picks the kind of line between two people (and, for coverage, how strong it is and should be). */
export function ConnectDialog({ snapshot, from, to: initialTo, onConnect, onClose }: Props) {
  const [to, setTo] = useState(initialTo ?? "");
  const [strength, setStrength] = useState<Strength>("aware");
  const [desired, setDesired] = useState<Strength>("trusted");
  const options = to ? connectOptions(snapshot, from, to, strength, desired) : [];
  const [choice, setChoice] = useState(0);
  const picked = typeof options === "string" ? undefined : options[Math.min(choice, options.length - 1)];
  const coverage = picked?.line.kind === "covers";
  return (
    <Dialog title={`Connect ${nameOf(snapshot, from)}`} onClose={onClose} className="connect-dialog">
      {initialTo === null && (
        <Field label="To">
          <select value={to} onChange={(e) => setTo(e.target.value)} autoFocus aria-label="Connect to">
            <option value="">Choose a person…</option>
            {[...snapshot.stakeholders, ...snapshot.team]
              .filter((p) => p.id !== from)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </Field>
      )}
      {typeof options === "string" ? (
        <ErrorText paragraph>{options}</ErrorText>
      ) : (
        <fieldset className="line-choices">
          <legend>Line</legend>
          {options.map((o, i) => (
            <label key={o.key}>
              <input type="radio" name="line-kind" checked={i === choice} onChange={() => setChoice(i)} autoFocus={i === 0 && initialTo !== null} />
              {o.label}
            </label>
          ))}
        </fieldset>
      )}
      {coverage && (
        <FromToSelects
          values={STRENGTHS}
          labels={STRENGTH_LABEL}
          from={strength}
          to={desired}
          onFrom={setStrength}
          onTo={setDesired}
          fromLabel="Strength now"
          toLabel="Should become"
        />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!picked} onClick={() => picked && onConnect(picked.line)}>
          Connect
        </button>
      </div>
    </Dialog>
  );
}
