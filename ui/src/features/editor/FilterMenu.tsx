import { useState } from "react";
import type { AccountSnapshot, Attitude, Role } from "../../bindings";
import { ATTITUDES, ATTITUDE_STYLE, ROLES, ROLE_STYLE } from "../../shared/visualLanguage";
import { departments, isFiltering, type MapFilter, NO_FILTER } from "./highlight";

type Props = {
  snapshot: AccountSnapshot;
  filter: MapFilter;
  onChange: (filter: MapFilter) => void;
  /** The client is in the room: no highlighting by attitude (the editor ignores it meanwhile). */
  clientInRoom?: boolean;
};

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** Highlights by role, attitude, department, or one of ours' coverage; the rest fades. */
export function FilterMenu({ snapshot, filter, onChange, clientInRoom = false }: Props) {
  const [open, setOpen] = useState(false);
  const on = isFiltering(filter);
  return (
    <div className="filter-menu">
      <button
        type="button"
        className={on ? "tool-button active" : "tool-button"}
        aria-expanded={open}
        aria-controls="filter-panel"
        onClick={() => setOpen((o) => !o)}
      >
        Highlight{on ? " (on)" : ""}
      </button>
      {on && (
        <button type="button" className="tool-button" onClick={() => onChange(NO_FILTER)} aria-label="Clear highlights">
          ×
        </button>
      )}
      {open && (
        <div id="filter-panel" className="filter-panel" role="group" aria-label="Highlight people">
          <fieldset>
            <legend>Role</legend>
            {ROLES.map((r: Role) => (
              <label key={r}>
                <input type="checkbox" checked={filter.roles.includes(r)} onChange={() => onChange({ ...filter, roles: toggle(filter.roles, r) })} />
                {ROLE_STYLE[r].label}
              </label>
            ))}
          </fieldset>
          {!clientInRoom && (
          <fieldset>
            <legend>Attitude</legend>
            {ATTITUDES.map((a: Attitude) => (
              <label key={a}>
                <input
                  type="checkbox"
                  checked={filter.attitudes.includes(a)}
                  onChange={() => onChange({ ...filter, attitudes: toggle(filter.attitudes, a) })}
                />
                <span style={{ color: ATTITUDE_STYLE[a].colour }}>{ATTITUDE_STYLE[a].mark}</span> {ATTITUDE_STYLE[a].label}
              </label>
            ))}
          </fieldset>
          )}
          <fieldset>
            <legend>Department</legend>
            {departments(snapshot).map((d) => (
              <label key={d}>
                <input
                  type="checkbox"
                  checked={filter.departments.includes(d)}
                  onChange={() => onChange({ ...filter, departments: toggle(filter.departments, d) })}
                />
                {d}
              </label>
            ))}
          </fieldset>
          <label className="covered-by">
            Covered by{" "}
            <select
              value={filter.coveredBy ?? ""}
              onChange={(e) => onChange({ ...filter, coveredBy: e.target.value || null })}
            >
              <option value="">anyone</option>
              {snapshot.team.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  );
}
