// What the backups feature offers the app: the portfolio's buttons, the restore list (the
// recovery screen uses it too) and the read-only banner.
export { BackupButtons } from "./BackupButtons";
export { ReadOnlyBanner } from "./ReadOnlyBanner";
export { RestoreList } from "./RestoreList";
