/**
 * The bodies a notice of a committee election may name, each with its kind: the one list that the
 * readers telling bodies apart take their words from (other-body.ts: a winner declared to another
 * body; mention-settings.ts: the bodies a sentence speaks of; comparable-mentions.ts: the body a label
 * of people names; winners-list.ts: the body whose winners a bare heading lists). Each reader picks
 * the kinds it needs (docs/announcement.md, “One list of bodies”).
 */
export type BodyKind =
  /** 村民委员会, 居民委员会: the committee a notice of the 换届 elects. */
  | 'committee'
  /** 两委: the party organisation and the committee together, the notice's own among them. */
  | 'both-committees'
  /** 党组织, 党支部 …: chosen by party members. */
  | 'party'
  /** 村务（居务）监督委员会: chosen by a meeting of representatives. */
  | 'supervision'
  /** 村民代表, 居民代表: chosen by groups or households. */
  | 'representatives'
  /** 人大代表, 党代表: delegates to a congress, chosen elsewhere. */
  | 'delegates'
  /** 小组长, 楼栋长, 单元长: heads of a group, building or entrance, chosen by its people. */
  | 'group-heads'
  /** 业主委员会: chosen by a housing estate's owners. */
  | 'owners'
  /** 妇联, 团支部: chosen by their members. */
  | 'mass-organisation'
  /** 理事会, 合作社: chosen by members or shareholders. */
  | 'economic'
  /** 村民小组, 居民小组: a part of the village, named as a place as often as a body. */
  | 'groups'
  /** 代表 alone: any representatives, 户代表 included, who are voters and no body. */
  | 'any-representatives';

interface Body {
  /** The name two mentions of it are compared by (村民委员会 and 村委会 are one). */
  readonly name: string;
  readonly kind: BodyKind;
  /** How it is written. */
  readonly forms: readonly string[];
}

/** English words as prose, a sentence's start and a title write them (`party branch`, `Party branch`, `Party Branch`). */
function titleCases(words: string): string[] {
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  const [first = '', ...rest] = words.split(' ');
  return [words, [capital(first), ...rest].join(' '), words.split(' ').map(capital).join(' ')];
}

/** `representatives of Group 3`, `Representatives of group 3`: a group's own representatives. */
const representativesOfAGroup = ['representatives', 'Representatives'].flatMap((words) => [
  `${words} of Group`,
  `${words} of group`,
]);

const BODIES: readonly Body[] = [
  { name: '村委会', kind: 'committee', forms: ['村民委员会', '村委员会', '村民委会', '村委会'] },
  { name: '居委会', kind: 'committee', forms: ['居民委员会', '居委员会', '居民委会', '居委会'] },
  { name: '两委', kind: 'both-committees', forms: ['两委'] },
  { name: '党组织', kind: 'party', forms: ['党组织'] },
  { name: '党总支', kind: 'party', forms: ['党总支'] },
  { name: '党支部', kind: 'party', forms: ['党支部', ...titleCases('party branch')] },
  { name: '党委', kind: 'party', forms: ['党委'] },
  { name: '支委', kind: 'party', forms: ['支委'] },
  // 村务监督委员会, 居务监督委员会, 监委会 (村监委) and the older 村务监督小组 are one body.
  {
    name: '监委会',
    kind: 'supervision',
    forms: [
      '村务监督委员会',
      '居务监督委员会',
      '村务监督小组',
      '村务监督',
      '监督委员会',
      '监委会',
      // Shortened on a line of posts (`村监委主任：李强，790票`): the village's or residents' 监委会, never the
      // 纪委监委 of a township, whose 监委 stands alone.
      '村监委',
      '居监委',
      // English as written in prose or a title: `the supervisory committee`, `Village Affairs
      // Supervision Committee`.
      ...titleCases('supervisory committee'),
      ...titleCases('supervision committee'),
    ],
  },
  // English as written in prose or a heading: `villager representatives`, `Representatives of Group 3`;
  // never `representatives` alone, which `household representatives` (voters) are too.
  {
    name: '村民代表',
    kind: 'representatives',
    forms: [
      '村民代表',
      ...titleCases('villager representative'),
      ...titleCases('village representative'),
      ...representativesOfAGroup,
      // A group's own, chosen by its households: `group representatives`, `Group 3 then chose its
      // representatives` (a group's or a household's `its`; the voters are `their` or `household`
      // representatives, which stay no body).
      ...titleCases('group representative'),
      'its representatives',
    ],
  },
  {
    name: '居民代表',
    kind: 'representatives',
    forms: ['居民代表', ...titleCases('resident representative')],
  },
  { name: '人大代表', kind: 'delegates', forms: ['人大代表'] },
  { name: '党代表', kind: 'delegates', forms: ['党代表'] },
  { name: '小组长', kind: 'group-heads', forms: ['小组长'] },
  { name: '楼栋长', kind: 'group-heads', forms: ['楼栋长'] },
  { name: '单元长', kind: 'group-heads', forms: ['单元长'] },
  { name: '业委会', kind: 'owners', forms: ['业主委员会', '业委会'] },
  { name: '妇联', kind: 'mass-organisation', forms: ['妇联'] },
  { name: '团支部', kind: 'mass-organisation', forms: ['团支部'] },
  { name: '理事会', kind: 'economic', forms: ['理事会'] },
  { name: '合作社', kind: 'economic', forms: ['合作社'] },
  { name: '村民小组', kind: 'groups', forms: ['村民小组'] },
  { name: '居民小组', kind: 'groups', forms: ['居民小组'] },
  { name: '代表', kind: 'any-representatives', forms: ['代表'] },
];

/** A body named in some words: as written there, and the name it is compared by. */
export interface NamedBody {
  readonly written: string;
  readonly name: string;
  readonly kind: BodyKind;
}

/** The committee's names as bodies are compared by (村委会, 居委会): a section or title naming one is the committee's. */
export const COMMITTEE_NAMES: ReadonlySet<string> = new Set(
  BODIES.filter((body) => body.kind === 'committee').map((body) => body.name),
);

/** Every kind. */
const ALL_BODY_KINDS: readonly BodyKind[] = [...new Set(BODIES.map((body) => body.kind))];

/**
 * A finder of the bodies of some kinds in words, left to right; at one place the longest form is
 * taken (村民小组长 names 村民小组 where groups are sought, else 小组长).
 */
export function bodyFinder(kinds: readonly BodyKind[]): (words: string) => NamedBody[] {
  const wanted = new Set(kinds);
  const byForm = new Map<string, Body>();
  for (const body of BODIES) if (wanted.has(body.kind)) for (const form of body.forms) byForm.set(form, body);
  const pattern = new RegExp([...byForm.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');
  return (words) =>
    [...words.matchAll(pattern)].flatMap(([written]) => {
      const body = byForm.get(written);
      return body ? [{ written, name: body.name, kind: body.kind }] : [];
    });
}

/** Every kind but those given. */
export const kindsBut = (...left: readonly BodyKind[]): BodyKind[] =>
  ALL_BODY_KINDS.filter((kind) => !left.includes(kind));

/** Every form of the bodies of some kinds, longest first, so that an alternation takes the longest. */
export function formsOf(...kinds: readonly BodyKind[]): string[] {
  return BODIES.filter((body) => kinds.includes(body.kind))
    .flatMap((body) => body.forms)
    .sort((a, b) => b.length - a.length);
}

/**
 * The committee a notice's seats and post headings name (应选村民委员会委员3名, 应选社区居委会成员5名,
 * 村委会主任选举结果：): every form of the 村委会 and the 居委会 in the list above, a residents' one also
 * after 社区. A pattern's source, one group with no capture, taken by every reader of seats and headings
 * (member-seats.ts, notice-competitiveness.ts, women-among-winners.ts, read-announcement-text.ts,
 * heading-post.ts), so that a form one knows the others know too. No other body is among them: the seats
 * of a 村务监督委员会 (应选村务监督委员会委员3名) are never the committee's.
 */
export const COMMITTEE_WORDS = `(?:社区)?(?:${formsOf('committee').join('|')})`;

/** The Chinese forms of the bodies of some kinds, longest first: a pattern's source, one group with no capture. */
export const chineseBodyWords = (...kinds: readonly BodyKind[]): string =>
  `(?:${formsOf(...kinds)
    .filter((form) => !/[A-Za-z]/.test(form))
    .join('|')})`;

/** The bodies other than the committee a heading may name (村务监督委员会, 监委会, 村民小组长 …), longest first. */
export const OTHER_BODY_WORDS = chineseBodyWords(
  'party',
  'supervision',
  'representatives',
  'delegates',
  'group-heads',
  'owners',
  'mass-organisation',
  'economic',
);
