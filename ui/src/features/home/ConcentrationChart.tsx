// How concentrated the portfolio's revenue is: the cumulative share of revenue against the number
// of accounts, largest first, with where the top 10 and the top 20 end.
import { formatShare } from "../../lib/format";

const WIDTH = 300;
const HEIGHT = 116;
const PAD = { left: 36, right: 12, top: 10, bottom: 22 };

type Props = {
  /** Cumulative share by rank, largest account first (0–1). */
  curve: (number | null)[];
  top10: number;
  top20: number;
};

export function ConcentrationChart({ curve, top10, top20 }: Props) {
  const n = curve.length;
  const label =
    n === 0
      ? "No revenue yet"
      : `The largest 10 accounts hold ${formatShare(top10)} of revenue, the largest 20 hold ${formatShare(top20)}.`;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (rank: number) => PAD.left + (n === 0 ? 0 : (rank / n) * plotW);
  const y = (share: number) => PAD.top + (1 - share) * plotH;
  const points = [[x(0), y(0)], ...curve.map((c, i) => [x(i + 1), y(c ?? 0)])];
  const path = points.map(([px, py], i) => `${i === 0 ? "M" : "L"}${px?.toFixed(1)},${py?.toFixed(1)}`).join(" ");
  const marks = [
    { rank: 10, share: top10 },
    { rank: 20, share: top20 },
  ].filter((m) => m.rank <= n);
  return (
    <figure className="concentration" aria-label="Revenue concentration">
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
        <line className="axis" x1={PAD.left} y1={y(0)} x2={WIDTH - PAD.right} y2={y(0)} />
        <line className="axis" x1={PAD.left} y1={y(0)} x2={PAD.left} y2={y(1)} />
        <text className="tick" x={PAD.left - 6} y={y(1) + 4} textAnchor="end">
          100%
        </text>
        <text className="tick" x={PAD.left - 6} y={y(0.5) + 4} textAnchor="end">
          50%
        </text>
        <line className="grid" x1={PAD.left} y1={y(0.5)} x2={WIDTH - PAD.right} y2={y(0.5)} />
        {n > 0 && <path className="curve" d={path} />}
        {marks.map((m) => (
          <g key={m.rank}>
            <line className="mark" x1={x(m.rank)} y1={y(0)} x2={x(m.rank)} y2={y(m.share)} />
            <circle className="mark-dot" cx={x(m.rank)} cy={y(m.share)} r={4} />
          </g>
        ))}
        <text className="tick" x={PAD.left} y={HEIGHT - 6}>
          Accounts, largest first →
        </text>
        <text className="tick" x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end">
          {n}
        </text>
      </svg>
      <figcaption>
        <span className="concentration-figure">
          <strong>{formatShare(top10)}</strong> in the top 10
        </span>
        <span className="concentration-figure">
          <strong>{formatShare(top20)}</strong> in the top 20
        </span>
      </figcaption>
    </figure>
  );
}
