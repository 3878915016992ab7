/**
 * The totals and parts of a township summary (换届选举工作总结, 情况通报) as its groups are read: which
 * total a count of people, or of villages, is a part of, and which total a share that names no base is
 * of. The rules are in docs/announcement.md (“Summaries”); in short:
 *
 * - a group with 共/总计/合计 (or `a total of`) is a total; so is `X中，` (村委会成员中，女性…), which
 *   names the total of the parts after it;
 * - after 其中 the groups of the sentence are parts of the total; so is, anywhere in the paragraph, a
 *   group whose label is an attribute of people (女性, 35岁以下, 大专以上学历, 连任, 新当选 …);
 * - a second 其中 after a part (before any ；) lists parts of that part: their shares are ambiguous
 *   (of the part, or of the total?) and are left unread unless the text names the base;
 * - counts of villages (16个村（社区）, 15个) are totals and parts of their own, never of people.
 */

import { namesAnotherBody } from './comparable-mentions.js';
import { bodyFinder } from './body-words.js';
import { withoutBracketed } from './linear-scans.js';
import {
  countsSeatsToFill,
  peopleOfUnnamedBody,
  postQualified,
  withoutListedPosts,
} from './summary-bases.js';

export type GroupKind = 'people' | 'places';

/** What placing a group of people counted twice must leave as it was. */
interface OverlapSnapshot {
  readonly people: string | null;
  readonly sentenceTotal: string | null;
  readonly partsOpen: boolean;
  readonly lastPart: string | null;
  readonly nestedUnder: string | null;
}

/** A part's own words followed by the noun of its total's people: 新进 + 成员, 女性 + 委员. */
const QUALIFIED_NOUN = /^([^\d，,；;。]{1,8}?)(成员|委员|干部|人员|代表)$/;

export interface PlacedGroup {
  readonly partOf: string | null;
  /** True for a part of a part (其中 … 其中 …): a share of it names its base, or is unread. */
  readonly nested: boolean;
  /**
   * True when nothing in the text marks it a part (no 其中, no `X中，`, no post list after its total):
   * it is taken as a part of the total before it only because its label is an attribute of people.
   */
  readonly implied?: boolean;
  /**
   * True for the first part stated after its total was (its count, or `X中，`, or 其中 after a group
   * that became a total): nothing else stands between them.
   */
  readonly first?: boolean;
}

/** Labels that qualify people of the total rather than name a new body of people. */
const ATTRIBUTE =
  /^(女|男|妇(?!女主任|联|代会))|岁|学历|大专|本科|研究生|高中|中专|初中|连任|留任|新当选|新进|新任|一肩挑|交叉任职|党员|团员|少数民族|退役军人|大学生|致富|\b(?:women|men|female|male|under|aged|degree|re-?elected|newly|new)\b/i;

/**
 * People counted twice because they hold two posts or sit on two bodies (交叉任职18名, 兼任, 重复计算,
 * “一肩挑”): some of the total before them, never a total of their own, nor what 其中 after them is surely of.
 */
const OVERLAP = /交叉任职|兼任|兼职|重复(?:计算|统计|计入)|一肩挑|双向进入/;

/** Those holding two posts named with 人员 (交叉任职人员, 兼任的人员): the group's label before it. */
const OVERLAP_PEOPLE = /^((?:.*?)(?:交叉任职|兼任|兼职))的?人员$/;
/** Whether a group's label counts people holding two posts or sitting on two bodies (交叉任职, 一肩挑). */
export function isOverlapLabel(label: string): boolean {
  return OVERLAP.test(label);
}

/** 书记、主任“一肩挑”: people holding both posts, one per village at most. */
const ONE_PERSON_BOTH_POSTS = /一肩挑/;

/** Whether a group's label qualifies people (女性, 党员, 35岁以下, 连任 …) rather than naming a body of them. */
export function isAttributeLabel(label: string): boolean {
  return ATTRIBUTE.test(label);
}

/**
 * A body of people qualified only as newly elected (新当选的社区居委会班子成员): all the members, not an
 * attribute of them, so 女性, 大专 … after it are its parts.
 */
const NEWLY_ELECTED_BODY = /^(新当选|新一届|新进|新任)的?.*(成员|干部|班子|人员)$/;

const RECENT_LABELS = 32;

/** Labels of people counted by how or whether they voted (委托投票, 流动票箱投票): voters, not a body. */
const VOTING = /投票|选票|票箱|\bvot(?:ed|ing)\b|\bballots?\b/i;

/** Which places a count of places is of: villages, communities, or both (村（社区）). */
type PlaceKind = 'village' | 'community' | 'mixed' | 'any';

function placeKind(words: string): PlaceKind {
  // 12个涉农社区中有11个…: the places named before 中 (of them) are the kind counted.
  const label = words.replace(/中有?$/, '');
  if (/村\s*[（(](?:社区|居)(?:[）)]|$)|村居/.test(label)) return 'mixed';
  if (/(社区|居委会|居)$/.test(label)) return 'community';
  if (/(村|村委会)$/.test(label)) return 'village';
  return 'any';
}

/**
 * The kind of place a body of people is named of by its opening words (村“两委”成员, 新一届社区“两委”成员,
 * 全区村（社区）“两委”成员): villages, communities, both, or none named ('any'). 村改居社区 are communities,
 * 村民代表 and 村委会 name bodies of their own (another body's test keeps them apart).
 */
function peoplePlaceKind(label: string): PlaceKind {
  const opening = label.replace(/^(?:全[县区市镇乡]|本届|新一届|新当选的?|各)+/, '');
  if (/^村\s*[（(](?:社区|居)[）)]|^村居/.test(opening)) return 'mixed';
  if (/^社区/.test(opening)) return 'community';
  if (/^村(?![民委改])/.test(opening)) return 'village';
  return 'any';
}

/** Whether two bodies of people are named of places of two kinds, one villages and one communities. */
function ofOtherKindOfPlace(label: string, total: string): boolean {
  const own = peoplePlaceKind(label);
  const other = peoplePlaceKind(total);
  return (own === 'village' && other === 'community') || (own === 'community' && other === 'village');
}

/** Whether places of the kind `whole` may hold places of the kind `part` (村（社区） holds 村, 村 no 社区). */
function kindHolds(whole: PlaceKind, part: PlaceKind): boolean {
  return whole === part || whole === 'any' || part === 'any' || whole === 'mixed';
}

/**
 * Whether a count of places labelled `label` (村主任一次选举成功) repeats what was said of a count of
 * places (一次选举成功) of a post or body of people (主任) rather than of the places: another figure.
 */
function saidOfAnother(label: string, said: string | undefined): boolean {
  if (said === undefined || said.length < 2 || !label.endsWith(said)) return false;
  return POST_OR_BODY.test(label.slice(0, label.length - said.length));
}

/** A post or a body of people named in words. */
const POST_OR_BODY = /主任|书记|委员|成员|干部|班子|代表/;

/**
 * A label as compared with a base written in words: 村民委员会成员, 村委会成员 and 村（居）委会成员 name
 * the same body; 村（居）委主任 and 村主任 the same post, 村党支部书记 and 村支书 too.
 */
export function bodyKey(label: string): string {
  return withoutBracketed(label)
    .replace(/民?委员会|委会|委(?=主任|成员|干部|班子)/g, '')
    .replace(/党?支部书记$/, '支书');
}

/** The committees and the bodies beside them that a base written in words may name (村委会, 两委, 党组织). */
const NAMES_A_BODY = bodyFinder(['committee', 'both-committees', 'party', 'supervision']);

/** People named by a noun alone, no body before it (成员, 委员, 干部, 班子成员). */
const BARE_PEOPLE = /^(?:班子)?(?:成员|委员|干部|人员)$/;

/** A body of people, not a post (委员, 主任, 书记 name posts of several bodies). */
const PEOPLE_BODY = /(成员|干部|班子|人员|代表)$/;

/** A label that ends with people of a body (村民代表, 村民小组长), not with what they did (由…兼任的). */
const NAMES_PEOPLE = /(成员|干部|班子|人员|代表|组长)$/;

/**
 * Words that name a whole committee (村委会干部, 村委会班子, 村民委员会成员), not a part of it: what
 * `/委.*(成员|干部|班子)$|(委员会|委会)$/` tests, with the 委 looked for once from the end (the pattern
 * tries each 委 of a long run to the end again).
 */
function namesWholeCommittee(words: string): boolean {
  if (/(?:委员会|委会)$/.test(words)) return true;
  if (!/(?:成员|干部|班子)$/.test(words)) return false;
  // A 委 before the last two characters, with no line's end after it (. matches none).
  const lineEnd = Math.max(...['\n', '\r', '\u2028', '\u2029'].map((end) => words.lastIndexOf(end)));
  return words.length >= 3 && words.lastIndexOf('委', words.length - 3) > lineEnd;
}

export class SummaryTotals {
  private readonly totals: { people: string | null } = { people: null };
  /** The township's counts of places, by what they count; parts are of the one of their kind. */
  private readonly placeTotals = new Map<PlaceKind, string>();
  private lastPlaces: string | null = null;
  /** What a count of places was said of right after its noun (8个村一次选举成功 → 一次选举成功), by label. */
  private readonly placesSaid = new Map<string, string>();
  /** A committee stated only as its posts (主任434名，副主任58名，委员1055名): the label of their sum. */
  private committee: string | null = null;
  private partsOpen = false;
  /** The total of people stated in this sentence, if any: posts listed after it are its parts. */
  private sentenceTotal: string | null = null;
  /** The people part read last in this sentence, before any ；. */
  private lastPart: string | null = null;
  private nestedUnder: string | null = null;
  /** The total of people before the last 其中, which may have made a part the total of what follows. */
  private totalBeforeParts: string | null = null;
  /**
   * 学历的51人（其中大专5人），占比82.3%。女性19人: a 其中 in a bracket made the 51 the total of its parts;
   * the bracket closed, the next sentence's parts are of the body again, not of the 51. (Within the
   * sentence a part after the bracket may be of either, and stays as it was read.)
   */
  private totalAfterSentence: { readonly total: string; readonly insteadOf: string | null } | null = null;
  /** The group placed last, when it was attached to its total only by its label (女性, 妇女…). */
  private lastImplied: string | null = null;
  /** Where each label was last placed, for shares that name the part but not the base. */
  private readonly placed = new Map<string, PlacedGroup>();
  /** Bodies named as totals in this sentence with no count of theirs (新一届村“两委”成员中，…), bounded. */
  private uncounted: string[] = [];
  /**
   * “一肩挑”23人，占92.0%: people holding both posts, whose share is of the villages (or of their chairs),
   * counted anywhere or nowhere, not of the members counted before; only a base the text names, or chairs
   * counted just before (主任25人，其中“一肩挑”的20人), is judged.
   */
  private readonly bothPosts = new Set<string>();
  /** The labels placed last, newest first: a base written in words refers to one of these. */
  private recent: string[] = [];
  /** True from a total of people (or `X中，`) until the next group of people: that one is its first part. */
  private firstNext = false;
  /** A clause of this sentence opened with another place: the totals after it are that place's. */
  private otherPlace = false;
  /** The last total of people of this term (not 上届…): the total again after a sentence that stated another term's. */
  private thisTermTotal: string | null = null;
  /** Totals of people stated for another place (城关镇选出成员112名), which no later label names. */
  private readonly placeScoped = new Set<string>();
  /** Posts counted as groups of their own in this paragraph, newest first (书记 of 其中书记15名). */
  private postsStated: string[] = [];
  /** A body of people (村“两委”成员107名) was listed among the parts since the last ；. */
  private bodyAmongParts = false;
  /** Posts counted as groups of their own in this sentence. */
  private postsThisSentence = new Set<string>();
  /** This sentence listed posts one after another (村委会主任27名，副主任15名，委员89名). */
  private postList = false;
  /** Totals of people that parts were placed under in this sentence (书记 of 书记21名，其中女性3名). */
  private readonly totalsWithParts = new Set<string>();
  /** 其中 right after such a list: its parts are of the last post or of all the posts (unjudged). */
  private partsOfPostList = false;
  /**
   * The group of people read last counts people holding two posts (成员96名，交叉任职18名): a 其中 right
   * after it may list parts of them or of the total; null once anything else was read, or once it was
   * closed as a bracketed note on the total (96名（交叉任职18名）).
   */
  private overlapLast: string | null = null;
  /** 其中 came right after such a group: until the next ；or sentence its parts are of neither surely. */
  private partsAfterOverlap = false;

  /** A paragraph starts afresh: totals of people are stated again in each. Villages stay the township's. */
  paragraph(): void {
    this.totalAfterSentence = null;
    this.overlapLast = null;
    this.partsAfterOverlap = false;
    this.totals.people = null;
    this.thisTermTotal = null;
    this.committee = null;
    this.lastImplied = null;
    this.firstNext = false;
    this.postsStated = [];
    this.totalsWithParts.clear();
  }

  /** The posts of a committee just stated add up to it: later parts, and words naming it, are of their sum. */
  committeeOfPosts(label: string): void {
    this.add(label, 'people', true, false);
    this.committee = label;
  }

  /**
   * A new sentence. One that opens with 其中 (…比上届增加1605名。其中1479人当选书记) goes on with the
   * sentence before: its 其中 points back at the group read last, as 其中 inside a sentence would.
   */
  sentence(opensWithPartMark = false): void {
    // …其中女性9名。其中担任书记的2名: as after ，其中 — parts of the part just read, ambiguous as there.
    if (opensWithPartMark) return;
    this.lastImplied = null;
    this.overlapLast = null;
    this.partsAfterOverlap = false;
    if (this.otherPlace) this.totals.people = null;
    // …，上届女性成员24人，占20.3%。本届35岁以下成员19人: another term's group is a total of the parts in its
    // own sentence only (上届成员共118人，其中女性24人); after it, parts are of this term's total again.
    else if (this.totals.people !== null && OTHER_TERM.test(this.totals.people))
      this.totals.people = this.thisTermTotal;
    this.otherPlace = false;
    // Unless a total was stated since (after a sentence that opened with 其中).
    if (this.totalAfterSentence?.insteadOf === this.totals.people)
      this.totals.people = this.totalAfterSentence.total;
    this.totalAfterSentence = null;
    this.totalBeforeParts = null;
    this.sentenceTotal = null;
    this.partsOpen = false;
    this.lastPart = null;
    this.nestedUnder = null;
    this.postList = false;
    this.partsOfPostList = false;
    this.postsThisSentence.clear();
    this.uncounted = [];
    this.totalsWithParts.clear();
    this.bodyAmongParts = false;
  }

  /**
   * A clause opens with a place other than the text's own (其中，城关镇选出成员112名): its people are a
   * total of their own, or of none stated; after its sentence no total is known until one is stated.
   */
  placeOpened(): void {
    this.forgetTotal();
    this.firstNext = false;
    this.otherPlace = true;
  }

  /**
   * 上届…共402名，本届396名，其中女性81名: 其中 right after a count of people the reader could not name
   * lists parts of that count, whose label is unknown: of no total stated.
   */
  partsOfUncounted(): void {
    this.forgetTotal();
  }

  /**
   * Winners were declared in a sentence that stated no group of people before them (实到51人。…当选为委员。
   * 其中女性1名): the parts that follow are of the winners, whose count is not stated, not of a group
   * stated in an earlier sentence.
   */
  winnersDeclared(): void {
    this.forgetTotal();
    this.firstNext = false;
  }

  /** No total of people is known, and no parts are open. */
  private forgetTotal(): void {
    this.totals.people = null;
    this.sentenceTotal = null;
    this.partsOpen = false;
    this.lastPart = null;
    this.nestedUnder = null;
    this.lastImplied = null;
  }

  /** After ；the parts are siblings again. */
  semicolon(): void {
    this.bodyAmongParts = false;
    this.overlapLast = null;
    this.partsAfterOverlap = false;
    this.lastPart = null;
    this.nestedUnder = null;
  }

  /** A bracket closed after 其中 inside it (10名委员（其中2名是书记）；14个…): its parts end with it. */
  bracketClosed(): void {
    this.totalAfterSentence =
      this.totalBeforeParts === null ? null : { total: this.totalBeforeParts, insteadOf: this.totals.people };
    this.totalBeforeParts = null;
    this.partsOpen = false;
    this.lastPart = null;
    this.nestedUnder = null;
  }

  /**
   * 党员1109人，占总数的64%（其中…）；高中以上的471名，占总数84%: the total stated before the 其中 of a
   * bracket closed in this sentence, which a share after the bracket that names 总数 is of. Null when no
   * such bracket closed in this sentence.
   */
  totalBeforeBracket(): string | null {
    return this.totalAfterSentence?.total ?? null;
  }

  /** 其中 (of whom, including): parts follow, or parts of the part just read. */
  partMark(): void {
    this.totalBeforeParts = this.totals.people;
    // 成员96名，交叉任职18名，其中女性29名: of the 18 who hold both, or of the 96? The text does not say.
    if (this.overlapLast !== null) {
      this.partsAfterOverlap = true;
      this.overlapLast = null;
      this.lastImplied = null;
      return;
    }
    // 全省有35707名妇女进入班子，…，其中1479人当选书记: 其中 after a group attached only by its label, in
    // its sentence, makes that group the total of what follows (the attachment was a guess, 其中 is not).
    if (this.lastImplied !== null) {
      this.totals.people = this.lastImplied;
      this.partsOpen = true;
      this.lastPart = null;
      this.nestedUnder = null;
      this.lastImplied = null;
      this.firstNext = true;
      return;
    }
    if (this.partsOpen && this.lastPart !== null) this.nestedUnder = this.lastPart;
    else this.partsOpen = this.totals.people !== null;
    // 村委会主任27名，副主任15名，委员89名，其中女性39名: of the 89 委员, or of all 131? The text does not say.
    if (this.postList && this.totals.people !== null && isBarePost(this.totals.people))
      this.partsOfPostList = true;
  }

  /**
   * `X中，` names the total of the parts that follow; an unknown X is a total with no stated count. X
   * said of the whole place (全县“两委”成员中) is not the same-named group stated for one place
   * (云台乡选出“两委”成员71名) before: a total of its own, its count unstated (`whole`, its words as
   * written).
   */
  namedTotal(words: string, whole?: string): void {
    this.lastImplied = null;
    this.overlapLast = null;
    this.partsAfterOverlap = false;
    const known = this.knownLabel(words);
    this.totals.people =
      whole !== undefined && known !== null && this.placeScoped.has(known) ? whole : (known ?? words);
    const total = this.totals.people;
    if (!this.placed.has(total))
      this.uncounted = [total, ...this.uncounted.filter((other) => other !== total)].slice(0, RECENT_LABELS);
    this.firstNext = true;
    this.partsOpen = true;
    this.lastPart = null;
    this.nestedUnder = null;
  }

  /**
   * The group of people just read counts people holding two posts and stood in a bracket closed right
   * after its count (共选出成员96名（交叉任职18名）): a note on the total, so 其中 after it is of the total.
   */
  overlapNoted(): void {
    if (this.overlapLast === null) return;
    this.overlapLast = null;
    if (this.lastPart !== null && OVERLAP.test(this.lastPart)) this.lastPart = null;
  }

  private snapshot(): OverlapSnapshot {
    return {
      people: this.totals.people,
      sentenceTotal: this.sentenceTotal,
      partsOpen: this.partsOpen,
      lastPart: this.lastPart,
      nestedUnder: this.nestedUnder,
    };
  }

  private restore(saved: OverlapSnapshot): void {
    this.totals.people = saved.people;
    this.sentenceTotal = saved.sentenceTotal;
    this.partsOpen = saved.partsOpen;
    this.lastPart = saved.lastPart;
    this.nestedUnder = saved.nestedUnder;
  }

  /** Places a group just read and says what it is a part of. */
  add(
    label: string,
    kind: GroupKind,
    totalMark: boolean,
    partMark: boolean,
    said = '',
    leftOver = false,
  ): PlacedGroup {
    const body = kind === 'people' ? this.bodyNamedIn(label) : null;
    const overlap = kind === 'people' && !totalMark && OVERLAP.test(label);
    const before = overlap ? this.snapshot() : null;
    // 另有3个村经另行选举选齐, 其他6个社区定在9月2日: the places left over, of a whole the text may not have
    // counted (其他 than the one just named), and 224个村一次选举成功 after the township's count, with no 其中:
    // neither the township's count nor a part summed into one.
    let read: PlacedGroup =
      kind === 'places' && leftOver
        ? { partOf: null, nested: false }
        : this.place(label, kind, totalMark, partMark, said);
    // 共选出成员96名（兼任18名）: people counted twice are some of the total, never the total of what follows.
    if (before !== null && read.partOf === null) this.restore(before);
    if (kind === 'people') {
      if (read.partOf !== null && this.firstNext) read = { ...read, first: true };
      this.firstNext = read.partOf === null;
    }
    // Read as a total of its own (共 or no total before it), the label still names its body: a part of it.
    const place =
      body !== null && read.partOf === null ? { partOf: body, nested: false, implied: true } : read;
    this.placed.set(label, place);
    if (kind === 'people' && place.partOf !== null) this.totalsWithParts.add(place.partOf);
    // 城关镇选出成员112名: that town's members; 全县女性成员共76名 after its sentence is no part of them.
    if (kind === 'people' && place.partOf === null) {
      if (this.otherPlace) this.placeScoped.add(label);
      else this.placeScoped.delete(label);
    }
    if (kind === 'people' && isBarePost(label)) this.postsThisSentence.add(label);
    if (kind === 'people' && isBarePost(label))
      this.postsStated = [label, ...this.postsStated.filter((other) => other !== label)].slice(
        0,
        RECENT_LABELS,
      );
    if (kind === 'people' && ONE_PERSON_BOTH_POSTS.test(label) && !(place.partOf && isPost(place.partOf)))
      this.bothPosts.add(label);
    if (kind === 'people') this.lastImplied = place.implied === true && !overlap ? label : null;
    if (kind === 'people') this.overlapLast = overlap ? label : null;
    // Bounded, so that reading stays linear in the length of the text.
    this.recent = [label, ...this.recent.filter((other) => other !== label)].slice(0, RECENT_LABELS);
    if (this.totals.people !== null && !OTHER_TERM.test(this.totals.people))
      this.thisTermTotal = this.totals.people;
    return place;
  }

  /**
   * 全镇共选出成员354人 after 新一届村“两委”成员中，大专及以上学历152人，占41.9%: the bare noun (成员) stated as
   * a total of the whole place, in the sentence of the one body named with that noun and no count
   * (村“两委”成员): that body's count. Null when no such body, when two bodies or more the text has named end with the noun
   * (村委会成员 beside 监委会成员: which one the text does not say), or when a count of it was stated.
   */
  uncountedBodyOf(noun: string): string | null {
    const bodies = [...this.uncounted, ...this.recent].filter(
      (label, index, all) =>
        label !== noun && label.endsWith(noun) && !ATTRIBUTE.test(label) && all.indexOf(label) === index,
    );
    const [body] = bodies;
    if (bodies.length !== 1 || body === undefined || this.placed.has(body) || !this.uncounted.includes(body))
      return null;
    return body;
  }

  /**
   * 女性村（社区）“两委”干部共629人, 大专以上文化程度的村（社区）“两委”干部1963人: an attribute (two characters
   * or more: 女委员 is no part of 委员), then a body of people (成员, 干部 … not a post, which several bodies
   * share) stated before as a total: the label names the total it is a part of. The longest such body, or
   * null. Kept `implied`, so that a part larger than the body (another scope's) is not judged.
   */
  private bodyNamedIn(label: string): string | null {
    let found: string | null = null;
    for (const total of this.recent) {
      if (total === label || !label.endsWith(total) || !PEOPLE_BODY.test(total) || ATTRIBUTE.test(total))
        continue;
      if (this.placed.get(total)?.partOf !== null || this.placeScoped.has(total)) continue;
      const attribute = label.slice(0, label.length - total.length).replace(/的$/, '');
      // 新当选的村委会成员 may be the new committee itself, not a part of one stated before.
      if (attribute.length < 2 || !ATTRIBUTE.test(attribute) || NEWLY_ELECTED_BODY.test(label)) continue;
      if (found === null || total.length > found.length) found = total;
    }
    return found;
  }

  /**
   * The base of a share of `part` when the text names none: the total it is a part of; null when that
   * is ambiguous (a part of a part) or unknown.
   */
  /** Whether words naming a base (委员, 居委员) end with a post of the committee stated by its posts. */
  committeeHasPost(words: string): boolean {
    return this.committee !== null && this.committee.split('+').some((post) => words.endsWith(post));
  }

  /** Whether a group of this label was read (its count stated). */
  isPlaced(label: string): boolean {
    return this.placed.has(label);
  }

  /** Whether a label was placed as a part of a part (其中 … 其中 …). */
  isNested(part: string): boolean {
    return this.placed.get(part)?.nested ?? false;
  }

  baseOf(part: string): string | null {
    if (this.bothPosts.has(part)) return null;
    const placed = this.placed.get(part);
    if (placed) return placed.nested ? null : placed.partOf;
    return this.totals.people !== part ? this.totals.people : null;
  }

  /**
   * The group a base written in words refers to: a label stated before that equals it, ends with it or
   * that it ends with (新一届村委会成员 ~ 村委会成员), among the labels placed last; null when none, or
   * more than one, fits.
   */
  knownLabel(words: string): string | null {
    if (words === '') return null;
    if (this.placed.has(words)) return words;
    // 交叉任职人员中 after 交叉任职18名: the people holding two posts just counted, named with 人员.
    const overlap = OVERLAP_PEOPLE.exec(words)?.[1];
    if (overlap !== undefined && this.placed.has(overlap)) return overlap;
    // 新进成员占40.7% after 成员216名，其中留任139名、新进77名: the part 新进, named with its total's noun.
    const qualified = QUALIFIED_NOUN.exec(words);
    if (qualified?.[1] && qualified[2]) {
      const part = this.placed.get(qualified[1]);
      if (part?.partOf?.endsWith(qualified[2]) && !part.nested) return qualified[1];
    }
    const key = bodyKey(words);
    // “两委”成员中 after 二、村（居）民委员会：选出成员2,309名: words that name a body are not the people of a
    // bare noun (成员), which its heading may have given to another body; unknown, they keep them apart.
    const wordsBody = NAMES_A_BODY(words).length > 0;
    const fitting = this.recent.filter((label) => {
      const other = bodyKey(label);
      if (wordsBody && NAMES_A_BODY(label).length === 0 && BARE_PEOPLE.test(label)) return false;
      return other !== '' && key !== '' && (endsWithBody(other, key) || endsWithBody(key, other));
    });
    if (fitting.length === 1) return fitting[0] ?? null;
    // 村委会成员 and 新一届村民委员会成员 both fit 村民委员会成员: the one that names the same body exactly.
    const exact = fitting.filter((label) => bodyKey(label) === key);
    if (exact.length === 1) return exact[0] ?? null;
    // 成员总数 after 村“两委”成员186名 and 女性成员42名: the body, not some of its people qualified.
    // A label opening with 的 lost the clause before it (直接选举产生的村党支部书记 → 的村党支部书记): qualified.
    const unqualified = fitting.filter((label) => !ATTRIBUTE.test(label) && !label.startsWith('的'));
    if (exact.length === 0 && unqualified.length === 1) return unqualified[0] ?? null;
    // 村委会干部总数 after 主任434名，副主任58名，委员1055名: the committee those posts make up.
    return fitting.length === 0 && this.committee !== null && namesWholeCommittee(words)
      ? this.committee
      : null;
  }

  /** Whether the township's places of the kind a noun names (村, 社区, 村（社区）) were counted already. */
  statesPlacesOf(noun: string): boolean {
    return this.placeTotals.has(placeKind(noun));
  }

  /** Places of both kinds (村（社区）) when villages and communities were counted apart, and never together. */
  private countedApart(kind: PlaceKind): boolean {
    return (
      kind === 'mixed' &&
      !this.placeTotals.has('mixed') &&
      this.placeTotals.has('village') &&
      this.placeTotals.has('community')
    );
  }

  private place(
    label: string,
    kind: GroupKind,
    totalMark: boolean,
    partMark: boolean,
    said: string,
  ): PlacedGroup {
    if (kind === 'places') {
      // 其中，城关镇辖村14个、社区4个，选出成员102名；河口乡辖村11个: that town's places, neither the county's
      // count nor a part of it.
      if (this.otherPlace) return { partOf: null, nested: false };
      const own = placeKind(label);
      // 全镇辖15个村、3个社区，…的村（社区）17个: of the 15 and the 3 together, which the text never counts
      // (nor says that no place is both): a part of neither.
      if (!totalMark && this.countedApart(own)) return { partOf: null, nested: false };
      // 全市村120个、社区216个: communities are no part of the villages counted last (nor villages of the
      // communities, nor both kinds of either); only places of a kind the whole holds are its parts.
      const last = this.lastPlaces;
      const total =
        this.placeTotals.get(own) ?? (last !== null && kindHolds(placeKind(last), own) ? last : null);
      // 8个村一次选举成功，村主任一次选举成功的有16个: the same words said of a post (or a body of people) of
      // the places, not of the places themselves, count another thing: no part of them.
      if (!totalMark && total !== null && saidOfAnother(label, this.placesSaid.get(total)))
        return { partOf: null, nested: false };
      // 12个涉农社区中有11个…, the 12 unread: some of places the reader did not count, never the count of
      // their kind that later places (社区41个) are parts of.
      if (!totalMark && total === null && /中有?$/.test(label)) return { partOf: null, nested: false };
      if (totalMark || total === null || total === label) {
        this.placeTotals.set(own, label);
        this.lastPlaces = label;
        if (said === '') this.placesSaid.delete(label);
        else this.placesSaid.set(label, said);
        return { partOf: null, nested: false };
      }
      return { partOf: total, nested: false };
    }
    // 当选村委会成员1206人，上届1388人，减少182人。其中女性成员329人: the body counted at another time, named by
    // that time alone, is no total of the parts after it; the total stated before it stays.
    if (OTHER_TIME_ALONE.test(label)) return { partOf: null, nested: false };
    // 应选村委会成员70名: seats to fill, not the members elected; what follows is a part of no stated total.
    if (countsSeatsToFill(label)) {
      this.totals.people = null;
      this.partsOpen = false;
      this.lastPart = null;
      this.nestedUnder = null;
      return { partOf: null, nested: false };
    }
    // 第一组：推选村民代表4名，其中女性2名；第二组：推选村民代表5名: the people of another numbered group are a
    // total of their own, never a part of the group's before.
    const group = groupOpening(label);
    const groupBefore = this.totals.people === null ? undefined : groupOpening(this.totals.people);
    if (totalMark || (group !== undefined && groupBefore !== undefined && group !== groupBefore)) {
      this.partsAfterOverlap = false;
      this.sentenceTotal = label;
      this.totals.people = label;
      this.partsOpen = false;
      this.lastPart = null;
      this.nestedUnder = null;
      return { partOf: null, nested: false };
    }
    if (partMark) this.partMark();
    // 交叉任职18名，其中女性5名: of the 18 or of the total; placed under neither, so their shares stay unread.
    if (this.partsAfterOverlap) return { partOf: null, nested: true };
    // A post after them (…，其中女性39名；书记21名) is a total again, read below.
    if (this.partsOfPostList && !(isBarePost(label) && !partMark)) {
      // 书记21名、主任21名，其中女性主任4名: the label names which post of the list the part is of.
      const named = postQualified(label, this.postsStated, isAttributeLabel);
      if (named !== null && named !== 'ambiguous' && this.postsThisSentence.has(named)) {
        this.lastPart = label;
        return { partOf: named, nested: false };
      }
      if (this.totals.people !== null) this.totalsWithParts.add(this.totals.people);
      return { partOf: null, nested: true };
    }
    // 35岁以下的书记3名 after 书记15名: some of the post's holders, a part of the post, not of the body.
    // (When the post is the total itself, as in 书记40名，其中女书记22名, it is placed as any part is.)
    const post = postQualified(label, this.postsStated, isAttributeLabel);
    if (post !== null && post !== this.totals.people) {
      // 其中书记15名，女性书记3名: some of the 15, and some of the total: of which is the share? Listed with
      // the post under the same 其中, unjudged; a post stated in another sentence leaves 其中's part as it was.
      if (this.partsOpen && this.totals.people !== null) {
        if (post === 'ambiguous' || this.postsThisSentence.has(post))
          return { partOf: this.totals.people, nested: true };
      } else if (post === 'ambiguous') return { partOf: null, nested: true };
      else {
        this.lastPart = label;
        // A share of them naming no base may be of the post's holders or of the whole body
        // (35岁以下的书记3名，占2.5% of 120 members, not 20% of 15 书记): nested, so unjudged unless named.
        return { partOf: post, nested: true, implied: true };
      }
    }
    // 委托投票的有…人 after 党员13260人: people counted by how they voted are no part of a body of people
    // (nor of anything, here: their total is a count of voters, not a group).
    if (VOTING.test(label) && (this.totals.people === null || !VOTING.test(this.totals.people)))
      return { partOf: null, nested: false };
    // 成员60人，主任18人，副主任7人，委员35人，交叉任职40人: posts after a committee's total are its parts,
    // and the groups after them are of the total too, never of the last post.
    const sentenceTotal = this.totals.people;
    if (
      isPost(label) &&
      sentenceTotal !== null &&
      sentenceTotal === this.sentenceTotal &&
      !isPost(sentenceTotal) &&
      // 共有党员1523名，选出村党组织委员63名: party members are no committee the post is of.
      !ATTRIBUTE.test(sentenceTotal)
    ) {
      // …；村委会主任21名，其中女性主任4名: a 其中 right after the post lists parts of the post (or of the total?).
      this.lastPart = label;
      return { partOf: sentenceTotal, nested: false };
    }
    // 书记40名，其中女书记22名；副书记50名: a post is no part of another post (副书记 of 书记, 委员 of 主任),
    // nor of a post qualified as newly elected (副主任10名 after 新当选村委会主任21名).
    const current = this.totals.people;
    if (!partMark && isBarePost(label) && current !== null && current !== label && isPost(current)) {
      // Listed one after another when the post before was stated in this sentence with no parts of its
      // own: 书记21名，其中女性3名；主任21名，其中女性4名 lists each post with its parts, and the 4 are the 21's.
      this.postList =
        isBarePost(current) && this.postsThisSentence.has(current) && !this.totalsWithParts.has(current);
      this.partsOfPostList = false;
      this.totals.people = label;
      this.partsOpen = false;
      this.lastPart = null;
      this.nestedUnder = null;
      return { partOf: null, nested: false };
    }
    // 村“两委”成员186名，其中女性49名；社区“两委”成员210名: the same body of the other kind of place (社区
    // after 村, 村 after 社区), a total of its own, never a part of the villages' members.
    if (
      current !== null &&
      NAMES_PEOPLE.test(label) &&
      !ATTRIBUTE.test(label) &&
      ofOtherKindOfPlace(label, current)
    ) {
      this.totals.people = label;
      this.partsOpen = false;
      this.lastPart = null;
      this.nestedUnder = null;
      return { partOf: null, nested: false };
    }
    // 村委会成员45名，其中女性12名；各村选出村民代表900名，女性30名: another body, a total of its own.
    // People of a body no word names (村干部186名，其中村党组织成员90名) hold the committees of a 两委.
    if (
      current !== null &&
      NAMES_PEOPLE.test(label) &&
      !ATTRIBUTE.test(label) &&
      namesAnotherBody(label, peopleOfUnnamedBody(current) ? '两委' : current)
    ) {
      this.totals.people = label;
      this.partsOpen = false;
      this.lastPart = null;
      this.nestedUnder = null;
      return { partOf: null, nested: false };
    }
    if (this.nestedUnder !== null && this.nestedUnder !== label)
      return { partOf: this.nestedUnder, nested: true };
    const total = this.totals.people;
    // An attribute (女性, 连任) is a part of the body of people stated last, not of another attribute.
    const attributeOfTotal =
      ATTRIBUTE.test(label) && total !== null && (!ATTRIBUTE.test(total) || NEWLY_ELECTED_BODY.test(total));
    if (total !== null && total !== label && (this.partsOpen || attributeOfTotal)) {
      this.lastPart = label;
      if (!this.partsOpen) return { partOf: total, nested: false, implied: true };
      // 其中，村“两委”成员107名，女性23名: the women of the 107, or of the whole? Unjudged. (交叉任职 and
      // 一肩挑 join the bodies or posts listed: of the whole.)
      if (ATTRIBUTE.test(label) && this.bodyAmongParts && !/交叉任职|一肩挑/.test(label))
        return { partOf: total, nested: true };
      this.bodyAmongParts = NAMES_PEOPLE.test(label) && !ATTRIBUTE.test(label);
      return { partOf: total, nested: false };
    }
    this.totals.people = label;
    this.partsOpen = false;
    this.lastPart = null;
    return { partOf: null, nested: false };
  }
}

/** A post alone (社区党委书记, 副主任), not qualified by an attribute (35岁以下的委员) nor a committee of posts. */
function isBarePost(label: string): boolean {
  return isPost(label) && !ATTRIBUTE.test(label) && !label.includes('+');
}

/** A post of a committee (主任, 副主任, 委员, 书记, 副书记), not qualified by sex. */
function isPost(label: string): boolean {
  return /^[^女男妇]*(主任|委员|书记|正职|副职)$/.test(withoutListedPosts(label));
}

/**
 * Whether `label` ends with the body `key` as a body, not as part of a longer post: 新一届村委会成员 ends
 * with 村委会成员, but 副书记 does not end with 书记, nor 女委员 with 委员.
 */
function endsWithBody(label: string, key: string): boolean {
  if (!label.endsWith(key)) return false;
  return !/[副女男妇]$/.test(label.slice(0, label.length - key.length));
}

/**
 * A label opening with a group of the place, numbered or named (第二组, 一组, 第3村民小组, 第1选区, 李家湾组),
 * not a post (组长, 小组长) or a body (党组织); nor words of the whole (全村各组, 每组). Undefined when none.
 */
const GROUP_OPENING =
  /^(?:第?[一二三四五六七八九十\d]{1,4}|[\u4e00-\u9fff]{1,4}?)(?:选区|村民小组|居民小组|小组|组)(?![长员织])/;
function groupOpening(label: string): string | undefined {
  const group = GROUP_OPENING.exec(label)?.[0];
  return group === undefined || /[各全每本该共]/.test(group) ? undefined : group;
}
/** A group named as another term's (上届女性成员, 往届成员). */
const OTHER_TERM = /^(?:上一?届|往届|前一届|去年|上次)/;
/** A count of people named by another time alone (上届1388人, 上一届为1388人): the same body then. */
const OTHER_TIME_ALONE = /^(?:上一?届|往届|前一届|去年|上次)(?:为|是|有|共|共有)?$/;
