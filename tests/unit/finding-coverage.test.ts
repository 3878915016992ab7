// Every finding code can still be produced, each from a minimal change to one clean election, through
// the whole audit; and every rule of cn-village is tried exactly at its threshold and one off it.
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, runAudit, type FindingCode, type InputRole, type Report } from '../../core/index.js';
import { nodeHasher, textSource } from './oracle/audit-harness.js';

type Files = Partial<Record<InputRole, string>>;

const FILE_NAMES: Record<InputRole, string> = {
  election: 'election.json',
  boxes: 'boxes.csv',
  tallies: 'tallies.csv',
  ballots: 'ballots.csv',
  announcement: 'announcement.json',
};

async function audit(files: Files, announcementName = FILE_NAMES.announcement): Promise<Report> {
  const sources = Object.fromEntries(
    Object.entries(files).map(([role, text]) => [
      role,
      textSource(
        role === 'announcement' ? announcementName : FILE_NAMES[role as InputRole],
        role as InputRole,
        text,
      ),
    ]),
  );
  const result = await runAudit(sources, { lang: 'en', hasher: nodeHasher });
  if (!result.ok) throw new Error(`input refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

interface Candidate {
  id: string;
  name: string;
  gender?: 'female' | 'male';
}
interface ElectionOptions {
  round?: 'first' | 'runoff';
  registeredVoters?: number;
  minWomen?: number;
  seats?: number;
  candidates?: Candidate[];
}
const A: Candidate = { id: 'a', name: '甲', gender: 'female' };
const B: Candidate = { id: 'b', name: '乙', gender: 'male' };
const C: Candidate = { id: 'c', name: '丙', gender: 'male' };

/** One contest (主任, one seat unless said), 100 registered unless said. */
function election(options: ElectionOptions = {}): string {
  const { seats = 1, candidates = [A, B], round = 'first', registeredVoters = 100 } = options;
  return JSON.stringify({
    format: 'tallywitness.election/1',
    name: '测试村',
    rules: 'cn-village',
    round,
    ...(registeredVoters >= 0 ? { registeredVoters } : {}),
    ...(options.minWomen !== undefined ? { minWomen: options.minWomen } : {}),
    contests: [{ id: 'chair', name: '主任', seats, candidates }],
  });
}
const boxes = (...rows: string[]) => ['box,registered,issued,returned,invalid', ...rows].join('\n') + '\n';
/** Tally rows of the box `central` for the contest `chair`: name → votes. */
const tallies = (votes: Record<string, number>) =>
  [
    'box,contest,candidate,votes',
    ...Object.entries(votes).map(([name, count]) => `central,chair,${name},${count}`),
  ].join('\n') + '\n';

/** 100 registered, 60 issued and returned, none void; 甲 (a woman) 40, 乙 20: nothing to report. */
const CLEAN: Files = {
  election: election(),
  boxes: boxes('central,100,60,60,0'),
  tallies: tallies({ a: 40, b: 20, '#blank': 0 }),
};

/** One cast vote record (NIST SP 1500-103 JSON) of the box central ranking a first and b second. */
function rankedCvr(): string {
  const position = (rank: number) => ({ HasIndication: 'yes', NumberVotes: 1, Rank: rank });
  return JSON.stringify({
    '@type': 'CVR.CastVoteRecordReport',
    Election: [
      {
        '@id': 'e',
        Contest: [
          {
            '@id': 'chair',
            '@type': 'CVR.CandidateContest',
            ContestSelection: [
              { '@id': 'sa', CandidateIds: ['a'] },
              { '@id': 'sb', CandidateIds: ['b'] },
            ],
          },
        ],
      },
    ],
    CVR: [
      {
        BallotStyleUnitId: 'central',
        CurrentSnapshotId: 's',
        CVRSnapshot: [
          {
            '@id': 's',
            CVRContest: [
              {
                ContestId: 'chair',
                CVRContestSelection: [
                  { ContestSelectionId: 'sa', SelectionPosition: [position(1)] },
                  { ContestSelectionId: 'sb', SelectionPosition: [position(2)] },
                ],
              },
            ],
          },
        ],
      },
    ],
  });
}

const codesOf = (report: Report) => report.findings.map((finding) => finding.code);

/**
 * Codes made outside an audit (tested in core/tally-live): LIVE_TALLY_MISMATCH on the live tally page,
 * LIVE_TALLIES_DIFFER when two observers' live tallies are compared.
 */
const NOT_FROM_AN_AUDIT = ['LIVE_TALLY_MISMATCH', 'LIVE_TALLIES_DIFFER'] as const;
type AuditCode = Exclude<FindingCode, (typeof NOT_FROM_AN_AUDIT)[number]>;
const AUDIT_CODES = FINDING_CODES.filter(
  (code): code is AuditCode => !(NOT_FROM_AN_AUDIT as readonly string[]).includes(code),
);

/** For each code, the smallest change to the clean election that makes the audit report it. */
const PRODUCERS: Record<AuditCode, { files: Files; announcementName?: string }> = {
  RETURNED_EXCEEDS_ISSUED: { files: { ...CLEAN, boxes: boxes('central,100,59,60,0') } },
  BALLOT_ACCOUNTING_MISMATCH: { files: { ...CLEAN, tallies: tallies({ a: 40, b: 15, '#blank': 0 }) } },
  VOTES_EXCEED_BALLOTS: { files: { ...CLEAN, tallies: tallies({ a: 61, b: 0, '#blank': 0 }) } },
  TURNOUT_BELOW_QUORUM: { files: { ...CLEAN, election: election({ registeredVoters: 120 }) } },
  SEAT_UNFILLED: { files: { ...CLEAN, tallies: tallies({ a: 30, b: 30, '#blank': 0 }) } },
  TIE: {
    files: {
      ...CLEAN,
      election: election({ round: 'runoff' }),
      tallies: tallies({ a: 30, b: 30, '#blank': 0 }),
    },
  },
  WOMEN_QUOTA_UNMET: { files: { ...CLEAN, tallies: tallies({ a: 20, b: 40, '#blank': 0 }) } },
  NOT_COMPETITIVE: {
    files: { ...CLEAN, election: election({ candidates: [A] }), tallies: tallies({ a: 60 }) },
  },
  OVERVOTE: { files: { ...CLEAN, ballots: 'box,ballot,chair\ncentral,1,a|b\n' } },
  DUPLICATE_BALLOT: { files: { ...CLEAN, ballots: 'box,ballot,chair\ncentral,1,a\ncentral,1,a\n' } },
  // Ballot 1 keyed twice, for a and then for b: who is elected cannot be told from one vote.
  OUTCOME_UNDECIDED: {
    files: {
      ...CLEAN,
      election: election({ registeredVoters: 1 }),
      ballots: 'box,ballot,chair\ncentral,1,a\ncentral,1,b\n',
    },
  },
  // NIST cast vote records ranking 甲 first and 乙 second: counted for 甲 alone.
  RANKED_FIRST_CHOICES: { files: { ...CLEAN, ballots: rankedCvr() } },
  CVR_TALLY_MISMATCH: { files: { ...CLEAN, ballots: 'box,ballot,chair\ncentral,1,a\ncentral,2,a\n' } },
  ANNOUNCED_MISMATCH: {
    files: {
      ...CLEAN,
      announcement: JSON.stringify({ format: 'tallywitness.announcement/1', validBallots: 59 }),
    },
  },
  ANNOUNCED_WINNER_MISMATCH: {
    files: {
      ...CLEAN,
      announcement: JSON.stringify({
        format: 'tallywitness.announcement/1',
        contests: { chair: { elected: ['乙'] } },
      }),
    },
  },
  ANNOUNCED_PERCENT_MISMATCH: {
    files: { ...CLEAN, announcement: '登记选民100人，参加投票60人，参选率61%。' },
    announcementName: 'announcement.txt',
  },
  ANNOUNCED_SUM_MISMATCH: {
    files: { ...CLEAN, announcement: '收回选票60张，其中有效票58张，无效票1张。' },
    announcementName: 'announcement.txt',
  },
  REGISTERED_MISMATCH: { files: { ...CLEAN, election: election({ registeredVoters: 110 }) } },
  ELECTION_VOID: { files: { ...CLEAN, election: election({ registeredVoters: 120 }) } },
  RUNOFF_THRESHOLD: {
    files: {
      ...CLEAN,
      election: election({ round: 'runoff' }),
      tallies: tallies({ a: 19, b: 18, '#blank': 23 }),
    },
  },
  WRITE_IN: { files: { ...CLEAN, tallies: tallies({ a: 40, b: 10, 王五: 10, '#blank': 0 }) } },
  // 乙 with a zero-width space: looks like the candidate, counted apart (issue 21, defect 10).
  WRITE_IN_LOOKALIKE: {
    files: { ...CLEAN, tallies: tallies({ a: 40, b: 10, '乙\u200b': 10, '#blank': 0 }) },
  },
  // c099 where the codes are c001 and c002 (issue 16, defect 5).
  WRITE_IN_LIKE_CODE: {
    files: {
      ...CLEAN,
      election: election({
        candidates: [
          { ...A, id: 'c001' },
          { ...B, id: 'c002' },
        ],
      }),
      tallies: tallies({ c001: 40, c002: 10, c099: 10, '#blank': 0 }),
    },
  },
  // No #blank row, and 6 of the 60 valid ballots neither a vote nor a stated abstention.
  BALLOTS_UNACCOUNTED: { files: { ...CLEAN, tallies: tallies({ a: 40, b: 14 }) } },
  // Zhejiang: 乙 chosen for chair and for member on one ballot (art. 27).
  ONE_PERSON_TWO_POSTS: {
    files: {
      election: JSON.stringify({
        ...JSON.parse(election()),
        rules: 'cn-village-zhejiang',
        contests: [
          { id: 'chair', name: '主任', seats: 1, candidates: [A, B] },
          { id: 'member', name: '委员', seats: 2, candidates: [B, C] },
        ],
      }),
      ballots: 'box,ballot,chair,member\ncentral,1,a,b\ncentral,2,b,乙|c\n',
    },
  },
  // Zhejiang compares the ballots returned with the voters who signed in (art. 27): 60 returned, 59 voters.
  RETURNED_EXCEEDS_VOTERS: {
    files: {
      ...CLEAN,
      election: JSON.stringify({ ...JSON.parse(election()), rules: 'cn-village-zhejiang' }),
      boxes: 'box,registered,issued,returned,invalid,voters\ncentral,100,60,60,0,59\n',
    },
  },
  // Zhejiang's ballot lists a separate post for a woman member (art. 21); this election has none.
  WOMEN_MEMBER_POST: {
    files: {
      ...CLEAN,
      election: JSON.stringify({ ...JSON.parse(election()), rules: 'cn-village-zhejiang' }),
    },
  },
  // A runoff for 主任 listing 甲, whom the runoff's definition names as elected member in the first vote.
  RUNOFF_CANDIDATE_ELECTED: {
    files: {
      ...CLEAN,
      election: JSON.stringify({
        ...JSON.parse(election({ round: 'runoff' })),
        alreadyElected: [{ contest: '委员', name: '甲', gender: 'female' }],
      }),
    },
  },
  // The electorate stated nowhere: no registeredVoters, and ballot records without tally sheets.
  UNREAD_FIGURE: {
    files: { election: election({ registeredVoters: -1 }), ballots: 'box,ballot,chair\ncentral,1,a\n' },
  },
};

describe('every finding code can be produced', () => {
  it('starts from an election with nothing to report', async () => {
    const report = await audit(CLEAN);
    expect(report.findings).toEqual([]);
    expect(report.verdict).toBe('valid');
  });

  it.each(AUDIT_CODES.map((code) => [code]))('%s', async (code) => {
    const { files, announcementName } = PRODUCERS[code];
    expect(codesOf(await audit(files, announcementName))).toContain(code);
  });
});

/** The elected of the one contest, and the codes reported. */
async function outcome(
  files: Files,
): Promise<{ elected: readonly string[]; codes: FindingCode[]; report: Report }> {
  const report = await audit(files);
  return { elected: report.contests[0]?.elected ?? [], codes: codesOf(report), report };
}

describe('cn-village rules at their boundaries', () => {
  it('quorum: more than half of the registered voters must cast a ballot (cast × 2 > registered)', async () => {
    const exactlyHalf = await outcome({ ...CLEAN, election: election({ registeredVoters: 120 }) });
    expect(exactlyHalf.report.turnout).toMatchObject({ quorumMet: false, electionValid: false });
    expect(exactlyHalf.elected).toEqual([]);
    expect(exactlyHalf.codes).toEqual(expect.arrayContaining(['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID']));
    const oneMore = await outcome({ ...CLEAN, election: election({ registeredVoters: 119 }) });
    expect(oneMore.report.turnout).toMatchObject({ quorumMet: true, electionValid: true });
    expect(oneMore.elected).toEqual(['a']);
  });

  it('more ballots returned than issued voids the election; as many does not', async () => {
    const asMany = await outcome(CLEAN);
    expect(asMany.report.turnout.electionValid).toBe(true);
    const oneMore = await outcome({ ...CLEAN, boxes: boxes('central,100,59,60,0') });
    expect(oneMore.report.turnout.electionValid).toBe(false);
    expect(oneMore.elected).toEqual([]);
    expect(oneMore.codes).not.toContain('SEAT_UNFILLED');
    // A surplus in one box is not offset by unreturned ballots of another.
    const offset = await outcome({
      ...CLEAN,
      boxes: boxes('central,80,50,49,0', 'mobile-1,20,10,11,0'),
      tallies:
        'box,contest,candidate,votes\ncentral,chair,a,33\ncentral,chair,b,16\nmobile-1,chair,a,7\nmobile-1,chair,b,4\n',
    });
    expect(offset.report.turnout.electionValid).toBe(false);
    expect(
      offset.report.findings.filter((f) => f.code === 'RETURNED_EXCEEDS_ISSUED').map((f) => f.box),
    ).toEqual(['mobile-1']);
  });

  it('first round: more than half of the ballots cast, void ones included (votes × 2 > cast)', async () => {
    // 60 cast, 10 of them void: 30 is more than half of the 50 valid but not of the 60 cast.
    const withVoid = (a: number) =>
      outcome({
        ...CLEAN,
        boxes: boxes('central,100,60,60,10'),
        tallies: tallies({ a, b: 50 - a, '#blank': 0 }),
      });
    expect((await withVoid(31)).elected).toEqual(['a']);
    const exactlyHalf = await withVoid(30);
    expect(exactlyHalf.elected).toEqual([]);
    expect(exactlyHalf.codes).toContain('SEAT_UNFILLED');
    expect(exactlyHalf.report.contests[0]?.votesNeeded).toBe(31);
  });

  it('runoff: the highest with at least one third of the ballots cast (votes × 3 ≥ cast)', async () => {
    const runoff = (a: number, b: number) =>
      outcome({
        ...CLEAN,
        election: election({ round: 'runoff' }),
        tallies: tallies({ a, b, '#blank': 60 - a - b }),
      });
    expect((await runoff(20, 19)).elected).toEqual(['a']);
    const below = await runoff(19, 18);
    expect(below.elected).toEqual([]);
    expect(below.codes).toEqual(expect.arrayContaining(['RUNOFF_THRESHOLD', 'SEAT_UNFILLED']));
  });

  it('a tie across the last seat leaves it open; a tie within the seats elects both', async () => {
    const twoSeats = (a: number, b: number, c: number) =>
      outcome({
        ...CLEAN,
        election: election({ seats: 2, candidates: [A, B, C] }),
        tallies: tallies({ a, b, c, '#blank': 0 }),
      });
    const across = await twoSeats(40, 35, 35);
    expect(across.elected).toEqual(['a']);
    expect(across.report.contests[0]?.unfilledSeats).toBe(1);
    expect(across.codes).toEqual(expect.arrayContaining(['TIE', 'SEAT_UNFILLED']));
    const oneApart = await twoSeats(40, 36, 35);
    expect(oneApart.elected).toEqual(['a', 'b']);
    expect(oneApart.codes).not.toContain('TIE');
    const within = await twoSeats(35, 35, 31);
    expect([...within.elected].sort()).toEqual(['a', 'b']);
    expect(within.codes).not.toContain('TIE');
  });

  it('women: at least one elected by default, at least minWomen when the election says so', async () => {
    const women = async (minWomen: number | undefined, winners: [Candidate, Candidate]) => {
      const report = await audit({
        ...CLEAN,
        election: election({
          seats: 2,
          candidates: [...winners, { id: 'x', name: '戊', gender: 'male' }],
          ...(minWomen !== undefined ? { minWomen } : {}),
        }),
        tallies: tallies({ [winners[0].id]: 40, [winners[1].id]: 35, x: 10, '#blank': 0 }),
      });
      return report.findings.find((finding) => finding.code === 'WOMEN_QUOTA_UNMET');
    };
    const woman = (id: string): Candidate => ({ id, name: `女${id}`, gender: 'female' });
    const man = (id: string): Candidate => ({ id, name: `男${id}`, gender: 'male' });
    expect(await women(undefined, [woman('p'), man('q')])).toBeUndefined();
    expect(await women(undefined, [man('p'), man('q')])).toMatchObject({ expected: 1, found: 0 });
    expect(await women(2, [woman('p'), woman('q')])).toBeUndefined();
    expect(await women(2, [woman('p'), man('q')])).toMatchObject({ expected: 2, found: 1 });
    expect(await women(0, [man('p'), man('q')])).toBeUndefined();
  });

  it('差额: more candidates than seats; as many is not competitive', async () => {
    const field = (candidates: Candidate[]) =>
      outcome({
        ...CLEAN,
        election: election({ seats: 2, candidates }),
        tallies: tallies({ a: 40, b: 35, '#blank': 0 }),
      });
    const asMany = await field([A, B]);
    expect(asMany.report.findings.find((f) => f.code === 'NOT_COMPETITIVE')).toMatchObject({
      expected: 3,
      found: 2,
    });
    expect((await field([A, B, C])).codes).not.toContain('NOT_COMPETITIVE');
  });

  it('a ballot naming more people than seats is void as a whole, and still cast', async () => {
    const twoContests = JSON.stringify({
      format: 'tallywitness.election/1',
      name: '测试村',
      rules: 'cn-village',
      registeredVoters: 5,
      contests: [
        { id: 'chair', name: '主任', seats: 1, candidates: [A, B] },
        {
          id: 'member',
          name: '委员',
          seats: 2,
          candidates: [{ id: 'm', name: '己', gender: 'female' }, B, C],
        },
      ],
    });
    const report = await audit({
      election: twoContests,
      ballots: [
        'box,ballot,chair,member',
        'central,1,a,m|b', // exactly the seats: valid
        'central,2,a,m|b|c', // one more than the seats in 委员: the whole ballot is void
        'central,3,b,m',
      ].join('\n'),
    });
    expect(report.turnout).toMatchObject({ cast: 3, invalid: 1, valid: 2 });
    const votes = (contest: number) =>
      Object.fromEntries(
        report.contests[contest]!.candidates.map((candidate) => [candidate.id, candidate.votes]),
      );
    expect(votes(0)).toEqual({ a: 1, b: 1 });
    expect(votes(1)).toEqual({ m: 2, b: 1, c: 0 });
    expect(report.findings.find((f) => f.code === 'OVERVOTE')).toMatchObject({ contest: 'member', found: 1 });
  });
});

describe('cn-village-zhejiang: one person chosen for two posts (art. 27)', () => {
  it('voids the whole ballot, by name across contests, and only under the Zhejiang pack', async () => {
    const contests = [
      { id: 'chair', name: '主任', seats: 1, candidates: [A, B] },
      // 乙 stands for member too, under another id: the same person by name.
      { id: 'member', name: '委员', seats: 2, candidates: [{ id: 'b2', name: '乙', gender: 'male' }, C] },
    ];
    const ballots = [
      'box,ballot,chair,member',
      'central,1,a,b2|c', // 甲 and 乙, 丙: three people, valid
      'central,2,b,b2', // 乙 for chair and for member: void
      'central,3,b,丙|张三', // 乙, then 丙 and a write-in: valid
      'central,4,张三,张三', // one write-in for two posts: void
    ].join('\n');
    const counted = async (rules: string) =>
      audit({ election: JSON.stringify({ ...JSON.parse(election()), rules, contests }), ballots });
    const zhejiang = await counted('cn-village-zhejiang');
    expect(zhejiang.turnout).toMatchObject({ cast: 4, invalid: 2, valid: 2 });
    const votes = (report: Report, contest: number) =>
      Object.fromEntries(
        report.contests[contest]!.candidates.map((candidate) => [candidate.name, candidate.votes]),
      );
    expect(votes(zhejiang, 0)).toEqual({ 甲: 1, 乙: 1 });
    expect(votes(zhejiang, 1)).toEqual({ 乙: 1, 丙: 2, 张三: 1 });
    expect(zhejiang.findings.find((f) => f.code === 'ONE_PERSON_TWO_POSTS')).toMatchObject({
      box: 'central',
      found: 2,
    });
    // The national pack has no such rule: all four count.
    const national = await counted('cn-village');
    expect(national.turnout).toMatchObject({ cast: 4, invalid: 0, valid: 4 });
    expect(codesOf(national)).not.toContain('ONE_PERSON_TWO_POSTS');
  });
});
