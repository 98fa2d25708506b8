// Which branches of the map are collapsed and which one is in focus, kept per account on this
// computer (the webview's local storage). This is a way of looking at the map, like zoom: it is
// not an edit of the account, so it is not in the undo history and does not travel with the file.
import { useCallback, useState } from "react";
import type { AccountSnapshot } from "../../bindings";
import { managersAbove, peopleUnder, directReports } from "../map";

export type BranchView = {
  /** Managers whose branch is folded into their card. */
  collapsed: ReadonlySet<string>;
  /** The manager whose branch alone is shown, or null for the whole map. */
  focus: string | null;
};

const EVERYTHING: BranchView = { collapsed: new Set(), focus: null };

const storageKey = (accountId: string) => `rapport.branches.${accountId}`;

/** Reads what was kept for this account; anything unreadable means the whole map. */
export function loadBranchView(accountId: string, storage: Pick<Storage, "getItem"> = localStorage): BranchView {
  try {
    const raw = storage.getItem(storageKey(accountId));
    if (!raw) return EVERYTHING;
    const parsed = JSON.parse(raw) as { collapsed?: unknown; focus?: unknown };
    const collapsed = Array.isArray(parsed.collapsed) ? parsed.collapsed.filter((id): id is string => typeof id === "string") : [];
    const focus = typeof parsed.focus === "string" ? parsed.focus : null;
    return { collapsed: new Set(collapsed), focus };
  } catch {
    return EVERYTHING;
  }
}

export function saveBranchView(accountId: string, view: BranchView, storage: Pick<Storage, "setItem"> = localStorage) {
  try {
    storage.setItem(storageKey(accountId), JSON.stringify({ collapsed: [...view.collapsed], focus: view.focus }));
  } catch {
    // Storage full or unavailable: the view still works, it is only not remembered.
  }
}

/** The view after opening whatever hides `person`: collapsed managers above them, a focus elsewhere. */
export function revealed(view: BranchView, snapshot: AccountSnapshot, person: string): BranchView {
  const above = managersAbove(snapshot, person);
  const collapsed = new Set([...view.collapsed].filter((id) => !above.includes(id)));
  const inFocus =
    view.focus === null ||
    view.focus === person ||
    peopleUnder(directReports(snapshot), view.focus).has(person) ||
    snapshot.coverage.some((c) => c.teamMember === person);
  return { collapsed, focus: inFocus ? view.focus : null };
}

/** The branch view of one account, remembered across restarts. */
export function useBranchView(accountId: string) {
  const [shown, setShown] = useState({ accountId, view: loadBranchView(accountId) });
  // Another account opened in the same editor: read what was kept for it.
  const view = shown.accountId === accountId ? shown.view : loadBranchView(accountId);
  const change = useCallback(
    (next: (current: BranchView) => BranchView) =>
      setShown((current) => {
        const base = current.accountId === accountId ? current.view : loadBranchView(accountId);
        const updated = next(base);
        saveBranchView(accountId, updated);
        return { accountId, view: updated };
      }),
    [accountId],
  );
  const toggleCollapsed = useCallback(
    (manager: string) =>
      change((v) => {
        const collapsed = new Set(v.collapsed);
        if (!collapsed.delete(manager)) collapsed.add(manager);
        return { ...v, collapsed };
      }),
    [change],
  );
  const setFocus = useCallback((manager: string | null) => change((v) => ({ ...v, focus: manager })), [change]);
  const reveal = useCallback((snapshot: AccountSnapshot, person: string) => change((v) => revealed(v, snapshot, person)), [change]);
  return { view, toggleCollapsed, setFocus, reveal };
}
