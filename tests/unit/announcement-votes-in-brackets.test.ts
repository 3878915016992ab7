import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Election } from '../../core/model/election.js';
import { readAnnouncementText } from '../../core/announcement/read-announcement-text.js';

/**
 * Votes counted in 张 after 得票 (孙建国得票500张) and winners each followed by their votes in brackets
 * (吴刚（得票600张）、郑华（得票450张）当选): the shapes of the outside check's village notice.
 */
// The outside check's village: 主任 孙建国, 钱立新; 委员 吴刚, 郑华, 周梅, 王芳, 冯军.
const election = JSON.parse(
  readFileSync(new URL('../fixtures/outside/liuxi/election.json', import.meta.url), 'utf8'),
) as Election;

const read = (text: string) => {
  const figures = readAnnouncementText(text, election);
  return {
    figures: figures.figures.map((figure) =>
      figure.kind === 'votes'
        ? ['votes', figure.candidate, Number(figure.value)]
        : figure.kind === 'elected'
          ? ['elected', figure.contest?.id ?? null, figure.names]
          : figure.kind === 'count'
            ? [figure.meaning, Number(figure.value)]
            : [figure.kind],
    ),
    unread: figures.unread.map((unread) => [unread.text, unread.reason ?? 'no-meaning']),
  };
};

describe('votes counted in 张 and winners with their votes in brackets', () => {
  it('reads 得票500张 as votes', () => {
    expect(read('主任：孙建国得票500张，钱立新得票299张。')).toEqual({
      figures: [
        ['votes', '孙建国', 500],
        ['votes', '钱立新', 299],
      ],
      unread: [],
    });
  });

  it('reads every winner of a list with votes in brackets, not only the last', () => {
    expect(read('吴刚（得票600张）、郑华（得票450张）当选为委员。')).toEqual({
      figures: [
        ['votes', '吴刚', 600],
        ['votes', '郑华', 450],
        ['elected', 'member', ['吴刚', '郑华']],
      ],
      unread: [],
    });
    expect(read('委员：吴刚（600票）和郑华（450票）当选。').figures).toEqual([
      ['votes', '吴刚', 600],
      ['votes', '郑华', 450],
      ['elected', 'member', ['吴刚', '郑华']],
    ]);
  });

  it('near misses: a count in 张 without 得票, a clause before the list, words in the brackets', () => {
    // 500张 after a ballot word is a ballot count, never votes.
    expect(read('共发出选票1200张，收回选票1100张。').figures).toEqual([
      ['issued', 1200],
      ['returned', 1100],
    ]);
    // A name's count in 张 with no 得票 says nothing of votes: left unread.
    expect(read('孙建国500张。')).toEqual({ figures: [], unread: [['500', 'no-meaning']] });
    // Only the clause of the list declares: 吴刚 of the clause before is not among the winners.
    expect(read('吴刚得票600张，郑华（得票450张）当选为委员。').figures).toEqual([
      ['votes', '吴刚', 600],
      ['votes', '郑华', 450],
      ['elected', 'member', ['郑华']],
    ]);
    // Brackets holding no votes are no list of votes: the declaration stays unread, as before.
    expect(read('吴刚（连任）、郑华（新任）当选为委员。')).toEqual({
      figures: [],
      unread: [['当选', 'not-a-name']],
    });
  });
});
