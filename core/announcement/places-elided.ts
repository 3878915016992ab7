import type { GroupFigure, PartitionPart, StatedPartition } from './announced-figures.js';
import type { Sentence } from './segment-text.js';
import { SUM_ALONE, sumAfterTwo } from './bodies-summed.js';
import type { GroupReader } from './group-figure.js';
import type { NumberToken } from './scan-numbers.js';

/**
 * Places counted with their noun left out after the places they are some of (`全县287个村（社区）中，264个一次
 * 选举成功，23个另行选举`; `全县共有287个村（社区），其中264个一次选举成功`): the noun is the total's, stated earlier
 * in the same sentence and closed by 中 (or followed by 其中 right before the count), and the count says
 * what was done after 个. Each is a part of that total, named by what is said of it (`一次选举成功的村（社区）`),
 * so that a rate named by the same words (`一次选举成功率92.0%`) or 占 after it is its share of the total.
 */

/**
 * The total's words end with 中 closing its clause (287个村（社区）中，) or glued to 有 and the first count
 * (287个村（社区）中有264个), or 其中 opens the next (287个，其中).
 */
const AMONG_AFTER_TOTAL = /^[^\S\n]*(?:中[^\S\n]*(?:[，,：:]|共?有[^\S\n]*\d)|[，,][^\S\n]*其中)/;
/** The words before the count: nothing, 有, 其中 (有), or the words of places left over (其余, 另有 …). */
const BEFORE_ELIDED = /^(?:其中[，,：:]?)?(?:有|共有)?$/;
/** 186个村中有179个: 中 glued to the total's noun, then the count (有, 共有 or nothing between). */
const AMONG_GLUED = /^中(?:共?有)?$/;
const LEFT_OVER = /^(?:另有|另外有?|还有|其余|其他|剩余|余下|尚有|仍有)的?$/;
/** What is said of the places after 个: Han words and quotes, 2 to 24, opening with no noun of things counted. */
const SAID = /^[^\S\n]*([\p{Script=Han}“”"][\p{Script=Han}“”"、]{1,23})[^\S\n]*$/u;
const THINGS_COUNTED =
  /^(?:村民|居民|小组|组|党支部|支部|党小组|党组织|合作社|投票站|投票点|分会场|会场|票箱|项目|方面|问题|选区|乡镇|街道|镇|乡|县|片区|网格|环节|阶段|批|类|种|项|人|名)/;

/** The total of places a count with its noun left out is of, in its sentence: the last such before it. */
function totalBefore(
  reader: GroupReader,
  groups: readonly GroupFigure[],
  partMark: boolean,
  glued: number | null,
): GroupFigure | null {
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index];
    if (!group || group.places !== true) continue;
    if (group.partOf !== null) continue;
    const end = group.origin.span?.[1] ?? 0;
    // 186个村中有179个: the total's noun must end right where the 中 of the count's words stands.
    if (glued !== null) return /^[^\S\n]*$/.test(reader.folded.slice(end, glued)) ? group : null;
    const after = reader.folded.slice(end, end + 6);
    return AMONG_AFTER_TOTAL.test(after) || partMark ? group : null;
  }
  return null;
}

/**
 * The part a count in 个 with no place noun after it makes of the places counted before it in its sentence,
 * or null when it is no such count (no total of places before it there, nothing said after it, or a noun
 * of another thing counted after 个).
 */
export function placesElidedAfterTotal(
  reader: GroupReader,
  token: NumberToken,
  label: string,
  labelStart: number,
  trailer: string,
  value: bigint,
  groups: readonly GroupFigure[],
  noun?: string,
): GroupFigure | null {
  if (token.unit !== '个' || token.approximate) return null;
  const words = label.replace(/[\s、，,；;]/g, '');
  const leftOver = LEFT_OVER.test(words);
  const glued = AMONG_GLUED.test(words) ? labelStart + label.indexOf('中') : null;
  if (!leftOver && glued === null && !BEFORE_ELIDED.test(words)) return null;
  // 18个村中有15个村实现“一肩挑”, 186个村中，有179个村…: the total's noun said again after 个.
  const repeated = noun?.trim() ?? '';
  if (noun !== undefined && (leftOver || !trailer.trimStart().startsWith(repeated))) return null;
  const saidFrom = noun === undefined ? 0 : trailer.indexOf(repeated) + repeated.length;
  // 其中264个一次选举成功、23个另行选举: the 、 parting the items is no word of what was said.
  let cut = trailer.length;
  while (cut > saidFrom && /[、\s]/.test(trailer[cut - 1] ?? '')) cut--;
  const own = trailer.slice(0, cut);
  const said = SAID.exec(own.slice(saidFrom))?.[1];
  if (said === undefined || THINGS_COUNTED.test(said)) return null;
  const total = totalBefore(reader, groups, /其中/.test(words), glued);
  if (total === null || value > total.value || (noun !== undefined && total.label !== repeated)) return null;
  const name = `${said}的${total.label}`;
  const placed = reader.summary.add(name, 'places', false, false, said);
  if (placed.partOf !== total.label) return null;
  const end = token.end + own.length;
  return {
    kind: 'group',
    label: name,
    partOf: total.label,
    value,
    places: true,
    origin: reader.origin(reader.spanFrom(glued === null ? labelStart : glued + 1, end)),
  };
}

/** The words of the place whose count it is, before the noun: 全县, 本镇, 辖, 共辖, 有. */
const SCOPE_WORDS = /^(?:全|本|该)?(?:省|市|区|县|镇|乡|街道)?(?:共?辖|下辖|所辖|有)?/;

/**
 * Which of the two kinds a count of places names alone: villages (村, 行政村) or communities (社区,
 * 城市社区, 居委会). Qualified places (涉农社区, 村改居社区), which may be counted among the villages, are
 * neither.
 */
function soleKind(label: string): 'village' | 'community' | null {
  const noun = label.replace(/\s/g, '').replace(SCOPE_WORDS, '');
  if (/^(?:城市)?社区(?:居委会)?$|^居委会$/.test(noun)) return 'community';
  if (/^(?:行政)?村$/.test(noun)) return 'village';
  return null;
}

/**
 * 村1,204个、社区216个，共1,420个 (or 15个村、3个社区，共18个): a sum in 个 with no noun of its own, right after
 * a count of villages and a count of communities, each a total of the place, next to each other in its
 * sentence: the places of both kinds (村（社区）), whose parts stated-partitions.ts sums. Null for any
 * other count (a noun or words after 个, another figure between, two counts of one kind).
 */
export function bothKindsSummed(
  reader: GroupReader,
  token: NumberToken,
  label: string,
  labelStart: number,
  trailer: string,
  value: bigint,
  groups: readonly GroupFigure[],
): GroupFigure | null {
  if (token.unit !== '个' || token.approximate || trailer.trim() !== '') return null;
  const words = label.replace(/[\s，,]/g, '');
  if (!SUM_ALONE.test(words)) return null;
  const [first, second] = groups.slice(-2);
  if (!first || !second || first.places !== true || second.places !== true) return null;
  if (first.partOf !== null || second.partOf !== null) return null;
  const kinds = [soleKind(first.label), soleKind(second.label)];
  if (kinds[0] === null || kinds[1] === null || kinds[0] === kinds[1]) return null;
  return sumAfterTwo(reader, token, label, labelStart, value, [first, second], '村（社区）', 'places');
}

/** Elected at once (一次选举成功, 一次性选齐) or not (另行选举, 未能一次选举成功): every place is one or the other. */
const AT_ONCE = /^(?:均|都)?一次(?:性)?(?:选举)?(?:成功|选齐)/;
/** A count in 个, in digits or Chinese numerals. */
const COUNT_IN_GE = /[0-9〇零一二两三四五六七八九十百千万][^\S\n]*个/;
const NOT_AT_ONCE = /另行选举|^(?:未能?|没有|未能够)一次(?:性)?(?:选举)?(?:成功|选齐)/;

/** What was said of places named `label` (`一次选举成功的村（社区）`), as one of the two outcomes, or null. */
function outcomeOf(label: string, total: string): 'elected at once' | 'further election' | null {
  if (!label.endsWith(`的${total}`)) return null;
  const said = label.slice(0, label.length - total.length - 1);
  if (AT_ONCE.test(said)) return 'elected at once';
  if (NOT_AT_ONCE.test(said)) return 'further election';
  return null;
}

/**
 * The places of a total stated with 中 (or 其中) split by how they were elected, in the total's sentence
 * (`287个村（社区）中，264个一次选举成功，23个另行选举`): each place was elected at once or was not, so the two
 * counts make the total. Summed only when the places counted after the total in its sentence are these
 * two and nothing else (a third count, 3个暂缓换届, or one said of other things, 280个实现“一肩挑”, which
 * overlaps them, leaves them unsummed), with no other count in 个 between the total and them (已有284个完成换届,
 * of which the two may be parts).
 */
export function outcomePartitions(
  folded: string,
  sentences: readonly Sentence[],
  figures: readonly GroupFigure[],
  summed: ReadonlySet<unknown>,
): StatedPartition[] {
  const found: StatedPartition[] = [];
  let sentenceIndex = 0;
  const placesBySentence = new Map<number, GroupFigure[]>();
  for (const figure of figures) {
    if (figure.places !== true || !figure.origin.span) continue;
    const at = figure.origin.span[0];
    while (sentenceIndex < sentences.length && (sentences[sentenceIndex]?.end ?? 0) <= at) sentenceIndex++;
    const list = placesBySentence.get(sentenceIndex) ?? [];
    list.push(figure);
    placesBySentence.set(sentenceIndex, list);
  }
  for (const places of placesBySentence.values()) {
    const [total, ...rest] = places;
    if (!total || total.partOf !== null || summed.has(total) || rest.length !== 2) continue;
    const end = total.origin.span?.[1] ?? 0;
    if (!AMONG_AFTER_TOTAL.test(folded.slice(end, end + 6))) continue;
    // 287个村（社区）中，已有284个完成换届，其中264个…，20个…: a count in 个 between the total and the first
    // outcome, read or not, is of some of the places, and the outcomes may be of those.
    const firstStart = rest[0]?.origin.span?.[0] ?? end;
    if (COUNT_IN_GE.test(folded.slice(end, firstStart))) continue;
    const kinds = rest.map((part) => outcomeOf(part.label, total.label));
    if (kinds[0] === null || kinds[1] === null || kinds[0] === kinds[1]) continue;
    const parts: PartitionPart[] = rest.map((part, index) => ({
      kind: kinds[index] ?? '',
      value: part.value,
      span: part.origin.span ?? [0, 0],
      text: part.origin.text,
    }));
    found.push({ family: 'places-by-outcome', total, parts, complete: true });
  }
  return found;
}
