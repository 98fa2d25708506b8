import type { ReactNode, Ref } from "react";
import type { AccountSnapshot } from "../../bindings";
import { ClientInRoomToggle } from "../clientsafe";
import { SearchBox } from "./SearchBox";

type Props = {
  snapshot: AccountSnapshot;
  searchRef: Ref<HTMLInputElement>;
  onPick: (personId: string) => void;
  /** Selecting a person zooms to them and their direct lines. */
  follow: boolean;
  onFollow: (on: boolean) => void;
  whatIfButton: ReactNode;
  clientInRoom: boolean;
  onLeave: () => void;
};

/** Presenter mode's only bar: find, follow the discussion, what-if, client in the room, leave. */
export function PresenterBar({ snapshot, searchRef, onPick, follow, onFollow, whatIfButton, clientInRoom, onLeave }: Props) {
  return (
    <div className="presenter-bar">
      <SearchBox ref={searchRef} snapshot={snapshot} onPick={onPick} />
      <button
        type="button"
        className="tool-button"
        aria-pressed={follow}
        onClick={() => onFollow(!follow)}
        title="Selecting a person zooms to them and their direct lines; Esc shows the whole map again"
      >
        {follow ? "✓ Follow the discussion" : "Follow the discussion"}
      </button>
      {whatIfButton}
      <ClientInRoomToggle on={clientInRoom} />
      <button type="button" className="tool-button" onClick={onLeave} aria-keyshortcuts="F5 Escape">
        Leave presenter mode
      </button>
    </div>
  );
}
