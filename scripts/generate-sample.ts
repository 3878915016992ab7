/**
 * Generates the bundled sample election, samples/qingshan-village/, from a fixed seed: the election, one
 * record per paper ballot, the tally sheets counted from those records, the announcement (with one planted
 * wrong figure), and expected.json — what a plain count of the records under cn-village gives, computed
 * here independently of core/ so that tests can hold the core to it.
 *
 *   npm run sample            (rewrites samples/qingshan-village/)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../core/testing/seeded-random.js';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'qingshan-village');

const random = seededRandom(20261122);

interface SampleCandidate {
  id: string;
  name: string;
  gender: 'female' | 'male';
  /** Relative chance of being chosen on a ballot. */
  weight: number;
}
interface SampleContest {
  id: string;
  name: string;
  seats: number;
  candidates: SampleCandidate[];
  /** Chance that a valid ballot leaves the contest empty. */
  abstain: number;
}

const contests: SampleContest[] = [
  {
    id: 'chair',
    name: '主任',
    seats: 1,
    abstain: 0.03,
    candidates: [
      { id: 'chen-jianhua', name: '陈建华', gender: 'male', weight: 64 },
      { id: 'liu-guoqiang', name: '刘国强', gender: 'male', weight: 36 },
    ],
  },
  {
    id: 'vice-chair',
    name: '副主任',
    seats: 1,
    abstain: 0.04,
    candidates: [
      { id: 'wang-xiuying', name: '王秀英', gender: 'female', weight: 57 },
      { id: 'zhao-zhigang', name: '赵志刚', gender: 'male', weight: 43 },
    ],
  },
  {
    id: 'member',
    name: '委员',
    seats: 3,
    abstain: 0.02,
    candidates: [
      { id: 'li-hongmei', name: '李红梅', gender: 'female', weight: 30 },
      { id: 'zhang-wei', name: '张伟', gender: 'male', weight: 26 },
      { id: 'huang-jianjun', name: '黄建军', gender: 'male', weight: 22 },
      { id: 'yang-li', name: '杨丽', gender: 'female', weight: 13 },
      { id: 'wu-yongming', name: '吴永明', gender: 'male', weight: 9 },
    ],
  },
];

interface SampleBox {
  id: string;
  label: string;
  registered: number;
  issued: number;
  /** Ballots issued but not returned (a voter left with the ballot). */
  unreturned: number;
}
const boxes: SampleBox[] = [
  { id: 'central', label: '中心会场', registered: 1630, issued: 1108, unreturned: 1 },
  { id: 'branch-north', label: '北片分会场', registered: 470, issued: 311, unreturned: 0 },
  { id: 'mobile-1', label: '流动票箱', registered: 0, issued: 58, unreturned: 0 },
];
const registeredVoters = boxes.reduce((sum, box) => sum + box.registered, 0);
const WRITE_IN = '周建国';

function pickWeighted(pool: SampleCandidate[]): SampleCandidate {
  const total = pool.reduce((sum, c) => sum + c.weight, 0);
  let roll = random() * total;
  for (const candidate of pool) {
    roll -= candidate.weight;
    if (roll < 0) return candidate;
  }
  return pool[pool.length - 1]!;
}

/** The names a voter writes in one contest; sometimes by name instead of id, now and then a write-in. */
function fillContest(contest: SampleContest, overvote: boolean): string[] {
  if (random() < contest.abstain) return [];
  const wanted = overvote ? contest.seats + 1 : contest.seats === 1 ? 1 : random() < 0.85 ? 3 : 2;
  const pool = [...contest.candidates];
  const chosen: string[] = [];
  while (chosen.length < wanted && pool.length > 0) {
    if (contest.seats > 1 && !overvote && random() < 0.004 && !chosen.includes(WRITE_IN)) {
      chosen.push(WRITE_IN);
      continue;
    }
    const candidate = pickWeighted(pool);
    pool.splice(pool.indexOf(candidate), 1);
    chosen.push(random() < 0.12 ? candidate.name : candidate.id);
  }
  return chosen;
}

interface BallotRow {
  box: string;
  ballot: string;
  void: boolean;
  cells: string[][];
}

const ballots: BallotRow[] = [];
let serial = 0;
for (const box of boxes) {
  const returned = box.issued - box.unreturned;
  for (let i = 0; i < returned; i++) {
    serial++;
    const declaredVoid = random() < 0.008;
    const overvoteContest = !declaredVoid && random() < 0.007 ? 2 : -1;
    ballots.push({
      box: box.id,
      ballot: String(serial).padStart(7, '0'),
      void: declaredVoid,
      cells: declaredVoid
        ? contests.map(() => [])
        : contests.map((c, k) => fillContest(c, k === overvoteContest)),
    });
  }
}

// The independent count: cn-village voids a whole ballot that chooses too many names in any contest.
type Counts = Map<string, number>;
const byBox = new Map<string, { returned: number; invalid: number; votes: Map<string, Counts> }>();
let overvoted = 0;
const idOf = (contest: SampleContest, written: string): string =>
  contest.candidates.find((c) => c.id === written || c.name === written)?.id ?? written;
for (const row of ballots) {
  const box = byBox.get(row.box) ?? { returned: 0, invalid: 0, votes: new Map<string, Counts>() };
  byBox.set(row.box, box);
  box.returned++;
  const isOvervote = contests.some((c, k) => row.cells[k]!.length > c.seats);
  if (isOvervote) overvoted++;
  if (row.void || isOvervote) {
    box.invalid++;
    continue;
  }
  contests.forEach((contest, k) => {
    const counts = box.votes.get(contest.id) ?? new Map<string, number>();
    box.votes.set(contest.id, counts);
    const names = row.cells[k]!;
    if (names.length === 0) counts.set('#blank', (counts.get('#blank') ?? 0) + 1);
    for (const written of names) {
      const key = idOf(contest, written);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
}

const cast = [...byBox.values()].reduce((sum, b) => sum + b.returned, 0);
const invalid = [...byBox.values()].reduce((sum, b) => sum + b.invalid, 0);
const valid = cast - invalid;
const totals = new Map<string, Counts>();
for (const box of byBox.values()) {
  for (const [contestId, counts] of box.votes) {
    const total = totals.get(contestId) ?? new Map<string, number>();
    totals.set(contestId, total);
    for (const [key, votes] of counts) total.set(key, (total.get(key) ?? 0) + votes);
  }
}
const nameOf = (contest: SampleContest, key: string): string =>
  contest.candidates.find((c) => c.id === key)?.name ?? key;
const ranked = (contestId: string): [string, number][] =>
  [...totals.get(contestId)!].filter(([key]) => key !== '#blank').sort((a, b) => b[1] - a[1]);
const electedIn = (contest: SampleContest): string[] => {
  // First round: more than half of the ballots cast, highest first; the sample has no ties.
  const eligible = ranked(contest.id).filter(([, votes]) => votes * 2 > cast);
  return eligible.slice(0, contest.seats).map(([key]) => key);
};

// The announcement as the village election committee published it, with one wrong figure planted:
// 张伟's votes are stated 10 higher than the records give.
const planted = { contest: 'member', candidate: 'zhang-wei', offset: 10 };
const announcedVotes = (contest: SampleContest): Record<string, number> =>
  Object.fromEntries(
    ranked(contest.id).map(([key, votes]) => [
      nameOf(contest, key),
      contest.id === planted.contest && key === planted.candidate ? votes + planted.offset : votes,
    ]),
  );
const issued = boxes.reduce((sum, b) => sum + b.issued, 0);
const electionName = '青山村第十一届村民委员会选举';

const files: Record<string, string> = {};
files['election.json'] = JSON.stringify(
  {
    format: 'tallywitness.election/1',
    name: electionName,
    rules: 'cn-village',
    round: 'first',
    registeredVoters,
    minWomen: 1,
    contests: contests.map((c) => ({
      id: c.id,
      name: c.name,
      seats: c.seats,
      candidates: c.candidates.map(({ id, name, gender }) => ({ id, name, gender })),
    })),
  },
  null,
  2,
);
files['boxes.csv'] =
  'box,registered,issued,returned,invalid\n' +
  boxes
    .map((b) => [b.id, b.registered, b.issued, byBox.get(b.id)!.returned, byBox.get(b.id)!.invalid].join(','))
    .join('\n') +
  '\n';
files['tallies.csv'] =
  'box,contest,candidate,votes\n' +
  boxes
    .flatMap((b) =>
      contests.flatMap((c) =>
        [...byBox.get(b.id)!.votes.get(c.id)!]
          .sort(([a], [z]) => a.localeCompare(z))
          .map(([key, votes]) => [b.id, c.id, key, votes].join(',')),
      ),
    )
    .join('\n') +
  '\n';
files['ballots.csv'] =
  ['box,ballot,void,' + contests.map((c) => c.id).join(',')]
    .concat(
      ballots.map((r) =>
        [r.box, r.ballot, r.void ? '1' : '', ...r.cells.map((names) => names.join('|'))].join(','),
      ),
    )
    .join('\n') + '\n';
files['announcement.json'] = JSON.stringify(
  {
    format: 'tallywitness.announcement/1',
    registeredVoters,
    ballotsIssued: issued,
    ballotsReturned: cast,
    validBallots: valid,
    invalidBallots: invalid,
    contests: Object.fromEntries(
      contests.map((c) => [
        c.id,
        { votes: announcedVotes(c), elected: electedIn(c).map((k) => nameOf(c, k)) },
      ]),
    ),
  },
  null,
  2,
);
const turnoutPermille = Math.round((cast * 1000) / registeredVoters); // display only: 参选率 to one decimal
const voteList = (c: SampleContest): string =>
  Object.entries(announcedVotes(c))
    .map(([name, votes]) => `${name}${votes}票`)
    .join('，');
files['announcement.txt'] = [
  `${electionName}结果公告`,
  `本村登记选民${registeredVoters}人，参加投票${cast}人，参选率${(turnoutPermille / 10).toFixed(1)}%。共发出选票${issued}张，收回选票${cast}张，其中有效票${valid}张，无效票${invalid}张，选举有效。`,
  '各候选人得票情况如下：',
  ...contests.map((c) => `${c.name}：${voteList(c)}。`),
  ...contests.map(
    (c) =>
      `${electedIn(c)
        .map((k) => nameOf(c, k))
        .join('、')}当选为本村村民委员会${c.name}。`,
  ),
  '特此公告。',
  '青山村村民选举委员会',
  '',
].join('\n');
files['expected.json'] = JSON.stringify(
  {
    about:
      'A plain count of ballots.csv under cn-village, made by scripts/generate-sample.ts independently of core/.',
    registered: registeredVoters,
    issued,
    cast,
    invalid,
    valid,
    overvoted,
    quorumMet: cast * 2 > registeredVoters,
    contests: contests.map((c) => ({
      id: c.id,
      seats: c.seats,
      validBallots: valid,
      votes: Object.fromEntries(ranked(c.id)),
      blank: totals.get(c.id)!.get('#blank') ?? 0,
      elected: electedIn(c),
      unfilledSeats: c.seats - electedIn(c).length,
    })),
    planted: [
      {
        code: 'ANNOUNCED_MISMATCH',
        contest: planted.contest,
        candidate: planted.candidate,
        offset: planted.offset,
      },
    ],
  },
  null,
  2,
);

mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(files))
  writeFileSync(join(outDir, name), text.endsWith('\n') ? text : text + '\n');
console.log(
  `wrote ${Object.keys(files).length} files to ${outDir}: ${ballots.length} ballots, ${cast} cast, ${invalid} void`,
);
