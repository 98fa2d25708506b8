import { useState } from "react";
import type { AccountSnapshot, ExportKind, ExportStage, Exported, Paper, Poster, ReportOptions, Sections } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { usePreferences } from "../../lib/preferences";
import { Dialog } from "../../shared/Dialog";
import { EnumSelect } from "../../shared/EnumSelect";
import { ErrorText, Field, FieldRow } from "../../shared/Field";
import "./export.css";

type Props = { snapshot: AccountSnapshot; onClose: () => void };

const SECTION_LABEL: Record<keyof Sections, string> = {
  cover: "Cover",
  summary: "Executive summary",
  map: "Stakeholder map",
  stakeholders: "Stakeholder table",
  coverage: "Coverage matrix",
  whitespace: "Whitespace matrix",
  findings: "Findings and analysis",
  plan: "Goals and initiatives",
  interactions: "Interaction mix",
  reviews: "Review history",
  guide: "Appendix: facilitator guide",
};

const PAPERS: Paper[] = ["a4", "letter"];
const PAPER_LABEL: Record<Paper, string> = { a4: "A4", letter: "Letter" };

/** How the map is printed: on the plan's paper (an overview and parts when it is big) or as one poster page. */
type MapPrint = "paper" | Poster;
const MAP_PRINTS: MapPrint[] = ["paper", "a3", "a2", "a1"];
const MAP_PRINT_LABEL: Record<MapPrint, string> = {
  paper: "On the plan's paper",
  a3: "Poster, A3",
  a2: "Poster, A2",
  a1: "Poster, A1",
};

const STAGE_LABEL: Record<ExportStage, string> = {
  preparing: "Reading the account and drawing the map…",
  typesetting: "Laying out the pages…",
  writing: "Writing the PDF…",
  saving: "Saving the file…",
};

/** What can be exported, in the order the dialog offers it. */
const KINDS: readonly (readonly [ExportKind, string])[] = [
  ["planPdf", "Account plan (PDF)"],
  ["mapSvg", "Stakeholder map (SVG)"],
  ["mapPng", "Stakeholder map (PNG)"],
  ["contactsTemplate", "Contacts (CSV)"],
  ["contactsSalesforce", "Contacts for Salesforce (CSV)"],
  ["accountJson", "Whole account (JSON)"],
];

/** The exports meant to be read or shown (which can leave out what the client must not see). */
const DOCUMENTS: readonly ExportKind[] = ["planPdf", "mapSvg", "mapPng"];

/** What the file exports are for, instead of the client-safe choice they do not have. */
const FILE_HINT: Partial<Record<ExportKind, string>> = {
  contactsTemplate: "Rapport's contacts template: every field of the map; edit it in a spreadsheet and import it again.",
  contactsSalesforce: "Salesforce contacts by API name with their CRM IDs, for Data Loader: the workshop's changes go back to the CRM.",
  accountJson: "Everything about the account, reviews included, for a colleague to import into their workspace.",
};

const ALL_SECTIONS: Sections = {
  cover: true,
  summary: true,
  map: true,
  stakeholders: true,
  coverage: true,
  whitespace: true,
  findings: true,
  plan: true,
  interactions: true,
  reviews: true,
  // For the team preparing a workshop, not the executive review: ticked when wanted.
  guide: false,
};

/** Export the account: the plan as PDF (with its options) or the map as SVG/PNG. */
export function ExportDialog({ snapshot, onClose }: Props) {
  const [kind, setKind] = useState<ExportKind>("planPdf");
  // The paper chosen in Settings, changeable here for this export.
  const { settings } = usePreferences();
  const [options, setOptions] = useState<ReportOptions>({
    paper: settings.paper,
    clientSafe: false,
    clientSafeEconomics: false,
    facilitator: "",
    planVersion: "",
    sections: ALL_SECTIONS,
    poster: null,
  });
  const [stage, setStage] = useState<ExportStage | null>(null);
  const [done, setDone] = useState<Exported | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = stage !== null;

  const run = async () => {
    setError(null);
    setDone(null);
    setStage("preparing");
    try {
      const saved = await backend.exportAccount(snapshot.account.id, kind, options, setStage);
      if (saved) setDone(saved);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setStage(null);
    }
  };

  return (
    <Dialog title={`Export ${snapshot.account.name}`} onClose={() => !busy && onClose()} className="export-dialog">
      <fieldset className="export-kinds" disabled={busy}>
        <legend>What</legend>
        {KINDS.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="export-kind" checked={kind === value} onChange={() => setKind(value)} />
            {label}
          </label>
        ))}
      </fieldset>
      {DOCUMENTS.includes(kind) ? (
        <>
          <label className="check">
            <input
              type="checkbox"
              checked={options.clientSafe}
              disabled={busy}
              onChange={(e) => setOptions({ ...options, clientSafe: e.target.checked })}
            />
            Client-safe: leave out attitudes, personal and internal notes
          </label>
          {kind === "planPdf" && options.clientSafe && (
            <label className="check indented">
              <input
                type="checkbox"
                checked={options.clientSafeEconomics ?? false}
                disabled={busy}
                onChange={(e) => setOptions({ ...options, clientSafeEconomics: e.target.checked })}
              />
              Still show lifetime value and NPS (never the margin)
            </label>
          )}
        </>
      ) : (
        <p className="hint">{FILE_HINT[kind]}</p>
      )}
      {kind === "planPdf" && (
        <>
          <FieldRow>
            <Field label="Paper">
              <EnumSelect
                values={PAPERS}
                labels={PAPER_LABEL}
                value={options.paper}
                disabled={busy}
                onChange={(paper) => setOptions({ ...options, paper })}
              />
            </Field>
            <Field label="Map">
              <EnumSelect
                values={MAP_PRINTS}
                labels={MAP_PRINT_LABEL}
                value={options.poster ?? "paper"}
                disabled={busy || !options.sections.map}
                onChange={(print) => setOptions({ ...options, poster: print === "paper" ? null : print })}
              />
            </Field>
            <Field label="Facilitator">
              <input value={options.facilitator} disabled={busy} onChange={(e) => setOptions({ ...options, facilitator: e.target.value })} />
            </Field>
            <Field label="Plan version">
              <input
                value={options.planVersion}
                placeholder="e.g. Q4 review"
                disabled={busy}
                onChange={(e) => setOptions({ ...options, planVersion: e.target.value })}
              />
            </Field>
          </FieldRow>
          <fieldset className="export-sections" disabled={busy}>
            <legend>Sections</legend>
            {(Object.keys(SECTION_LABEL) as (keyof Sections)[]).map((key) => (
              <label key={key}>
                <input
                  type="checkbox"
                  checked={options.sections[key]}
                  onChange={(e) => setOptions({ ...options, sections: { ...options.sections, [key]: e.target.checked } })}
                />
                {SECTION_LABEL[key]}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <div className="export-status" aria-live="polite">
        {stage && (
          <p className="export-progress" role="status">
            <span className="spinner" aria-hidden="true" /> {DOCUMENTS.includes(kind) ? STAGE_LABEL[stage] : "Writing the file…"}
          </p>
        )}
        {done && (
          <p className="export-done" role="status">
            ✓ Saved to <strong>{done.path}</strong> ({Math.max(1, Math.round(done.bytes / 1024))} KB)
          </p>
        )}
        {error && <ErrorText paragraph>{error}</ErrorText>}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          {done ? "Close" : "Cancel"}
        </button>
        <button type="button" className="primary" onClick={() => void run()} disabled={busy} autoFocus>
          {busy ? "Exporting…" : "Export…"}
        </button>
      </div>
    </Dialog>
  );
}
