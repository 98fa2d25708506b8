import { useLayoutEffect, useMemo, useRef } from "react";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any handler's arguments pass through as they are
type Handler = (...args: any[]) => unknown;

/**
 * The same functions on every render, each calling the latest of the handlers given. React Flow
 * copies every changed prop into its store, one update per prop, and every update re-runs its
 * selectors over all nodes and lines: inline handlers, new on every render, made each move of a
 * dragged card on a 1,000-person map a dozen passes over 1,040 cards (docs/benchmarks.md).
 */
export function useStableHandlers<T extends Record<string, Handler>>(handlers: T): T {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const names = Object.keys(handlers).sort().join(",");
  return useMemo(
    () =>
      Object.fromEntries(names.split(",").map((name) => [name, (...args: unknown[]) => latest.current[name]?.(...args)])) as T,
    [names],
  );
}
