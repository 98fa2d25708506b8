import { useState } from "react";

type Props = {
  name: string;
  onErase: () => void;
};

/**
 * "Erase this person's personal data": unlike Delete, it cannot be undone — the person also goes
 * from the undo history and from every review — so it asks first, in place, saying exactly that.
 */
export function ErasePersonButton({ name, onErase }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="plan-button subtle erase-person" onClick={() => setAsking(true)}>
        Erase this person’s personal data…
      </button>
    );
  }
  return (
    <div className="erase-confirm" role="alertdialog" aria-label={`Erase ${name}`}>
      <p>
        Erase <strong>{name}</strong> for good? Their card, lines and goals go, and so do their traces in the undo
        history and in every review. This cannot be undone. (Backups taken before still hold them.)
      </p>
      <span className="plan-confirm">
        <button type="button" className="plan-button danger" onClick={onErase} autoFocus>
          Erase for good
        </button>
        <button type="button" className="plan-button" onClick={() => setAsking(false)}>
          Keep
        </button>
      </span>
    </div>
  );
}
