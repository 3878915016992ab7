import { isHanPersonName } from './person-name.js';

/**
 * 连任 (re-elected) declares a winner as 当选 does where it says the result of this election: right after
 * the votes it was won with (`易志以1450票连任村委会主任`, `得1,102票连任`), or as `连选连任` (elected and
 * re-appointed; `主任候选人易志得1450票，连选连任`). Such a 连任 is written 当选 in the folded text (and
 * `连选连任` as two spaces and 当选, the same length, so that offsets hold), and every reading of a
 * declaration applies to it. A 连任 of a term before (`易志已连任三届`, `连任以来`, `连任两届村主任`), or one
 * with no votes right before it and no 连选, is left as it stands: it declares nothing of this election.
 */
export function reelectionAsElected(folded: string): string {
  const again = folded.includes('重新当选')
    ? folded.replace(ELECTED_AGAIN, againAsElected).replace(AGAIN_AFTER_VOTES, '$1  ')
    : folded;
  if (!again.includes('连任')) return again;
  return again
    .replace(REELECTED, (found: string, chosen: string | undefined) =>
      chosen === undefined ? `${found.slice(0, -2)}当选` : `${found.slice(0, -4)}  当选`,
    )
    .replace(REELECTED_TO_POST, (found: string, at: number, whole: string) =>
      PAST_TERMS.test(whole.slice(at, at + PAST_TERMS_REACH).split(SENTENCE_END_MARK)[0] ?? '')
        ? found
        : '当选',
    );
}

/**
 * 王林重新当选为村民委员会主任, 李梅、赵强重新当选为委员, 主任候选人王林得票600票，重新当选: 重新 (again) right
 * after a name that opens its clause (two to four characters after a clause mark, a line's start, a colon or a
 * post's 候选人; 同志 or the sex in brackets after it) says how the name was elected, as 再次 does, and is written as two spaces (the same length,
 * so that offsets hold): the name is declared, and votes after the declaration are the name's. Before, 重新
 * was read as the end of the name (王林重新) or as 新当选 (the newly elected), and no one was declared. A
 * 重新当选 after words that are no name (本届重新当选3人, 全村重新当选的, 其中重新当选) is left as it stands.
 */
const ELECTED_AGAIN =
  /((?:^|[\n，,。；;：:、]|候选人)[^\S\n]{0,3})([\u3400-\u9fff·]{2,4}?)((?:同志)?(?:[（(][男女][）)])?[^\S\n]{0,3})重新(?=当选)/g;
/** 王林得票600票，重新当选为村民委员会主任: 重新当选 opening its clause, the committee's post after it. */
const AGAIN_AFTER_VOTES =
  /([，,；;][^\S\n]{0,3}(?:均|都)?)重新(?=当选为?(?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副主任|主任|妇女委员|委员|成员))/g;
/** Words of a place, a term or a group before 重新当选 (本届, 全村, 该社区): no name. */
const NO_NAME_OPENING =
  /^(?:全|本|各|该|此|今|当|上|新|其|共|均|都)(?:村|届|次|组|社区|镇|乡|街道|年|体|中|有)/;
function againAsElected(found: string, before: string, name: string, after: string): string {
  if (NO_NAME_OPENING.test(name) || !isHanPersonName(name)) return found;
  return `${before}${name}${after}  `;
}

/**
 * 张三连任村委会主任。, 李梅、赵强连任村民委员会委员，: with no votes before it, a 连任 declares this election's
 * winner only in this shape — the names opening their clause (two to four characters after a clause mark,
 * a line's start or a colon), 连任, the committee's post and the clause's end — and not where the sentence
 * then speaks of the terms served (以来, 至今, 届, 年来 …: 张三连任村委会主任，至今已12年). 连任三届,
 * 连任失败, 连任率 and 已连任 are no such shape.
 */
const REELECTED_TO_POST =
  /(?<=(?:^|[\n，,。；;：:、])[^\S\n]{0,3}[\u3400-\u9fff·]{2,4})连任(?=(?:村民委员会|居民委员会|社区居委会|村委会|居委会)?(?:副主任|主任|委员|成员)[^\S\n]{0,3}(?:[，,。；;\n]|$))/g;
/** Words of terms served before, in the rest of the sentence: the 连任 is no result of this election. */
const PAST_TERMS = /以来|至今|期间|年来|多年|届|任期内|历任|曾|已经|已有|之前|此前/;
const PAST_TERMS_REACH = 60;
const SENTENCE_END_MARK = /[。！？!?\n]/;

/**
 * The votes' 票 (with a few spaces, 的高票 or 的绝对优势 between) or 连选 before 连任, and no number after it
 * (a count of terms, 三届, 6年, or of people, as summaries count those re-elected: 连选连任38人), no colon
 * or bracket (连选连任：31名, a summary's label), no 以来,
 * 期间, 后, 至今, 的, 者, 率, 人数 or 比例, and no word saying it failed (以310票连任失败, 连任未果, 连选连任落空:
 * a chair who was not re-elected).
 */
const REELECTED =
  /(?:票[^\S\n]{0,2}(?:的?(?:绝对优势|高票)[^\S\n]{0,2})?|(连选))连任(?![^\S\n]*(?:[:(\d一二两三四五六七八九十多]|以来|期间|后|之后|至今|的|者|率|人数|比例|人员|成员|失败|未果|未成|落空|受挫|无望))/g;
