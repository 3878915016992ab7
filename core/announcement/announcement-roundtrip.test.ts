import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Election } from '../model/election.js';
import type { ContestResult, Turnout } from '../model/report.js';
import { decimalText } from './announced-figures.js';
import { checkAnnouncementArithmetic } from './check-announcement-arithmetic.js';
import { compareAnnouncement } from './compare-announcement.js';
import { roundedShare } from './percent-rule.js';
import { readAnnouncementText } from './read-announcement-text.js';

/**
 * Properties over generated results: rendered through several announcement templates, a result reads
 * back to the same figures; a correct announcement draws no error or warning; a single planted wrong
 * figure is found, and found where it was planted.
 */

const NAMES = [
  '王林',
  '李华',
  '赵敏',
  '陈梅',
  '孙涛',
  '周青',
  '万斌刚',
  '欧阳娜',
  '张杰婷',
  '刘洋',
  '黄建华',
  '林美玲',
  '马文斌',
  '冯晓燕',
  '郑强',
];
const POSTS = [
  { id: 'chair', name: '主任', english: 'Chair', seats: 1 },
  { id: 'vice-chair', name: '副主任', english: 'Vice-chair', seats: 1 },
  { id: 'member', name: '委员', english: 'Members', seats: 3 },
] as const;

interface Generated {
  readonly registered: number;
  readonly issued: number;
  readonly cast: number;
  readonly invalid: number;
  readonly contests: readonly {
    readonly id: string;
    readonly name: string;
    readonly english: string;
    readonly seats: number;
    readonly votes: readonly (readonly [string, number])[];
  }[];
}

const generated: fc.Arbitrary<Generated> = fc
  .record({
    cast: fc.integer({ min: 20, max: 60_000 }),
    notVoting: fc.integer({ min: 0, max: 60_000 }),
    unreturned: fc.integer({ min: 0, max: 30 }),
    invalidShare: fc.integer({ min: 0, max: 10 }),
    names: fc.shuffledSubarray(NAMES, { minLength: 9, maxLength: 9 }),
    counts: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 9, maxLength: 9 }),
  })
  .map(({ cast, notVoting, unreturned, invalidShare, names, counts }) => {
    const invalid = Math.floor((cast * invalidShare) / 100);
    const valid = cast - invalid;
    const sizes = [2, 2, 5];
    let next = 0;
    const contests = POSTS.map((post, index) => {
      const size = sizes[index] ?? 2;
      // A one-seat post's candidates share the valid ballots: their votes together are no more than them.
      const own = counts.slice(next, next + size);
      const over =
        post.seats === 1
          ? Math.max(
              1000,
              own.reduce((sum, count) => sum + count, 0),
            )
          : 1000;
      const votes = names
        .slice(next, next + size)
        .map((name, at): [string, number] => [name, Math.floor(((own[at] ?? 0) * valid) / over)]);
      next += size;
      return { ...post, votes };
    });
    // Every ballot issued goes to a registered voter: those who took one and did not return it are registered too.
    return { registered: cast + unreturned + notVoting, issued: cast + unreturned, cast, invalid, contests };
  });

const valid = (g: Generated) => g.cast - g.invalid;
const winners = (votes: readonly (readonly [string, number])[], seats: number) =>
  [...votes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, seats)
    .map(([name]) => name);
const turnoutRate = (g: Generated) => decimalText(roundedShare(BigInt(g.cast), BigInt(g.registered), 1));

function electionOf(g: Generated): Election {
  return {
    name: '测试村',
    rules: 'cn-village',
    round: 'first',
    contests: g.contests.map((contest) => ({
      id: contest.id,
      name: contest.name,
      seats: contest.seats,
      candidates: contest.votes.map(([name]) => ({ id: `id-${name}`, name })),
    })),
  };
}

function recountOf(g: Generated): { turnout: Turnout; contests: ContestResult[] } {
  return {
    turnout: {
      registered: g.registered,
      cast: g.cast,
      issued: g.issued,
      invalid: g.invalid,
      valid: valid(g),
      quorumMet: true,
      electionValid: true,
    },
    contests: g.contests.map((contest) => ({
      id: contest.id,
      name: contest.name,
      seats: contest.seats,
      validBallots: valid(g),
      blank: 0,
      candidates: contest.votes.map(([name, votes]) => ({
        id: `id-${name}`,
        name,
        votes,
        writeIn: false,
        elected: winners(contest.votes, contest.seats).includes(name),
      })),
      elected: winners(contest.votes, contest.seats).map((name) => `id-${name}`),
      unfilledSeats: 0,
      votesNeeded: null,
    })),
  };
}

// Ways of writing numbers.
const grouped = (n: number) => n.toLocaleString('en-US');
const fullWidth = (text: string) =>
  text.replace(/[0-9.,%]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
const DIGITS = '零一二三四五六七八九';
function chinese(n: number): string {
  if (n === 0) return '零';
  const section = (v: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, size] of [
      ['千', 1000],
      ['百', 100],
      ['十', 10],
      ['', 1],
    ] as const) {
      const digit = Math.floor(v / size) % 10;
      if (digit === 0) zero = out !== '';
      else {
        out += (zero ? '零' : '') + DIGITS.charAt(digit) + unit;
        zero = false;
      }
    }
    return out;
  };
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (high === 0) return section(low);
  return section(high) + '万' + (low === 0 ? '' : (low < 1000 ? '零' : '') + section(low));
}
const TRADITIONAL: Record<string, string> = {
  选: '選',
  举: '舉',
  当: '當',
  张: '張',
  无: '無',
  发: '發',
  参: '參',
  记: '記',
  会: '會',
  员: '員',
  为: '為',
};
const traditional = (text: string) =>
  text.replace(/[选举当张无发参记会员为]/g, (char) => TRADITIONAL[char] ?? char);

type Figure = 'registered' | 'cast' | 'issued' | 'returned' | 'valid' | 'invalid';
type Numbers = Record<Figure, number> & { votes: (contest: string, name: string) => number };

/** Each template writes the figures as a village committee might; `numbers` lets a test plant a wrong one. */
const TEMPLATES: Record<string, (g: Generated, n: Numbers) => string> = {
  simplified: (g, n) =>
    [
      '测试村村民委员会选举结果公告',
      `本村登记选民${grouped(n.registered)}人，参加投票${grouped(n.cast)}人，参选率${turnoutRate(g)}%。共发出选票${n.issued}张，收回选票${n.returned}张，其中有效票${n.valid}张，无效票${n.invalid}张。`,
      ...g.contests.map(
        (c) => `${c.name}：${c.votes.map(([name]) => `${name}${n.votes(c.id, name)}票`).join('，')}。`,
      ),
      ...g.contests.map((c) => `${winners(c.votes, c.seats).join('、')}当选为本村村民委员会${c.name}。`),
    ].join('\n'),
  traditional: (g, n) =>
    traditional(
      [
        `登记选民${fullWidth(String(n.registered))}人，参加投票${fullWidth(grouped(n.cast))}人，参选率${fullWidth(turnoutRate(g) + '%')}。发出选票${fullWidth(String(n.issued))}张，收回选票${n.returned}张，有效票${n.valid}张，无效票${n.invalid}张。`,
        ...g.contests.map(
          (c) =>
            `${c.name}：${c.votes.map(([name]) => `${name}${fullWidth(String(n.votes(c.id, name)))}票`).join('，')}。`,
        ),
        ...g.contests.map((c) => `${winners(c.votes, c.seats).join('、')}当选为村民委员会${c.name}。`),
      ].join('\n'),
    ),
  numerals: (g, n) =>
    [
      `全村登记选民${chinese(n.registered)}人，参加投票${chinese(n.cast)}人。发出选票${chinese(n.issued)}张，收回选票${chinese(n.returned)}张，有效票${chinese(n.valid)}张，废票${chinese(n.invalid)}张。`,
      ...g.contests.flatMap((c) =>
        c.votes.map(([name]) => `${c.name}候选人${name}得票${chinese(n.votes(c.id, name))}票。`),
      ),
      ...g.contests.map((c) => `经选举，${winners(c.votes, c.seats).join('、')}当选为${c.name}。`),
    ].join('\n'),
  english: (g, n) =>
    [
      `Registered voters: ${grouped(n.registered)}. Voters who cast a ballot: ${grouped(n.cast)} (turnout ${turnoutRate(g)}%).`,
      `Ballots issued: ${grouped(n.issued)}; ballots returned: ${grouped(n.returned)}; valid ballots: ${grouped(n.valid)}; invalid ballots: ${grouped(n.invalid)}.`,
      ...g.contests.map(
        (c) =>
          `${c.english}: ${c.votes.map(([name]) => `${name} ${grouped(n.votes(c.id, name))} votes`).join(', ')}.`,
      ),
      ...g.contests.map((c) => {
        const elected = winners(c.votes, c.seats);
        const list =
          elected.length > 1 ? `${elected.slice(0, -1).join(', ')} and ${elected.at(-1)}` : elected.join('');
        return `${list} ${elected.length > 1 ? 'were' : 'was'} elected ${c.english.toLowerCase()}.`;
      }),
    ].join('\n'),
};

const truthful = (g: Generated): Numbers => ({
  registered: g.registered,
  cast: g.cast,
  issued: g.issued,
  returned: g.cast,
  valid: valid(g),
  invalid: g.invalid,
  votes: (contest, name) =>
    g.contests.find((c) => c.id === contest)?.votes.find(([n]) => n === name)?.[1] ?? -1,
});

describe('announcement round trip', () => {
  it.each(Object.keys(TEMPLATES))('reads back every figure rendered by the %s template', (template) => {
    const render = TEMPLATES[template];
    if (!render) throw new Error('no such template');
    fc.assert(
      fc.property(generated, (g) => {
        const read = readAnnouncementText(render(g, truthful(g)), electionOf(g));
        const counts = Object.fromEntries(
          read.figures.flatMap((f) => (f.kind === 'count' ? [[f.meaning, Number(f.value)]] : [])),
        );
        expect(counts).toEqual({
          registered: g.registered,
          cast: g.cast,
          issued: g.issued,
          returned: g.cast,
          valid: valid(g),
          invalid: g.invalid,
        });
        const votes = read.figures.flatMap((f) =>
          f.kind === 'votes' ? [[f.contest?.id, f.candidate, Number(f.value)]] : [],
        );
        const expectedVotes = g.contests.flatMap((c) =>
          c.votes.map(([name, v]) => [c.id, traditionalIf(template, name), v]),
        );
        expect(votes).toEqual(expectedVotes);
        const elected = read.figures.flatMap((f) => (f.kind === 'elected' ? [[f.contest?.id, f.names]] : []));
        expect(elected).toEqual(
          g.contests.map((c) => [
            c.id,
            winners(c.votes, c.seats).map((name) => traditionalIf(template, name)),
          ]),
        );
        expect(read.unread).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it.each(Object.keys(TEMPLATES))('a correct announcement (%s) draws no error and no warning', (template) => {
    const render = TEMPLATES[template];
    if (!render) throw new Error('no such template');
    fc.assert(
      fc.property(generated, (g) => {
        const read = readAnnouncementText(render(g, truthful(g)), electionOf(g));
        expect(checkAnnouncementArithmetic(read, 'zh')).toEqual([]);
        expect(compareAnnouncement(read, recountOf(g), electionOf(g), 'zh')).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it.each(Object.keys(TEMPLATES))('a planted wrong figure (%s) is found where it was planted', (template) => {
    const render = TEMPLATES[template];
    if (!render) throw new Error('no such template');
    const plant = fc.record({
      target: fc.oneof(
        fc.constantFrom<Figure>('registered', 'cast', 'issued', 'valid', 'invalid'),
        fc.integer({ min: 0, max: 8 }),
      ),
      delta: fc.integer({ min: -5, max: 5 }).filter((d) => d !== 0),
    });
    fc.assert(
      fc.property(generated, plant, (g, { target, delta }) => {
        const base = truthful(g);
        const candidates = g.contests.flatMap((c) => c.votes.map(([name]) => [c.id, name] as const));
        const [plantedContest, plantedName] =
          typeof target === 'number' ? (candidates[target] ?? ['', '']) : [null, null];
        const planted: Numbers = {
          ...base,
          ...(typeof target === 'string' ? { [target]: base[target] + delta } : {}),
          votes: (contest, name) =>
            base.votes(contest, name) + (contest === plantedContest && name === plantedName ? delta : 0),
        };
        const original =
          typeof target === 'string' ? base[target] : base.votes(plantedContest ?? '', plantedName ?? '');
        fc.pre(original + delta >= 0);
        const text = render(g, planted);
        const findings = compareAnnouncement(
          readAnnouncementText(text, electionOf(g)),
          recountOf(g),
          electionOf(g),
          'en',
        );
        const mismatches = findings.filter((f) => f.code === 'ANNOUNCED_MISMATCH');
        expect(mismatches).toHaveLength(1);
        const [found] = mismatches;
        expect(found?.expected).toBe(original);
        expect(found?.found).toBe(original + delta);
        expect(found?.candidate).toBe(plantedName === null ? null : `id-${plantedName}`);
        const span = found?.where?.span ?? [0, 0];
        expect(text.slice(span[0], span[1])).toBe(found?.where?.text);
      }),
      { numRuns: 60 },
    );
  });
});

function traditionalIf(template: string, name: string): string {
  return template === 'traditional' ? traditional(name) : name;
}
