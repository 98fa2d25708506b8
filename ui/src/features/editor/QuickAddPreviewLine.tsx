import type { QuickAddPreview } from "../../bindings";

/**
 * Under the quick-add bar, before Enter: how each part of the line was read
 * ("Eve Park · Title: Head of Procurement · Department: Procurement · Gatekeeper · Blocker"),
 * exactly as core parsed it, then what Enter will do on this map or why it would refuse.
 */
export function QuickAddPreviewLine({ preview }: { preview: QuickAddPreview }) {
  const { parts, notes, problem } = preview;
  if (parts.length === 0 && notes.length === 0 && !problem) return null;
  return (
    <div className="quick-add-preview" data-testid="quick-add-preview">
      {parts.length > 0 && (
        <p className="quick-add-parts" aria-label="Read as">
          {parts.map((p, i) => (
            <span key={i} className={`quick-add-part part-${p.kind}`}>
              {i > 0 && (
                <span className="quick-add-sep" aria-hidden>
                  {" · "}
                </span>
              )}
              {p.text}
            </span>
          ))}
        </p>
      )}
      {notes.map((note) => (
        <p key={note} className="quick-add-note">
          {note}
        </p>
      ))}
      {problem && <p className="quick-add-problem">{problem}</p>}
    </div>
  );
}
