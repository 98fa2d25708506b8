import type { BranchSummary } from "../map";
import type { EditorAction } from "./shortcuts";

type Props = {
  pinned: boolean;
  /** The selected person's branch, when they manage anyone. */
  branch: BranchSummary | undefined;
  /** Their branch is the one in focus. */
  focused: boolean;
  onAct: (action: EditorAction) => void;
  onWhatIf: () => void;
};

/** The selected person's actions, at the top of the inspector (the same actions as the keys). */
export function PersonActions({ pinned, branch, focused, onAct, onWhatIf }: Props) {
  return (
    <div className="person-actions" role="group" aria-label="Actions">
      <button type="button" onClick={() => onAct("connect")} aria-keyshortcuts="C">
        Connect…
      </button>
      <button type="button" onClick={() => onAct("rename")} aria-keyshortcuts="F2">
        Rename
      </button>
      <button type="button" onClick={() => onAct("duplicate")} aria-keyshortcuts="Control+D">
        Duplicate
      </button>
      <button type="button" onClick={() => onAct("pin")} aria-keyshortcuts="P">
        {pinned ? "Unpin" : "Pin here"}
      </button>
      <button type="button" className="danger" onClick={() => onAct("delete")} aria-keyshortcuts="Delete">
        Delete…
      </button>
      <button type="button" className="what-if-start" onClick={onWhatIf} aria-keyshortcuts="W">
        What if they leave?
      </button>
      {branch && (
        <>
          <button type="button" onClick={() => onAct("foldBranch")} aria-keyshortcuts="X">
            {branch.collapsed ? `Show the ${branch.below} below` : `Fold the ${branch.below} below`}
          </button>
          <button type="button" onClick={() => onAct("focusBranch")} aria-keyshortcuts="B" aria-pressed={focused}>
            {focused ? "Show everyone" : "Focus on this branch"}
          </button>
        </>
      )}
    </div>
  );
}
