import { useState } from "react";
import type { AnalysisNote, ClientGoals, Finding, MixEntry, NoteKind, PlanOverview, Severity } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { ConfirmButton } from "../../shared/ConfirmButton";
import { EnumSelect } from "../../shared/EnumSelect";
import { Field, FieldRow } from "../../shared/Field";
import type { FieldErrors } from "../../shared/fieldError";
import { ChipSelect, CommitText, Panel } from "./controls";
import { useAnalysis } from "./data";
import { internalNotesShown, shareableFindings, useClientInRoom } from "../clientsafe";
import type { StepProps } from "./editing";
import {
  describeTarget,
  INTERACTION_KIND_COLOUR,
  INTERACTION_KIND_LABEL,
  nameOf,
  NOTE_KIND_LABEL,
  NOTE_KINDS,
  SEVERITIES,
  SEVERITY_LABEL,
  stakeholderIds,
} from "../../shared/words";

/** Findings by severity with their people, next to the client's goals, manual notes and the log's mix. */
export function AnalyseStep(props: StepProps & { overview: PlanOverview | null }) {
  const { snapshot } = props;
  const analysis = useAnalysis(snapshot);
  // With the client in the room: no findings that rest on attitudes, none of our own notes.
  const clientInRoom = useClientInRoom();
  const findings = analysis ? shareableFindings(analysis.findings, clientInRoom) : null;
  return (
    <div className="plan-grid analyse">
      <div className="plan-column wide">
        <Findings {...props} findings={findings} />
      </div>
      <div className="plan-column">
        <ClientGoalsPanel {...props} />
        {internalNotesShown(clientInRoom) && <NotesPanel {...props} />}
        <LastThreePanel {...props} />
        <MixPanel mix={analysis?.metrics.interactionMix ?? null} />
      </div>
    </div>
  );
}

/** Findings sorted into High, Medium and Low, each with the goal it suggests. */
export function groupBySeverity(findings: Finding[]): { severity: Severity; findings: Finding[] }[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (g) => g.findings.length > 0,
  );
}

function Findings({
  snapshot,
  save,
  onShowOnMap,
  overview,
  findings,
}: StepProps & { overview: PlanOverview | null; findings: Finding[] | null }) {
  if (!findings) return <p className="plan-muted">Reading the map…</p>;
  const answered = new Map((overview?.answered ?? []).map((a) => [a.finding, a.goal]));
  const goalTitle = (id: string) => snapshot.goals.find((g) => g.id === id)?.title ?? "a goal";
  if (findings.length === 0) {
    return (
      <Panel title="Findings">
        <p>No gaps found on the map.</p>
      </Panel>
    );
  }
  return (
    <Panel title={`Findings (${findings.length})`}>
      {groupBySeverity(findings).map((group) => (
        <details
          key={group.severity}
          className="finding-group"
          open={group.severity !== "low"}
          aria-label={`${SEVERITY_LABEL[group.severity]} severity`}
        >
          <summary className={`finding-group-title finding-group-${group.severity}`}>
            {SEVERITY_LABEL[group.severity]} · {group.findings.length}
          </summary>
          {group.findings.map((f) => {
            const people = stakeholderIds(f.people);
            const goal = answered.get(f.key);
            return (
              <article key={f.key} className={`finding finding-${f.severity}`} data-finding={f.key}>
                <h5>{f.title}</h5>
                <p className="finding-explanation">{f.explanation}</p>
                <p className="finding-suggested">
                  <span className="plan-sub-inline">Suggested goal:</span> {f.suggestedGoal.title}{" "}
                  <span className="plan-muted">({describeTarget(f.suggestedGoal.target, snapshot)})</span>
                </p>
                <div className="finding-actions">
                  {people.length > 0 && (
                    <button
                      type="button"
                      className="plan-button link"
                      onClick={() => onShowOnMap(people)}
                      aria-label={`Show ${people.map((id) => nameOf(snapshot, id)).join(", ")} on the map`}
                    >
                      Show {people.map((id) => nameOf(snapshot, id)).join(", ")} on the map →
                    </button>
                  )}
                  {goal ? (
                    <span className="finding-answered">✓ Goal: {goalTitle(goal)}</span>
                  ) : (
                    <button
                      type="button"
                      className="plan-button primary make-goal"
                      aria-label={`Make goal: ${f.suggestedGoal.title}`}
                      onClick={() => void save(() => backend.goalFromFinding(snapshot.account.id, f.key))}
                    >
                      Make goal
                    </button>
                  )}
                </div>
              </article>
            );
          })}
        </details>
      ))}
    </Panel>
  );
}

const HORIZONS: { key: keyof ClientGoals; label: string }[] = [
  { key: "months3", label: "In 3 months" },
  { key: "months6", label: "In 6 months" },
  { key: "months12", label: "In 12 months" },
  { key: "months18", label: "In 18 months" },
];

function ClientGoalsPanel({ snapshot, save }: StepProps) {
  const { account } = snapshot;
  const setGoal = (key: keyof ClientGoals, text: string) =>
    void save(() =>
      backend.setAccountPlan(account.id, {
        relationshipWord: account.relationshipWord,
        strategy: account.strategy,
        clientGoals: { ...account.clientGoals, [key]: text },
      }),
    );
  return (
    <Panel title="The client's own goals">
      <div className="horizons">
        {HORIZONS.map((h) => (
          <Field key={h.key} label={h.label} wide>
            <CommitText
              key={account.clientGoals[h.key]}
              multiline
              className="plan-textarea"
              label={`The client's goals ${h.label.toLowerCase()}`}
              value={account.clientGoals[h.key]}
              placeholder="What they want to have achieved"
              onCommit={(text) => setGoal(h.key, text)}
            />
          </Field>
        ))}
      </div>
    </Panel>
  );
}

function NotesPanel({ snapshot, save }: StepProps) {
  const accountId = snapshot.account.id;
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Panel title="Issues, problems and opportunities">
      <ul className="plan-list notes-list">
        {NOTE_KINDS.flatMap((kind) =>
          snapshot.notes
            .filter((n) => n.kind === kind)
            .map((n) =>
              editing === n.id ? (
                <li key={n.id}>
                  <NoteForm
                    {...{ snapshot, save }}
                    note={n}
                    onDone={() => setEditing(null)}
                    submit={(draft) => backend.updateAnalysisNote(accountId, n.id, draft)}
                  />
                </li>
              ) : (
                <li key={n.id} className={`note note-${n.kind}`}>
                  <span className={`note-kind note-kind-${n.kind}`}>{NOTE_KIND_LABEL[n.kind]}</span>
                  <span className="note-text">
                    {n.text}
                    {n.stakeholders.length > 0 && (
                      <span className="plan-sub">{n.stakeholders.map((id) => nameOf(snapshot, id)).join(", ")}</span>
                    )}
                  </span>
                  <span className="note-actions">
                    <button type="button" className="plan-button subtle" onClick={() => setEditing(n.id)} aria-label={`Edit ${NOTE_KIND_LABEL[n.kind].toLowerCase()}: ${n.text}`}>
                      Edit
                    </button>
                    <ConfirmButton
                      label={`Delete ${NOTE_KIND_LABEL[n.kind].toLowerCase()}: ${n.text}`}
                      confirmLabel="Delete it"
                      onConfirm={() => void save(() => backend.deleteAnalysisNote(accountId, n.id))}
                    />
                  </span>
                </li>
              ),
            ),
        )}
        {snapshot.notes.length === 0 && <li className="plan-muted">Nothing written yet.</li>}
      </ul>
      {editing === null && (
        <NoteForm {...{ snapshot, save }} note={null} submit={(draft) => backend.addAnalysisNote(accountId, draft)} />
      )}
    </Panel>
  );
}

function NoteForm({
  snapshot,
  save,
  note,
  submit,
  onDone,
}: Pick<StepProps, "snapshot" | "save"> & {
  note: AnalysisNote | null;
  submit: (draft: { kind: NoteKind; text: string; stakeholders: string[] }) => ReturnType<typeof backend.addAnalysisNote>;
  onDone?: () => void;
}) {
  const [kind, setKind] = useState<NoteKind>(note?.kind ?? "issue");
  const [text, setText] = useState(note?.text ?? "");
  const [people, setPeople] = useState<string[]>(note?.stakeholders ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [morePeople, setMorePeople] = useState(people.length > 0);
  return (
    <form
      className="plan-form note-form"
      aria-label={note ? "Edit note" : "New issue, problem or opportunity"}
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          () => submit({ kind, text, stakeholders: people }),
          (err) => setErrors({ [err.field]: err.message }),
        ).then((ok) => {
          if (!ok) return;
          setErrors({});
          setText("");
          setPeople([]);
          onDone?.();
        });
      }}
    >
      <FieldRow>
        <Field label="Kind">
          <EnumSelect values={NOTE_KINDS} labels={NOTE_KIND_LABEL} value={kind} onChange={setKind} />
        </Field>
        <Field label="What it is" error={errors.text} wide>
          <input
            className="plan-input"
            value={text}
            aria-invalid={errors.text ? true : undefined}
            placeholder="e.g. The Hamburg outage still colours Operations' view of us"
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
      </FieldRow>
      {morePeople ? (
        <ChipSelect
          legend="Who it concerns"
          options={snapshot.stakeholders
            .filter((s) => s.status === "active")
            .map((s) => ({ value: s.id, label: s.name, name: s.name }))}
          selected={people}
          onChange={setPeople}
          error={errors.stakeholders}
        />
      ) : (
        <button type="button" className="plan-button link" onClick={() => setMorePeople(true)}>
          + Name the people it concerns
        </button>
      )}
      <div className="plan-actions">
        <button type="submit" className="plan-button primary">
          {note ? "Save" : `Add ${NOTE_KIND_LABEL[kind].toLowerCase()}`}
        </button>
        {onDone && (
          <button type="button" className="plan-button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

function LastThreePanel({ snapshot, overview }: StepProps & { overview: PlanOverview | null }) {
  const check = overview?.lastThree;
  if (!check) return null;
  const verdictWord = { noneLogged: "Nothing logged", healthy: "Healthy", mixed: "Mixed", reactive: "Reactive" }[check.verdict];
  return (
    <Panel title="The last three interactions">
      <p className={`last-three-verdict verdict-${check.verdict}`}>
        <strong>{verdictWord}.</strong> {check.message}
      </p>
      <ol className="plan-list last-three">
        {check.interactions.map((id) => {
          const i = snapshot.interactions.find((x) => x.id === id);
          if (!i) return null;
          return (
            <li key={id}>
              <span className="log-date">{formatDate(i.date)}</span>
              <span className="kind-badge" style={{ borderColor: INTERACTION_KIND_COLOUR[i.kind], color: INTERACTION_KIND_COLOUR[i.kind] }}>
                {INTERACTION_KIND_LABEL[i.kind]}
              </span>
              <span>{i.stakeholders.map((s) => nameOf(snapshot, s)).join(", ")}</span>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}

function MixPanel({ mix }: { mix: MixEntry[] | null }) {
  if (!mix) return null;
  const total = mix.reduce((n, m) => n + m.count, 0);
  return (
    <Panel title="Interaction mix, last 12 months">
      {total === 0 ? (
        <p className="plan-muted">No interactions logged in the last year.</p>
      ) : (
        <ul className="mix" aria-label="Interactions by kind">
          {mix.map((m) => (
            <li key={m.kind}>
              <span className="mix-label">{INTERACTION_KIND_LABEL[m.kind]}</span>
              <span className="mix-bar-track">
                <span
                  className="mix-bar"
                  style={{ width: `${Math.round((m.share ?? 0) * 100)}%`, background: INTERACTION_KIND_COLOUR[m.kind] }}
                />
              </span>
              <span className="mix-count">
                {m.count} · {Math.round((m.share ?? 0) * 100)}%
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
