// What the plan's screens read besides the account itself, reloaded whenever the account changes.
import { useEffect, useState } from "react";
import type { AccountAnalysis, AccountSnapshot, CrosswalkEntry, PlanOverview, ReviewHistory } from "../../bindings";
import { backend } from "../../lib/backend";

function useReloaded<T>(snapshot: AccountSnapshot, load: (id: string) => Promise<T>): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let current = true;
    load(snapshot.account.id).then(
      (v) => current && setValue(v),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [snapshot, load]);
  return value;
}

/** Per-step completeness and the last-three-interactions check. */
export function useOverview(snapshot: AccountSnapshot): PlanOverview | null {
  return useReloaded(snapshot, backend.planOverview);
}

/** Findings, metrics and the power/interest grid. */
export function useAnalysis(snapshot: AccountSnapshot): AccountAnalysis | null {
  return useReloaded(snapshot, backend.analyseAccount);
}

export function useReviewHistory(snapshot: AccountSnapshot): ReviewHistory | null {
  return useReloaded(snapshot, backend.reviewHistory);
}

let crosswalkCache: CrosswalkEntry[] | null = null;

/** Other methods' words for buying roles; loaded once per run. */
export function useCrosswalk(): CrosswalkEntry[] {
  const [entries, setEntries] = useState<CrosswalkEntry[]>(crosswalkCache ?? []);
  useEffect(() => {
    if (crosswalkCache) return;
    backend.roleCrosswalk().then(
      (e) => {
        crosswalkCache = e;
        setEntries(e);
      },
      () => {},
    );
  }, []);
  return entries;
}
