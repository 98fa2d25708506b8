import type { UiMark } from "../bindings";

/**
 * Marks of the start, for `--measure-startup` (scripts/measure-startup.sh): where the UI's part
 * of the start goes. Cheap enough to take on every start; only the benchmark reads them.
 */
const PREFIX = "rapport:";

export function markStartup(name: string) {
  performance.mark(PREFIX + name);
}

/** The page's own milestones and ours, in ms since its navigation began, in order. */
export function startupMarks(): UiMark[] {
  const marks: UiMark[] = [];
  const [nav] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
  if (nav) {
    marks.push({ name: "page fetched", atMs: Math.round(nav.responseEnd) });
    marks.push({ name: "DOM interactive", atMs: Math.round(nav.domInteractive) });
  }
  for (const mark of performance.getEntriesByType("mark")) {
    if (mark.name.startsWith(PREFIX)) marks.push({ name: mark.name.slice(PREFIX.length), atMs: Math.round(mark.startTime) });
  }
  return marks.sort((a, b) => a.atMs - b.atMs);
}
