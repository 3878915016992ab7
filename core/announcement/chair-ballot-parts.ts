import {
  partHolds,
  type AnnouncedFigure,
  type CountFigure,
  type PartitionPart,
  type StatedPartition,
  type UnreadFigure,
} from './announced-figures.js';
import { digitsValue } from './parse-number.js';
import { sentenceAround } from './sentence-around.js';

/**
 * The chair's ballot told by what each ballot gave the post (`主任选票计票结果：刘国栋812票，王春生301票，另选他人31票，
 * 弃权12票。`): the chair (主任) has one seat by law, so a valid ballot gives it one vote for a candidate, one for
 * someone not on the ballot (另选他人), or none (弃权), and never two. The candidates' votes, the votes for
 * others and the abstentions together are therefore no more than the valid ballots (family `post-choices`,
 * rule `partition`). Not exactly the valid ballots: a ballot whose chair part is void (two names marked) is
 * still valid for the other posts and counts in none of the three.
 *
 * Only where plain: a line opening with the chair's heading (`主任：`, `主任选票计票结果：`, `村委会主任选举结果：`;
 * never 副主任 or a supervisory committee's chair), then to the end of its sentence nothing but pieces of one
 * name and its votes, `另选他人N票` and `弃权N票`, each count exact, one candidate at least and at least one of
 * the votes for others or abstentions (the candidates alone are summed by the arithmetic check already). The
 * valid ballots are the notice's one count of them, stated once in a sentence naming no post, and the
 * notice names no other round, no supervisory committee and no blank ballots (空白票, which a notice may
 * count among the invalid ballots and its post's abstentions alike), and says 弃权 on that line only.
 */

const INT = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)`;
/** The chair's heading at the start of a line, list number allowed. */
const HEADING =
  /^(?:(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])[ \t\u3000]?)?(?:村民委员会|村委会|居民委员会|居委会)?主任(?:选票)?(?:的)?(?:计票结果|选举结果|得票情况|投票结果|选举)?[：:]/gmu;
/** A candidate's votes: a name of two to four characters (a dot between parts allowed), 得票 optional. */
const CANDIDATE = new RegExp(
  String.raw`^([\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,4}·[\p{Script=Han}]{1,4})(?:得票)?(${INT})票$`,
  'u',
);
const OTHERS = new RegExp(String.raw`^(另选他人)(?:得票)?(${INT})票$`);
const ABSTAINED = new RegExp(String.raw`^(弃权)(?:票)?(${INT})票$`);
/** Words of a notice whose ballots are told otherwise: another round, another body, blank ballots. */
const OTHER_ACCOUNTS = /另行选举|补选|第二轮|第二次投票|重新投票|再次投票|监督委员会|监委会|空白/;

/**
 * The valid ballots named, save as the base of a share (`赞成票占有效票的94.71%`), which speaks of the same count
 * and states none.
 */
const VALID_NAMED = /(?<!占(?:全部)?)有效(?:选)?票/g;

/**
 * The notice's valid ballots, when they are read once, named once (有效票 or 有效选票 a single time) and stated
 * in a sentence that names no post (委员选票有效票… is that post's ballot only); else null.
 */
function theOneValidCount(folded: string, figures: readonly AnnouncedFigure[]): CountFigure | null {
  const valid = figures.filter(
    (figure): figure is CountFigure =>
      figure.kind === 'count' && figure.meaning === 'valid' && figure.contest === null,
  );
  const total = valid[0];
  if (valid.length !== 1 || !total?.origin.span || (folded.match(VALID_NAMED) ?? []).length !== 1)
    return null;
  return /主任|委员/.test(sentenceAround(folded, total.origin.span[0])) ? null : total;
}

export function chairBallotParts(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  if (!/主任/.test(folded) || !/另选他人|弃权/.test(folded) || OTHER_ACCOUNTS.test(folded)) return [];
  const total = theOneValidCount(folded, figures);
  if (total === null) return [];
  const found: StatedPartition[] = [];
  const abstained = (folded.match(/弃权/g) ?? []).length;
  for (const heading of folded.matchAll(HEADING)) {
    const start = heading.index + heading[0].length;
    const lineEnd = folded.indexOf('\n', start);
    const line = folded.slice(start, lineEnd < 0 ? folded.length : lineEnd);
    const stop = line.search(/。/);
    if (stop < 0 && line.trimEnd().length === 0) continue;
    const list = stop < 0 ? line.trimEnd() : line.slice(0, stop);
    // 弃权 said on this line only.
    const abstainedHere = (list.match(/弃权/g) ?? []).length;
    if (abstainedHere !== abstained) continue;
    const parts: PartitionPart[] = [];
    const kinds = new Set<string>();
    let at = start;
    let ok = true;
    for (const piece of list.split(/[，,、；;]/)) {
      const trimmed = piece.trim();
      const begin = at + (piece.length - piece.trimStart().length);
      at += piece.length + 1;
      const match = OTHERS.exec(trimmed) ?? ABSTAINED.exec(trimmed) ?? CANDIDATE.exec(trimmed);
      const kind = match?.[1];
      if (
        !match ||
        kind === undefined ||
        kinds.has(kind) ||
        /^(?:另选|弃权|反对|赞成)/.test(kind) !== (kind === '另选他人' || kind === '弃权')
      ) {
        ok = false;
        break;
      }
      kinds.add(kind);
      const end = begin + trimmed.length;
      parts.push({
        kind,
        value: digitsValue(match[2] ?? ''),
        span: [begin, end],
        text: original.slice(begin, end),
      });
    }
    const candidates = parts.filter((part) => part.kind !== '另选他人' && part.kind !== '弃权').length;
    if (!ok || candidates === 0 || candidates === parts.length) continue;
    found.push({ family: 'post-choices', total, parts, complete: false });
  }
  return found;
}

/**
 * A confirmation vote's choices for each candidate (等额 or 信任票: `主任候选人韩德明：赞成716票，反对82票，弃权36票；`):
 * a valid ballot marks each candidate on it once at most, for, against or abstaining, whatever the seats, so
 * the three counts of one candidate together are no more than the valid ballots (family `candidate-choices`,
 * rule `partition`). Not exactly the valid ballots: a notice may leave a candidate unmarked out of all three,
 * or count a ballot void for one candidate and valid for the others.
 *
 * Only where plain, with the guards of the chair's ballot above: one valid count, stated once in a sentence
 * naming no post; no other round, supervisory committee or blank ballots named (空白票 may be counted among
 * the abstentions and the invalid ballots alike); each line with the three opens with words naming one
 * candidate (no number among them) and holds nothing after the three but its end, or the candidate's outcome
 * (`，当选。`, `，当选为委员；`, `，未当选。`: words with no count, which say nothing of the ballots); the words of
 * one candidate may be the post's heading, then the name and a space (`主任：童国良 赞成604票，…`, a full-width
 * space as often); no words that the posts were voted on apart (BALLOTS_APART); 弃权 said on those lines only,
 * once on each (a 弃权票 of the notice's own account, beside its valid and invalid, may be blank ballots
 * that are not among the valid ones).
 */
/**
 * Words that the posts were voted on apart (主任、委员分别投票, 分开投票): the one valid count a notice states may then
 * be either ballot's, so no candidate's three are held to it; they are held to the voters who cast a ballot.
 */
const BALLOTS_APART = /分别投票|分开投票|分别进行投票|分别发放选票|分票选举/;
/** The post a candidate's line may say they won after the three (，当选为村民委员会委员): no count in it. */
const ELECTED_POST = String.raw`(?:(?:村民委员会|村委会|居民委员会|居委会)?(?:副主任|妇女委员|主任|委员|成员))`;
const CHOICES_LINE = new RegExp(
  String.raw`^([^\d\n：:，,；;。]{2,24}[：:]|${ELECTED_POST}[：:][ \t\u3000]*(?:[\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,4}·[\p{Script=Han}]{1,4})(?:[（(][男女][）)])?(?=[ \t\u3000]))[ \t\u3000]*赞成(?:票)?(${INT})票[，,、][ \t\u3000]*反对(?:票)?(${INT})票[，,、][ \t\u3000]*弃权(?:票)?(${INT})票(?:[，,][ \t\u3000]*(?:未当选|当选|落选)(?:为?${ELECTED_POST})?)?[ \t\u3000]*(?:[；;。][ \t\u3000]*)?$`,
  'gmu',
);

/**
 * The same three said in a sentence of their own after the candidate's name and 得 (`主任候选人王建军得赞成票2,701票，
 * 反对票97票，弃权票64票。`): the sentence opens with the name, after a post or 候选人 words at most (no number,
 * no 、 joining two names), and ends right after the three, or after the candidate's outcome.
 */
const CHOICES_SENTENCE = new RegExp(
  String.raw`(?:^|(?<=[。；;]))[ \t\u3000]*((?:[^\d\n：:，,；;。、]{0,16}候选人|${ELECTED_POST})?(?:[\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,4}·[\p{Script=Han}]{1,4})(?:[（(][男女][）)]|[ \t\u3000]+)?(?:同志)?(?:得|获得|获))赞成(?:票)?(${INT})票[，,、][ \t\u3000]*反对(?:票)?(${INT})票[，,、][ \t\u3000]*弃权(?:票)?(${INT})票(?:[，,][ \t\u3000]*(?:未当选|当选|落选)(?:为?${ELECTED_POST})?)?[ \t\u3000]*(?:[；;。]|$)`,
  'gmu',
);

/**
 * Where the posts were voted on apart, the voters who cast a ballot: every ballot of every post is within them,
 * so one candidate's three are too. Only a count read once (one value, of the whole election), named once
 * (参加投票 a single time), in a sentence naming no post; else null.
 */
function theOneVotersCount(folded: string, figures: readonly AnnouncedFigure[]): CountFigure | null {
  const cast = figures.filter(
    (figure): figure is CountFigure =>
      figure.kind === 'count' &&
      figure.meaning === 'cast' &&
      figure.contest === null &&
      figure.among === undefined &&
      figure.setting === undefined &&
      figure.scope === undefined,
  );
  const total = cast[0];
  if (cast.length !== 1 || !total?.origin.span || (folded.match(/参加投票/g) ?? []).length !== 1) return null;
  return /主任|委员/.test(sentenceAround(folded, total.origin.span[0])) ? null : total;
}

export function candidateChoiceParts(
  folded: string,
  original: string,
  figures: readonly AnnouncedFigure[],
): StatedPartition[] {
  if (!/赞成/.test(folded) || !/反对/.test(folded) || OTHER_ACCOUNTS.test(folded)) return [];
  const total = BALLOTS_APART.test(folded)
    ? theOneVotersCount(folded, figures)
    : theOneValidCount(folded, figures);
  if (total === null) return [];
  const lines = [...folded.matchAll(CHOICES_LINE), ...folded.matchAll(CHOICES_SENTENCE)];
  if (lines.length === 0 || (folded.match(/弃权/g) ?? []).length !== lines.length) return [];
  const found: StatedPartition[] = [];
  for (const line of lines) {
    const parts: PartitionPart[] = [];
    let at = line.index + (line[1]?.length ?? 0);
    for (const [index, kind] of ['赞成', '反对', '弃权'].entries()) {
      const begin = folded.indexOf(kind, at);
      const digits = line[index + 2] ?? '';
      const end = folded.indexOf('票', folded.indexOf(digits, begin) + digits.length) + 1;
      parts.push({ kind, value: digitsValue(digits), span: [begin, end], text: original.slice(begin, end) });
      at = end;
    }
    found.push({ family: 'candidate-choices', total, parts, complete: false });
  }
  return found;
}

/**
 * The unread numbers without those a chair's ballot sums (`另选他人26票`, `弃权21票`): each is judged as a part
 * of the valid ballots (family `post-choices`), so it is not also listed as a number not checked.
 */
export function withoutChairBallotParts(
  unread: readonly UnreadFigure[],
  partitions: readonly StatedPartition[],
): readonly UnreadFigure[] {
  const parts = partitions
    .filter((partition) => partition.family === 'post-choices' || partition.family === 'candidate-choices')
    .flatMap((partition) => partition.parts);
  if (parts.length === 0) return unread;
  return unread.filter((figure) => !parts.some((part) => partHolds(part, figure)));
}
