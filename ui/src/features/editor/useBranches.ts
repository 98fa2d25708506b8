// The map's branches as the editor uses them: what is hidden (folded or outside the focus), what
// each manager's card sums up, and the actions that change it.
import { useCallback, useMemo } from "react";
import type { AccountSnapshot, Finding } from "../../bindings";
import { branchMembers, branchSummaries, directReports, hiddenByCollapse } from "../map";
import { useBranchView } from "./branchView";

export function useBranches(snapshot: AccountSnapshot, findings: Map<string, Finding[]>) {
  const { view, toggleCollapsed, setFocus, reveal } = useBranchView(snapshot.account.id);
  const reports = useMemo(() => directReports(snapshot), [snapshot]);
  // A focus on someone no longer on the map (deleted, or undone) shows the whole map.
  const focus = view.focus !== null && snapshot.stakeholders.some((s) => s.id === view.focus) ? view.focus : null;
  const kept = useMemo(() => (focus ? branchMembers(snapshot, reports, focus) : null), [snapshot, reports, focus]);
  const hidden = useMemo(() => {
    const folded = hiddenByCollapse(reports, view.collapsed);
    if (kept) {
      for (const s of snapshot.stakeholders) if (!kept.has(s.id)) folded.add(s.id);
      for (const t of snapshot.team) if (!kept.has(t.id)) folded.add(t.id);
    }
    return folded.size > 0 ? folded : null;
  }, [reports, view.collapsed, kept, snapshot]);
  const summaries = useMemo(() => branchSummaries(reports, view.collapsed, findings), [reports, view.collapsed, findings]);
  const toggle = useCallback(
    (manager: string) => {
      // Only a manager has a branch to fold.
      if (reports.has(manager)) toggleCollapsed(manager);
    },
    [reports, toggleCollapsed],
  );
  const focusOn = useCallback(
    (manager: string | null) => {
      if (manager === null || reports.has(manager)) setFocus(manager);
    },
    [reports, setFocus],
  );
  return {
    hidden,
    summaries,
    focus,
    /** How many of the client's people the focused branch shows. */
    focusSize: kept ? [...kept].filter((id) => snapshot.stakeholders.some((s) => s.id === id)).length : 0,
    toggle,
    setFocus: focusOn,
    reveal: useCallback((person: string) => reveal(snapshot, person), [reveal, snapshot]),
  };
}
