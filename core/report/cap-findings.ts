import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import { englishCount } from '../text/english-count.js';

/** How many findings of one code and severity a report lists; past that, one more counts the rest. */
export const FINDINGS_PER_KIND = 50;

/**
 * Keeps a report in proportion to what a reader can use: 100,000 contests or 100,000 distinct write-ins
 * gave one finding each, hundreds of megabytes of output that all said the same kind of thing. The
 * first FINDINGS_PER_KIND of each code and severity (in report order) are listed, then one finding of
 * that code and severity says how many more there are. The verdict is decided before, on all of them.
 */
export function capFindings(sorted: readonly Finding[], lang: Lang, limit = FINDINGS_PER_KIND): Finding[] {
  const seen = new Map<string, number>();
  const kept: Finding[] = [];
  const summaries: Finding[] = [];
  for (const finding of sorted) {
    const kind = `${finding.code} ${finding.severity}`;
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= limit) kept.push(finding);
  }
  for (const finding of kept) {
    const kind = `${finding.code} ${finding.severity}`;
    const more = (seen.get(kind) ?? 0) - limit;
    if (more <= 0) continue;
    seen.delete(kind);
    summaries.push(
      makeFinding(
        {
          code: finding.code,
          severity: finding.severity,
          found: more,
          messages: {
            zh: `另有 ${more} 条同类发现（${finding.code}）未列出`,
            en: `and ${englishCount(more, `more ${finding.code} finding`)} not listed`,
          },
        },
        lang,
      ),
    );
  }
  if (summaries.length === 0) return kept;
  // Each summary right after the last listed finding of its kind.
  const out: Finding[] = [];
  const lastOfKind = new Map(kept.map((finding, index) => [`${finding.code} ${finding.severity}`, index]));
  const summaryOf = new Map(summaries.map((summary) => [`${summary.code} ${summary.severity}`, summary]));
  kept.forEach((finding, index) => {
    out.push(finding);
    const kind = `${finding.code} ${finding.severity}`;
    if (lastOfKind.get(kind) === index && summaryOf.has(kind)) out.push(summaryOf.get(kind)!);
  });
  return out;
}
