import { CLIENT_IN_ROOM_BANNER, setClientInRoom } from "./clientInRoom";
import "./clientsafe.css";

/** The switch, in the toolbar and the presenter bar. */
export function ClientInRoomToggle({ on }: { on: boolean }) {
  return (
    <button
      type="button"
      className={on ? "tool-button client-in-room-toggle on" : "tool-button client-in-room-toggle"}
      aria-pressed={on}
      onClick={() => setClientInRoom(!on)}
      title="Hide attitudes, findings about them and private notes while the client watches (not saved; kept while Rapport runs)"
    >
      {on ? "Client in the room ✓" : "Client in the room"}
    </button>
  );
}

/** Says, impossible to miss, that the view is the client's and how to leave it. */
export function ClientInRoomBanner() {
  return (
    <div className="client-in-room-banner" role="status">
      <span className="client-in-room-text">
        <span className="client-in-room-what">{CLIENT_IN_ROOM_BANNER}</span>
        <span className="client-in-room-note">Editing still works; this view is not saved and lasts while Rapport runs.</span>
      </span>
      <button type="button" onClick={() => setClientInRoom(false)}>
        Show everything
      </button>
    </div>
  );
}
