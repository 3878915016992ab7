import { useId } from 'preact/hooks';
import type { BoxResult, Turnout } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';
import type { ChartWords } from './chart-words.js';
import { formatCount, formatTenthsOfPercent, formatWholePercent } from './format-number.js';
import { scaledLength, shareInTenthsOfPercent } from './integer-share.js';

const WIDTH = 680;
const LABEL_WIDTH = 140;
const BAR_WIDTH = 340;
const ROW_HEIGHT = 30;
const TOP = 8;
const AXIS_HEIGHT = 22;
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
  if (boxes.length === 0) return null;
  const rows = turnoutRows(boxes, turnout, words);
  const barsEnd = TOP + rows.length * ROW_HEIGHT;
  const shown = (row: TurnoutRow) =>
    row.tenths === null ? words.notApplicable : formatTenthsOfPercent(row.tenths, lang);
  return (
    <figure class="chart turnout-chart" data-chart="turnout">
      <figcaption id={`${id}-caption`}>
        <strong>{words.turnoutTitle}</strong>
        <br />
        {words.turnoutCaption}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${barsEnd + AXIS_HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-caption`}
        aria-describedby={`${id}-table`}
      >
        {TICKS.map((tick) => {
          const x = LABEL_WIDTH + (BAR_WIDTH * tick) / 100;
          return (
            <g key={tick} class="tick" aria-hidden="true">
              <line x1={x} x2={x} y1={TOP} y2={barsEnd} />
              <text x={x} y={barsEnd + 16} text-anchor="middle">
                {formatWholePercent(tick, lang)}
              </text>
            </g>
          );
        })}
        {rows.map((row, index) => {
          const y = TOP + index * ROW_HEIGHT;
          const length =
            row.tenths === null ? 0 : scaledLength(row.returned ?? 0, row.registered ?? 0, BAR_WIDTH);
          return (
            <g key={row.key} data-box={row.key} class={row.key === '#all' ? 'bar total' : 'bar'}>
              <text x={LABEL_WIDTH - 8} y={y + 19} text-anchor="end">
                {row.label}
              </text>
              {row.tenths === null ? (
                <rect
                  class="not-applicable"
                  x={LABEL_WIDTH}
                  y={y + 5}
                  width={BAR_WIDTH}
                  height={ROW_HEIGHT - 10}
                />
              ) : (
                <rect x={LABEL_WIDTH} y={y + 5} width={length} height={ROW_HEIGHT - 10} rx="2" />
              )}
              <text x={LABEL_WIDTH + BAR_WIDTH + 10} y={y + 19} data-turnout>
                {shown(row)} ({formatCount(row.returned, lang)} / {formatCount(row.registered, lang)})
              </text>
            </g>
          );
        })}
      </svg>
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
