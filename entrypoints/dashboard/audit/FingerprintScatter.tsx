import type { FingerprintPoint } from '../../../core/index.js';
import type { AuditMathWords } from './audit-math-words.js';

const SIZE = 320;
const PAD = 36;
const inner = SIZE - 2 * PAD;
const x = (turnout: number) => PAD + (Math.min(1.05, turnout) / 1.05) * inner;
const y = (share: number) => SIZE - PAD - share * inner;

/** The election fingerprint: turnout across, the leader's share up, one dot per box; flagged boxes ringed. */
export function FingerprintScatter({
  points,
  flagged,
  words,
}: {
  points: readonly FingerprintPoint[];
  flagged: ReadonlySet<string>;
  words: AuditMathWords;
}) {
  return (
    <figure class="chart fingerprint-chart" data-chart="fingerprint">
      <figcaption>{words.scatterLabel}</figcaption>
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        width={SIZE}
        height={SIZE}
        role="img"
        aria-label={words.scatterLabel}
      >
        <rect
          x={PAD}
          y={PAD}
          width={inner}
          height={inner}
          fill="none"
          stroke="currentColor"
          stroke-opacity="0.4"
        />
        {[0, 0.5, 1].map((tick) => (
          <g key={tick} class="tick">
            <text x={x(tick)} y={SIZE - PAD + 16} text-anchor="middle">{`${tick * 100}%`}</text>
            <text x={PAD - 6} y={y(tick) + 4} text-anchor="end">{`${tick * 100}%`}</text>
          </g>
        ))}
        <text x={SIZE / 2} y={SIZE - 4} text-anchor="middle">
          {words.turnoutAxis}
        </text>
        <text x={10} y={SIZE / 2} text-anchor="middle" transform={`rotate(-90 10 ${SIZE / 2})`}>
          {words.shareAxis}
        </text>
        {points.map((p) => (
          <circle
            key={p.box}
            cx={x(p.turnout)}
            cy={y(p.share)}
            r={flagged.has(p.box) ? 5 : 2.5}
            fill={flagged.has(p.box) ? 'none' : 'currentColor'}
            fill-opacity="0.5"
            stroke={flagged.has(p.box) ? 'currentColor' : 'none'}
            stroke-width="2"
            data-box={p.box}
          >
            <title>{`${p.box}: ${(p.turnout * 100).toFixed(1)}%, ${(p.share * 100).toFixed(1)}%`}</title>
          </circle>
        ))}
      </svg>
    </figure>
  );
}
