import type { Position, QuickAddAnswers } from "../../bindings";
import { QuickAddBar } from "./QuickAddBar";
import type { QuickAddHandlers, QuickAddResult } from "./quickAddTypes";

type Props = Pick<QuickAddHandlers, "onPreview"> & {
  /** Where on the map the new person goes, and where on screen the popup opens. */
  at: Position;
  screen: { x: number; y: number };
  placeholder?: string;
  onAdd: (line: string, at: Position, answers: QuickAddAnswers) => Promise<QuickAddResult>;
  onClose: () => void;
};

/** The quick-add bar opened by a double-click on the empty map: the person lands there. */
export function CreateAtPopup({ at, screen, placeholder, onPreview, onAdd, onClose }: Props) {
  return (
    <div className="create-at" style={{ left: screen.x, top: screen.y }}>
      <QuickAddBar
        onPreview={onPreview}
        placeholder={placeholder}
        onAdd={async (line, answers) => {
          const result = await onAdd(line, at, answers);
          if (result.kind === "added") onClose();
          return result;
        }}
      />
      <button type="button" className="close" aria-label="Cancel adding" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
