import type { ReactNode, Ref } from "react";
import type { AccountSnapshot, HistoryState } from "../../bindings";
import { ClientInRoomToggle } from "../clientsafe";
import type { BusyWith } from "./editorState";
import { FilterMenu } from "./FilterMenu";
import type { MapFilter } from "./highlight";
import { QuickAddBar } from "./QuickAddBar";
import type { QuickAddHandlers } from "./quickAddTypes";
import { SearchBox } from "./SearchBox";
import type { EditorAction } from "./shortcuts";

type Props = QuickAddHandlers & {
  snapshot: AccountSnapshot;
  quickAddRef: Ref<HTMLInputElement>;
  searchRef: Ref<HTMLInputElement>;
  quickAddPlaceholder?: string;
  onPick: (personId: string) => void;
  filter: MapFilter;
  clientInRoom: boolean;
  onFilter: (filter: MapFilter) => void;
  history: HistoryState;
  busy: BusyWith | null;
  /** Runs one of the editor's actions (the same ones the keys run). */
  onAct: (action: EditorAction) => void;
  whatIfButton: ReactNode;
};

/** The map editor's toolbar: quick-add, find, filters, undo/redo, layout and view, what-if. */
export function MapToolbar({
  snapshot,
  quickAddRef,
  searchRef,
  quickAddPlaceholder,
  onPreview,
  onAdd,
  onPick,
  filter,
  clientInRoom,
  onFilter,
  history,
  busy,
  onAct,
  whatIfButton,
}: Props) {
  return (
      <div className="map-toolbar" role="toolbar" aria-label="Map tools">
        <QuickAddBar ref={quickAddRef} onPreview={onPreview} onAdd={onAdd} placeholder={quickAddPlaceholder} />
        <SearchBox ref={searchRef} snapshot={snapshot} onPick={onPick} />
        <FilterMenu
          snapshot={snapshot}
          filter={filter}
          clientInRoom={clientInRoom}
          onChange={onFilter}
        />
        <span className="toolbar-group">
          <button
            type="button"
            className="tool-button"
            onClick={() => onAct("undo")}
            disabled={!history.undo || busy !== null}
            aria-keyshortcuts="Control+Z"
            title={history.undo ? `Undo ${history.undo} (Ctrl+Z)` : "Nothing to undo"}
            aria-label={history.undo ? `Undo ${history.undo}` : "Undo"}
          >
            ↶ Undo
          </button>
          <button
            type="button"
            className="tool-button"
            onClick={() => onAct("redo")}
            disabled={!history.redo || busy !== null}
            aria-keyshortcuts="Shift+Control+Z"
            title={history.redo ? `Redo ${history.redo} (Shift+Ctrl+Z)` : "Nothing to redo"}
            aria-label={history.redo ? `Redo ${history.redo}` : "Redo"}
          >
            ↷ Redo
          </button>
        </span>
        <span className="toolbar-group">
          <button type="button" className="tool-button map-action" onClick={() => onAct("layOut")} aria-keyshortcuts="L" disabled={busy !== null}>
            {busy === "layout" ? "Laying out…" : "Lay out"}
          </button>
          <button type="button" className="tool-button" onClick={() => onAct("fit")} aria-keyshortcuts="F">
            Fit
          </button>
          <button type="button" className="tool-button" onClick={() => onAct("presenter")} aria-keyshortcuts="F5">
            Present
          </button>
        </span>
        <span className="toolbar-group">
          {whatIfButton}
          <ClientInRoomToggle on={clientInRoom} />
          <button type="button" className="tool-button" onClick={() => onAct("shortcuts")} aria-label="Keyboard shortcuts" aria-keyshortcuts="?">
            ?
          </button>
        </span>
      </div>
  );
}
