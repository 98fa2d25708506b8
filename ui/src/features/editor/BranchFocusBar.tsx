import type { AccountSnapshot } from "../../bindings";

type Props = { snapshot: AccountSnapshot; manager: string; shown: number; onLeave: () => void };

/** Says that only one branch is on the map, and brings everyone back. */
export function BranchFocusBar({ snapshot, manager, shown, onLeave }: Props) {
  const name = snapshot.stakeholders.find((s) => s.id === manager)?.name ?? "someone";
  const others = snapshot.stakeholders.length - shown;
  return (
    <div className="branch-focus-bar" role="status">
      <span>
        Showing the branch under <strong>{name}</strong>: {shown} {shown === 1 ? "person" : "people"} and who of ours covers
        them ({others} more on the full map).
      </span>
      <button type="button" className="tool-button" onClick={onLeave} aria-keyshortcuts="B Escape">
        Show everyone
      </button>
    </div>
  );
}
