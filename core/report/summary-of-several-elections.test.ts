import { describe, expect, it } from 'vitest';
import { reportUnderPack } from '../announcement/corpus/read-shapes.js';
import { quorumStatus } from './quorum-status.js';
import { announcementVerdict, renderReportText } from './render-report-text.js';

// Written for these tests: invented townships and counts, in the shapes of published township summaries.
const report = (text: string, pack = 'cn-village') => reportUnderPack(text, pack);

const BOTH = (villages: string, communities = '参加投票5,231人，参选率85.5%') =>
  `白鹭镇2026年村（居）委会换届选举工作总结\n\n（一）村委会换届。全镇11个村登记选民15,300人，${villages}。\n（二）社区居委会换届。全镇3个社区登记选民6,120人，${communities}。\n\n白鹭镇人民政府\n2026年4月25日`;

describe('a township summary of several elections is reported as one, not as one election', () => {
  it('says the totals meet the quorum without saying each election did, and names no winners', () => {
    const summary = report(BOTH('参加投票13,650人，参选率89.2%'));
    expect(quorumStatus(summary)).toBe('summary-met');
    expect(summary.turnout.quorumMet).toBe(false);
    expect(summary.turnout.quorumSummary).toEqual({ elections: 11, totalsMet: true });
    const en = announcementVerdict(summary, 'en');
    const zh = announcementVerdict(summary, 'zh');
    expect(en).toMatch(
      /^a summary of 11 elections: the notice's own figures agree; their totals meet the quorum/,
    );
    expect(en).toContain("no single election's quorum was checked from them");
    expect(en).not.toContain('winners');
    expect(zh).toMatch(/^这是11次选举的汇总：公告自身的数字相互吻合；合计的投票人数达到/);
    expect(zh).toContain('各次选举是否达到未据合计核对');
    expect(zh).not.toContain('当选人');
    expect(renderReportText(summary, 'en')).toContain('the totals of 11 elections meet the quorum');
    expect(renderReportText(summary, 'zh')).toContain('11次选举合计的投票人数达到法定要求');
  });

  it('says totals under half mean at least one election missed its quorum, and calls none void', () => {
    const summary = report(BOTH('参加投票7,400人，参选率48.4%'));
    expect(summary.verdict).not.toBe('void');
    expect(summary.turnout.electionValid).toBe(true);
    expect(quorumStatus(summary)).toBe('summary-not-met');
    expect(summary.findings.some((finding) => finding.code === 'ELECTION_VOID')).toBe(false);
    const short = summary.findings.filter((finding) => finding.code === 'TURNOUT_BELOW_QUORUM');
    expect(short.map((finding) => finding.severity)).toEqual(['warning']);
    expect(short[0]?.message).toContain(
      'at least one of them missed its quorum (the summary does not say which)',
    );
    expect(announcementVerdict(summary, 'en')).toMatch(
      /^a summary of 11 elections: their totals fall short of the quorum .*, so at least one of those elections missed it \(the summary does not say which\)/,
    );
    expect(announcementVerdict(summary, 'zh')).toContain(
      '因此其中至少有一次选举未达到（汇总没有写明是哪一次）',
    );
  });

  it('says several elections when the summary does not count its villages', () => {
    const summary = report(
      '白鹭镇2026年村（居）委会换届选举情况通报\n\n村委会选举登记选民15,300人，参加投票13,650人，参选率89.2%；社区居委会选举登记选民6,120人，参加投票5,231人，参选率85.5%。',
    );
    expect(summary.turnout.quorumSummary).toEqual({ elections: null, totalsMet: true });
    expect(announcementVerdict(summary, 'en')).toMatch(/^a summary of several elections: /);
    expect(announcementVerdict(summary, 'zh')).toMatch(/^这是多次选举的汇总：/);
  });

  it("judges one village's notice as one election still", () => {
    const one = report(
      '柳湾村第十二届村民委员会选举结果公告\n本村登记选民1,650人，参加投票1,402人，参选率85.0%。发出选票1,402张，收回选票1,398张，其中有效票1,390张，无效票8张。\n主任候选人李建国得票1,021票，当选为村民委员会主任。',
    );
    expect(one.turnout.quorumSummary).toBeUndefined();
    expect(quorumStatus(one)).toBe('met');
    expect(announcementVerdict(one, 'en')).toMatch(/^no discrepancy: /);
  });
});

describe("a township's totals of its villages' elections alone, counted for the whole township", () => {
  const TOWN = (title: string, opening: string, cast: string) =>
    `${title}\n${opening}全镇登记选民3,690人，参加投票${cast}人。\n青松镇人民政府\n2026年5月12日`;

  it('warns that one election at least missed its quorum when the totals fall short, calling none void', () => {
    const summary = report(
      TOWN('青松镇第十二届村民委员会换届选举情况通报', '全镇3个村于2026年5月9日同日选举，', '1,720'),
    );
    expect(quorumStatus(summary)).toBe('summary-not-met');
    expect(summary.turnout.quorumSummary).toEqual({ elections: 3, totalsMet: false });
    expect(summary.findings.filter((f) => f.code === 'TURNOUT_BELOW_QUORUM').map((f) => f.severity)).toEqual([
      'warning',
    ]);
    expect(summary.findings.some((f) => f.code === 'ELECTION_VOID')).toBe(false);
    expect(renderReportText(summary, 'en')).toContain('at least one of those elections missed its quorum');
  });

  it('says the totals meet the quorum, of no one election, when they do', () => {
    const summary = report(
      TOWN('青松镇第十二届村民委员会换届选举情况通报', '全镇3个村于2026年5月9日同日选举，', '3,120'),
    );
    expect(quorumStatus(summary)).toBe('summary-met');
  });

  it('leaves a summary that may hold communities, or villages that did not vote, unjudged as before', () => {
    for (const text of [
      TOWN('青松镇村（居）民委员会换届选举情况通报', '全镇2个村、1个社区于2026年5月9日同日选举，', '1,720'),
      TOWN('青松镇村和社区换届选举情况通报', '全镇3个村于2026年5月9日同日选举，', '1,720'),
      TOWN(
        '青松镇村民委员会换届选举情况通报',
        '全镇4个村，其中3个村于5月9日选举，另有1个村延期选举，',
        '1,720',
      ),
    ]) {
      const summary = report(text);
      expect(quorumStatus(summary)).toBe('counts-apart');
      expect(summary.findings.some((f) => f.code === 'TURNOUT_BELOW_QUORUM')).toBe(false);
    }
    expect(quorumStatus(report(TOWN('青松镇村民委员会换届选举情况通报', '', '1,720'), 'cn-residents'))).toBe(
      'counts-apart',
    );
  });
});

describe('the count of places a summary takes as its number of elections is used, not left unchecked', () => {
  const TOWN = (opening: string, cast: string) =>
    `青松镇第十二届村民委员会换届选举情况通报\n${opening}登记选民3,000人，参加投票${cast}人。\n青松镇人民政府\n2026年5月12日`;
  const unread = (summary: ReturnType<typeof report>) =>
    (summary.announcement?.unread ?? []).map((figure) => figure.text);
  const quorum = (summary: ReturnType<typeof report>) =>
    summary.announcement?.judged.find((figure) => figure.rule === 'quorum');

  it('names 全镇3个村 in the work of totals short of the quorum, and no longer lists it as not checked', () => {
    const summary = report(TOWN('全镇3个村', '1,400'));
    expect(quorumStatus(summary)).toBe('summary-not-met');
    expect(summary.turnout.quorumSummary).toEqual({ elections: 3, totalsMet: false });
    expect(unread(summary)).not.toContain('全镇3个村');
    expect(summary.announcement?.unreadCount).toBe(0);
    expect(quorum(summary)?.work.en).toContain(
      'the totals of 3 elections (“全镇3个村” taken as the number of elections summed): ',
    );
    expect(quorum(summary)?.work.zh).toContain('3次选举合计（“全镇3个村”读作汇总的选举次数）：');
    expect(renderReportText(summary, 'en')).not.toMatch(/\? 全镇3个村/);
    expect(renderReportText(summary, 'en')).toContain('figures not checked 0');
    expect(renderReportText(summary, 'zh')).toContain('“全镇3个村”读作汇总的选举次数');
  });

  it('does so too when the totals meet it, and in a summary of both committees', () => {
    const met = report(TOWN('全镇3个村', '2,400'));
    expect(quorumStatus(met)).toBe('summary-met');
    expect(unread(met)).not.toContain('全镇3个村');
    expect(quorum(met)?.work.en).toContain('(“全镇3个村” taken as the number of elections summed)');
    const both = report(BOTH('参加投票7,400人，参选率48.4%'));
    expect(quorumStatus(both)).toBe('summary-not-met');
    expect(unread(both)).not.toContain('全镇11个村');
    expect(quorum(both)?.work.zh).toContain('“全镇11个村”读作汇总的选举次数');
  });

  it('reads 全鎮３個村 in traditional characters and full-width digits as 全镇3个村', () => {
    const summary = report(
      '青松鎮第十二屆村民委員會換屆選舉情況通報\n全鎮３個村登記選民３，０００人，參加投票１，４００人。\n青松鎮人民政府\n２０２６年５月１２日',
    );
    expect(summary.turnout.quorumSummary).toEqual({ elections: 3, totalsMet: false });
    expect(unread(summary)).not.toContain('全鎮３個村');
    expect(quorum(summary)?.work.en).toContain('(“全鎮３個村” taken as the number of elections summed)');
    expect(announcementVerdict(summary, 'en')).toMatch(/^a summary of 3 elections: /);
  });

  it('takes no count as the number of elections when the places are counted two ways', () => {
    const summary = report(TOWN('全镇3个村（其中2个村于5月9日选举）', '1,400'));
    expect(quorum(summary)?.work.en ?? '').not.toContain('taken as the number of elections');
  });
});
