import type { QuickAddAnswers, QuickAddPreview, QuickAddQuestion } from "../../bindings";

/** What Enter in the quick-add bar came to. */
export type QuickAddResult =
  | { kind: "added" }
  /** Nothing was written: the user decides first (which of ours, or add a duplicate anyway). */
  | { kind: "asks"; question: QuickAddQuestion }
  | { kind: "refused"; message: string };

export type QuickAddHandlers = {
  /** How core reads the line so far, and what Enter would do on this map. */
  onPreview: (line: string) => Promise<QuickAddPreview>;
  /** Does what the line says, with the user's answers to an earlier question. */
  onAdd: (line: string, answers: QuickAddAnswers) => Promise<QuickAddResult>;
};

export const NO_ANSWERS: QuickAddAnswers = { addAnyway: false, picked: [] };
