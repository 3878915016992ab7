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
 * states (no part of another, whose bands might be of either, as after a second 其中).
 */
export function ageBandPartitions(figures: readonly AnnouncedFigure[]): StatedPartition[] {
  const found: StatedPartition[] = [];
  const latest = new Map<string, GroupFigure>();
  let run: GroupFigure[] = [];
  const close = () => {
    const total = latest.get(run[0]?.partOf ?? '');
    const bands = run.map((part) => ageBand(part.label));
    // A committee the reader summed from its posts (主任434名，副主任58名，委员1055名) is no count the text
    // states: its bands are not summed against it.
    if (
      total &&
      total.partOf === null &&
      total.sumOf === undefined &&
      bands.every((band) => band !== null) &&
      coverAllAges(bands)
    )
      found.push({
        family: 'age-bands',
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
        ? ageBand(figure.label)
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
