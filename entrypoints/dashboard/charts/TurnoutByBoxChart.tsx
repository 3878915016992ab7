import { useId } from 'preact/hooks';
import type { BoxResult, Turnout } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';
import type { ChartWords } from './chart-words.js';
import { formatCount, formatTenthsOfPercent, formatWholePercent } from './format-number.js';
import { rowLayout, useChartWidth } from './chart-layout.js';
import { scaledLength, shareInTenthsOfPercent } from './integer-share.js';

const TOP = 8;
const AXIS_HEIGHT = 24;
const TICKS = [0, 50, 100];

interface TurnoutRow {
  readonly key: string;
  readonly label: string;
  readonly registered: number | null;
  readonly returned: number | null;
  /** Tenths of a percent; null where there is no electorate to measure against (mobile boxes). */
  readonly tenths: number | null;
}

function turnoutRows(boxes: readonly BoxResult[], turnout: Turnout, words: ChartWords): TurnoutRow[] {
  const row = (key: string, label: string, registered: number | null, returned: number | null) => ({
    key,
    label,
    registered,
    returned,
    tenths: registered && returned !== null ? shareInTenthsOfPercent(returned, registered) : null,
  });
  return [
    ...boxes.map((box) => row(box.box, box.box, box.registered, box.returned)),
    row('#all', words.allBoxes, turnout.registered, turnout.cast),
  ];
}

/** Ballots returned per box as a share of the box's registered voters; a box with none shows n/a. */
export function TurnoutByBoxChart({
  boxes,
  turnout,
  lang,
  words,
}: {
  boxes: readonly BoxResult[];
  turnout: Turnout;
  lang: Lang;
  words: ChartWords;
}) {
  const id = useId();
  const [canvas, width] = useChartWidth<HTMLDivElement>();
  if (boxes.length === 0) return null;
  const at = rowLayout(width, { label: 140, values: 210 });
  const rows = turnoutRows(boxes, turnout, words);
  const barsEnd = TOP + rows.length * at.rowHeight;
  const shown = (row: TurnoutRow) =>
    row.tenths === null ? words.notApplicable : formatTenthsOfPercent(row.tenths, lang);
  return (
    <figure class="chart turnout-chart" data-chart="turnout">
      <figcaption id={`${id}-caption`}>
        <strong>{words.turnoutTitle}</strong>
        <br />
        {words.turnoutCaption}
      </figcaption>
      <div class="chart-canvas" ref={canvas}>
        <svg
          viewBox={`0 0 ${width} ${barsEnd + AXIS_HEIGHT}`}
          width={width}
          height={barsEnd + AXIS_HEIGHT}
          role="img"
          aria-labelledby={`${id}-caption`}
          aria-describedby={`${id}-table`}
        >
          {TICKS.map((tick) => {
            const x = at.barX + (at.barWidth * tick) / 100;
            return (
              <g key={tick} class="tick" aria-hidden="true">
                <line x1={x} x2={x} y1={TOP} y2={barsEnd} />
                <text x={x} y={barsEnd + 17} text-anchor="middle">
                  {formatWholePercent(tick, lang)}
                </text>
              </g>
            );
          })}
          {rows.map((row, index) => {
            const y = TOP + index * at.rowHeight;
            const length =
              row.tenths === null ? 0 : scaledLength(row.returned ?? 0, row.registered ?? 0, at.barWidth);
            return (
              <g key={row.key} data-box={row.key} class={row.key === '#all' ? 'bar total' : 'bar'}>
                <text x={at.labelX} y={y + at.labelY} text-anchor={at.labelAnchor}>
                  {row.label}
                </text>
                {row.tenths === null ? (
                  <rect
                    class="not-applicable"
                    x={at.barX}
                    y={y + at.barY}
                    width={at.barWidth}
                    height={at.barHeight}
                  />
                ) : (
                  <rect x={at.barX} y={y + at.barY} width={length} height={at.barHeight} rx="2" />
                )}
                <text x={at.valueX} y={y + at.valueY} text-anchor={at.valueAnchor} data-turnout>
                  {shown(row)} ({formatCount(row.returned, lang)} / {formatCount(row.registered, lang)})
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <div class="visually-hidden">
        <table id={`${id}-table`}>
          <thead>
            <tr>
              <th scope="col">{words.box}</th>
              <th scope="col">{words.returned}</th>
              <th scope="col">{words.registered}</th>
              <th scope="col">{words.turnout}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-box={row.key}>
                <th scope="row">{row.label}</th>
                <td>{formatCount(row.returned, lang)}</td>
                <td>{formatCount(row.registered, lang)}</td>
                <td data-turnout>{shown(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
