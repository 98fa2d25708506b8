import { forwardRef, useEffect, useRef, useState } from "react";
import type { QuickAddAnswers, QuickAddPreview, QuickAddQuestion } from "../../bindings";
import { QuickAddPreviewLine } from "./QuickAddPreviewLine";
import { QuickAddQuestionPanel } from "./QuickAddQuestionPanel";
import { NO_ANSWERS, type QuickAddHandlers } from "./quickAddTypes";

/** How long typing pauses before the preview is asked for (one round trip per pause, not per key). */
const PREVIEW_DELAY_MS = 80;

const EMPTY_PREVIEW: QuickAddPreview = { parts: [], notes: [], problem: null };

/**
 * One line per person, typed while the room talks: the preview under the bar says how each part
 * was read before Enter; Enter adds and clears, or asks first when the line would duplicate
 * someone or names one of two of ours.
 */
export const QuickAddBar = forwardRef<HTMLInputElement, QuickAddHandlers & { placeholder?: string }>(function QuickAddBar(
  { onAdd, onPreview, placeholder = "Add: Jane Doe, CFO, Finance, budget, blocker, reports to Tom Ng" },
  ref,
) {
  const [line, setLine] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<QuickAddPreview>(EMPTY_PREVIEW);
  const [question, setQuestion] = useState<QuickAddQuestion | null>(null);
  const input = useRef<HTMLInputElement | null>(null);

  // The preview follows the line; an answer for an older line is dropped.
  useEffect(() => {
    if (line.trim() === "") {
      setPreview(EMPTY_PREVIEW);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      onPreview(line).then(
        (p) => current && setPreview(p),
        () => current && setPreview(EMPTY_PREVIEW),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [line, onPreview]);

  const submit = async (answers: QuickAddAnswers) => {
    if (busy || line.trim() === "") return;
    setBusy(true);
    const result = await onAdd(line, answers);
    setBusy(false);
    setQuestion(result.kind === "asks" ? result.question : null);
    setError(result.kind === "refused" ? result.message : null);
    if (result.kind === "added") {
      setLine("");
      setPreview(EMPTY_PREVIEW);
    }
  };
  const closeQuestion = () => {
    setQuestion(null);
    input.current?.focus();
  };

  return (
    <div className="quick-add">
      <input
        ref={(el) => {
          input.current = el;
          if (typeof ref === "function") ref(el);
          else if (ref) ref.current = el;
        }}
        className="quick-add-input"
        aria-label="Quick add: name, title, department, role, attitude, reports to, known by"
        aria-keyshortcuts="N"
        aria-invalid={error !== null}
        aria-describedby="quick-add-help"
        placeholder={placeholder}
        value={line}
        onChange={(e) => {
          setLine(e.target.value);
          setError(null);
          setQuestion(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") void submit(NO_ANSWERS);
          if (e.key === "Escape") e.currentTarget.blur();
        }}
      />
      {question ? (
        <QuickAddQuestionPanel
          question={question}
          onCancel={closeQuestion}
          onAnswer={(answers) => {
            input.current?.focus();
            void submit(answers);
          }}
        />
      ) : (
        !error && <QuickAddPreviewLine preview={preview} />
      )}
      <div id="quick-add-help" className={error ? "quick-add-error" : "visually-hidden"} role={error ? "alert" : undefined}>
        {error ??
          "Name first, then any of: title, department, budget/gatekeeper/user (role: procurement marks a role), an attitude, influence 1–5, reports to NAME, dotted to NAME, known by NAME trusted, ours. Or: NAME covers NAME: acquainted → trusted."}
      </div>
    </div>
  );
});
