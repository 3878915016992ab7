import { describe, expect, it } from 'vitest';
import { findings, voteRows } from './corpus/read-shapes.js';

/** Planted errors the reader missed before: figures invented. */
const TITLE = '石门村第十二届村民委员会选举结果公告\n';
const ACCOUNT =
  '本村登记选民1,915人，参加投票1,602人，参选率83.66%。收回选票1,600张，其中有效票1,589张，无效票11张，选举有效。\n';

describe('a post right before the name, then a comma and 得票', () => {
  const text = (votes: string) =>
    `${TITLE}${ACCOUNT}当选人员：主任姚德华，得票1,382票，连选连任；委员姚丽萍（女），得票${votes}票；委员许国强，得票1,117票。`;

  it('reads the votes as the name after the post and holds them to the valid ballots', () => {
    expect(findings(text('1,245'))).toEqual([]);
    expect(findings(text('1,645'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '姚丽萍（女），得票1,645票']]);
  });

  it('takes no word of a post of two words for the name', () => {
    const names = voteRows(`${TITLE}${ACCOUNT}当选人员：村务监督委员会主任委员李四，得票1,117票。`).map(
      ([name]) => name,
    );
    expect(names).not.toContain('委员李四');
  });
});

describe("a last term's count in a bracket sets no time for the votes after it", () => {
  const text = (votes: string) =>
    `${TITLE}${ACCOUNT}当选人员：主任姚德华，得票1,382票（上届1,375票）；委员姚丽萍（女），得票${votes}票；委员许国强，得票1,117票。`;

  it('compares the later votes with the valid ballots', () => {
    expect(findings(text('1,245'))).toEqual([]);
    expect(findings(text('1,645'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '姚丽萍（女），得票1,645票']]);
  });

  it('still sets the figures after a last-term label that holds no count', () => {
    const labelled = `${TITLE}${ACCOUNT}附（上届）：登记选民1,860人，参加投票1,702人。`;
    expect(findings(labelled)).toEqual([]);
  });
});

describe("a confirmation vote's three counts with the candidate's outcome after them", () => {
  const text = (abstained: string) =>
    `${TITLE}本次选举实行等额选举。登记选民1,480人，参加投票1,230人，收回选票1,230张，有效票1,200张，无效票30张。\n主任候选人周明远：赞成1,102票，反对68票，弃权30票，当选。\n委员候选人孙丽：赞成1,050票，反对90票，弃权${abstained}票，当选为委员。`;

  it('flags the three above the valid ballots', () => {
    expect(findings(text('60'))).toEqual([]);
    expect(findings(text('80'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '有效票1,200张']]);
  });
});

describe("a confirmation vote's line opening with the post's heading, then the name and a space", () => {
  const text = (against: string, apart = '') =>
    `${TITLE}登记选民842人；参加投票726人；有效票719张，无效票7张。${apart}\n主任：童国良\u3000赞成604票，反对${against}票，弃权44票，当选；\n委员：温翠英（女）\u3000赞成588票，反对90票，弃权41票，当选。`;

  it('flags the three above the valid ballots', () => {
    expect(findings(text('71'))).toEqual([]);
    expect(findings(text('171'))).toEqual([['ANNOUNCED_SUM_MISMATCH', '有效票719张']]);
  });

  it('holds the three only to the voters where the posts were voted on apart', () => {
    expect(findings(text('78', '本次选举主任、委员分别投票。'))).toEqual([]);
    expect(findings(text('171', '本次选举主任、委员分别投票。'))).toEqual([
      ['ANNOUNCED_SUM_MISMATCH', '参加投票726人'],
    ]);
  });
});
