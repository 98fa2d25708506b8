// The six steps of the account plan, in the method's order. Each is a view over the same account.
// `minutes` is the step's share of a 95-minute workshop: the step timer shows it as the budget.
export const PLAN_STEPS = [
  { id: "understand", number: 1, title: "Understand", minutes: 20 },
  { id: "identify", number: 2, title: "Identify", minutes: 15 },
  { id: "analyse", number: 3, title: "Analyse", minutes: 20 },
  { id: "determine", number: 4, title: "Determine", minutes: 15 },
  { id: "implement", number: 5, title: "Implement", minutes: 15 },
  { id: "review", number: 6, title: "Review", minutes: 10 },
] as const;

export type PlanStepId = (typeof PLAN_STEPS)[number]["id"];

/**
 * What the account screen shows: the map editor, one plan step, the interaction log, or the
 * account's profile and economics.
 */
export type AccountScreen = "map" | PlanStepId | "log" | "profile";

export function isPlanStep(screen: AccountScreen): screen is PlanStepId {
  return PLAN_STEPS.some((s) => s.id === screen);
}

export function stepInfo(id: PlanStepId) {
  const step = PLAN_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step ${id}`);
  return step;
}
