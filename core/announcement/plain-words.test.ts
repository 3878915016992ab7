// The corpus is data on disk; this test runs in Node.
// eslint-disable-next-line no-restricted-imports
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditAnnouncementAlone } from '../audit/announcement-alone.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * What a reader of a notice's report meets is in plain words: no sign (≤, ≥), no term of arithmetic
 * (base, 基数, truncated, 截尾) and no "given a meaning", in either language, in every line of work and
 * every finding — for the corpus's notices and for texts written to reach each kind of line.
 */
const JARGON = /基数|截尾|truncat|≤|≥|\bbases?\b|2\^53|given a meaning/i;

const CORPUS = new URL('./corpus/', import.meta.url);
const corpus = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(new URL(name, CORPUS), 'utf8')] as const);

// Written for this test, each to reach lines the corpus may not: a share cut short (1322 of 1860 is
// 71.07…%, written 71.0%), a share of a base of 0, a candidate's share wrong of every count it may be
// of, a share whose part is more than the total it seems to be of, a winner under a chosen law, a
// runoff's own account of ballots.
const WRITTEN = [
  ['cut-short.txt', '本村登记选民1860人，参加投票1322人，参选率71.0%。'],
  ['zero.txt', '本村登记选民0人，参加投票0人，参选率0.0%。'],
  [
    'every-count.txt',
    '参加投票选民1602人，收回选票1598张，有效票1571张。孙立新得票1012票，得票率66.3%，当选为村委会主任。',
  ],
  [
    'of-which-count.txt',
    '参加投票选民1602人，收回选票1598张，有效票1571张。孙立新得票1012票，得票率64.4%，当选为村委会主任。',
  ],
  ['women.txt', '新一届村委会成员5人，其中女性成员7人，占40.0%。'],
  [
    'runoff-account.txt',
    '收回选票2010张，有效票1998张，无效票12张。另行选举参加投票的选民1850人，收回选票1850张，有效票1842张，无效票8张。',
  ],
  [
    'english.txt',
    'Registered voters: 1,860. Voters who cast a ballot: 1,322 (turnout 71.0%). Ballots returned: 1,322.',
  ],
] as const;

function lines(name: string, text: string, pack?: string): string[] {
  const figures = { ...readAnnouncementText(text), file: name };
  const inputs = [{ name, sha256: '0'.repeat(64), size: text.length, role: 'announcement' } as const];
  const report = auditAnnouncementAlone(figures, inputs, 'en', pack ? { pack, round: 'first' } : undefined);
  if (!report.ok) throw new Error(`no report for ${name}`);
  const section = report.value.announcement;
  return [
    ...[...(section?.judged ?? []), ...(section?.unread ?? [])].flatMap((figure) => [
      figure.work.zh,
      figure.work.en,
    ]),
    ...report.value.findings.flatMap((finding) => [finding.messages.zh, finding.messages.en]),
  ];
}

describe('the words of a notice’s report', () => {
  it.each([...corpus, ...WRITTEN])(
    '%s: no sign or term of arithmetic in a line a reader meets',
    (name, text) => {
      const all = [...lines(name, text), ...lines(name, text, 'cn-village')];
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((line) => JARGON.test(line))).toEqual([]);
    },
  );

  it('says a share cut short in words, and that it is right', () => {
    const work = lines('cut-short.txt', WRITTEN[0][1]);
    expect(work).toContain(
      "1,322 voters who cast a ballot out of 1,860 registered voters is 71.0752…%; the notice's 71.0% drops the digits after it instead of rounding: right",
    );
    expect(work).toContain('1,322 voters, no more than the 1,860 registered: right');
  });
});
