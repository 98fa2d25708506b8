import { useState } from "react";
import type { AccountSnapshot, Initiative, InitiativeDraft, InitiativeStatus } from "../../bindings";
import { backend } from "../../lib/backend";
import { DueDate, isPastDue } from "../../shared/DueDate";
import { ItemRow } from "../../shared/ItemRow";
import { INITIATIVE_STATUS_LABEL, INITIATIVE_STATUSES, nameOf } from "../../shared/words";
import { Panel } from "./controls";
import type { StepProps } from "./editing";
import { InitiativeForm } from "./InitiativeForm";
import { goalShown, internalNotesShown, useClientInRoom } from "../clientsafe";

export function initiativeDraftOf(i: Initiative): InitiativeDraft {
  return { title: i.title, goals: i.goals, owner: i.owner, due: i.due, status: i.status, notes: i.notes };
}

/** Still to be done. */
function isOpen(i: Initiative): boolean {
  return i.status === "planned" || i.status === "inProgress";
}

/** Still to be done and past its due date. */
export function isOverdue(i: Initiative, today: string): boolean {
  return isOpen(i) && isPastDue(i.due, today);
}

/** Step 5: initiatives towards the goals, with an owner of ours, a due date and a status. */
export function ImplementStep({ snapshot, today, save }: StepProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const current = editing ? (snapshot.initiatives.find((i) => i.id === editing) ?? null) : null;
  const accountId = snapshot.account.id;
  const overdue = snapshot.initiatives.filter((i) => isOverdue(i, today));
  const ordered = [...overdue, ...snapshot.initiatives.filter((i) => !isOverdue(i, today))];
  // With the client in the room: none of our notes on initiatives (core's client-safe rule, as the PDF).
  const clientInRoom = useClientInRoom();
  const notesShown = internalNotesShown(clientInRoom);
  return (
    <div className="plan-grid implement">
      <div className="plan-column wide">
        <Panel
          title={`Initiatives · ${snapshot.initiatives.length}`}
          actions={overdue.length > 0 && <span className="overdue-count">{overdue.length} overdue</span>}
        >
          {ordered.length === 0 ? (
            <p className="plan-muted">No initiatives yet: add one for a goal on the right.</p>
          ) : (
            <ul className="plan-list initiative-list">
              {ordered.map((i) => (
                <InitiativeRow
                  key={i.id}
                  initiative={i}
                  snapshot={snapshot}
                  today={today}
                  selected={current?.id === i.id}
                  notesShown={notesShown}
                  clientInRoom={clientInRoom}
                  onEdit={() => setEditing(i.id)}
                  onStatus={(status) =>
                    void save(() => backend.updateInitiative(accountId, i.id, { ...initiativeDraftOf(i), status }))
                  }
                  onDelete={() => void save(() => backend.deleteInitiative(accountId, i.id))}
                />
              ))}
            </ul>
          )}
        </Panel>
      </div>
      <div className="plan-column">
        <InitiativeForm
          key={current?.id ?? "new"}
          snapshot={snapshot}
          initiative={current}
          onCancel={() => setEditing(null)}
          onSubmit={(draft, onFieldError) =>
            save(
              () => (current ? backend.updateInitiative(accountId, current.id, draft) : backend.addInitiative(accountId, draft)),
              onFieldError,
            ).then((ok) => {
              if (ok) setEditing(null);
              return ok;
            })
          }
        />
      </div>
    </div>
  );
}

function InitiativeRow({
  initiative: i,
  snapshot,
  today,
  selected,
  notesShown,
  clientInRoom,
  onEdit,
  onStatus,
  onDelete,
}: {
  initiative: Initiative;
  snapshot: AccountSnapshot;
  today: string;
  selected: boolean;
  notesShown: boolean;
  clientInRoom: boolean;
  onEdit: () => void;
  onStatus: (s: InitiativeStatus) => void;
  onDelete: () => void;
}) {
  const overdue = isOverdue(i, today);
  // As the client-safe PDF: goals that move an attitude are not named with the client in the room.
  const goals = i.goals.flatMap((g) => {
    const goal = snapshot.goals.find((x) => x.id === g);
    if (!goal) return ["a deleted goal"];
    return goalShown(clientInRoom, goal) ? [goal.title] : [];
  });
  return (
    <ItemRow
      noun="initiative"
      title={i.title}
      selected={selected}
      overdue={overdue}
      main={
        <>
          <strong className="goal-title">
            {overdue && <span className="overdue-flag">Overdue</span>} {i.title}
          </strong>
          {goals.length > 0 && <span className="plan-sub">For: {goals.join(" · ")}</span>}
          {notesShown && i.notes && <span className="initiative-notes">{i.notes}</span>}
        </>
      }
      meta={
        <>
          <span>{i.owner ? nameOf(snapshot, i.owner) : <span className="plan-muted">No owner</span>}</span>
          <DueDate due={i.due} today={today} open={isOpen(i)} overdue={overdue} />
        </>
      }
      status={i.status}
      statuses={INITIATIVE_STATUSES}
      statusLabels={INITIATIVE_STATUS_LABEL}
      onStatus={onStatus}
      onEdit={onEdit}
      onDelete={onDelete}
    />
  );
}
