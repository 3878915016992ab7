import type { AnnouncedFigure, GroupFigure, StatedPartition } from './announced-figures.js';

/**
 * Age bands that cover every age (35岁及以下47名，36至50岁112名，51岁及以上46名): each person is in one
 * band exactly, so the bands add up to the total they are parts of (docs/announcement.md, “Age bands
 * and a table's 合计 row”). 以下, 以上 and 以内 include the age named, 不满 and 超过 do not, as the Civil
 * Code reads them (民法典 第一千二百五十九条). Bands that overlap (35岁以下, 35至50岁) or leave an age out
 * (35岁以下, 40至50岁) prove nothing and are not summed.
 */

/** An age band: its lowest and highest age, null for a side left open. */
interface Band {
  readonly from: number | null;
  readonly to: number | null;
}

const AGE = String.raw`(\d{1,3})周?岁`;
/** Words around a band that are no part of it (年龄在…之间的). */
const AROUND = /^(?:年龄在|年龄|在)|(?:之间)?(?:的)?(?:有|为|是)?$/g;
const UP_TO = new RegExp(String.raw`^${AGE}(?:及|或)?(?:以下|以内)$`);
const UNDER = new RegExp(String.raw`^不满${AGE}$`);
const FROM = new RegExp(String.raw`^${AGE}(?:及|或)?以上$`);
const OVER = new RegExp(String.raw`^超过${AGE}$`);
const BETWEEN = new RegExp(String.raw`^(\d{1,3})(?:周?岁)?(?:至|到|-|－|—|~|～)${AGE}$`);

/** The band a label names (36至50岁 → 36..50), or null when it names none. */
export function ageBand(label: string): Band | null {
  const words = label.replace(/\s/g, '').replace(AROUND, '');
  const age = (pattern: RegExp, at = 1) => Number(pattern.exec(words)?.[at]);
  if (UP_TO.test(words)) return { from: null, to: age(UP_TO) };
  if (UNDER.test(words)) return { from: null, to: age(UNDER) - 1 };
  if (FROM.test(words)) return { from: age(FROM), to: null };
  if (OVER.test(words)) return { from: age(OVER) + 1, to: null };
  if (BETWEEN.test(words)) {
    const from = age(BETWEEN);
    const to = age(BETWEEN, 2);
    return from <= to ? { from, to } : null;
  }
  return null;
}

/**
 * Levels of schooling, lowest first: 小学, 初中, 高中 (中专, 中职, 职高, 技校 are of its level), 大专, 本科,
 * 研究生 (the highest: a band of it alone is open above).
 */
const LEVELS: readonly RegExp[] = [
  /^小学$/,
  /^初中$/,
  /^(?:高中|中专|中职|职高|技校|高中[（(](?:含)?(?:中专|中职)[）)]|高中(?:、|和|或|及)(?:中专|中职))$/,
  /^(?:大专|专科|大学专科)$/,
  /^(?:本科|大学本科)$/,
  /^研究生$/,
];
const TOP_LEVEL = LEVELS.length - 1;
/** Words around a level that are no part of it: 具有…学历的, 文化程度为. */
const AROUND_LEVEL =
  /^(?:具有|拥有|具备|文化程度|学历)|(?:学历|文化程度|文化)?(?:的)?(?:人员|成员)?(?:有|为|是)?$/g;

function levelOf(words: string): number | null {
  const found = LEVELS.findIndex((pattern) => pattern.test(words));
  return found < 0 ? null : found;
}

/**
 * The levels of schooling a label names (大专及以上学历 → 大专 and above; 高中（中专） → 高中; 初中及以下 →
 * 初中 and below), or null when it names none. 以上 and 以下 include the level named, as statistics use them.
 */
export function schoolingBand(label: string): Band | null {
  const words = label.replace(/\s/g, '').replace(AROUND_LEVEL, '');
  const bound = /^(.+?)(?:及|或)?(以上|以下)$/.exec(words);
  if (bound?.[1] !== undefined) {
    const level = levelOf(bound[1]);
    if (level === null) return null;
    return bound[2] === '以上' ? { from: level, to: null } : { from: null, to: level };
  }
  const level = levelOf(words);
  if (level === null) return null;
  return { from: level === 0 ? null : level, to: level === TOP_LEVEL ? null : level };
}

/** Whether bands, in the order written, cover every age once: open below, each next from the age after, open above. */
function coverAllAges(bands: readonly Band[]): boolean {
  if (bands.length < 2 || bands[0]?.from !== null || bands.at(-1)?.to !== null) return false;
  return bands.every((band, index) => {
    if (index === 0) return true;
    const before = bands[index - 1]?.to;
    return before !== null && before !== undefined && band.from === before + 1;
  });
}

/**
 * The age bands stated as parts of one total, right after one another (their shares between them), that
 * cover every age: a partition to add up exactly. The total is a group of its own whose count the text
 * states (no part of another, whose bands might be of either, as after a second 其中). Levels of
 * schooling likewise (大专及以上117名，高中（中专）71名，初中及以下26名), in any order: each person has one
 * highest level.
 */
export function ageBandPartitions(figures: readonly AnnouncedFigure[]): StatedPartition[] {
  return [
    ...bandPartitions(figures, ageBand, 'age-bands', false),
    ...bandPartitions(figures, schoolingBand, 'schooling-levels', true),
  ];
}

function bandPartitions(
  figures: readonly AnnouncedFigure[],
  bandOf: (label: string) => Band | null,
  family: 'age-bands' | 'schooling-levels',
  anyOrder: boolean,
): StatedPartition[] {
  const found: StatedPartition[] = [];
  const latest = new Map<string, GroupFigure>();
  let run: GroupFigure[] = [];
  const close = () => {
    const total = latest.get(run[0]?.partOf ?? '');
    const bands = run.map((part) => bandOf(part.label));
    const ordered = anyOrder
      ? [...bands].sort((a, b) => (a?.from ?? -Infinity) - (b?.from ?? -Infinity))
      : bands;
    // A committee the reader summed from its posts (主任434名，副主任58名，委员1055名) is no count the text
    // states: its bands are not summed against it.
    if (
      total &&
      total.partOf === null &&
      total.sumOf === undefined &&
      ordered.every((band) => band !== null) &&
      coverAllAges(ordered)
    )
      found.push({
        family,
        total,
        complete: true,
        parts: run.map((part) => ({
          kind: part.label,
          value: part.value,
          span: part.origin.span ?? [0, 0],
          text: part.origin.text,
        })),
      });
    run = [];
  };
  for (const figure of figures) {
    if (figure.kind === 'percent') continue;
    const band =
      figure.kind === 'group' && figure.places !== true && figure.partOf !== null && figure.origin.span
        ? bandOf(figure.label)
        : null;
    if (figure.kind === 'group' && band !== null && (run.length === 0 || run[0]?.partOf === figure.partOf))
      run.push(figure);
    else {
      close();
      if (figure.kind === 'group' && band !== null) run.push(figure);
    }
    // The total a run is of is the last group of that label before it.
    if (figure.kind === 'group' && band === null) latest.set(figure.label, figure);
  }
  close();
  return found;
}
