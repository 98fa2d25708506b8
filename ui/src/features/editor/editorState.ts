// The map editor's screen state in one place: what is selected, which dialog is open, what the
// toolbar is busy with. A pure reducer, so every transition is tested without a DOM or a backend.
import type { Finding, HistoryState, PersonId, Position, RemovalImpact } from "../../bindings";
import type { MapSelection } from "../map";
import { type MapFilter, NO_FILTER } from "./highlight";

/** A long-running toolbar action; while one runs the others wait. */
export type BusyWith = "undo" | "redo" | "layout";

/** Bring a card into view; a new `round` asks again even for the same person. */
export type FocusRequest = { id: string; round: number; ifHidden?: boolean };

/** One step of zoom asked for; the round tells two equal requests apart. */
export type ZoomRequest = { by: 1 | -1; round: number };

export type EditorState = {
  /** What undo and redo would do next, as the backend names them. */
  history: HistoryState;
  selection: MapSelection | null;
  filter: MapFilter;
  /** The card whose name is being edited in place. */
  renaming: string | null;
  /** Bumped to fit the whole map into view again. */
  fitRound: number;
  /** Bumped to zoom one step in (by 1) or out (by -1) around the view's centre. */
  zoom: ZoomRequest | null;
  focus: FocusRequest | null;
  /** The connect dialog: from a person, to a person (null: the dialog asks). */
  connecting: { from: string; to: string | null } | null;
  /** The delete dialog, with what else goes. */
  deleting: { person: PersonId; impact: RemovalImpact } | null;
  /** Adding a person where the canvas was double-clicked: map position and screen point. */
  creating: { at: Position; screen: { x: number; y: number } } | null;
  findings: Finding[];
  helpOpen: boolean;
  /** Edit → Clear undo history…: asking before the account's history goes. */
  clearingHistory: boolean;
  busy: BusyWith | null;
};

export type EditorEvent =
  | { type: "historyChanged"; history: HistoryState }
  | { type: "selected"; selection: MapSelection | null }
  | { type: "focusedOn"; id: string; ifHidden: boolean }
  | { type: "filtered"; filter: MapFilter }
  | { type: "renameStarted"; id: string }
  | { type: "renameEnded" }
  | { type: "fitRequested" }
  | { type: "zoomRequested"; by: 1 | -1 }
  | { type: "connectStarted"; from: string; to: string | null }
  | { type: "connectEnded" }
  | { type: "deleteAsked"; person: PersonId; impact: RemovalImpact }
  | { type: "deleteCancelled" }
  | { type: "deleteConfirmed" }
  | { type: "createStarted"; at: Position; screen: { x: number; y: number } }
  | { type: "createEnded" }
  | { type: "findingsLoaded"; findings: Finding[] }
  | { type: "helpToggled"; open: boolean }
  | { type: "clearHistoryToggled"; open: boolean }
  | { type: "busyWith"; task: BusyWith | null };

export const initialEditorState: EditorState = {
  history: { undo: null, redo: null },
  selection: null,
  filter: NO_FILTER,
  renaming: null,
  fitRound: 0,
  zoom: null,
  focus: null,
  connecting: null,
  deleting: null,
  creating: null,
  findings: [],
  helpOpen: false,
  clearingHistory: false,
  busy: null,
};

export function editorReducer(state: EditorState, event: EditorEvent): EditorState {
  switch (event.type) {
    case "historyChanged":
      return { ...state, history: event.history };
    case "selected":
      return { ...state, selection: event.selection };
    case "focusedOn":
      return {
        ...state,
        selection: { kind: "person", id: event.id },
        focus: { id: event.id, round: (state.focus?.round ?? 0) + 1, ifHidden: event.ifHidden },
      };
    case "filtered":
      return { ...state, filter: event.filter };
    case "renameStarted":
      return { ...state, renaming: event.id };
    case "renameEnded":
      return { ...state, renaming: null };
    case "fitRequested":
      return { ...state, fitRound: state.fitRound + 1 };
    case "zoomRequested":
      return { ...state, zoom: { by: event.by, round: (state.zoom?.round ?? 0) + 1 } };
    case "connectStarted":
      return { ...state, connecting: { from: event.from, to: event.to } };
    case "connectEnded":
      return { ...state, connecting: null };
    case "deleteAsked":
      return { ...state, deleting: { person: event.person, impact: event.impact } };
    case "deleteCancelled":
      return { ...state, deleting: null };
    case "deleteConfirmed":
      // The person is going: nothing stays selected that could point at them.
      return { ...state, deleting: null, selection: null };
    case "createStarted":
      return { ...state, creating: { at: event.at, screen: event.screen } };
    case "createEnded":
      return { ...state, creating: null };
    case "findingsLoaded":
      return { ...state, findings: event.findings };
    case "helpToggled":
      return { ...state, helpOpen: event.open };
    case "clearHistoryToggled":
      return { ...state, clearingHistory: event.open };
    case "busyWith":
      return { ...state, busy: event.task };
  }
}

/** A dialog or the add-here box has the keyboard: the map's shortcuts stay quiet. */
export function isDialogOpen(state: EditorState): boolean {
  return (
    state.connecting !== null ||
    state.deleting !== null ||
    state.helpOpen ||
    state.creating !== null ||
    state.clearingHistory
  );
}
