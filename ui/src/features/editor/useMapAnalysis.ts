// What the map shows from core's analysis, reloaded after every change of the account: findings
// (markers on the people they concern) and who of ours covers whom (badges on big maps).
import { useEffect, useState } from "react";
import type { AccountSnapshot, CoverageBadge, Finding } from "../../bindings";
import { backend } from "../../lib/backend";

export type CoverageBadges = Partial<Record<string, CoverageBadge[]>>;

/** Loads the analysis for each version of the account; an answer for an older one is dropped. */
export function useMapAnalysis(accountId: string, snapshot: AccountSnapshot, onFindings: (findings: Finding[]) => void) {
  const [badges, setBadges] = useState<CoverageBadges>({});
  useEffect(() => {
    let current = true;
    void backend.analyseAccount(accountId).then(
      (a) => {
        if (!current) return;
        onFindings(a.findings);
        setBadges(a.coverageView.badges);
      },
      () => {},
    );
    return () => {
      current = false;
    };
    // `onFindings` is the reducer's dispatch, stable; the analysis follows the account.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [accountId, snapshot]);
  return badges;
}
