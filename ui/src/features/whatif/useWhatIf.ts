import { useEffect, useState } from "react";
import type { AccountSnapshot, Removal, WhatIf } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { removalOf, toggled } from "./whatIfModel";

export type WhatIfState = {
  /** Who leaves; `null` while what-if is off. */
  removals: Removal[] | null;
  /** Core's answer for `removals`, once it has come. */
  result: WhatIf | null;
  problem: string | null;
  start: (personId: string | null) => void;
  /** Adds a person to those leaving, or takes them out again. */
  toggle: (personId: string) => void;
  leave: () => void;
};

/** What-if as the editor holds it: asks core again whenever the set of people leaving changes. */
export function useWhatIf(snapshot: AccountSnapshot): WhatIfState {
  const [removals, setRemovals] = useState<Removal[] | null>(null);
  const [answer, setAnswer] = useState<{ for: Removal[]; result: WhatIf } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const accountId = snapshot.account.id;

  useEffect(() => {
    if (!removals) return;
    let current = true;
    backend.whatIf(accountId, removals).then(
      (result) => {
        if (!current) return;
        setAnswer({ for: removals, result });
        setProblem(null);
      },
      (err: unknown) => current && setProblem(describeError(err)),
    );
    return () => {
      current = false;
    };
    // The snapshot too: an undo elsewhere changes what would be lost.
  }, [accountId, removals, snapshot]);

  return {
    removals,
    result: answer && answer.for === removals ? answer.result : null,
    problem,
    start: (personId) => {
      const removal = personId ? removalOf(snapshot, personId) : null;
      setRemovals(removal ? [removal] : []);
    },
    toggle: (personId) => {
      const removal = removalOf(snapshot, personId);
      if (removal) setRemovals((current) => (current ? toggled(current, removal) : [removal]));
    },
    leave: () => {
      setRemovals(null);
      setAnswer(null);
      setProblem(null);
    },
  };
}
