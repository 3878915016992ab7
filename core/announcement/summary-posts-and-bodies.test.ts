import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';
import { placeOpening } from './summary-bases.js';

/**
 * Summaries whose base is stated plainly though they list posts or bodies (docs/announcement.md, “Posts
 * stated with their own parts, and people of no named body”): each share is judged against that base,
 * a wrong one is caught, and a share whose base stays uncertain is left unjudged with its reason.
 * Every number and name here is invented.
 */

/** The shares judged, as [text, right, work]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right, judged.work.en]);
/** The figures read but not compared, and the numbers left unread, as [text, reason]. */
const unjudged = (text: string) => [
  ...work(text).unjudged.map((figure) => [figure.text, figure.reason]),
  ...unread(text),
];

describe('posts each stated with their own parts', () => {
  const text = (share: string) =>
    `新一届村党组织书记21名，其中女性3名，占14.3%；村委会主任21名，其中女性4名，占${share}；村务监督委员会主任21名，其中女性2名，占9.5%。`;

  it('takes the parts after each post as that post’s', () => {
    expect(findings(text('19.0%'))).toEqual([]);
    expect(shares(text('19.0%'))).toEqual([
      [
        '占14.3%',
        true,
        '3 “女性” out of 21 “村党组织书记” is 14.2857…%, which rounds to the 14.3% the notice states: right',
      ],
      [
        '占19.0%',
        true,
        '4 “女性” out of 21 “村委会主任” is 19.0476…%, which rounds to the 19.0% the notice states: right',
      ],
      [
        '占9.5%',
        true,
        '2 “女性” out of 21 “村务监督委员会主任” is 9.5238…%, which rounds to the 9.5% the notice states: right',
      ],
    ]);
  });

  it('flags a post’s share its own counts contradict', () => {
    expect(findings(text('20.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占20.0%']]);
  });

  it('takes a post stated in a sentence of its own as no post of a list', () => {
    const apart = '全镇选出村党组织书记21名。选出村委会主任21名，其中女性4名，占19.0%。';
    expect(shares(apart)).toEqual([
      [
        '占19.0%',
        true,
        '4 “女性” out of 21 “村委会主任” is 19.0476…%, which rounds to the 19.0% the notice states: right',
      ],
    ]);
  });

  it('still leaves unjudged a 其中 after posts listed with no parts between them', () => {
    const listed =
      '共选出村党组织书记21名，其中女性3名，占14.3%；村委会主任21名，副主任10名，其中女性5名，占16.1%。';
    expect(findings(listed)).toEqual([]);
    expect(unjudged(listed)).toContainEqual(['16.1%', 'ambiguous-base']);
  });

  it('takes no post as a part of a post qualified as newly elected', () => {
    // The 10 副主任 and 65 委员 are no parts of the 21 new chairs: nothing sums or exceeds them.
    const posts =
      '新当选村委会主任21名，其中女性4名，占19.0%；副主任10名，其中女性5名，占50.0%；委员65名，其中女性20名，占30.8%。';
    expect(findings(posts)).toEqual([]);
    expect(shares(posts).map(([text, right]) => [text, right])).toEqual([
      ['占19.0%', true],
      ['占50.0%', true],
      ['占30.8%', true],
    ]);
  });
});

describe('a part after posts listed that names one of them', () => {
  it('takes 女性主任 after 书记 and 主任 as of the 主任', () => {
    const text = (share: string) => `共选出村党组织书记21名、村委会主任21名，其中女性主任4名，占${share}。`;
    expect(shares(text('19.0%'))).toEqual([
      [
        '占19.0%',
        true,
        '4 “女性主任” out of 21 “村委会主任” is 19.0476…%, which rounds to the 19.0% the notice states: right',
      ],
    ]);
    expect(findings(text('9.5%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占9.5%']]);
  });

  it('takes 女性委员 after 主任, 副主任 and 委员 as of the 委员', () => {
    const text = '选出村委会主任21名，副主任10名，委员65名，其中女性委员20名，占30.8%。';
    expect(shares(text)).toEqual([
      [
        '占30.8%',
        true,
        '20 “女性委员” out of 65 “委员” is 30.7692…%, which rounds to the 30.8% the notice states: right',
      ],
    ]);
  });
});

describe('正职 and 副职 are posts', () => {
  const text = (share: string) =>
    `全镇共选出村“两委”成员186名，其中，村“两委”正职（书记、主任）42名，女性正职5名，占${share}。`;

  it('does not judge a share of women in the principal posts against all the members', () => {
    // 5 of the 42 is 11.9 %, of the 186 2.7 %: listed with the posts under one 其中, as 女性书记 is.
    for (const share of ['11.9%', '2.7%']) {
      expect(findings(text(share))).toEqual([]);
      expect(shares(text(share))).toEqual([]);
      expect(unjudged(text(share))).toContainEqual([share, 'ambiguous-base']);
    }
  });

  it('judges it against the principal posts when they are the total', () => {
    const own = (share: string) => `全镇村“两委”正职（书记、主任）42名，其中女性正职5名，占${share}。`;
    expect(shares(own('11.9%')).map(([text, right]) => [text, right])).toEqual([['占11.9%', true]]);
    expect(findings(own('12.9%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占12.9%']]);
  });
});

describe('people of a body no word names', () => {
  const text = (share: string) =>
    `全镇共选出村干部186名，其中村党组织成员90名，占48.4%；村委会成员126名，占67.7%；交叉任职30名，占${share}。`;

  it('takes the committees’ members and those in both as parts of the 186', () => {
    expect(findings(text('16.1%'))).toEqual([]);
    expect(shares(text('16.1%'))).toEqual([
      [
        '占48.4%',
        true,
        '90 “村党组织成员” out of 186 “村干部” is 48.3870…%, which rounds to the 48.4% the notice states: right',
      ],
      [
        '占67.7%',
        true,
        '126 “村委会成员” out of 186 “村干部” is 67.7419…%, which rounds to the 67.7% the notice states: right',
      ],
      [
        '占16.1%',
        true,
        '30 “交叉任职” out of 186 “村干部” is 16.1290…%, which rounds to the 16.1% the notice states: right',
      ],
    ]);
    expect(findings(text('23.8%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占23.8%']]);
  });

  it('judges 成员 and 村级组织成员 alike', () => {
    for (const total of ['成员', '村级组织成员'])
      expect(
        shares(`全镇共选举产生${total}186名，其中村委会成员96名，占51.6%。`).map(([text, right]) => [
          text,
          right,
        ]),
      ).toEqual([['占51.6%', true]]);
  });

  it('keeps the people of another body a total of their own', () => {
    // The 186 women representatives are 30.0 % of the 620 representatives, not a part of the cadres.
    const other = '全镇共选出村干部186名，其中女性42名，占22.6%；村民代表620名，其中妇女代表186名，占30.0%。';
    expect(findings(other)).toEqual([]);
    expect(shares(other).map(([text, right]) => [text, right])).toEqual([
      ['占22.6%', true],
      ['占30.0%', true],
    ]);
  });
});

describe('a noun for a kind of place opening a clause', () => {
  const text = (share: string) =>
    `全街道12个社区全部完成换届。社区共选举产生居委会成员86名，其中女性50名，占58.1%。党员61名，占${share}。`;

  it('is no named place: the members stay the text’s own after the sentence', () => {
    expect(placeOpening('社区共选举产生居委会成员86名')).toBeNull();
    expect(placeOpening('城区选出成员40名')).toBeNull();
    expect(placeOpening('光明社区选出5名')).toBe('光明社区');
    expect(shares(text('70.9%')).map(([words, right]) => [words, right])).toEqual([
      ['占58.1%', true],
      ['占70.9%', true],
    ]);
    expect(findings(text('71.9%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占71.9%']]);
  });
});

describe('a base named in words that fits the body and some of its people qualified', () => {
  it('takes 成员总数 for the body, not for 女性成员 or 党员成员', () => {
    const text = (share: string) =>
      `全镇共选出村“两委”成员186名。女性成员42名，占成员总数的${share}；党员成员140名，占成员总数的75.3%。`;
    expect(shares(text('22.6%')).map(([words, right]) => [words, right])).toEqual([
      ['占成员总数的22.6%', true],
      ['占成员总数的75.3%', true],
    ]);
    expect(findings(text('23.6%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占成员总数的23.6%']]);
  });

  it('takes 书记总数 for the secretaries, not for 35岁以下书记', () => {
    const text =
      '全镇选出村党组织书记21名。35岁以下书记3名，占书记总数的14.3%；大专及以上学历的书记12名，占书记总数的57.1%。';
    expect(shares(text).map(([words, right]) => [words, right])).toEqual([
      ['占书记总数的14.3%', true],
      ['占书记总数的57.1%', true],
    ]);
  });

  it('still leaves unjudged a base that two bodies fit', () => {
    const text = '全镇选出村党组织成员90名，村委会成员96名。女性成员40名，占成员总数的21.5%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([]);
  });
});

describe('a head naming a post whose only unqualified-looking count lost its clause', () => {
  // 直接选举产生的 is cut from the label, leaving 的村党支部书记 (2 of the secretaries, not all of them).
  const text =
    '直接选举产生的村党支部书记为2名，连选连任的村支部书记为6人。本届村支书中45周岁以下为5名，占62.5%；初中文化程度有2名，占25%。';

  it('takes no count qualified by a clause as the whole post', () => {
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([]);
  });
});
