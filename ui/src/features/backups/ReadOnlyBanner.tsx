import { useEffect, useState } from "react";
import type { WorkspaceFile } from "../../bindings";
import { backend } from "../../lib/backend";
import "./backups.css";

/** Says so, in the status bar, when the workspace could only be opened for reading. */
export function ReadOnlyBanner() {
  const [file, setFile] = useState<WorkspaceFile | null>(null);
  useEffect(() => {
    let current = true;
    // No banner is the right answer when the status cannot be read.
    backend
      .workspaceFile()
      .then((f) => current && setFile(f))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, []);
  if (!file?.readOnly) return null;
  return (
    <span className="read-only-banner" role="status">
      Read-only: this workspace’s file or folder cannot be written, so changes will not be saved. Copy it to a folder you
      can write to and open the copy.
    </span>
  );
}
