import { useId } from 'preact/hooks';
import type { Lang } from '../../shared/i18n.js';
import type { ComparisonRow, RowStatus, RowSubject, RowValue } from './announcement-rows.js';
import type { ChartWords } from './chart-words.js';
import { formatCount } from './format-number.js';
import { scaledLength } from './integer-share.js';

const WIDTH = 680;
const LABEL_WIDTH = 220;
const BAR_WIDTH = 250;
const ROW_HEIGHT = 44;
const STATUS_ICONS: Record<RowStatus, string> = { agrees: '✔', differs: '✖', 'not-compared': '–' };

export function subjectText(subject: RowSubject, words: ChartWords): string {
  switch (subject.kind) {
    case 'count':
      return words.countNames[subject.meaning];
    case 'votes':
      return words.votesOf(subject.candidate, subject.contest);
    case 'elected':
      return words.electedIn(subject.contest);
    case 'quote':
      return `“${subject.text}”`;
  }
}

const valueText = (value: RowValue | null, lang: Lang) =>
  value === null ? '—' : value.kind === 'count' ? formatCount(value.value, lang) : value.text;

const statusText = (status: RowStatus, words: ChartWords) =>
  `${STATUS_ICONS[status]} ${status === 'agrees' ? words.agrees : status === 'differs' ? words.differs : words.notCompared}`;

/**
 * Each announced figure beside the recount: two bars for counts (recount above, announcement below,
 * scaled to the larger of the two so that a difference shows), text for percentages and names, and the
 * outcome in words with an icon. The table inside the figure is its text alternative.
 */
export function AnnouncementComparisonChart({
  rows,
  fromFindingsOnly,
  lang,
  words,
}: {
  rows: readonly ComparisonRow[];
  /** True when the announcement text is not at hand and only the differing figures are known. */
  fromFindingsOnly: boolean;
  lang: Lang;
  words: ChartWords;
}) {
  const id = useId();
  if (rows.length === 0 && fromFindingsOnly) return null;
  return (
    <figure class="chart comparison-chart" data-chart="comparison">
      <figcaption id={`${id}-caption`}>
        <strong>{words.comparisonTitle}</strong>
        <br />
        {fromFindingsOnly ? words.comparisonFromFindings : words.comparisonCaption}
      </figcaption>
      {rows.length === 0 ? (
        <p>{words.noAnnouncedFigures}</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${rows.length * ROW_HEIGHT + 4}`}
          width="100%"
          role="img"
          aria-labelledby={`${id}-caption`}
          aria-describedby={`${id}-table`}
        >
          {rows.map((row, index) => (
            <ComparisonBars key={row.key} row={row} y={index * ROW_HEIGHT + 2} lang={lang} words={words} />
          ))}
        </svg>
      )}
      <div class="visually-hidden">
        <table id={`${id}-table`}>
          <thead>
            <tr>
              <th scope="col">{words.figure}</th>
              <th scope="col">{words.recount}</th>
              <th scope="col">{words.announced}</th>
              <th scope="col">{words.status}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-row={row.key} data-status={row.status}>
                <th scope="row">{subjectText(row.subject, words)}</th>
                <td data-recount>{valueText(row.recount, lang)}</td>
                <td data-announced>{valueText(row.announced, lang)}</td>
                <td>{statusText(row.status, words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function ComparisonBars({
  row,
  y,
  lang,
  words,
}: {
  row: ComparisonRow;
  y: number;
  lang: Lang;
  words: ChartWords;
}) {
  const { recount, announced } = row;
  const bothCounts = recount?.kind === 'count' && announced.kind === 'count';
  const scale = bothCounts ? Math.max(recount.value, announced.value) : 0;
  const line = (value: RowValue | null, name: string, lineY: number, kind: string) =>
    bothCounts && value?.kind === 'count' ? (
      <>
        <rect
          class={kind}
          x={LABEL_WIDTH}
          y={lineY - 11}
          width={scaledLength(value.value, scale, BAR_WIDTH)}
          height="13"
          rx="2"
        />
        <text x={LABEL_WIDTH + BAR_WIDTH + 8} y={lineY}>
          {name} {valueText(value, lang)}
        </text>
      </>
    ) : (
      <text x={LABEL_WIDTH} y={lineY}>
        {name} {valueText(value, lang)}
      </text>
    );
  return (
    <g class={`comparison status-${row.status}`} data-row={row.key} data-status={row.status}>
      <text x={LABEL_WIDTH - 8} y={y + 26} text-anchor="end">
        {subjectText(row.subject, words)}
      </text>
      {line(recount, words.recount, y + 17, 'recount')}
      {line(announced, words.announced, y + 36, 'announced')}
      <text x={WIDTH - 4} y={y + 26} text-anchor="end" class="status">
        {statusText(row.status, words)}
      </text>
    </g>
  );
}
