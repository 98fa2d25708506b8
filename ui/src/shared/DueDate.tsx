import { formatDate } from "../lib/format";
import { daysBetween, dueWords } from "./words";

/** Has a due date that lies before `today` (both ISO dates). */
export function isPastDue(due: string | null, today: string): boolean {
  return due !== null && daysBetween(today, due) < 0;
}

/**
 * "Due 15 Feb 2027 · due in 3 days", red when overdue; "No due date" without one. Only something
 * still `open` says how far off its date is.
 */
export function DueDate({ due, today, open, overdue }: { due: string | null; today: string; open: boolean; overdue: boolean }) {
  return (
    <span className={overdue ? "due is-overdue" : "due"}>
      {due ? (
        <>
          Due {formatDate(due)}
          {open && <span className="plan-sub"> {dueWords(due, today)}</span>}
        </>
      ) : (
        <span className="plan-muted">No due date</span>
      )}
    </span>
  );
}
