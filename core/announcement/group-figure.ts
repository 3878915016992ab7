import type { GroupFigure, TextSpan } from './announced-figures.js';
import { PART_MARK, PLACES_TOTAL_MARK, TOTAL_MARK, groupLabel } from './figure-words.js';
import { saidOfPlaces } from './place-scope.js';
import { placesQualifiedBefore } from './summary-bases.js';
import type { NumberToken } from './scan-numbers.js';
import type { GroupKind, SummaryTotals } from './summary-totals.js';

/** A count of people or places in a summary, and which total it is a part of. */

/** English words after a number that name the people counted: 64 committee members, 17 women. */
export const ENGLISH_PEOPLE_AFTER =
  /^\s*((?:[a-z-]+\s+){0,3}?(?:members?|women|men|people|persons|chairs?|representatives?))\b/i;
/**
 * 村支书中45周岁以下, 委员中女性, 交叉任职人员中党员: a body of people (or those holding two posts), 中, then
 * the part of it. Not 中共 (the Party).
 */
const AMONG_BODY =
  /^(.*?(?:书记|支书|成员|委员|主任|干部|代表|党员|选民|村民|居民|女性|妇女|男性|(?:交叉任职|兼任|兼职)的?人员))中(?!共)(.+)$/;

/** 中 and a clause mark right after a count of people (成员1,028名中，): the parts after it are among them. */
const AMONG_AFTER = /^[^\S\n]*中[，,：:]/;

/** What reading a group of people or places needs of the text reader. */
export interface GroupReader {
  /** The text as written: the places' noun is named as it is written there (村（社区）). */
  readonly original: string;
  /**
   * The text as the reader reads it: folded (normalize-text.ts: traditional characters and full-width
   * digits and signs in their simplified, half-width spelling), one unit for one, so its offsets are the
   * original's. The words around a count are tested on it, as its label is.
   */
  readonly folded: string;
  /** Which total the groups of a summary are parts of. */
  readonly summary: SummaryTotals;
  origin(span: TextSpan): { span: TextSpan; text: string };
  spanFrom(start: number, end: number): TextSpan;
}

/**
 * 全镇实现“一肩挑”的村35个: 全镇 says whose places they are; what is said of them before 的 makes them
 * some of the township's places, not its count (全镇16个村, 全县所辖的村126个 are its count).
 */
const SCOPE_THEN_SAID =
  /全(?:镇|乡|街道|区|县|市)([^，,；;。\d]{2,40})的(?:行政村|村（社区）|村\(社区\)|村|社区)\s*$/;

/**
 * The words between a count of wider places and the places counted next: 街道的, 个乡镇的. The label is
 * folded (個, 區, 鄉, 鎮 read as 个, 区, 乡, 镇); 縣 is not among the characters folded, so it is named.
 */
const WIDER_PLACES_OF = /^[^\S\n]*(?:个[^\S\n]*)?(?:街道|乡镇|镇|乡|区|[县縣]|市|旗)[^\S\n]*的[^\S\n]*$/;
/** A count of places just before the label (folded: full-width digits, 兩, 個 read as 0-9, 两, 个). */
const PLACES_COUNT_BEFORE = /[\d〇一二两三四五六七八九十百](?:[^\S\n]*个)?[^\S\n]*$/u;

function ofCountedWiderPlaces(folded: string, labelStart: number, label: string): boolean {
  return (
    WIDER_PLACES_OF.test(label) &&
    PLACES_COUNT_BEFORE.test(folded.slice(Math.max(0, labelStart - 4), labelStart))
  );
}

function placesTotalMark(label: string): boolean {
  const said = SCOPE_THEN_SAID.exec(label)?.[1];
  if (said !== undefined && !/辖|所有|共|总|全/.test(said)) return false;
  return PLACES_TOTAL_MARK.test(label);
}

/**
 * A count of people or places (a group of a summary): its name from the words before it, or after it
 * (`namedAfter`, a place noun, an English noun), and which total it is a part of.
 */
export function groupFigure(
  reader: GroupReader,
  kind: GroupKind,
  label: string,
  labelStart: number,
  token: NumberToken,
  value: bigint,
  trailer: string,
  placeNoun?: string,
  namedAfter?: { label: string; length: number; namesTotal: boolean },
): GroupFigure | null {
  const englishNoun = ENGLISH_PEOPLE_AFTER.exec(trailer)?.[1];
  let name = groupLabel(label);
  let end = token.end;
  // 新当选的社区“两委”成员1,028名中，女性486名: people counted, then 中, are the total of the parts after them.
  let totalMark =
    kind === 'places'
      ? placesTotalMark(label)
      : TOTAL_MARK.test(`${label} ${trailer}`) ||
        AMONG_AFTER.test(reader.folded.slice(token.end, token.end + 8));
  let leftOver = false;
  if (namedAfter) {
    name = namedAfter.label;
    end = token.end + namedAfter.length;
    totalMark ||= namedAfter.namesTotal;
  } else if (placeNoun === '') name = token.unit ?? '';
  else if (placeNoun !== undefined) {
    // 全镇16个村（社区）: places named after their count are the township's; parts name them before
    // the count (实现“一肩挑”的村15个) or not at all (“一肩挑”的15个).
    end = token.end + placeNoun.length;
    name = reader.original.slice(token.end, end).trim();
    // “一肩挑”的174个村: what is said of them before the count makes them some of the places.
    // 全区13个街道的139个社区: the places of wider places just counted are all of theirs, of a scope of their
    // own (the district's, not one street's), neither some of the places nor the count read before.
    if (ofCountedWiderPlaces(reader.folded, labelStart, label)) {
      name = `${label.replace(/\s/g, '')}${name}`;
      totalMark = true;
    } else if (placesQualifiedBefore(label)) name = `${groupLabel(label)}的${name}`;
    else {
      // 全县67个村全部完成换届。其中，57个村实现“一肩挑”，占85.1%: after 其中, with what is said of them after
      // the noun, they are some of the places (named by what is said of them), not the township's count.
      const rest = trailer.slice(placeNoun.length);
      const saidAfter = partOfPlacesAfterPartMark(reader.folded, labelStart, label, rest);
      const other = saidAfter === null ? placesOfAnotherPart(label, rest) : null;
      const saidOnly =
        saidAfter === null && other === null ? placesSaidOnlyAfter(reader, label, name, rest) : null;
      const beforeTheRest =
        saidAfter === null && other === null && saidOnly === null
          ? placesBeforeTheRest(reader.folded, end, placeNoun.length, label, rest)
          : null;
      leftOver = other !== null || saidOnly !== null || beforeTheRest !== null;
      const said = saidAfter ?? other ?? saidOnly ?? beforeTheRest;
      if (said !== null) name = `${said}的${name}`;
      else totalMark = true;
    }
  } else if (name === '' && englishNoun !== undefined) {
    end = token.end + (ENGLISH_PEOPLE_AFTER.exec(trailer)?.[0].length ?? 0);
    name = groupLabel(englishNoun);
  } else if (name === '' && token.unit !== null && /^(women|men|members?)$/.test(token.unit))
    name = token.unit;
  if (name === '') return null;
  // 本届村支书中45周岁以下5名: the words before 中 name the total of this part and of those after it.
  const among = kind === 'people' && !namedAfter ? AMONG_BODY.exec(name) : null;
  if (among?.[1] !== undefined && among[2] !== undefined) {
    reader.summary.namedTotal(among[1]);
    name = among[2];
  }
  // 新一届村“两委”成员中，…；全镇共选出成员354人: the whole place's total of the one body named with its noun
  // and no count, in words that name no other place (城关镇选出成员112名 is that town's).
  if (kind === 'people' && !namedAfter && !among && name === '成员' && BARE_WHOLE_TOTAL.test(label)) {
    const body = reader.summary.uncountedBodyOf(name);
    if (body !== null) name = body;
  }
  // 8个村一次选举成功: what the places were said of, which a later count may repeat of another subject.
  const said = placeNoun ? saidOfPlaces(trailer.slice(placeNoun.length)) : '';
  const placed = reader.summary.add(name, kind, totalMark, PART_MARK.test(label), said, leftOver);
  // 共选出成员96名（交叉任职18名）。其中女性29名: people counted twice, noted in a bracket closed right after
  // their count, are a note on the total; 其中 after the bracket is of the total.
  if (kind === 'people' && BRACKET_OPEN_BEFORE.test(label) && BRACKET_CLOSED_AFTER.test(trailer))
    reader.summary.overlapNoted();
  // 在9个村委会主任中，党员8人…: the parts that follow are of these 9.
  if (namedAfter?.namesTotal) reader.summary.namedTotal(name);
  return {
    kind: 'group',
    label: name,
    partOf: placed.partOf,
    value,
    ...(kind === 'places' ? { places: true } : {}),
    ...(placed.implied ? { implied: true } : {}),
    ...(placed.first ? { first: true } : {}),
    ...(CLAUSE_END.test(reader.folded.slice(end, end + 8)) ? {} : { runsOn: true }),
    origin: reader.origin(reader.spanFrom(labelStart, end)),
  };
}

/** 全镇共选出成员, 共产生成员, 全镇新一届成员共: the whole place's members in all, no place named but the whole. */
const BARE_WHOLE_TOTAL =
  /^[\s,，;；]*(?:全(?:镇|乡|街道|县|区|市))?(?:共|共计|总共)?(?:选出|选举产生|产生)?(?:新一届)?成员(?:共有?|共计|总数为?|为)?[^\S\n]*$/;

/** A bracket opened before a count and not closed before it: （交叉任职, （其中兼任. */
const BRACKET_OPEN_BEFORE = /[（(][^（(）)]{0,40}$/;
/** A bracket closed right after a count's unit, before the clause ends: 名）, 人). */
const BRACKET_CLOSED_AFTER = /^[^（(）)，,。；;\n]{0,4}[）)]/;

/** What may follow a count that ends its clause: ，。； or a line end (spaces before them left out). */
const CLAUSE_END = /^[ \t]*(?:[，,。；;]|\r?\n|$)/u;

/** 其中 just before a count (spaces left out), the clause's words before the count being no more than 有 or 共. */
const PART_MARK_BEFORE = /其中[，,：:]?(?:有|共有|共)?$/;
const NO_MORE_THAN_PART_MARK = /^(?:其中[，,：:]?)?(?:有|共有|共)?$/;

/** What said of places keeps them all of them (227个村全部完成换届, 均已选齐). */
const SAID_OF_ALL = /全|均|都|所有|共|总|各/;

/**
 * 全县应换届村（社区）227个…。224个村（社区）一次选举成功: places opening their clause with nothing before them,
 * something said of them after their noun, when the text has already counted the township's places of
 * that kind, are the ones it was said of, not the count again — nor, with no 其中, surely a part of it
 * (their own share stays unread). What is said of them (Han characters and quotes, 2 to 12), or null
 * when it says they are all (全部, 均) or nothing.
 */
function placesSaidOnlyAfter(reader: GroupReader, label: string, noun: string, rest: string): string | null {
  if (label.trim() !== '' || !reader.summary.statesPlacesOf(noun)) return null;
  const said = saidOfPlaces(rest);
  return said === '' || SAID_OF_ALL.test(said) ? null : said;
}

/**
 * A clause mark, then the places left over counted (其余11个, 另有3个), within the next 80 characters of the same
 * paragraph (a copy's line break after a clause mark parts nothing).
 */
const THE_REST_FOLLOWS =
  /^(?:(?!\n[^\S\n]*\n)[\s\S]){0,80}?[，,；;。]\s*(?:另有|另外有?|还有|其余|其他|剩余|余下)的?[^\S\n]*\d+[^\S\n]*个/;

/**
 * 这次换届，1个社区以召开党员大会的方式直接选举…；其余11个社区都召开党员代表大会…: places opening their clause,
 * with something said of them after their noun, and the rest of their kind counted right after, are one part
 * of those places, not their count: a later `设5名委员的社区有7个` is no part of these 1. Named by what is said
 * of them (Han characters and quotes, at most 24); null otherwise.
 */
function placesBeforeTheRest(
  folded: string,
  nounEnd: number,
  nounLength: number,
  label: string,
  rest: string,
): string | null {
  if (label.trim() !== '') return null;
  const said = rest.replace(/[^\p{Script=Han}“”"]/gu, '').slice(0, 24);
  if (said === '' || SAID_OF_ALL.test(said.slice(0, 2))) return null;
  const follows = THE_REST_FOLLOWS.exec(folded.slice(nounEnd, nounEnd + 100));
  if (!follows) return null;
  const restNounAt = nounEnd + follows[0].length;
  const noun = folded.slice(nounEnd - nounLength, nounEnd);
  return folded.startsWith(noun, restNounAt) ? said : null;
}

/** Words that open a clause on the places left over (另有3个村, 其余12个村): another part, not the whole. */
const ANOTHER_PART = /^(?:另有|另外有?|还有|其余|其他|剩余|余下|尚有|仍有)的?$/;

/**
 * 224个村一次选举成功，另有3个村经另行选举选齐: places counted after 另有 (其余, 还有, 尚有…) are the ones
 * left over, some of the township's places, not its count. Named by what is said of them after their
 * noun (Han characters and quotes, at most 24), else by the word that opens them; null for any other label.
 */
function placesOfAnotherPart(label: string, rest: string): string | null {
  const words = label.replace(/\s/g, '');
  if (!ANOTHER_PART.test(words)) return null;
  const said = rest.replace(/[^\p{Script=Han}“”"]/gu, '').slice(0, 24);
  return said === '' ? words : said;
}

/**
 * What is said of places counted right after 其中 (其中，57个村实现“一肩挑”): the words after their noun, as
 * Han characters and quotes (at most 24), which name them as a part; null when the count stands after no
 * 其中, or nothing is said of them.
 */
function partOfPlacesAfterPartMark(
  folded: string,
  labelStart: number,
  label: string,
  rest: string,
): string | null {
  const words = label.replace(/\s/g, '');
  if (!NO_MORE_THAN_PART_MARK.test(words)) return null;
  const before = folded.slice(Math.max(0, labelStart - 6), labelStart).replace(/\s/g, '') + words;
  if (!PART_MARK_BEFORE.test(before)) return null;
  const said = rest.replace(/[^\p{Script=Han}“”"]/gu, '').slice(0, 24);
  return said === '' ? null : said;
}
