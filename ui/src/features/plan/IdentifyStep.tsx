import { useState } from "react";
import type { Assessment, CrosswalkEntry, GridPlacement, Quadrant, Role, Stakeholder } from "../../bindings";
import { backend } from "../../lib/backend";
import { EnumSelect } from "../../shared/EnumSelect";
import { ATTITUDE_STYLE, ATTITUDES, attitudeWithMark, ROLE_STYLE, ROLES } from "../../shared/visualLanguage";
import { QUADRANT_LABEL, QUADRANTS } from "../../shared/words";
import { Panel } from "./controls";
import { crosswalkFor, withCrosswalkRoles } from "./crosswalk";
import { useAnalysis, useCrosswalk } from "./data";
import type { StepProps } from "./editing";
import { personFieldShown, useClientInRoom } from "../clientsafe";

/** Step 2: every person's roles, attitude and influence, as a fast table or a power/interest grid. */
export function IdentifyStep({ snapshot, save, onShowOnMap }: StepProps) {
  const [view, setView] = useState<"table" | "grid">("table");
  const crosswalk = useCrosswalk();
  const analysis = useAnalysis(snapshot);
  const people = snapshot.stakeholders.filter((s) => s.status === "active");
  const left = snapshot.stakeholders.length - people.length;
  // With the client in the room: no attitudes, no other method's words (core's client-safe rule).
  const clientInRoom = useClientInRoom();
  const shown = { attitude: personFieldShown(clientInRoom, "attitude"), roleTag: personFieldShown(clientInRoom, "roleTag") };
  const assess = (person: Stakeholder, change: Partial<Assessment>) =>
    void save(() =>
      backend.setStakeholderAssessment(snapshot.account.id, person.id, {
        roles: person.roles,
        roleTag: person.roleTag,
        attitude: person.attitude,
        influence: person.influence,
        ...change,
      }),
    );

  return (
    <div className="plan-stack">
      <div className="plan-switch" role="group" aria-label="How to show the people">
        <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
          Table
        </button>
        <button type="button" aria-pressed={view === "grid"} onClick={() => setView("grid")}>
          Power / interest grid
        </button>
      </div>
      {view === "table" ? (
        <Panel
          title="Roles, attitude and influence"
          actions={
            left > 0 && (
              <span className="plan-muted">
                {left === 1 ? "1 person who left the company is" : `${left} people who left the company are`} not listed
              </span>
            )
          }
        >
          <div className="plan-table-wrap identify-table-wrap">
            <table className="plan-table identify-table">
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Roles</th>
                  {shown.roleTag && <th scope="col">Other method's word</th>}
                  {shown.attitude && <th scope="col">Attitude</th>}
                  <th scope="col">Influence</th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <IdentifyRow key={p.id} person={p} crosswalk={crosswalk} shown={shown} onAssess={(change) => assess(p, change)} />
                ))}
              </tbody>
            </table>
          </div>
          <datalist id="crosswalk-terms">
            {crosswalk.map((e) => (
              <option key={e.term} value={e.term} />
            ))}
          </datalist>
        </Panel>
      ) : (
        <PowerGrid placements={analysis?.powerGrid ?? null} people={people} attitudeShown={shown.attitude} onShowOnMap={onShowOnMap} />
      )}
    </div>
  );
}

function IdentifyRow({
  person,
  crosswalk,
  shown,
  onAssess,
}: {
  person: Stakeholder;
  crosswalk: CrosswalkEntry[];
  shown: { attitude: boolean; roleTag: boolean };
  onAssess: (change: Partial<Assessment>) => void;
}) {
  const [word, setWord] = useState(person.roleTag);
  // A word saved elsewhere (or undone) replaces the draft; adjusting state while rendering keeps
  // the two in step without an effect.
  const [savedWord, setSavedWord] = useState(person.roleTag);
  if (savedWord !== person.roleTag) {
    setSavedWord(person.roleTag);
    setWord(person.roleTag);
  }
  const entry = crosswalkFor(word, crosswalk);
  const commitWord = () => {
    if (word.trim() === person.roleTag) return;
    onAssess({ roleTag: word.trim(), roles: withCrosswalkRoles(person.roles, word, crosswalk) });
  };
  const toggleRole = (r: Role) =>
    onAssess({ roles: person.roles.includes(r) ? person.roles.filter((x) => x !== r) : ROLES.filter((x) => x === r || person.roles.includes(x)) });
  return (
    <tr>
      <th scope="row">
        <span className="person-label">
          <span className="person-label-name">{person.name}</span>
          <span className="plan-sub">{[person.title, person.department].filter(Boolean).join(" · ")}</span>
        </span>
      </th>
      <td>
        <div className="role-toggles" role="group" aria-label={`Roles of ${person.name}`}>
          {ROLES.map((r) => (
            <button
              key={r}
              type="button"
              className={`role-toggle role-toggle-${r}`}
              aria-pressed={person.roles.includes(r)}
              aria-label={`${ROLE_STYLE[r].label} role of ${person.name}`}
              title={ROLE_STYLE[r].label}
              onClick={() => toggleRole(r)}
            >
              <b>{ROLE_STYLE[r].letter}</b> <span className="role-word">{ROLE_STYLE[r].label}</span>
            </button>
          ))}
        </div>
      </td>
      {shown.roleTag && (
        <td>
          <input
            className="plan-input role-tag"
            list="crosswalk-terms"
            aria-label={`Other method's word for ${person.name}`}
            placeholder="—"
            value={word}
            onChange={(e) => setWord(e.target.value)}
            onBlur={commitWord}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitWord();
              if (e.key === "Escape") setWord(person.roleTag);
            }}
          />
          {word.trim() && (
            <span className="crosswalk-hint">
              {entry
                ? entry.roles.length > 0
                  ? `→ ${entry.roles.map((r) => ROLE_STYLE[r].label).join(", ")}`
                  : entry.note
                : "kept as a tag"}
            </span>
          )}
        </td>
      )}
      {shown.attitude && (
        <td>
          <EnumSelect
            className="attitude-select"
            label={`Attitude of ${person.name}`}
            values={ATTITUDES}
            labels={attitudeWithMark}
            value={person.attitude}
            style={{ borderLeftColor: ATTITUDE_STYLE[person.attitude].colour }}
            onChange={(attitude) => onAssess({ attitude })}
          />
        </td>
      )}
      <td>
        <div className="influence-picker" role="radiogroup" aria-label={`Influence of ${person.name}`}>
          {[1, 2, 3, 4, 5].map((n) => (
            <button
              key={n}
              type="button"
              role="radio"
              aria-checked={person.influence === n}
              aria-label={`Influence ${n} of 5 for ${person.name}`}
              className={n <= person.influence ? "influence-step on" : "influence-step"}
              onClick={() => n !== person.influence && onAssess({ influence: n })}
            >
              {n}
            </button>
          ))}
        </div>
      </td>
    </tr>
  );
}

/** Mendelow's grid: power up, engagement across; the top right is whom to manage closely. */
function PowerGrid({
  placements,
  people,
  attitudeShown,
  onShowOnMap,
}: {
  placements: GridPlacement[] | null;
  people: Stakeholder[];
  attitudeShown: boolean;
  onShowOnMap: (ids: string[]) => void;
}) {
  if (!placements) return <p className="plan-muted">Placing everyone on the grid…</p>;
  const byId = new Map(people.map((p) => [p.id, p]));
  const inQuadrant = (q: Quadrant) =>
    placements.filter((g) => g.quadrant === q).sort((a, b) => b.power - a.power || b.support - a.support);
  return (
    <Panel title="Power / interest grid">
      <p className="plan-help">
        Power is a person's influence (4–5 is high). Engaged means they hold a clear view of us, for or against, or a
        budget or gatekeeper role.
      </p>
      <div className="power-grid" role="list" aria-label="Power and interest grid">
        <span className="power-axis power-axis-y" aria-hidden>
          Power ↑
        </span>
        {QUADRANTS.map((q) => (
          <section key={q} className={`quadrant quadrant-${q}`} role="listitem" aria-label={QUADRANT_LABEL[q].title}>
            <h4>
              {QUADRANT_LABEL[q].title}
              <span className="plan-sub">{QUADRANT_LABEL[q].hint}</span>
            </h4>
            <div className="quadrant-people">
              {inQuadrant(q).map((g) => {
                const p = byId.get(g.stakeholder);
                if (!p) return null;
                const a = attitudeShown ? ATTITUDE_STYLE[p.attitude] : null;
                return (
                  <button
                    key={g.stakeholder}
                    type="button"
                    className="grid-person"
                    style={a ? { borderColor: a.colour } : undefined}
                    aria-label={`${p.name}${a ? `, ${a.label}` : ""}, influence ${g.power}: show on the map`}
                    onClick={() => onShowOnMap([p.id])}
                  >
                    {a && (
                      <span style={{ color: a.colour }} aria-hidden>
                        {a.mark}
                      </span>
                    )}{" "}
                    {p.name} <span className="grid-power">{g.power}</span>
                  </button>
                );
              })}
            </div>
          </section>
        ))}
        <span className="power-axis power-axis-x" aria-hidden>
          Engagement →
        </span>
      </div>
    </Panel>
  );
}
