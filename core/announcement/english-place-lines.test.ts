import { describe, expect, it } from 'vitest';
import { alarms, judged } from './corpus/read-shapes.js';

/**
 * Places' results one a line, each opening with the place's name and a colon (english-places.ts): each
 * line's counts are that place's. Names and numbers invented; shares worked out with exact fractions.
 */

const lines = (second: string) =>
  `Liujia: registered 1,388; voted 1,204; turnout 86.7%\nZhoujia: registered 1,254; ${second}\n`;

describe('a place’s ballot account on its own line', () => {
  it('keeps two places’ counts apart, not one figure stated twice', () => {
    // 1,204 of 1,388 is 86.7%; 902 of 1,254 is 71.9%.
    expect(alarms(lines('voted 902; turnout 71.9%'), true)).toEqual([]);
    expect(judged(lines('voted 902; turnout 71.9%'))).toContainEqual(['share', 'turnout 71.9%', true]);
  });

  it('judges each line’s turnout by that line’s counts', () => {
    expect(alarms(lines('voted 902; turnout 73.9%'), true)).toEqual([
      'ANNOUNCED_PERCENT_MISMATCH 73.9%/71.9%',
    ]);
  });

  it('ends a place’s line at a labelled account of no one place (a total, the whole village)', () => {
    // 2,106 of 2,642 is 79.7%; 1,330 of 1,620 is 82.1%.
    for (const text of [
      lines('voted 902; turnout 71.9%') + 'Both villages: registered 2,642; voted 2,106; turnout 79.7%\n',
      lines('voted 902; turnout 71.9%') + 'Total: registered 2,642; voted 2,106; turnout 79.7%\n',
      'Men: registered 818; voted 668; turnout 81.7%\nWomen: registered 802; voted 662; turnout 82.5%\n' +
        'The village: registered 1,620; voted 1,330; turnout 82.1%\n',
    ]) {
      expect(alarms(text, true), text).toEqual([]);
      expect(judged(text), text).toContainEqual([
        'share',
        expect.stringMatching(/^turnout (?:79\.7|82\.1)%$/),
        true,
      ]);
    }
    // The total line's own turnout is still judged by its counts.
    expect(
      alarms(
        lines('voted 902; turnout 71.9%') + 'Both villages: registered 2,642; voted 2,106; turnout 78.7%\n',
        true,
      ),
    ).toEqual(['ANNOUNCED_PERCENT_MISMATCH 78.7%/79.7%']);
  });

  it('judges a place’s turnout by its own registered voters, stated on an earlier line', () => {
    const split = (turnout: string) =>
      'Liujia: registered 1,388\nZhoujia: registered 1,254\n' +
      `Liujia: voted 1,204; turnout ${turnout}\nZhoujia: voted 902; turnout 71.9%\n`;
    // 1,204 of Liujia's 1,388 is 86.7%, not 96.0% of Zhoujia's 1,254 stated nearer.
    expect(alarms(split('86.7%'), true)).toEqual([]);
    expect(judged(split('86.7%'))).toContainEqual(['share', 'turnout 86.7%', true]);
    expect(alarms(split('96.0%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 96.0%/86.7%']);
  });

  it('takes `Round Two:` and `Round One:` for rounds, each with its own counts', () => {
    // 1,102 of 1,388 is 79.4%; 1,204 of 1,388 is 86.7%.
    const rounds = (turnout: string) =>
      `Round Two: registered 1,388; voted 1,102; turnout ${turnout}\nRound One: registered 1,388; voted 1,204; turnout 86.7%\n`;
    expect(alarms(rounds('79.4%'), true)).toEqual([]);
    expect(judged(rounds('79.4%'))).toContainEqual(['share', 'turnout 79.4%', true]);
    expect(alarms(rounds('78.4%'), true)).toEqual(['ANNOUNCED_PERCENT_MISMATCH 78.4%/79.4%']);
  });

  it('takes no post, count or round label for a place', () => {
    for (const text of [
      'Chair: Wang Fang 1,288 votes\nMembers: Li Na 1,100 votes\nRegistered voters: 1,822. Ballots returned: 1,734.',
      'First round: registered 1,388; voted 1,204\nRunoff: registered 1,388; voted 1,102',
    ])
      expect(alarms(text, true), text).toEqual([]);
    // Labels of counts, not places: the two statements of the voters still disagree.
    expect(
      alarms('Registered voters: 1,388; voted 1,204\nValid ballots: 1,190; voted 1,240', true),
    ).toContain('ANNOUNCED_SUM_MISMATCH 1240/1204');
  });
});
