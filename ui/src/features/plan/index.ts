// What the plan offers the account screen: the step bar, the steps, and the map picked out from a
// step ("Show on map"). Everything else in this folder is the plan's own.
export { MapHighlight, type ShownOnMap } from "./MapHighlight";
export { PlanView } from "./PlanView";
export { StepBar } from "./StepBar";
export type { AccountScreen } from "./steps";
