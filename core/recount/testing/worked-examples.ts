import type { FindingCode } from '../../model/finding.js';
import type { Verdict } from '../../model/report.js';
import type { ElectionSpec } from './election-fixture.js';

/**
 * Worked examples a lawyer can check line by line. docs/worked-examples.md shows this table, and a
 * test both runs every example and checks that the document shows exactly this data.
 */
export interface WorkedExample {
  readonly id: string;
  /** The inputs in words. */
  readonly inputs: string;
  readonly rule: string;
  readonly arithmetic: string;
  readonly spec: ElectionSpec;
  readonly expected: {
    /** The pack version the election's date picks, where the row is about that choice. */
    readonly pack?: string;
    readonly verdict: Verdict;
    /** Elected per contest id. */
    readonly elected: Readonly<Record<string, readonly string[]>>;
    /** Codes that must be among the findings. */
    readonly codes: readonly FindingCode[];
    /** Words a finding's Chinese message must contain, where the wording is the point. */
    readonly message?: string;
  };
}

const one = (
  rules: string,
  round: 'first' | 'runoff',
  registered: number,
  issued: number,
  returned: number,
  invalid: number,
  voters?: number,
) => ({
  rules,
  round,
  registeredVoters: registered,
  minWomen: 0,
  boxes: [
    { box: 'central', registered, issued, returned, invalid, ...(voters !== undefined ? { voters } : {}) },
  ],
});
/** A committee of a chair and `seats` members (丙丁戊己), for the provincial examples. */
const members = (seats: number) => ({
  id: 'member',
  name: '委员',
  seats,
  candidates: [
    ['c', '丙'],
    ['d', '丁'],
    ['e', '戊'],
    ['f', '己'],
  ] as [string, string][],
});
const chair = {
  id: 'chair',
  name: '主任',
  seats: 1,
  candidates: [
    ['a', '甲'],
    ['b', '乙'],
  ] as [string, string][],
};

/** Zhejiang's separate post of a woman member (妇女委员), with two women standing. */
const womenMember = {
  id: 'women-member',
  name: '妇女委员',
  seats: 1,
  candidates: [
    ['w', '王芳', 'female'],
    ['x', '李娟', 'female'],
  ] as [string, string, 'female'][],
};
const twoCandidates: [string, string][] = [
  ['c', '丙'],
  ['d', '丁'],
];

export const WORKED_EXAMPLES: readonly WorkedExample[] = [
  {
    id: 'quorum-exactly-half',
    inputs: '登记选民1000，收回选票500；甲300、乙200 / 1000 registered, 500 returned',
    rule: 'cn-village@2018：有登记参加选举的村民过半数投票，选举有效（组织法2018年文本第十五条第二款）',
    arithmetic: '500 × 2 = 1000，不大于 1000 / not > 1000',
    spec: {
      ...one('cn-village@2018', 'first', 1000, 500, 500, 0),
      contests: [chair],
      votes: { central: { chair: { a: 300, b: 200 } } },
    },
    expected: { verdict: 'void', elected: { chair: [] }, codes: ['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID'] },
  },
  {
    id: 'quorum-one-more',
    inputs: '登记选民1000，收回选票501；甲300、乙201 / 501 returned',
    rule: 'cn-village@2018：同上；候选人获参加投票的村民过半数选票始得当选',
    arithmetic: '501 × 2 = 1002 > 1000，有效；甲 300 × 2 = 600 > 501，当选',
    spec: {
      ...one('cn-village@2018', 'first', 1000, 501, 501, 0),
      contests: [chair],
      votes: { central: { chair: { a: 300, b: 201 } } },
    },
    expected: { verdict: 'valid', elected: { chair: ['a'] }, codes: [] },
  },
  {
    id: 'exactly-half-of-cast',
    inputs: '登记选民1000，收回600；甲300、乙280、弃权20',
    rule: 'cn-village@2018：须超过投票总数的半数；不足名额另行选举',
    arithmetic: '甲 300 × 2 = 600，不大于 600：未当选；另行选举需 ⌈600 ÷ 3⌉ = 200 票',
    spec: {
      ...one('cn-village@2018', 'first', 1000, 600, 600, 0),
      contests: [chair],
      votes: { central: { chair: { a: 300, b: 280, '#blank': 20 } } },
    },
    expected: { verdict: 'runoff-needed', elected: { chair: [] }, codes: ['SEAT_UNFILLED'] },
  },
  {
    id: 'void-ballots-count-as-cast',
    inputs: '登记选民1000，收回600，其中无效40；甲290、乙270',
    rule: 'cn-village@2018：当选票数以投票总数（含无效票）计',
    arithmetic: '甲 290 × 2 = 580，不大于 600（虽多于有效票560的半数）：未当选',
    spec: {
      ...one('cn-village@2018', 'first', 1000, 600, 600, 40),
      contests: [chair],
      votes: { central: { chair: { a: 290, b: 270 } } },
    },
    expected: { verdict: 'runoff-needed', elected: { chair: [] }, codes: ['SEAT_UNFILLED'] },
  },
  {
    id: 'tie-at-last-seat',
    inputs: '委员应选2名；收回600；甲400、乙350、丙350',
    rule: 'cn-village@2018：票数相等不能确定当选人时，就票数相等者再次投票',
    arithmetic: '三人均 × 2 > 600；甲第一；乙丙并列争1席：该席空缺',
    spec: {
      ...one('cn-village@2018', 'first', 1000, 600, 600, 0),
      contests: [
        {
          id: 'member',
          name: '委员',
          seats: 2,
          candidates: [
            ['a', '甲'],
            ['b', '乙'],
            ['c', '丙'],
          ],
        },
      ],
      votes: { central: { member: { a: 400, b: 350, c: 350 } } },
    },
    expected: { verdict: 'runoff-needed', elected: { member: ['a'] }, codes: ['TIE', 'SEAT_UNFILLED'] },
  },
  {
    id: 'runoff-exactly-one-third',
    inputs: '另行选举；登记选民1000，收回600；甲200、乙190',
    rule: 'cn-village@2018：另行选举以得票多的当选，所得票数不得少于已投选票总数的三分之一（组织法2018年文本第十五条第二款）',
    arithmetic: '甲 200 × 3 = 600 ≥ 600：当选',
    spec: {
      ...one('cn-village@2018', 'runoff', 1000, 600, 600, 0),
      contests: [chair],
      votes: { central: { chair: { a: 200, b: 190 } } },
    },
    expected: { verdict: 'valid', elected: { chair: ['a'] }, codes: [] },
  },
  {
    id: 'runoff-below-one-third',
    inputs: '另行选举；收回600；甲199、乙190',
    rule: 'cn-village@2018：同上',
    arithmetic: '甲 199 × 3 = 597 < 600：不能当选',
    spec: {
      ...one('cn-village@2018', 'runoff', 1000, 600, 600, 0),
      contests: [chair],
      votes: { central: { chair: { a: 199, b: 190 } } },
    },
    expected: {
      verdict: 'runoff-needed',
      elected: { chair: [] },
      codes: ['RUNOFF_THRESHOLD', 'SEAT_UNFILLED'],
    },
  },
  {
    id: 'returned-exceeds-issued',
    inputs: '发出600，收回601；甲400、乙201',
    rule: 'cn-village@2018：收回选票多于发出选票的，选举无效',
    arithmetic: '601 > 600：选举无效，无人当选，不另行选举',
    spec: {
      ...one('cn-village@2018', 'first', 1000, 600, 601, 0),
      contests: [chair],
      votes: { central: { chair: { a: 400, b: 201 } } },
    },
    expected: {
      verdict: 'void',
      elected: { chair: [] },
      codes: ['RETURNED_EXCEEDS_ISSUED', 'ELECTION_VOID'],
    },
  },
  {
    id: 'write-in-elected',
    inputs: '收回600；甲100、乙150、另选王五350',
    rule: 'cn-village@2018：选民可以另选他人；另选者同样按过半数当选',
    arithmetic: '王五 350 × 2 = 700 > 600：当选',
    spec: {
      ...one('cn-village@2018', 'first', 1000, 600, 600, 0),
      contests: [chair],
      votes: { central: { chair: { a: 100, b: 150, 王五: 350 } } },
    },
    expected: { verdict: 'valid', elected: { chair: ['王五'] }, codes: ['WRITE_IN'] },
  },
  {
    id: 'party-2019-quorum-four-fifths',
    inputs: '党员大会，选举日期 2019-06-30，规则包 cn-party-branch；应到会100人，到会投票80人；甲60、乙20',
    rule: 'cn-party-branch@1990：有选举权的到会人数超过应到会人数的五分之四，会议有效（暂行条例第十九条）',
    arithmetic: '80 × 5 = 400，不大于 4 × 100 = 400：选举无效',
    spec: {
      ...one('cn-party-branch', 'first', 100, 80, 80, 0),
      date: '2019-06-30',
      contests: [chair],
      votes: { central: { chair: { a: 60, b: 20 } } },
    },
    expected: {
      pack: 'cn-party-branch@1990',
      verdict: 'void',
      elected: { chair: [] },
      codes: ['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID'],
    },
  },
  {
    id: 'party-2021-quorum-four-fifths',
    inputs: '同上，选举日期 2021-06-30',
    rule: 'cn-party-branch@2020：有选举权的到会人数不少于应到会人数的五分之四，会议有效（条例第十九条）；赞成票超过应到会有选举权人数半数的，始得当选（第二十九条第一款）',
    arithmetic: '80 × 5 = 400 ≥ 4 × 100 = 400：会议有效；甲 60 × 2 = 120 > 100：当选',
    spec: {
      ...one('cn-party-branch', 'first', 100, 80, 80, 0),
      date: '2021-06-30',
      contests: [chair],
      votes: { central: { chair: { a: 60, b: 20 } } },
    },
    expected: { pack: 'cn-party-branch@2020', verdict: 'valid', elected: { chair: ['a'] }, codes: [] },
  },
  {
    id: 'party-2019-majority-of-present',
    inputs: '选举日期 2019-06-30；应到会100人，到会投票81人；甲41、乙40',
    rule: 'cn-party-branch@1990：被选举人获得的赞成票超过实到会有选举权的人数的一半，始得当选（暂行条例第二十九条）',
    arithmetic: '81 × 5 = 405 > 400，有效；甲 41 × 2 = 82 > 81：当选',
    spec: {
      ...one('cn-party-branch', 'first', 100, 81, 81, 0),
      date: '2019-06-30',
      contests: [chair],
      votes: { central: { chair: { a: 41, b: 40 } } },
    },
    expected: { pack: 'cn-party-branch@1990', verdict: 'valid', elected: { chair: ['a'] }, codes: [] },
  },
  {
    id: 'party-2021-majority-of-due',
    inputs: '同上，选举日期 2021-06-30',
    rule: 'cn-party-branch@2020：被选举人获得的赞成票超过应到会有选举权人数半数的，始得当选；不足的名额另行选举（条例第二十九条）',
    arithmetic: '81 × 5 = 405 ≥ 400，有效；甲 41 × 2 = 82，不大于应到会 100：未当选，需 51 票',
    spec: {
      ...one('cn-party-branch', 'first', 100, 81, 81, 0),
      date: '2021-06-30',
      contests: [chair],
      votes: { central: { chair: { a: 41, b: 40 } } },
    },
    expected: {
      pack: 'cn-party-branch@2020',
      verdict: 'runoff-needed',
      elected: { chair: [] },
      codes: ['SEAT_UNFILLED'],
      message: '未超过应到会有选举权的党员人数100人的半数',
    },
  },
  {
    id: 'party-2021-margin-twenty-percent',
    inputs:
      '选举日期 2021-06-30；委员应选6名，候选人7名；应到会100人，到会投票90人，7人各得60、60、60、60、60、60、30票',
    rule: 'cn-party-branch@2020：委员候选人的差额不少于应选人数的20%（条例第十三条）',
    arithmetic:
      '(7 − 6) × 5 = 5 < 6：差额不足，至少需 6 + ⌈6 ÷ 5⌉ = 8 名候选人；六人 60 × 2 = 120 > 100：当选',
    spec: {
      ...one('cn-party-branch', 'first', 100, 90, 90, 0),
      date: '2021-06-30',
      contests: [
        {
          id: 'member',
          name: '委员',
          seats: 6,
          candidates: [
            ['c', '丙'],
            ['d', '丁'],
            ['e', '戊'],
            ['f', '己'],
            ['g', '庚'],
            ['h', '辛'],
            ['i', '壬'],
          ],
        },
      ],
      votes: { central: { member: { c: 60, d: 60, e: 60, f: 60, g: 60, h: 60, i: 30 } } },
    },
    expected: {
      pack: 'cn-party-branch@2020',
      verdict: 'valid',
      elected: { member: ['c', 'd', 'e', 'f', 'g', 'h'] },
      codes: ['NOT_COMPETITIVE'],
      message: '差额不足应选人数的20%（至少需8名候选人）',
    },
  },
  {
    id: 'women-quota',
    inputs: '委员应选3名；甲乙丙男性、丁女性；收回600；甲400、乙380、丙350、丁100；至少1名妇女',
    rule: 'cn-village@2018：村民委员会成员中，应当有妇女成员（组织法2018年文本第六条第二款）',
    arithmetic: '当选妇女 0 < 1',
    spec: {
      ...one('cn-village@2018', 'first', 1000, 600, 600, 0),
      minWomen: 1,
      contests: [
        {
          id: 'member',
          name: '委员',
          seats: 3,
          candidates: [
            ['a', '甲', 'male'],
            ['b', '乙', 'male'],
            ['c', '丙', 'male'],
            ['d', '丁', 'female'],
          ],
        },
      ],
      votes: { central: { member: { a: 400, b: 380, c: 350, d: 100 } } },
    },
    expected: { verdict: 'valid', elected: { member: ['a', 'b', 'c'] }, codes: ['WOMEN_QUOTA_UNMET'] },
  },
  {
    id: 'date-2025-picks-2018-text',
    inputs: '选举日期 2025-11-30，规则包 cn-village（不写版本）；登记选民1000，收回选票501；甲300、乙201',
    rule: 'cn-village：按选举日期适用当日施行的版本：2018年文本（2018-12-29 至 2025-12-31 施行）',
    arithmetic:
      '2018-12-29 ≤ 2025-11-30 ≤ 2025-12-31：cn-village@2018；501 × 2 = 1002 > 1000；甲 300 × 2 = 600 > 501',
    spec: {
      ...one('cn-village', 'first', 1000, 501, 501, 0),
      date: '2025-11-30',
      contests: [chair],
      votes: { central: { chair: { a: 300, b: 201 } } },
    },
    expected: { pack: 'cn-village@2018', verdict: 'valid', elected: { chair: ['a'] }, codes: [] },
  },
  {
    id: 'date-2026-picks-2025-text',
    inputs: '同上，选举日期 2026-01-01',
    rule: 'cn-village：2025年修正文本（2026-01-01 起施行）第十八条第二款，与2018年文本第十五条第二款措辞相同，结果相同',
    arithmetic: '2026-01-01 ≥ 2026-01-01：cn-village@2025；同上',
    spec: {
      ...one('cn-village', 'first', 1000, 501, 501, 0),
      date: '2026-01-01',
      contests: [chair],
      votes: { central: { chair: { a: 300, b: 201 } } },
    },
    expected: { pack: 'cn-village@2025', verdict: 'valid', elected: { chair: ['a'] }, codes: [] },
  },
  {
    id: 'representatives-2025-half',
    inputs:
      '居民代表选举，选举日期 2025-12-20，规则包 cn-residents:representatives（不写版本）；居民代表30人，收回选票20；主任甲15、乙5',
    rule: 'cn-residents:representatives@2018：城市居民委员会组织法（2018）未规定投票人数，沿用过半数投票即有效',
    arithmetic: '2025-12-20 ≤ 2025-12-31：@2018；20 × 2 = 40 > 30，有效；甲 15 × 2 = 30 > 20，当选',
    spec: {
      ...one('cn-residents:representatives', 'first', 30, 20, 20, 0),
      date: '2025-12-20',
      contests: [chair],
      votes: { central: { chair: { a: 15, b: 5 } } },
    },
    expected: {
      pack: 'cn-residents:representatives@2018',
      verdict: 'valid',
      elected: { chair: ['a'] },
      codes: [],
    },
  },
  {
    id: 'representatives-2026-two-thirds',
    inputs: '同上，选举日期 2026-01-10',
    rule: 'cn-residents:representatives@2025：采取居民代表选举方式的，有超过三分之二的居民代表参加投票，选举有效（城市居民委员会组织法2025年修订文本第十九条第一款）',
    arithmetic: '2026-01-10 ≥ 2026-01-01：@2025；20 × 3 = 60，不大于 2 × 30 = 60：选举无效，无人当选',
    spec: {
      ...one('cn-residents:representatives', 'first', 30, 20, 20, 0),
      date: '2026-01-10',
      contests: [chair],
      votes: { central: { chair: { a: 15, b: 5 } } },
    },
    expected: {
      pack: 'cn-residents:representatives@2025',
      verdict: 'void',
      elected: { chair: [] },
      codes: ['TURNOUT_BELOW_QUORUM', 'ELECTION_VOID'],
    },
  },
  {
    id: 'shanghai-three-elected',
    inputs: '上海；主任1名、委员3名；收回60；主任甲40、乙20；委员丙40、丁35、戊20',
    rule: 'cn-village-shanghai：第一次投票已选出三名成员时，是否让其余名额暂缺由村民会议或村民代表会议决定（上海办法第二十一条）',
    arithmetic: '甲 40 × 2 = 80 > 60；丙 80、丁 70 > 60 当选；戊 40 ≤ 60 未当选；当选 1 + 2 = 3 ≥ 3',
    spec: {
      ...one('cn-village-shanghai', 'first', 100, 60, 60, 0),
      contests: [chair, members(3)],
      votes: { central: { chair: { a: 40, b: 20 }, member: { c: 40, d: 35, e: 20 } } },
    },
    expected: {
      verdict: 'runoff-needed',
      elected: { chair: ['a'], member: ['c', 'd'] },
      codes: ['SEAT_UNFILLED'],
      message: '所缺名额可以暂缺、不再另行选举，由村民会议或者村民代表会议决定',
    },
  },
  {
    id: 'shanghai-two-elected',
    inputs: '同上，但主任甲30、乙25',
    rule: 'cn-village-shanghai：选出不足三名成员时，其余名额须在三十日内另行选举（同条）',
    arithmetic: '甲 30 × 2 = 60，不大于 60：未当选；当选 0 + 2 = 2 < 3',
    spec: {
      ...one('cn-village-shanghai', 'first', 100, 60, 60, 0),
      contests: [chair, members(3)],
      votes: { central: { chair: { a: 30, b: 25 }, member: { c: 40, d: 35, e: 20 } } },
    },
    expected: {
      verdict: 'runoff-needed',
      elected: { chair: [], member: ['c', 'd'] },
      codes: ['SEAT_UNFILLED'],
      message: '所缺名额不能暂缺（村民委员会选举（上海市）），需在30日内另行选举',
    },
  },
  {
    id: 'zhejiang-vacant-after-runoff',
    inputs: '浙江；另行选举委员4名；收回60；丙30、丁25、戊20、己19',
    rule: 'cn-village-zhejiang：另行选举后仍有职位未选出、而成员已有三人时，该职位可以空缺（浙江办法第三十条）',
    arithmetic: '戊 20 × 3 = 60 ≥ 60 当选；己 19 × 3 = 57 < 60 未当选；另行选举当选 3 ≥ 3',
    spec: {
      ...one('cn-village-zhejiang', 'runoff', 100, 60, 60, 0),
      contests: [members(4)],
      votes: { central: { member: { c: 30, d: 25, e: 20, f: 19 } } },
    },
    expected: {
      verdict: 'runoff-needed',
      elected: { member: ['c', 'd', 'e'] },
      codes: ['RUNOFF_THRESHOLD', 'SEAT_UNFILLED'],
      message: '所缺名额可以空缺',
    },
  },
  {
    id: 'beijing-more-than-three-with-chair',
    inputs: '北京；另行选举主任1名、委员4名；收回60；主任甲25、乙20；委员丙22、丁21、戊20、己10',
    rule: 'cn-village-beijing：另行选举后成员多于三人（即至少四人）且主任已选出时，村民会议或村民代表会议可决定不再选举（北京办法第三十条）',
    arithmetic: '甲 25 × 3 = 75 ≥ 60；丙丁戊 ≥ 20 当选；己 10 × 3 = 30 < 60；当选 1 + 3 = 4 > 3，含主任',
    spec: {
      ...one('cn-village-beijing', 'runoff', 100, 60, 60, 0),
      contests: [chair, members(4)],
      votes: { central: { chair: { a: 25, b: 20 }, member: { c: 22, d: 21, e: 20, f: 10 } } },
    },
    expected: {
      verdict: 'runoff-needed',
      elected: { chair: ['a'], member: ['c', 'd', 'e'] },
      codes: ['RUNOFF_THRESHOLD', 'SEAT_UNFILLED'],
      message: '已选出村民委员会成员4人且已选出主任，不少于4人',
    },
  },
  {
    id: 'zhejiang-returned-exceeds-voters',
    inputs: '浙江；登记选民100，签到投票59人，发出60，收回60；主任甲40、乙20',
    rule: 'cn-village-zhejiang@2020：每次选举所投的票数，多于投票人数的无效（浙江办法第二十七条第二款）',
    arithmetic: '收回 60 > 投票人数 59：选举无效（发出 60，收回不多于发出）',
    spec: {
      ...one('cn-village-zhejiang@2020', 'first', 100, 60, 60, 0, 59),
      contests: [chair, womenMember],
      votes: { central: { chair: { a: 40, b: 20 }, 'women-member': { w: 40, x: 20 } } },
    },
    expected: {
      verdict: 'void',
      elected: { chair: [], 'women-member': [] },
      codes: ['RETURNED_EXCEEDS_VOTERS', 'ELECTION_VOID'],
      message: '收回选票60张，多于投票人数59人',
    },
  },
  {
    id: 'zhejiang-date-picks-2025-text',
    inputs: '同上，规则包 cn-village-zhejiang（不写版本），选举日期 2025-11-26',
    rule: 'cn-village-zhejiang：修改决定自2025年11月26日公布之日起施行；其计票规则按2020年文本适用（docs/rules.md），结果相同',
    arithmetic:
      '2025-11-26 ≥ 2025-11-26：cn-village-zhejiang@2025（2025-11-25 则为 @2020）；收回 60 > 投票人数 59：选举无效',
    spec: {
      ...one('cn-village-zhejiang', 'first', 100, 60, 60, 0, 59),
      date: '2025-11-26',
      contests: [chair, womenMember],
      votes: { central: { chair: { a: 40, b: 20 }, 'women-member': { w: 40, x: 20 } } },
    },
    expected: {
      pack: 'cn-village-zhejiang@2025',
      verdict: 'void',
      elected: { chair: [], 'women-member': [] },
      codes: ['RETURNED_EXCEEDS_VOTERS', 'ELECTION_VOID'],
    },
  },
  {
    id: 'national-returned-within-issued',
    inputs: '同上，按全国规则包',
    rule: 'cn-village@2018：收回选票多于发出选票的，选举无效（通行做法）；不比较投票人数',
    arithmetic: '收回 60 ≤ 发出 60：有效；甲 40 × 2 = 80 > 60，当选',
    spec: {
      ...one('cn-village@2018', 'first', 100, 60, 60, 0, 59),
      contests: [chair, womenMember],
      votes: { central: { chair: { a: 40, b: 20 }, 'women-member': { w: 40, x: 20 } } },
    },
    expected: { verdict: 'valid', elected: { chair: ['a'], 'women-member': ['w'] }, codes: [] },
  },
  {
    id: 'zhejiang-voters-not-stated',
    inputs: '浙江；计票单未载明投票人数；发出60，收回60；主任甲40、乙20',
    rule: 'cn-village-zhejiang@2020：同上条；投票人数未载明时不以发出选票代替',
    arithmetic: '无投票人数：这一项无法检查；甲 40 × 2 = 80 > 60，当选',
    spec: {
      ...one('cn-village-zhejiang@2020', 'first', 100, 60, 60, 0),
      contests: [chair, womenMember],
      votes: { central: { chair: { a: 40, b: 20 }, 'women-member': { w: 40, x: 20 } } },
    },
    expected: {
      verdict: 'valid',
      elected: { chair: ['a'], 'women-member': ['w'] },
      codes: ['UNREAD_FIGURE'],
      message: '计票单未载明各票箱的投票人数',
    },
  },
  {
    id: 'zhejiang-women-member-kept',
    inputs: '浙江；主任甲乙（男）、妇女委员王芳李娟；收回60；甲40、乙20；王芳30、李娟30',
    rule: 'cn-village-zhejiang@2020：已选出的成员中没有妇女的，另行选举时选票应当继续单列妇女委员职位（浙江办法第二十九条第四款）',
    arithmetic: '王芳 30 × 2 = 60，不大于 60：未当选；当选的甲为男性，无妇女当选',
    spec: {
      ...one('cn-village-zhejiang@2020', 'first', 100, 60, 60, 0, 60),
      contests: [chair, womenMember],
      votes: { central: { chair: { a: 40, b: 20 }, 'women-member': { w: 30, x: 30 } } },
    },
    expected: {
      verdict: 'runoff-needed',
      elected: { chair: ['a'], 'women-member': [] },
      codes: ['SEAT_UNFILLED', 'WOMEN_MEMBER_POST'],
      message: '另行选举时选票应当继续单列妇女委员职位',
    },
  },
  {
    id: 'chongqing-residents-not-competitive',
    inputs: '重庆居民委员会；委员应选2名，候选人丙丁2名；收回60；丙40、丁39',
    rule: 'cn-residents-chongqing@2025：违反法定差额选举原则的，选举无效（重庆居民办法第三十四条第（四）项）',
    arithmetic: '候选人 2 ≤ 应选 2：不是差额选举，选举无效，无人当选',
    spec: {
      ...one('cn-residents-chongqing@2025', 'first', 100, 60, 60, 0),
      contests: [{ id: 'member', name: '委员', seats: 2, candidates: twoCandidates }],
      votes: { central: { member: { c: 40, d: 39 } } },
    },
    expected: {
      verdict: 'void',
      elected: { member: [] },
      codes: ['NOT_COMPETITIVE', 'ELECTION_VOID'],
      message: '违反差额选举原则',
    },
  },
  {
    id: 'residents-not-competitive',
    inputs: '同上，按 cn-residents',
    rule: 'cn-residents@2018：候选人应多于应选名额；城市居民委员会组织法（2018）未规定违反时选举无效',
    arithmetic: '候选人 2 ≤ 应选 2：提示；丙 80、丁 78 > 60，当选',
    spec: {
      ...one('cn-residents@2018', 'first', 100, 60, 60, 0),
      contests: [{ id: 'member', name: '委员', seats: 2, candidates: twoCandidates }],
      votes: { central: { member: { c: 40, d: 39 } } },
    },
    expected: { verdict: 'valid', elected: { member: ['c', 'd'] }, codes: ['NOT_COMPETITIVE'] },
  },
];

const cell = (text: string) => text.replaceAll('|', '\\|');

function outcome(example: WorkedExample): string {
  const elected = Object.entries(example.expected.elected)
    .map(([contest, ids]) => `${contest}: ${ids.length > 0 ? ids.join(', ') : '—'}`)
    .join('; ');
  const codes = example.expected.codes.length > 0 ? `; ${example.expected.codes.join(', ')}` : '';
  const message = example.expected.message ? `; 「…${example.expected.message}…」` : '';
  const pack = example.expected.pack ? ` (${example.expected.pack})` : '';
  return `**${example.expected.verdict}**${pack}; 当选 / elected ${elected}${codes}${message}`;
}

/** The Markdown table of docs/worked-examples.md, generated from the data above. */
export function workedExamplesTable(): string {
  const lines = ['| # | 输入 Inputs | 规则 Rule | 计算 Arithmetic | 结果 Outcome |', '|---|---|---|---|---|'];
  for (const example of WORKED_EXAMPLES)
    lines.push(
      `| ${example.id} | ${cell(example.inputs)} | ${cell(example.rule)} | ${cell(example.arithmetic)} | ${cell(outcome(example))} |`,
    );
  return lines.join('\n');
}
