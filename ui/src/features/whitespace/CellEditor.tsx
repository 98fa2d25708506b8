// One cell of the whitespace matrix in a small dialog: state, estimated value (0 or more), the
// budget holder (one of the account's people) and a note. Nothing is saved while a field is wrong.
import { useState } from "react";
import type { Need, Offering, Stakeholder, WhitespaceCell, WhitespaceState } from "../../bindings";
import { amountText } from "../../lib/amounts";
import { Dialog } from "../../shared/Dialog";
import { EnumSelect } from "../../shared/EnumSelect";
import { ErrorText, Field } from "../../shared/Field";
import type { FieldError, FieldErrors } from "../../shared/fieldError";
import { WHITESPACE_STATE_LABEL, WHITESPACE_STATES } from "../../shared/words";
import { parseEstimatedValue } from "./matrix";

type Props = {
  offering: Offering;
  need: Need;
  cell: WhitespaceCell;
  /** The account's active people, who may hold the budget. */
  people: Stakeholder[];
  /** False with the client in the room: the value is neither shown nor changed. */
  valueShown?: boolean;
  onSave: (cell: WhitespaceCell, onError: (e: FieldError) => void) => Promise<boolean>;
  onShowOnMap: (stakeholderId: string) => void;
  onClose: () => void;
};

export function CellEditor({ offering, need, cell, people, valueShown = true, onSave, onShowOnMap, onClose }: Props) {
  const [state, setState] = useState<WhitespaceState>(cell.state);
  const [value, setValue] = useState(cell.estimatedValue == null ? "" : amountText(cell.estimatedValue) || "0");
  const [holder, setHolder] = useState<string>(cell.budgetHolder ?? "");
  const [note, setNote] = useState(cell.note ?? "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const holderName = people.find((p) => p.id === holder)?.name;

  const submit = async () => {
    const parsed = valueShown ? parseEstimatedValue(value) : { value: cell.estimatedValue };
    if ("error" in parsed) {
      setErrors({ estimatedValue: parsed.error });
      return;
    }
    const next: WhitespaceCell = {
      offering: offering.id,
      need: need.id,
      state,
      estimatedValue: parsed.value,
      budgetHolder: holder || null,
      note,
    };
    const ok = await onSave(next, (e) => setErrors({ [e.field]: e.message }));
    if (ok) onClose();
  };

  return (
    <Dialog title={`${offering.name} × ${need.name}`} onClose={onClose} className="ws-cell-dialog">
      <form
        className="ws-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label="State" error={errors.state}>
          <EnumSelect name="state" values={WHITESPACE_STATES} labels={WHITESPACE_STATE_LABEL} value={state} onChange={setState} />
        </Field>
        {valueShown && (
          <Field label="Estimated value a year" error={errors.estimatedValue} hint="Owned: what we earn. Open: the deal we hope for.">
            <input
              name="estimatedValue"
              inputMode="decimal"
              value={value}
              placeholder="e.g. 120,000"
              aria-invalid={errors.estimatedValue ? true : undefined}
              onChange={(e) => {
                setValue(e.target.value);
                setErrors({});
              }}
            />
          </Field>
        )}
        <Field label="Budget holder" error={errors.budgetHolder}>
          <select name="budgetHolder" value={holder} onChange={(e) => {
            setHolder(e.target.value);
            setErrors({});
          }}>
            <option value="">Nobody named</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.title ? ` · ${p.title}` : ""}
              </option>
            ))}
          </select>
        </Field>
        {holderName && (
          <button type="button" className="plan-button link inline ws-show-holder" onClick={() => onShowOnMap(holder)}>
            Show {holderName} on the map
          </button>
        )}
        <Field label="Note" error={errors.note}>
          <textarea name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        {errors[""] && <ErrorText paragraph>{errors[""]}</ErrorText>}
        <div className="dialog-actions">
          <button type="button" className="plan-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="plan-button primary">
            Save cell
          </button>
        </div>
      </form>
    </Dialog>
  );
}
