import { useState } from "react";
import type { AccountSnapshot, Goal, GoalDraft, GoalStatus } from "../../bindings";
import { backend } from "../../lib/backend";
import { DueDate, isPastDue } from "../../shared/DueDate";
import { ItemRow } from "../../shared/ItemRow";
import { describeTarget, GOAL_STATUS_LABEL, GOAL_STATUSES, nameOf, PRIORITIES, PRIORITY_LABEL } from "../../shared/words";
import { Panel } from "./controls";
import type { StepProps } from "./editing";
import { GoalForm } from "./GoalForm";
import { goalShown, useClientInRoom } from "../clientsafe";

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
  const clientInRoom = useClientInRoom();
  return (
    <div className="plan-grid determine">
      <div className="plan-column wide">
        {PRIORITIES.map((priority) => {
          const goals = snapshot.goals.filter((g) => g.priority === priority && goalShown(clientInRoom, g));
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
  const overdue = open && isPastDue(goal.due, today);
  const initiatives = snapshot.initiatives.filter((i) => i.goals.includes(goal.id)).length;
  return (
    <ItemRow
      noun="goal"
      title={goal.title}
      selected={selected}
      main={
        <>
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
        </>
      }
      meta={
        <>
          <DueDate due={goal.due} today={today} open={open} overdue={overdue} />
          <span className="plan-muted">
            {initiatives} initiative{initiatives === 1 ? "" : "s"}
          </span>
        </>
      }
      status={goal.status}
      statuses={GOAL_STATUSES}
      statusLabels={GOAL_STATUS_LABEL}
      onStatus={onStatus}
      onEdit={onEdit}
      onDelete={onDelete}
    />
  );
}
