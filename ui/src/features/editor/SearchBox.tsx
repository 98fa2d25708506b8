import { forwardRef, useState } from "react";
import type { AccountSnapshot } from "../../bindings";
import { searchPeople } from "./highlight";
import { managementPath } from "./managementPath";

type Props = { snapshot: AccountSnapshot; onPick: (personId: string) => void };

/** Find a person by name, title or department and centre the map on them; each hit shows its path to the top. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ snapshot, onPick }, ref) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const hits = searchPeople(snapshot, query);
  const pick = (id: string) => {
    onPick(id);
    setQuery("");
  };
  return (
    <div className="search-box">
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits[active] ? `hit-${hits[active].id}` : undefined}
        aria-label="Find a person on the map"
        aria-keyshortcuts="/"
        placeholder="Find a person…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (e.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
          else if (e.key === "Enter" && hits[active]) {
            pick(hits[active].id);
            // The person found is selected: the map's keys (X, B, C, W…) now act on them.
            e.currentTarget.blur();
          }
          else if (e.key === "Escape") setQuery("");
          else return;
          e.preventDefault();
        }}
      />
      {hits.length > 0 && (
        <ul id="search-results" role="listbox" className="search-results">
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`hit-${h.id}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h.id);
              }}
            >
              <strong>{h.name}</strong>
              <span>{h.ours ? `Our team · ${h.detail}` : h.detail}</span>
              {!h.ours && <PathToTop path={managementPath(snapshot, h.id)} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

function PathToTop({ path }: { path: string[] }) {
  if (path.length === 0) return null;
  return (
    <span className="search-path" aria-label={`Reports up through ${path.join(", ")}`}>
      {path.join(" › ")}
    </span>
  );
}
