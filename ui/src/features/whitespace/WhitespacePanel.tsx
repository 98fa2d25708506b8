// The whitespace matrix in the plan: our offerings (rows, grouped by family) × the account's needs
// (columns). A cell shows its state in colour and word, its value and its budget holder's
// initials; choosing it opens the cell's editor. The totals, from core, sit under the grid.
// With the client in the room the states stay but values and money totals are hidden, as in the
// client-safe PDF.
import { Fragment, useEffect, useState } from "react";
import type { AccountSnapshot, Need, Offering, WhitespaceCell, WhitespaceTotals } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatMoney } from "../../lib/format";
import { WHITESPACE_STATE_LABEL } from "../../shared/words";
import { economicsShown, useClientInRoom } from "../clientsafe";
import { Panel } from "../plan/controls";
import type { Save } from "../plan/editing";
import { CatalogueDialog } from "./CatalogueDialog";
import { CellEditor } from "./CellEditor";
import { cellAt, groupByFamily, initials, stateClass } from "./matrix";
import { NeedDialog, NewNeed } from "./NeedEditors";
import "./whitespace.css";

type Props = {
  snapshot: AccountSnapshot;
  save: Save;
  /** Reads the account again (the catalogue changed outside the account's own edits). */
  refresh: () => Promise<void>;
  onShowOnMap: (stakeholderIds: string[]) => void;
};

type Open = { kind: "cell"; offering: Offering; need: Need } | { kind: "need"; need: Need } | { kind: "catalogue" } | null;

export function WhitespacePanel({ snapshot, save, refresh, onShowOnMap }: Props) {
  const accountId = snapshot.account.id;
  const currency = snapshot.account.currency;
  const [open, setOpen] = useState<Open>(null);
  const valuesShown = economicsShown(useClientInRoom());
  const [totals, setTotals] = useState<WhitespaceTotals | null>(null);
  const { needs, offerings, whitespace } = snapshot;
  const groups = groupByFamily(offerings);
  const nameOf = (id: string | null) => snapshot.stakeholders.find((s) => s.id === id)?.name ?? "";

  // Core sums the matrix; asked again whenever the account changes.
  useEffect(() => {
    let current = true;
    backend.whitespaceTotals(accountId).then(
      (t) => current && setTotals(t),
      () => current && setTotals(null),
    );
    return () => {
      current = false;
    };
  }, [accountId, whitespace]);

  return (
    <Panel
      className="ws-panel"
      title="Whitespace"
      actions={
        <span className="ws-actions">
          <NewNeed onAdd={(name, onError) => save(() => backend.addNeed(accountId, name), onError)} />
          <button type="button" className="plan-button" onClick={() => setOpen({ kind: "catalogue" })}>
            Offerings…
          </button>
        </span>
      }
    >
      <p className="plan-help">
        Our offerings against their needs: where we sell, could sell, or lose to a competitor. Choose a cell to set its state,
        value and who holds the budget.
      </p>
      {offerings.length === 0 || needs.length === 0 ? (
        <p className="plan-muted ws-empty">
          {offerings.length === 0 ? "The catalogue has no offerings yet: add them with “Offerings…”." : ""}{" "}
          {needs.length === 0 ? "Add the account's needs or business units with “Add need”." : ""}
        </p>
      ) : (
        <div className="plan-table-wrap">
          <table className="plan-table ws-matrix" aria-label="Whitespace matrix">
            <thead>
              <tr>
                <th scope="col">Our offerings</th>
                {needs.map((n) => (
                  <th scope="col" key={n.id}>
                    <button
                      type="button"
                      className="ws-need"
                      aria-label={`Need ${n.name}: rename or remove`}
                      onClick={() => setOpen({ kind: "need", need: n })}
                    >
                      {n.name} <span aria-hidden>✎</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <Fragment key={g.family}>
                  <tr className="ws-family">
                    <th scope="colgroup" colSpan={needs.length + 1}>
                      {g.family}
                    </th>
                  </tr>
                  {g.offerings.map((o) => (
                    <tr key={o.id}>
                      <th scope="row">{o.name}</th>
                      {needs.map((n) => (
                        <td key={n.id}>
                          <CellButton
                            cell={cellAt(whitespace, o.id, n.id)}
                            label={`${o.name} × ${n.name}`}
                            holder={nameOf(cellAt(whitespace, o.id, n.id).budgetHolder)}
                            currency={currency}
                            valueShown={valuesShown}
                            onOpen={() => setOpen({ kind: "cell", offering: o, need: n })}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {valuesShown ? (
        totals && <Totals totals={totals} currency={currency} />
      ) : (
        <p className="plan-muted ws-values-hidden">Values and totals are hidden while the client is in the room.</p>
      )}
      {open?.kind === "cell" && (
        <CellEditor
          key={`${open.offering.id}-${open.need.id}`}
          offering={open.offering}
          need={open.need}
          cell={cellAt(whitespace, open.offering.id, open.need.id)}
          people={snapshot.stakeholders.filter((s) => s.status === "active")}
          valueShown={valuesShown}
          onSave={(cell: WhitespaceCell, onError) => save(() => backend.setWhitespaceCell(accountId, cell), onError)}
          onShowOnMap={(id) => onShowOnMap([id])}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === "need" && (
        <NeedDialog
          need={open.need}
          onRename={(name, onError) => save(() => backend.renameNeed(accountId, open.need.id, name), onError)}
          onRemove={() => save(() => backend.removeNeed(accountId, open.need.id))}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === "catalogue" && <CatalogueDialog onChanged={refresh} onClose={() => setOpen(null)} />}
    </Panel>
  );
}

function CellButton({
  cell,
  label,
  holder,
  currency,
  valueShown,
  onOpen,
}: {
  cell: WhitespaceCell;
  label: string;
  holder: string;
  currency: string;
  valueShown: boolean;
  onOpen: () => void;
}) {
  const word = WHITESPACE_STATE_LABEL[cell.state];
  const value = cell.estimatedValue == null || !valueShown ? "" : formatMoney(cell.estimatedValue, currency);
  const spoken = [word, value, holder && `budget holder ${holder}`, cell.note && `note: ${cell.note}`].filter(Boolean).join(", ");
  return (
    <button
      type="button"
      className={`ws-cell ${stateClass(cell.state)}`}
      aria-label={`${label}: ${spoken}. Change`}
      title={cell.note || undefined}
      onClick={onOpen}
    >
      <span className="ws-word">{word}</span>
      {(value || holder) && (
        <span className="ws-detail">
          {value && <span className="ws-value">{value}</span>}
          {holder && (
            <span className="ws-holder" title={holder}>
              {initials(holder)}
            </span>
          )}
        </span>
      )}
    </button>
  );
}

function Totals({ totals, currency }: { totals: WhitespaceTotals; currency: string }) {
  const missing = totals.openCellsWithoutValue;
  return (
    <div className="ws-totals" aria-label="Whitespace totals">
      <div className="ws-total">
        <span className="ws-total-label">Owned revenue</span>
        <strong>{formatMoney(totals.ownedRevenue, currency)}</strong>
      </div>
      <div className="ws-total">
        <span className="ws-total-label">Open cross-sell</span>
        <strong>{formatMoney(totals.openCrossSell, currency)}</strong>
      </div>
      <div className="ws-total">
        <span className="ws-total-label">Open up-sell</span>
        <strong>{formatMoney(totals.openUpSell, currency)}</strong>
      </div>
      {missing > 0 && (
        <p className="plan-muted ws-missing">
          {missing} open cell{missing === 1 ? " has" : "s have"} no estimated value yet.
        </p>
      )}
    </div>
  );
}
