// What the map offers other features: the map component, its selection, and the context through
// which cards call back (rename). Everything else in this folder is the map's own.
export { CardActionsContext } from "./cardActions";
export { type MapSelection, StakeholderMap } from "./StakeholderMap";
export {
  branchMembers,
  branchSummaries,
  type BranchSummary,
  directReports,
  hiddenByCollapse,
  managersAbove,
  peopleUnder,
} from "./branches";
