// How the portfolio screen asks for its rows and reads them out: the query it starts with, what a
// click on a column header does, and the words for a score's trend. Pure, so tested without a DOM.
import type { NpsTrend, PortfolioColumn, PortfolioQuery, PortfolioSort } from "../../bindings";

/** Largest revenue first (the order of the concentration curve), archived accounts hidden. */
export const DEFAULT_QUERY: PortfolioQuery = {
  includeArchived: false,
  text: "",
  industry: null,
  lifecycleStage: null,
  sort: { column: "revenue", descending: true },
};

/** Columns whose first click puts the biggest (or worst, or latest) on top. */
const BIGGEST_FIRST: readonly PortfolioColumn[] = ["revenue", "share", "lifetimeValue", "nps", "health", "lastOpened"];

/** A click on a column's header: the same column turns around, another starts its natural way. */
export function nextSort(current: PortfolioSort, column: PortfolioColumn): PortfolioSort {
  if (current.column === column) return { column, descending: !current.descending };
  return { column, descending: BIGGEST_FIRST.includes(column) };
}

/** What a header tells assistive technology about the order. */
export function ariaSort(current: PortfolioSort, column: PortfolioColumn): "ascending" | "descending" | "none" {
  if (current.column !== column) return "none";
  return current.descending ? "descending" : "ascending";
}

/** "7 ↑2", "5 ↓1", "8", or a dash when no score was recorded. */
export function npsWords(trend: NpsTrend): string {
  if (!trend.latest) return "—";
  const change = trend.change ?? 0;
  if (change > 0) return `${trend.latest.score} ↑${change}`;
  if (change < 0) return `${trend.latest.score} ↓${-change}`;
  return String(trend.latest.score);
}

/** The same for a screen reader: "7 of 10, up 2 since the score before". */
export function npsSentence(trend: NpsTrend): string {
  if (!trend.latest) return "No score recorded";
  const change = trend.change ?? 0;
  const move = change > 0 ? `, up ${change}` : change < 0 ? `, down ${-change}` : "";
  return `${trend.latest.score} of 10${move}${trend.change === null ? "" : " since the score before"}`;
}

/** Whether the user narrowed the list (so "no account matches" rather than a first run). */
export function isFiltered(query: PortfolioQuery): boolean {
  return query.text.trim() !== "" || query.industry !== null || query.lifecycleStage !== null;
}
