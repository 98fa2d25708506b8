import { useEffect, useRef } from "react";
import type { QuickAddAnswers, QuickAddQuestion } from "../../bindings";
import { TEAM_ROLE_LABEL } from "../../shared/visualLanguage";

type Props = {
  question: QuickAddQuestion;
  /** Try the line again with this answer. */
  onAnswer: (answers: QuickAddAnswers) => void;
  onCancel: () => void;
};

/**
 * What Enter asks before writing: which of ours a shared name means, or whether to add a second
 * person of a name already on the map. Nothing is added until the user says so.
 */
export function QuickAddQuestionPanel({ question, onAnswer, onCancel }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [question]);
  return (
    <div
      className="quick-add-question"
      role="alertdialog"
      aria-label={question.kind === "alreadyOnMap" ? `${question.name} is already on this map` : `Which ${question.name}?`}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      {question.kind === "alreadyOnMap" ? (
        <>
          <p>{question.message}</p>
          <div className="quick-add-choices">
            <button ref={first} type="button" className="tool-button" onClick={onCancel}>
              Don't add
            </button>
            <button type="button" className="tool-button" onClick={() => onAnswer({ addAnyway: true, picked: [] })}>
              Add anyway
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            {question.candidates.length} of ours are called “{question.name}”. Which one?
          </p>
          <div className="quick-add-choices">
            {question.candidates.map((c, i) => (
              <button
                key={c.id}
                ref={i === 0 ? first : undefined}
                type="button"
                className="tool-button"
                onClick={() => onAnswer({ addAnyway: false, picked: [c.id] })}
              >
                {c.name} — {c.title || TEAM_ROLE_LABEL[c.teamRole]}
                {c.onThisMap ? " (on this map)" : ""}
              </button>
            ))}
            {question.mayAddNew && (
              <button type="button" className="tool-button" onClick={() => onAnswer({ addAnyway: true, picked: [] })}>
                A new {question.name}
              </button>
            )}
            <button type="button" className="tool-button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  );
}
