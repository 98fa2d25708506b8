import { useContext } from "react";
import type { CoverageBadge } from "../../bindings";
import { SEVERITY_LABEL } from "../../shared/words";
import { STRENGTH_LABEL, strengthLevel } from "../../shared/visualLanguage";
import type { BranchSummary } from "./branches";
import "./branches.css";
import { CardActionsContext } from "./cardActions";

/**
 * Under a manager's card: fold their branch away or open it again. Folded, it says how many
 * people are under them and the worst finding among those hidden, so nothing alarming disappears.
 */
export function BranchToggle({ managerId, name, branch }: { managerId: string; name: string; branch: BranchSummary }) {
  const actions = useContext(CardActionsContext);
  const people = `${branch.below} ${branch.below === 1 ? "person" : "people"}`;
  const findings =
    branch.collapsed && branch.worst
      ? `, ${branch.findings} ${branch.findings === 1 ? "finding" : "findings"} (worst: ${SEVERITY_LABEL[branch.worst].toLowerCase()})`
      : "";
  const label = branch.collapsed ? `Show the ${people} under ${name}${findings}` : `Fold the ${people} under ${name} into this card`;
  return (
    <button
      type="button"
      className={`branch-toggle nodrag${branch.collapsed ? " collapsed" : ""}${branch.worst ? ` sev-${branch.worst}` : ""}`}
      aria-label={label}
      aria-expanded={!branch.collapsed}
      title={label}
      data-testid="branch-toggle"
      onClick={(e) => {
        e.stopPropagation();
        actions.toggleBranch(managerId);
      }}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      {branch.collapsed ? `▸ ${branch.below}` : "▾"}
      {branch.collapsed && branch.worst && <span className="branch-worst">! {branch.findings}</span>}
    </button>
  );
}

/** On a big map, who of ours covers this person: initials, with the strength as filled dots. */
export function CoverageBadges({ badges }: { badges: CoverageBadge[] }) {
  const shown = badges.slice(0, 3);
  const more = badges.length - shown.length;
  return (
    <span className="coverage-badges" data-testid="coverage-badges">
      {shown.map((b) => {
        const level = strengthLevel(b.strength);
        const wanted = b.desired !== b.strength ? ` (wanted: ${STRENGTH_LABEL[b.desired].toLowerCase()})` : "";
        const text = `${b.name} covers them: ${STRENGTH_LABEL[b.strength].toLowerCase()}${wanted}`;
        return (
          <span key={b.teamMember} className={`coverage-badge level-${level}`} title={text} aria-label={text}>
            {b.initials}
            <span className="strength-dots" aria-hidden="true">
              {[1, 2, 3, 4].map((i) => (
                <i key={i} className={i <= level ? "on" : i <= strengthLevel(b.desired) ? "wanted" : undefined} />
              ))}
            </span>
          </span>
        );
      })}
      {more > 0 && (
        <span className="coverage-badge more" title={badges.slice(3).map((b) => b.name).join(", ")}>
          +{more}
        </span>
      )}
    </span>
  );
}
