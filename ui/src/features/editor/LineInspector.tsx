import { useState } from "react";
import type { AccountSnapshot, LineEdit } from "../../bindings";
import { FromToSelects } from "../../shared/EnumSelect";
import { Field } from "../../shared/Field";
import { STRENGTH_LABEL, STRENGTHS } from "../../shared/visualLanguage";
import { nameOf } from "../../shared/words";
import { DateField } from "../../shared/DateField";
import { internalNotesShown } from "../clientsafe";

type Props = {
  snapshot: AccountSnapshot;
  lineId: string;
  onSave: (edit: LineEdit) => void;
  onDelete: () => void;
  /** The client is in the room: our notes on the line are not shown (core's client-safe rule). */
  clientInRoom?: boolean;
};

/** One line's details: solid or dotted, how strong a coverage is and should be, notes. */
export function LineInspector({ snapshot, lineId, onSave, onDelete, clientInRoom = false }: Props) {
  const notesShown = internalNotesShown(clientInRoom);
  const reports = snapshot.reportsTo.find((r) => r.id === lineId);
  const coverage = snapshot.coverage.find((c) => c.id === lineId);
  const relation = snapshot.relations.find((r) => r.id === lineId);
  const [notes, setNotes] = useState(coverage?.notes ?? relation?.note ?? "");

  const remove = (
    <button type="button" className="danger" onClick={onDelete}>
      Delete this line
    </button>
  );
  if (reports) {
    return (
      <div className="inspector-form">
        <h2>Reporting line</h2>
        <p>
          {nameOf(snapshot, reports.stakeholder)} reports to {nameOf(snapshot, reports.manager)}
        </p>
        <label className="check">
          <input
            type="checkbox"
            checked={reports.dotted}
            onChange={(e) => onSave({ kind: "reportsTo", line: { ...reports, dotted: e.target.checked } })}
          />
          Dotted line (informal or matrix manager)
        </label>
        {remove}
      </div>
    );
  }
  if (coverage) {
    return (
      <div className="inspector-form">
        <h2>Coverage</h2>
        <p>
          {nameOf(snapshot, coverage.teamMember)} covers {nameOf(snapshot, coverage.stakeholder)}
        </p>
        <FromToSelects
          values={STRENGTHS}
          labels={STRENGTH_LABEL}
          from={coverage.strength}
          to={coverage.desired}
          onFrom={(strength) => onSave({ kind: "covers", line: { ...coverage, strength } })}
          onTo={(desired) => onSave({ kind: "covers", line: { ...coverage, desired } })}
          fromLabel="Strength now"
          toLabel="Should become"
        />
        <Field label="Last interaction">
          <DateField
            value={coverage.lastInteraction ?? ""}
            onCommit={(iso) => onSave({ kind: "covers", line: { ...coverage, lastInteraction: iso } })}
          />
        </Field>
        {notesShown && (
          <Field label="Strengths and weaknesses of this relationship" wide>
            <textarea
              rows={4}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              onBlur={() => notes !== coverage.notes && onSave({ kind: "covers", line: { ...coverage, notes } })}
            />
          </Field>
        )}
        {remove}
      </div>
    );
  }
  if (relation) {
    return (
      <div className="inspector-form">
        <h2>{relation.kind === "influences" ? "Influence" : "Conflict"}</h2>
        <p>
          {relation.kind === "influences"
            ? `${nameOf(snapshot, relation.from)} influences ${nameOf(snapshot, relation.to)}`
            : `${nameOf(snapshot, relation.from)} and ${nameOf(snapshot, relation.to)} are in conflict`}
        </p>
        {notesShown && (
          <Field label="Note" wide>
            <textarea
              rows={3}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              onBlur={() => notes !== relation.note && onSave({ kind: "relation", line: { ...relation, note: notes } })}
            />
          </Field>
        )}
        {remove}
      </div>
    );
  }
  return <p className="inspector-hint">This line is no longer on the map.</p>;
}
