import { useId } from 'preact/hooks';
import type { Lang } from '../../shared/i18n.js';
import type { ComparisonRow, RowStatus, RowSubject, RowValue } from './announcement-rows.js';
import type { ChartWords } from './chart-words.js';
import { STACK_BELOW, useChartWidth } from './chart-layout.js';
import { formatCount } from './format-number.js';
import { scaledLength } from './integer-share.js';

/**
 * Where a row's parts go at `width` CSS pixels (drawn one unit to one pixel, its words 14 px at every
 * width): on a wide chart the figure's name, the two bars with their values, and the outcome at the
 * right end on one band; on a narrow one the name and the outcome on a line, the two bars under it.
 */
function comparisonLayout(width: number) {
  const stacked = width < STACK_BELOW;
  const labelWidth = stacked ? 0 : 220;
  // Room after the bars for "Recount 1,234" and, on a wide chart, the outcome.
  const after = stacked ? 150 : 240;
  return {
    width,
    stacked,
    labelX: stacked ? 0 : labelWidth - 8,
    labelAnchor: stacked ? 'start' : 'end',
    labelY: stacked ? 16 : 28,
    statusY: stacked ? 16 : 28,
    barX: labelWidth,
    barWidth: width - labelWidth - after,
    recountY: stacked ? 38 : 19,
    announcedY: stacked ? 58 : 38,
    rowHeight: stacked ? 70 : 46,
  } as const;
}
type ComparisonLayout = ReturnType<typeof comparisonLayout>;
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
  const [canvas, width] = useChartWidth<HTMLDivElement>();
  if (rows.length === 0 && fromFindingsOnly) return null;
  const at = comparisonLayout(width);
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
        <div class="chart-canvas" ref={canvas}>
          <svg
            viewBox={`0 0 ${width} ${rows.length * at.rowHeight + 4}`}
            width={width}
            height={rows.length * at.rowHeight + 4}
            role="img"
            aria-labelledby={`${id}-caption`}
            aria-describedby={`${id}-table`}
          >
            {rows.map((row, index) => (
              <ComparisonBars
                key={row.key}
                row={row}
                y={index * at.rowHeight + 2}
                at={at}
                lang={lang}
                words={words}
              />
            ))}
          </svg>
        </div>
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
  at,
  lang,
  words,
}: {
  row: ComparisonRow;
  y: number;
  at: ComparisonLayout;
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
          x={at.barX}
          y={lineY - 12}
          width={scaledLength(value.value, scale, at.barWidth)}
          height="14"
          rx="2"
        />
        <text x={at.barX + at.barWidth + 8} y={lineY}>
          {name} {valueText(value, lang)}
        </text>
      </>
    ) : (
      <text x={at.barX} y={lineY}>
        {name} {valueText(value, lang)}
      </text>
    );
  return (
    <g class={`comparison status-${row.status}`} data-row={row.key} data-status={row.status}>
      <text x={at.labelX} y={y + at.labelY} text-anchor={at.labelAnchor}>
        {subjectText(row.subject, words)}
      </text>
      {line(recount, words.recount, y + at.recountY, 'recount')}
      {line(announced, words.announced, y + at.announcedY, 'announced')}
      <text x={at.width - 4} y={y + at.statusY} text-anchor="end" class="status">
        {statusText(row.status, words)}
      </text>
    </g>
  );
}
