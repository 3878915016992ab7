import { useId } from 'preact/hooks';
import type { Report } from '../../../core/index.js';
import type { Lang } from '../../shared/i18n.js';
import type { AnnouncementView } from '../compare/read-announcement-view.js';
import { AnnouncementComparisonChart } from './AnnouncementComparisonChart.js';
import type { ComparisonRow } from './announcement-rows.js';
import { chartWords } from './chart-words.js';
import { ContestShareChart } from './ContestShareChart.js';
import { TurnoutByBoxChart } from './TurnoutByBoxChart.js';
import './charts.css';

/** The report at a glance: shares against the threshold, turnout per box, recount against announcement. */
export function ResultCharts({
  report,
  rows,
  announcement,
  lang,
}: {
  report: Report;
  /** The notice's figures beside the recount's (comparisonRows), as the summary above reads them. */
  rows: readonly ComparisonRow[];
  announcement: AnnouncementView | null;
  lang: Lang;
}) {
  const id = useId();
  const words = chartWords(lang);
  // The figures that differ first: they are what the reader looks for.
  const ordered = [
    ...rows.filter((row) => row.status === 'differs'),
    ...rows.filter((row) => row.status !== 'differs'),
  ];
  // Only a recount can be set beside the announcement: an announcement checked on its own has none.
  const roles = new Set(report.inputs.map((input) => input.role));
  const announced = roles.has('announcement') && roles.has('election');
  return (
    <section class="result-charts" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{words.charts}</h3>
      <div class="charts">
        {report.turnout.cast > 0 &&
          report.contests.map((contest) => (
            <ContestShareChart
              key={contest.id}
              contest={contest}
              cast={report.turnout.cast}
              lang={lang}
              words={words}
            />
          ))}
        <TurnoutByBoxChart boxes={report.boxes} turnout={report.turnout} lang={lang} words={words} />
        {announced && (
          <AnnouncementComparisonChart
            rows={ordered}
            fromFindingsOnly={!announcement?.figures}
            lang={lang}
            words={words}
          />
        )}
      </div>
    </section>
  );
}
