// Ballot files generated for property tests: hostile boxes and names (quotes, commas, line breaks,
// padding), both line endings, with and without a byte order mark or a final line break.
import fc from 'fast-check';
import { testElection } from './ballot-sources.js';

/** One paper ballot as generated: the names written in each contest, in election order. */
export interface GeneratedBallot {
  readonly box: string;
  readonly id: string;
  readonly void: boolean;
  readonly names: readonly (readonly string[])[];
}

const BOXES = ['central', '中心会场', 'mobile "1"', 'b,2', '流动\n票箱', ' padded '];
const WRITE_INS = ['张三', 'a,b', '"quoted"', 'x\ny', 'Ω', 'two words'];

export const nameFor = (contest: number) =>
  fc.oneof(
    fc.constantFrom(...testElection.contests[contest]!.candidates.map((candidate) => candidate.id)),
    fc.constantFrom(...testElection.contests[contest]!.candidates.map((candidate) => candidate.name)),
    fc.constantFrom(...WRITE_INS),
  );

export const ballotArbitrary: fc.Arbitrary<GeneratedBallot> = fc.record({
  box: fc.constantFrom(...BOXES),
  id: fc.oneof(
    fc.integer({ min: 0, max: 40 }).map((n) => String(n).padStart(3, '0')),
    fc.constantFrom('A-1', 'A-2', '票1'),
  ),
  void: fc.boolean(),
  names: fc.tuple(
    ...testElection.contests.map((contest, index) =>
      fc.array(nameFor(index), { maxLength: contest.seats + 1 }),
    ),
  ),
});

export interface GeneratedFile {
  readonly ballots: GeneratedBallot[];
  readonly crlf: boolean;
  readonly bom: boolean;
  readonly finalBreak: boolean;
  readonly quoteAll: boolean;
  readonly chineseHeader: boolean;
}

export const fileArbitrary: fc.Arbitrary<GeneratedFile> = fc.record({
  ballots: fc.array(ballotArbitrary, { maxLength: 25 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  finalBreak: fc.boolean(),
  quoteAll: fc.boolean(),
  chineseHeader: fc.boolean(),
});

export function csvCell(text: string, quoteAll: boolean): string {
  return quoteAll || /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(file: GeneratedFile): string {
  const eol = file.crlf ? '\r\n' : '\n';
  const header = file.chineseHeader
    ? ['票箱', '选票编号', '废票', ...testElection.contests.map((contest) => contest.name)]
    : ['box', 'ballot', 'void', ...testElection.contests.map((contest) => contest.id)];
  const rows = file.ballots.map((ballot) =>
    [ballot.box, ballot.id, ballot.void ? '1' : '', ...ballot.names.map((names) => names.join('|'))]
      .map((cell) => csvCell(cell, file.quoteAll))
      .join(','),
  );
  return (file.bom ? '\ufeff' : '') + [header.join(','), ...rows].join(eol) + (file.finalBreak ? eol : '');
}
