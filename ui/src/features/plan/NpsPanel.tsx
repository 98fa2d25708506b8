// The account's NPS over time: its dated scores (0–10) as a small trend line and a list, and a
// form to record the score given on a day (a second score on the same day replaces the first).
import { useState } from "react";
import type { AccountSnapshot, NpsScore } from "../../bindings";
import { backend } from "../../lib/backend";
import { formatDate } from "../../lib/format";
import { Field, FieldRow } from "../../shared/Field";
import type { FieldErrors } from "../../shared/fieldError";
import { Panel } from "./controls";
import type { Save } from "./editing";
import { DateField } from "../../shared/DateField";

const W = 360;
const H = 96;
const PAD = { left: 26, right: 14, top: 10, bottom: 18 };

/** The scores as a line, oldest on the left, 0–10 upwards. */
function NpsTrendLine({ scores }: { scores: NpsScore[] }) {
  if (scores.length < 2) return null;
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const first = day(scores[0]?.date ?? "");
  const span = Math.max(day(scores[scores.length - 1]?.date ?? "") - first, 1);
  const x = (iso: string) => PAD.left + ((day(iso) - first) / span) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + (1 - score / 10) * (H - PAD.top - PAD.bottom);
  const path = scores.map((s, i) => `${i === 0 ? "M" : "L"}${x(s.date).toFixed(1)},${y(s.score).toFixed(1)}`).join(" ");
  const words = scores.map((s) => `${s.score} on ${formatDate(s.date)}`).join(", ");
  return (
    <svg className="nps-trend" width={W} height={H} role="img" aria-label={`NPS over time: ${words}`}>
      {[0, 5, 10].map((v) => (
        <g key={v}>
          <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text className="tick" x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <path className="line" d={path} />
      {scores.map((s) => (
        <g key={s.date}>
          <circle className="dot" cx={x(s.date)} cy={y(s.score)} r={4} />
          <text className="value" x={x(s.date)} y={y(s.score) - 8} textAnchor="middle">
            {s.score}
          </text>
        </g>
      ))}
      <text className="tick" x={PAD.left} y={H - 3}>
        {formatDate(scores[0]?.date)}
      </text>
      <text className="tick" x={W - PAD.right} y={H - 3} textAnchor="end">
        {formatDate(scores[scores.length - 1]?.date)}
      </text>
    </svg>
  );
}

export function NpsPanel({ snapshot, today, save }: { snapshot: AccountSnapshot; today: string; save: Save }) {
  const id = snapshot.account.id;
  const scores = [...(snapshot.npsHistory ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  const [date, setDate] = useState(today);
  const [score, setScore] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const record = async () => {
    const n = Number(score.trim());
    if (score.trim() === "" || !Number.isInteger(n)) {
      setErrors({ npsScore: "Enter a whole number from 0 to 10." });
      return;
    }
    const ok = await save(
      () => backend.recordAccountNps(id, date, n),
      (e) => setErrors({ [e.field]: e.message }),
    );
    if (ok) {
      setErrors({});
      setScore("");
    }
  };
  const latest = scores[scores.length - 1];
  return (
    <Panel title="NPS over time" className="profile-nps">
      <p className="plan-help">
        How likely the client is to recommend us, 0–10, each time it was asked
        {latest ? `: ${latest.score} on ${formatDate(latest.date)}.` : "."}
      </p>
      <NpsTrendLine scores={scores} />
      {scores.length === 1 && <p className="plan-muted">Record a second score to see the trend.</p>}
      <form
        className="nps-form"
        aria-label="Record an NPS score"
        onSubmit={(e) => {
          e.preventDefault();
          void record();
        }}
      >
        <FieldRow>
          <Field label="Date" error={errors.npsDate}>
            <DateField className="plan-input" name="npsDate" value={date} max={today} onChange={setDate} />
          </Field>
          <Field label="Score (0–10)" error={errors.npsScore}>
            <input
              className="plan-input num"
              name="npsScore"
              inputMode="numeric"
              value={score}
              aria-invalid={errors.npsScore ? true : undefined}
              onChange={(e) => {
                setScore(e.target.value);
                setErrors({});
              }}
            />
          </Field>
          <button type="submit" className="plan-button primary nps-record">
            Record
          </button>
        </FieldRow>
      </form>
      {scores.length > 0 && (
        <ul className="nps-list">
          {[...scores].reverse().map((s) => (
            <li key={s.date}>
              <span className="nps-date">{formatDate(s.date)}</span>
              <strong>{s.score}</strong>
              <button
                type="button"
                className="plan-button subtle"
                aria-label={`Remove the score of ${formatDate(s.date)}`}
                onClick={() => void save(() => backend.deleteAccountNps(id, s.date))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
