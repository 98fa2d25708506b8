// Storing cards moved on the map, and telling a person's kind from their id.
import type { AccountEdit, AccountSnapshot, HistoryState, PersonId, Position } from "../../bindings";
import { backend, describeError } from "../../lib/backend";

/** The person behind a card's id: one of theirs or one of ours (null when gone). */
export function personRef(snapshot: AccountSnapshot, id: string): PersonId | null {
  if (snapshot.stakeholders.some((s) => s.id === id)) return { kind: "stakeholder", id };
  if (snapshot.team.some((t) => t.id === id)) return { kind: "teamMember", id };
  return null;
}

type Handlers = {
  onHistory: (history: HistoryState) => void;
  onEdit: (edit: AccountEdit) => void;
  onError: (message: string) => void;
};

/**
 * Stores each moved card (one undo step each), then reads the account back: the store pins a
 * dropped card, so the card shows it and undo has the right state.
 */
export async function storeMoves(snapshot: AccountSnapshot, moves: { id: string; at: Position }[], handlers: Handlers) {
  const accountId = snapshot.account.id;
  for (const m of moves) {
    const person = personRef(snapshot, m.id);
    if (!person) continue;
    try {
      handlers.onHistory(await backend.movePerson(accountId, person, m.at));
    } catch (err) {
      handlers.onError(describeError(err));
    }
  }
  try {
    handlers.onEdit(await backend.accountEditState(accountId));
  } catch (err) {
    handlers.onError(describeError(err));
  }
}
