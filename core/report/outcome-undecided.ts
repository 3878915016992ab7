import type { Lang } from '../model/finding.js';
import type { Report } from '../model/report.js';

/**
 * What a report's records leave undecided (finding OUTCOME_UNDECIDED): a ballot recorded more than once
 * with different marks may be another ballot keyed with a wrong number, and that could turn the
 * outcome either way. `validity`: whether the election is valid (the quorum, or ballots returned
 * against those issued or the voters); `winners`: who is elected in some contest.
 */
export interface UndecidedOutcome {
  readonly validity: boolean;
  readonly winners: boolean;
  /**
   * Present (true) when what leaves the winners undecided is not ballot records but a box's void count
   * above its returned ballots (`turnout.validUnknown`), under a pack whose threshold is of the valid
   * ballots: the next step is then to correct that count.
   */
  readonly voidCount?: true;
  /**
   * Present (true) when what leaves the winners undecided is an electorate nobody states (`turnout.registered`
   * null), under a pack whose threshold is of it (the members due to attend): the next step is to state it.
   */
  readonly electorateUnknown?: true;
}

/** What the records leave undecided, or null when they decide the outcome. */
export function undecidedOutcome(report: Report): UndecidedOutcome | null {
  const validity =
    report.turnout.quorumUndecided === true ||
    report.findings.some((finding) => finding.code === 'OUTCOME_UNDECIDED' && finding.contest === null);
  const winners = report.contests.some((contest) => contest.undecided === true);
  if (!validity && !winners) return null;
  const byRecords = validity || report.findings.some((finding) => finding.code === 'OUTCOME_UNDECIDED');
  if (byRecords) return { validity, winners };
  if (report.turnout.validUnknown === true) return { validity, winners, voidCount: true };
  if (report.turnout.registered === null) return { validity, winners, electorateUnknown: true };
  return { validity, winners };
}

/**
 * The headline an observer reads first, and the one thing to do next. The verdict stays
 * `discrepancies` (the contract's word); these say plainly that the result is not settled.
 */
export function undecidedWords(undecided: UndecidedOutcome, lang: Lang): { headline: string; next: string } {
  if (undecided.electorateUnknown)
    return lang === 'zh'
      ? {
          headline: '结果待定：未载明当选票数所依据的人数，无法确定谁当选',
          next: '当选票数所依据的人数（登记选民数，或应到会人数）没有载明。请在选举定义中写明 registeredVoters，或为每个票箱写明登记人数，然后重新核对。',
        }
      : {
          headline: 'Undecided: these sheets do not say how many the winners’ share is of',
          next: 'The number the winners’ share is of (the registered voters, or the members due to attend) is not stated. Give it as registeredVoters in the election definition, or as registered for every box, then check again.',
        };
  if (undecided.voidCount)
    return lang === 'zh'
      ? {
          headline: '结果待定：根据这些计票单，无法确定谁当选',
          next:
            '有票箱的无效票多于收回的选票（是哪个票箱、在文件的哪一格，见下面列出的问题），有效票因而未知，而当选须按有效票计算。' +
            '请对照该票箱的计票单原件改正无效票数，然后重新核对。',
        }
      : {
          headline: 'Undecided: these tally sheets cannot tell who is elected',
          next:
            'A box states more void ballots than it returned (which box, and which cell of which file: see the problems ' +
            'listed below), so the valid ballots are not known, and a seat is measured against them. Correct that void ' +
            'count against the box’s paper tally sheet, then check again.',
        };
  if (lang === 'zh')
    return {
      headline: undecided.validity
        ? '结果待定：根据这些记录，无法确定选举是否有效'
        : '结果待定：根据这些记录，无法确定谁当选',
      next:
        '有选票的记录重复出现，而且各次记的内容不同（是哪张选票、在文件第几行，见下面列出的问题）。' +
        '请在选票记录文件里找到这些重复的记录，对照选票原件改正，然后重新核对。',
    };
  return {
    headline: undecided.validity
      ? 'Undecided: these records cannot tell whether the election is valid'
      : 'Undecided: these records cannot tell who is elected',
    next:
      'A ballot was recorded more than once, with different marks each time (which ballot, and on which lines ' +
      'of the file: see the problems listed below). Find those repeated records in the ballot file, correct ' +
      'them against the paper ballots, then run the audit again.',
  };
}
