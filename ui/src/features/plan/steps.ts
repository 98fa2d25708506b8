// The six steps of the account plan, in the method's order. Each is a view over the same account.
export const PLAN_STEPS = [
  { id: "understand", number: 1, title: "Understand" },
  { id: "identify", number: 2, title: "Identify" },
  { id: "analyse", number: 3, title: "Analyse" },
  { id: "determine", number: 4, title: "Determine" },
  { id: "implement", number: 5, title: "Implement" },
  { id: "review", number: 6, title: "Review" },
] as const;

export type PlanStepId = (typeof PLAN_STEPS)[number]["id"];

/** What the account screen shows: the map editor, one plan step, or the interaction log. */
export type AccountScreen = "map" | PlanStepId | "log";
