import { useState } from "react";
import type { AccountSnapshot, Attitude, Goal, GoalDraft, GoalStatus, GoalTarget, Priority, Strength } from "../../bindings";
import { formatDate } from "../../lib/format";
import { EnumSelect, FromToSelects } from "../../shared/EnumSelect";
import { ErrorText, Field, FieldRow } from "../../shared/Field";
import type { FieldError, FieldErrors } from "../../shared/fieldError";
import { ATTITUDES, attitudeWithMark, STRENGTH_LABEL, STRENGTHS, strengthLevel } from "../../shared/visualLanguage";
import { GOAL_STATUS_LABEL, GOAL_STATUSES, PRIORITIES, PRIORITY_LABEL } from "../../shared/words";
import { targetKindShown, useClientInRoom } from "../clientsafe";
import { Panel } from "./controls";
import { DateField } from "../../shared/DateField";

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

/** A new goal, or the one being edited: whom it is about, its priority, a measurable target, a due date. */
export function GoalForm({
  snapshot,
  today,
  goal,
  onSubmit,
  onCancel,
}: {
  snapshot: AccountSnapshot;
  today: string;
  goal: Goal | null;
  onSubmit: (draft: GoalDraft, onFieldError: (e: FieldError) => void) => Promise<boolean>;
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
  // With the client in the room no attitude target is offered (core's client-safe rule).
  const clientInRoom = useClientInRoom();

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
        <FieldRow>
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
            <EnumSelect name="priority" values={PRIORITIES} labels={PRIORITY_LABEL} value={priority} onChange={setPriority} />
          </Field>
        </FieldRow>
        <fieldset className="plan-fieldset" data-invalid={errors.target ? "true" : undefined}>
          <legend className="plan-field-label">Measurable target</legend>
          <div className="plan-switch small" role="radiogroup" aria-label="Kind of target">
            {(
              [
                ["attitude", "Attitude"],
                ["coverage", "Coverage"],
                ["free", "In words"],
              ] as const
            )
              .filter(([k]) => targetKindShown(clientInRoom, k))
              .map(([k, label]) => (
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
          {kind === "attitude" && targetKindShown(clientInRoom, kind) && (
            <FromToSelects
              values={ATTITUDES}
              labels={attitudeWithMark}
              from={attFrom}
              to={attTo}
              onFrom={setAttFrom}
              onTo={setAttTo}
              fromLabel="From"
              toLabel="To"
              fromName="Attitude now"
              toName="Attitude to reach"
            />
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
              <FromToSelects
                values={STRENGTHS}
                labels={STRENGTH_LABEL}
                from={covFrom}
                to={covTo}
                onFrom={setCovFrom}
                onTo={setCovTo}
                fromLabel="From"
                toLabel="To"
                fromName="Coverage now"
                toName="Coverage to reach"
              />
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
          {errors.target && <ErrorText>{errors.target}</ErrorText>}
        </fieldset>
        <FieldRow>
          <Field
            label="Due"
            error={errors.due}
            hint={goal ? `Set on ${formatDate(goal.createdOn)}` : `Set today, ${formatDate(today)}`}
          >
            <DateField
              className="plan-input"
              name="due"
              value={due}
              aria-invalid={errors.due ? true : undefined}
              onChange={setDue}
            />
          </Field>
          <Field label="Status">
            <EnumSelect name="status" values={GOAL_STATUSES} labels={GOAL_STATUS_LABEL} value={status} onChange={setStatus} />
          </Field>
        </FieldRow>
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
