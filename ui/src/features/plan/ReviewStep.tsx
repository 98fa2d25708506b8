import { useState } from "react";
import type { GoalStatus, ReviewDiff, ReviewSummary } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { ConfirmButton } from "../../shared/ConfirmButton";
import { Field } from "../../shared/Field";
import type { FieldErrors } from "../../shared/fieldError";
import { CHANGED_FIELD_LABEL, GOAL_STATUS_LABEL, strengthWord } from "../../shared/words";
import { Panel } from "./controls";
import { useReviewHistory } from "./data";
import type { StepProps } from "./editing";
import { DateField } from "../../shared/DateField";
import { internalNotesShown, shareableDiff, useClientInRoom } from "../clientsafe";

/** The stakeholders a diff is about (added, changed or with coverage that moved), for the map. */
export function peopleInDiff(diff: ReviewDiff): string[] {
  const ids = new Set<string>();
  for (const p of diff.added) if (p.person.kind === "stakeholder") ids.add(p.person.id);
  for (const c of diff.changes) ids.add(c.stakeholder);
  for (const c of diff.coverageChanges) ids.add(c.stakeholder);
  return [...ids];
}

function goalWord(status: GoalStatus | null): string {
  return status ? GOAL_STATUS_LABEL[status].toLowerCase() : "—";
}

/** Step 6: record a dated review that freezes the account, and see what moved since the last one. */
export function ReviewStep({ snapshot, today, save, onShowOnMap }: StepProps) {
  const history = useReviewHistory(snapshot);
  const latest = history?.reviews[0] ?? null;
  // With the client in the room: as the client-safe PDF, no attitude changes, no goals that move
  // an attitude, no review notes (core's client-safe rule).
  const clientInRoom = useClientInRoom();
  return (
    <div className="plan-grid review">
      <div className="plan-column">
        {history && (
          <p className={history.overdue ? "next-review overdue" : "next-review"} role="status">
            {history.overdue ? "Review overdue: the next was due by " : "Next review due by "}
            <strong>{formatDate(history.nextDue)}</strong>
          </p>
        )}
        <ReviewForm key={history?.reviews.length ?? 0} {...{ snapshot, today, save }} />
        {history?.sinceLatest && latest && (
          <Panel title={`Since “${latest.review.title}”`} className="since-latest">
            <p className="plan-help">What has changed on the map since the latest review, not yet recorded.</p>
            <DiffView diff={shareableDiff(history.sinceLatest, clientInRoom)} onShowOnMap={onShowOnMap} />
          </Panel>
        )}
      </div>
      <div className="plan-column wide">
        {!history ? (
          <p className="plan-muted">Reading the reviews…</p>
        ) : history.reviews.length === 0 ? (
          <Panel title="Reviews">
            <p>No review yet. Record the first one to freeze the account as it is today; the next review shows what moved.</p>
          </Panel>
        ) : (
          <>
            {latest && latest.changes && history.reviews[1] && (
              <Panel
                className="latest-diff"
                title={
                  <>
                    What changed from “{history.reviews[1].review.title}” to “{latest.review.title}”
                  </>
                }
              >
                <p className="plan-help">
                  {formatDate(history.reviews[1].review.date)} → {formatDate(latest.review.date)}
                </p>
                <DiffView diff={shareableDiff(latest.changes, clientInRoom)} onShowOnMap={onShowOnMap} />
              </Panel>
            )}
            <Panel title={`Reviews · ${history.reviews.length}`}>
              <ul className="plan-list review-list">
                {history.reviews.map((r) => (
                  <ReviewRow
                    key={r.review.id}
                    summary={r}
                    notesShown={internalNotesShown(clientInRoom)}
                    // A review keeps only how many findings there were, not which, so they cannot
                    // be sorted by core's client-safe rule; the client-safe PDF prints none of them.
                    findingsShown={!clientInRoom}
                    onDelete={() => void save(() => backend.deleteReview(snapshot.account.id, r.review.id))}
                  />
                ))}
              </ul>
            </Panel>
          </>
        )}
      </div>
    </div>
  );
}

function ReviewRow({
  summary,
  notesShown,
  findingsShown,
  onDelete,
}: {
  summary: ReviewSummary;
  notesShown: boolean;
  findingsShown: boolean;
  onDelete: () => void;
}) {
  const { review, coverage, findings } = summary;
  return (
    <li className="review-row" data-review={review.title}>
      <div className="goal-main">
        <strong className="goal-title">{review.title}</strong>
        <span className="plan-sub">
          {formatDate(review.date)}
          {review.attendees && ` · ${review.attendees}`}
        </span>
        {notesShown && review.notes && <span className="initiative-notes">{review.notes}</span>}
      </div>
      <div className="review-measures" aria-label="Measured that day">
        <span>
          <b>{summary.people}</b> people
        </span>
        <span>
          <b>
            {coverage.strong}/{coverage.total}
          </b>{" "}
          trusted or better
        </span>
        {findingsShown && (
          <span className="health">
            {findings.high > 0 && <span className="sev sev-high">{findings.high} high</span>}
            {findings.medium > 0 && <span className="sev sev-medium">{findings.medium} medium</span>}
            {findings.low > 0 && <span className="sev sev-low">{findings.low} low</span>}
          </span>
        )}
      </div>
      <div className="goal-actions">
        <ConfirmButton label={`Delete review ${review.title}`} confirmLabel="Delete review" onConfirm={onDelete} />
      </div>
    </li>
  );
}

export function DiffView({ diff, onShowOnMap }: { diff: ReviewDiff; onShowOnMap: (ids: string[]) => void }) {
  const people = peopleInDiff(diff);
  const empty =
    diff.added.length + diff.gone.length + diff.changes.length + diff.coverageChanges.length + diff.goalChanges.length === 0;
  if (empty) return <p className="plan-muted diff-empty">Nothing changed.</p>;
  return (
    <div className="diff">
      {diff.added.length > 0 && (
        <section className="diff-section">
          <h4>People added</h4>
          <ul>
            {diff.added.map((p) => (
              <li key={p.person.id} className="diff-added">
                + {p.name}
                {p.person.kind === "teamMember" && <span className="plan-sub-inline"> (ours)</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.gone.length > 0 && (
        <section className="diff-section">
          <h4>People gone</h4>
          <ul>
            {diff.gone.map((p) => (
              <li key={p.person.id} className="diff-gone">
                − {p.name}
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.changes.length > 0 && (
        <section className="diff-section">
          <h4>People who changed</h4>
          <ul>
            {diff.changes.map((c) => (
              <li key={`${c.stakeholder}-${c.field}`} className="diff-change">
                <strong>{c.name}</strong>: {CHANGED_FIELD_LABEL[c.field]} <span className="diff-before">{c.before || "—"}</span> →{" "}
                <span className="diff-after">{c.after || "—"}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.coverageChanges.length > 0 && (
        <section className="diff-section">
          <h4>Coverage moved</h4>
          <ul>
            {diff.coverageChanges.map((c) => (
              <li key={`${c.teamMember}-${c.stakeholder}`} className="diff-change">
                <strong>{c.teamMemberName}</strong> ↔ <strong>{c.stakeholderName}</strong>:{" "}
                <span className="diff-before">{strengthWord(c.before)}</span> → <span className="diff-after">{strengthWord(c.after)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {diff.goalChanges.length > 0 && (
        <section className="diff-section">
          <h4>Goals moved</h4>
          <ul>
            {diff.goalChanges.map((g) => (
              <li key={g.goal} className="diff-change">
                <strong>{g.title}</strong>:{" "}
                {g.before === null ? (
                  <span className="diff-after">new ({goalWord(g.after)})</span>
                ) : g.after === null ? (
                  <span className="diff-before">deleted</span>
                ) : (
                  <>
                    <span className="diff-before">{goalWord(g.before)}</span> → <span className="diff-after">{goalWord(g.after)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {people.length > 0 && (
        <button type="button" className="plan-button link" onClick={() => onShowOnMap(people)}>
          Show {people.length === 1 ? "this person" : `these ${people.length} people`} on the map →
        </button>
      )}
    </div>
  );
}

function ReviewForm({ snapshot, today, save }: Pick<StepProps, "snapshot" | "today" | "save">) {
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(today);
  const [attendees, setAttendees] = useState("");
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <Panel title="Record a review">
      <p className="plan-help">Freezes the account as it is now: people, coverage, goals and measures.</p>
      <form
        className="plan-form"
        aria-label="Record a review"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(
            () => backend.recordReview(snapshot.account.id, { title, date, attendees, notes }),
            (err) => setErrors({ [err.field]: err.message }),
          ).then((ok) => ok && setErrors({}));
        }}
      >
        <Field label="Title" error={errors.title}>
          <input
            className="plan-input"
            name="title"
            value={title}
            aria-invalid={errors.title ? true : undefined}
            placeholder="e.g. Q4 account review"
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <Field label="Date" error={errors.date}>
          <DateField className="plan-input" name="date" value={date} onChange={setDate} />
        </Field>
        <Field label="Attendees" error={errors.attendees}>
          <input
            className="plan-input"
            name="attendees"
            value={attendees}
            placeholder="e.g. Sarah Collins, David Moreau"
            onChange={(e) => setAttendees(e.target.value)}
          />
        </Field>
        <Field label="Notes">
          <textarea className="plan-textarea" name="notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        <div className="plan-actions">
          <button type="submit" className="plan-button primary">
            Record review
          </button>
        </div>
      </form>
    </Panel>
  );
}
