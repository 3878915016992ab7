import fc from 'fast-check';

/**
 * Random small villagers' committee elections in the contract's formats (election.json, boxes.csv,
 * tallies.csv). Ballots are drawn one by one and counted into the sheets, so the sheets add up unless a
 * tampering step changes them on purpose. Counts are small so that thresholds are often met exactly,
 * ties are common, and turnout sometimes falls short.
 */

const PEOPLE = [
  '王秀英',
  '李建国',
  '张伟',
  '刘芳',
  '陈静',
  '杨洋',
  '赵磊',
  '黄丽',
  '周强',
  '吴敏',
  '徐娟',
  '孙涛',
  '马超',
  '朱红',
  '胡军',
  '郭燕',
  '林峰',
  '何丽娟',
  '高明',
  '罗婷',
];
/** Names voters write in (另选他人); candidates of other contests may be written in too. */
const WRITE_IN_NAMES = ['钱学文', '郑海燕', '冯志远'];

const CONTESTS = [
  { id: 'chair', name: '主任' },
  { id: 'vice-chair', name: '副主任' },
  { id: 'member', name: '委员' },
];
const BOX_NAMES = [
  ['central', 'branch-north', 'branch-east', 'branch-west'],
  ['中心会场', '第一分会场', '第二分会场', '第三分会场'],
] as const;
const MOBILE_NAMES = ['mobile-1', '流动票箱'] as const;

export interface GeneratedCandidate {
  readonly id: string;
  readonly name: string;
  readonly gender?: 'female' | 'male';
}
export interface GeneratedContest {
  readonly id: string;
  readonly name: string;
  readonly seats: number;
  readonly candidates: readonly GeneratedCandidate[];
}
export interface GeneratedBox {
  readonly box: string;
  readonly registered: number;
  readonly issued: number;
  readonly returned: number;
  readonly invalid: number;
}
export interface TallyRow {
  readonly box: string;
  readonly contest: string;
  readonly candidate: string;
  readonly votes: number;
}
export interface GeneratedElection {
  readonly round: 'first' | 'runoff';
  readonly registeredVoters?: number;
  readonly minWomen?: number;
  readonly contests: readonly GeneratedContest[];
  readonly boxes: readonly GeneratedBox[];
  readonly rows: readonly TallyRow[];
  readonly chineseHeaders: boolean;
  readonly bom: boolean;
}

/** How a ballot box's tally sheet is written, and how its ballots fell. */
interface BoxPlan {
  readonly ballots: readonly { readonly void: boolean; readonly picks: readonly (readonly number[])[] }[];
  /** Registered voters beyond those who voted, in per cent of those who voted (100: turnout exactly half). */
  readonly absentPercent: number;
  readonly issuedDelta: number;
  readonly statesBlank: boolean;
  readonly dropZeroRows: boolean;
}

const genderArb = fc.constantFrom<('female' | 'male' | undefined)[]>('female', 'male', undefined);

/** Contest shapes: seats 1–3, candidates from seats − 1 (not competitive) to seats + 2. */
const contestShapes = fc.integer({ min: 1, max: 3 }).chain((count) =>
  fc.array(
    fc
      .record({
        seats: fc.integer({ min: 1, max: 3 }),
        extra: fc.oneof(
          { weight: 1, arbitrary: fc.integer({ min: -1, max: 0 }) },
          { weight: 5, arbitrary: fc.integer({ min: 1, max: 2 }) },
        ),
      })
      .map(({ seats, extra }) => ({ seats, candidates: Math.max(1, seats + extra) })),
    { minLength: count, maxLength: count },
  ),
);

function contestsArb(): fc.Arbitrary<GeneratedContest[]> {
  return contestShapes.chain((shapes) => {
    const total = shapes.reduce((sum, shape) => sum + shape.candidates, 0);
    return fc
      .tuple(
        fc.shuffledSubarray(PEOPLE, { minLength: total, maxLength: total }),
        fc.array(genderArb, { minLength: total, maxLength: total }),
      )
      .map(([names, genders]) => {
        let next = 0;
        return shapes.map((shape, index) => {
          const { id, name } = CONTESTS[index]!;
          const candidates = Array.from({ length: shape.candidates }, (_, k) => {
            const gender = genders[next];
            const candidate = { id: `${id}-${k + 1}`, name: names[next]!, ...(gender ? { gender } : {}) };
            next += 1;
            return candidate;
          });
          return { id, name, seats: shape.seats, candidates };
        });
      });
  });
}

/** The names a voter may choose in a contest: its candidates, then a few written-in names. */
export function choicesOf(contest: GeneratedContest, all: readonly GeneratedContest[]): string[] {
  const own = new Set(contest.candidates.map((candidate) => candidate.name));
  const others = all.flatMap((c) => (c === contest ? [] : c.candidates.map((candidate) => candidate.name)));
  const writeIns = [...WRITE_IN_NAMES, ...others].filter((name) => !own.has(name)).slice(0, 2);
  return [...contest.candidates.map((candidate) => candidate.id), ...writeIns];
}

/**
 * A ballot's choice in one contest: an abstention, or 1 to `seats` distinct names. Earlier choices are
 * likelier, so front-runners and majorities appear; a shuffle of the options varies who they are.
 */
function pickArb(options: number, seats: number): fc.Arbitrary<number[]> {
  const weighted = fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 3, arbitrary: fc.constant(Math.min(1, options - 1)) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: options - 1 }) },
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<number[]>([]) },
    { weight: 6, arbitrary: fc.uniqueArray(weighted, { minLength: 1, maxLength: seats }) },
  );
}

function boxPlanArb(
  contests: readonly GeneratedContest[],
  optionCounts: readonly number[],
): fc.Arbitrary<BoxPlan> {
  const ballot = fc.record({
    void: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    picks: fc.tuple(...contests.map((contest, index) => pickArb(optionCounts[index]!, contest.seats))),
  });
  return fc.record({
    ballots: fc.array(ballot, { maxLength: 24, size: 'medium' }),
    absentPercent: fc.oneof(
      { weight: 4, arbitrary: fc.nat(90) },
      { weight: 1, arbitrary: fc.integer({ min: 90, max: 150 }) },
    ),
    // −1: this box returns one ballot more than it issued.
    issuedDelta: fc.oneof({ weight: 9, arbitrary: fc.nat(2) }, { weight: 1, arbitrary: fc.constant(-1) }),
    statesBlank: fc.oneof(
      { weight: 5, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
    dropZeroRows: fc.boolean(),
  });
}

/** A change to one tally row that makes the sheets inconsistent (or, by chance, leaves them so). */
const tamperArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.record({ row: fc.nat(), delta: fc.integer({ min: -3, max: 40 }) }) },
);

export const electionArb: fc.Arbitrary<GeneratedElection> = contestsArb().chain((contests) => {
  // Voters' options per contest, in an order of preference drawn per election.
  const options = fc.tuple(
    ...contests.map((contest) =>
      fc.shuffledSubarray(choicesOf(contest, contests), {
        minLength: choicesOf(contest, contests).length,
        maxLength: choicesOf(contest, contests).length,
      }),
    ),
  );
  return options.chain((ordered) =>
    fc
      .record({
        round: fc.constantFrom<('first' | 'runoff')[]>('first', 'runoff'),
        boxCount: fc.integer({ min: 1, max: 4 }),
        hasMobile: fc.boolean(),
        plans: fc.array(
          boxPlanArb(
            contests,
            ordered.map((list) => list.length),
          ),
          { minLength: 4, maxLength: 4 },
        ),
        registeredRule: fc.constantFrom(
          'omit',
          'omit',
          'boxes',
          'boxes',
          'twice-cast',
          'twice-cast-plus-one',
          'twice-cast-minus-one',
          'other',
        ),
        registeredOther: fc.nat(150),
        minWomen: fc.constantFrom<(number | undefined)[]>(undefined, undefined, 0, 1, 2),
        byName: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        chineseHeaders: fc.boolean(),
        bom: fc.boolean(),
        tamper: tamperArb,
        mirror: fc.option(fc.nat(1), { freq: 2, nil: undefined }),
      })
      .map((drawn): GeneratedElection => buildElection(contests, ordered, drawn)),
  );
});

interface Drawn {
  round: 'first' | 'runoff';
  boxCount: number;
  hasMobile: boolean;
  plans: BoxPlan[];
  registeredRule: string;
  registeredOther: number;
  minWomen: number | undefined;
  byName: boolean[];
  chineseHeaders: boolean;
  bom: boolean;
  tamper: { row: number; delta: number } | undefined;
  /** Every ballot gets a twin with options k and k + 1 exchanged, so that those two tie. */
  mirror: number | undefined;
}

/** The ballots of a box, with their mirrored twins when the election is drawn to have ties. */
function ballotsOf(plan: BoxPlan, mirror: number | undefined): BoxPlan['ballots'] {
  if (mirror === undefined) return plan.ballots;
  const swap = (pick: number): number => (pick === mirror ? mirror + 1 : pick === mirror + 1 ? mirror : pick);
  const twins = plan.ballots.map((ballot) => ({
    ...ballot,
    picks: ballot.picks.map((picks) => picks.map(swap)),
  }));
  return [...plan.ballots, ...twins];
}

function buildElection(contests: GeneratedContest[], ordered: string[][], drawn: Drawn): GeneratedElection {
  const names = BOX_NAMES[drawn.chineseHeaders ? 1 : 0];
  const boxIds = Array.from({ length: drawn.boxCount }, (_, index) =>
    drawn.hasMobile && drawn.boxCount > 1 && index === drawn.boxCount - 1
      ? MOBILE_NAMES[drawn.chineseHeaders ? 1 : 0]
      : names[index]!,
  );
  const boxes: GeneratedBox[] = [];
  const rows: TallyRow[] = [];
  boxIds.forEach((box, boxIndex) => {
    const plan = drawn.plans[boxIndex]!;
    const ballots = ballotsOf(plan, drawn.mirror);
    const returned = ballots.length;
    const invalid = ballots.filter((ballot) => ballot.void).length;
    const mobile = box === MOBILE_NAMES[0] || box === MOBILE_NAMES[1];
    boxes.push({
      box,
      registered: mobile ? 0 : returned + Math.floor((returned * plan.absentPercent) / 100),
      issued: Math.max(0, returned + plan.issuedDelta),
      returned,
      invalid,
    });
    contests.forEach((contest, contestIndex) => {
      const votes = new Map<string, number>(ordered[contestIndex]!.map((option) => [option, 0]));
      let blank = 0;
      for (const ballot of ballots) {
        if (ballot.void) continue;
        const picks = ballot.picks[contestIndex] ?? [];
        if (picks.length === 0) blank += 1;
        for (const pick of picks) {
          const option = ordered[contestIndex]![pick]!;
          votes.set(option, (votes.get(option) ?? 0) + 1);
        }
      }
      contest.candidates.forEach((candidate, k) => {
        const count = votes.get(candidate.id) ?? 0;
        if (count === 0 && plan.dropZeroRows) return;
        const written = drawn.byName[(contestIndex * 7 + k) % drawn.byName.length]
          ? candidate.name
          : candidate.id;
        rows.push({ box, contest: contest.id, candidate: written, votes: count });
      });
      for (const [option, count] of votes)
        if (count > 0 && !contest.candidates.some((candidate) => candidate.id === option))
          rows.push({ box, contest: contest.id, candidate: option, votes: count });
      if (plan.statesBlank) rows.push({ box, contest: contest.id, candidate: '#blank', votes: blank });
    });
  });
  // A tally sheet with no rows at all is refused as input (a header alone says nothing): where every
  // row was a dropped zero, one zero stays, as a sheet with no ballots still states.
  const first = contests[0]?.candidates[0];
  if (rows.length === 0 && first && boxIds[0] !== undefined)
    rows.push({ box: boxIds[0], contest: contests[0]!.id, candidate: first.id, votes: 0 });
  if (drawn.tamper && rows.length > 0) {
    const index = drawn.tamper.row % rows.length;
    const row = rows[index]!;
    rows[index] = { ...row, votes: Math.max(0, row.votes + drawn.tamper.delta) };
  }
  const cast = boxes.reduce((sum, box) => sum + box.returned, 0);
  const boxSum = boxes.reduce((sum, box) => sum + box.registered, 0);
  const registeredVoters: number | undefined = {
    omit: undefined,
    boxes: boxSum,
    'twice-cast': 2 * cast,
    'twice-cast-plus-one': 2 * cast + 1,
    'twice-cast-minus-one': Math.max(0, 2 * cast - 1),
    other: drawn.registeredOther,
  }[drawn.registeredRule];
  return {
    round: drawn.round,
    ...(registeredVoters !== undefined ? { registeredVoters } : {}),
    ...(drawn.minWomen !== undefined ? { minWomen: drawn.minWomen } : {}),
    contests,
    boxes,
    rows,
    chineseHeaders: drawn.chineseHeaders,
    bom: drawn.bom,
  };
}

export interface ElectionFiles {
  readonly election: string;
  readonly boxes: string;
  readonly tallies: string;
}

/** The three files of contract §1 and §2, as text. */
export function electionFiles(generated: GeneratedElection): ElectionFiles {
  const election = {
    format: 'tallywitness.election/1',
    name: '随机生成的村民委员会选举',
    rules: 'cn-village',
    round: generated.round,
    ...(generated.registeredVoters !== undefined ? { registeredVoters: generated.registeredVoters } : {}),
    ...(generated.minWomen !== undefined ? { minWomen: generated.minWomen } : {}),
    contests: generated.contests,
  };
  const bom = generated.bom ? '\uFEFF' : '';
  const boxHeader = generated.chineseHeaders
    ? '票箱,登记选民,发出选票,收回选票,无效票'
    : 'box,registered,issued,returned,invalid';
  const tallyHeader = generated.chineseHeaders ? '票箱,职位,候选人,得票' : 'box,contest,candidate,votes';
  const boxes = [
    boxHeader,
    ...generated.boxes.map((b) => [b.box, b.registered, b.issued, b.returned, b.invalid].join(',')),
  ];
  const tallies = [
    tallyHeader,
    ...generated.rows.map((row) => [row.box, row.contest, row.candidate, row.votes].join(',')),
  ];
  return {
    election: JSON.stringify(election, null, 2),
    boxes: bom + boxes.join('\r\n') + '\r\n',
    tallies: bom + tallies.join('\n') + '\n',
  };
}
