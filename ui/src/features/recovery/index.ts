// What the recovery feature offers the app: the screen shown when the workspace cannot be opened.
export { RecoveryScreen, type OpenFailure } from "./RecoveryScreen";
