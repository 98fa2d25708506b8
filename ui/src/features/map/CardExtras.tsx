import { useContext, useState } from "react";
import type { Finding } from "../../bindings";
import { SEVERITY_LABEL } from "../../shared/words";
import { CardActionsContext } from "./cardActions";

/** A marker on a card when the analysis found something about this person. */
export function FindingsMarker({ findings }: { findings: Finding[] | undefined }) {
  const worst = findings?.[0]?.severity;
  if (!findings || !worst) return null;
  const summary = findings.map((f) => `${SEVERITY_LABEL[f.severity]}: ${f.title}`).join("\n");
  return (
    <span
      className={`finding-marker sev-${worst}`}
      title={summary}
      aria-label={`${findings.length} ${findings.length === 1 ? "finding" : "findings"}: ${summary}`}
      data-testid="finding-marker"
    >
      ! {findings.length}
    </span>
  );
}

/** The card's name, or a text field while it is being renamed (Enter saves, Esc cancels). */
export function CardName({ personId, name, renaming }: { personId: string; name: string; renaming?: boolean }) {
  const actions = useContext(CardActionsContext);
  const [draft, setDraft] = useState(name);
  if (!renaming) return <span className="card-name">{name}</span>;
  return (
    <input
      className="card-rename nodrag"
      aria-label={`New name for ${name}`}
      value={draft}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") actions.commitRename(personId, draft);
        if (e.key === "Escape") actions.cancelRename();
      }}
      onBlur={() => actions.commitRename(personId, draft)}
    />
  );
}
