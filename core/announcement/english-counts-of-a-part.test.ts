import { describe, expect, it } from 'vitest';
import { alarms } from './corpus/read-shapes.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * English counts of voters stated under a part of the whole: a place named at a clause's opening
 * (`In Liujia,`), a group of the voters named by the count's own noun (`662 women`), a township's sum
 * (`The township has 18,406 registered voters`). Each is that part's, never the village's own, and no
 * quorum verdict rests on it. Every number and name is invented.
 */

/** The counts read, as [meaning, value, scope, group]. */
const counts = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'count'
      ? [[figure.meaning, Number(figure.value), figure.scope ?? '', figure.among ?? '']]
      : [],
  );

const TITLE = (village: string) =>
  `Announcement of the Election Results of the 12th Villagers' Committee of ${village}\n\n`;
const WINNERS = `\n\nElected as Chair of the Villagers' Committee: Liu Jianguo. Elected as members: Zhang Hua, Liu Min.`;

describe('a clause opened by a named place (In Liujia,)', () => {
  const LIUJIA =
    TITLE('Xiaohe Village') +
    'The village has 2,642 registered voters, 1,388 of them in Liujia. In Liujia, 1,204 voters took part in the vote, 86.7% of the registered voters of Liujia.' +
    WINNERS;

  it("reads the voters as Liujia's, not the village's", () => {
    // `1,388 of them in Liujia`: Liujia's part of the registered voters.
    expect(counts(LIUJIA)).toEqual([
      ['registered', 2642, '', ''],
      ['registered', 1388, 'liujia', ''],
      ['cast', 1204, 'liujia', ''],
    ]);
  });

  it('calls no valid election void on them', () => {
    expect(alarms(LIUJIA, true)).toEqual([]);
  });

  it('keeps the own place named in the title as the whole, and a real turnout under half caught', () => {
    const own =
      TITLE('Dongfeng Village') +
      'In Dongfeng Village, 730 voters took part in the vote, out of 1,620 registered voters.' +
      WINNERS;
    expect(counts(own)).toEqual([
      ['cast', 730, '', ''],
      ['registered', 1620, '', ''],
    ]);
    expect(alarms(own, true)).toEqual(['TURNOUT_BELOW_QUORUM 730/811', 'ELECTION_VOID /']);
  });

  it('does not take a month or “In total,” for a place', () => {
    const text =
      TITLE('Xiaohe Village') +
      'In June, 1,204 voters took part in the vote. In total, 2,642 voters are registered.';
    expect(counts(text).map((row) => row[2])).toEqual(['', '']);
  });
});

describe('a count whose own noun is a group of the voters (662 women)', () => {
  const WOMEN =
    TITLE('Nanwan Village') +
    'The village has 1,620 registered voters, 802 of them women. 662 women took part in the vote, 82.5% of the registered women.' +
    WINNERS;

  it("reads the women who voted as the women's, not all the voters", () => {
    expect(counts(WOMEN)).toEqual([
      ['registered', 1620, '', ''],
      ['cast', 662, '', 'women'],
    ]);
    expect(alarms(WOMEN, true)).toEqual([]);
  });

  it('names female voters the women', () => {
    const text = TITLE('Baishi Village') + '921 female voters took part in the vote.';
    expect(counts(text)).toEqual([['cast', 921, '', 'women']]);
  });
});

describe('a wider place than the village as the subject of a count (The township has …)', () => {
  const TOWNSHIP =
    TITLE('Dongfeng Village') +
    'The township has 18,406 registered voters; in Dongfeng Village, 1,330 voters took part in the vote, 82.1% of the registered voters of the village, who number 1,620.' +
    WINNERS;

  it("reads the township's registered voters as the township's", () => {
    expect(counts(TOWNSHIP)).toEqual([
      ['registered', 18406, 'township', ''],
      ['cast', 1330, '', ''],
    ]);
    expect(alarms(TOWNSHIP, true)).toEqual([]);
  });

  it("keeps a village named after the township (the township's Dongfeng Village) the village's", () => {
    const text = TITLE('Dongfeng Village') + "The township's Dongfeng Village has 1,620 registered voters.";
    expect(counts(text)).toEqual([['registered', 1620, '', '']]);
  });
});

describe('a clause opened by a group or a wider place, and a named part after “the”', () => {
  const VILLAGE = 'The village has 1,620 registered voters, 802 of them women. ';

  it.each([
    ['Of the women, 662 took part in the vote.'],
    ['Among the women, 662 voted.'],
    ['Women: 662 took part in the vote.'],
    ['662 of the women took part in the vote.'],
  ])("reads the voters of “%s” as the women's", (sentence) => {
    const text = TITLE('Nanwan Village') + VILLAGE + sentence + WINNERS;
    expect(counts(text)).toEqual([
      ['registered', 1620, '', ''],
      ['cast', 662, '', 'women'],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it("reads a count after “Across the township,” as the township's", () => {
    const text =
      TITLE('Xiaohe Village') +
      'Across the township, 18,406 voters are registered; in Xiaohe Village, 1,330 voters took part in the vote.' +
      WINNERS;
    expect(counts(text)).toEqual([
      ['registered', 18406, 'township', ''],
      ['cast', 1330, '', ''],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });

  it("reads a count after “In the Liujia group,” as the group's", () => {
    const text =
      TITLE('Xiaohe Village') +
      'The village has 2,642 registered voters. In the Liujia group, 1,204 voters took part in the vote.' +
      WINNERS;
    expect(counts(text)).toEqual([
      ['registered', 2642, '', ''],
      ['cast', 1204, 'liujia group', ''],
    ]);
    expect(alarms(text, true)).toEqual([]);
  });
});
