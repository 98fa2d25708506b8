import type { RemovalImpact } from "../../bindings";
import { Dialog } from "../../shared/Dialog";

type Props = { impact: RemovalImpact; onConfirm: () => void; onClose: () => void };

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** What goes with a person, said before they go. */
export function DeleteDialog({ impact, onConfirm, onClose }: Props) {
  const goes: string[] = [];
  if (impact.lines > 0) goes.push(plural(impact.lines, "line", "lines"));
  if (impact.goals.length > 0) goes.push(`${plural(impact.goals.length, "goal", "goals")}: ${impact.goals.join("; ")}`);
  return (
    <Dialog title={`Delete ${impact.name}?`} onClose={onClose} className="delete-dialog">
      {goes.length > 0 ? (
        <>
          <p>This also deletes:</p>
          <ul>
            {goes.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{impact.name} has no lines or goals yet.</p>
      )}
      {impact.initiativesLeftWithoutGoal.length > 0 && (
        <p className="warning">Left without a goal: {impact.initiativesLeftWithoutGoal.join("; ")}.</p>
      )}
      {impact.initiativesLosingOwner.length > 0 && (
        <p className="warning">Left without an owner: {impact.initiativesLosingOwner.join("; ")}.</p>
      )}
      {impact.interactions > 0 && (
        <p>{plural(impact.interactions, "logged interaction stays", "logged interactions stay")} without them.</p>
      )}
      <p className="hint">You can undo this with Ctrl+Z.</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Keep
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Delete {impact.name}
        </button>
      </div>
    </Dialog>
  );
}
