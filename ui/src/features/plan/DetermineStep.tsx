import { useState } from "react";
import type { AccountSnapshot, Attitude, Goal, GoalDraft, GoalStatus, GoalTarget, Priority, Strength } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { ATTITUDE_STYLE, ATTITUDES, STRENGTH_LABEL, STRENGTHS, strengthLevel } from "../../shared/visualLanguage";
import { ConfirmButton, Field, Panel } from "./controls";
import type { FieldErrors, StepProps } from "./editing";
import {
  daysBetween,
  describeTarget,
  dueWords,
  GOAL_STATUS_LABEL,
  GOAL_STATUSES,
  nameOf,
  PRIORITIES,
  PRIORITY_LABEL,
} from "../../shared/words";

export function goalDraftOf(goal: Goal): GoalDraft {
  return {
    stakeholder: goal.stakeholder,
    title: goal.title,
    priority: goal.priority,
    target: goal.target,
    due: goal.due,
    status: goal.status,
  };
}

/** Step 4: goals per person (or for the account) with priority, a measurable target and a due date. */
export function DetermineStep({ snapshot, today, save, onShowOnMap }: StepProps) {
  const [editing, setEditing] = useState<Goal | "new">("new");
  // A form for a goal that has since been deleted (or undone) falls back to a new goal.
  const current = editing === "new" ? null : (snapshot.goals.find((g) => g.id === editing.id) ?? null);
  const accountId = snapshot.account.id;
  return (
    <div className="plan-grid determine">
      <div className="plan-column wide">
        {PRIORITIES.map((priority) => {
          const goals = snapshot.goals.filter((g) => g.priority === priority);
          return (
            <Panel key={priority} title={`${PRIORITY_LABEL[priority]} priority · ${goals.length}`} className={`priority-${priority}`}>
              {goals.length === 0 ? (
                <p className="plan-muted">No {PRIORITY_LABEL[priority].toLowerCase()}-priority goals.</p>
              ) : (
                <ul className="plan-list goal-list">
                  {goals.map((g) => (
                    <GoalRow
                      key={g.id}
                      goal={g}
                      snapshot={snapshot}
                      today={today}
                      selected={current?.id === g.id}
                      onEdit={() => setEditing(g)}
                      onStatus={(status) => void save(() => backend.updateGoal(accountId, g.id, { ...goalDraftOf(g), status }))}
                      onDelete={() => void save(() => backend.deleteGoal(accountId, g.id))}
                      onShowOnMap={onShowOnMap}
                    />
                  ))}
                </ul>
              )}
            </Panel>
          );
        })}
      </div>
      <div className="plan-column">
        <GoalForm
          key={current?.id ?? "new"}
          snapshot={snapshot}
          today={today}
          goal={current}
          onCancel={() => setEditing("new")}
          onSubmit={(draft, onFieldError) =>
            save(
              () => (current ? backend.updateGoal(accountId, current.id, draft) : backend.addGoal(accountId, draft)),
              onFieldError,
            ).then((ok) => {
              if (ok) setEditing("new");
              return ok;
            })
          }
        />
      </div>
    </div>
  );
}

function GoalRow({
  goal,
  snapshot,
  today,
  selected,
  onEdit,
  onStatus,
  onDelete,
  onShowOnMap,
}: {
  goal: Goal;
  snapshot: AccountSnapshot;
  today: string;
  selected: boolean;
  onEdit: () => void;
  onStatus: (s: GoalStatus) => void;
  onDelete: () => void;
  onShowOnMap: (ids: string[]) => void;
}) {
  const open = goal.status === "open" || goal.status === "inProgress";
  const overdue = open && goal.due !== null && daysBetween(today, goal.due) < 0;
  const initiatives = snapshot.initiatives.filter((i) => i.goals.includes(goal.id)).length;
  return (
    <li className={selected ? "goal-row is-selected" : "goal-row"} data-goal={goal.title}>
      <div className="goal-main">
        <strong className="goal-title">{goal.title}</strong>
        <span className="plan-sub">
          {goal.stakeholder ? (
            <button type="button" className="plan-button link inline" onClick={() => onShowOnMap([goal.stakeholder as string])}>
              {nameOf(snapshot, goal.stakeholder)}
            </button>
          ) : (
            "The account"
          )}{" "}
          · {describeTarget(goal.target, snapshot)}
        </span>
      </div>
      <div className="goal-meta">
        <span className={overdue ? "due is-overdue" : "due"}>
          {goal.due ? (
            <>
              Due {formatDate(goal.due)}
              {open && <span className="plan-sub"> {dueWords(goal.due, today)}</span>}
            </>
          ) : (
            <span className="plan-muted">No due date</span>
          )}
        </span>
        <span className="plan-muted">
          {initiatives} initiative{initiatives === 1 ? "" : "s"}
        </span>
      </div>
      <div className="goal-actions">
        <select
          className="plan-select"
          aria-label={`Status of ${goal.title}`}
          value={goal.status}
          onChange={(e) => onStatus(e.target.value as GoalStatus)}
        >
          {GOAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {GOAL_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <button type="button" className="plan-button" onClick={onEdit} aria-label={`Edit goal ${goal.title}`}>
          Edit
        </button>
        <ConfirmButton label={`Delete goal ${goal.title}`} confirmLabel="Delete goal" onConfirm={onDelete} />
      </div>
    </li>
  );
}

type TargetKind = GoalTarget["kind"];

/** The strongest coverage any of ours (or `member`) has of a person. */
function bestCoverage(snapshot: AccountSnapshot, person: string, member: string | null): Strength {
  const lines = snapshot.coverage.filter((c) => c.stakeholder === person && (member === null || c.teamMember === member));
  return lines.reduce<Strength>((best, c) => (strengthLevel(c.strength) > strengthLevel(best) ? c.strength : best), "none");
}

function oneBetter<T extends string>(scale: readonly T[], value: T, better: "up" | "down"): T {
  const i = scale.indexOf(value);
  const j = better === "up" ? Math.min(scale.length - 1, i + 1) : Math.max(0, i - 1);
  return scale[j] ?? value;
}

function GoalForm({
  snapshot,
  today,
  goal,
  onSubmit,
  onCancel,
}: {
  snapshot: AccountSnapshot;
  today: string;
  goal: Goal | null;
  onSubmit: (draft: GoalDraft, onFieldError: (e: { field: string; message: string }) => void) => Promise<boolean>;
  onCancel: () => void;
}) {
  const t = goal?.target;
  const [stakeholder, setStakeholder] = useState<string>(goal?.stakeholder ?? "");
  const [title, setTitle] = useState(goal?.title ?? "");
  const [priority, setPriority] = useState<Priority>(goal?.priority ?? "medium");
  const [kind, setKind] = useState<TargetKind>(t?.kind ?? "free");
  const [attFrom, setAttFrom] = useState<Attitude>(t?.kind === "attitude" ? t.from : "neutral");
  const [attTo, setAttTo] = useState<Attitude>(t?.kind === "attitude" ? t.to : "supporter");
  const [member, setMember] = useState<string>(t?.kind === "coverage" ? (t.teamMember ?? "") : "");
  const [covFrom, setCovFrom] = useState<Strength>(t?.kind === "coverage" ? t.from : "aware");
  const [covTo, setCovTo] = useState<Strength>(t?.kind === "coverage" ? t.to : "trusted");
  const [text, setText] = useState(t?.kind === "free" ? t.text : "");
  const [due, setDue] = useState(goal?.due ?? "");
  const [status, setStatus] = useState<GoalStatus>(goal?.status ?? "open");
  const [errors, setErrors] = useState<FieldErrors>({});
  const people = snapshot.stakeholders.filter((s) => s.status === "active" || s.id === goal?.stakeholder);

  const pickPerson = (id: string) => {
    setStakeholder(id);
    const person = snapshot.stakeholders.find((s) => s.id === id);
    if (!person) {
      if (kind !== "free") setKind("free");
      return;
    }
    // Start the target where the person is today.
    setAttFrom(person.attitude);
    setAttTo(oneBetter(ATTITUDES, person.attitude, "down"));
    const now = bestCoverage(snapshot, id, member || null);
    setCovFrom(now);
    setCovTo(oneBetter(STRENGTHS, now, "up"));
  };
  const pickMember = (id: string) => {
    setMember(id);
    if (stakeholder) {
      const now = bestCoverage(snapshot, stakeholder, id || null);
      setCovFrom(now);
      setCovTo(oneBetter(STRENGTHS, now, "up"));
    }
  };

  const target = (): GoalTarget =>
    kind === "attitude"
      ? { kind, from: attFrom, to: attTo }
      : kind === "coverage"
        ? { kind, teamMember: member || null, from: covFrom, to: covTo }
        : { kind, text };

  return (
    <Panel title={goal ? "Edit goal" : "New goal"} className="goal-form-panel">
      <form
        className="plan-form"
        aria-label={goal ? `Edit goal ${goal.title}` : "New goal"}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const draft: GoalDraft = { stakeholder: stakeholder || null, title, priority, target: target(), due: due || null, status };
          void onSubmit(draft, (err) => setErrors({ [err.field]: err.message })).then((ok) => ok && setErrors({}));
        }}
      >
        <Field label="Goal" error={errors.title}>
          <input
            className="plan-input"
            name="title"
            value={title}
            aria-invalid={errors.title ? true : undefined}
            placeholder="e.g. Win Raj Patel's trust in our business case"
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <div className="plan-form-row">
          <Field label="About" error={errors.stakeholder}>
            <select className="plan-select" name="stakeholder" value={stakeholder} onChange={(e) => pickPerson(e.target.value)}>
              <option value="">The account as a whole</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.title ? ` (${p.title})` : ""}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Priority">
            <select className="plan-select" name="priority" value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABEL[p]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="plan-fieldset" data-invalid={errors.target ? "true" : undefined}>
          <legend className="plan-field-label">Measurable target</legend>
          <div className="plan-switch small" role="radiogroup" aria-label="Kind of target">
            {(
              [
                ["attitude", "Attitude"],
                ["coverage", "Coverage"],
                ["free", "In words"],
              ] as const
            ).map(([k, label]) => (
              <button
                key={k}
                type="button"
                role="radio"
                aria-checked={kind === k}
                aria-pressed={kind === k}
                disabled={k !== "free" && !stakeholder}
                title={k !== "free" && !stakeholder ? "Choose a person first" : undefined}
                onClick={() => setKind(k)}
              >
                {label}
              </button>
            ))}
          </div>
          {kind === "attitude" && (
            <div className="plan-form-row target-row">
              <Field label="From">
                <select className="plan-select" aria-label="Attitude now" value={attFrom} onChange={(e) => setAttFrom(e.target.value as Attitude)}>
                  {ATTITUDES.map((a) => (
                    <option key={a} value={a}>
                      {ATTITUDE_STYLE[a].mark} {ATTITUDE_STYLE[a].label}
                    </option>
                  ))}
                </select>
              </Field>
              <span className="target-arrow" aria-hidden>
                →
              </span>
              <Field label="To">
                <select className="plan-select" aria-label="Attitude to reach" value={attTo} onChange={(e) => setAttTo(e.target.value as Attitude)}>
                  {ATTITUDES.map((a) => (
                    <option key={a} value={a}>
                      {ATTITUDE_STYLE[a].mark} {ATTITUDE_STYLE[a].label}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          )}
          {kind === "coverage" && (
            <>
              <Field label="Who of ours">
                <select className="plan-select" aria-label="Who of ours" value={member} onChange={(e) => pickMember(e.target.value)}>
                  <option value="">Anyone of ours</option>
                  {snapshot.team.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </Field>
              <div className="plan-form-row target-row">
                <Field label="From">
                  <select className="plan-select" aria-label="Coverage now" value={covFrom} onChange={(e) => setCovFrom(e.target.value as Strength)}>
                    {STRENGTHS.map((s) => (
                      <option key={s} value={s}>
                        {STRENGTH_LABEL[s]}
                      </option>
                    ))}
                  </select>
                </Field>
                <span className="target-arrow" aria-hidden>
                  →
                </span>
                <Field label="To">
                  <select className="plan-select" aria-label="Coverage to reach" value={covTo} onChange={(e) => setCovTo(e.target.value as Strength)}>
                    {STRENGTHS.map((s) => (
                      <option key={s} value={s}>
                        {STRENGTH_LABEL[s]}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
            </>
          )}
          {kind === "free" && (
            <Field label="How we will know it is reached">
              <input
                className="plan-input"
                aria-label="How we will know the goal is reached"
                value={text}
                placeholder="e.g. Pilot contract signed"
                onChange={(e) => setText(e.target.value)}
              />
            </Field>
          )}
          {errors.target && (
            <span className="plan-field-error" role="alert">
              {errors.target}
            </span>
          )}
        </fieldset>
        <div className="plan-form-row">
          <Field
            label="Due"
            error={errors.due}
            hint={goal ? `Set on ${formatDate(goal.createdOn)}` : `Set today, ${formatDate(today)}`}
          >
            <input
              className="plan-input"
              type="date"
              name="due"
              value={due}
              aria-invalid={errors.due ? true : undefined}
              onChange={(e) => setDue(e.target.value)}
            />
          </Field>
          <Field label="Status">
            <select className="plan-select" name="status" value={status} onChange={(e) => setStatus(e.target.value as GoalStatus)}>
              {GOAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {GOAL_STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="plan-actions">
          <button type="submit" className="plan-button primary">
            {goal ? "Save goal" : "Add goal"}
          </button>
          {goal && (
            <button type="button" className="plan-button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </Panel>
  );
}
