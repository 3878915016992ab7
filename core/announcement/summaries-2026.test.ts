import { describe, expect, it } from 'vitest';
import { findings, unread, work } from './corpus/read-shapes.js';
import { placeOpening } from './summary-bases.js';

/**
 * Township and county summaries whose wording rules out the total a share would otherwise be taken
 * of (issue #15, precision first): each class with a right text that must raise nothing, and a text
 * with a wrong figure that is still caught where the base is certain, or a share left unjudged with
 * its reason where it is not. Every number and name here is invented.
 */

/** The shares judged, as [text, right]. */
const shares = (text: string) =>
  work(text)
    .judged.filter((judged) => judged.rule === 'share')
    .map((judged) => [judged.text, judged.right]);
/** The figures read but not compared, and the numbers left unread, as [text, reason]. */
const unjudged = (text: string) => [
  ...work(text).unjudged.map((figure) => [figure.text, figure.reason]),
  ...unread(text),
];

describe('a named place opening a clause counts that place’s people', () => {
  const text = (share: string) =>
    `全县共选出村“两委”成员308名，其中女性76名，占24.7%。其中，城关镇选出成员112名，女性28名，占25.0%；河口乡选出成员96名，女性21名，占${share}。`;

  it('takes each town’s women as of that town’s members, not of the county’s', () => {
    expect(findings(text('21.9%'))).toEqual([]);
    expect(shares(text('21.9%'))).toEqual([
      ['占24.7%', true],
      ['占25.0%', true],
      ['占21.9%', true],
    ]);
  });

  it('still flags a town’s share that its own counts contradict', () => {
    expect(findings(text('23.1%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占23.1%']]);
  });

  it('judges no part of a place whose own count is unread against the whole’s total', () => {
    // 张庄村选出5名 names no body (unread); 2 of 40 would be 5.0 %, 2 of 5 is 40.0 %.
    const villages =
      '全镇共选出村委会成员40名。其中，张庄村选出5名，女性2名，占40.0%；李家村选出7名，女性3名，占42.9%。';
    expect(findings(villages)).toEqual([]);
    expect(shares(villages)).toEqual([]);
    expect(unjudged(villages)).toContainEqual(['40.0%', 'no-base']);
  });

  it('knows no total after the places’ sentence until one is stated', () => {
    const after = `${text('21.9%')}大专以上学历的98名，占31.8%。`;
    expect(findings(after)).toEqual([]);
    expect(unjudged(after)).toContainEqual(['31.8%', 'no-base']);
  });

  it('keeps the text’s own place (the first it names) the whole’s', () => {
    const own = '城关镇共选出村“两委”成员112名，其中女性28名，占25.0%。大专及以上学历的41名，占36.6%。';
    expect(shares(own)).toEqual([
      ['占25.0%', true],
      ['占36.6%', true],
    ]);
  });

  it('does not take each place, the whole place or a level (各村, 本镇, 乡镇) for a named one', () => {
    for (const clause of [
      '各村选出成员60名',
      '每个社区选出5名',
      '乡镇选出30名',
      '本镇选出成员70名',
      '新当选的社区居委会班子成员共76人',
      '其中村174个',
      '在村里选出5名',
      '城关镇有成员112名',
    ])
      expect(placeOpening(clause)).toBeNull();
    expect(
      ['城关镇选出成员112名', '其中，河口乡选出96名', '光明社区选出5名', '张庄村共选出5名'].map(placeOpening),
    ).toEqual(['城关镇', '河口乡', '光明社区', '张庄村']);
  });
});

describe('posts listed one after another, then 其中', () => {
  const text = (share: string) => `共选出村委会主任27名，副主任15名，委员89名，其中女性39名，占${share}。`;

  it('leaves the part’s share unjudged: of the last post, or of all the posts?', () => {
    // 39 of the 131 is 29.8 %, of the 89 委员 43.8 %: neither reading is flagged.
    for (const share of ['29.8%', '43.8%']) {
      expect(findings(text(share))).toEqual([]);
      expect(shares(text(share))).toEqual([]);
      expect(unjudged(text(share))).toContainEqual([share, 'ambiguous-base']);
    }
  });

  it('still reads a part of a committee stated by its total with its posts as parts', () => {
    const total = '村委会共选出成员85名，其中主任17名，副主任9名，委员59名。女性22名，占26.0%。';
    expect(shares(total)).toEqual([['占26.0%', false]]);
  });
});

describe('seats to fill are no count of the people elected', () => {
  const text = (share: string) =>
    `全乡应选村委会成员70名，实际选出68名，占应选职数的97.1%，其中女性17名，占${share}。`;

  it('judges no part against the seats (17 of 68 elected is 25.0 %, of 70 seats 24.3 %)', () => {
    for (const share of ['25.0%', '24.3%']) {
      expect(findings(text(share))).toEqual([]);
      expect(unjudged(text(share))).toContainEqual([share, 'no-base']);
    }
  });

  it('keeps judging a part of members counted as elected', () => {
    expect(findings('全乡选出村委会成员68名，其中女性17名，占24.3%。')).toEqual([
      ['ANNOUNCED_PERCENT_MISMATCH', '占24.3%'],
    ]);
  });
});

describe('an attribute of a post counted before is a part of the post', () => {
  const text = (share: string) =>
    `全镇共选出村“两委”成员150名，其中书记15名，女性36名，占24.0%。\n\n书记队伍方面，35岁以下的书记3名，占${share}；大专以上学历的书记9名。`;

  it('leaves a share of 35岁以下的书记 naming no base unjudged: of the 15 secretaries or of the 150 members?', () => {
    // 3 of 15 is 20.0 %, 3 of 150 is 2.0 %: either may be meant, so neither is flagged.
    for (const share of ['20.0%', '2.0%']) {
      expect(findings(text(share))).toEqual([]);
      expect(shares(text(share))).toEqual([['占24.0%', true]]);
      expect(unjudged(text(share))).toContainEqual([share, 'ambiguous-base']);
    }
  });

  it('does not take 副书记 for an attribute of 书记', () => {
    const deputy = '全镇共选出村“两委”成员150名，其中书记15名，副书记12名，占8.0%。';
    expect(shares(deputy)).toEqual([['占8.0%', true]]);
  });
});

describe('X中 after a part of women names the women as the total', () => {
  const text = (share: string) =>
    `全镇共选出村“两委”成员150名，其中女性36名，占24.0%；女性中党员20名，占${share}。`;

  it('judges the party members as of the 36 women', () => {
    expect(findings(text('55.6%'))).toEqual([]);
    expect(shares(text('55.6%'))).toEqual([
      ['占24.0%', true],
      ['占55.6%', true],
    ]);
    expect(findings(text('13.3%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占13.3%']]);
  });
});

describe('qualified people counted before 成员中 are the total of the parts after them', () => {
  const text = (share: string) =>
    `新一届村委会成员共计96名，其中连任的58名，占60.4%。新当选的38名成员中，女性14名，占${share}。`;

  it('takes the women as of the 38 new members, not of all 96', () => {
    expect(findings(text('36.8%'))).toEqual([]);
    expect(shares(text('36.8%'))).toContainEqual(['占36.8%', true]);
    expect(findings(text('14.6%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占14.6%']]);
  });

  it('finds the 38 when the share names them in words', () => {
    const named = '新一届村委会成员共计96名。新当选的38名成员中，女性14名，占新当选成员的38.6%。';
    expect(findings(named)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占新当选成员的38.6%']]);
  });
});

describe('villages and communities counted apart', () => {
  const text = (share: string) =>
    `全镇辖15个村、3个社区。实现书记、主任“一肩挑”的村（社区）17个，占${share}。`;

  it('takes a count of both kinds as a part of neither', () => {
    // 17 of the 18 is 94.4 %; of the 3 communities it would be 566.7 %.
    expect(findings(text('94.4%'))).toEqual([]);
    expect(unjudged(text('94.4%'))).toContainEqual(['94.4%', 'no-base']);
  });

  it('keeps a count of villages a part of the villages', () => {
    const villages = '全镇辖15个村、3个社区。实现“一肩挑”的村14个，占90.0%。';
    expect(findings(villages)).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占90.0%']]);
  });
});

describe('people of another body after 其中 and ；are a total of their own', () => {
  const text = (share: string) =>
    `全县共选出村委会成员300名，其中女性80名；各村同步选出村民代表900名，女性30名，占${share}。`;

  it('takes the women after 村民代表 as of the 900 representatives, not of the 300 members', () => {
    expect(findings(text('3.3%'))).toEqual([]);
    expect(shares(text('3.3%'))).toEqual([['占3.3%', true]]);
    expect(findings(text('10.0%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占10.0%']]);
  });

  it('keeps a body of the 两委 a part of the 两委', () => {
    const two = '全镇共选出村“两委”成员126名，其中党组织成员55名，村委会成员71名；女性29名，占23.0%。';
    expect(findings(two)).toEqual([]);
    expect(shares(two)).toEqual([['占23.0%', true]]);
  });

  it('does not take what people did (由…兼任的) for another body', () => {
    const did =
      '村务监督委员会共选出成员45名，其中主任15名。监委会主任中，由村党组织纪检委员兼任的12名，占80.0%。';
    expect(shares(did)).toEqual([['占80.0%', true]]);
  });

  it('does not sum 村民小组长 into the committee counted before', () => {
    const text =
      '全乡选出村委会成员45名，其中女性12名，占26.7%；同步选举产生村民代表320名；推选村民小组长64名。';
    expect(findings(text)).toEqual([]);
    // Before, 64 was checked as a part of the 45 members (and found larger).
    expect(work(text).judged.filter((judged) => judged.text.includes('村民小组长'))).toEqual([]);
  });
});

describe('places named after their count, with what was said of them before it', () => {
  const text = (share: string) =>
    `全县辖12个乡镇、186个行政村。本届共选举产生村“两委”成员1203名，其中“一肩挑”的174个村，占${share}。`;

  it('takes them as some of the villages, a part of the township’s count', () => {
    expect(findings(text('93.5%'))).toEqual([]);
    expect(shares(text('93.5%'))).toEqual([['占93.5%', true]]);
    expect(findings(text('95.3%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占95.3%']]);
  });

  it('keeps places named after their count with the whole place or 共 before them the township’s', () => {
    const whole = '全县186个行政村全部完成换届，共有的174个村实现“一肩挑”，占93.5%。';
    expect(shares(whole)).toEqual([]);
  });
});

describe('a base counted inside the share’s own words', () => {
  const text = (share: string) =>
    `通过换届，全乡村“两委”班子中共选出中共党员142名，占成员总数187名的${share}。其中35岁以下党员31名。`;

  it('judges the share of the group before it against that count', () => {
    expect(findings(text('75.9%'))).toEqual([]);
    expect(shares(text('75.9%'))).toEqual([['占成员总数187名的75.9%', true]]);
    expect(findings(text('79.5%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占成员总数187名的79.5%']]);
  });

  it('does not take the count for a body of its own that later parts belong to', () => {
    // 31 of the 142 party members, not of a group “占成员总” of 187.
    const partOf = work(text('75.9%')).judged.find((judged) => judged.text.startsWith('35岁以下党员'));
    expect(partOf?.work.en).toContain('中共党员');
  });

  it('leaves a ballot count written so to the ballot reading', () => {
    expect(shares('参加投票的选民1350人，占登记选民1600人的84.4%。')).toEqual([]);
  });
});

describe('其中 right after a count of people the reader could not name', () => {
  const text = (share: string) => `上届村“两委”成员共402名，本届396名，其中女性81名，占${share}。`;

  it('takes no earlier total for the parts (here the last term’s 402)', () => {
    // 81 of 396 is 20.5 %; of the last term's 402 it would be 20.1 %.
    for (const share of ['20.5%', '20.1%']) {
      expect(findings(text(share))).toEqual([]);
      expect(unjudged(text(share))).toContainEqual([share, 'no-base']);
    }
  });

  it('keeps a 其中 after a named count of the last term its parts', () => {
    expect(shares('上届村“两委”成员共402名，其中女性63名，占15.7%。')).toEqual([['占15.7%', true]]);
  });
});

describe('党员中， names the party members as the total of the parts after it', () => {
  const text = (share: string) =>
    `全镇村“两委”成员共126名，其中党员89名，占70.6%。党员中，女性党员21名，占${share}。`;

  it('judges the women among them as of the 89', () => {
    expect(findings(text('23.6%'))).toEqual([]);
    expect(shares(text('23.6%'))).toEqual([
      ['占70.6%', true],
      ['占23.6%', true],
    ]);
    expect(findings(text('16.7%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占16.7%']]);
  });
});

describe('其中 right after a post counted as a part of the sentence’s total', () => {
  const text = (share: string) =>
    `全镇共选出村“两委”成员126名，其中女性29名，占23.0%；村委会主任21名，其中女性主任4名，占${share}。`;

  it('leaves the part’s share unjudged: of the 21 chairs, or of the 126?', () => {
    for (const share of ['19.0%', '3.2%']) {
      expect(findings(text(share))).toEqual([]);
      expect(unjudged(text(share))).toContainEqual([share, 'ambiguous-base']);
    }
  });
});

describe('which post an attribute of a post is of', () => {
  it('leaves a part under 其中 of a body the body’s, even when another body counted the post', () => {
    const text = '村党组织选出书记21名，委员45名。村委会选出成员72名，其中女性委员18名，占25.0%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([['占25.0%', true]]);
  });

  it('leaves unjudged a share of women secretaries listed with the secretaries under one 其中', () => {
    // 3 of the 15 secretaries is 20.0 %, of the 150 members 2.0 %.
    for (const share of ['20.0%', '2.0%']) {
      const text = `全镇共选出村“两委”成员150名，其中书记15名，女性书记3名，占${share}。`;
      expect(findings(text)).toEqual([]);
      expect(unjudged(text)).toContainEqual([share, 'ambiguous-base']);
    }
  });

  it('takes the one stated post that ends with the post word, and leaves it unjudged when several do', () => {
    expect(shares('全镇共选出村委会主任18名。女性主任3名，占16.7%。')).toEqual([['占16.7%', true]]);
    const several =
      '全镇共选出村党组织书记21名，村委会主任21名，村务监督委员会主任21名。女性主任5名，占11.9%。';
    expect(findings(several)).toEqual([]);
    expect(unjudged(several)).toContainEqual(['11.9%', 'ambiguous-base']);
  });

  it('does not take a body counted for another place as the body a later label names', () => {
    const text =
      '全县共选出村“两委”成员1203名。其中，城关镇选出成员112名，女性28名，占25.0%。全县女性成员共76名，占6.3%。';
    expect(findings(text)).toEqual([]);
  });
});

describe('a committee named before 中， and a post after a total that is no committee', () => {
  it('takes 村务监督委员会中， as the total of the parts after it, uncounted', () => {
    const text = '全镇共选出村委会成员72名。村务监督委员会中，女性9名，占23.1%。';
    expect(findings(text)).toEqual([]);
    expect(shares(text)).toEqual([]);
  });

  it('does not take a post counted after party members as a part of them', () => {
    const text = (share: string) => `全镇共有党员1523名，选出村党组织委员63名，其中女性11名，占${share}。`;
    expect(findings(text('17.5%'))).toEqual([]);
    expect(shares(text('17.5%'))).toEqual([['占17.5%', true]]);
    expect(findings(text('0.7%'))).toEqual([['ANNOUNCED_PERCENT_MISMATCH', '占0.7%']]);
  });
});

describe('the writer’s own place after 其中, and 妇女主任', () => {
  it('takes 其中，我县选出… as one of the whole’s places, not the whole', () => {
    const text = '全市共选出村“两委”成员21437名。其中，我县选出1203名，女性268名，占22.3%。';
    expect(findings(text)).toEqual([]);
    expect(unjudged(text)).toContainEqual(['22.3%', 'no-base']);
    expect(placeOpening('其中，我县选出1203名')).toBe('我县');
    expect(placeOpening('我县选出1203名')).toBeNull();
  });

  it('takes 妇女主任 for a post, not for women of the members', () => {
    const text = '全镇共选出村委会成员72名，其中女性20名。妇女主任21名，均由女性担任，占100.0%。';
    expect(findings(text)).toEqual([]);
    expect(unjudged(text)).toContainEqual(['100.0%', 'no-base']);
  });
});

describe('an attribute right after a body listed among the parts', () => {
  const text = (share: string) =>
    `全镇选出村（社区）“两委”成员126名，其中，村“两委”成员107名，女性23名，占${share}；社区“两委”成员19名，女性6名，占31.6%。`;

  it('leaves its share unjudged: of that body, or of the whole?', () => {
    // 23 of the 107 is 21.5 %, of the 126 18.3 %.
    for (const share of ['21.5%', '18.3%']) {
      expect(findings(text(share))).toEqual([]);
      expect(unjudged(text(share))).toContainEqual([share, 'ambiguous-base']);
    }
  });

  it('still judges attributes listed before any body among the parts, and 交叉任职 after them', () => {
    const cross =
      '全镇共选出村“两委”成员98名，其中党组织班子成员52名，村委会成员64名，交叉任职18名，交叉任职比例18.4%。';
    expect(shares(cross)).toEqual([['交叉任职比例18.4%', true]]);
    expect(shares('全镇选出村“两委”成员126名，其中女性29名，占23.0%；村委会成员72名。')).toEqual([
      ['占23.0%', true],
    ]);
  });
});
