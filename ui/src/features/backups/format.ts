// How a backup is named on screen: when it was taken, why, and what it holds.
import type { BackupReason, ListedBackup } from "../../bindings";

const REASON: Record<BackupReason, string> = {
  daily: "first opening of the day",
  manual: "backed up by hand",
  beforeUpgrade: "before an upgrade",
  beforeRestore: "before a restore",
  damaged: "a damaged workspace, kept",
  beforeDelete: "before an account was deleted",
};

/** "27 Nov 2026, 10:15" from the backup's local time stamp ("2026-11-27T10:15:00"). */
export function formatTakenAt(takenAt: string): string {
  const when = new Date(takenAt);
  if (Number.isNaN(when.getTime())) return takenAt;
  const date = when.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" });
  const time = when.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return `${date}, ${time}`;
}

/** "3 accounts · backed up by hand", or why it cannot be used. */
export function describeBackup(backup: ListedBackup): string {
  const why = REASON[backup.file.reason];
  if (backup.accounts === null) return `cannot be restored: ${backup.problem ?? "unreadable"}`;
  const accounts = backup.accounts === 1 ? "1 account" : `${backup.accounts} accounts`;
  return `${accounts} · ${why}`;
}
