import type { ReactNode } from "react";
import { ConfirmButton } from "./ConfirmButton";
import { EnumSelect, type EnumLabels } from "./EnumSelect";
import "./kit.css";

/**
 * One item of a plan list (a goal, an initiative): what it is, its dates, and its actions: a
 * status select, Edit and Delete. `noun` names the row ("goal" gives class `goal-row`, attribute
 * `data-goal` and buttons "Edit goal …" / "Delete goal …"), so every list reads the same.
 */
export function ItemRow<S extends string>({
  noun,
  title,
  selected,
  overdue = false,
  main,
  meta,
  status,
  statuses,
  statusLabels,
  onStatus,
  onEdit,
  onDelete,
}: {
  noun: string;
  /** The item's title, as its buttons name it. */
  title: string;
  /** Open in the form beside the list. */
  selected: boolean;
  /** Marks the whole row (a red edge). */
  overdue?: boolean;
  /** What it is: title and subtitle. */
  main: ReactNode;
  /** Owner, due date, counts: right-aligned. */
  meta: ReactNode;
  status: S;
  statuses: readonly S[];
  statusLabels: EnumLabels<S>;
  onStatus: (status: S) => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const className = [`${noun}-row`, overdue ? "is-overdue" : "", selected ? "is-selected" : ""].filter(Boolean).join(" ");
  return (
    <li className={className} {...{ [`data-${noun}`]: title }}>
      <div className="goal-main">{main}</div>
      <div className="goal-meta">{meta}</div>
      <div className="goal-actions">
        <EnumSelect values={statuses} labels={statusLabels} value={status} onChange={onStatus} label={`Status of ${title}`} />
        <button type="button" className="plan-button" onClick={onEdit} aria-label={`Edit ${noun} ${title}`}>
          Edit
        </button>
        <ConfirmButton label={`Delete ${noun} ${title}`} confirmLabel={`Delete ${noun}`} onConfirm={onDelete} />
      </div>
    </li>
  );
}
