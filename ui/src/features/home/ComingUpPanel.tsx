// The portfolio's "Coming up": the next 30 days' birthdays and dates, thank-yous due and people
// past their contact cadence across every account, overdue ones first. Each entry opens the
// account's map with that person selected.
import { useEffect, useState } from "react";
import type { AccountId, ComingUp } from "../../bindings";
import { backend, describeError } from "../../lib/backend";
import { COMING_UP_KIND_LABEL } from "../../shared/words";
import { comingUpLabel, comingUpWhat, comingUpWhen, groupComingUp } from "./comingUp";

/** How many entries show before "Show all": two rows above the table on a projector. */
const FIRST = 6;

type Props = { onOpenPerson: (account: AccountId, person: string) => void };

export function ComingUpPanel({ onOpenPerson }: Props) {
  const [items, setItems] = useState<ComingUp[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  useEffect(() => {
    backend.comingUp().then(setItems, (err: unknown) => setProblem(describeError(err)));
  }, []);

  const { overdue, upcoming } = groupComingUp(items ?? []);
  const ordered = [...overdue, ...upcoming];
  const shown = all ? ordered : ordered.slice(0, FIRST);
  return (
    <section className="coming-up" aria-label="Coming up">
      <h2>
        Coming up <span className="coming-up-span">next 30 days</span>
      </h2>
      {problem && <p className="home-status failed">{problem}</p>}
      {items && items.length === 0 && <p className="coming-up-empty">Nothing in the next 30 days.</p>}
      {[
        { title: "Overdue", list: shown.filter((i) => i.overdue) },
        { title: "Soon", list: shown.filter((i) => !i.overdue) },
      ]
        .filter((group) => group.list.length > 0)
        .map((group) => (
          <div key={group.title} className="coming-up-group">
            <h3>{group.title}</h3>
            <ul className="coming-up-list" aria-label={group.title}>
              {group.list.map((item) => (
                <li key={`${item.account}:${item.stakeholder}:${item.kind}:${item.title}:${item.date}`}>
                  <button
                    type="button"
                    className={item.overdue ? "coming-up-item coming-up-overdue" : "coming-up-item"}
                    aria-label={comingUpLabel(item)}
                    title={`Open ${item.stakeholderName}'s card in ${item.accountName}`}
                    onClick={() => onOpenPerson(item.account, item.stakeholder)}
                  >
                    <span className="coming-up-top">
                      <span className={`coming-up-kind kind-${item.kind}`}>{COMING_UP_KIND_LABEL[item.kind]}</span>
                      <span className="coming-up-when">{comingUpWhen(item)}</span>
                    </span>
                    <span className="coming-up-main">
                      <strong>{item.stakeholderName}</strong> · {item.accountName}
                    </span>
                    <span className="coming-up-what">{comingUpWhat(item)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      {ordered.length > FIRST && (
        <button type="button" className="plan-button link" onClick={() => setAll(!all)}>
          {all ? "Show fewer" : `Show all ${ordered.length}`}
        </button>
      )}
    </section>
  );
}
