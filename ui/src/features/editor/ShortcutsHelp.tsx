import { Dialog } from "../../shared/Dialog";
import { SHORTCUTS } from "./shortcuts";

/** Every keyboard shortcut, from the one action table the key handler and the menu bar use. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts-help">
      <div className="shortcuts-list">
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td>
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && " or "}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>{s.what}</td>
              </tr>
            ))}
            <tr>
              <td>Drag a card, hold it on a person, drop</td>
              <td>Make them the manager (the card lights up green first; a quick drag only moves it)</td>
            </tr>
            <tr>
              <td>A big map zoomed far out</td>
              <td>
                The cards are drawn as blocks: click one to select it, double-click it to come close. Dragging there moves
                the view; zoom in to move a card.
              </td>
            </tr>
            <tr>
              <td>Client in the room</td>
              <td>
                The toolbar switch hides attitudes, findings about them and private notes, as the client-safe PDF does.
                A view, not an edit: it stays on while Rapport runs and is off at the next start.
              </td>
            </tr>
            <tr>
              <td>
                <kbd>Tab</kbd>, <kbd>Enter</kbd>
              </td>
              <td>Move between cards and controls; Enter selects a card</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
