// Help → Facilitator guide: the whole "what to ask the room", every step's purpose and questions,
// from the same guide the steps show one at a time (FACILITATOR_GUIDE, written once in core).
import { FACILITATOR_GUIDE, VOCABULARY } from "../../bindings";
import { Dialog } from "../../shared/Dialog";
import "./plan.css";

export function GuideDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Facilitator guide" onClose={onClose} className="guide-dialog">
      <p className="guide-intro">What to ask the room at each step of the plan. Each step also shows its own questions above its work.</p>
      <ol className="guide-steps">
        {FACILITATOR_GUIDE.map((g, i) => (
          <li key={g.step}>
            <h3>
              {i + 1} {VOCABULARY.planSteps.find((s) => s.value === g.step)?.label ?? g.step}
            </h3>
            <p className="guide-purpose">{g.purpose}</p>
            <ul className="guide-questions">
              {g.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
