// What a card can ask of the editor around it (inline rename, folding its branch). A context, so cards stay memoised
// React Flow nodes without callbacks in their data.
import { createContext } from "react";

export type CardActions = {
  commitRename: (personId: string, name: string) => void;
  cancelRename: () => void;
  /** Fold a manager's branch into their card, or unfold it. */
  toggleBranch: (managerId: string) => void;
};

export const CardActionsContext = createContext<CardActions>({
  commitRename: () => {},
  cancelRename: () => {},
  toggleBranch: () => {},
});
