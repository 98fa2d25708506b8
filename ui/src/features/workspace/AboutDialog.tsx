import { useEffect, useState } from "react";
import type { AboutRapport } from "../../bindings";
import { backend } from "../../lib/backend";
import { Dialog } from "../../shared/Dialog";

/** Help → About: the version, and where Rapport keeps the default workspace, the demo and the settings. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [about, setAbout] = useState<AboutRapport | null>(null);
  useEffect(() => {
    void backend.aboutRapport().then(setAbout);
  }, []);
  return (
    <Dialog title="About Rapport" onClose={onClose} className="about-dialog">
      <p>
        Rapport {about?.version ?? ""}: stakeholder maps and account plans for key-account workshops. Everything stays
        in your workspace file on this computer.
      </p>
      {about && (
        <dl>
          <dt>Default workspace and the demo</dt>
          <dd>{about.dataFolder}</dd>
          <dt>Settings</dt>
          <dd>{about.settingsFile}</dd>
        </dl>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
