import { describe, expect, it } from 'vitest';
import { alarms, reportAlone } from './corpus/read-shapes.js';

/**
 * Ballots or voters of one part of the vote (a roving team, a mobile box, a polling station or point, a
 * villagers' group) are that part's, never the whole vote's: no quorum is judged on them, and a valid
 * election is never called void on them (docs/announcement.md, “Places and parts of the vote”).
 */
const NOTICE = (part: string, whole = '') =>
  '长岗村第十二届村民委员会选举结果公告\n\n' +
  '长岗村于2026年11月8日召开选举大会，对居住分散的选民设巡回投票组到户投票。\n' +
  `本村登记选民1380人，选举大会实到会选民540人，${part}收回选票320张。${whole}\n` +
  '主任：廖国华，得票720票；\n委员：谢春梅，得票680票；邹斌，得票610票。\n' +
  '以上同志得票均超过投票选民的半数，当选。\n\n长岗村村民选举委员会\n2026年11月8日';

const PARTS = [
  '巡回投票组',
  '流动投票组',
  '流动票箱',
  '入户投票',
  '第二投票站',
  '投票点',
  '投票处',
  '分会场',
  '第三村民小组',
];

describe('ballots returned by one part of the vote', () => {
  it.each(PARTS)('judges no quorum on the ballots of %s alone', (part) => {
    expect(alarms(NOTICE(part), true)).toEqual([]);
  });

  it('lists the roving team’s ballots as unread, with the reason', () => {
    const unread = reportAlone(NOTICE('巡回投票组'), true).findings.filter((f) => f.code === 'UNREAD_FIGURE');
    expect(unread.map((f) => f.message)).toEqual([expect.stringContaining('“巡回投票组收回选票320张”')]);
  });

  it('still judges the quorum on the whole vote’s ballots stated beside the part', () => {
    expect(alarms(NOTICE('巡回投票组', '全村共收回选票600张。'), true)).toEqual([
      'TURNOUT_BELOW_QUORUM 600/691',
      'ELECTION_VOID /',
      // The winners' votes (720, 680, 610) are then beyond the 600 ballots as well.
      'ANNOUNCED_SUM_MISMATCH 720/600',
      'ANNOUNCED_SUM_MISMATCH 680/600',
      'ANNOUNCED_SUM_MISMATCH 610/600',
    ]);
    expect(alarms(NOTICE('巡回投票组', '全村共收回选票900张。'), true)).toEqual([]);
  });

  it('still judges ballots after a count of the stations set up', () => {
    const notice = NOTICE('巡回投票组').replace('巡回投票组收回选票320张', '设投票站2个，收回选票320张');
    expect(alarms(notice, true)).toEqual([
      'TURNOUT_BELOW_QUORUM 320/691',
      'ELECTION_VOID /',
      'ANNOUNCED_SUM_MISMATCH 720/320',
      'ANNOUNCED_SUM_MISMATCH 680/320',
      'ANNOUNCED_SUM_MISMATCH 610/320',
    ]);
  });
});
