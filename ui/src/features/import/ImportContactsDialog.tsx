import { useEffect, useRef, useState } from "react";
import type { ChosenFile, ContactImportOptions, ContactsImported, ContactsPreview, ImportStage, ImportTarget } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { Dialog } from "../../shared/Dialog";
import { ErrorText, Field } from "../../shared/Field";
import "./import.css";
import { counted, countsInWords, isReimport, NO_CHOICES, withColumnChoice } from "./importModel";
import { ColumnTable, ProblemTable, ReimportChanges } from "./PreviewParts";

type Props = {
  /** An account of the workspace, or a new account (its name may start empty: the file suggests one). */
  target: ImportTarget;
  /** The account the people went to, as it now is. */
  onImported: (done: ContactsImported) => void;
  onClose: () => void;
};

/** What the dialog is waiting for; shown only once it takes longer than a moment. */
type Busy = "choosing" | "previewing" | ImportStage;

const BUSY_LABEL: Record<Busy, string> = {
  choosing: "Waiting for a file…",
  previewing: "Reading and checking every row…",
  reading: "Reading the file…",
  checking: "Checking every row…",
  writing: "Writing the people and laying out the map…",
};

/** How long work may take before the dialog says what it is doing (a blink is not worth a spinner). */
const PROGRESS_AFTER_MS = 300;

function useShownAfter(busy: Busy | null): Busy | null {
  const working = busy !== null && busy !== "choosing";
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!working) return;
    const timer = setTimeout(() => setLate(true), PROGRESS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [working]);
  return working && late ? busy : null;
}

/**
 * Import contacts from a CSV file: choose it (native dialog), see what would happen — format,
 * counts, every problem by line and column, columns that can be read as another field, who is
 * new, changed or missing on a re-import — then import, as one undoable step.
 */
export function ImportContactsDialog({ target, onImported, onClose }: Props) {
  const newAccount = target.kind === "newAccount";
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [options, setOptions] = useState<ContactImportOptions>(NO_CHOICES);
  const [name, setName] = useState(target.kind === "newAccount" ? target.name : "");
  const [shown, setShown] = useState<ContactsPreview | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useShownAfter(busy);
  const asked = useRef(false);

  const targetNamed = (accountName: string): ImportTarget => (newAccount ? { kind: "newAccount", name: accountName } : target);

  const preview = async (path: string, next: ContactImportOptions, accountName: string) => {
    setBusy("previewing");
    setError(null);
    try {
      const p = await backend.previewContacts(path, next, targetNamed(accountName));
      setShown(p);
      if (newAccount) setName(p.accountName);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(null);
    }
  };

  const choose = async () => {
    setBusy("choosing");
    try {
      const chosen = await backend.chooseImportFile("contacts");
      setBusy(null);
      if (!chosen) {
        if (!file) onClose();
        return;
      }
      setFile(chosen);
      setOptions(NO_CHOICES);
      await preview(chosen.path, NO_CHOICES, newAccount && !file ? name : "");
    } catch (err) {
      setBusy(null);
      setError(describeError(err));
    }
  };

  // The file is the first thing to choose: ask at once (once, even under StrictMode).
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void choose();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const change = (next: ContactImportOptions) => {
    setOptions(next);
    if (file) void preview(file.path, next, name);
  };

  const run = async () => {
    if (!file || !shown) return;
    setBusy("reading");
    setError(null);
    try {
      onImported(await backend.importContacts(file.path, options, targetNamed(name), setBusy));
    } catch (err) {
      setError(describeError(err));
      setBusy(null);
    }
  };

  const p = shown?.preview;
  const working = busy !== null;
  const title = newAccount ? "Import contacts into a new account" : `Import contacts into ${shown?.accountName ?? "this account"}`;
  return (
    <Dialog title={title} onClose={() => !working && onClose()} className="import-dialog">
      {shown && p && (
        <>
          <p className="import-file">
            <strong>{shown.fileName}</strong>: {shown.formatLabel}
            {shown.readAs && <span className="hint"> ({shown.readAs})</span>}
          </p>
          {newAccount && (
            <Field label="New account's name" error={shown.nameProblem}>
              <input
                value={name}
                disabled={working}
                aria-invalid={shown.nameProblem ? true : undefined}
                onChange={(e) => setName(e.target.value)}
                onBlur={() => file && name !== shown.accountName && void preview(file.path, options, name)}
              />
            </Field>
          )}
          <p className="import-counts" role="status">
            {countsInWords(p)}
          </p>
          {p.unknownColumns.length > 0 && (
            <p className="hint import-ignored">
              Ignored columns: {p.unknownColumns.map((c) => `“${c.header || "(no header)"}” (${c.letter})`).join(", ")}. Choose
              under Columns what one of them holds.
            </p>
          )}
          {p.companies
            .filter((c) => !c.imported)
            .map((c) => (
              <p key={c.name} className="hint">
                Left out: {counted(c.rows, "row")} for {c.name} (another company).
              </p>
            ))}
          {!shown.willImport && p.problems.length > 0 && (
            <ErrorText paragraph>
              Nothing will be imported: {counted(p.invalidLines.length, "row has", "rows have")} problems. Fix the file, or skip
              those rows.
            </ErrorText>
          )}
          <ProblemTable problems={p.problems} caption={shown.willImport ? "Rows left out for their problems" : "Problems"} />
          <div className="import-choices">
            <label className="check">
              <input type="checkbox" checked={options.skipInvalid} disabled={working} onChange={(e) => change({ ...options, skipInvalid: e.target.checked })} />
              Skip invalid rows (import the others)
            </label>
            <label className="check">
              <input
                type="checkbox"
                checked={options.keepUnmatchedManagers}
                disabled={working}
                onChange={(e) => change({ ...options, keepUnmatchedManagers: e.target.checked })}
              />
              Keep people whose manager matches nobody (without that line)
            </label>
          </div>
          <ProblemTable problems={p.notices} caption="Imported differently than the file says" />
          {isReimport(p) && (
            <ReimportChanges
              preview={p}
              fields={shown.fields}
              markMissing={options.markMissingAsLeft}
              disabled={working}
              onMarkMissing={(markMissingAsLeft) => change({ ...options, markMissingAsLeft })}
            />
          )}
          {p.mapping && (
            <details className="import-mapping" open={!shown.willImport && p.problems.some((x) => x.kind.kind === "noNameColumn")}>
              <summary>
                Columns: {p.mapping.columns.length - p.unknownColumns.length} read
                {p.unknownColumns.length > 0 && `, ${p.unknownColumns.length} ignored`} (choose what a column holds)
              </summary>
              <ColumnTable
                mapping={p.mapping}
                fields={shown.fields}
                disabled={working}
                onChoose={(column, choice) => p.mapping && change(withColumnChoice(options, p.mapping, column, choice))}
              />
            </details>
          )}
        </>
      )}
      <div className="import-status" aria-live="polite">
        {progress && (
          <p className="import-progress" role="status">
            <span className="spinner" aria-hidden="true" /> {BUSY_LABEL[progress]}
          </p>
        )}
        {error && <ErrorText paragraph>{error}</ErrorText>}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => void choose()} disabled={working}>
          {file ? "Choose another file…" : "Choose a file…"}
        </button>
        <button type="button" onClick={onClose} disabled={working}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void run()} disabled={working || !shown?.willImport}>
          {busy && busy !== "choosing" && busy !== "previewing" ? "Importing…" : `Import ${counted(p?.people ?? 0, "person", "people")}`}
        </button>
      </div>
    </Dialog>
  );
}
