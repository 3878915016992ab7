import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, counts, electedRows, unread, voteRows } from './corpus/read-shapes.js';

/**
 * English winners `elected chair with 812 of 1,420 votes` (the `of N votes` the ballots cast, or the valid
 * votes where it says `valid`), a runoff's voters and winner in one sentence, and a turnout after `N of the
 * M registered voters of X Village took part in the election` (english-winner-shapes.ts,
 * english-candidate-votes.ts, english-fractions.ts). Names and numbers are invented: 1,402 voters need 702
 * for more than half; a runoff of 1,180 voters needs 394 for a third.
 */

const TURNOUT =
  'Dongwan Village committee election results\n\nTurnout was 86.0% (1,402 of 1,630 registered voters).';
const text = (line: string) => `${TURNOUT} ${line}\n`;

describe('elected chair with N of M votes', () => {
  it('reads the votes, the ballots cast and the winner', () => {
    const line = text('Wang Jianguo was elected chair with 812 of 1,402 votes.');
    expect(voteRows(line)).toEqual([['Wang Jianguo', '主任', 812]]);
    expect(electedRows(line)).toEqual([['主任', ['Wang Jianguo']]]);
    expect(unread(line)).toEqual([]);
    expect(alarms(line, true)).toEqual([]);
  });

  it.each([
    ['Wang Jianguo was elected chair with 690 of 1,402 votes.'],
    ['Li Na was re-elected chair with 690 of 1,402 votes.'],
    ['Li Na was re-elected as chair with 690 of the 1,402 votes.'],
    ['Wang Jianguo was elected chair with 690 of 1,380 valid votes.'],
    ['Wang Jianguo was elected chair, receiving 690 of 1,402 votes.'],
    ['Wang Jianguo was elected chair with 690 of the 1,402 ballots.'],
    ['Wang Jianguo was elected village committee chair with 690 of 1,402 votes.'],
  ])('judges a winner under half of the voters: %s', (line) => {
    expect(alarmCodes(text(line))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('reads `of N valid votes` as the valid votes, never as the ballots cast', () => {
    const line = text('Wang Jianguo was elected chair with 812 of 1,380 valid votes.');
    expect(voteRows(line)).toEqual([['Wang Jianguo', '主任', 812]]);
    expect(counts(line)).not.toContain('cast 1380');
    expect(unread(line)).toEqual([]);
    expect(alarms(line, true)).toEqual([]);
  });

  it('flags more votes for chair than voters who cast a ballot', () => {
    const wire =
      'DONGWAN, April 12 (Xinhua) -- Dongwan villagers elected their committee on Sunday. Turnout was 86.0 percent, with 1,402 of 1,630 registered voters casting ballots. Li Hua was elected chair with 812 of 1,420 votes.';
    expect(alarms(wire, true)).toHaveLength(1);
    expect(alarms(wire.replace('1,420', '1,402'), true)).toEqual([]);
  });

  it.each([
    ['Wang Jianguo was elected chair with 812 of 1,380 valid votes. 1,380 ballots were valid.'],
    ['Wang Jianguo was elected chair with 812 of 1,395 votes.'],
    ['Wang Jianguo was elected chair with 812 of 1,402 votes, and Zhao Lei vice chair with 655.'],
    ['Zhang Wei, who won the vice chair with 655 votes in 2023, was re-elected chair with 760 votes.'],
    ['Wang Jianguo was elected chair with 812 of 1,402 votes; in 2023 he won with 640 of 1,310 votes.'],
    ['Wang Jianguo was elected chair with 812 of 1,420 votes across the two villages.'],
    ['Wang Jianguo was elected supervisory committee chair with 690 of 1,402 votes.'],
    ['Wang Jianguo was elected village party branch chair with 690 of 1,402 votes.'],
    ['Wang Jianguo was elected chair, receiving 690 of 1,402 votes in 2023.'],
  ])('raises no alarm on %s', (line) => {
    expect(alarms(text(line), true)).toEqual([]);
  });
});

const FIRST =
  'DONGWAN, April 12 (Xinhua) -- Dongwan villagers elected their committee on Sunday. Turnout was 86.0 percent, with 1,402 of 1,630 registered voters casting ballots. Li Hua won the chair with 812 of 1,402 votes cast. No other candidate won more than half of the votes for the members’ seats.\n\n';

describe('a runoff’s voters and winner in one sentence', () => {
  const runoff = (votes: string, verb = 'won with') =>
    `${FIRST}In the runoff for the remaining member seat, 1,180 villagers voted and Zhao Lei ${verb} ${votes} votes.\n`;

  it('reads the winner of the runoff and judges it by a third of the runoff’s voters', () => {
    expect(voteRows(runoff('402'))).toContainEqual(['Zhao Lei', null, 402]);
    expect(electedRows(runoff('402'))).toContainEqual(['委员', ['Zhao Lei']]);
    expect(alarms(runoff('402'), true)).toEqual([]);
    expect(alarms(runoff('402', 'was elected member with'), true)).toEqual([]);
  });

  it.each([['won with'], ['was elected member with'], ['was elected with']])(
    'flags a runoff winner under a third of its voters (%s)',
    (verb) => {
      expect(alarmCodes(runoff('380', verb))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
    },
  );

  it.each([
    // Another body's runoff, or one whose voters are not the runoff's (`of whom`), is not declared.
    [
      `${FIRST}In the runoff for the supervisory committee, 1,180 villagers voted and Zhao Lei won with 380 votes.\n`,
    ],
    [`${FIRST}In the runoff for the remaining member seat, Zhao Lei won with 380 votes.\n`],
    [`${FIRST}In the runoff, 1,180 villagers voted and Zhao Lei and Sun Mei won with 380 votes.\n`],
  ])('raises no alarm on %s', (notice) => {
    expect(alarms(notice, true)).toEqual([]);
  });
});

describe('a turnout after the village’s registered voters who took part', () => {
  const notice = (share: string) =>
    'Results of the 12th Villagers’ Committee Election of Qingshi Village (translation)\n\n' +
    `On 16 May 2026, 1,204 of the 1,387 registered voters of Qingshi Village took part in the election, a turnout of ${share}. 1,204 ballots were issued and 1,204 returned; 1,193 were valid and 11 invalid.\n\n` +
    'Chen Guoping was elected chair with 1,011 votes.\n\n' +
    'In the runoff held on 23 May 2026, 1,096 voters took part. 1,096 ballots were issued and 1,095 returned; 1,088 were valid and 7 invalid. Liu Jianwei was elected member with 612 votes.\n';

  it('judges the share by the fraction its sentence names', () => {
    expect(alarms(notice('86.81%'), true)).toEqual([]);
    expect(alarmCodes(notice('86.18%'))).toEqual(['ANNOUNCED_PERCENT_MISMATCH']);
  });

  it.each([
    'On 16 May 2026, 1,204 of the 1,387 registered voters of Qingshi and Xishi took part in the election, a turnout of 86.18%.',
    'On 16 May 2026, about 1,204 of the 1,387 registered voters of Qingshi Village took part in the election, a turnout of 86.18%.',
  ])('leaves a share of more than the fraction or an approximate one unjudged: %s', (sentence) => {
    const other = notice('86.81%').replace(/On 16 May 2026[^.]*\.(?= 1,204)/, sentence);
    expect(alarms(other, true)).toEqual([]);
  });
});

describe('shapes found in county news and observer reports', () => {
  const qingshi = (rest: string) =>
    'Qingshi Village election report (observers)\n\nOn 16 May 2026, 1,204 of the 1,387 registered voters of Qingshi Village took part in the election, a turnout of 86.81%. ' +
    rest;

  it('reads the voters of the village named between the electorate and its verb', () => {
    const notice = qingshi('Chen Guoping was elected chair with 1,011 votes.\n');
    expect(counts(notice)).toEqual(expect.arrayContaining(['cast 1204', 'registered 1387']));
    expect(alarms(notice, true)).toEqual([]);
    expect(alarmCodes(qingshi('Chen Guoping was elected chair with 598 votes.\n'))).toEqual([
      'ANNOUNCED_WINNER_MISMATCH',
    ]);
  });

  it('reads a second winner after `votes and` in one sentence', () => {
    const notice = (votes: string) =>
      qingshi(
        `Chen Guoping was elected chair with 1,011 votes and Zhou Lihua was elected member with ${votes} votes.\n`,
      );
    expect(voteRows(notice('987'))).toContainEqual(['Zhou Lihua', null, 987]);
    expect(alarms(notice('987'), true)).toEqual([]);
    expect(alarmCodes(notice('587'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it('declares the winner of a runoff for a seat held on a day named', () => {
    const notice = (votes: string) =>
      qingshi(
        `Chen Guoping was elected chair with 1,011 votes. No candidate for vice chair won more than half of the votes.\n\nIn the runoff for the vice chair seat on 23 May, 1,096 villagers voted and Zhou Hong won with ${votes} votes.\n`,
      );
    expect(electedRows(notice('512'))).toContainEqual(['副主任', ['Zhou Hong']]);
    expect(alarms(notice('512'), true)).toEqual([]);
    expect(alarmCodes(notice('352'))).toEqual(['ANNOUNCED_WINNER_MISMATCH']);
  });

  it.each([
    'On 16 May 2026, 1,204 of the 1,387 registered voters of Qingshi and Xishi took part in the election. Chen Guoping was elected chair with 598 votes.',
    'On 16 May 2026, 1,204 of the 1,387 registered voters of the village took part in the election. In Xishi Village, Chen Guoping was elected chair with 598 votes.',
  ])('takes no voters of other places or no place for the village’s: %s', (text) => {
    expect(alarms(`Qingshi Village election report\n\n${text}\n`, true)).toEqual([]);
  });
});
