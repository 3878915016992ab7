import type { AnnouncedFigure, CountFigure, CountMeaning } from './announced-figures.js';

/**
 * What a count of households (户) means in an election by household representatives (户代表), where each
 * household casts one ballot: those due to vote (应到户代表64户, 应参加投票的户代表688户, 全村户代表487户,
 * 登记户代表1240户) are its electorate, those who voted (参加投票户数1105户, 参加投票户代表648户,
 * 实际参加投票603户) its voters. Those present at the meeting (实到42户, 实到户代表42户) are no voters: how
 * many of them cast a ballot the ballots say (householdsPresentLabel). Households named otherwise
 * (共有农户756户, 户数86户, 住户1320户) are not: a village's
 * households need not all have a representative registered. Null when the words say neither.
 */
export function householdCountMeaning(
  label: string,
  unit: string | null = null,
  trailer = '',
): CountMeaning | null {
  const words = label.replace(/[\s,:：]/g, '');
  if (DUE.test(words) || WHOLE.test(words) || REGISTERED.test(words)) return 'registered';
  // 户代表会议应到48户: households due at the meeting, counted in 户 (its 户代表 named before 应到).
  if (unit === '户' && BARE_DUE.test(words)) return 'registered';
  // 全村登记参加选举的户数486户, 登记参加选举的户3268户: the households on the register, in 户 only.
  if (unit === '户' && REGISTERED_HOUSEHOLDS.test(words)) return 'registered';
  if (CAME.test(words)) return 'cast';
  // 412户派代表参加投票: the households that sent a representative to vote, counted in 户 only.
  if (unit === '户' && !OTHER_THAN_VOTED.test(words) && SENT_TO_VOTE.test(trailer)) return 'cast';
  return null;
}

const DUE = /应(?:到|参加投票|参加选举|参选|投票)的?(?:户代表|户数)(?:总数|人数)?(?:为|有|共)?$/;
const BARE_DUE = /(?:^|户代表会议|户代表大会|会议)应(?:到|到会)(?:总数)?(?:为|有|共)?$/;
const WHOLE = /(?:全村|全社区|本村|本社区)(?:共有|共)?户代表(?:总数|人数)?(?:为|有|共)?$/;
/** 登记户代表1240户, 全社区登记的户代表: the households registered to vote, as 登记选民 are the voters registered. */
const REGISTERED = /登记的?户代表(?:总数|人数)?(?:为|有|共)?$/;
/**
 * 登记参加选举的户数, 登记参选户数, 全村登记户数: households registered to vote (not 户籍, where a person is
 * registered, nor 登记选民, who are people).
 */
const REGISTERED_HOUSEHOLDS =
  /(?:^|全村|全社区|本村|本社区|共)登记(?:参加选举|参选|参加投票)?的?户(?:数|代表户数)?(?:总数)?(?:为|有|共)?$/;
/** 户派代表参加投票, 户派出代表参加了投票: after a count of households, those that voted through one of theirs. */
const SENT_TO_VOTE = /^派出?(?:了)?(?:户)?代表参加(?:了)?(?:本次|这次)?(?:选举)?投票/;
/** Words before such a count that make it other than the households that voted: 应 (due), 未 (did not). */
const OTHER_THAN_VOTED = /应|登记|选民|户|人|票|代表|未|没|不|否|约|近|余|超过|以上/;
const CAME = /(?<!应)(?:参加投票|实际投票|参与投票)的?(?:户代表|户数|户)?(?:总数|人数)?(?:共|为|有)?$/;

/** 户代表, 户派代表, 户派出代表: the notice speaks of households' representatives. */
export const NAMES_HOUSEHOLD_REPRESENTATIVES = /户代表|户派出?代表/;

/** Words that say an election was held by household representatives, one ballot a household. */
export const HOUSEHOLD_ELECTION =
  /(?:采取|采用|实行|以)户代表(?:投票|选举)|户(?:派出?)?代表(?:投票|选举)(?:的)?方式|以户为单位/;

/**
 * A count of household representatives in people (人, 名, 位): named as such (应参加投票的户代表1640人), a
 * bare 实到 in a sentence that names the representatives due (应到户代表486人，实到431人), or a bare 参加投票
 * opening the clause right after the representatives registered in people (登记户代表2,310人，参加投票1,803人):
 * those who voted are of the representatives just counted, not of voters the notice never names.
 */
export function householdRepresentativesInPeople(
  label: string,
  unit: string | null,
  sentence: string,
  beforeCount = '',
): boolean {
  if (!/^[人名位]$/.test(unit ?? '')) return false;
  const words = label.replace(/[\s,:：，]/g, '');
  return (
    /户代表/.test(label) ||
    (BARE_CAME.test(words) && DUE_IN.test(sentence)) ||
    (BARE_VOTED.test(words) && REGISTERED_IN_PEOPLE_BEFORE.test(beforeCount))
  );
}

/**
 * Households or their representatives present at a meeting (实到42户, 实到户代表42户, 实际到会40户,
 * 出席会议的户代表): its attendance, whose base is those due (到会率 of 应到户代表), not ballots cast.
 */
export function householdsPresentLabel(label: string): boolean {
  return PRESENT.test(label.replace(/[\s,:：，]/g, ''));
}

const PRESENT =
  /(?:实到|实到会|实际到会|实际出席|出席会议|到会)的?(?:户代表|户数|户)?(?:总数|人数)?(?:共|为|有)?$/;

const BARE_CAME = /^(?:实到|实到会|实际出席)$/;
const DUE_IN = /应(?:到|到会|出席)的?户代表/;
/** 参加投票, 实际参加投票: those who voted, named by no one (not 参加投票的选民). */
const BARE_VOTED = /^(?:实际)?参加投票(?:的)?(?:人数)?(?:为|有|共)?$/;
/**
 * The sentence's words up to the count end with a clause stating the representatives registered or due,
 * counted in people, and 参加投票 right after it (`登记户代表2,310人，参加投票`).
 */
const REGISTERED_IN_PEOPLE_BEFORE =
  /(?:登记的?|应(?:参加投票|参加选举|到)的?)户代表(?:总数|人数)?(?:为|有|共)?\s*\d[\d,，]*\s*[人名位]\s*[，,]\s*(?:实际)?参加投票(?:的)?(?:人数)?(?:为|有|共)?\s*$/;

/**
 * A count of the electorate or the voters stated in households: counted in 户 or 戶 (应到户代表48户, 参加投票户代表648户,
 * 登记户代表1240户). Household representatives counted in people (应参加投票的户代表1640人) keep their 人.
 */
export function countedInHouseholds(text: string): boolean {
  return /\d[户戶]$/.test(text.trim());
}

/**
 * Whether the notice's own electorate and voters are counted in households: it states some, and every
 * one of them (its own election's, not a group's) is counted in households. A notice counting both
 * people and households has its counts taken back by the reader (settleHouseholds).
 */
export function electorateInHouseholds(figures: readonly AnnouncedFigure[]): boolean {
  const counts = figures.filter(
    (figure): figure is CountFigure =>
      figure.kind === 'count' &&
      (figure.meaning === 'registered' || figure.meaning === 'cast') &&
      figure.contest === null &&
      figure.among === undefined,
  );
  return counts.length > 0 && counts.every((figure) => countedInHouseholds(figure.origin.text));
}

/**
 * 全社区846户，参加投票的户代表812户, 全社区共有居民846户, 全村530户中有498户派代表参加投票: in an election by
 * households' representatives (one ballot a household), the whole place's households, then in the same
 * sentence those of them that voted, are the register those voters are of (the households that may send a
 * representative). Only the whole place's own count (全村, 本村, 全社区, 本社区, with 共有 and 居民, 村民 or
 * 住户), none of 户籍 (where people are registered) nor of some households (出租户, 外来户); and only when the
 * households that voted follow right after it: `全社区846户中有120户是出租户` or `全社区846户，常住人口2,310人`
 * keep the households a place's count, never the register.
 */
export function householdsThenTheirVoters(label: string, trailer: string, after: string): boolean {
  if (!WHOLE_PLACE_HOUSEHOLDS.test(label.replace(/[^\S\n]/g, ''))) return false;
  const words = (trailer + after).replace(/\s/g, '');
  return THEN_THEIR_VOTERS.test(words);
}

const WHOLE_PLACE_HOUSEHOLDS =
  /(?:^|[，,。；;：:\n])(?:全村|本村|全社区|本社区)(?:共有|共计|共|有)?(?:居民|村民|住户)?(?:户数)?[为有:：]?$/;
/**
 * Right after the households: 中有498户派代表参加投票, or ，参加投票的户代表812户 (实际参加投票的户数, 派代表参加投票的
 * 户812户), counted in 户: the representatives counted in people (参加投票的户代表1650人) may stand beside a register
 * of people, and the households are then not their base (void9-res r-05).
 */
const THEN_THEIR_VOTERS =
  /^(?:中有?|[,，]其中(?:有)?)\d[\d,]*户(?:派出?(?:了)?(?:户)?代表)?参加(?:了)?(?:本次|这次)?(?:选举)?投票|^[,，](?:实际)?(?:派出?(?:户)?代表)?参加(?:了)?(?:本次|这次)?(?:选举)?投票的?(?:户代表|户数|户)(?:为|有|共)?\d[\d,]*户/;
