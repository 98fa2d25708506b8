import { Dialog } from "../../shared/Dialog";
import { type BackupSource, OPEN_WORKSPACE, RestoreList } from "./RestoreList";
import "./backups.css";

type Props = {
  source?: BackupSource;
  onClose: () => void;
  /** After a restore the whole workspace is different: the caller reloads it all. */
  onRestored: () => void;
};

/** "Restore from a backup": the list in a dialog (the portfolio's button and the File menu). */
export function RestoreDialog({ source = OPEN_WORKSPACE, onClose, onRestored }: Props) {
  return (
    <Dialog title="Restore from a backup" onClose={onClose} className="restore-dialog">
      <RestoreList
        source={source}
        onCancel={onClose}
        onRestored={() => {
          onClose();
          onRestored();
        }}
      />
    </Dialog>
  );
}
