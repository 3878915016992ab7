import type { Finding, Lang, Report } from '../../../core/index.js';

/**
 * A small report written by hand for the dashboard's tests, so that every expected value can be worked
 * out by hand: one contest (主任, one seat) between 王林 (`wang`) and 李华 (`li`, 45 votes), 200
 * registered, 120 cast, 118 valid, 3 blank; 61 votes elect.
 */
export function smallReport({
  wangVotes = 70,
  findings = [],
  lang = 'zh',
  issued = 121,
  inputs = [],
}: {
  wangVotes?: number;
  findings?: Finding[];
  lang?: Lang;
  issued?: number | null;
  inputs?: Report['inputs'];
} = {}): Report {
  const elected = wangVotes >= 61;
  return {
    format: 'tallywitness.report/1',
    election: 'test',
    rules: 'cn-village',
    round: 'first',
    lang,
    verdict: findings.length ? 'discrepancies' : 'valid',
    turnout: {
      registered: 200,
      cast: 120,
      issued,
      invalid: 2,
      valid: 118,
      quorumMet: true,
      electionValid: true,
    },
    contests: [
      {
        id: 'chair',
        name: '主任',
        seats: 1,
        validBallots: 118,
        blank: 3,
        candidates: [
          { id: 'wang', name: '王林', votes: wangVotes, writeIn: false, elected },
          { id: 'li', name: '李华', votes: 45, writeIn: false, elected: false },
        ],
        elected: elected ? ['wang'] : [],
        unfilledSeats: elected ? 0 : 1,
        votesNeeded: 61,
      },
    ],
    boxes: [],
    findings,
    inputs,
  };
}
