// The parts of the contacts preview: the columns with what each is read as, the problems by
// line and column, and what a re-import changes. Each shows at most a screenful; the rest is
// counted, so a 5,000-row file stays readable.
import type { ColumnMapping, ColumnRef, FieldChange, FieldChoice, ImportPreview, Problem } from "../../bindings";
import { EnumSelect } from "../../shared/EnumSelect";
import { type ColumnChoice, counted } from "./importModel";

const SHOWN = 200;

/** The file's columns, each with a select of the field it is read as ("Ignored" when none). */
export function ColumnTable({
  mapping,
  fields,
  disabled,
  onChoose,
}: {
  mapping: ColumnMapping;
  fields: FieldChoice[];
  disabled: boolean;
  onChoose: (column: ColumnRef, choice: ColumnChoice) => void;
}) {
  const values: ColumnChoice[] = ["ignore", ...fields.map((f) => f.field)];
  const label = (v: ColumnChoice) =>
    v === "ignore" ? "Ignored" : (fields.find((f) => f.field === v)?.label ?? v);
  return (
    <table className="import-columns">
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Read as</th>
        </tr>
      </thead>
      <tbody>
        {mapping.columns.map(({ column, field }) => {
          const name = column.header || `Column ${column.letter}`;
          return (
            <tr key={column.index} className={field ? undefined : "ignored"}>
              <td>
                <span className="column-letter">{column.letter}</span> {name}
              </td>
              <td>
                <EnumSelect
                  values={values}
                  labels={label}
                  value={field ?? "ignore"}
                  disabled={disabled}
                  label={`Read column ${column.letter} (${name}) as`}
                  onChange={(choice) => onChoose(column, choice)}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Problems (or notices) by line and column, as a table the room can read. */
export function ProblemTable({ problems, caption }: { problems: Problem[]; caption: string }) {
  if (problems.length === 0) return null;
  const columnName = (p: Problem) => (p.column ? `${p.column.header || "—"} (${p.column.letter})` : "—");
  // The message repeats the line and column in words; the table has columns for them.
  const what = (p: Problem) => p.message.replace(/^Line \d+(, column “.*?” \([A-Z]+\))?: /, "");
  return (
    <table className="import-problems">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Column</th>
          <th scope="col">What is wrong</th>
        </tr>
      </thead>
      <tbody>
        {problems.slice(0, SHOWN).map((p, i) => (
          <tr key={`${p.line}-${i}`} title={p.message}>
            <td className="num">{p.line}</td>
            <td>{columnName(p)}</td>
            <td>{what(p)}</td>
          </tr>
        ))}
      </tbody>
      {problems.length > SHOWN && (
        <tfoot>
          <tr>
            <td colSpan={3}>…and {counted(problems.length - SHOWN, "more line")}.</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function Names({ title, names }: { title: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <div className="import-names">
      <h3>
        {title} ({names.length})
      </h3>
      <ul>
        {names.slice(0, SHOWN).map((n, i) => (
          <li key={`${n}-${i}`}>{n}</li>
        ))}
        {names.length > SHOWN && <li>…and {names.length - SHOWN} more</li>}
      </ul>
    </div>
  );
}

/** A re-import: who is new, who changed (from what to what), who is missing from the file. */
export function ReimportChanges({
  preview,
  fields,
  markMissing,
  disabled,
  onMarkMissing,
}: {
  preview: ImportPreview;
  fields: FieldChoice[];
  markMissing: boolean;
  disabled: boolean;
  onMarkMissing: (mark: boolean) => void;
}) {
  const c = preview.changes;
  const shown = (v: string) => (v ? `“${v}”` : "(none)");
  const describe = (f: FieldChange) => `${fields.find((x) => x.field === f.field)?.label ?? f.field}: ${shown(f.from)} → ${shown(f.to)}`;
  const changed = c.changed.map((ch) => `${ch.person.name} — ${ch.changes.map(describe).join("; ")}`);
  return (
    <section className="import-changes" aria-label="What the file changes">
      <p>
        Matched to people already on the map by CRM ID, then e-mail, then name: {counted(c.newPeople.length, "new person", "new people")},{" "}
        {c.changed.length} changed, {c.unchanged} unchanged, {c.missing.length} missing from the file.
      </p>
      <Names title="New" names={c.newPeople.map((p) => (p.line ? `${p.name} (line ${p.line})` : p.name))} />
      <Names title="Changed" names={changed} />
      <Names title="Missing from the file" names={c.missing.map((p) => p.name)} />
      {c.missing.length > 0 && (
        <label className="check">
          <input type="checkbox" checked={markMissing} disabled={disabled} onChange={(e) => onMarkMissing(e.target.checked)} />
          Mark the people missing from the file as having left the company (nobody is deleted)
        </label>
      )}
    </section>
  );
}
