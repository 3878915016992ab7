import { useId } from 'preact/hooks';
import type { ContestResult } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';
import type { ChartWords } from './chart-words.js';
import { formatCount, formatTenthsOfPercent, formatWholePercent } from './format-number.js';
import { scaledLength, shareInTenthsOfPercent } from './integer-share.js';

const WIDTH = 680;
const LABEL_WIDTH = 140;
const BAR_WIDTH = 340;
const ROW_HEIGHT = 30;
const TOP = 28;
const AXIS_HEIGHT = 22;
const TICKS = [0, 25, 50, 75, 100];

/**
 * One contest: each candidate's votes as a share of the ballots cast, the threshold as a dashed line at
 * votesNeeded / cast, and the elected marked with ✔ and the word, not by colour alone. The table inside
 * the figure says the same in text.
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
  const captionId = `${id}-caption`;
  const tableId = `${id}-table`;
  const height = TOP + contest.candidates.length * ROW_HEIGHT + AXIS_HEIGHT;
  const barsEnd = TOP + contest.candidates.length * ROW_HEIGHT;
  const needed = contest.votesNeeded;
  const neededText = needed === null ? null : words.votesNeeded(formatCount(needed, lang));
  const thresholdX = needed === null ? null : LABEL_WIDTH + scaledLength(needed, cast, BAR_WIDTH);
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
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby={captionId}
        aria-describedby={tableId}
      >
        {TICKS.map((tick) => {
          const x = LABEL_WIDTH + (BAR_WIDTH * tick) / 100;
          return (
            <g key={tick} class="tick" aria-hidden="true">
              <line x1={x} x2={x} y1={TOP - 4} y2={barsEnd} />
              <text x={x} y={barsEnd + 16} text-anchor="middle">
                {formatWholePercent(tick, lang)}
              </text>
            </g>
          );
        })}
        {contest.candidates.map((candidate, index) => {
          const y = TOP + index * ROW_HEIGHT;
          const length = scaledLength(candidate.votes, cast, BAR_WIDTH);
          return (
            <g
              key={candidate.id}
              data-candidate={candidate.id}
              data-elected={String(candidate.elected)}
              class={candidate.elected ? 'bar elected' : 'bar'}
            >
              <text x={LABEL_WIDTH - 8} y={y + 19} text-anchor="end">
                {candidate.name}
              </text>
              <rect x={LABEL_WIDTH} y={y + 5} width={length} height={ROW_HEIGHT - 10} rx="2" />
              <text x={LABEL_WIDTH + BAR_WIDTH + 10} y={y + 19}>
                {formatCount(candidate.votes, lang)} · {share(candidate.votes)}
                {candidate.elected ? ` ✔ ${words.elected}` : ''}
              </text>
            </g>
          );
        })}
        {thresholdX !== null && neededText !== null && (
          <g class="threshold" data-votes-needed={needed}>
            <line x1={thresholdX} x2={thresholdX} y1={TOP - 8} y2={barsEnd} />
            <text x={thresholdX} y={TOP - 12} text-anchor="middle">
              {neededText}
            </text>
          </g>
        )}
      </svg>
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
