import { describe, expect, it } from 'vitest';
import { alarmCodes, alarms, counts } from './corpus/read-shapes.js';

/**
 * English reports that give a place's register with the place's possessive between the part and the whole
 * (`500 of Xiwan's 1,120 registered voters took part in the runoff`): the part is those of that register
 * who voted, as with `of its` or `of the village's`. Names and numbers invented: a runoff's quorum is more
 * than half of its own register (1,120: at least 561).
 */

const runoff = (part: string) =>
  'SHUANGHE TOWNSHIP, May 3 (Pingan County Daily) -- Xiwan completed its committee on Saturday.\n\n' +
  'Xiwan needed a second vote. In the runoff for the remaining member seat, held a week later, ' +
  `${part} of Xiwan's 1,120 registered voters took part in the runoff and Zhao Lei won with 352 votes.`;

describe('`N of <Place>’s M registered voters voted`', () => {
  it('reads the part as the voters of the register after the possessive', () => {
    expect(counts(runoff('600'))).toEqual(['cast 600', 'registered 1120']);
  });

  it('judges the runoff’s quorum by its own register', () => {
    expect(alarms(runoff('600'), true)).toEqual([]);
    // Before: the 500 was unread and the runoff's quorum not judged.
    expect(alarmCodes(runoff('500'))).toContain('TURNOUT_BELOW_QUORUM');
  });

  it('leaves a place’s residents, never its register, unread', () => {
    const residents = runoff('600').replace('registered voters', 'residents');
    expect(counts(residents)).not.toContain('cast 600');
    expect(alarms(residents, true)).toEqual([]);
  });

  it('reads no possessive of a lower-case word or of two places joined', () => {
    expect(counts(runoff('600').replace("Xiwan's", "everyone's"))).not.toContain('cast 600');
    expect(counts(runoff('600').replace("Xiwan's", "Dongwan and Xiwan's"))).not.toContain('cast 600');
  });
});
