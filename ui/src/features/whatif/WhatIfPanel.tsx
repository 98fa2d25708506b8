import type { AccountSnapshot, Finding, WhatIf } from "../../bindings";
import { SEVERITY_LABEL } from "../../shared/words";
import { consequences, type NamedPerson, question } from "./whatIfModel";
import type { WhatIfState } from "./useWhatIf";
import "./whatif.css";

type Props = {
  snapshot: AccountSnapshot;
  whatIf: WhatIfState;
  /** Keeps findings the room may not see out of the list (client in the room). */
  shownFindings: (findings: Finding[]) => Finding[];
  onFocus: (personId: string) => void;
};

function People({ people, onFocus }: { people: NamedPerson[]; onFocus: (id: string) => void }) {
  return (
    <ul className="what-if-people">
      {people.map((p) => (
        <li key={p.id}>
          <button type="button" className="link" onClick={() => onFocus(p.id)}>
            {p.name}
          </button>
          {p.title && <span className="what-if-title"> · {p.title}</span>}
        </li>
      ))}
    </ul>
  );
}

function Section({ title, count, empty, children }: { title: string; count: number; empty: string; children: React.ReactNode }) {
  const id = `what-if-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <section className="what-if-section" aria-labelledby={id}>
      <h3 id={id}>
        {title} {count > 0 && <span className="what-if-count">{count}</span>}
      </h3>
      {count === 0 ? <p className="what-if-none">{empty}</p> : children}
    </section>
  );
}

function Answer({ snapshot, removals, result, shownFindings, onFocus }: Omit<Props, "whatIf"> & { removals: NonNullable<WhatIfState["removals"]>; result: WhatIf }) {
  const c = consequences(snapshot, removals, result);
  const findings = shownFindings(c.findings.map((f) => f.finding));
  const shown = c.findings.filter((f) => findings.includes(f.finding));
  return (
    <>
      <Section title="Lose their only way in" count={c.stranded.length} empty="Everyone known today is still known by someone of ours.">
        <People people={c.stranded} onFocus={onFocus} />
      </Section>
      {c.budgetHolders.length > 0 && (
        <Section title="Budget holders left without a trusted relationship" count={c.budgetHolders.length} empty="">
          <People people={c.budgetHolders} onFocus={onFocus} />
        </Section>
      )}
      <Section title="Findings that appear or get worse" count={shown.length} empty="No finding appears or gets worse.">
        <ul className="what-if-findings">
          {shown.map(({ finding, change }) => (
            <li key={finding.key} className="what-if-finding">
              <span className="what-if-change">{change === "new" ? "New" : "Worse"}</span>{" "}
              <span className="what-if-severity">{SEVERITY_LABEL[finding.severity]}</span>: <strong>{finding.title}</strong>
              <p>{finding.explanation}</p>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Goals at risk" count={c.goals.length} empty="No open goal rests on them.">
        <ul>
          {c.goals.map((g) => (
            <li key={g.id}>{g.title}</li>
          ))}
        </ul>
      </Section>
      <Section title="Initiatives at risk" count={c.initiatives.length} empty="No open initiative is theirs or serves a goal at risk.">
        <ul>
          {c.initiatives.map((i) => (
            <li key={i.id}>{i.title}</li>
          ))}
        </ul>
      </Section>
    </>
  );
}

/** The side panel while what-if is on: who leaves, and what the account would lose. */
export function WhatIfPanel({ snapshot, whatIf, shownFindings, onFocus }: Props) {
  const { removals, result, problem } = whatIf;
  if (!removals) return null;
  const leaving = consequences(snapshot, removals, result ?? EMPTY).leaving;
  return (
    <aside className="inspector what-if-panel" aria-label="What if">
      <p className="what-if-kicker">What-if · nothing is changed</p>
      <h2>{question(leaving)}</h2>
      {leaving.length > 0 && (
        <ul className="what-if-leaving" aria-label="Leaving">
          {leaving.map((p) => (
            <li key={p.id}>
              {p.name}
              <button type="button" className="close" aria-label={`${p.name} stays`} onClick={() => whatIf.toggle(p.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="what-if-hint">Click people on the map to add them to those leaving, or to take them out again.</p>
      {problem && <p className="error-text">{problem}</p>}
      {leaving.length > 0 && !result && !problem && <p className="what-if-none">Working it out…</p>}
      {leaving.length > 0 && result && (
        <Answer snapshot={snapshot} removals={removals} result={result} shownFindings={shownFindings} onFocus={onFocus} />
      )}
      <button type="button" className="primary what-if-leave" onClick={whatIf.leave} aria-keyshortcuts="Escape">
        Leave what-if (Esc)
      </button>
    </aside>
  );
}

const EMPTY: WhatIf = {
  appeared: [],
  worsened: [],
  vanished: [],
  coverageLost: [],
  orphanedBudgetHolders: [],
  goalsAtRisk: [],
  initiativesAtRisk: [],
};
