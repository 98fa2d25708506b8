// "What to ask the room": the facilitator's questions for the step on screen, from the one guide
// in core (FACILITATOR_GUIDE in the bindings, which the PDF can print too). Open or closed is
// remembered in Settings, so a facilitator who knows the method closes it once.
import { FACILITATOR_GUIDE } from "../../bindings";
import { usePreferences } from "../../lib/preferences";
import type { PlanStepId } from "./steps";

export function GuidePanel({ step }: { step: PlanStepId }) {
  const { settings, save } = usePreferences();
  const guide = FACILITATOR_GUIDE.find((g) => g.step === step);
  if (!guide) return null;
  const open = settings.guideOpen;
  const toggle = () => {
    // The panel follows the saved settings; if they cannot be written it stays as it was.
    void save({ ...settings, guideOpen: !open }).catch(() => {});
  };
  return (
    <aside className={`guide-panel${open ? " open" : ""}`} aria-label="What to ask the room">
      <button type="button" className="guide-toggle" aria-expanded={open} aria-controls={`guide-${step}`} onClick={toggle}>
        <span aria-hidden="true">{open ? "▾" : "▸"}</span> What to ask the room
      </button>
      {open && (
        <div id={`guide-${step}`} className="guide-body">
          <p className="guide-purpose">{guide.purpose}</p>
          <ul className="guide-questions">
            {guide.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
