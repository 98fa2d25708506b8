// What the backups feature offers the app: the portfolio's buttons, the restore list (the
// no-workspace screen uses it too, for the file that could not be opened) and the read-only banner.
export { BackupButtons } from "./BackupButtons";
export { ReadOnlyBanner } from "./ReadOnlyBanner";
export { FAILED_WORKSPACE, RestoreList } from "./RestoreList";
