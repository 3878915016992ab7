import type { AnnouncedFigure } from './announced-figures.js';
import { countMeaningOf } from './figure-words.js';
import { namesABody } from './comparable-mentions.js';

/**
 * Shapes of township summaries in which the total a group of people (or of places) would be taken as
 * a part of is not its base. Each predicate says when a total is not the one a share is of; the reader
 * then takes the right one or leaves the share unjudged (docs/announcement.md, “Bases a summary's
 * wording rules out”).
 */

/**
 * Seats to fill, not people elected (应选村委会成员70名, 职数68个): the members elected may be fewer,
 * so no part counted after them (其中女性17名) is a part of them.
 */
const SEATS_TO_FILL = /^(?:应选|应产生|应配备?)|职数$/;

export function countsSeatsToFill(label: string): boolean {
  return SEATS_TO_FILL.test(label);
}

/**
 * A post of a committee at the end of a label (35岁以下的书记, 女性主任, 大专以上学历的村委会主任); 正职 and
 * 副职 name the principal and deputy posts of the committees together (村“两委”正职（书记、主任）).
 */
const POST_AT_END = /(?:副)?(?:书记|主任|支书)$|委员$|[正副]职$/;

/** The posts a post holds, listed in a bracket after it (正职（书记、主任）), closed or cut off. */
const LISTED_POSTS = /[（(][^（(）)]*[）)]?$/;

/** A post's label without the posts listed after it (村“两委”正职（书记主任 → 村“两委”正职). */
export function withoutListedPosts(label: string): string {
  return label.replace(LISTED_POSTS, '');
}

/** Whether a label ends with a post of a committee (主任, 副书记, 委员, 正职), once its listed posts are set aside. */
export function endsWithPost(label: string): boolean {
  return POST_AT_END.test(withoutListedPosts(label));
}

/**
 * The post a label names after an attribute (35岁以下的书记 → 书记, 女性主任 → 村委会主任), among the posts
 * counted as groups of their own (`stated`, newest first): such people are some of the post's holders,
 * and a share of them is of the post, not of the body the post was counted in. The post named whole
 * (女性村委会主任 → 村委会主任), else the one stated post that ends with the label's post word (女性主任 →
 * 村委会主任); `ambiguous` when several do (村委会主任 and 村务监督委员会主任); null when the label is no
 * attribute of a post, or no such post was counted.
 */
export function postQualified(
  label: string,
  stated: readonly string[],
  isAttribute: (words: string) => boolean,
): string | 'ambiguous' | null {
  const word = POST_AT_END.exec(label)?.[0];
  if (word === undefined) return null;
  const attributeOf = (post: string) => label.slice(0, label.length - post.length).replace(/的$/, '');
  // 副书记 is no attribute of 书记, nor 村委会 of 主任.
  const qualifies = (attribute: string) =>
    attribute !== '' && !/副$/.test(attribute) && isAttribute(attribute);
  const posts = stated.filter((post) => post !== label && endsWithPost(post) && !isAttribute(post));
  const whole = posts.find((post) => label.endsWith(post) && qualifies(attributeOf(post)));
  if (whole !== undefined) return whole;
  if (!qualifies(attributeOf(word))) return null;
  const ending = posts.filter((post) => {
    const named = withoutListedPosts(post);
    return named.endsWith(word) && !named.endsWith(`副${word}`);
  });
  if (ending.length === 0) return null;
  return ending.length === 1 ? (ending[0] ?? null) : 'ambiguous';
}

/**
 * A clause that opens with a place of its own and the people it elected (其中，城关镇选出成员112名，女性
 * 28名；河口乡选出…; 张庄村选出5名，女性2名; 城关镇辖村14个、社区4个，选出成员102名): the people counted there are that place's, a total of their
 * own (or none the text states), and the parts after them are theirs — not parts of the whole
 * township's or county's total. The place is a named town, township, street, village or community
 * (no 的, 是, 在 … in its name), right before the verb that elected them; not the whole place (全县,
 * 本镇), each one (各村), a level (乡镇, 农村) or a body of theirs (新当选的社区居委会).
 */
const PLACE_OPENING =
  /^\s*(?:其中[，,：:]?\s*)?((?![全本该我各每新其这那])[^\P{Script=Han}的是了在和与及等个年里后前中为对从把被占经]{1,6}?(?:镇|乡|街道|村|社区|县|区|市|旗))(?:(?:共|共计)?(?:选出|选举产生|产生)[^，,；;。\d]{0,12}|(?:下辖|共辖|辖)(?:行政村|村|社区)?)\d/u;
/** 全市…，其中，我县选出1203名: after 其中, the writer's own place is one of the whole's places. */
const OWN_PART_OPENING =
  /^\s*其中[，,：:]?\s*((?:我|本)(?:镇|乡|街道|县|区|市|旗))(?:共|共计)?(?:选出|选举产生|产生)[^，,；;。\d]{0,12}\d/u;

/** Words that are no place's name though they end like one (乡镇, 乡村, 农村). */
const NO_PLACE_NAME = /^\s*(?:其中[，,：:]?\s*)?(?:乡镇|村镇|城乡|城镇|乡村|农村|县乡|市县乡)/;

/** Nouns for a kind of place, no place's name (社区共选举产生…: the communities, read as 社 + 区). */
const KIND_OF_PLACE = /^(?:社区|城区|辖区|片区|小区|街区|园区|景区|城市)$/;

/** The place a clause opens with (城关镇 of 其中，城关镇选出成员112名), or null. */
export function placeOpening(clause: string): string | null {
  if (NO_PLACE_NAME.test(clause)) return null;
  const place = (PLACE_OPENING.exec(clause) ?? OWN_PART_OPENING.exec(clause))?.[1] ?? null;
  return place !== null && KIND_OF_PLACE.test(place) ? null : place;
}

/**
 * Words before a count of places that say what was said of them (“一肩挑”的174个村, 实现交叉任职的36个社区):
 * those places are some of the township's, a part of its count, not the count itself. The whole place
 * (全县的, 全部) or 共 before them keeps them the township's.
 */
// Read on a label of at most LABEL_REACH (64) characters before a count of places (groupFigure, from
// readNumber in read-announcement-text.ts), so its restarts along a run are bounded.
// eslint-disable-next-line regexp/no-super-linear-move
const SAID_OF_PLACES = /[\p{Script=Han}“”"][^，,；;。\d]*的\s*$/u;
const WHOLE_PLACES = /全|共|总|所有|辖|本|该/;

export function placesQualifiedBefore(label: string): boolean {
  return SAID_OF_PLACES.test(label) && !WHOLE_PLACES.test(label);
}

/** 占成员总数187名的: 占, the people the share is of, their count, 的 — and the share follows. */
const BASE_IN_SHARE = /占\s*([\p{Script=Han}“”"（）()]{1,16}?)(?:总数|总人数|人数)?\s*$/u;

/**
 * A count written inside a share's words (中共党员142名，占成员总数187名的75.9%; 120个村…占村总数126个的
 * 95.24%): the share's whole, named and counted there, of the group read just before — people of
 * people, places of places (村, 社区, counted in 个). The words naming the whole and the part, or null
 * when the count is no such whole (a ballot count, or no group read before it).
 */
export function baseCountedInShare(
  label: string,
  trailer: string,
  before: AnnouncedFigure | null,
  unit: string | null = null,
): { words: string; part: { kind: 'group'; label: string }; places: boolean } | null {
  if (before?.kind !== 'group' || !/^\s*的\s*$/.test(trailer)) return null;
  const words = BASE_IN_SHARE.exec(label)?.[1];
  if (words === undefined || countMeaningOf(words) !== null) return null;
  // Places of places (120个村…占村总数126个的95.24%), people of people: never one of the other.
  if ((before.places === true) !== (PLACE_WORDS.test(words) && unit === '个')) return null;
  return { words, part: { kind: 'group', label: before.label }, places: before.places === true };
}

/** The places a share's whole may count (占村总数126个的): villages, communities, or both. */
const PLACE_WORDS =
  /^(?:全县|全镇|全乡|全区|全市)?(?:行政村|村|社区|村（社区）|村\(社区\)|村居|村和社区|村、社区)$/;

/** People of a body (成员, 干部, 班子 …), named by the noun alone. */
const PEOPLE_OF_A_BODY = /(成员|干部|班子|人员)$/;

/**
 * Whether a total is people of a body no word names (村干部186名, 成员186名, 村级组织成员186名): the
 * people of the committees of a 两委 counted after 其中 (村党组织成员90名，村委会成员126名) are its parts,
 * not a body of their own; people of any other body (村民代表) still are.
 */
export function peopleOfUnnamedBody(total: string): boolean {
  return PEOPLE_OF_A_BODY.test(total) && !namesABody(total);
}
