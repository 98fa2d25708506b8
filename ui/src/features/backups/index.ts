// What the backups feature offers the app: the portfolio's buttons, the File menu's two items
// (mounted once, on every screen), the restore list (the no-workspace screen uses it too, for the
// file that could not be opened) and the read-only banner.
export { BackupButtons } from "./BackupButtons";
export { BackupMenu } from "./BackupMenu";
export { ReadOnlyBanner } from "./ReadOnlyBanner";
export { FAILED_WORKSPACE, RestoreList } from "./RestoreList";
