import { useId } from 'preact/hooks';
import type { ContestResult } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';
import type { ChartWords } from './chart-words.js';
import { formatCount, formatTenthsOfPercent, formatWholePercent } from './format-number.js';
import { anchorInside, crossingSpans, rowLayout, useChartWidth } from './chart-layout.js';
import { scaledLength, shareInTenthsOfPercent } from './integer-share.js';

const TOP = 28;
const AXIS_HEIGHT = 24;
const TICKS = [0, 25, 50, 75, 100];

/**
 * One contest: each candidate's votes as a share of the ballots cast, the threshold as a dashed line at
 * votesNeeded / cast (broken at each row's words on a narrow chart), and the elected marked with ✔ and
 * the word, not by colour alone. The table inside the figure says the same in text.
 */
export function ContestShareChart({
  contest,
  cast,
  lang,
  words,
}: {
  contest: ContestResult;
  cast: number;
  lang: Lang;
  words: ChartWords;
}) {
  const id = useId();
  const [canvas, width] = useChartWidth<HTMLDivElement>();
  const at = rowLayout(width, { label: 140, values: 210 });
  const captionId = `${id}-caption`;
  const tableId = `${id}-table`;
  const barsEnd = TOP + contest.candidates.length * at.rowHeight;
  const height = barsEnd + AXIS_HEIGHT;
  const needed = contest.votesNeeded;
  const neededText = needed === null ? null : words.votesNeeded(formatCount(needed, lang));
  const thresholdX = needed === null ? null : at.barX + scaledLength(needed, cast, at.barWidth);
  const share = (votes: number) => formatTenthsOfPercent(shareInTenthsOfPercent(votes, cast), lang);

  return (
    <figure class="chart contest-chart" data-chart="contest" data-contest={contest.id}>
      <figcaption id={captionId}>
        <strong>{words.sharesTitle(contest.name)}</strong>
        <br />
        <span data-threshold>
          {needed === null ? words.noThreshold : words.thresholdAt(formatCount(needed, lang), share(needed))}
        </span>
      </figcaption>
      <div class="chart-canvas" ref={canvas}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-labelledby={captionId}
          aria-describedby={tableId}
        >
          {TICKS.map((tick) => {
            const x = at.barX + (at.barWidth * tick) / 100;
            return (
              <g key={tick} class="tick" aria-hidden="true">
                <line x1={x} x2={x} y1={TOP - 4} y2={barsEnd} />
                <text x={x} y={barsEnd + 17} text-anchor="middle">
                  {formatWholePercent(tick, lang)}
                </text>
              </g>
            );
          })}
          {/* The bars first, then the threshold over them (on a narrow chart over the bars only, never
              through the names and figures on the lines between), then the words. */}
          {contest.candidates.map((candidate, index) => (
            <g key={candidate.id} class={candidate.elected ? 'bar elected' : 'bar'} aria-hidden="true">
              <rect
                x={at.barX}
                y={TOP + index * at.rowHeight + at.barY}
                width={scaledLength(candidate.votes, cast, at.barWidth)}
                height={at.barHeight}
                rx="2"
              />
            </g>
          ))}
          {thresholdX !== null && neededText !== null && (
            <g class="threshold" data-votes-needed={needed}>
              {crossingSpans(at, TOP, contest.candidates.length).map(([y1, y2]) => (
                <line key={y1} x1={thresholdX} x2={thresholdX} y1={y1} y2={y2} />
              ))}
              <text x={thresholdX} y={TOP - 12} text-anchor={anchorInside(thresholdX, width)}>
                {neededText}
              </text>
            </g>
          )}
          {contest.candidates.map((candidate, index) => {
            const y = TOP + index * at.rowHeight;
            return (
              <g
                key={candidate.id}
                data-candidate={candidate.id}
                data-elected={String(candidate.elected)}
                class={candidate.elected ? 'bar elected' : 'bar'}
              >
                <text x={at.labelX} y={y + at.labelY} text-anchor={at.labelAnchor}>
                  {candidate.name}
                </text>
                <text x={at.valueX} y={y + at.valueY} text-anchor={at.valueAnchor}>
                  {formatCount(candidate.votes, lang)} · {share(candidate.votes)}
                  {candidate.elected ? ` ✔ ${words.elected}` : ''}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <div class="visually-hidden">
        <table id={tableId}>
          <caption>{words.sharesCaption(contest.name, formatCount(cast, lang))}</caption>
          <thead>
            <tr>
              <th scope="col">{words.candidate}</th>
              <th scope="col">{words.votes}</th>
              <th scope="col">{words.shareOfCast}</th>
              <th scope="col">{words.elected}</th>
            </tr>
          </thead>
          <tbody>
            {contest.candidates.map((candidate) => (
              <tr key={candidate.id} data-candidate={candidate.id}>
                <th scope="row">{candidate.name}</th>
                <td>{formatCount(candidate.votes, lang)}</td>
                <td data-share>{share(candidate.votes)}</td>
                <td>{candidate.elected ? `✔ ${words.elected}` : words.notElected}</td>
              </tr>
            ))}
          </tbody>
          {neededText !== null && (
            <tfoot>
              <tr>
                <th scope="row">{neededText}</th>
                <td>{formatCount(needed, lang)}</td>
                <td>{needed === null ? '—' : share(needed)}</td>
                <td />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </figure>
  );
}
