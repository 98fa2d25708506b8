import { Fragment, useEffect, useRef, useState } from "react";
import type { Coverage, Stakeholder, Strength, TeamMember } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatMoney } from "../../lib/format";
import { EnumSelect } from "../../shared/EnumSelect";
import { Field } from "../../shared/Field";
import type { FieldErrors } from "../../shared/fieldError";
import { ATTITUDE_STYLE, ROLE_STYLE, STRENGTH_LABEL, STRENGTHS, strengthLevel, TEAM_ROLE_LABEL } from "../../shared/visualLanguage";
import { LIFECYCLE_STAGE_LABEL } from "../../shared/words";
import { WhitespacePanel } from "../whitespace";
import { internalNotesShown, personFieldShown, useClientInRoom } from "../clientsafe";
import { CommitText, Panel } from "./controls";
import { type CellAt, coverageKeyAction, strengthsAfter } from "./coverageKeys";
import type { StepProps } from "./editing";

/** Step 1: the relationship in one word, their strategy, and the coverage matrix. */
export function UnderstandStep({ snapshot, save, onShowOnMap, onOpenProfile, refresh }: StepProps) {
  const { account } = snapshot;
  const [errors, setErrors] = useState<FieldErrors>({});
  const savePlan = (change: Partial<{ relationshipWord: string; strategy: string }>) =>
    save(
      () =>
        backend.setAccountPlan(account.id, {
          relationshipWord: change.relationshipWord ?? account.relationshipWord,
          strategy: change.strategy ?? account.strategy,
          clientGoals: account.clientGoals,
        }),
      (e) => setErrors({ [e.field]: e.message }),
    ).then((ok) => ok && setErrors({}));

  return (
    <div className="plan-stack understand">
      <div className="understand-top">
        <Panel title="The relationship in one word">
          <CommitText
            key={account.relationshipWord}
            className="plan-input plan-word"
            label="The relationship in one word"
            placeholder="e.g. Cautious"
            value={account.relationshipWord}
            onCommit={(relationshipWord) => void savePlan({ relationshipWord })}
            error={errors.relationshipWord}
          />
        </Panel>
        <Panel title="Their strategy">
          <CommitText
            key={account.strategy}
            multiline
            className="plan-textarea"
            label="The account's strategy"
            placeholder="What the client is trying to achieve"
            value={account.strategy}
            onCommit={(strategy) => void savePlan({ strategy })}
            error={errors.strategy}
          />
        </Panel>
        <Panel title="The account">
          <p className="plan-help">
            {[account.industry, LIFECYCLE_STAGE_LABEL[account.lifecycleStage], `${formatMoney(account.annualRevenue, account.currency)} a year`]
              .filter(Boolean)
              .join(" · ")}
          </p>
          <div className="plan-button-column">
            <button type="button" className="plan-button primary" onClick={() => onShowOnMap([])}>
              Open the map
            </button>
            <button type="button" className="plan-button" onClick={onOpenProfile}>
              Profile and economics
            </button>
          </div>
        </Panel>
      </div>
      <CoverageMatrix {...{ snapshot, save }} />
      <WhitespacePanel {...{ snapshot, save, refresh, onShowOnMap }} />
    </div>
  );
}

/** A strength as a choice in the coverage editor: its level, then its word ("3 Trusted"). */
function strengthWithLevel(strength: Strength): string {
  return `${strengthLevel(strength)} ${STRENGTH_LABEL[strength]}`;
}

/** Our team × their people: how well each of ours knows each of theirs, now and wanted. */
function CoverageMatrix({ snapshot, save }: Pick<StepProps, "snapshot" | "save">) {
  const accountId = snapshot.account.id;
  const people = snapshot.stakeholders.filter((s) => s.status === "active");
  const team = snapshot.team;
  const [open, setOpen] = useState<{ member: string; person: string } | null>(null);
  const line = (member: string, person: string) =>
    snapshot.coverage.find((c) => c.teamMember === member && c.stakeholder === person) ?? null;
  const gaps = snapshot.coverage.filter((c) => strengthLevel(c.strength) < strengthLevel(c.desired)).length;
  // With the client in the room: no attitudes, none of our notes on relationships (core's
  // client-safe rule); the strengths stay editable.
  const clientInRoom = useClientInRoom();
  const attitudeShown = personFieldShown(clientInRoom, "attitude");
  const notesShown = internalNotesShown(clientInRoom);
  // Keyboard entry: a key on a cell moves to another or sets a strength (one undo step each).
  const onCellKey = (e: React.KeyboardEvent<HTMLTableElement>) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-cell-row]");
    if (!cell) return;
    const here = { row: Number(cell.dataset.cellRow), col: Number(cell.dataset.cellCol) };
    const action = coverageKeyAction(e.nativeEvent, here, { rows: people.length, cols: team.length });
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === "move") {
      e.currentTarget.querySelector<HTMLElement>(`[data-cell-row="${action.to.row}"][data-cell-col="${action.to.col}"]`)?.focus();
      return;
    }
    const member = team[here.col];
    const person = people[here.row];
    if (!member || !person) return;
    const { strength, desired } = strengthsAfter(line(member.id, person.id), action.which, action.level);
    void save(() => backend.setCoverageStrength(accountId, member.id, person.id, strength, desired));
  };

  return (
    <Panel
      className="coverage-panel"
      title="Coverage matrix"
      actions={
        <span className="plan-muted">
          {gaps} relationship{gaps === 1 ? "" : "s"} below where we want {gaps === 1 ? "it" : "them"}
        </span>
      }
    >
      <p className="plan-help">
        Cells read <strong>now → wanted</strong>; amber is below it. Choose a cell to change it
        {notesShown && " or note the relationship"}; arrows move, <kbd>0</kbd>–<kbd>4</kbd> set now, <kbd>Shift</kbd>+<kbd>0</kbd>–<kbd>4</kbd> wanted.
      </p>
      <div className="plan-table-wrap">
        <table className="plan-table coverage-matrix" onKeyDown={onCellKey}>
          <thead>
            <tr>
              <th scope="col">Their people</th>
              {team.map((t) => (
                <th scope="col" key={t.id}>
                  {t.name}
                  <span className="plan-sub">{TEAM_ROLE_LABEL[t.teamRole]}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((p, row) => {
              const member = open?.person === p.id ? team.find((t) => t.id === open.member) : undefined;
              return (
                <Fragment key={p.id}>
                  <tr className={member ? "row-open" : undefined}>
                    <th scope="row">
                      <PersonLabel person={p} attitudeShown={attitudeShown} />
                    </th>
                    {team.map((t, col) => (
                      <td key={t.id}>
                        <CoverageCell
                          at={{ row, col }}
                          line={line(t.id, p.id)}
                          member={t}
                          person={p}
                          notesShown={notesShown}
                          open={open?.member === t.id && open.person === p.id}
                          onOpen={() =>
                            setOpen((o) => (o?.member === t.id && o.person === p.id ? null : { member: t.id, person: p.id }))
                          }
                        />
                      </td>
                    ))}
                  </tr>
                  {member && (
                    <tr className="coverage-editor-row">
                      <td colSpan={team.length + 1}>
                        <RelationshipEditor
                          key={`${member.id}-${p.id}`}
                          line={line(member.id, p.id)}
                          member={member}
                          person={p}
                          notesShown={notesShown}
                          onStrength={(strength, desired) =>
                            void save(() => backend.setCoverageStrength(accountId, member.id, p.id, strength, desired))
                          }
                          onNotes={(notes) => void save(() => backend.setCoverageNotes(accountId, member.id, p.id, notes))}
                          onClose={() => setOpen(null)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}

export function PersonLabel({ person, attitudeShown = true }: { person: Stakeholder; attitudeShown?: boolean }) {
  const attitude = ATTITUDE_STYLE[person.attitude];
  return (
    <span className="person-label">
      <span className="person-label-name">
        {attitudeShown && (
          <>
            <span className="attitude-dot" style={{ color: attitude.colour }} title={attitude.label} aria-label={attitude.label}>
              {attitude.mark}
            </span>{" "}
          </>
        )}
        {person.name}
        {person.roles.map((r) => (
          <span key={r} className={`plan-role plan-role-${r}`} title={ROLE_STYLE[r].label}>
            {ROLE_STYLE[r].letter}
          </span>
        ))}
      </span>
      {person.title && <span className="plan-sub">{person.title}</span>}
    </span>
  );
}

/** One cell: "Aware → Trusted" (or "Trusted ✓" when where we want it); a button that opens the editor. */
function CoverageCell({
  at,
  line,
  member,
  person,
  notesShown,
  open,
  onOpen,
}: {
  at: CellAt;
  line: Coverage | null;
  member: TeamMember;
  person: Stakeholder;
  notesShown: boolean;
  open: boolean;
  onOpen: () => void;
}) {
  const pair = `${member.name} and ${person.name}`;
  const cell = { "data-cell-row": at.row, "data-cell-col": at.col };
  if (!line) {
    return (
      <button
        {...cell}
        type="button"
        className="coverage-cell none"
        aria-expanded={open}
        aria-label={`${pair}: no relationship yet. Change`}
        onClick={onOpen}
      >
        —
      </button>
    );
  }
  const gap = strengthLevel(line.strength) < strengthLevel(line.desired);
  const now = STRENGTH_LABEL[line.strength];
  const wanted = STRENGTH_LABEL[line.desired];
  const notes = notesShown ? line.notes : "";
  return (
    <button
      {...cell}
      type="button"
      className={gap ? "coverage-cell gap" : "coverage-cell met"}
      aria-expanded={open}
      aria-label={`${pair}: ${now}, wanted ${wanted}${notes ? `. Notes: ${notes}` : ""}. Change`}
      title={notes || undefined}
      onClick={onOpen}
    >
      <span className={`strength-word level-${strengthLevel(line.strength)}`}>{now}</span>
      {gap ? (
        <>
          <span className="coverage-arrow" aria-hidden>
            →
          </span>
          <span className="strength-word wanted">{wanted}</span>
        </>
      ) : (
        <span className="coverage-met" aria-hidden>
          ✓
        </span>
      )}
      {notes && (
        <span className="coverage-has-notes" aria-hidden>
          ✎
        </span>
      )}
    </button>
  );
}

/** Under a row: both strengths of one relationship and its notes. */
function RelationshipEditor({
  line,
  member,
  person,
  notesShown,
  onStrength,
  onNotes,
  onClose,
}: {
  line: Coverage | null;
  member: TeamMember;
  person: Stakeholder;
  notesShown: boolean;
  onStrength: (strength: Strength, desired: Strength) => void;
  onNotes: (notes: string) => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(line?.notes ?? "");
  const form = useRef<HTMLFormElement>(null);
  // Opened from a cell low on the screen: bring the editor into view.
  useEffect(() => form.current?.scrollIntoView?.({ block: "nearest" }), []);
  return (
    <form
      ref={form}
      className="relationship-editor"
      aria-label={`${member.name} and ${person.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        onNotes(draft);
      }}
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="relationship-pair">
        <strong>{member.name}</strong> ↔ <strong>{person.name}</strong>
      </div>
      <Field label="Now">
        <EnumSelect
          className="strength"
          values={STRENGTHS}
          labels={strengthWithLevel}
          value={line?.strength ?? null}
          label={`How well ${member.name} knows ${person.name} now`}
          placeholder="No relationship yet"
          onChange={(s) => onStrength(s, line ? line.desired : s)}
        />
      </Field>
      <span className="coverage-arrow big" aria-hidden>
        →
      </span>
      <Field label="Wanted">
        <EnumSelect
          className="strength"
          values={STRENGTHS}
          labels={strengthWithLevel}
          value={line?.desired ?? null}
          label={`How well ${member.name} should know ${person.name}`}
          placeholder="No relationship yet"
          onChange={(s) => onStrength(line ? line.strength : s, s)}
        />
      </Field>
      {notesShown && (
      <Field label="Strengths and weaknesses of this relationship" wide>
        <textarea
          className="plan-textarea"
          value={draft}
          rows={2}
          disabled={!line}
          placeholder={line ? "e.g. Weekly call; she trusts our delivery" : "Set how well they know each other first"}
          aria-label={`Notes on ${member.name} and ${person.name}`}
          onChange={(e) => setDraft(e.target.value)}
        />
      </Field>
      )}
      <div className="plan-actions">
        {notesShown && (
          <button type="submit" className="plan-button primary" disabled={!line || draft === line.notes}>
            Save notes
          </button>
        )}
        <button type="button" className="plan-button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
