import { forwardRef, useState } from "react";

type Props = {
  /** Adds what the line describes; resolves to an error message, or null when it was added. */
  onAdd: (line: string) => Promise<string | null>;
  /** The example line shown while empty (without an attitude word when the client is in the room). */
  placeholder?: string;
};

/** One line per person, typed while the room talks: Enter adds and clears. */
export const QuickAddBar = forwardRef<HTMLInputElement, Props>(function QuickAddBar({ onAdd, placeholder = "Add: Jane Doe, CFO, budget, blocker, reports to Tom Ng" }, ref) {
  const [line, setLine] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy || line.trim() === "") return;
    setBusy(true);
    const problem = await onAdd(line);
    setBusy(false);
    setError(problem);
    if (!problem) setLine("");
  };
  return (
    <div className="quick-add">
      <input
        ref={ref}
        className="quick-add-input"
        aria-label="Quick add: name, title, role, attitude, reports to"
        aria-keyshortcuts="N"
        aria-invalid={error !== null}
        aria-describedby="quick-add-help"
        placeholder={placeholder}
        value={line}
        onChange={(e) => {
          setLine(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") void submit();
          if (e.key === "Escape") e.currentTarget.blur();
        }}
      />
      <div id="quick-add-help" className={error ? "quick-add-error" : "visually-hidden"} role={error ? "alert" : undefined}>
        {error ??
          "Name first, then any of: title, department, budget/gatekeeper/user, champion…blocker, influence 1–5, reports to NAME, dotted to NAME, ours."}
      </div>
    </div>
  );
});
