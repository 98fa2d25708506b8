// What a card can ask of the editor around it (inline rename). A context, so cards stay memoised
// React Flow nodes without callbacks in their data.
import { createContext } from "react";

export type CardActions = {
  commitRename: (personId: string, name: string) => void;
  cancelRename: () => void;
};

export const CardActionsContext = createContext<CardActions>({
  commitRename: () => {},
  cancelRename: () => {},
});
