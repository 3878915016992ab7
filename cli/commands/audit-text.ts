import {
  groupedCount,
  SCREEN_NOTES,
  type AuditRecord,
  type Election,
  type QuickCountReport,
  type ScreenResult,
} from '../../core/index.js';

type Lang = 'zh' | 'en';

/** A count as the language writes it: grouped in English (1,454), plain digits in Chinese. */
const countIn = (lang: Lang) => (count: number) => (lang === 'zh' ? String(count) : groupedCount(count));

/** The punctuation between a label and its value, and between parts of a line: full-width in Chinese. */
const PUNCTUATION = {
  zh: { colon: '：', comma: '，', semicolon: '；', list: '、', open: '（', close: '）' },
  en: { colon: ': ', comma: ', ', semicolon: '; ', list: ', ', open: ' (', close: ')' },
} as const;
const pct = (value: number) => `${(value * 100).toFixed(2)}%`;
const risk = (value: number) =>
  value === 0 ? '0' : value < 0.0001 ? value.toExponential(2) : value.toFixed(4);

const METHOD_NAMES: Record<AuditRecord['method'], { zh: string; en: string }> = {
  bravo: { zh: 'BRAVO 选票抽查（相对多数）', en: 'BRAVO ballot polling (plurality)' },
  supermajority: {
    zh: '得票门槛断言（SHANGRLA，ALPHA 检验）',
    en: 'share-of-ballots assertion (SHANGRLA, ALPHA test)',
  },
  'batch-comparison': { zh: '票箱比对（MACRO）', en: 'box comparison (MACRO)' },
};

/**
 * How the text names a contest and the people in it: by the names on the ballot, as the tally sheets and
 * the report do (the JSON record keeps the ids). Without an election, the ids as recorded.
 */
export interface AuditNames {
  readonly contest: string;
  person(id: string): string;
}

const BY_ID: AuditNames = { contest: '', person: (id) => id };

/** The names of `contestId` and its candidates in `election`; ids stay as they are where nothing matches. */
export function auditNames(election: Election, contestId: string): AuditNames {
  const contest = election.contests.find((one) => one.id === contestId);
  return {
    contest: contest ? contest.name : contestId,
    person: (id) => contest?.candidates.find((candidate) => candidate.id === id)?.name ?? id,
  };
}

/** What a hypothesis tests a winner against: a loser by name, every loser, or a share of the ballots. */
function againstWords(against: string, person: (id: string) => string, zh: boolean): string {
  if (against === '') return '—';
  if (against === 'every loser') return zh ? '每个落选者' : 'every loser';
  const share = /^(\d+)\/(\d+) of (cast|valid)$/.exec(against);
  if (share)
    return zh
      ? `${share[3] === 'cast' ? '投票数' : '有效票'}的 ${share[1]}/${share[2]}`
      : `${share[1]}/${share[2]} of the ${share[3] === 'cast' ? 'ballots cast' : 'valid ballots'}`;
  return person(against);
}

/** A round-by-round account of a risk-limiting audit, in one language. */
export function formatAuditRecord(record: AuditRecord, lang: Lang, names: AuditNames = BY_ID): string {
  const zh = lang === 'zh';
  const count = countIn(lang);
  const person = names.person;
  const contest = names.contest || record.contest;
  const { colon, comma, semicolon, list } = PUNCTUATION[lang];
  const lines = [
    `${METHOD_NAMES[record.method][lang]} — ${zh ? '职位' : 'contest'} ${contest}${comma}${zh ? '风险上限' : 'risk limit'} ${record.riskLimitPercent}%`,
    `${zh ? '检验的当选人' : 'winners tested'}${colon}${record.reported.winners.map(person).join(list) || (zh ? '（无）' : '(none)')}${semicolon}${zh ? '投票数' : 'ballots cast'} ${count(record.reported.ballots)}`,
  ];
  for (const step of record.steps) {
    const decision =
      step.decision === 'stop'
        ? zh
          ? '停止：结果得到确认'
          : 'stop: outcome confirmed'
        : zh
          ? '继续抽查'
          : 'escalate';
    lines.push(
      `${zh ? '第' : 'round '}${step.round}${zh ? '轮' : ''}${colon}${zh ? '已查' : 'examined'} ${count(step.examined)}${comma}${zh ? '风险' : 'risk'} ${risk(step.risk)} — ${decision}`,
    );
    for (const h of step.hypotheses)
      lines.push(`  ${person(h.winner)} / ${againstWords(h.against, person, zh)}${colon}${risk(h.risk)}`);
    if (step.nextRoundSize !== undefined)
      lines.push(
        step.nextRoundSize === null
          ? `  ${zh ? '无法估计下一轮数量；可考虑全部手工计数' : 'no size can be given for the next round; consider a full hand count'}`
          : `  ${zh ? '下一轮建议抽查' : 'next round: draw about'} ${count(step.nextRoundSize)}`,
      );
  }
  const outcome = {
    confirmed: {
      zh: '结论：在风险上限内确认了公布的结果。',
      en: 'Outcome: the reported result is confirmed within the risk limit.',
    },
    escalate: {
      zh: '结论：尚未确认，需要继续抽查（这不是舞弊结论）。',
      en: 'Outcome: not yet confirmed; draw more (this is not a finding of fraud).',
    },
    'full-hand-count': {
      zh: '结论：已全部手工计数。',
      en: 'Outcome: every ballot or box was counted by hand.',
    },
  }[record.outcome];
  lines.push(outcome[lang]);
  return lines.join('\n');
}

export function formatQuickCount(report: QuickCountReport, lang: Lang, names: AuditNames = BY_ID): string {
  const zh = lang === 'zh';
  const count = countIn(lang);
  const { colon, comma, semicolon, list } = PUNCTUATION[lang];
  const choice = (id: string) => (id === '#blank' ? (zh ? '弃权' : 'blank') : names.person(id));
  const inside = (value: boolean | null) =>
    value === null ? '' : value ? (zh ? '（在区间内）' : ' (inside)') : zh ? '（在区间外）' : ' (OUTSIDE)';
  // Fewer than two boxes give no spread, so no interval (quick-count.ts): said, not printed as Infinity%.
  const interval = (s: { low: number; high: number }) =>
    Number.isFinite(s.high)
      ? `[${pct(s.low)}, ${pct(s.high)}]`
      : zh
        ? '[少于 2 个票箱，无法给出区间]'
        : '[no interval from fewer than 2 boxes]';
  const against = (s: { high: number; announced: number | null; inside: boolean | null }) =>
    `${zh ? '复核结果' : 'official'} ${s.announced === null ? '—' : pct(s.announced)}${Number.isFinite(s.high) ? inside(s.inside) : ''}`;
  const lines = [
    `${zh ? '快速计票' : 'Quick count'} — ${zh ? '职位' : 'contest'} ${names.contest || report.contest}${colon}${count(report.sampleBoxes)}/${count(report.populationBoxes)} ${zh ? '个票箱' : 'boxes'}${comma}${zh ? '置信度' : 'confidence'} ${pct(report.confidence)}`,
  ];
  for (const s of report.shares)
    lines.push(`  ${choice(s.choice)}${colon}${pct(s.estimate)} ${interval(s)}${semicolon}${against(s)}`);
  if (report.turnout)
    lines.push(
      `  ${zh ? '投票率' : 'turnout'}${colon}${pct(report.turnout.estimate)} ${interval(report.turnout)}${semicolon}${against(report.turnout)}`,
    );
  if (report.unknownBoxes.length > 0)
    lines.push(
      `  ${zh ? '计票单中没有、未计入的票箱' : 'boxes not on the tally sheets, left out'}${colon}${report.unknownBoxes.join(list)}`,
    );
  lines.push(
    `  ${zh ? `要达到 ±${pct(report.precision)}，约需` : `for ±${pct(report.precision)}, about`} ${count(report.plannedBoxes)} ${zh ? '个票箱' : 'boxes'}`,
  );
  return lines.join('\n');
}

export function formatScreens(screens: readonly ScreenResult[], lang: Lang): string {
  const zh = lang === 'zh';
  const count = countIn(lang);
  const { colon, open, close } = PUNCTUATION[lang];
  const lines = [
    zh
      ? '筛查（提示值得再看的票箱，不是舞弊结论）'
      : 'Screens (boxes worth a second look; never a finding of fraud)',
  ];
  for (const s of screens) {
    const note = SCREEN_NOTES[s.id];
    const state = !s.ran
      ? zh
        ? '未进行'
        : 'not run'
      : s.fired
        ? zh
          ? '有提示'
          : 'flagged'
        : zh
          ? '无提示'
          : 'nothing flagged';
    lines.push(`${note.title[lang]}${colon}${state}`, `  ${note.shows[lang]}`, `  ${note.cannotShow[lang]}`);
    if (s.reason) lines.push(`  ${s.reason[lang]}`);
    for (const f of s.flagged.slice(0, 20)) lines.push(`  - ${f.box}${colon}${f.detail[lang]}`);
    if (s.flagged.length > 20)
      lines.push(
        zh ? `  ……另有 ${count(s.flagged.length - 20)} 个` : `  … ${count(s.flagged.length - 20)} more`,
      );
    if (s.fired) lines.push(`  ${note.next[lang]}`);
    if (s.ran && 'test' in s) {
      const test = (s as ScreenResult & { test: { pValue: number; counts: number } }).test;
      lines.push(
        `  p = ${test.pValue.toFixed(4)}${open}${count(test.counts)} ${zh ? '个得票数' : 'counts'}${close}`,
      );
    }
  }
  return lines.join('\n');
}
