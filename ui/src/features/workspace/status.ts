import type { WorkspaceInfo } from "../../bindings";

/** The status bar's words for the current workspace. */
export function workspaceStatus(info: WorkspaceInfo | null): string {
  if (!info) return "Workspace: …";
  if (info.open) return `Workspace: ${info.path ?? ""}${info.isDemo ? " (the demo)" : ""}`;
  return info.path ? `No workspace open (${info.path} could not be opened)` : "No workspace open";
}
