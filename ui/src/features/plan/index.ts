// What the plan offers the account screen: the step bar, the steps, and the map picked out from a
// step ("Show on map"). Everything else in this folder is the plan's own.
import { lazy } from "react";

export { MapHighlight, type ShownOnMap } from "./MapHighlight";
// The steps are loaded on first use (their own chunk): the first paint needs the map or the
// portfolio, not them.
export const PlanView = lazy(() => import("./PlanView").then((m) => ({ default: m.PlanView })));
export { StepBar } from "./StepBar";
export type { AccountScreen } from "./steps";
// Help → Facilitator guide, also loaded when first asked for.
export const GuideDialog = lazy(() => import("./GuideDialog").then((m) => ({ default: m.GuideDialog })));
