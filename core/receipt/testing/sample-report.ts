import type { Report } from '../../model/report.js';

/**
 * A small report, written by hand for the receipt tests (not produced by the recount): one contest,
 * one box, one finding, two inputs with made-up digests. Its figures are consistent with each other.
 */
export const SAMPLE_REPORT: Report = {
  format: 'tallywitness.report/1',
  election: '东河村第十二届村民委员会换届选举',
  rules: 'cn-village',
  round: 'first',
  lang: 'zh',
  verdict: 'valid',
  turnout: {
    registered: 40,
    cast: 30,
    issued: 32,
    invalid: 1,
    valid: 29,
    quorumMet: true,
    electionValid: true,
  },
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      validBallots: 29,
      blank: 1,
      candidates: [
        { id: 'c1', name: '王林', gender: 'male', votes: 18, writeIn: false, elected: true },
        { id: 'c2', name: '李芳', gender: 'female', votes: 10, writeIn: false, elected: false },
      ],
      elected: ['c1'],
      unfilledSeats: 0,
      votesNeeded: 16,
    },
  ],
  boxes: [{ box: 'B1', registered: 40, issued: 32, returned: 30, invalid: 1 }],
  findings: [
    {
      code: 'OVERVOTE',
      severity: 'info',
      message: '1 张选票因多选作废',
      messages: { zh: '1 张选票因多选作废', en: '1 ballot void for choosing too many names' },
      contest: null,
      candidate: null,
      box: 'B1',
      expected: null,
      found: 1,
    },
  ],
  inputs: [
    { name: 'election.json', sha256: 'a'.repeat(64), size: 812, role: 'election' },
    { name: 'tallies.csv', sha256: 'b'.repeat(64), size: 230, role: 'tallies' },
  ],
};
