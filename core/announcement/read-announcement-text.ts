import { inPartListAfter } from './part-list-continued.js';
import { sharesOfNamedHouseholds } from './shares-of-named-households.js';
import { sharesOfAttendingRepresentatives } from './shares-of-attending-representatives.js';
import { shortOfHalfRounds } from './short-of-half-rounds.js';
import { withNamesInTwoScripts } from './names-in-two-scripts.js';
import { candidatesRegistering, countFirstItemNoun } from './candidates-registering.js';
import { noticeDays } from './notice-dates.js';
import { withEnglishQuotes } from './english-quote-extent.js';
import { withPlainEnglishCounts } from './english-votes-cast.js';
import { scriptHalves } from './script-halves.js';
import { pushAll } from '../model/long-lists.js';
import type { Election } from '../model/election.js';
import type {
  InvalidNamedTwice,
  AddedGroup,
  AnnouncedFigure,
  AnnouncedFigures,
  AnnouncedContest,
  CountFigure,
  CountMeaning,
  GroupFigure,
  PercentFigure,
  ShareTerm,
  TextSpan,
  UnreadFigure,
  UnreadReason,
  VotesFigure,
} from './announced-figures.js';
import { countsThoseNotVoting } from './not-voting.js';
import { flattenedTablesUnread, winnerListsUnread, withWinnersListed } from './winners-list.js';
import { withHeadingPost, withTitlePost } from './heading-post.js';
import { COMMITTEE_WORDS } from './body-words.js';
import { NUMBERS_READ, UNREAD_KEPT } from './announced-figures.js';
import {
  GROUP_HEADING,
  PART_MARK,
  POSTS,
  PLACE_NOUN,
  DUE_VOTERS,
  PLAIN_BALLOT_COUNT,
  BALLOTS_COUNTED_TOGETHER,
  countMeaningOf,
  electorateInOtherWordsOnly,
  electorateNamedAfter,
  electorateThenItsVoters,
  someVotersAmongElectorate,
  someOfTheVotersWhoVoted,
  VOTED_AFTER,
  meaningWordsOf,
  namedOnlyByStanding,
  groupLabel,
  LIST_MARK,
} from './figure-words.js';
import { normalizeText } from './normalize-text.js';
import { votingMembersUncertain } from './english-voting-members.js';
import { bareVotersLabel } from './english-bare-voters.js';
import { quoteWindow } from './quote-window.js';
import { PERSON_BRACKET_LONGEST, personBracket } from './person-bracket.js';
import { noticeTitle } from './notice-title.js';
import { titleOnItsOwnLine } from './title-line.js';
import {
  communityElectionsOnlyWords,
  placesLeftOutWords,
  villageElectionsOnlyWords,
} from './villages-only.js';
import { placesReportedWords } from './places-reported.js';
import { wholeNumber } from './parse-number.js';
import { contestResolver } from './resolve-contest.js';
import { readVoteTables } from './read-vote-table.js';
import { withEnglishVoteTables } from './read-english-vote-table.js';
import {
  ELECTORS_WHO_VOTED,
  OPENS_CLAUSE,
  REGISTERED_WHO_VOTED,
  ballotsCastAfter,
} from './english-count-words.js';
import { type HeadedSpan, englishHeadedSpans, headingAt, nameAlone } from './english-votes-heading.js';
import { ENGLISH_VOTES_LABEL } from './english-candidate-votes.js';
import { englishNumberWords } from './english-number-words.js';
import { rowNumberStarts } from './row-numbers.js';
import { chengAside, numbersReadUpTo, scanNumbersUpTo, type NumberToken } from './scan-numbers.js';
import { segmentText, type Sentence } from './segment-text.js';
import { statedPartitions } from './stated-partitions.js';
import { placeBallotAccounts, stationsSummedLater, withoutSummedPlaces } from './polling-place-sums.js';
import { ageBandPartitions } from './age-band-partitions.js';
import {
  countsAfterBareMark,
  ownRounds,
  ownVoidForTurnoutWords,
  voidForTurnoutWords,
  withSettings,
} from './mention-settings.js';
import { votesOfUnstatedRound } from './table-round-unstated.js';
import { candidateChoiceParts, chairBallotParts, withoutChairBallotParts } from './chair-ballot-parts.js';
import { registerBalances, registerChanges, withoutSummedChanges } from './register-changes.js';
import { runoffToCome } from './runoff-to-come.js';
import { supervisorsChosenApart, supervisorsOnOneBallot } from './supervisors-chosen-apart.js';
import { meetingAttendance } from './meeting-attendance.js';
import { indexAtOrAfter } from './sorted-positions.js';
import { recallVoteWords } from './recall-vote.js';
import { englishBallotsSplit } from './english-ballots-split.js';
import { englishChoicesOfValid } from './english-choices-of-valid.js';
import { KINDS_LIST_OPENS, kindsOfInvalid, withKindsOfInvalid } from './kinds-of-invalid.js';
import {
  blankNegatedRounds,
  onlyFirstRoundWords,
  POST_BALLOT_START,
  REVOTE_WORDS,
  roundNamed,
  RUNOFF_WORDS,
  tieRevoteWords,
  overHalfOfVotersClaims,
} from './round-words.js';
import { recallBallotPartition } from './recall-ballots.js';
import { hongKongWords } from './hong-kong-election.js';
import { votedAfterPeople, votedAmongTheRegister } from './voted-after.js';
import { entitledBeforeTheirVoters, totalBallotsOfTheVote } from './traditional-turnout-words.js';
import { townshipOfCountedPlaces } from './township-summary.js';
import { wayOrPlaceOfVotingAfter } from './english-way-of-voting.js';
import { baseCountedInShare, placeOpening } from './summary-bases.js';
import { SummaryTotals } from './summary-totals.js';
import { withShareRecall } from './share-recall-stage.js';
import { ageChanges } from './age-changes.js';
import { candidateMargins } from './candidate-margin.js';
import { voteMargins } from './vote-margins.js';
import { pointChanges } from './point-changes.js';
import { writtenCalculations } from './written-calculations.js';
import { sharesOfGroupsOfBase } from './group-of-base-shares.js';
import { registrationRates } from './registration-rate.js';
import { seatPartitions, seatsLeftToFill } from './seat-partition.js';
import { readShareTables } from './read-share-table.js';
import { readSummaryTables } from './read-summary-table.js';
import { countOfShareInBrackets } from './count-of-share.js';
import {
  atAnotherTime,
  isYearInEnglish,
  otherTimeWords,
  soFarAfter,
  textTimes,
  type TextTimes,
} from './english-other-time.js';
import {
  chinesePlaceHeadings,
  englishPlaceAt,
  englishPlaceHeadings,
  ofSomePlaces,
  SOME_PLACES_REACH,
  type PlaceHeading,
} from './english-places.js';
import { isCorrection } from './correction-sentence.js';
import { inlineCorrections, type InlineCorrection } from './inline-corrections.js';
import { withExactCountsInBrackets } from './exact-count-in-bracket.js';
import { withStatedThresholds } from './stated-threshold.js';
import {
  HOUSEHOLD_ELECTION,
  householdCountMeaning,
  householdsThenTheirVoters,
  NAMES_HOUSEHOLD_REPRESENTATIVES,
  householdRepresentativesInPeople,
  householdsPresentLabel,
} from './household-counts.js';
import { closesRespectiveList, totalOfHeadedList, totalOfListBefore } from './list-total.js';
import { englishRespectiveVotes } from './english-respective-votes.js';
import { englishWinnerShapes } from './english-winner-shapes.js';
import type { EnglishRespectiveEntry } from './sentence-state.js';
import {
  REPRESENTATIVES_NAMED,
  REPRESENTATIVES_PRESENT,
  electedByRepresentatives,
  electionUnitOf,
  supervisoryCommitteeByRepresentatives,
  representativeCountMeaning,
  voterUnitOf,
  englishVoterUnit,
  EN_REPRESENTATIVES_CAME,
  EN_OF_BEFORE_REPRESENTATIVES,
  type VoterUnit,
} from './representative-counts.js';
import { NEXT_SHARE, type SentenceState } from './sentence-state.js';
import { CHANGE, CHANGED_TO, LAST_TERM_FIGURE, changeGoesOn } from './change-words.js';
import { electorSentences } from './elector-sentences.js';
import {
  NUMBERED_PART,
  OPENS_WITH_TOTAL,
  lastNumberedPart,
  partHeading,
  REFERS_BACK_TO_PART,
  OWN_PLACE_REACH,
  PART_OPENING_REACH,
  POLLING_STATION,
  VENUE_AND_BOX,
  englishGroupNoun,
  englishPartOpening,
  englishPlaceAfterCount,
  englishPlaceAfterShare,
  englishPlaceMidSentence,
  ownOrPlace,
  englishPlaceOpening,
  englishWiderPlace,
  placeBefore,
  namesProxies,
  onlyVillageNamed,
  placeScope,
  kindOpeningList,
} from './place-scope.js';
import { readElected } from './elected-names.js';
import { ENGLISH_PEOPLE_AFTER, groupFigure } from './group-figure.js';
import {
  SUBSET_OPENING_REACH,
  amongOf,
  englishVoterSubset,
  subsetBefore,
  voterSubsetOf,
  chineseVoterSubset,
  groupBeforeItsVoters,
  groupNamedBeforeVerb,
} from './voter-subset.js';
import {
  BALLOTS_OF_VOTES,
  describedNameBefore,
  englishNameThenComma,
  marginAfter,
  respectiveList,
  votesFigure,
  votesOfShareBefore,
} from './candidate-votes.js';
import { percentFigure } from './percent-figure.js';
import { placesAmong } from './places-among.js';
import { placeLabel } from './english-places.js';
import { bothKindsSummed, placesElidedAfterTotal } from './places-elided.js';
import { bodiesSummed } from './bodies-summed.js';
import { countPerUnit, countRightAfterUnit } from './per-unit.js';
import { validStatedAsPartOfBallots } from './english-valid-ballots.js';
import { noteAttendance } from './attendance-base.js';
import { paragraphEnds } from './paragraph-ends.js';
import { villageBlockRanges, withBlockScopes, withStationsSummedVoters } from './village-block-scopes.js';
import { withOffsetsInto, withoutInvisibles } from './invisible-characters.js';
import { withoutCopyResidue } from './copy-residue.js';
import { withWordsWhole } from './words-across-lines.js';
import { GroupsStatedOnce } from './named-rate-base.js';
import { votersAfterTurnout } from './voters-after-turnout.js';
import { rateNotes } from './rate-note.js';
import { sexMarks } from './sex-marks.js';
import { womenSeatsStated } from './women-seats.js';
import { reelectionAsElected } from './reelection-words.js';
import { orderNotesAsSpace } from './order-notes.js';
import { labelColonAsSpace } from './label-colon.js';
import {
  labelLinesJoined,
  numbersUnderStackedLabels,
  otherBodyHeadingsAt,
  roundHeadingsAt,
  villageBlockNames,
  villageBlockNamesInProse,
} from './label-lines.js';
import { firstStartingAfter } from './text-places.js';

/**
 * Reads the figures of an announcement written as prose (Chinese, simplified or traditional, or
 * English): each number gets a meaning from the words before it (or, failing that, after it) within
 * its clause, or is listed as unread. See docs/announcement.md for the patterns.
 */
/** How many figures starting before a place are looked at for the one whose words hold it (figureHolding). */
const HOLDING_LOOKBACK = 8;

export function readAnnouncementText(written: string, election?: Election): AnnouncedFigures {
  // Zero-width spaces, soft hyphens and the like, which no reader sees (invisible-characters.ts).
  const visible = withoutInvisibles(written);
  if (visible === null) return readVisibleText(written, election);
  return withOffsetsInto(readVisibleText(visible.text, election), visible);
}

function readVisibleText(written: string, election?: Election): AnnouncedFigures {
  // Page headers and footers and an article's counters are no figures (copy-residue.ts).
  const titled = titleOnItsOwnLine(written);
  const residue = withoutCopyResidue(titled, normalizeText(titled));
  // A count's words a line break cuts in two (有效⏎票1990张) are read whole (words-across-lines.ts).
  const whole = withWordsWhole(residue.text, residue.folded);
  const text = whole.text;
  // 以1450票连任, 连选连任: a declaration of this election's winner, read as 当选 (reelection-words.ts).
  // 得票数：1450, 得票率：82.39%: the colon after a candidate's label read as a space (label-colon.ts).
  // A sex written in brackets after a name (王芳（女）当选委员) is kept apart and blanked, so that the
  // name reads as one (sex-marks.ts).
  // 王林、李红（按得票多少为序）当选: a note on the list's order is blanked (order-notes.ts).
  // 登记选民数 ⏎ 1,630: a report form's label on its own line and its count on the next, read as one line
  // (label-lines.ts).
  // 参加投票人数2,897人有误，更正后为2,987人: a correction naming the count it corrects, read as that count with
  // its words blanked, the wrong value kept apart (inline-corrections.ts).
  const sexed = sexMarks(
    labelColonAsSpace(reelectionAsElected(orderNotesAsSpace(labelLinesJoined(whole.folded)))),
  );
  const marks = sexed.marks;
  const { folded, corrections, blanks: correctionBlanks } = inlineCorrections(sexed.folded);
  // Past NUMBERS_READ numbers, tables and prose counted together in text order, the text is not read,
  // its numbers only counted: memory stays bounded. A table the bound cuts is read up to it, as prose is.
  const bound = numbersReadUpTo(folded, NUMBERS_READ);
  const beyond = bound !== null && bound.more > 0 ? bound : null;
  const cutAt = beyond?.cut ?? folded.length;
  const tableText = cutAt < text.length ? text.slice(0, cutAt) : text;
  const tableFolded = cutAt < folded.length ? folded.slice(0, cutAt) : folded;
  // Stage one: results written as tables (姓名 | 得票数 | 得票率 | 是否当选); the prose reader then reads
  // the rest with the tables blanked out (offsets kept).
  const resolveContest = contestResolver(election);
  const names = candidateNames(election);
  const tables = withEnglishVoteTables(
    readVoteTables(tableText, tableFolded, resolveContest, names),
    tableText,
    tableFolded,
    resolveContest,
    names,
  );
  // A statistical table's share row whose base the table proves (read-share-table.ts).
  const shareTables = readShareTables(tableText, tableFolded);
  // A summary table whose columns its heading names (read-summary-table.ts), where no table above is.
  const summaryTables = readSummaryTables(
    tableText,
    blankSpans(tableFolded, sortedSpans(tables.spans, shareTables.spans)),
  );
  const tableSpans = sortedSpans(tables.spans, shareTables.spans, summaryTables.spans);
  // A list's row numbers under 序号 (row-numbers.ts): no figures, but the notice is no text without numbers.
  const rowNumbers = rowNumberStarts(tableFolded).size;
  const prose = blankSpans(folded, tableSpans);
  const reader = new TextReader(
    text,
    prose,
    election,
    tables.figures.filter((figure): figure is VotesFigure => figure.kind === 'votes'),
  );
  // The prose's numbers before the bound: those found above when no table was blanked out of the text
  // (the same text), else its own, each before the cut (there are no more of them than NUMBERS_READ).
  const numbers = bound !== null && tableSpans.length === 0 ? bound : scanNumbersUpTo(prose, NUMBERS_READ);
  const end = Math.min(cutAt, numbers.cut);
  const readable = end < prose.length ? prose.slice(0, end) : prose;
  const tokens = end < numbers.cut ? numbers.tokens.filter((token) => token.span[0] < end) : numbers.tokens;
  // 七成, 近三成: shares in 成 that are no exact figure, listed unread apart from the clauses' numbers.
  const aside = tokens.filter(chengAside);
  const sentences = segmentText(
    readable,
    aside.length > 0 ? tokens.filter((token) => !chengAside(token)) : tokens,
  );
  reader.correctionBlanks(correctionBlanks);
  for (const sentence of sentences) reader.readSentence(sentence);
  reader.listAside(aside, sentences);
  reader.settleCorrections(
    corrections.filter((one) => one.corrected[1] <= end),
    sentences,
  );
  reader.countBeyond('past-limit', beyond?.more ?? numbers.more);
  reader.settleHouseholds();
  reader.settleSharesOfNamedHouseholds();
  // 东湾村：村务监督委员会…有效票29张；参加投票876人: counts after a bare ； closing another body's vote, whose body
  // the words do not say (mention-settings.ts): listed unread, never compared with either body's.
  reader.unreadBodyUnstated(countsAfterBareMark(readable, sentences, reader.keptFigures()), sentences);
  reader.settleSharesOfAttending();
  reader.listNumberWords(readable, sentences);
  const title = noticeTitle(text);
  const villagesOnly = villageElectionsOnlyWords(readable, title);
  const communitiesOnly = communityElectionsOnlyWords(readable, title);
  const placesReported = placesReportedWords(readable);
  const partitions = [
    ...statedPartitions(readable, text, sentences, reader.keptFigures()),
    ...ageBandPartitions(reader.keptFigures()),
    ...summaryTables.partitions,
    ...(tables.partitions ?? []),
  ];
  const toCome = runoffToCome(readable, sentences, reader.keptFigures());
  const tieRevote = tieRevoteWords(readable);
  const overHalfClaims = tieRevote === undefined ? [] : overHalfOfVotersClaims(readable);
  const voidForTurnout = voidForTurnoutWords(readable, sentences, reader.keptFigures());
  const ownVoid =
    voidForTurnout === undefined
      ? ownVoidForTurnoutWords(text, readable, sentences, reader.keptFigures())
      : undefined;
  const settled = inTextOrder(
    tableVotesSettings(tables.figures, readable, sentences, reader.keptFigures()),
    withSettings(readable, sentences, reader.keptFigures(), toCome !== undefined),
  );
  const placeAccounts = placeBallotAccounts(readable, text, sentences);
  // 东湖村 ⏎ 登记选民数 ⏎ 1,520 … 西岭村 ⏎ 登记选民数 ⏎ 984: a township's report form, a block for each village.
  // 东湾村：参加投票1230人，有效票1200张…。 西岭村：参加投票880人…: a summary in prose, a block for each village.
  const formBlocks = villageBlockNames(readable);
  const villageBlocks = formBlocks.length > 1 ? formBlocks : villageBlockNamesInProse(readable);
  const leftOut = villageBlocks.length > 1 ? placesLeftOutWords(readable) : undefined;
  const electors = electorSentences(readable);
  pushAll(partitions, stationsSummedLater(readable, text, sentences, settled, placeAccounts, partitions));
  // A runoff its title names but still to come is not the round the notice reports.
  const round = toCome === undefined ? ownRounds(readable, reader.keptFigures()) : '';
  const recall = recallVoteWords(readable);
  const firstRoundOnly = onlyFirstRoundWords(readable);
  const chosenApart = supervisorsChosenApart(readable);
  const oneBallot = supervisorsOnOneBallot(readable);
  const recallBallots = recallBallotPartition(readable, text, settled, recall);
  if (recallBallots) partitions.push(recallBallots);
  pushAll(partitions, englishBallotsSplit(readable, text, settled));
  // `Of the 2,852 valid ballots, 2,701 were in favour, 87 against and 64 abstentions`: no more than the valid ones.
  pushAll(partitions, englishChoicesOfValid(readable, text, settled));
  // 无效票10张（其中空白票4张、多选票6张）: the kinds of the invalid ballots, each no more than them.
  const invalidKinds = kindsOfInvalid(readable, text, settled);
  pushAll(partitions, invalidKinds.partitions);
  pushAll(partitions, registerChanges(readable, text, settled, reader.unreadInOrder()));
  // 主任选票计票结果：刘国栋812票，…，另选他人31票，弃权12票: no more than the valid ballots (chair-ballot-parts.ts).
  pushAll(partitions, chairBallotParts(readable, text, settled));
  // 主任候选人韩德明：赞成716票，反对82票，弃权36票: each candidate's three no more than the valid ballots.
  pushAll(partitions, candidateChoiceParts(readable, text, settled));
  const hongKong = hongKongWords(readable);
  // 由户代表组成的村民会议…全村共1,200户，到会户代表700人: a meeting's attendance, held to its quorum (meeting-attendance.ts).
  const meetings = meetingAttendance(readable, text);
  const halves = scriptHalves(text);
  // 委员（应选3名，其中妇女委员1名）: the women the notice's seats must hold (women-seats.ts).
  const womenSeats = womenSeatsStated(readable, text);
  // 当选名单： over lines of posts and votes declares them (winners-list.ts).
  // 主任选举结果： on its own line over a block of votes names their contest (heading-post.ts).
  // A candidate named again in letters in a translation (Pang Haiyan of 庞海燕) is one candidate
  // (names-in-two-scripts.ts).
  // `57 of the 63 representatives attended`: the report quotes `57 of the 63 representatives attended`,
  // not the span's `57 of the` (english-quote-extent.ts).
  // `with 1,402 of 1,630 registered voters casting ballots.`, `Li Hua won the chair with 812 of 1,402 votes
  // cast.`: counts stated plainly, which alone are compared (english-votes-cast.ts).
  // 西岭村：登记选民1,206人。…合计988人，参选率81.92%。 ⏎ 南塘村：…: a block's later sentences are still its
  // village's (village-block-scopes.ts).
  const blockRanges = villageBlockRanges(readable, formBlocks.length > 1 ? [] : villageBlocks);
  const scopedFigures = withBlockScopes(
    withPlainEnglishCounts(
      withEnglishQuotes(
        withNamesInTwoScripts(
          withWinnersListed(
            readable,
            text,
            withTitlePost(folded, withHeadingPost(folded, settled)),
            resolveContest,
          ),
        ),
        text,
      ),
      text,
    ),
    blockRanges,
  );
  // 东湾村：登记选民1,206人。中心会场参加投票612人，流动票箱投票376人，合计988人: the block's voters are its places' sum.
  const figures = withStationsSummedVoters(scopedFigures, partitions, readable, blockRanges);
  const listsUnread = winnerListsUnread(readable, figures);
  const days = noticeDays(folded, text);
  let read: AnnouncedFigures = {
    ...(days.voting.length > 0 || days.signed ? { days } : {}),
    ...(listsUnread > 0 ? { winnerListsUnread: listsUnread } : {}),
    ...(reader.invalidNamedTwice.length > 0 ? { invalidNamedTwice: reader.invalidNamedTwice } : {}),
    ...addedGroupsOf(reader.addedGroups, figures),
    ...(title === undefined ? {} : { title }),
    ...(villagesOnly === undefined ? {} : { villageElectionsOnly: villagesOnly }),
    ...(communitiesOnly === undefined ? {} : { communityElectionsOnly: communitiesOnly }),
    ...(placesReported === undefined ? {} : { placesReported }),
    ...(round === '' ? {} : { ownRound: round }),
    ...(toCome === undefined ? {} : { runoffToCome: toCome }),
    ...(tieRevote === undefined ? {} : { tieRevote }),
    ...(overHalfClaims.length === 0 ? {} : { overHalfClaims }),
    ...(voidForTurnout === undefined ? {} : { voidForTurnout }),
    ...(ownVoid === undefined ? {} : { ownVoidForTurnout: ownVoid }),
    ...(tables.shortOfHalf
      ? { shortOfHalfRows: shortOfHalfRounds(folded, figures, tables.shortOfHalf) }
      : {}),
    ...(firstRoundOnly === undefined ? {} : { firstRoundOnly }),
    ...(recall === undefined ? {} : { recallVote: recall }),
    ...(chosenApart === undefined ? {} : { supervisorsChosenApart: chosenApart }),
    ...(oneBallot === undefined ? {} : { supervisorsOnOneBallot: oneBallot }),
    ...(hongKong === undefined ? {} : { hongKong }),
    ...(meetings.length > 0 ? { meetingAttendance: meetings } : {}),
    ...(rowNumbers > 0 ? { rowNumbers } : {}),
    ...(halves === undefined ? {} : { halves }),
    ...(marks.length > 0 ? { sexMarks: marks } : {}),
    ...(womenSeats.length > 0 ? { womenSeats } : {}),
    figures,
    unread: withKindsOfInvalid(
      withoutChairBallotParts(
        withoutSummedChanges(
          withoutSummedPlaces(
            inTextOrder(
              inTextOrder(inTextOrder(tables.unread, summaryTables.unread), reader.unreadInOrder()),
              flattenedTablesUnread(readable, text),
            ),
            partitions,
            placeAccounts,
          ),
          partitions,
        ),
        partitions,
      ),
      invalidKinds,
    ),
    ...(partitions.length > 0 ? { partitions } : {}),
    ...(placeAccounts.length > 0 ? { placeAccounts } : {}),
    ...(villageBlocks.length > 1 ? { villageBlocks } : {}),
    ...(villageBlocks.length > 1 && leftOut !== undefined ? { blocksLeftOut: leftOut } : {}),
    ...(blockRanges !== null ? { villageBlockSpans: blockRanges } : {}),
    ...(electors.length > 0 ? { electorSentences: electors } : {}),
    ...(reader.unreadBeyond.count > 0 ? { unreadBeyond: reader.unreadBeyond } : {}),
  };
  // 另行选举的时间另行公告 … 2026年6月8日: no figure read nor listed, yet numbers stand in it (dates, times).
  const numbersNoFigure =
    read.figures.length === 0 && read.unread.length === 0 && reader.unreadBeyond.count === 0
      ? digitRuns(folded)
      : 0;
  if (numbersNoFigure > 0) read = { ...read, numbersNoFigure };
  // 登记选民数 ⏎ 参加投票人数 ⏎ 1,630 ⏎ 1,402: labels stacked over their numbers, which pair in no certain order.
  read = withLabelsApart(read, folded);
  // 登记选民12.36万人（123,640人）: the exact count in the bracket, a second mention of the count in 万.
  read = withExactCountsInBrackets(read, folded, text);
  // 候选人得票须过参加投票人数的半数（即738票）方可当选: a rule's threshold, not a count nor anyone's votes.
  read = withStatedThresholds(read, folded, text);
  // Shares judged where the text proves their base (share-recall-stage.ts): a table's share rows, a
  // candidate's share in brackets, calculations written out.
  return withShareRecall(read, {
    tableFigures: [
      ...shareTables.figures,
      ...summaryTables.figures,
      ...ballotTotalsUnstated(summaryTables.ballotTotals, reader.keptFigures()),
    ],
    voteSharesOfEither: [...reader.voteSharesOfEither, ...(tables.sharesOfEither ?? [])],
    calculations: [
      ...writtenCalculations(readable, text),
      ...candidateMargins(readable, text),
      ...voteMargins(readable, text, read.figures, read.unread),
      ...registrationRates(readable, text),
      ...sharesOfGroupsOfBase(readable, text),
      ...seatPartitions(readable, text),
      ...seatsLeftToFill(readable, text),
      ...registerBalances(readable, text),
    ].sort((a, b) => a.span[0] - b.span[0]),
    pointChanges: pointChanges(readable, text),
    ageChanges: ageChanges(readable, text),
    rateNotes: { notes: rateNotes(folded, electedByRepresentatives(folded)), text },
  });
}

/** Numbers left of no meaning under labels stacked on their own lines: unread as `labels-apart`. */
function withLabelsApart(read: AnnouncedFigures, folded: string): AnnouncedFigures {
  if (!read.unread.some((figure) => (figure.reason ?? 'no-meaning') === 'no-meaning')) return read;
  const starts = numbersUnderStackedLabels(folded);
  if (starts.size === 0) return read;
  return {
    ...read,
    unread: read.unread.map((figure) =>
      (figure.reason ?? 'no-meaning') === 'no-meaning' && starts.has(figure.span[0])
        ? { ...figure, reason: 'labels-apart' }
        : figure,
    ),
  };
}

/** How far back a count's own clause is looked for (as a count's words: 64 characters before it). */
/** The words of the votes against a candidate or of abstentions right before their count (，反对票80票). */
const AGAINST_VOTES = /(?:^|[，,、；;\s])(?:反对票?|弃权票?)(?:数|为)?\s*$/;
/** Votes for a candidate said as votes for in a yes-or-no vote (张伟得赞成票1100票). */
const YES_VOTES = /赞成票/;
const OWN_CLAUSE_REACH = 64;

/**
 * Whether a share stands alone on its line after a bare label of turnout (📊 参选率：87.70%, 投票率 87.70%):
 * nothing but marks and symbols before the label, nothing but marks after the share. Bounded windows.
 */
function bareTurnoutLine(folded: string, span: TextSpan): boolean {
  const before = folded.slice(Math.max(0, span[0] - 24), span[0]);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const after = folded.slice(span[1], span[1] + 8);
  const rest = after.slice(0, after.includes('\n') ? after.indexOf('\n') : after.length);
  return BARE_TURNOUT_LABEL.test(line) && /^[\s。.;；,，)）]*$/.test(rest);
}

const BARE_TURNOUT_LABEL =
  /^[^\p{Script=Han}\d\n]{0,8}(?:参选率|投票率|参投率|参选比例)[^\S\n]{0,2}(?:[：:]|为|是)?[^\S\n]{0,2}$/u;

/** How many runs of digits a text holds. */
function digitRuns(folded: string): number {
  return folded.match(/\d+/g)?.length ?? 0;
}

/**
 * The 合计 row of a table of every polling place (read-summary-table.ts) as the election's registered
 * voters, voters and ballots issued, returned, valid and invalid, where the prose states none of its
 * own: the voters and the ballots returned are taken only when the prose states neither (either may be
 * what a turnout is of), the others each only when it states none of that count.
 */
function ballotTotalsUnstated(
  totals: readonly CountFigure[],
  prose: readonly AnnouncedFigure[],
): CountFigure[] {
  if (totals.length === 0) return [];
  const stated = (meaning: CountMeaning) =>
    prose.some((figure) => figure.kind === 'count' && figure.meaning === meaning);
  const voters = stated('cast') || stated('returned');
  return totals.filter((total) =>
    total.meaning === 'cast' || total.meaning === 'returned' ? !voters : !stated(total.meaning),
  );
}

/** The election's candidate names, folded, for telling names from words. */
function candidateNames(election?: Election): Set<string> {
  return new Set(
    (election?.contests ?? []).flatMap((contest) =>
      contest.candidates.map((candidate) => normalizeText(candidate.name)),
    ),
  );
}

/** Words of a sentence that say its numbers after names are votes (`received the following votes:`). */
const SAYS_VOTES = /\bvotes?\b/i;
/** How far before a number an English name and its comma are looked for (a name is four words at most). */
const NAME_CLAUSE_WINDOW = 100;
const sortedSpans = (...lists: (readonly TextSpan[])[]): TextSpan[] =>
  lists.flat().sort((a, b) => a[0] - b[0]);

/** The text with the given spans turned to spaces (line breaks kept), so that offsets stay the same. */
function blankSpans(text: string, spans: readonly TextSpan[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** Two lists each in text order, merged into one (the arithmetic check looks figures up by place). */
/**
 * A vote table's votes take the setting of the words before the table (a notice of a 另行选举, a 第二轮
 * heading), as the same votes written in prose there would: its counts of the ballots carry it, and
 * votes without it were not compared with them. Only the setting: a table's row has no lead or body
 * words of its own.
 */
function tableVotesSettings(
  tableFigures: readonly AnnouncedFigure[],
  readable: string,
  sentences: readonly Sentence[],
  prose: readonly AnnouncedFigure[],
): AnnouncedFigure[] {
  const votes = tableFigures.filter((figure) => figure.kind === 'votes');
  if (votes.length === 0) return [...tableFigures];
  const declared = tableFigures.filter((figure) => figure.kind === 'elected');
  const together = inTextOrder([...votes, ...declared], prose);
  const ofTable = new Set<AnnouncedFigure>([...votes, ...declared]);
  const settled = withSettings(readable, sentences, together);
  const unstated = votesOfUnstatedRound(
    readable,
    settled,
    new Set(
      settled.filter((_, at) => {
        const figure = together[at];
        return figure !== undefined && ofTable.has(figure);
      }),
    ),
  );
  const settings = new Map<AnnouncedFigure, { setting?: string; section?: string; roundUnstated?: true }>();
  /** A table's winners under the heading of another body (二、村务监督委员会): elected to that body. */
  const bodies = new Map<AnnouncedFigure, string>();
  together.forEach((figure, index) => {
    const settledFigure = settled[index];
    if (figure.kind === 'elected' && settledFigure?.kind === 'elected' && settledFigure.body !== undefined)
      bodies.set(figure, settledFigure.body);
    if (figure.kind !== 'votes' || settledFigure?.kind !== 'votes') return;
    const { setting, section } = settledFigure;
    // A table naming no round, after the turnout of two rounds (第一次投票参加投票1320人…；另行选举中参加投票
    // 1100人…), takes no round from the text before: its votes' round is unstated.
    if (unstated.has(index)) {
      settings.set(figure, { ...(section === undefined ? {} : { section }), roundUnstated: true });
      return;
    }
    // The body of the numbered section the table stands in (二、村务监督委员会): its chair's votes are that
    // body's, never summed with the committee chair's.
    if (setting !== undefined || section !== undefined)
      settings.set(figure, {
        ...(setting === undefined ? {} : { setting }),
        ...(section === undefined ? {} : { section }),
      });
  });
  return tableFigures.map((figure) => {
    const setting = settings.get(figure);
    const body = bodies.get(figure);
    if (figure.kind === 'elected') return body === undefined ? figure : { ...figure, body };
    return setting === undefined || figure.kind !== 'votes' ? figure : { ...figure, ...setting };
  });
}

function inTextOrder<T extends { readonly span?: TextSpan; readonly origin?: { readonly span?: TextSpan } }>(
  first: readonly T[],
  second: readonly T[],
): T[] {
  if (first.length === 0) return [...second];
  const at = (item: T) => item.span?.[0] ?? item.origin?.span?.[0] ?? 0;
  return [...first, ...second].sort((a, b) => at(a) - at(b));
}

const VOTE_UNITS = new Set(['票', 'vote', 'votes']);
const PERSON_UNITS = new Set([
  '人',
  '名',
  '位',
  'people',
  'person',
  'persons',
  'member',
  'members',
  'women',
  'men',
]);
/** `X中，` before parts: 村委会成员中，女性… (X must name people). */
const NAMED_TOTAL =
  /^(?:在)?(.{0,24}?(?:成员|委员|干部|人员|代表|主任|主席|书记|班子|党员|女性|妇女|男性|委员会|委会|党组织|党支部))中$/;
/** People named after their count: 产生193名居委会成员; with 中 they are the total of the parts after it (在9个村委会主任中). */
/** `由5名成员组成`: the noun the count names, between the count and 组成. */
const COMPOSED_OF = /^\s*([^\s，,。；;、：:]{1,8}?)\s?组成/;
const PEOPLE_AFTER = /^\s*(.{1,16}?(?:成员|委员|干部|人员|代表|主任|书记|班子))(中)?\s*$/;
/** 新当选的38名成员中: the body's noun alone after the count, then 中 — the people the words before it qualify. */
const NOUN_ALONE_AMONG = /^\s*(成员|委员|干部|人员|代表)(中)\s*$/;
/** 63名两委成员中高中以上（含中专）37名: people named after their count, 中, and a part in the same clause. */
const PEOPLE_AMONG_THEN_PART =
  /^\s*([^，,；;。\d]{1,16}?(?:成员|委员|干部|人员|代表|主任|主席|书记|班子))(中)(?=[^，,；;。\d])/;
/**
 * 在这次当选的21305名乡镇党代表中: 在, words that qualify the people, the count, the people, 中 — or
 * without 在 (新当选的64名村委会成员中，女性…): 中 names them the people the parts after are of.
 */
const AMONG_QUALIFIED = /^在?[^，,；;。\d]{1,16}的$/;
/** 村党组织书记和村委会主任分别有4021人和2441人: groups named before, their counts given respectively. */
export const RESPECTIVE_GROUPS =
  /^(.[^和及与、\n\r\u2028\u2029]*[和及与、].+?)(?:分别|各)(?:有|为|是|达到?)?$/;
/** A number of percentage points after it: 8.1个百分点. */
const IN_POINTS = /^\s?个?百分点/;
/** What villages do, counted after their total in the same sentence: 已完成换届选举1015个. */
const PLACES_DONE = /完成|实现|选举成功|一次性/;
/** Things counted with 个 that are no villages or communities: groups, branches, polling places. */
const OTHER_THINGS_COUNTED =
  /^\s*(?:村民小组|居民小组|小组|组|党支部|支部|党小组|党组织|合作社|投票站|投票点|分会场|会场|票箱|项目|方面|问题)/;
/**
 * 全村1,204人中1,102人投票: a count of people named by the whole place alone (全村, 本村, 该社区, 全镇), then 中
 * and those who voted: the place's people — its population, or its registered voters? The text does not
 * say, so the count is never taken as the electorate (nor as a group): listed unread.
 */
const WHOLE_PLACE_ALONE =
  /^(?:选举日|选举当[日天]|投票日|当[日天])?(?:全|本|该)(?:村|社区|居|镇|乡|组|小组)(?:共有?|有)?$/;
const VOTERS_AFTER = /^[^。；;\n]{0,16}(?:投票|参选|参加选举|参加了选举|领取选票)/;
function wholePlacePeopleBeforeVoters(label: string, trailer: string, after: string): boolean {
  return (
    WHOLE_PLACE_ALONE.test(label.replace(/[\s,，:：]/g, '')) &&
    /^[^\S\n]*中[^\S\n]*[，,]?$/.test(trailer) &&
    VOTERS_AFTER.test(after)
  );
}

/**
 * A bracket opened before a figure and not closed: 51人（其中全日制大专及以上5人）. Read on at most
 * LABEL_REACH (64) characters before the figure (sinceLast in readNumber), so its restarts are bounded.
 */
// eslint-disable-next-line regexp/no-super-linear-move
const OPEN_BRACKET = /[（(][^）)]*$/;
/** A bracket opened right after a count, holding only the words of the next count (（其中无效票, （无效票). */
const BRACKET_OPENED = /^[^\S\n]*[（(][^（）()\d\n。；;]{0,16}$/;
/** Words between two counts of one bracket, which has not closed (张，无效票). */
const STILL_IN_BRACKET = /^[^（）()\d\n。；;]{0,16}$/;
/** The invalid ballots named as such (无效票, 无效选票), and named as spoilt (废票, 作废票). */
const INVALID_WORD = /无效/;
const SPOILT_WORD = /废/;
/** A list of kinds of ballot opened right after a count (（含, （其中空白票4张、, ，其中), up to a part's words. */
const KINDS_OPENED = new RegExp(String.raw`^${KINDS_LIST_OPENS}[^（）()\n。；;]{0,40}$`);
const KINDS_REACH = 48;
/** Ballots named by 废 with their number (作废选票3张, 废票3张), looked for after the invalid ones. */
const SPOILT_BALLOTS_AFTER = /(?:作废|废)[选]?票[^\d\n。；;，,]{0,4}?(\d[\d,]*)张/g;
/** A polling place named in a count's own words (中心会场收回选票, 第一投票站发出, 流动票箱投票). */
const PLACE_IN_LABEL = /投票站|投票点|投票处|会场|票箱|投票小?组|入户投票/;
/** What a polling place counts of its own: its voters, its ballots issued and returned. */
const PLACE_MEASURES: ReadonlySet<CountMeaning> = new Set<CountMeaning>(['cast', 'issued', 'returned']);
/** 其中 opening the clause right after a count, before the next count's words (46张，其中无效票). */
const PARTS_AFTER = /^[^\S\n]*(?:[，,][^\S\n]*)?其中[，,：:]?[^（）()\d\n。；;，,]{0,12}$/;
/** A further kind of ballot listed after such a part (其中有效票45张，无效票1张). */
const NEXT_KIND_OF_BALLOT = /^[^\S\n]*[，,、][^\S\n]*(?:有效|无效|废|作废|弃权)[^（）()\d\n。；;，,]{0,8}$/;
/**
 * Why a count left unread may be a part's, or of something other than the whole's account, so that the
 * counts in a bracket or a 其中 right after it are its own: a box's, a way of voting's (doubtful-label),
 * of no meaning read (养老院投票箱46张), or of another time.
 */
const REFUSED_AS_PART: ReadonlySet<UnreadReason> = new Set<UnreadReason>([
  'doubtful-label',
  'one-polling-place',
  'no-meaning',
  'other-time',
  'part-of-a-part',
]);
/** 得票 (or 获票) right before a count in 张: 甲得票500张, 甲（得票500张）. */
const VOTES_RECEIVED = /(得票|获票)\s*$/;
/**
 * 主任 易志 得票1450, 副主任 王兰，得票 980: 得票 right before a count with no unit says the count is votes,
 * as 票 after it would (whose, the name before says; none, and the count stays unread).
 */
const VOTES_BEFORE_BARE_COUNT = /得票(?:数)?(?:为)?:?[^\S\n]{0,3}$/;
/** The rest of a list of counts that ends in votes or ballots: 、602、627票. */
const LIST_REACH = 120;
/**
 * A village's or community's households counted whole: 本村共有, 全村, 全社区总户数为, 总户数, and the households
 * on its register: 全村户籍户数, 户籍总户数.
 */
const HOUSEHOLD_TOTAL =
  /^(?:(?:全村|本村|全社区|本社区)(?:共有|共计|共)?(?:总户数|户籍户数|户籍总户数)?|总户数|户籍户数|户籍总户数)[为有]?$/;
/** How far before a 合计 its list given respectively is looked for (list-total.ts). */
const LIST_TOTAL_REACH = 200;
/** How far a headed list's total may stand from its sentence's start (list-total.ts). */
const HEADED_LIST_REACH = 240;
/** How far after a headed list's total its words are looked at (list-total.ts). */
const HEADED_LIST_AFTER = 24;
/** A base naming those due at a meeting: 应到, 应到人数, 应到会人数, 应出席人数. */
const THOSE_DUE_NAMED = /^(?:应到会?|应出席)(?:人数|总数|总人数)?$/;
/**
 * The households due, named as a share's base (namedBase drops 数 and 总数 after some): 应参加户数, 应参加投票户数,
 * 应到户数, 应参加选举的户代表总数.
 */
const HOUSEHOLDS_DUE_NAMED =
  /^应(?:到|参加|参加投票|参加选举|参选|投票)的?(?:户代表(?:总数|人数|户数)?|户数?|总户数?)$/;
const LIST_ENDS_IN_VOTES = /^(?:[、和及与][^\S\n]?\d+){1,12}[^\S\n]?(?:票|张)/;

/**
 * A count in a list given to names respectively whose unit is the list's last (甲、乙、丙分别获得523、
 * 602、627票; 分别得票1500、1400、1300张): the first after the names, or the next while names remain.
 */
function listOfVotes(
  unit: string | null,
  opens: () => boolean,
  label: string,
  after: () => string,
  state: SentenceState,
): boolean {
  if (unit !== null && unit !== '张') return false;
  const goesOn = state.respectiveNames !== null && state.respectiveNames.length > 0 && NEXT_SHARE.test(label);
  if (!goesOn && !opens()) return false;
  return unit === '张' || LIST_ENDS_IN_VOTES.test(after());
}

/** 报名参选: signing up to stand as a candidate, never voting. */
const SIGNED_UP_TO_STAND = /报名参选/;
/** Words after a count that describe another noun (…的村民) or a standing, not a vote (报名参选). */
const RELATIVE_CLAUSE = /的|报名|候选|提名/;
/**
 * A colon right after a number, or after its closing bracket (`Results (2026): registered voters 1,630`,
 * `Results 2026: registered voters …`): the words after the colon label what follows them, not the number
 * before it, which is no count of theirs.
 */
/**
 * `1,650 votes for, 290 against, 61 abstentions`: the counts after the votes for in a yes-or-no vote on one
 * candidate (`votes for` or `in favour` closed by a comma or `and`, never `votes for Zhang Wei`) that are
 * against or abstaining. What ballots the three add up to the notice does not say: they are listed unread.
 */
const VOTES_FOR_BEFORE = /\d[^\S\n]+votes?[^\S\n]+(?:for|in[^\S\n]+favou?r)(?:[^\S\n]*[,;]|[^\S\n]+and\b)/i;
const AGAINST_OR_ABSTAINED_AFTER =
  /^[^\S\n]*(?:(?:votes?[^\S\n]+)?against\b|abstentions?\b|abstained\b|abstaining\b|(?:votes?[^\S\n]+)?abstain\b)/i;
/** `was re-elected chair with ` right before a share: the winner's share of the votes. */
const WINNER_WITH_SHARE = /\b(?:was|were)[^\S\n]+(?:re-?)?elected\b[^\d.;:\n]{0,40}?[^\S\n]with[^\S\n]+$/i;
/** `13 invalid ones`: the noun `ones` after a word of a ballot's kind, standing for a noun before it. */
const BALLOTS_AS_ONES = /^[^\S\n]+(?:valid|invalid|spoilt|spoiled|blank|rejected)[^\S\n]+ones\b/i;
const BALLOTS_NOUN = /\b(?:ballots?|ballot[^\S\n]+papers?|votes)\b/i;
const COLON_AFTER_NUMBER = /^[^\S\n]*(?:[)）\]][^\S\n]*)?[:：]/;
/**
 * `1,540 of 1,870 registered voters voted`, `1,037 of its 1,516 registered electors voted`, `with 1,093
 * of 1,201 electors voting`, `1,250 of the 1,480 registered voters had voted`: the count before `of` is of
 * those of the electorate after it who voted, as the verb after them says. Only with
 * nothing else between (no word of approximation, no unit), and the verb right after the electorate (or
 * after `had` or `have`).
 */
const OF_BEFORE_ELECTORATE =
  /^[^\S\n]+of[^\S\n]+(?:(?:the|its|their)[^\S\n]+)?(?:(?:village|community|township)['’]s[^\S\n]+)?$/i;
const ELECTORATE_THEN_VOTED =
  /^\d{1,3}(?:,\d{3})*(?![\d,.])[^\S\n]+(?:(?:registered|eligible)[^\S\n]+(?:voters|electors)|electors)[^\S\n]+(?:(?:had|have)[^\S\n]+(?=voted|cast|turned|took))?(?:vot(?:ed|ing)|cast(?:ing)?[^\S\n]+(?:(?:their|a)[^\S\n]+)?ballots?|turn(?:ed|ing)[^\S\n]+out|t(?:ook|aking)[^\S\n]+part)\b/i;
/** `7,388 of 8,834`: the words before the whole of a written fraction, its part and `of`. */
const WHOLE_OF_PART = /\d[^\S\n]of[^\S\n](?:(?:the|its|their)[^\S\n])?$/i;
/**
 * `57 of the 63 representatives attended`: 'cast' for the count before `of`, 'registered' for the one after
 * it (EN_REPRESENTATIVES_CAME); null for anything else. `around` is the sentence's text about the count,
 * the count starting at `at` in it.
 */
/** `57 of the `, `44 of the community's `: the part and `of` before the representatives due. */
const PART_OF_REPRESENTATIVES =
  /\d[^\S\n]+of[^\S\n]+(?:(?:the|its|their|all)[^\S\n]+)?(?:(?:community|village)['’]s[^\S\n]+)?$/i;
function englishRepresentativesCount(
  trailer: string,
  after: string,
  around: string,
  at: number,
  opening: string | null,
): CountMeaning | null {
  if (EN_OF_BEFORE_REPRESENTATIVES.test(trailer) && EN_REPRESENTATIVES_CAME.test(after)) return 'cast';
  if (PART_OF_REPRESENTATIVES.test(around.slice(0, at)) && EN_REPRESENTATIVES_CAME.test(around.slice(at)))
    return 'registered';
  return opening === null ? null : representativesDueThenCame(opening, around.slice(at));
}
/**
 * `Of the 64 resident representatives, 41 attended the meeting.`: the representatives due in the
 * sentence's opening `Of the …,`, then those who came, as the next clause says with nothing but its verb
 * (and `the meeting`) before its end or `and`. Not `41 voted for the rules`, `41 attended in person`,
 * `41 attended the meeting that approved the rules`, nor an opening after other words of the sentence.
 * `opening` is the sentence's text before the count, when it is short (null otherwise).
 */
const SPACE = String.raw`[^\S\n]+`;
const EN_COUNT = String.raw`\d{1,3}(?:,\d{3})*(?![\d,.])`;
const REPRESENTATIVES_DUE = String.raw`(?:(?:resident|residents['’]?|villager|villagers['’]?)${SPACE})?representatives`;
const OPENING_OF_THE = String.raw`^[^\S\n]*of${SPACE}(?:the|its|all)${SPACE}(?:(?:community|village)['’]s${SPACE})?`;
const REPRESENTATIVES_CAME_ALONE = String.raw`${EN_COUNT}${SPACE}(?:attended|were${SPACE}present|took${SPACE}part|turned${SPACE}out|came|voted)(?:${SPACE}the${SPACE}(?:meeting|election|vote))?(?=[^\S\n]*[,.;\n]|${SPACE}and\b)`;
const DUE_OPENS_SENTENCE = new RegExp(`${OPENING_OF_THE}$`, 'i');
const DUE_THEN_CAME = new RegExp(
  `^${EN_COUNT}${SPACE}${REPRESENTATIVES_DUE},[^\\S\\n]*${REPRESENTATIVES_CAME_ALONE}`,
  'i',
);
const CAME_AFTER_DUE = new RegExp(
  `${OPENING_OF_THE}${EN_COUNT}${SPACE}${REPRESENTATIVES_DUE},[^\\S\\n]*$`,
  'i',
);
const CAME_THEN_END = new RegExp(`^${REPRESENTATIVES_CAME_ALONE}`, 'i');
/** How far into its sentence an opening `Of the 64 resident representatives, ` may reach. */
const DUE_OPENING_REACH = 64;
function representativesDueThenCame(opening: string, after: string): CountMeaning | null {
  if (DUE_OPENS_SENTENCE.test(opening) && DUE_THEN_CAME.test(after)) return 'registered';
  return CAME_AFTER_DUE.test(opening) && CAME_THEN_END.test(after) ? 'cast' : null;
}
/**
 * `1,204 of the 1,387 registered voters of Qingshi Village took part`: the electorate of a village or
 * community named in capitals between the electorate and its verb (never `of Qingshi and Xishi`).
 * Case-sensitive, so that the place is a name.
 */
const ELECTORATE_OF_PLACE_THEN_VOTED =
  /^\d{1,3}(?:,\d{3})*(?![\d,.])[^\S\n]+(?:registered|eligible)[^\S\n]+(?:voters|electors)[^\S\n]+of[^\S\n]+[A-Z][A-Za-z'’-]*(?:[^\S\n]+[A-Z][A-Za-z'’-]*){0,2}[^\S\n]+(?:Village|Community)[^\S\n]+(?:voted|cast[^\S\n]+(?:their[^\S\n]+)?ballots|took[^\S\n]+part)\b/;
/**
 * `500 of Xiwan's 1,120 registered voters took part`: the register of a place named in capitals, with its
 * possessive (case-sensitive, so that the place is a name; never two names joined by `and`).
 */
const OF_PLACE_BEFORE_ELECTORATE =
  /^[^\S\n]+of[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+(?:Village|Community))?['’]s[^\S\n]+$/;
function votedOfElectorate(unit: string | null, trailer: string, after: string): boolean {
  return (
    unit === null &&
    (OF_BEFORE_ELECTORATE.test(trailer) || OF_PLACE_BEFORE_ELECTORATE.test(trailer)) &&
    (ELECTORATE_THEN_VOTED.test(after) || ELECTORATE_OF_PLACE_THEN_VOTED.test(after))
  );
}

/**
 * `Turnout: 1,930 of 3,012 eligible voters (64.1%)`, `Voter turnout was 1,930 of the 3,012 registered
 * voters.`: a turnout is those who voted over the electorate, so the count before `of` is the voters when
 * the turnout's word opens the sentence, line or clause right before it and the electorate ends the
 * fraction (a bracket, a comma, a clause's end after it). Anything after the electorate (`… eligible voters
 * by noon`, `… voters in the east hamlet`) leaves the count as before.
 */
const TURNOUT_OPENS =
  /(?:^|[\n,;]|\([A-Za-z]+\)[^\S\n]*(?:--|[-–—]))[^\S\n]*(?:[-–—*•][^\S\n]*)?(?:(?:voter|overall)[^\S\n]+)?turnout(?:[^\S\n]*:|[^\S\n]+(?:was|stood[^\S\n]+at|reached))?[^\S\n]*$/i;
/**
 * `Dongwan: Turnout: 1,402 of 1,640 eligible voters (85.5%).`: a line of a township's summary, opened by its
 * place's name (placeLabel) and a colon, then the turnout's word as TURNOUT_OPENS reads it.
 */
const PLACE_LABEL_THEN_TURNOUT =
  /(?:^|\n)[^\S\n]*([^\s:][^\n:]{0,59}):[^\S\n]*(?:(?:[Vv]oter|[Oo]verall)[^\S\n]+)?[Tt]urnout(?:[^\S\n]*:|[^\S\n]+(?:was|stood[^\S\n]+at|reached))?[^\S\n]*$/;
/**
 * `Turnout was 86.0% (1,402 of 1,630 registered voters)`: the turnout's share first, then in a bracket its
 * fraction of the electorate, the bracket closed right after the electorate: the count before `of` is the
 * voters, as in the fraction without the share. The turnout's word opens the sentence, line or clause, and
 * the bracket ends the clause or a comparison follows it (`, up from 80.1%`, `, against …`): a place or any
 * other words after it (`… registered voters) in Dongwan`) leave the count as before.
 */
const TURNOUT_SHARE_THEN_BRACKET =
  /(?:^|[\n,;])[^\S\n]*(?:[-–—*•][^\S\n]*)?(?:(?:voter|overall)[^\S\n]+)?turnout(?:[^\S\n]*:|[^\S\n]+(?:was|stood[^\S\n]+at|reached))?[^\S\n]*\d{1,3}(?:\.\d{1,2})?(?:[^\S\n]?%|[^\S\n]+per[^\S\n]?cent)[^\S\n]*\([^\S\n]*$/i;
const ELECTORATE_CLOSES_BRACKET =
  /^\d{1,3}(?:,\d{3})*(?![\d,.])[^\S\n]+(?:(?:registered|eligible)[^\S\n]+(?:voters|electors)|electors)[^\S\n]*\)(?=[^\S\n]*(?:[;\n]|\.(?!\d)|$|,[^\S\n]*(?:up|down|against|compared)\b))/i;
function turnoutOpens(before: string): boolean {
  if (TURNOUT_OPENS.test(before)) return true;
  const label = PLACE_LABEL_THEN_TURNOUT.exec(before)?.[1];
  return label !== undefined && placeLabel(label.trimEnd());
}
const ELECTORATE_ENDS_FRACTION =
  /^\d{1,3}(?:,\d{3})*(?![\d,.])[^\S\n]+(?:(?:registered|eligible)[^\S\n]+(?:voters|electors)|electors)(?=[^\S\n]*(?:[(,;\n]|\.(?!\d)|$))/i;
/**
 * `Turnout was 1,930, or 64.1% of the 3,012 registered voters`: the count, then after a comma (and `or`) its
 * share of the electorate, which ends the clause. `Voter turnout: 1,402/1,630 (86.0%)`: the count, a slash,
 * the whole and the share alone in brackets, ending the line or clause. Either way the count is those who
 * voted, when the turnout's word opens the sentence, line or clause right before it (as above).
 */
const COMMA_THEN_SHARE_OF_ELECTORATE =
  /^,[^\S\n]*(?:or[^\S\n]+)?\d{1,3}(?:\.\d{1,2})?(?:[^\S\n]?%|[^\S\n]+per[^\S\n]?cent\b)[^\S\n]+of[^\S\n]+(?:(?:the|its)[^\S\n]+)?\d{1,3}(?:,\d{3})*(?![\d,.])[^\S\n]+(?:(?:registered|eligible)[^\S\n]+(?:voters|electors)|electors)(?=[^\S\n]*(?:[,;\n]|\.(?!\d)|$))/i;
const SLASH_ALONE = /^[^\S\n]*\/[^\S\n]*$/;
const WHOLE_THEN_SHARE_ENDS =
  /^\d{1,3}(?:,\d{3})*(?![\d,./])[^\S\n]*\([^\S\n]*\d{1,3}(?:\.\d{1,2})?[^\S\n]?%[^\S\n]*\)(?=[^\S\n]*(?:[,;\n]|\.(?!\d)|$))/;
/**
 * The turnout lines of those two shapes a text holds: where there are two or more (two villages' lines,
 * perhaps under headings the reader does not take for places), no count of them is read as the voters.
 */
const TURNOUT_SHAPES =
  /\bturnout(?:[^\S\n]*:|[^\S\n]+(?:was|stood[^\S\n]+at|reached))?[^\S\n]*\d{1,3}(?:,\d{3})*(?:,[^\S\n]*(?:or[^\S\n]+)?\d|[^\S\n]*\/)/gi;
function turnoutShapes(folded: string): number {
  return folded.match(TURNOUT_SHAPES)?.length ?? 0;
}
function turnoutOfElectorate(
  unit: string | null,
  before: string,
  trailer: string,
  after: string,
  shapes: number,
): boolean {
  if (
    unit === null &&
    TURNOUT_SHARE_THEN_BRACKET.test(before) &&
    OF_BEFORE_ELECTORATE.test(trailer) &&
    ELECTORATE_CLOSES_BRACKET.test(after)
  )
    return true;
  return (
    unit === null &&
    turnoutOpens(before) &&
    ((OF_BEFORE_ELECTORATE.test(trailer) && ELECTORATE_ENDS_FRACTION.test(after)) ||
      (shapes === 1 &&
        ((trailer === '' && COMMA_THEN_SHARE_OF_ELECTORATE.test(after)) ||
          (SLASH_ALONE.test(trailer) && WHOLE_THEN_SHARE_ENDS.test(after)))))
  );
}

/**
 * `…in Zhoujia, where 902 of 1,254 voted` (`where 902 of the 1,254 cast ballots`): a bare fraction in a
 * clause opened by `where` after a place, in a sentence of turnout. The count before `of` is the voters of
 * that place, the count after it the electorate they are of (english-bare-fraction.test.ts). Only with no
 * noun on either count and the verb right after the whole, ending the clause: `voted three years ago`,
 * `voted by noon` are of another time, and `902 of 1,254 households voted` counts households.
 */
const WHERE_BEFORE_PART = /\bwhere[^\S\n]+$/i;
const WHERE_PART_OF =
  /\bwhere[^\S\n]+\d{1,3}(?:,\d{3})*(?![\d,.])[^\S\n]+of[^\S\n]+(?:(?:the|its)[^\S\n]+)?$/i;
const BARE_PART_OF = /^\d{1,3}(?:,\d{3})*(?![\d,.])[^\S\n]+of[^\S\n]+(?:(?:the|its)[^\S\n]+)?(?=\d)/i;
const BARE_WHOLE_VOTED =
  /^\d{1,3}(?:,\d{3})*(?![\d,.])[^\S\n]+(?:voted|cast[^\S\n]+(?:their[^\S\n]+)?(?:ballots|votes)|turned[^\S\n]+out|took[^\S\n]+part)(?=[^\S\n]*(?:[,;\n]|\.(?!\d)|$))/i;
/** How far a second place's turnout may stand after the first (anotherPlaceTurnout). */
const ANOTHER_PLACE_REACH = 120;
/**
 * The words between a place's turnout and another's: the first's place and its `where` clause (`in Liujia,
 * where 1,113 of 1,388 registered voters cast ballots`), then `and` (`in Liujia and`), or
 * `, and` / `, while` and the second place with `it was` (`, and in Qianjia it was`): that place.
 */
const ANOTHER_PLACE_BETWEEN =
  /^(?:[^\S\n]*(?:percent|per[^\S\n]+cent))?(?:[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})?(?:[^\S\n]*,[^\S\n]*where\b(?:[^,;.:!?()\n]|,\d)*(?=,))?(?:(?:,|[^\S\n])[^\S\n]*and[^\S\n]+|[^\S\n]*,[^\S\n]*(?:and|while)[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3})[^\S\n]+(?:it|turnout)[^\S\n]+(?:was|stood[^\S\n]+at|reached)[^\S\n]+)$/;
/** A share's unit and the place named right after it (`percent in Zhoujia`). */
const PLACE_AFTER_SHARE_LENGTH =
  /^(?:[^\S\n]*(?:percent|per[^\S\n]+cent))?[^\S\n]+in[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3}/;
/** What ends a share's clause: a comma, a full stop, `;`, the line's end. */
const SHARE_CLAUSE_END = /^(?:[^\S\n]*(?:percent|per[^\S\n]+cent))?[^\S\n]*(?:[,;\n]|\.(?!\d)|$)/;
/** How many figures back the last share of a sentence is looked for. */
const LAST_SHARE_REACH = 8;
/** The last share read in the sentence that starts at `start` (among the last few figures); else null. */
function lastShareOfSentence(figures: readonly AnnouncedFigure[], start: number): PercentFigure | null {
  for (let i = figures.length - 1; i >= Math.max(0, figures.length - LAST_SHARE_REACH); i -= 1) {
    const figure = figures[i]!;
    const at = figure.origin.span?.[0];
    if (at === undefined || at < start) return null;
    if (figure.kind === 'percent') return figure;
  }
  return null;
}
/** A word of turnout earlier in the sentence. */
const TURNOUT_IN_SENTENCE = /\b(?:turnout|participation)\b/i;
/** How far back `where` and the part are looked for before the whole of such a fraction. */
const BARE_FRACTION_REACH = 32;

/** The measure words a candidate's votes may be written with (得票600张 too). */
const VOTE_COUNT_UNITS = new Set([...VOTE_UNITS, '张']);

/**
 * How far before a number its words are looked for: labels are a few words (全镇共选举产生村（社区）“两委”成员),
 * and a bound keeps a clause of thousands of numbers linear.
 */
const LABEL_REACH = 64;
/** How far after a full name's votes a share of its surname alone is taken for it (ofFullName). */
const SURNAME_REACH = 400;
/** Names of two capitalised words: a surname and a given name (ofFullName). */
const FULL_NAMES = /\b([A-Z][a-z]+)[^\S\n]+([A-Z][a-z]+)\b/g;
/** How far around a share of a surname its sentence is read (ofFullName). */
const SURNAME_SENTENCE_REACH = 48;
/** `Kong won ` opening its sentence right before the share. */
const SURNAME_OPENS_SHARE =
  /(?:^|[.!?]\s|\n)[^\S\n]*[A-Z][a-z]+[^\S\n]+(?:won|received|took|got|polled|secured|garnered|obtained)[^\S\n]+$/;
/** The share, then `of the votes (cast)` or `of the ballots cast` ending the sentence. */
const SHARE_OF_ALL_VOTES =
  /^\d{1,3}(?:\.\d{1,2})?(?:%|[^\S\n]?per[^\S\n]?cent)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+|all[^\S\n]+)?(?:votes|ballots)(?:[^\S\n]+cast)?[^\S\n]*(?:[.;]|$)/;

/**
 * How far before a colon a heading's words are looked for (村民委员会第十一届换届选举主任候选人得票情况：): a heading
 * is a line's words at most; farther words are no heading's, and a bound keeps a clause of colons linear.
 */
const HEADING_REACH = 200;

/** A full date (2026年5月10日) ending right where a count begins, with nothing after it. */
const DATE_BEFORE_COUNT =
  /(?<!\d)\d{4}[^\S\n]*年[^\S\n]*\d{1,2}[^\S\n]*月[^\S\n]*\d{1,2}[^\S\n]*[日号][^\S\n]*$/;

/**
 * 2026年5月10日412户派代表参加投票, 2026年5月10日412人参加投票: the day the count was made, written
 * right before it, is no word of its label; the count is read as it would be without the date (a date's
 * year would set the count in another time). The label starts after the date.
 */
function afterDateBefore(folded: string, from: number, to: number): number {
  const found = DATE_BEFORE_COUNT.exec(folded.slice(from, to));
  return found ? from + found.index + found[0].length : from;
}
/**
 * 另有, 另外(还)有, 此外(还)有, 另 before a group (另外来登记选民): the words that open a count of a group
 * added to the whole just counted. 另行 (a runoff) and 另选 (other people) are no such words, nor 此外 or
 * 另外 alone (此外，参加投票1,101人 opens another statement of the whole's own count).
 */
const ADDED_GROUP =
  /^[^\S\n]*(?:另有|另外[，,]?(?:还有|有)|此外[，,]?(?:还有|另有|有)|还另有|另(?=外来|外出|流动|寄住|委托|代))/;
/** `plus 30`, `and another 30`, `in addition, 30`, `a further 30`: an English count of a group added to the whole. */
const ENGLISH_ADDED_GROUP =
  /(?:\bplus|\b(?:and[^\S\n]+)?(?:another|a[^\S\n]+further)|\bin[^\S\n]+addition(?:[^\S\n]+to[^\S\n]+(?:these|them|this))?[,，]?|\badditionally[,，]?)[^\S\n]+$/i;
/**
 * `92 more voters cast ballots in the mobile ballot box`, `40 other villagers voted by proxy`: `more`, `other`,
 * `further` or `additional` right after an English count makes it a group beside those just counted, never
 * the whole's voters (`more than` compares and is left to the words after it).
 */
const ENGLISH_ADDED_AFTER = /^[^\S\n]+(?:more|other|further|additional)\b(?![^\S\n]+than\b)/i;
/**
 * The groups counted apart: those the reader left unread, and those read as a group of people (另有委托投票
 * 21人) whose words name voters or ballots.
 */
function addedGroupsOf(
  unread: readonly AddedGroup[],
  figures: readonly AnnouncedFigure[],
): { addedGroups?: AddedGroup[] } {
  const groups = [...unread];
  for (const figure of figures) {
    if (figure.kind !== 'group' || !ADDED_GROUP.test(figure.origin.text)) continue;
    // 另有委托投票: the group's words (委托, 流动, 外来) qualify the meaning word; without them, its meaning.
    const words = figure.label.replace(ADDED_GROUP, '').replace(GROUP_WORDS, '');
    // 另有委托投票21人: voters who voted (by proxy), as 参加投票 counts them.
    const meaning = /^[^\S\n]*投票(?:的)?(?:选民|人数)?[^\S\n]*$/.test(words)
      ? 'cast'
      : countMeaningOf(words);
    if (meaning !== null && ADDED_MEANINGS.has(meaning)) groups.push({ meaning, value: figure.value });
  }
  return groups.length > 0 ? { addedGroups: groups } : {};
}
/** After the meaning word of a heading over groups (各组登记选民), a colon and the first group's name: 第一组. */
const FIRST_ITEM_UNDER_HEADING =
  /^[^：:\d\n]{0,6}[：:][^\S\n]*第[一二三四五六七八九十\d]{1,3}(?:组|村民小组|小组|片区?|网格)[^\S\n]*$/;
/** The words naming a group counted apart, before its meaning word: 外来, 委托, 流动票箱, 外出务工. */
const GROUP_WORDS = /^[^\S\n]*(?:外来|外出|务工|流动|票箱|寄住|委托|代|人员|的)+/;
/** The meanings a group counted apart is added to: the electorate, the voters, the ballots. */
const ADDED_MEANINGS: ReadonlySet<CountMeaning> = new Set<CountMeaning>([
  'registered',
  'cast',
  'issued',
  'returned',
]);
/** 直接参加投票, 委托投票, 流动票箱投票, voted by proxy: a way of voting, so a part of the ballots cast. */
const WAY_OF_VOTING = /(直接|委托|代|流动|票箱|函|书面|现场|另行|补)\s*$|\b(?:directly|proxy|mobile)\b/i;
/** How far (in characters) a count's meaning word may stand before it: 参加正式选举投票的选民有178345人. */
const LABEL_GAP = 16;
/** How far before a count of those who voted the representatives registered may stand (登记户代表2,310人，参加投票). */
const REGISTERED_BEFORE_REACH = 40;
/** 登记选民分别为, 参加投票的各为: counts of one label given respectively, the number right after. */
const RESPECTIVE_COUNTS = /^[^，,。；;：:\d\s]{0,6}?(?:分别|依次|各自?)(?:为|是|有|达到?)?\s*$/;
/** An English verb right before a count that states it is the count its subject names (`numbered`, `stood at`). */
const ENGLISH_COUNT_VERB =
  /(?<![^\S\n])[^\S\n]+(?:numbered|total(?:l)?ed|came[^\S\n]+to|stood[^\S\n]+at|amounted[^\S\n]+to)[^\S\n]*$/i;
/** English words between a meaning word and its number that start another phrase (voted at … between 9). */
const ENGLISH_GAP = /\b(?:at|on|in|between|during|from|after|before|since|with)\b/i;
/** A section's mark at the start of a line: 三、, （二）, 2., 第一部分 (also after a list number, 1. 三、). */
/** The post and the duty of a woman member (妇女委员, 委员兼妇女主任): their 女 names no group of women. */
const WOMEN_POSTS = /妇女(?:委员|主任)/g;

/**
 * A clause that opens with a post and its seats (委员应选2名, 委员（应选2名）, 应选委员2名): the post. Also at
 * the start of a line a copy wrapped after ； (主任：马志刚得票1102票，当选；⏎委员应选3名，刘桂英得票903票):
 * the line break ends no sentence, and the members' votes were taken for the chair's.
 */
const POST_WITH_SEATS = new RegExp(
  `^\\s*(?:${COMMITTEE_WORDS}?(副主任|主任|委员)[^\\S\\n]?[（(]?应选|应选${COMMITTEE_WORDS}?(副主任|主任|委员)[^\\S\\n]?\\d)`,
);

/**
 * A heading at a sentence's start that names a post and its seats, up to its colon (委员应选2名,
 * 村民委员会委员（应选2名）, 应选委员2名, 妇女委员应选1名, 委员（应选3名，其中妇女委员1名）): the post. A woman
 * member's post with seats of its own is its own election; 其中妇女委员 inside the members' seats is a part of them.
 */
const SEATS_HEADING = new RegExp(
  `^[^\\S\\n]*(?:${COMMITTEE_WORDS}?(妇女委员|副主任|主任|委员)[^\\S\\n]?(?:应选\\d{1,2}名|[（(]应选\\d{1,2}名(?:[，,]其中妇女委员\\d名)?[）)])|应选${COMMITTEE_WORDS}?(妇女委员|副主任|主任|委员)\\d{1,2}名)[^\\S\\n]*$`,
);

/** A label of the elected alone before its colon (`Elected`, `Winners`, `Newly elected`): it names no post. */
const ELECTED_LABEL = /^[^\S\n]*(?:(?:newly|duly)[^\S\n]+)?(?:elected|winners?)[^\S\n]*$/i;
/**
 * A clause that names a post's election and nothing else (主任选举, 村委会主任选举中, 在村民委员会委员选举中):
 * the votes after it in its sentence are that post's.
 */
const POST_ELECTION_CLAUSE =
  /^[^\S\n]*(?:在)?(?:村民委员会|居民委员会|村委会|居委会)?(副主任|主任|委员)(?:的)?选举(?:中)?[^\S\n]*$/;

const SECTION_MARK =
  /^\s*(?:(?:\d+[、.]|[（(]\d+[）)])\s*)?(?:[一二三四五六七八九十]+[、.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.](?!\d)|第[一二三四五六七八九十]+[章节部分])/;

/** How far before a name with 多 after it (羅傳仙多4票) the name without 多 is looked for. */
const NAMED_BEFORE_REACH = 400;

/**
 * How far before a count of voters after 其中 the group it belongs to is looked for (…有265人年满65周岁，占17.91%；
 * 其中参加投票的有241人): the clauses right before 其中, bounded so that a long sentence costs no more.
 */
const GROUP_BEFORE_VOTERS_REACH = 160;
/** How far after the count under a round's label the words saying what it counts (`voted`) are looked for. */
const ROUND_COUNT_REACH = 24;

/** The returned ballots of a post's own ballot split with 其中 (收回1312张，其中有效票; 收回委员选票1312张，其中). */
const POST_RETURNED_SPLIT =
  /收回(?:(?:社区)?(?:村民委员会|村委会|居民委员会|居委会)?(?:妇女委员|副主任|主任|委员)的?)?(?:选票)?[\d,，]+张[，,、]?\s*其中[^，,。；;\n]{0,6}$/;
/** A post's own ballot named (主任选票, 委员选举, 妇女委员选票): the words of a post's ballot account. */
/** How far before a split of returned ballots another post's ballot is looked for (POST_BALLOT_NAMED). */
const POST_NAMED_REACH = 400;
const POST_BALLOT_NAMED = /(?:妇女委员|副主任|主任|委员)的?(?:选票|选举)/;
/** Papers an election committee hands out or takes back besides ballots: voter cards, letters, leaflets. */
const OTHER_PAPERS_SOURCE =
  '选民证|选民书|委托书|证明书?|资料|材料|手册|通知书?|公开信|明白纸|传单|倡议书|登记表|宣传';

/** The ballots returned (or issued) and 其中 right before a count: `收回选票1150张，其中有效票`. */
const RETURNED_SPLIT = /(?:收回|发出)的?选票[\d,，]+张[，,、]?\s*其中[^，,。；;]{0,6}$/;
/**
 * The same with no 选票 after 收回 (`发出1,593张，收回1,590张，其中有效票`): ballots only where the sentence or
 * the one before it names them (二、妇女委员选票 ⏎ 发出…; 共发出选票…), and no other papers (选民证, 委托书,
 * 问卷) are named there, whose returned count 收回N张 could be as well.
 */
const BARE_RETURNED_SPLIT = /收回[\d,，]+张[，,、]?\s*其中[^，,。；;]{0,6}$/;
const BALLOTS_NAMED = /选票|投票/;
const PAPERS_NOT_BALLOTS = new RegExp(`${OTHER_PAPERS_SOURCE}|问卷|调查表`);
/** Where the sentence before the one starting at `start` starts (after a full stop, semicolon or line end). */
function previousSentenceStart(folded: string, start: number): number {
  for (let at = start - 2; at >= 0; at -= 1) if (/[。；;！!？?\n]/.test(folded[at] ?? '')) return at + 1;
  return 0;
}
const SPLIT_REACH = 30;

/**
 * Where the text names a runoff (round-words.ts), a re-vote or a by-election, one said not held aside, or
 * begins a ballot for one post (POST_BALLOT_START: `第二轮投票（选举委员）：`, a heading line `二、委员选举`):
 * each states an account of its own, whose 其中有效票 are its own parts, not a part's parts.
 */
function runoffsNamedAt(folded: string): number[] {
  const at: number[] = [];
  for (const match of blankNegatedRounds(folded).matchAll(RUNOFF_AT)) at.push(match.index);
  for (const match of folded.matchAll(POST_BALLOT_START)) at.push(match.index);
  return at.sort((a, b) => a - b);
}

// A tie's re-vote (重新投票：参加投票的选民1205人，收回选票1205张，其中有效票1196张) states an account of its own too,
// and so does a by-election after the term's election restated (`…收回选票1,536张。因委员李文辞职，…补选村民委员会委员
// 1名。…收回选票1,118张，其中有效票1,110张，无效票8张`): before, its valid and invalid ballots were taken for the
// parts of a box's count and left unread, and an error in them went uncaught.
const RUNOFF_AT = new RegExp(`${RUNOFF_WORDS.source}|${REVOTE_WORDS.source}|补选`, 'gi');

/** The counts of the ballot account: those a box's own may state after its voters. */
const BALLOT_MEANINGS: ReadonlySet<CountMeaning> = new Set(['issued', 'returned', 'valid', 'invalid']);
/** How far before a part's figure the 其中 that lists it under the whole is looked for. */
const PART_UNDER_REACH = 24;

/**
 * A clause opening with numbered groups or a part of the village (一组、二组, 第三村民小组, 东片) that says where
 * it voted (在村委会会场投票), then a comma and the count's words up to the count, with no total of the
 * whole between (东片在…投票，西片在…投票，全村参加投票1230人 is the village's).
 */
const PART_VOTED_AT =
  /^[^\S\n]*(?:(?:第?[一二三四五六七八九十\d]+(?:村民小组|小组|组)|[东西南北中][片区])[、和及与]?)+[^。；;\n，,]{0,6}?(?:在|到)[^。；;\n，,]{1,14}?投票[，,](?:(?!全村|全社区|合计|共计|总计)[^。；;\n])*$/;

/** How far back the opening of a part's clause that says where it voted is looked for. */
const PART_CLAUSE_REACH = 80;

/**
 * The words of the clause before `end` within its sentence, from the last 。, ； or line break; empty when the
 * clause opens farther back than PART_CLAUSE_REACH (looking farther would make a long sentence quadratic).
 */
function clauseBefore(folded: string, start: number, end: number): string {
  const from = Math.max(start, end - PART_CLAUSE_REACH);
  const words = folded.slice(from, end);
  const mark = Math.max(
    words.lastIndexOf('。'),
    words.lastIndexOf('；'),
    words.lastIndexOf(';'),
    words.lastIndexOf('\n'),
  );
  return mark < 0 && from > start ? '' : words.slice(mark + 1);
}

/** A count of voters or electorate read, whom it counts, and its sentence (settleHouseholds). */
interface VoterCount {
  figure: AnnouncedFigure;
  unit: VoterUnit;
  span: TextSpan;
  sentence: readonly [number, number];
}

/** How many counts taken back before a share in its sentence are looked at for one of its terms. */
/** Words of a share naming a base counted in households (户数, 户代表) or in representatives (代表). */
const SHARE_BASE_UNIT_WORDS: Partial<Record<VoterUnit, RegExp>> = {
  households: /户数|户代表/,
  representatives: /代表(?:人数|数)?的/,
};
function namesUnitOf(shareText: string, unit: VoterUnit): boolean {
  return SHARE_BASE_UNIT_WORDS[unit]?.test(normalizeText(shareText)) ?? false;
}

const TAKEN_BACK_LOOKED_AT = 8;

class TextReader {
  readonly figures: AnnouncedFigure[] = [];
  /** Where the sentence being read starts among the figures. */
  private sentenceFirstFigure = 0;
  /** Whether the sentence read last ended with the register or the voters (votersJustRead). */
  private votersEndedSentence = false;
  readonly groupsStatedOnce = new GroupsStatedOnce(this.figures);
  readonly unread: UnreadFigure[] = [];
  /** The names of the English list given respectively read in the sentence being read (or just read). */
  private englishListNames: readonly string[] = [];
  /** Unread numbers past UNREAD_KEPT, counted by reason. */
  readonly unreadBeyond = { count: 0, byReason: {} as Partial<Record<UnreadReason, number>> };
  readonly resolveContest;
  /** The years the text names, for counts of another time (english-other-time.ts). */
  private readonly times: TextTimes;
  /** English place headings when a text gives more than one place's results (english-places.ts). */
  private readonly englishPlaces: readonly PlaceHeading[];
  /** Stretches under an English votes or results heading (english-votes-heading.ts). */
  private readonly englishHeaded: readonly HeadedSpan[];
  readonly candidateNames: readonly string[];
  readonly candidateSet: ReadonlySet<string>;
  /** Why the number being read was refused, when a rule knew (else it is unread for no meaning). */
  refusal: UnreadReason | null = null;
  tiedNames: {
    readonly contest: AnnouncedContest | null;
    readonly names: readonly string[];
    readonly settled: boolean;
  } | null = null;
  /**
   * The place the last sentence ended in, carried to the next one on its line (NUMBERED_PART only), and
   * whether that sentence stated a figure of it or opened with it as a heading (第一网格：…): only then,
   * or when the next sentence refers back to it (该组…), is the next sentence still about it.
   */
  private linePlace: string | null = null;
  private linePlaceStated = false;
  /** The last numbered part the last sentence named (第3网格), for a sentence referring back to it (该网格). */
  private linePart: string | null = null;
  /** The votes of a candidate's share just refused as of cast or of valid ballots (王林812票（62.1%）). */
  voteShareOfEither: ShareTerm | null = null;
  /** Such shares, for voteSharesOfEither (vote-share-bases.ts) to judge when both bases are stated. */
  readonly voteSharesOfEither: PercentFigure[] = [];
  /** The first whole-election count of each meaning and place, by `meaning|place`. */
  readonly firstCounts = new Map<string, CountFigure>();
  /** Counts read with no unit in Chinese prose (选民总数50。), with how to list them if found doubtful. */
  private readonly unitlessCounts = new Map<AnnouncedFigure, UnreadFigure>();
  /** Counts taken back as doubtful after a later statement disagreed with them. */
  private readonly retracted = new Set<AnnouncedFigure>();
  /** The counts of 无效票 and 废票 listed unread side by side (invalid-named-twice), by sentence. */
  readonly invalidNamedTwice: InvalidNamedTwice[] = [];
  /** Groups of voters or ballots counted apart after 另有 (added-groups), each left unread. */
  readonly addedGroups: AddedGroup[] = [];
  /** Counts of voters and electorate read, and whom each counts (settleHouseholds). */
  private readonly voterCounts: VoterCount[] = [];
  /** Whom each count of voterCounts counts, by the count: looked up once a share, never by a scan. */
  private readonly voterUnits = new Map<AnnouncedFigure, VoterUnit>();
  /** The first count of the electorate in representatives or households, of no contest or place. */
  private firstElectorateNotPeople: CountFigure | undefined;
  /** Whether representatives are counted as present or voting (REPRESENTATIVES_PRESENT), tested once. */
  private representativesPresent: boolean | undefined;
  /** Which total the groups of a summary are parts of. */
  readonly summary = new SummaryTotals();
  /** The first place the text names (its title's village, or a summary's township): its own. */
  private readonly ownPlace: string | null;
  /**
   * The title, else the first line (whole when it is no sentence, else its words before its first
   * number): where the notice names its own place.
   */
  private readonly ownWords: string;
  /** Whether the text names a count of voters or ballots without doubt (参加投票的选民855人, 收回选票716张). */
  private readonly statesPlainBallots: boolean;
  /** Whether the notice names proxies (委托): the venue and the mobile box together are then not every voter. */
  private readonly proxies: boolean;
  /** Where a runoff is named (runoffsNamedAt), in text order. */
  private readonly runoffsAt: readonly number[];
  /** Where a report form heads a block with another body (label-lines.ts), found when first asked. */
  private bodyHeadings: readonly number[] | undefined;
  /** Where a report form heads a later round's block on a line of its own (label-lines.ts), found when first asked. */
  private roundHeadings: readonly number[] | undefined;
  /**
   * Taiwan's turnout words in traditional characters (traditional-turnout-words.ts): a bare 總票數 is the
   * ballots cast; 投票人數 before a smaller count of those who voted and the rate is those entitled to vote.
   */
  private traditionalTurnoutWords(
    labelStart: number,
    token: { readonly span: readonly [number, number]; readonly end: number; readonly unit: string | null },
    value: bigint,
  ): CountMeaning | null {
    const label = this.original.slice(labelStart, token.span[0]);
    if (totalBallotsOfTheVote(label, token.unit)) return 'cast';
    const after = this.original.slice(token.end, token.end + 60);
    return entitledBeforeTheirVoters(label, token.unit, value, after) ? 'registered' : null;
  }

  /** Whether the text says the committee was elected by residents' representatives (representative-counts.ts). */
  readonly byRepresentatives: boolean;
  /** Where the paragraph an offset stands in ends: the text's blank lines, found once. */
  readonly paragraphEndFrom: (at: number) => number;

  constructor(
    readonly original: string,
    readonly folded: string,
    election?: Election,
    /** The candidates' votes read from tables (stage one), in text order: 以上3人均当选 after a table declares them. */
    readonly tableVotes: readonly VotesFigure[] = [],
  ) {
    this.resolveContest = contestResolver(election);
    this.times = textTimes(folded);
    // Places under a heading line each, in English or in Chinese (a text is one or the other).
    const english = englishPlaceHeadings(folded);
    this.englishPlaces = english.length > 0 ? english : chinesePlaceHeadings(folded);
    this.englishHeaded = this.times.english ? englishHeadedSpans(folded) : [];
    this.candidateNames = (election?.contests ?? [])
      .flatMap((contest) => contest.candidates.map((candidate) => normalizeText(candidate.name)))
      .filter((name) => name !== '')
      .sort((a, b) => b.length - a.length);
    this.candidateSet = new Set(this.candidateNames);
    // A page's site name (青山镇人民政府) and menus stand before the notice's title: the place the
    // title names is the notice's own, and only without one the first place of its opening.
    const title = noticeTitle(folded);
    this.ownPlace =
      (title === undefined ? null : placeScope(title, null, true)) ??
      placeScope(folded.slice(0, OWN_PLACE_REACH), null, true) ??
      onlyVillageNamed(folded);
    this.ownWords = title ?? ownWordsOfFirstLine(folded);
    this.statesPlainBallots = PLAIN_BALLOT_COUNT.test(folded);
    this.proxies = namesProxies(folded);
    this.runoffsAt = runoffsNamedAt(folded);
    this.byRepresentatives =
      electedByRepresentatives(folded) || supervisoryCommitteeByRepresentatives(title, folded);
    this.paragraphEndFrom = paragraphEnds(folded);
  }

  readSentence(sentence: Sentence): void {
    // A line with no figure of people or places (a heading such as 三、村党组织换届情况, or 年龄：平均年龄
    // 44.96岁) starts the people of a summary afresh.
    // A sentence closed by 。 that only gives a date or a time (投票时间为上午9时至下午3点半。) is no heading;
    // a section's mark is one wherever a copy put it (…召开。（二）村民委员会换届选举结果).
    if (sentence.clauses.every((clause) => clause.tokens.every(isNoCount)) && this.isHeading(sentence))
      this.summary.paragraph();
    this.summary.sentence(/^\s*其中/.test(this.folded.slice(sentence.start, sentence.end)));
    const text = this.folded.slice(sentence.start, sentence.end);
    const respectiveBefore = this.englishListNames;
    this.englishListNames = [];
    const openingKind = kindOpeningList(text);
    const sentenceFirst = this.figures.length;
    this.sentenceFirstFigure = sentenceFirst;
    const state: SentenceState = {
      correction: isCorrection(text),
      contest: null,
      lastFigure: null,
      lastVotes: null,
      votes: [],
      lastVotesOf: new Map(),
      counts: [],
      groups: [],
      placesCounted: false,
      respectively: null,
      respectiveNames: null,
      respectiveContest: null,
      respectivelyRefused: null,
      respectiveGroups: null,
      lastRefusal: null,
      respectiveVoters: [],
      englishRespective: this.englishRespectiveOf(sentence),
      respectiveBefore,
      beforeBracket: null,
      afterBracket: false,
      partsInBracket: false,
      partEnd: null,
      inPartBracket: null,
      amongPlaces: null,
      voterSubset: null,
      baseInShare: null,
      uncountedPeople: false,
      attendance: { expected: null, present: null, count: 0 },
      text,
      start: sentence.start,
      // 第一村民小组：应到户代表64户，实到58户。发出选票58张: a numbered group named on the line holds for
      // the line's later sentences, until another place is named.
      place: {
        // 村登记选民45481人，…；社区登记选民19931人，…: a sentence opening with a bare kind of place that lists
        // another after ； is of that kind up to its ；.
        name: openingKind ?? this.carriedPlace(sentence, text),
        scannedTo: sentence.start,
        ...(openingKind !== null ? { kinds: 1 } : {}),
      },
    };
    const placeAtOpening = state.place.name;
    const afterPartInPassing = placeAtOpening === null && this.followsPartInPassing(sentence, text);
    for (const [clauseIndex, clause] of sentence.clauses.entries()) {
      let floor = clause.start;
      // 委员应选2名：凤英得票980票: the post of a heading with its seats, for the votes after its colon.
      let seatsHeading: { readonly colon: number; readonly contest: AnnouncedContest } | null = null;
      // A heading such as 主任： sets the contest for the rest of the sentence.
      // The clause's first figure, found once: the colons before it head the rest, the loop ends at it (the
      // floor never passes a figure, so no figure lies before the floor).
      const firstToken = clause.tokens.reduce((first, token) => Math.min(first, token.span[0]), Infinity);
      for (const colon of clause.colons) {
        // The heading's words up to HEADING_REACH before its colon: a clause of colons and no figure
        // (当选：当选：…) is read once, not back to its start at each colon.
        const heading = this.folded.slice(Math.max(floor, colon - HEADING_REACH), colon);
        if (firstToken >= floor && firstToken < colon) {
          if (clauseIndex === 0 && floor === clause.start) seatsHeading = this.seatsHeading(heading, colon);
          break;
        }
        const contest = this.resolveContest(heading);
        // 女性成员：15名 and Members aged under 35: 12 count people of a summary, not votes in a contest.
        const next = clause.tokens.find((token) => token.span[0] > colon);
        // 妇女委员：孟丽娟，得票1125票 and 委员兼妇女主任：田甜，1042票 name a post (their 女 no group of people).
        const countsPeople =
          GROUP_HEADING.test(heading.replace(WOMEN_POSTS, '')) ||
          (next?.unit != null && PERSON_UNITS.has(next.unit));
        // `Second ballot (member seats): 1,102 voted`: a round's label whose bracket names the post it
        // votes for, over a count of the ballot's own: the count is the round's, no post's votes.
        const roundsCount = (): boolean =>
          next !== undefined &&
          roundNamed(heading) !== null &&
          countMeaningOf(this.folded.slice(next.end, Math.min(clause.end, next.end + ROUND_COUNT_REACH))) !==
            null;
        if (contest && !countMeaningOf(heading) && !countsPeople && !roundsCount()) {
          state.contest = contest;
          floor = colon + 1;
        } else if (contest === null && ELECTED_LABEL.test(heading)) {
          // `Elected: Chair: Gao Ming, 760 votes`: a label of the elected names no post; the label after it does.
          floor = colon + 1;
        }
      }
      // 主任选举，冯志强得票1544票: a clause naming a post's election alone opens its contest, as 主任： does.
      if (clause.tokens.length === 0) {
        const post = POST_ELECTION_CLAUSE.exec(this.folded.slice(floor, clause.end));
        const contest = post?.[1] ? this.resolveContest(post[1]) : null;
        if (contest) state.contest = contest;
      }
      // 主任：冷建军得票1003票，当选；委员应选2名，包丽得票884票当选: a post named with its seats after another
      // post's votes opens that post's contest for the rest of the sentence.
      if (state.contest !== null) {
        const seats = POST_WITH_SEATS.exec(this.folded.slice(floor, clause.end));
        const contest = seats ? this.resolveContest(seats[1] ?? seats[2] ?? '') : null;
        if (contest) state.contest = contest;
      }
      if (this.folded[clause.start - 1] === ';') this.summary.semicolon();
      // 其中，城关镇选出成员112名，女性28名: another place's people, no part of the whole's total.
      const afterPartMark = /其中[，,：:]\s*$/.test(
        this.folded.slice(Math.max(sentence.start, floor - 4), floor),
      );
      const place = placeOpening(`${afterPartMark ? '其中，' : ''}${this.folded.slice(floor, clause.end)}`);
      if (place !== null && !this.isOwnPlace(place)) this.summary.placeOpened();
      if (clause.tokens.length === 0)
        this.readTotalMark(
          this.folded.slice(floor, clause.end),
          state,
          this.folded.slice(clause.end, clause.end + TOPIC_AFTER_PART_MARK_REACH),
        );
      let labelStart = floor;
      // Shares from each token to the end of the clause, counted once so that long clauses stay linear.
      let sharesFromHere = clause.tokens.filter((token) => token.percent).length;
      const clauseFirst = this.figures.length;
      clause.tokens.forEach((token, index) => {
        if (seatsHeading !== null && token.span[0] > seatsHeading.colon) state.contest = seatsHeading.contest;
        const trailerEnd = clause.tokens[index + 1]?.span[0] ?? clause.end;
        const figure = this.readNumber(
          token,
          afterDateBefore(
            this.folded,
            Math.max(labelStart, floor, token.span[0] - LABEL_REACH),
            token.span[0],
          ),
          trailerEnd,
          clause,
          sharesFromHere,
          state,
        );
        if (token.percent) sharesFromHere--;
        // The next label starts after this figure's words (16个村（社区）ends after the places).
        labelStart = Math.max(token.end, figure?.origin.span?.[1] ?? 0);
      });
      readElected(this, sentence, clauseIndex, floor, state);
      // 应到村民代表52人，实到51人。…孔宏、徐斌红当选为委员。其中女性1名 (or 当选村民代表：贺国庆（41票）…。其中
      // 女性1名): parts after a declaration of winners or candidates' votes are of those people, not of a
      // group of people stated in an earlier sentence.
      if (
        state.groups.length === 0 &&
        this.figures.slice(clauseFirst).some((figure) => figure.kind === 'elected' || figure.kind === 'votes')
      )
        this.summary.winnersDeclared();
    }
    this.addCommitteeOfPosts(state.groups);
    this.votersEndedSentence = votersJustRead(state);
    if (afterPartInPassing) this.unreadIfPartOrWhole(sentenceFirst, sentence);
    this.unreadBallotsOfPartOrWhole(sentenceFirst, sentence);
    this.unreadInvalidNamedTwice(sentenceFirst, sentence);
    placeBefore(this.folded, sentence.end, state, this.ownPlace, this.proxies);
    // 第一网格：选民在第一投票站投票。登记选民420人: a part opening its sentence as a heading holds for the
    // line, a station named inside it notwithstanding (not another numbered part named after it).
    const heading = partHeading(text);
    this.linePlace =
      heading !== null && !NUMBERED_PART.test(state.place.name ?? '') ? heading : state.place.name;
    this.linePart =
      lastNumberedPart(text) ?? (NUMBERED_PART.test(placeAtOpening ?? '') ? placeAtOpening : null);
    this.linePlaceStated =
      this.linePlace !== null &&
      (state.place.name === placeAtOpening ||
        heading === this.linePlace ||
        this.figures
          .slice(sentenceFirst)
          .some((figure) => 'scope' in figure && figure.scope === this.linePlace));
  }

  /**
   * The place a sentence takes from the one before it on its line: a numbered part that sentence stated
   * figures of or opened as its heading (第一村民小组：应到户代表64户…。发出选票58张), or the part it named when this
   * one refers back to it (第3网格为新建小区，选民在中心投票站投票。该网格登记选民312人). A part named in a sentence
   * that states none of its figures is no heading (第3网格选民在同一投票站投票。登记选民1,240人: the community's).
   */
  private carriedPlace(sentence: Sentence, text: string): string | null {
    if (OPENS_WITH_TOTAL.test(text)) return null;
    // 第二村民小组在本组活动室设投票站。⏎ 该组登记选民326人，参加投票301人: referring back to the part the
    // sentence before named, though it opens a new line.
    // 红旗村第五村民小组组长选举结果公告⏎本组应到户代表78户: the part the notice's own title names is the
    // notice's own place, no part of it.
    if (REFERS_BACK_TO_PART.test(text))
      return this.linePart !== null && this.ownWords.includes(this.linePart) ? null : this.linePart;
    if (sentence.paragraphStart) return null;
    return this.linePlaceStated && NUMBERED_PART.test(this.linePlace ?? '') ? this.linePlace : null;
  }

  /**
   * Whether the sentence before it on its line named a numbered part in passing, stating none of its
   * figures (第3网格设投票站一个。), and this one neither refers back to it nor opens with a total: its
   * figures are then the whole place's or that part's, which the words alone do not settle.
   */
  private followsPartInPassing(sentence: Sentence, text: string): boolean {
    return (
      !sentence.paragraphStart &&
      !this.linePlaceStated &&
      NUMBERED_PART.test(this.linePlace ?? '') &&
      !OPENS_WITH_TOTAL.test(text) &&
      !REFERS_BACK_TO_PART.test(text)
    );
  }

  /**
   * After a part named in passing, the next sentence is taken as the whole place's (第3网格选民在同一投票站
   * 投票。登记选民1,240人: the community's register). But where one of its counts gives a count the whole place
   * has already stated another value (全社区…参加投票的选民2,806人。第3网格设投票站一个。选民412人，参加投票398人),
   * it is the part's, not the whole's: the sentence's figures are then listed unread, of the part or the whole,
   * and never compared with the whole's nor made a base of its shares.
   */
  private unreadIfPartOrWhole(first: number, sentence: Sentence): void {
    const own = this.figures.slice(first);
    const earlier = this.figures.slice(0, first);
    const restatesOtherwise = own.some(
      (figure) =>
        figure.kind === 'count' &&
        figure.scope === undefined &&
        figure.contest === null &&
        earlier.some(
          (before) =>
            before.kind === 'count' &&
            before.scope === undefined &&
            before.contest === null &&
            before.meaning === figure.meaning &&
            before.setting === figure.setting &&
            before.value !== figure.value,
        ),
    );
    if (!restatesOtherwise) return;
    this.figures.length = first;
    for (const figure of own)
      if (figure.origin.span)
        this.listUnread(figure.origin.span, [sentence.start, sentence.end], 'part-or-whole');
  }

  /**
   * 参加投票的选民1,452人，其中流动票箱投票186人，收回选票185张: ballots after a box named as a part of the
   * voters are taken as the whole's again (place-scope.ts), which they surely are only when more than the
   * part's own voters. When the first of them is no more (185 of the box's 186), they may be the box's own:
   * they and the sentence's figures after them are listed unread, of the part or the whole.
   */
  private unreadBallotsOfPartOrWhole(first: number, sentence: Sentence): void {
    const own = this.figures.slice(first);
    const voters = own.find(
      (figure) => figure.kind === 'count' && figure.meaning === 'cast' && figure.scope === undefined,
    );
    if (voters?.kind !== 'count') return;
    // The part: a box's voters (scoped to it), or a group the sentence lists under 其中 (流动票箱投票186人).
    const part = own.findIndex(
      (figure) =>
        (figure.kind === 'count' &&
          figure.meaning === 'cast' &&
          figure.scope !== undefined &&
          POLLING_STATION.test(figure.scope)) ||
        (figure.kind === 'group' && figure.value < voters.value && this.listedUnder(voters, figure)),
    );
    const partVoters = own[part];
    if (partVoters?.kind !== 'count' && partVoters?.kind !== 'group') return;
    const ballots = own.findIndex(
      (figure, index) =>
        index > part &&
        figure.kind === 'count' &&
        figure.scope === undefined &&
        figure.contest === null &&
        BALLOT_MEANINGS.has(figure.meaning),
    );
    const firstBallots = own[ballots];
    if (firstBallots?.kind !== 'count' || firstBallots.value > partVoters.value) return;
    this.figures.length = first + ballots;
    for (const figure of own.slice(ballots))
      if (figure.origin.span)
        this.listUnread(figure.origin.span, [sentence.start, sentence.end], 'part-or-whole');
  }

  /**
   * 有效票1478张，无效票10张，废票3张: the invalid ballots named twice in one sentence, by 无效 and by 废, with
   * different values, neither as a part of the other (其中废票3张 is read as a part, and left unread). 废票 is
   * most often another word for 无效票, but some notices count it apart (1475 + 10 + 3 = 1488): which of the
   * two is the invalid ballots is uncertain, so both are listed unread (before, “the same figure stated
   * twice” and a sum alarm were raised on one right notice, whichever reading held).
   */
  private unreadInvalidNamedTwice(first: number, sentence: Sentence): void {
    const invalid = this.figures
      .slice(first)
      .filter(
        (figure): figure is CountFigure =>
          figure.kind === 'count' &&
          figure.meaning === 'invalid' &&
          figure.scope === undefined &&
          figure.contest === null &&
          !this.retracted.has(figure),
      );
    const named = invalid.filter((figure) => INVALID_WORD.test(figure.origin.text));
    const spoiltAll = invalid.filter(
      (figure) => !INVALID_WORD.test(figure.origin.text) && SPOILT_WORD.test(figure.origin.text),
    );
    // 无效票10张（含作废票3张）: spoilt ballots listed as a part of the invalid ones just before them are a
    // kind of them (kinds-of-invalid.ts), no second count of the invalid ballots.
    const parts = spoiltAll.filter((figure) => named.some((whole) => this.kindOf(whole, figure)));
    for (const figure of parts) this.unreadAs(figure, sentence, 'kind-of-invalid');
    const spoilt = spoiltAll.filter((figure) => !parts.includes(figure));
    if (
      !named.some((one) => spoilt.some((other) => other.value !== one.value)) &&
      !named.some((one) => this.spoiltLeftUnread(one, sentence))
    )
      return;
    for (const figure of [...named, ...spoilt]) this.unreadAs(figure, sentence, 'invalid-named-twice');
    const values = [...named, ...spoilt].map((figure) => figure.value);
    if (named.length > 0 && spoilt.length > 0)
      this.invalidNamedTwice.push({ values, sentence: [sentence.start, sentence.end] });
  }

  /** A count of invalid ballots read, retracted and listed unread (its number alone) for `reason`. */
  private unreadAs(figure: CountFigure, sentence: Sentence, reason: UnreadReason): void {
    this.retracted.add(figure);
    if (this.firstCounts.get('invalid|') === figure) this.firstCounts.delete('invalid|');
    const span = figure.origin.span;
    if (span === undefined) return;
    // 10, not 无效票10张.
    this.listNumberAlone(span, [sentence.start, sentence.end], reason, COUNT_DIGITS);
  }

  /**
   * A figure listed unread for `reason` by its number alone (the last that `number` finds in its span), as
   * every number left unread is quoted; by its whole span where none is found.
   */
  private listNumberAlone(span: TextSpan, context: TextSpan, reason: UnreadReason, number: RegExp): void {
    const digits = [...this.folded.slice(span[0], span[1]).matchAll(number)].at(-1);
    const at = digits ? span[0] + digits.index : span[0];
    this.listUnread(digits ? [at, at + digits[0].length] : span, context, reason);
  }

  /** Whether `part` stands in a list of kinds opened right after `whole` (（含, （其中, ，其中). */
  private kindOf(whole: CountFigure, part: CountFigure): boolean {
    const [from, span] = [whole.origin.span?.[1], part.origin.span];
    if (from === undefined || span === undefined || from > span[0]) return false;
    // Up to the part's number: its span may open with the list's own word (含作废票3张).
    const to = span[0] + this.folded.slice(span[0], span[1]).search(/\d/);
    if (to <= from || to - from > KINDS_REACH) return false;
    return KINDS_OPENED.test(this.folded.slice(from, to));
  }

  /**
   * 无效票10张；另有作废选票3张: ballots named by 废 after the invalid ones in their sentence, not under a 其中 (a
   * part of the invalid), with another value, that no figure was read from: whether they are counted apart
   * (1475 + 10 + 3 = 1488) or are the invalid ones again is as uncertain as with 废票 read beside 无效票.
   */
  private spoiltLeftUnread(invalid: CountFigure, sentence: Sentence): boolean {
    const from = invalid.origin.span?.[1];
    if (from === undefined || from >= sentence.end) return false;
    // Within SPOILT_AFTER_REACH of the invalid ballots: one long sentence is not read again for each.
    const to = Math.min(sentence.end, from + SPOILT_AFTER_REACH);
    for (const match of this.folded.slice(from, to).matchAll(SPOILT_BALLOTS_AFTER)) {
      if (this.folded.slice(from, from + match.index).includes('其中')) return false;
      const at = from + match.index;
      const read = this.figures.some(
        (figure) =>
          figure.origin.span !== undefined && figure.origin.span[0] <= at && at < figure.origin.span[1],
      );
      if (!read && match[1] !== undefined && BigInt(match[1].replaceAll(',', '')) !== invalid.value)
        return true;
    }
    return false;
  }

  /** Whether `part` stands under a 其中 after `whole` (参加投票的选民1,452人，其中流动票箱投票186人). */
  private listedUnder(whole: AnnouncedFigure, part: AnnouncedFigure): boolean {
    const [from, to] = [whole.origin.span?.[1], part.origin.span?.[0]];
    return (
      from !== undefined &&
      to !== undefined &&
      from < to &&
      // Looked for within PART_UNDER_REACH before the part: a bounded look, however long the sentence.
      this.folded.slice(Math.max(from, to - PART_UNDER_REACH), to).includes('其中')
    );
  }

  /** The post a heading with its seats names (SEATS_HEADING), its votes to start after the colon. */
  private seatsHeading(
    heading: string,
    colon: number,
  ): { readonly colon: number; readonly contest: AnnouncedContest } | null {
    const post = SEATS_HEADING.exec(heading);
    const word = post?.[1] ?? post?.[2];
    if (word === undefined) return null;
    const contest = this.resolveContest(word);
    if (contest === null) return null;
    // 妇女委员 stated with seats of its own: its own election, not the members' (resolved as 委员).
    if (word === '妇女委员' && contest.text !== word && !contest.text.includes('妇女'))
      return { colon, contest: { id: null, text: word } };
    return { colon, contest };
  }

  /**
   * `Zhang Wei, Li Na and Wang Fang received 812, 790 and 701 votes respectively`: each count of such a
   * list in the sentence, by where it starts, with its name (english-respective-votes.ts).
   */
  private englishRespectiveOf(sentence: Sentence): SentenceState['englishRespective'] {
    const byStart = new Map<number, EnglishRespectiveEntry>();
    if (!this.times.english) return byStart;
    const tokens = sentence.clauses.flatMap((clause) => clause.tokens);
    for (const list of englishRespectiveVotes(
      this.folded,
      sentence.start,
      sentence.end,
      tokens,
      this.candidateSet,
    )) {
      const names = list.names.map(([from, to]) => this.original.slice(from, to));
      const contest =
        list.post === null || list.postsListed ? null : this.resolveContest(this.folded.slice(...list.post));
      const entry = { contest, names, ofValid: list.ofValid };
      list.counts.forEach((at, index) =>
        byStart.set(at, { ...entry, share: false, name: names[index] ?? null, refusal: list.refusal }),
      );
      const refusal = list.refusal ?? list.sharesRefusal;
      for (const { at, index } of list.shares)
        byStart.set(at, {
          ...entry,
          share: true,
          name: refusal === null ? (names[index] ?? null) : null,
          refusal: refusal ?? 'no-base',
        });
    }
    // `Wang Li won the chair with 812 of 1,402 votes cast`, `… re-elected chair (812 votes, 57.9%)`, `Li Hua
    // took 812 votes, Zhao Gang 400` (english-winner-shapes.ts): a count a list above took stays its.
    for (const shape of englishWinnerShapes(this.folded, sentence.start, sentence.end, tokens)) {
      if (shape.counts.some(({ at }) => byStart.has(at)) || (shape.share && byStart.has(shape.share.at)))
        continue;
      const contest = shape.post === null ? null : this.resolveContest(this.folded.slice(...shape.post));
      const names = shape.counts.flatMap(({ name }) => (name === null ? [] : [name]));
      const ofOpeningPlace = shape.ofOpeningPlace === true;
      for (const { at, name, cast } of shape.counts)
        byStart.set(at, {
          contest,
          names,
          ofValid: false,
          share: false,
          name,
          refusal: null,
          cast,
          ...(ofOpeningPlace ? { ofOpeningPlace } : {}),
        });
      if (shape.share)
        byStart.set(shape.share.at, {
          contest,
          names,
          ofValid: shape.share.base === 'valid',
          ofCast: shape.share.base === 'cast',
          share: true,
          name: shape.share.name,
          refusal: null,
        });
    }
    return byStart;
  }

  /** Whether a place is the text's own (the first it names: its title's town or village). */
  private isOwnPlace(place: string): boolean {
    const own = this.ownPlace;
    return own !== null && (place.endsWith(own) || own.endsWith(place));
  }

  /**
   * Whether a sentence reads as a heading: one that starts with a section's mark (三、, （二）, 2.), or a
   * line's first sentence that no full stop closes (村（社区）党组织换届情况, 年龄：成员平均年龄44.96岁).
   */
  private isHeading(sentence: Sentence): boolean {
    const text = this.folded.slice(sentence.start, sentence.end);
    if (SECTION_MARK.test(text)) return true;
    return sentence.paragraphStart && !/[。！？!?.]/.test(this.folded.charAt(sentence.end));
  }

  /**
   * 产生主任434名，副主任58名，委员1055名 states a committee by its posts only: their sum is the
   * committee's total, which later parts (妇女干部175名) and words (占村委会干部总数的) refer to.
   */
  private addCommitteeOfPosts(groups: readonly GroupFigure[]): void {
    const totals = groups.filter((group) => group.partOf === null);
    const posts = POSTS.map((post) => totals.filter((group) => post.test(group.label)));
    if (posts.some((found) => found.length > 1)) return;
    const [chair, vice, member] = posts.map((found) => found[0]);
    if (!chair || !member) return;
    const stated = [chair, vice, member].filter((group) => group !== undefined);
    const first = stated.reduce((a, b) => ((a.origin.span?.[0] ?? 0) <= (b.origin.span?.[0] ?? 0) ? a : b));
    const last = stated.reduce((a, b) => ((a.origin.span?.[1] ?? 0) >= (b.origin.span?.[1] ?? 0) ? a : b));
    const label = stated.map((group) => group.label).join('+');
    this.summary.committeeOfPosts(label);
    this.figures.push({
      kind: 'group',
      label,
      partOf: null,
      value: stated.reduce((sum, group) => sum + group.value, 0n),
      sumOf: stated.map((group) => group.label),
      origin: this.origin([first.origin.span?.[0] ?? 0, last.origin.span?.[1] ?? 0]),
    });
  }

  private turnoutShapeCount: number | undefined;
  /**
   * The count of a turnout line of the electorate (turnoutOfElectorate), the voters — never one so far in
   * the day (`By noon, turnout was 640, or 39.5% of the 1,620 registered voters`).
   */
  private turnoutVoters(
    token: NumberToken,
    trailer: string,
    trailerEnd: number,
    state: SentenceState,
  ): boolean {
    this.turnoutShapeCount ??= turnoutShapes(this.folded);
    return (
      turnoutOfElectorate(
        token.unit,
        this.folded.slice(Math.max(state.start, token.span[0] - LABEL_REACH), token.span[0]),
        trailer,
        this.folded.slice(trailerEnd, trailerEnd + 80),
        this.turnoutShapeCount,
      ) && !atAnotherTime(otherTimeWords(this.folded, state.start, token.span[0]), this.times)
    );
  }

  private readNumber(
    token: NumberToken,
    labelStart: number,
    trailerEnd: number,
    clause: Sentence['clauses'][number],
    sharesFromHere: number,
    state: SentenceState,
  ): AnnouncedFigure | null {
    const label = this.folded.slice(labelStart, token.span[0]);
    const trailer = this.folded.slice(token.end, trailerEnd);
    // Since the figure before: a bracket closed (51人（其中…5人），占比82.3%), which ends what it opened.
    const lastEnd = state.lastFigure?.origin.span?.[1] ?? labelStart;
    const closed = /[）)]/.test(
      this.folded.slice(Math.max(lastEnd, token.span[0] - LABEL_REACH), token.span[0]),
    );
    state.afterBracket = closed && state.beforeBracket !== null;
    if (closed && state.partsInBracket) {
      state.partsInBracket = false;
      this.summary.bracketClosed();
    }
    // `Voter turnout: 1,402/1,630 (86.0%)`: the part of a turnout's slashed fraction is the voters.
    const inExpression =
      token.inExpression === true &&
      !(this.times.english && !token.percent && this.turnoutVoters(token, trailer, trailerEnd, state));
    this.refusal = token.approximate
      ? 'approximate'
      : inExpression
        ? 'in-expression'
        : token.chaff
          ? 'chaff'
          : token.mixedPlaces
            ? 'mixed-places'
            : token.garbled
              ? 'garbled'
              : token.tooLarge
                ? 'too-large'
                : token.spaceParted
                  ? 'space-parted'
                  : state.correction
                    ? 'corrected'
                    : (token.quantity ?? token.age ?? null);
    // 养老院投票箱收回选票46张（其中无效票1张）: a count in a bracket opened right after a part's count is
    // that part's own, never the whole's (read as the whole's, the box's 1 made the notice's sum wrong).
    const partOfPart = token.percent ? null : this.partsOfPart(token, state);
    if (partOfPart !== null) this.refusal ??= 'part-of-a-part';
    // People left unread, then their parts (71,031 people have been newly elected …, of whom 16,514 are
    // women): the parts are of the count just left unread, whatever unit they are counted in, never of a
    // total read before it.
    if (!token.percent && state.uncountedPeople && PART_MARK.test(label)) this.summary.partsOfUncounted();
    // `received 1,650 votes for, 290 against and 61 abstentions`: a yes-or-no vote's other counts.
    if (
      this.times.english &&
      !token.percent &&
      AGAINST_OR_ABSTAINED_AFTER.test(this.folded.slice(token.span[1], token.span[1] + 24)) &&
      VOTES_FOR_BEFORE.test(
        this.folded.slice(Math.max(state.start, token.span[0] - LABEL_REACH), token.span[0]),
      )
    )
      this.refusal ??= 'against-or-abstained';
    // `1,398 valid ballots and 13 invalid ones`: `ones` stands for the ballots named before it in the
    // sentence; with no ballots or votes named there, what the ones are the text does not say.
    const onesOfNothing =
      this.times.english &&
      !token.percent &&
      BALLOTS_AS_ONES.test(trailer) &&
      !BALLOTS_NOUN.test(this.folded.slice(state.start, token.span[0]));
    if (onesOfNothing) this.refusal ??= 'doubtful-label';
    // 已经8年: a span of years, which no other figure checks (scan-numbers.ts isSpanOfYears).
    if (token.unit === '年' && !token.percent) this.refusal ??= 'no-meaning';
    // 同比提高8.1个百分点: a difference of two rates, a change (point-changes.ts judges it where both are stated).
    const points = !token.percent && IN_POINTS.test(this.folded.slice(token.span[1], token.span[1] + 4));
    if (points) this.refusal ??= 'change';
    // `Zhang Wei and Li Na received 812 and 790 votes respectively`: the count is the votes of the name in
    // its place of the list, or unread when the names and the counts do not pair.
    const respective = state.englishRespective.get(token.span[0]);
    if (respective !== undefined && respective.cast !== true && this.refusal === null)
      return this.readRespective(token, respective, clause, state);
    let figure =
      partOfPart !== null ||
      onesOfNothing ||
      points ||
      token.unit === '年' ||
      token.quantity ||
      token.approximate ||
      token.age ||
      inExpression ||
      token.garbled ||
      token.tooLarge ||
      token.spaceParted ||
      state.correction
        ? null
        : token.percent
          ? (percentFigure(this, token, labelStart, label, trailer, sharesFromHere, state) ??
            this.anotherPlaceTurnout(token, state))
          : this.countingFigure(
              token,
              labelStart,
              label,
              trailer,
              trailerEnd,
              trailerEnd === clause.end,
              state,
            );
    // `Kong Deming was elected director with 3,612 votes, … Kong won 82.32% of the votes cast`: the share
    // said of the surname alone is of the one full name of the paragraph before it with that surname.
    if (figure?.kind === 'percent' && this.times.english) figure = this.ofFullName(figure, token.span[0]);
    // `Li Na was re-elected chair with 61%`: the winner's share, of the ballots cast or the valid ones, with
    // no votes stated: nothing to judge it by, and said so.
    if (
      !figure &&
      token.percent &&
      this.times.english &&
      (this.refusal === null || this.refusal === 'no-meaning') &&
      WINNER_WITH_SHARE.test(
        this.folded.slice(Math.max(state.start, token.span[0] - LABEL_REACH), token.span[0]),
      )
    )
      this.refusal = 'no-base';
    state.lastRefusal = figure ? null : (this.refusal ?? 'no-meaning');
    state.inPartBracket = partOfPart;
    state.partEnd =
      !token.percent &&
      (partOfPart !== null ||
        (figure === null && state.lastRefusal !== null && REFUSED_AS_PART.has(state.lastRefusal)) ||
        figure?.kind === 'group' ||
        this.otherThanOwn(figure, token))
        ? { end: token.end, group: figure?.kind === 'group' }
        : null;
    state.uncountedPeople =
      !figure &&
      !token.percent &&
      state.lastRefusal !== 'change' &&
      token.unit !== null &&
      PERSON_UNITS.has(token.unit);
    // A count left unread (2600多万名选民参加投票，占登记选民的94.5%) is the part of a share right after it:
    // no earlier figure is. A change (比上届增加3名，占25.9%) is said of the figure before it, which stays.
    if (!figure && !token.percent && state.lastRefusal !== 'change') state.lastFigure = null;
    // An unread count of votes (吕燕（女，连任，得票842票，得票率70.4%）) is what the 得票率 or 当选 after it speak of:
    // the votes of another candidate read before it are not.
    // 张伟得赞成票1100票，反对票80票，当选: the votes against in a yes-or-no vote on one candidate are no
    // other candidate's votes: the 当选 after them still speaks of the votes for.
    if (
      !figure &&
      token.unit !== null &&
      VOTE_COUNT_UNITS.has(token.unit) &&
      !(AGAINST_VOTES.test(label) && YES_VOTES.test(state.lastVotes?.origin.text ?? ''))
    )
      state.lastVotes = null;
    if (!figure) {
      // 一组…5名，二组…6名，三组…4名，合计15名。其中妇女代表5名: the total left unread is what the parts after it
      // are of; the group counted last is not.
      if (
        state.uncountedPeople &&
        token.span[0] - clause.start <= BARE_TOTAL_REACH &&
        BARE_TOTAL.test(this.folded.slice(clause.start, token.span[0]))
      )
        this.summary.partsOfUncounted();
      const yearOfText =
        (this.refusal === null || this.refusal === 'no-meaning') &&
        !token.percent &&
        token.unit === null &&
        this.times.english &&
        isYearInEnglish(this.folded, token.span[0], token.span[1]);
      this.listUnread(token.span, [clause.start, clause.end], yearOfText ? 'year' : this.refusal);
      return null;
    }
    // `Turnout was 86.7% in Liujia, where …`: a share said of a named place is of that place's counts.
    if (figure.kind === 'percent' && this.times.english) {
      const place = this.englishShareScope(token.span, state);
      if (place !== null) figure = { ...figure, place };
    }
    // 🏠 东湖社区 ⏎ 📋 登记选民：3,406人 ⏎ 🗳️ 参加投票：2,987人 ⏎ 📊 参选率：87.70%: a share on a line of its own
    // under a place's heading line is that place's, as the counts under it are (chinesePlaceHeadings). Only
    // a bare label of turnout alone on its line: 全街道参选率, 东湖社区参选率87.70%，西岭社区… name their own.
    if (
      figure.kind === 'percent' &&
      !this.times.english &&
      figure.place === undefined &&
      bareTurnoutLine(this.folded, token.span)
    ) {
      const place = englishPlaceAt(this.englishPlaces, token.span[0]);
      if (place !== null) figure = { ...figure, place };
    }
    this.figures.push(figure);
    // A bracket opened since the figure before, in this clause or an earlier one (（其中，全日制…5人）).
    const sinceLast = this.folded.slice(
      Math.max(lastEnd, state.start, token.span[0] - LABEL_REACH),
      token.span[0],
    );
    if (OPEN_BRACKET.test(sinceLast)) {
      state.beforeBracket = state.lastFigure;
      if (PART_MARK.test(sinceLast)) state.partsInBracket = true;
    }
    state.lastFigure = figure;
    if (figure.kind === 'votes' && this.times.english && votesOfShareBefore(this.folded, labelStart, label))
      this.shareBeforeItsVotes(figure, clause, labelStart, label);
    if (figure.kind === 'votes') {
      // 赖建平、时宏伟得票相等，均为476票: the one count is the votes of each name of the tie.
      const tied = this.tiedNames;
      this.tiedNames = null;
      const each = [
        figure,
        ...(tied?.names ?? []).map((name) => {
          const votes = this.votes(
            tied?.contest ?? null,
            name,
            figure.value,
            figure.origin.span ?? token.span,
            state,
          );
          return tied?.settled === true ? { ...votes, tieSettled: true as const } : votes;
        }),
      ];
      for (const votes of each) {
        if (votes !== figure) this.figures.push(votes);
        state.lastVotes = votes;
        state.votes.push(votes);
        state.lastVotesOf.set(votes.candidate, votes);
      }
    }
    if (figure.kind === 'count') {
      state.counts.push(figure);
      noteAttendance(figure, state.attendance);
    }
    if (figure.kind === 'group') {
      state.groups.push(figure);
      if (figure.places === true) state.placesCounted = true;
      noteAttendance(figure, state.attendance);
      state.voterSubset = voterSubsetOf(figure, trailer) ?? state.voterSubset;
    }
    return figure;
  }

  /**
   * A share of an English list of votes given respectively: of its name's votes, of the valid ballots when
   * the list names them; else of the ballots cast or the valid ones (vote-share-bases.ts).
   */
  private readRespectiveShare(
    token: NumberToken,
    respective: EnglishRespectiveEntry,
    clause: Sentence['clauses'][number],
    state: SentenceState,
  ): AnnouncedFigure | null {
    const votes = respective.name === null ? undefined : state.lastVotesOf.get(respective.name);
    const origin = this.origin(this.spanFrom(token.span[0], token.span[1]));
    if (votes === undefined) {
      this.listUnread(token.span, [clause.start, clause.end], respective.refusal ?? 'no-base');
      return null;
    }
    const part: ShareTerm = { kind: 'votes', contest: votes.contest, candidate: votes.candidate };
    if (!respective.ofValid && respective.ofCast !== true) {
      this.voteSharesOfEither.push({
        kind: 'percent',
        value: token.value,
        part,
        whole: { kind: 'count', meaning: 'cast' },
        origin,
      });
      this.listUnread(token.span, [clause.start, clause.end], 'ambiguous-base');
      return null;
    }
    const figure: AnnouncedFigure = {
      kind: 'percent',
      value: token.value,
      part,
      whole: { kind: 'count', meaning: respective.ofCast === true ? 'cast' : 'valid' },
      baseNamed: true,
      paragraphEnd: this.paragraphEndFrom(token.span[1]),
      origin,
    };
    this.figures.push(figure);
    state.lastFigure = figure;
    return figure;
  }

  /**
   * `Li Na was re-elected chair with 61% of the ballots cast (1,221 votes)`: the share before the votes is
   * the winner's of the base it names (the ballots cast, as a 得票率; the valid ballots where it says
   * `valid`), read once the votes in its bracket are; it was listed unread when met before them.
   */
  private shareBeforeItsVotes(
    votes: VotesFigure,
    clause: Sentence['clauses'][number],
    labelStart: number,
    label: string,
  ): void {
    const share = clause.tokens.filter((token) => token.percent && token.end <= labelStart).at(-1);
    if (!share) return;
    const listed = this.unread.findIndex((figure) => figure.span[0] === share.span[0]);
    if (listed < 0) return;
    this.unread.splice(listed, 1);
    this.figures.push({
      kind: 'percent',
      value: share.value,
      part: { kind: 'votes', contest: votes.contest, candidate: votes.candidate },
      whole: { kind: 'count', meaning: /\bvalid\b/i.test(label) ? 'valid' : 'cast' },
      baseNamed: true,
      paragraphEnd: this.paragraphEndFrom(share.span[1]),
      origin: this.origin(this.spanFrom(share.span[0], share.span[1])),
    });
  }

  /** A count of an English list of votes given respectively: its name's votes, or unread with the reason. */
  private readRespective(
    token: NumberToken,
    respective: EnglishRespectiveEntry,
    clause: Sentence['clauses'][number],
    state: SentenceState,
  ): AnnouncedFigure | null {
    const value = token.value.digits;
    if (respective.share) return this.readRespectiveShare(token, respective, clause, state);
    if (respective.name === null) {
      state.lastRefusal = respective.refusal ?? 'no-meaning';
      state.lastFigure = null;
      state.lastVotes = null;
      this.listUnread(token.span, [clause.start, clause.end], state.lastRefusal);
      return null;
    }
    const figure = this.votes(
      state.contest ?? respective.contest,
      respective.name,
      value,
      [token.span[0], token.end],
      state,
      respective.ofOpeningPlace === true,
    );
    state.respectiveVoters = [...respective.names];
    this.englishListNames = respective.names;
    state.lastRefusal = null;
    this.figures.push(figure);
    state.lastFigure = figure;
    state.lastVotes = figure;
    state.votes.push(figure);
    state.lastVotesOf.set(figure.candidate, figure);
    return figure;
  }

  /**
   * 有高中以上学历的书记占73.7%，…，其中大专学历的有3806人: 其中 after a share of a group whose count the
   * text never states opens parts of that group (its count unknown), not of an earlier total.
   */
  private partsOfShareJustRead(state: SentenceState): boolean {
    const last = state.lastFigure;
    if (last?.kind !== 'percent' || last.part.kind !== 'group' || this.summary.isPlaced(last.part.label))
      return false;
    this.summary.namedTotal(last.part.label);
    return true;
  }

  /**
   * 村党组织书记和村委会主任分别有4021人和2441人: the first count takes the first label, each count after
   * it (joined by 和, 、) the next; null when the count is not one of such a list.
   */
  private respectiveGroup(label: string, state: SentenceState): string | null {
    // 35岁以下、大专及以上学历成员分别为: 、 joins the labels (groupLabel drops it), and the 及 of 及以上 or
    // 及以下 is part of a label (大专及以上学历, 60岁及以上), no joiner.
    const listed = RESPECTIVE_GROUPS.exec(groupLabel(label.replaceAll('、', '和')));
    if (listed?.[1] !== undefined) {
      const labels = listed[1].split(/和|及(?!以[上下])|与/).filter((name) => name !== '');
      if (labels.length < 2) return null;
      state.respectiveGroups = labels.slice(1);
      return labels[0] ?? null;
    }
    const next = state.respectiveGroups;
    state.respectiveGroups = null;
    if (!next || !NEXT_SHARE.test(label)) return null;
    const [first, ...rest] = next;
    if (rest.length > 0) state.respectiveGroups = rest;
    return first ?? null;
  }

  /**
   * Lists a figure unread with the clause it stands in; past UNREAD_KEPT only counts it by reason, and
   * builds nothing, so that memory stays bounded.
   */
  listUnread(span: TextSpan, clause: readonly [number, number], reason: UnreadReason | null): void {
    if (this.unread.length >= UNREAD_KEPT) {
      this.countBeyond(reason ?? 'no-meaning');
      return;
    }
    this.unread.push({
      span,
      text: this.original.slice(span[0], span[1]),
      context: quoteWindow(this.original, clause[0], clause[1], span),
      ...(reason ? { reason } : {}),
    });
  }

  /** Counts written in English words (english-number-words.ts): listed unread, never read. */
  listNumberWords(readable: string, sentences: readonly Sentence[]): void {
    let at = 0;
    for (const span of englishNumberWords(readable)) {
      while (at < sentences.length - 1 && (sentences[at]?.end ?? 0) <= span[0]) at++;
      const sentence = sentences[at];
      this.listUnread(span, sentence ? [sentence.start, sentence.end] : span, 'in-words');
    }
  }

  /** Set once shares in 成 were listed after the clauses were read: the unread are then sorted. */
  private listedAside = false;

  /** Shares in 成 kept out of the clauses (chengAside): to a tenth only (in-cheng), or approximate. */
  listAside(tokens: readonly NumberToken[], sentences: readonly Sentence[]): void {
    if (tokens.length > 0) this.listedAside = true;
    let at = 0;
    for (const token of tokens) {
      while (at < sentences.length - 1 && (sentences[at]?.end ?? 0) <= token.span[0]) at++;
      const sentence = sentences[at];
      this.listUnread(
        token.span,
        sentence ? [sentence.start, sentence.end] : token.span,
        token.approximate ? 'approximate' : 'in-cheng',
      );
    }
  }

  countBeyond(reason: UnreadReason, count = 1): void {
    if (count === 0) return;
    this.unreadBeyond.count += count;
    this.unreadBeyond.byReason[reason] = (this.unreadBeyond.byReason[reason] ?? 0) + count;
  }

  /** Where each sentence first says votes (SAYS_VOTES), by its start; -1 when it never does. */
  private readonly votesWordAt = new Map<number, number>();

  /** Whether the sentence says votes before `at`: each sentence searched once, however many names it lists. */
  private saysVotesBefore(state: SentenceState, at: number): boolean {
    let first = this.votesWordAt.get(state.start);
    if (first === undefined) {
      const found = SAYS_VOTES.exec(state.text);
      first = found ? state.start + found.index : -1;
      this.votesWordAt.set(state.start, first);
    }
    return first >= 0 && first < at;
  }

  private countingFigure(
    token: NumberToken,
    labelStart: number,
    label: string,
    trailer: string,
    trailerEnd: number,
    lastInClause: boolean,
    state: SentenceState,
  ): AnnouncedFigure | null {
    const value = wholeNumber(token.value);
    if (value === null) return null;
    // `2,642 registered voters, 1,388 of them in Liujia`, `of whom 1,204 in Liujia`: a part of the count
    // just read, of the place named after it.
    const placePart = this.times.english ? this.partOfPlace(token, value, state) : null;
    if (placePart !== null) return placePart;
    // 女性成员占比40%（2名）: the count of the share's part, in brackets after it (count-of-share.ts).
    // 党员142名，占成员总数187名的75.9%: the whole of the share after it, counted in its own words.
    const inShare = baseCountedInShare(label, trailer, state.lastFigure, token.unit);
    if (inShare) {
      const known = this.summary.knownLabel(inShare.words) ?? inShare.words;
      // 120个村…占村总数126个的: the whole of the villages is no more the 村 of its part.
      const whole = known === inShare.part.label ? `${known}总数` : known;
      state.baseInShare = { part: inShare.part, whole: { kind: 'group', label: whole }, from: labelStart };
      return {
        kind: 'group',
        label: whole,
        partOf: null,
        value,
        ...(inShare.places ? { places: true } : {}),
        origin: this.origin(this.spanFrom(labelStart, token.end)),
      };
    }
    const ofShare = countOfShareInBrackets(
      this.folded,
      token.span,
      token.end,
      token.unit,
      value,
      state.lastFigure,
    );
    if (ofShare) return { ...ofShare, origin: this.origin(token.span) };
    // 比上届增加了240名, 从19人增到28人: a change, or a figure of another time, not one of this election.
    if (
      CHANGE.test(label) ||
      /从\s*$/.test(label) ||
      CHANGED_TO.test(trailer) ||
      changeGoesOn(label, state)
    ) {
      // 比上届（2021年）的1,802人增加113人: the count right after 上届 is the last term's own, 113 the change.
      this.refusal = LAST_TERM_FIGURE.test(label) ? 'last-term-aside' : 'change';
      return null;
    }
    // 全社区846户，参加投票的户代表812户 in an election by households' representatives: the households
    // that may vote, then those that did, in one sentence (household-counts.ts householdsThenTheirVoters).
    if (
      token.unit === '户' &&
      NAMES_HOUSEHOLD_REPRESENTATIVES.test(this.folded) &&
      householdsThenTheirVoters(
        this.folded.slice(Math.max(state.start, labelStart - 2), token.span[0]),
        trailer,
        this.folded.slice(trailerEnd, trailerEnd + 40),
      )
    )
      return this.count('registered', value, this.spanFrom(labelStart, token.end), state);
    // 本村共有530户, 全村530户: the village's households, the base a share of 总户数 or 户数 names
    // (named-rate-base.ts, GroupsStatedOnce); never the electorate, and no total of parts.
    if (token.unit === '户' && HOUSEHOLD_TOTAL.test(label.trim()))
      return {
        kind: 'group',
        label: '户',
        partOf: null,
        value,
        origin: this.origin(this.spanFrom(labelStart, token.end)),
      };
    // A ballot count is of people (人, 名, 位) or of ballots (张, 票, 份), never of places or households:
    // `All 14 villages voted on 19 April` counts villages, not voters (before, 14 was read as the voters who
    // cast a ballot, and the township's 18,204 voters and its turnout were left unchecked beside it).
    const countable = token.unit === null || !/^(?:个|户|villages|communities)$/i.test(token.unit);
    if (countable && countsThoseNotVoting(label, trailer)) {
      this.refusal = 'no-meaning';
      return null;
    }
    // 每户推选户代表1人参加投票, 每名选民最多接受3人委托: a count for each household or voter, no total;
    // nor is 每户确定户代表1名, its unit right before it, though its words name no ballot count.
    const ownClause = countable && !this.times.english ? this.ownClause(token.span, state, '') : '';
    if (
      countPerUnit(ownClause) &&
      ((countMeaningOf(label) ?? countMeaningOf(trailer)) !== null || countRightAfterUnit(ownClause))
    ) {
      this.refusal = 'per-unit';
      return null;
    }
    // By 10 a.m., 612 voters had cast ballots; In 2021 … 1,544 voted: not the result (english-other-time.ts).
    // So is the part of `By 11 a.m., 640 of the 1,480 registered voters had voted` (votedOfElectorate), and
    // of `640 of the 1,480 registered voters had voted by 11 a.m.`, the time after the verb.
    const votedOfWhole =
      countable && votedOfElectorate(token.unit, trailer, this.folded.slice(trailerEnd, trailerEnd + 80));
    if (
      countable &&
      ((((countMeaningOf(label) ?? countMeaningOf(trailer)) !== null || votedOfWhole) &&
        atAnotherTime(otherTimeWords(this.folded, state.start, token.span[0]), this.times)) ||
        (votedOfWhole && soFarAfter(this.folded.slice(trailerEnd, trailerEnd + 120))))
    ) {
      this.refusal = 'other-time';
      return null;
    }
    // Two villages, with a combined 2,870 registered voters: a count of some places, not the whole.
    if (
      countable &&
      this.times.english &&
      (countMeaningOf(label) ?? countMeaningOf(trailer)) !== null &&
      ofSomePlaces(this.folded.slice(Math.max(state.start, token.span[0] - SOME_PLACES_REACH), token.span[0]))
    ) {
      this.refusal = 'doubtful-label';
      return null;
    }
    // 704 voting members: with a vote, or who voted (english-voting-members.ts)?
    if (countable && this.times.english && votingMembersUncertain(label, trailer)) {
      this.refusal = 'doubtful-label';
      return null;
    }
    // Voters: 1,480 under Registered: 1,612: those who voted; with no electorate named, either (english-bare-voters.ts).
    const bareVoters = countable && this.times.english ? bareVotersLabel(label, this.folded) : null;
    if (bareVoters === 'doubtful') {
      this.refusal = 'doubtful-label';
      return null;
    }
    // 弃权和无效票共27张: two kinds of ballots counted together, neither of them alone (not the invalid).
    // 登记选民中外出务工人员参加投票的312人: some of the electorate who voted, neither it nor all the voters.
    // 参加投票的选民中女性652人: some of the voters who voted, not all of them.
    if (
      countable &&
      (BALLOTS_COUNTED_TOGETHER.test(label) ||
        someVotersAmongElectorate(label) ||
        someOfTheVotersWhoVoted(label))
    ) {
      this.refusal = 'doubtful-label';
      return null;
    }
    // 共有选民1234人参加投票: 共有选民 names who they are, the predicate after the count what they did.
    const voted = electorateInOtherWordsOnly(label) && VOTED_AFTER.test(trailer);
    // 参加投票户数1105户 in a notice of an election by household representatives: one ballot a household.
    // 应参加投票的户代表1640人 counts the households' representatives in people: its 应 says due, not voted.
    const representativesInPeople = householdRepresentativesInPeople(
      label,
      token.unit,
      state.text,
      this.folded.slice(Math.max(state.start, token.span[0] - REGISTERED_BEFORE_REACH), token.span[0]),
    );
    const byHouseholds =
      (token.unit === '户' || representativesInPeople) && NAMES_HOUSEHOLD_REPRESENTATIVES.test(this.folded);
    // 应到居民代表76名，实到居民代表71名 in a notice of an election by residents' representatives.
    const ofRepresentatives =
      !byHouseholds && countable && this.byRepresentatives
        ? representativeCountMeaning(label, state.text)
        : null;
    // 登记选民分别为420人、386人、512人，合计1318人: the list's total, of the list's kind (list-total.ts).
    const listTotal = countable
      ? totalOfListBefore(
          label,
          this.folded.slice(Math.max(state.start, token.span[0] - LIST_TOTAL_REACH), token.span[0]),
          token.unit,
          value,
        )
      : null;
    // 收回选票：村部投票站901张，流动票箱188张，委托投票71张，共1,160张: the total closing a list of places
    // under a heading of one kind of count is the whole's count of that kind (list-total.ts).
    const headedTotal =
      countable && listTotal === null && token.span[0] - state.start <= HEADED_LIST_REACH
        ? totalOfHeadedList(
            label,
            this.folded.slice(state.start, token.span[0]),
            token.unit,
            value,
            this.folded,
            this.folded.slice(token.end, token.end + HEADED_LIST_AFTER),
          )
        : null;
    // 同额参选的林有进以17票当选: the 参选 describes the person whose votes the count is, no voters.
    const describedVotes =
      ((token.unit === '票' || (token.unit === '张' && BALLOTS_OF_VOTES.test(trailer))) &&
        describedNameBefore(label) !== null) ||
      ((token.unit === 'votes' || token.unit === 'vote') &&
        votesOfShareBefore(this.folded, labelStart, label));
    // 参加投票的选民占登记选民的85.4%，计1,288人: the voters of the turnout just read (voters-after-turnout.ts).
    const turnoutVoters =
      countable && !byHouseholds && votersAfterTurnout(label, this.folded, labelStart, state.lastFigure)
        ? 'cast'
        : null;
    const fromLabel = byHouseholds
      ? (householdCountMeaning(label, token.unit, trailer) ??
        (representativesInPeople && !voted ? countMeaningOf(label) : null))
      : (ofRepresentatives ??
        bareVoters ??
        listTotal ??
        headedTotal ??
        turnoutVoters ??
        (state.englishRespective.get(token.span[0])?.cast === true ? 'cast' : null) ??
        this.traditionalTurnoutWords(labelStart, token, value) ??
        (countable && !voted && !describedVotes
          ? notOfCandidates(countMeaningOf(label), label, trailer)
          : null));
    // 应到50户，实到42户 in a notice that names no household representatives: households due or present,
    // but at which vote or meeting the text does not say; unread, never taken for voters.
    if (
      !fromLabel &&
      token.unit === '户' &&
      !byHouseholds &&
      (householdCountMeaning(label) !== null || /[应实]到会?$/.test(label.replace(/[\s,:：]/g, '')))
    ) {
      this.refusal = 'households';
      return null;
    }
    if (fromLabel) {
      this.refusal = this.doubtAbout(fromLabel, label, token, value, state);
      if (this.refusal !== null) return null;
      const read = this.count(fromLabel, value, this.spanFrom(labelStart, token.end), state, label);
      if (fromLabel === 'registered' || fromLabel === 'cast')
        this.noteVoterCount(
          fromLabel,
          read,
          voterUnitOf(label, byHouseholds, ofRepresentatives !== null),
          token.span,
          state,
        );
      if (read.kind === 'count' && read.contest === null && read.among === undefined) {
        const key = `${fromLabel}|${read.scope ?? ''}`;
        if (!this.firstCounts.has(key)) this.firstCounts.set(key, read);
        if (token.unit === null && /[\u3400-\u9fff]/.test(label))
          this.unitlessCounts.set(read, {
            span: token.span,
            text: this.original.slice(token.span[0], token.span[1]),
            context: quoteWindow(this.original, state.start, this.original.length, token.span),
            reason: 'doubtful-figure',
          });
      }
      return read;
    }
    // 甲获得4210张赞成票, 甲以4210张选票当选: votes counted in ballots.
    // 甲得票500张: 得票 (votes received) before the count says the ballots are votes.
    const ballotsOfVotes =
      token.unit === '张' && (BALLOTS_OF_VOTES.test(trailer) || VOTES_RECEIVED.test(label));
    // 甲、乙、丙分别获得523、602、627票 (分别得票1500、1400、1300张): the unit the list ends with is each
    // count's, in a list given to names respectively.
    const inVotesList = listOfVotes(
      token.unit,
      () => respectiveList(this.folded, labelStart, label, state.start) !== null,
      label,
      () => this.folded.slice(token.end, token.end + LIST_REACH),
      state,
    );
    // `Votes received` over `Chan Tai-man 734`: a bare number right after a name, under a heading that
    // says votes, is that person's; under `Results` it may be anything (english-votes-heading.ts).
    const headed =
      token.unit === null && this.englishHeaded.length > 0 && nameAlone(label)
        ? headingAt(this.englishHeaded, token.span[0])
        : null;
    const isVotes =
      inVotesList ||
      (token.unit !== null
        ? VOTE_UNITS.has(token.unit) || ballotsOfVotes
        : state.contest !== null ||
          VOTES_BEFORE_BARE_COUNT.test(label) ||
          ENGLISH_VOTES_LABEL.test(label) ||
          headed === 'votes');
    if (!isVotes && headed === 'results') {
      this.refusal = 'bare-after-name';
      return null;
    }
    // `Zhang Wei, 52`: a bare number after an English name and a comma is votes only where its sentence
    // says so before it (`received the following votes: Zhang Wei, 812; Li Na, 640`); else (`Members by
    // age: Zhang Wei, 52`) it may be an age, or anything, and is left unread.
    if (
      isVotes &&
      !inVotesList &&
      token.unit === null &&
      englishNameThenComma(
        this.folded.slice(Math.max(state.start, token.span[0] - NAME_CLAUSE_WINDOW), token.span[0]),
      ) &&
      !this.saysVotesBefore(state, token.span[0]) &&
      headed !== 'votes'
    ) {
      this.refusal = 'bare-after-name';
      return null;
    }
    // 张三以24票之差胜出: the votes by which one led, no one's votes.
    const margin = isVotes ? marginAfter(trailer) : null;
    if (margin !== null) {
      this.refusal = margin;
      return null;
    }
    if (isVotes)
      return votesFigure(
        this,
        token,
        labelStart,
        label,
        value,
        ballotsOfVotes || inVotesList ? trailer : '',
        state,
      );
    // 共有1322人参加投票: the words after the count say what it is, when they are its predicate; not in
    // 12名报名参选村委会成员的村民 (a count of villagers who stood), where they describe another noun.
    // 选民1,204人，其中参加投票1,102人: 选民 alone before the count, the voters among them after it.
    const electorateFirst =
      countable &&
      electorateThenItsVoters(
        this.folded.slice(Math.max(0, labelStart - 2), labelStart),
        label,
        trailer,
        this.folded.slice(trailerEnd, trailerEnd + 40),
      );
    const bareFraction = countable ? this.bareVotedFraction(token, state) : null;
    // 委托投票46张（其中无效票1张）: a bracket opened after the count, a number in it, holds that number's label.
    const labelOfNext = !lastInClause && BRACKET_OPENED.test(trailer);
    // `57 of the 63 representatives attended` in an election said to be by representatives: the meeting's
    // attendance, those who came before `of` and those due after it, both counted in representatives.
    // `Of the 64 resident representatives, 41 attended the meeting`: the same, the due ones opening the sentence.
    const representativesCame =
      countable && token.unit === null && this.times.english && this.byRepresentatives
        ? englishRepresentativesCount(
            trailer,
            this.folded.slice(trailerEnd, trailerEnd + 80),
            this.folded.slice(Math.max(state.start, token.span[0] - 24), token.end + 80),
            token.span[0] - Math.max(state.start, token.span[0] - 24),
            token.span[0] - state.start <= DUE_OPENING_REACH
              ? this.folded.slice(state.start, token.span[0])
              : null,
          )
        : null;
    const fromTrailer =
      representativesCame ??
      bareFraction ??
      (countable && !labelOfNext && !RELATIVE_CLAUSE.test(trailer) && !COLON_AFTER_NUMBER.test(trailer)
        ? ballotsCastAfter(token.unit, trailer)
          ? 'returned'
          : votedAfterPeople(token.unit, trailer) ||
              votedAmongTheRegister(
                token.unit,
                this.folded.slice(Math.max(0, token.span[0] - 40), token.span[0]),
                trailer,
                this.folded,
              ) ||
              ELECTORS_WHO_VOTED.test(trailer) ||
              (REGISTERED_WHO_VOTED.test(trailer) &&
                OPENS_CLAUSE.test(this.folded.slice(Math.max(0, token.span[0] - 8), token.span[0]).trimEnd()))
            ? 'cast'
            : (notOfCandidates(
                registeredAfter(countMeaningOf(beforeColon(trailer)), label, trailer),
                label,
                trailer,
              ) ??
              (electorateNamedAfter(label, trailer) || electorateFirst ? 'registered' : null) ??
              (votedOfElectorate(token.unit, trailer, this.folded.slice(trailerEnd, trailerEnd + 80)) ||
              this.turnoutVoters(token, trailer, trailerEnd, state)
                ? 'cast'
                : null))
        : null);
    // `7,388 of 8,834 voters cast ballots`: the verb is of the part before `of`; the count after it is
    // those the part is of, never the voters who cast a ballot.
    if (
      fromTrailer === 'cast' &&
      WHOLE_OF_PART.test(this.folded.slice(Math.max(state.start, token.span[0] - 24), token.span[0]))
    ) {
      this.refusal = 'doubtful-label';
      return null;
    }
    // `904 voted at the central polling station, 287 by mobile ballot box`: one place's or one way's
    // voters, a part of those who voted (english-way-of-voting.ts), never all of them.
    if (
      fromTrailer === 'cast' &&
      this.times.english &&
      wayOrPlaceOfVotingAfter(this.folded.slice(token.end, trailerEnd + 60))
    ) {
      this.refusal = 'doubtful-label';
      return null;
    }
    // `1,220 registered voters, plus 30 registered from outside the village`: a group counted apart, added
    // to the whole, as 另有 opens one in Chinese; never the whole's own count (added-groups).
    if (
      fromTrailer !== null &&
      this.times.english &&
      ADDED_MEANINGS.has(fromTrailer) &&
      (ENGLISH_ADDED_GROUP.test(
        this.folded.slice(Math.max(state.start, token.span[0] - 32), token.span[0]),
      ) ||
        ENGLISH_ADDED_AFTER.test(this.folded.slice(token.end, token.end + 24)))
    ) {
      this.addedGroups.push({ meaning: fromTrailer, value });
      this.refusal = 'doubtful-label';
      return null;
    }
    // 2名村务监督委员会参选人完成登记: candidates registering, no electorate; unread, never a total that
    // a later 其中 (昨天有5人登记) is taken as a part of.
    if (
      fromTrailer === null &&
      registeredAfter(countMeaningOf(beforeColon(trailer)), label, trailer) === 'registered' &&
      candidatesRegistering(`${label}${trailer}`)
    ) {
      this.refusal = 'candidates-registering';
      return null;
    }
    // 该村有226名村民参选 beside 收回选票716张: those who stood, or who voted? Unread, never compared.
    if (fromTrailer === 'cast' && this.standingOrVoting(trailer)) {
      this.refusal = 'doubtful-label';
      return null;
    }
    // 分别有412人、356人、291人参加投票: the predicate is of the whole list, not of its last count alone.
    if (
      fromTrailer &&
      closesRespectiveList(
        this.folded.slice(Math.max(state.start, token.span[0] - LIST_TOTAL_REACH), token.span[0]),
      )
    ) {
      this.refusal = 'doubtful-label';
      return null;
    }
    if (fromTrailer) {
      const read = this.count(
        fromTrailer,
        value,
        this.spanTo(electorateFirst ? labelStart : token.span[0], trailerEnd),
        state,
        trailer,
      );
      // English counts of voters and electorate, and whom each counts, for settleHouseholds.
      if (this.times.english && (fromTrailer === 'registered' || fromTrailer === 'cast'))
        this.noteVoterCount(
          fromTrailer,
          read,
          representativesCame !== null ? 'representatives' : englishVoterUnit(trailer),
          token.span,
          state,
        );
      return read;
    }
    // 村民委员会由5名成员组成: the total is of the noun between the count and 组成, never of the body before 由.
    const composedOf = /由$/.test(label.trim()) ? COMPOSED_OF.exec(trailer) : null;
    if (composedOf && /^(人|名|位)$/.test(token.unit ?? ''))
      return groupFigure(this, 'people', label, labelStart, token, value, trailer, undefined, {
        label: composedOf[1]!,
        length: composedOf[0].length,
        namesTotal: true,
      });
    // 产生193名居委会成员, 在9个村委会主任中: the people are named after their count.
    // 63名两委成员中高中以上37名: the people named after their count, then 中 and a part in the clause.
    const namedAfter = lastInClause
      ? (PEOPLE_AFTER.exec(trailer) ?? NOUN_ALONE_AMONG.exec(trailer))
      : PEOPLE_AMONG_THEN_PART.exec(trailer);
    if (
      namedAfter?.[1] &&
      /^(人|名|位|个)$/.test(token.unit ?? '') &&
      (groupLabel(label).replace(/^在$/, '') === '' ||
        (namedAfter[2] !== undefined && AMONG_QUALIFIED.test(label.trim())))
    )
      return groupFigure(this, 'people', label, labelStart, token, value, trailer, undefined, {
        // 新当选的38名成员中: the new members, not all members; 在这次当选的21305名乡镇党代表中 likewise.
        label: groupLabel(`${label.trim().replace(/^在/, '').replace(/的$/, '')}${namedAfter[1]}`),
        // Mid-clause, 中 is kept with the total so that the part's label starts after it.
        length: lastInClause
          ? namedAfter[0].replace(/(?:中|(?<![\s中]))\s*$/, '').length
          : namedAfter[0].length,
        namesTotal: namedAfter[2] !== undefined,
      });
    // 应到户代表48户，实到42户 at a meeting of household representatives: the households present, a group
    // whose base is those due (到会率), never the ballots cast (household-counts.ts).
    const householdsPresent = byHouseholds && token.unit === '户' && householdsPresentLabel(label);
    // 全村1,204人中1,102人投票: the people of the whole place, its population or its registered voters?
    if (
      token.unit !== null &&
      PERSON_UNITS.has(token.unit) &&
      wholePlacePeopleBeforeVoters(label, trailer, this.folded.slice(trailerEnd, trailerEnd + 24))
    ) {
      this.refusal = 'whole-place-people';
      return null;
    }
    // 村委会成员54名、社区居委会成员21名，共75名: the members of both bodies, their noun left out.
    const bodies = bodiesSummed(this, token, label, labelStart, trailer, value, state.groups);
    if (bodies) return bodies;
    // 3位直轄市長、78位直轄市議員: each count's people are named after it, never by the item before it; 共有
    // before the list heads it, no total of it.
    const listNoun = countFirstItemNoun(
      token.unit,
      this.folded.slice(Math.max(state.start, token.span[0] - 40), token.span[0]),
      this.folded.slice(token.end, Math.max(trailerEnd, token.end + 40)),
    );
    if (listNoun !== null) {
      const nounAt = this.folded.indexOf(listNoun, token.end);
      return groupFigure(
        this,
        'people',
        PART_MARK.test(label) ? '其中' : '',
        token.span[0],
        token,
        value,
        trailer,
        undefined,
        { label: listNoun, length: nounAt - token.end + listNoun.length, namesTotal: false },
      );
    }
    if (token.unit !== null && (PERSON_UNITS.has(token.unit) || householdsPresent)) {
      if (PART_MARK.test(label) && (state.uncountedPeople || this.votersReadLast(state)))
        this.summary.partsOfUncounted();
      else if (PART_MARK.test(label)) this.partsOfShareJustRead(state);
      const respective = this.respectiveGroup(label, state);
      return groupFigure(
        this,
        'people',
        label,
        labelStart,
        token,
        value,
        trailer,
        undefined,
        respective === null ? undefined : { label: respective, length: 0, namesTotal: false },
      );
    }
    if (token.unit === 'villages' || token.unit === 'communities')
      return groupFigure(this, 'places', label, labelStart, token, value, trailer, '');
    const among = placesAmong(this, token, label, labelStart, trailer, lastInClause, value, state);
    if (among) return among;
    const place = PLACE_NOUN.exec(this.folded.slice(token.end, trailerEnd));
    // 全县287个村（社区）中，264个一次选举成功: the places' noun left out, the total's in its sentence.
    // 18个村中有15个村实现…: the noun said again, after 中有 glued to the total's.
    const elided = placesElidedAfterTotal(
      this,
      token,
      label,
      labelStart,
      trailer,
      value,
      state.groups,
      place?.[0],
    );
    if (elided) return elided;
    // 村1,204个、社区216个，共1,420个: the sum of both kinds, its noun left out.
    const both = place ? null : bothKindsSummed(this, token, label, labelStart, trailer, value, state.groups);
    if (both) return both;
    // 仁和村有5个组: 个 counts the noun right after it (groups, branches), which is no place.
    if (token.unit === '个' && !place && OTHER_THINGS_COUNTED.test(this.folded.slice(token.end, trailerEnd)))
      return null;
    // 全市应换届的1022个村，已完成换届选举1015个: villages counted by what they did, after their total.
    const doneByPlaces = token.unit === '个' && PLACES_DONE.test(label) && state.placesCounted;
    if ((token.unit === '个' || place) && (place || doneByPlaces || /村|社区|一肩挑/.test(label)))
      return groupFigure(this, 'places', label, labelStart, token, value, trailer, place?.[0]);
    // English summaries: `64 committee members were elected`, `Women: 17`.
    if (ENGLISH_PEOPLE_AFTER.test(trailer) || (/:\s*$/.test(label) && GROUP_HEADING.test(label)))
      return groupFigure(this, 'people', label, labelStart, token, value, trailer);
    return null;
  }

  /**
   * How the count at `token` is a part's own part, else null: in a bracket opened right after a count of a
   * part (a box's, a way of voting's, left unread; or another count than the notice's own), only words
   * between (养老院投票箱收回选票46张（其中无效票1张）, 收回选票46张（无效票1张）), or a later count of that
   * bracket before it closes (（其中有效票45张，无效票1张）); or after 其中 opening the clause right after
   * such a count (46张，其中无效票1张), and the kinds of ballot listed after it (，其中有效票45张，无效票1张).
   */
  private partsOfPart(token: NumberToken, state: SentenceState): 'bracket' | 'parts' | null {
    // Only ballots are a part's own parts: people after it (大会选出7名，其中主任1名; 本届396名，其中女性81名)
    // are the groups of a count left unread, read as such, and a group's bracket holds its groups too.
    if (state.partEnd === null || token.unit !== '张') return null;
    const between = this.folded.slice(state.partEnd.end, token.span[0]);
    if (state.inPartBracket === 'bracket') return STILL_IN_BRACKET.test(between) ? 'bracket' : null;
    if (state.inPartBracket === 'parts' && NEXT_KIND_OF_BALLOT.test(between)) return 'parts';
    if (BRACKET_OPENED.test(between)) return 'bracket';
    return PARTS_AFTER.test(between) ? 'parts' : null;
  }

  /**
   * Whether a count just read is another than the notice's own of its meaning: the notice stated that
   * meaning of its place before with another value (敬老院收回选票46张 after 收回选票1488张), and no runoff
   * is named between (另行选举…收回选票1544张 is the runoff's own account).
   */
  private otherThanOwn(figure: AnnouncedFigure | null, token: NumberToken): boolean {
    if (figure?.kind !== 'count' || figure.contest !== null || figure.among !== undefined) return false;
    const earlier = this.firstCounts.get(`${figure.meaning}|${figure.scope ?? ''}`);
    const from = earlier?.origin.span?.[1];
    if (earlier === undefined || earlier === figure || earlier.value === figure.value || from === undefined)
      return false;
    const runoff = this.runoffsAt[indexAtOrAfter(this.runoffsAt, from)];
    if (runoff !== undefined && runoff <= token.span[0]) return false;
    // 一、主任选举：…收回2,702张 二、委员选举：…收回2,699张，其中有效票2,480张: another post's own ballot named since
    // (a ballot for each post), whose count is that ballot's account, its parts (其中) its own valid and invalid.
    return !(
      figure.meaning === 'returned' &&
      figure.scope === undefined &&
      POST_BALLOT_NAMED.test(this.folded.slice(from, token.span[0]))
    );
  }

  /** Whether a heading line of another body stands between the earlier count of a meaning and a token. */
  private bodyHeadingBetween(earlier: CountFigure, token: NumberToken): boolean {
    const from = earlier.origin.span?.[1];
    if (from === undefined) return false;
    this.bodyHeadings ??= otherBodyHeadingsAt(this.folded);
    const next = this.bodyHeadings[indexAtOrAfter(this.bodyHeadings, from)];
    return next !== undefined && next < token.span[0];
  }

  /**
   * Whether a report form's heading line of a later round (另行选举 ⏎ 参加投票人数, label-lines.ts) stands between
   * the earlier count of a meaning and a token stating it again.
   */
  private roundHeadingBetween(earlier: CountFigure, token: NumberToken): boolean {
    const from = earlier.origin.span?.[1];
    if (from === undefined) return false;
    this.roundHeadings ??= roundHeadingsAt(this.folded);
    const next = this.roundHeadings[indexAtOrAfter(this.roundHeadings, from)];
    return next !== undefined && next < token.span[0];
  }

  /** Whether a runoff is named between the earlier count of a meaning and a token stating it again. */
  private runoffBetween(earlier: CountFigure, token: NumberToken): boolean {
    const from = earlier.origin.span?.[1];
    if (from === undefined) return false;
    const next = this.runoffsAt[indexAtOrAfter(this.runoffsAt, from)];
    return next !== undefined && next < token.span[0];
  }

  /**
   * Whether `收回N张，其中` right before a count (no 选票 after 收回) is of ballots: the sentence or the one
   * before names 选票 or 投票 (`二、妇女委员选票` on its own line, 共发出选票…), and neither names other papers.
   */
  private bareBallotsSplit(before: string, token: NumberToken, state: SentenceState): boolean {
    if (!BARE_RETURNED_SPLIT.test(before)) return false;
    const words = this.folded.slice(previousSentenceStart(this.folded, state.start), token.span[0]);
    return BALLOTS_NAMED.test(words) && !PAPERS_NOT_BALLOTS.test(words);
  }

  /**
   * Whether a valid or invalid count after 其中 splits the ballots returned just before it (收回选票1150张，
   * 其中有效票1141张) and a runoff is named between the earlier count of its meaning and it: then it is
   * the runoff's account, not a part of the earlier count.
   */
  private runoffAccountPart(
    meaning: CountMeaning,
    earlier: CountFigure,
    token: NumberToken,
    state: SentenceState,
  ): boolean {
    if (meaning !== 'valid' && meaning !== 'invalid') return false;
    const before = this.folded.slice(Math.max(0, token.span[0] - SPLIT_REACH), token.span[0]);
    const from = earlier.origin.span?.[1];
    if (from === undefined) return false;
    // 一、主任选举 …其中有效票1300张 二、委员选举 发出委员选票1320张，收回1312张，其中有效票1280张: another post's
    // own ballot named since the earlier count (and in the sentence of its own returned ballots), whose
    // returned ballots split into that ballot's own valid and invalid.
    // The post's ballot is named near the split (in its sentence): only so far back is it looked for.
    const since = this.folded.slice(Math.max(from, token.span[0] - POST_NAMED_REACH), token.span[0]);
    if (POST_RETURNED_SPLIT.test(before) && POST_BALLOT_NAMED.test(since)) return true;
    if (!RETURNED_SPLIT.test(before) && !this.bareBallotsSplit(before, token, state)) return false;
    const next = this.runoffsAt[indexAtOrAfter(this.runoffsAt, from)];
    return next !== undefined && next < token.span[0];
  }

  /**
   * Why a count whose label names a ballot figure must stay unread, or null when it is certain: its
   * meaning word is qualified by a way of voting (直接参加投票, 委托投票: a part of the ballots cast, not
   * them) or stands far from the number (`voted at a polling centre … between 9`); or it has no unit, may
   * be cut short by the copy (选民总数50。) and disagrees with the same count stated before. A void
   * verdict is judged on these counts, so none of them is taken on a doubt.
   */
  private doubtAbout(
    meaning: CountMeaning,
    label: string,
    token: NumberToken,
    value: bigint,
    state: SentenceState,
  ): UnreadReason | null {
    const words = meaningWordsOf(label);
    if (words === null) return null;
    // 登记选民1,220人，另有外来登记选民30人; 参加投票1,080人，另有委托投票21人: a group counted apart, added to
    // the whole, never the whole's own count; the shares of that meaning may be of either (added-groups).
    const added = ADDED_MEANINGS.has(meaning) && ADDED_GROUP.test(label.slice(0, words.index));
    if (added) this.addedGroups.push({ meaning, value });
    // 各组登记选民：第一组460人: the first item of a list of groups under its heading, that group's own.
    if (FIRST_ITEM_UNDER_HEADING.test(label.slice(words.index + words.length))) return 'doubtful-label';
    // 第一投票站发出选票820张: one polling station's count is a part of the election's, never its account;
    // a total that plainly sums the places checks it (polling-place-sums.ts), else it is listed so.
    // Valid or invalid ballots after the places in their sentence (…，流动票箱收回175张，有效票1590张) that do
    // not name a place may be the whole's: their label is doubtful, no place's surely.
    if (
      POLLING_STATION.test(placeBefore(this.folded, token.span[0], state, this.ownPlace, this.proxies) ?? '')
    )
      return PLACE_IN_LABEL.test(label) || PLACE_MEASURES.has(meaning)
        ? 'one-polling-place'
        : 'doubtful-label';
    // 一组、二组在村委会会场投票，参加投票388人; 东片在村小学投票，参加投票612人: the count after where a part of
    // the village voted is that part's own, never the village's.
    if (PART_VOTED_AT.test(clauseBefore(this.folded, state.start, token.span[0]))) return 'doubtful-label';
    const before = label.slice(0, words.index);
    // 发放告选民书568份, 发放选民证1189张, 收回委托书86份: papers handed out or back that are no ballots.
    // 每户发放纪念品一份, 向每位选民发放选票一张: a count for each household or person, never the total.
    if (
      (meaning === 'issued' || meaning === 'returned') &&
      (otherPapers(label.slice(words.index + words.length)) || PER_HEAD.test(label))
    )
      return 'doubtful-label';
    // 登记选民分别为420人、386人、512人 (the counts of several polling stations or villages), 有效票和无效票分别为
    // 1180张和20张: the first of counts given respectively is one place's or one meaning's among several,
    // which the words pair only by order; never the notice's count of the meaning word before it.
    if (RESPECTIVE_COUNTS.test(label.slice(words.index + words.length))) return 'doubtful-label';
    // `Valid ballots numbered 1,402`, `totalled`, `stood at`: the verb says the count is the label's.
    const after = label.slice(words.index + words.length).replace(ENGLISH_COUNT_VERB, ' ');
    // A run of spaces pads a column (`Valid ballots           2,001`): as far as one space.
    const gap = after.replace(/[^\S\n]+/g, ' ');
    // `Voted by proxy: 163`: the way of voting follows an English label (english-way-of-voting.ts).
    if (
      WAY_OF_VOTING.test(before) ||
      (this.times.english && wayOrPlaceOfVotingAfter(after)) ||
      gap.length > LABEL_GAP ||
      ENGLISH_GAP.test(after)
    )
      return 'doubtful-label';
    if (meaning === 'cast' && this.standingOrVoting(label)) return 'doubtful-label';
    if (added) return 'doubtful-label';
    const key = `${meaning}|${placeBefore(this.folded, token.span[0], state, this.ownPlace, this.proxies) ?? ''}`;
    const earlier = this.firstCounts.get(key);
    if (earlier === undefined || earlier.value === value) return null;
    // 参加投票5200人，其中参加投票…: a part after 其中, never the same figure stated again. But for the
    // ballots returned split into valid and invalid after a runoff named since the earlier count
    // (二、另行选举情况 参加投票的选民1150人，收回选票1150张，其中有效票1141张): the runoff's own account,
    // which its setting keeps apart (before, it was unread and the runoff's ballots went unsummed).
    // The later items of that 其中's list (其中户籍选民1702人，登记参选的非户籍选民154人) are parts too.
    const wholeEnd = earlier.origin.span?.[1];
    const ofPartList =
      PART_MARK.test(label) ||
      (wholeEnd !== undefined && inPartListAfter(this.folded, wholeEnd, token.span[0]));
    if (ofPartList && !this.runoffAccountPart(meaning, earlier, token, state)) return 'doubtful-label';
    // 登记选民1500人 … 应参选选民1495名: those due to vote may leave out some registered (gone away); not
    // the same figure stated twice.
    if (DUE_VOTERS.test(label) || DUE_VOTERS.test(this.folded.slice(...(earlier.origin.span ?? [0, 0]))))
      return 'doubtful-label';
    // 另行选举 ⏎ 参加投票人数 ⏎ 1,047 after the first vote's 参加投票人数 ⏎ 1,203: a report form's block of the runoff,
    // its heading on a line of its own right over the block's first label. The count is that round's own,
    // a whole line (no figure cut short by the copy): read, and the heading sets it in that round
    // (mention-settings.ts), so that its account is checked within the block and never with the first vote's.
    if (/[\u3400-\u9fff]/.test(label) && this.roundHeadingBetween(earlier, token)) return null;
    // 另行选举 ⏎ 参加投票人数 ⏎ 1,047 after the first vote's 1,203 where the runoff is named otherwise (no heading
    // line over the block's labels), one of the two with no unit: another round's count, which is no garbled figure
    // and never makes the first vote's count doubtful; listed as the other round's, not judged.
    if (
      (token.unit === null || this.unitlessCounts.has(earlier)) &&
      /[\u3400-\u9fff]/.test(label) &&
      this.runoffBetween(earlier, token)
    )
      return 'other-round-count';
    // 二、村务监督委员会 ⏎ 收回选票 ⏎ 1,184 after the committee's 1,185 (a report form's block of another body,
    // its heading on a line of its own): that body's count, never compared with the committee's.
    if (
      (token.unit === null || this.unitlessCounts.has(earlier)) &&
      /[\u3400-\u9fff]/.test(label) &&
      this.bodyHeadingBetween(earlier, token)
    )
      return 'other-body-count';
    if (token.unit === null && /[\u3400-\u9fff]/.test(label)) return 'doubtful-figure';
    // 选民总数50。 … 登记选民329人: the unitless one stated first is the doubtful one; it is listed instead.
    const doubtful = this.unitlessCounts.get(earlier);
    if (doubtful !== undefined) {
      this.retracted.add(earlier);
      if (this.unread.length < UNREAD_KEPT) this.unread.push(doubtful);
      else this.countBeyond('doubtful-figure');
      this.firstCounts.delete(key);
    }
    return null;
  }

  /**
   * 参选 alone may be to vote or to stand (参选的有13人): a count named only by it is doubtful when the text
   * also names a count of voters or ballots without doubt, which it may then contradict for no fault; and
   * always after 报名 (报名参选的有12人: those who signed up to stand).
   */
  private standingOrVoting(words: string): boolean {
    return namedOnlyByStanding(words) && (this.statesPlainBallots || SIGNED_UP_TO_STAND.test(words));
  }

  /**
   * Households (参加投票户代表648户) and people (登记选民3216人) counted as voters or electorate in one notice:
   * which is the electorate of the election by household representatives is not certain, and a turnout
   * or a quorum of households in people would mix two measures (a valid election called void). So too
   * when the notice says the election was by household representatives (采取户代表投票方式) and counts
   * voters in people only. So too for an election by residents' representatives (采取居民代表选举方式)
   * beside the register of voters (登记选民6320人): the quorum is of the representatives, and the ballots
   * returned of 95 representatives held against 6320 voters called a valid election void: the voters
   * are taken back, the representatives kept. Otherwise every such count is taken back. Those taken
   * back are listed unread (doubtful-label). Called
   * once, after every sentence.
   */
  settleHouseholds(): void {
    this.settleGroupsHouseholds();
    const unit = electionUnitOf(
      this.folded,
      this.voterCounts.map((count) => count.unit),
    );
    if (unit === null) {
      this.settleRegisterBesideRepresentatives();
      return;
    }
    if (this.voterCounts.every((count) => count.unit === unit)) return;
    // Said to be by representatives, and counting them: only the register of voters beside them is no base.
    const keepUnit = unit === 'representatives' && this.byRepresentatives;
    const taken = new Set<AnnouncedFigure>();
    for (const count of this.voterCounts) {
      if (keepUnit && count.unit === unit) continue;
      this.retracted.add(count.figure);
      this.listUnread(count.span, count.sentence, 'doubtful-label');
      taken.add(count.figure);
    }
    this.sharesOfTakenBack(taken);
  }

  /**
   * Counts and shares whose body the words do not say (countsAfterBareMark, mention-settings.ts): retracted and listed
   * unread, each its number alone, as `body-unstated`. Called once, after every sentence.
   */
  /**
   * The counts read from corrections (inline-corrections.ts): kept where the corrected value was read as
   * one of the election's counts and no other statement of that count stands in the notice, its wrong value
   * listed as superseded; else the corrected value is retracted and both listed as in any correction (a
   * correction under the notice it corrects: the notice's value and the corrected one, neither read).
   */
  settleCorrections(corrections: readonly InlineCorrection[], sentences: readonly Sentence[]): void {
    if (corrections.length === 0) return;
    this.listedAside = true;
    // Found once, so that a text of many corrections is not scanned again for each (linear reading).
    const kept = this.keptFigures();
    const placed = kept
      .filter((figure) => figure.origin.span !== undefined)
      .sort((a, b) => (a.origin.span?.[0] ?? 0) - (b.origin.span?.[0] ?? 0));
    const countsOf = new Map<string, CountFigure[]>();
    for (const figure of kept) {
      if (figure.kind !== 'count') continue;
      const key = `${figure.meaning}|${figure.scope ?? ''}`;
      const listed = countsOf.get(key);
      if (listed) listed.push(figure);
      else countsOf.set(key, [figure]);
    }
    const listedAt = new Set(this.unread.map((one) => one.span[0]));
    // The counts of one meaning already listed as corrected elsewhere: each list is gone through once.
    const settled = new Set<readonly CountFigure[]>();
    const sentenceOf = (at: number) =>
      sentences[Math.max(0, firstStartingAfter(sentences, at, (one) => one.start) - 1)];
    for (const correction of corrections) {
      const [from] = correction.corrected;
      const read = this.figureHolding(placed, from);
      const same = read?.kind === 'count' ? (countsOf.get(`${read.meaning}|${read.scope ?? ''}`) ?? []) : [];
      // `same` holds `read` itself: alone when it holds nothing else.
      const alone = read?.kind === 'count' && same.length === 1;
      const sentence = sentenceOf(from);
      const context: TextSpan = sentence ? [sentence.start, sentence.end] : correction.corrected;
      if (read && !alone) {
        this.retracted.add(read);
        this.listUnread(correction.corrected, context, 'corrected');
        // The notice's own statement of the count it corrects: the notice says it is wrong, so it is
        // never judged either (a check of it would flag what the notice has already put right).
        for (const other of settled.has(same) ? [] : same) {
          const span = other.origin.span;
          if (other === read || span === undefined || this.retracted.has(other)) continue;
          this.retracted.add(other);
          const own = sentenceOf(span[0]);
          this.listNumberAlone(span, own ? [own.start, own.end] : span, 'corrected-elsewhere', COUNT_DIGITS);
        }
        settled.add(same);
      } else if (!read && !listedAt.has(from)) this.listUnread(correction.corrected, context, 'corrected');
      for (const span of correction.superseded)
        this.listUnread(span, context, alone ? 'superseded' : 'corrected');
    }
  }

  /**
   * The figure whose span holds `at`, among figures sorted by where they start: the nearest starting at or
   * before it, looked back over a few (spans may nest: a count inside a longer figure's words).
   */
  private figureHolding(placed: readonly AnnouncedFigure[], at: number): AnnouncedFigure | undefined {
    const last = firstStartingAfter(placed, at, (figure) => figure.origin.span?.[0] ?? 0) - 1;
    for (let index = last; index >= 0 && index > last - HOLDING_LOOKBACK; index--) {
      const span = placed[index]?.origin.span;
      if (span !== undefined && at < span[1]) return placed[index];
    }
    return undefined;
  }

  unreadBodyUnstated(figures: ReadonlySet<AnnouncedFigure>, sentences: readonly Sentence[]): void {
    if (figures.size === 0) return;
    for (const figure of this.figures) {
      const span = figure.origin.span;
      if (!figures.has(figure) || span === undefined || this.retracted.has(figure)) continue;
      this.retracted.add(figure);
      // The sentence it stands in: the last to start at or before it (sentences are in text order).
      const sentence = sentences[Math.max(0, firstStartingAfter(sentences, span[0], (one) => one.start) - 1)];
      // 876 of 参加投票876人, 78.0% of 参选率78.0%.
      this.listNumberAlone(
        span,
        sentence ? [sentence.start, sentence.end] : span,
        'body-unstated',
        SHARE_OR_COUNT,
      );
    }
  }

  /**
   * 主任：康建明，得票2,301票，占参加投票户数的85.60% after 参加投票的户代表2,688户: a candidate's share naming the
   * households that voted as its base is of that count alone (shares-of-named-households.ts), even where the
   * count is taken back as no measure of the electorate beside people. Called once, after settleHouseholds.
   */
  settleSharesOfNamedHouseholds(): void {
    const households = this.voterCounts
      .filter((count) => count.unit === 'households')
      .map((count) => ({ figure: count.figure, span: count.span }));
    if (households.length === 0) return;
    for (const { at, figure } of sharesOfNamedHouseholds(this.figures, households)) {
      const old = this.figures[at];
      if (old === undefined || this.retracted.has(old)) continue;
      this.figures[at] = figure;
    }
  }

  /**
   * 主任：霍建华，得74票，占到会代表的91.36% after 实到81名: a candidate's share naming the representatives
   * present as its base is of that count alone, or unread with why (shares-of-attending-representatives.ts).
   * Called once, after settleSharesOfNamedHouseholds.
   */
  settleSharesOfAttending(): void {
    for (const { at, figure } of sharesOfAttendingRepresentatives(
      this.folded,
      this.figures,
      this.voterCounts,
    )) {
      const old = this.figures[at];
      if (old === undefined || this.retracted.has(old)) continue;
      this.figures[at] = figure;
    }
  }

  /**
   * 沙田村村务监督委员会由村民代表会议选举产生 … 本村登记选民1,466人，4月12日村委会选举参加投票1,283人，参选率87.52%: a share
   * whose terms were last stated, before it, by counts of voters taken back is of those counts (another
   * vote's), not of the counts kept (the meeting's 39 and 35): it is taken back too and listed unread
   * (ambiguous-base). The counts are in text order; each share finds the last before it by a binary search
   * and looks back over a bounded number of them for one of its terms.
   */
  private sharesOfTakenBack(taken: ReadonlySet<AnnouncedFigure>): void {
    if (taken.size === 0) return;
    const counts = [...this.voterCounts].sort((one, other) => one.span[0] - other.span[0]);
    const starts = counts.map((count) => count.span[0]);
    for (const figure of this.figures) {
      if (figure.kind !== 'percent' || this.retracted.has(figure)) continue;
      const span = figure.origin.span;
      if (span === undefined) continue;
      const { part, whole } = figure;
      const ofItsTerms = (count: AnnouncedFigure) =>
        count.kind === 'count' &&
        ((part.kind === 'count' && part.meaning === count.meaning) ||
          (whole.kind === 'count' && whole.meaning === count.meaning));
      let at = indexAtOrAfter(starts, span[0]) - 1;
      const floor = at - TAKEN_BACK_LOOKED_AT;
      while (at > floor && at >= 0 && !ofItsTerms(counts[at]?.figure ?? figure)) at--;
      const last = at > floor && at >= 0 ? counts[at] : undefined;
      if (last === undefined || !taken.has(last.figure)) continue;
      // 占参加投票户数的85.06% after 参加投票的户代表2,688户: a share naming its base by that count's own unit is
      // of that count, whatever the electorate's unit; only a share naming none is in doubt.
      if (namesUnitOf(figure.origin.text, last.unit)) continue;
      this.retracted.add(figure);
      // The number alone (87.52%, not 参选率87.52%), as every share left unread is quoted: back from its sign
      // over its digits, within the figure's own span.
      const written = this.folded.slice(span[0], span[1]);
      const sign = Math.max(written.lastIndexOf('%'), written.lastIndexOf('％'));
      let from = sign;
      while (from > 0 && /[\d,.]/.test(written[from - 1] ?? '')) from--;
      this.listUnread(
        sign > from ? [span[0] + from, span[0] + sign + 1] : span,
        [last.sentence[0], span[1]],
        'ambiguous-base',
      );
    }
  }

  /** A count of voters or electorate read, and whom it counts (voterCounts, settleHouseholds). */
  private noteVoterCount(
    meaning: 'registered' | 'cast',
    read: AnnouncedFigure,
    unit: VoterUnit,
    span: TextSpan,
    state: SentenceState,
  ): void {
    this.voterCounts.push({
      figure: read,
      unit,
      span,
      sentence: [state.start, state.start + state.text.length],
    });
    this.voterUnits.set(read, unit);
    if (
      unit !== 'people' &&
      meaning === 'registered' &&
      read.kind === 'count' &&
      read.contest === null &&
      read.scope === undefined
    )
      this.firstElectorateNotPeople ??= read;
  }

  /**
   * 第一村民小组应到户代表52户 beside 全村登记选民1406人，参加投票1227人: households counted only under a
   * place of their own (a 村民小组's meeting choosing its 组长) beside the voters of no place counted in
   * people, who voted: the households are another election's, not a second measure of the committee's.
   * They alone are taken back (doubtful-label), the people kept. Not when the notice says the election
   * was by household representatives (HOUSEHOLD_ELECTION): then settleHouseholds takes back all.
   */
  private settleGroupsHouseholds(): void {
    const households = this.voterCounts.filter((count) => count.unit === 'households');
    if (households.length === 0) return;
    if (!households.every((count) => count.figure.kind === 'count' && count.figure.scope !== undefined))
      return;
    const others = this.voterCounts.filter((count) => count.unit !== 'households');
    if (
      others.some(
        (count) =>
          count.unit !== 'people' || (count.figure.kind === 'count' && count.figure.scope !== undefined),
      )
    )
      return;
    if (!others.some((count) => count.figure.kind === 'count' && count.figure.meaning === 'cast')) return;
    if (HOUSEHOLD_ELECTION.test(this.folded)) return;
    for (const count of households) {
      this.retracted.add(count.figure);
      this.listUnread(count.span, count.sentence, 'doubtful-label');
      this.voterUnits.delete(count.figure);
    }
    // The others kept in place, in one pass.
    this.voterCounts.length = 0;
    for (const count of others) this.voterCounts.push(count);
  }

  /**
   * 召开居民代表大会，选举产生新一届居民委员会 … 实到居民代表60人 … 收回选票60张 beside 登记选民5000人, in words
   * the reader does not take for the way of electing: the ballots may be the representatives', and the
   * register no base for them. With no count of people who voted to go with it, the register is taken
   * back (doubtful-label). A notice stating its voters in people (参加投票的选民3266人) keeps it.
   */
  private settleRegisterBesideRepresentatives(): void {
    if (!REPRESENTATIVES_PRESENT.test(this.folded)) return;
    const people = this.voterCounts.filter((count) => count.unit === 'people');
    if (people.some((count) => count.figure.kind === 'count' && count.figure.meaning === 'cast')) return;
    for (const count of people) {
      this.retracted.add(count.figure);
      this.listUnread(count.span, count.sentence, 'doubtful-label');
    }
  }

  /**
   * 参加投票的居民代表58人，占居民代表总数的92.06%: in an election by representatives, the voters' share of
   * the representatives named in words is a turnout, when the notice's electorate is counted in them.
   */
  ofRepresentatives(base: string, part: ShareTerm): { part: ShareTerm; whole: ShareTerm } | null {
    if (part.kind !== 'count' || part.meaning !== 'cast') return null;
    const electorate = this.electorateOfRepresentatives();
    // 应参加选举的户代表2108户，实际参加投票1876户，占应参加户数的88.99%: in an election by households, the
    // households named as due are the electorate, when it was stated as those due.
    if (HOUSEHOLDS_DUE_NAMED.test(base)) {
      const households = this.voterCounts.find((count) => count.figure === electorate)?.unit === 'households';
      return households && /应/.test(electorate?.origin.text ?? '')
        ? { part, whole: { kind: 'count', meaning: 'registered' } }
        : null;
    }
    if (!this.byRepresentatives) return null;
    // 应到居民代表116人，实到居民代表88人，占应到人数的75.86%: those due, named by 应到, are the representatives
    // the electorate counts, when it was stated as those due.
    const due =
      THOSE_DUE_NAMED.test(base) && electorate !== undefined && /应到|应出席/.test(electorate.origin.text);
    if (!REPRESENTATIVES_NAMED.test(base) && !due) return null;
    const unit = this.voterCounts.find((count) => count.figure === electorate)?.unit;
    return unit === 'representatives' ? { part, whole: { kind: 'count', meaning: 'registered' } } : null;
  }

  /**
   * The notice's first count of its electorate, as it stands once every sentence is read: a register of
   * people stated first beside representatives (本村登记选民1862人。…应到村民代表45人，实到村民代表32人，到会率
   * 71.1%; 社区登记选民5120人。应到居民代表60人，实到会居民代表52人，到会人数占应到人数的86.7%) is taken back then
   * (settleHouseholds), where the election is said to be by representatives or representatives are counted
   * as present, and the first count of the electorate in representatives or households stands for it.
   */
  private electorateOfRepresentatives(): CountFigure | undefined {
    const electorate = this.firstCounts.get('registered|');
    if (electorate === undefined || this.voterUnits.get(electorate) !== 'people') return electorate;
    this.representativesPresent ??= REPRESENTATIVES_PRESENT.test(this.folded);
    if (!this.byRepresentatives && !this.representativesPresent) return electorate;
    return this.firstElectorateNotPeople ?? electorate;
  }

  /**
   * 到会率, 出席率 of an election by representatives (of residents or of households): the voters of its
   * sentence over its electorate, when the sentence states one of each, both counted in representatives
   * or households and both the notice's first of their meaning (the counts the rate is then judged by).
   * A meeting's attendance in a notice whose electorate is people (居民代表会议…到会率 beside 登记选民) is
   * no turnout: null, and the rate is left as before.
   */
  attendanceOfVoters(state: SentenceState): { part: ShareTerm; whole: ShareTerm } | null {
    const end = state.start + state.text.length;
    const inSentence = this.voterCounts.filter(
      (count) => count.unit !== 'people' && count.span[0] >= state.start && count.span[1] <= end,
    );
    const due = inSentence.filter(
      (count) => count.figure.kind === 'count' && count.figure.meaning === 'registered',
    );
    const came = inSentence.filter(
      (count) => count.figure.kind === 'count' && count.figure.meaning === 'cast',
    );
    if (due.length !== 1 || came.length !== 1) return null;
    if (
      this.electorateOfRepresentatives() !== due[0]!.figure ||
      this.firstCounts.get('cast|') !== came[0]!.figure
    )
      return null;
    return { part: { kind: 'count', meaning: 'cast' }, whole: { kind: 'count', meaning: 'registered' } };
  }

  /** The figures read, without the unitless counts found doubtful afterwards. */
  keptFigures(): AnnouncedFigure[] {
    return this.retracted.size === 0
      ? this.figures
      : this.figures.filter((figure) => !this.retracted.has(figure));
  }

  /** The unread numbers in text order (a count found doubtful afterwards is listed late). */
  unreadInOrder(): UnreadFigure[] {
    return this.retracted.size === 0 && !this.listedAside
      ? this.unread
      : [...this.unread].sort((a, b) => a.span[0] - b.span[0]);
  }

  /** The candidates whose votes were read so far, folded. */
  private readonly votedNames = new Set<string>();

  /**
   * The English names whose votes were read so far by their first word (a Chinese surname: `Kong` of `Kong
   * Deming`), with where their votes last ended; two names of one surname make it no one's.
   */
  private readonly bySurname = new Map<string, { readonly name: string | null; readonly end: number }>();

  /**
   * A share of an English candidate named by the surname alone (`Kong won 82.32% of the votes cast`): of
   * the one full name with that surname whose votes were read before it, within SURNAME_REACH characters
   * and no blank line; else as read (no votes of that name: the share stays without a count).
   */
  private ofFullName(figure: PercentFigure, at: number): PercentFigure {
    const part = figure.part;
    if (part.kind !== 'votes' || !/^[A-Z][a-z]+$/.test(part.candidate)) return figure;
    const full = this.bySurname.get(part.candidate);
    if (full?.name == null || full.end > at || at - full.end > SURNAME_REACH) return figure;
    const between = this.folded.slice(full.end, at);
    if (/\n[^\S\n]*\n/.test(between)) return figure;
    // `… Kong Li was elected in Xinmin. Kong won 58.4%`: another of the surname named since is as likely.
    for (const other of between.matchAll(FULL_NAMES)) {
      const [surname, name] = [other[1], `${other[1]} ${other[2]}`];
      if (surname === part.candidate && name !== full.name) return figure;
    }
    // Only a sentence of the surname, its verb and the share of the votes or ballots alone: `In 2023, Kong
    // won 61.2%`, `Kong won 58.4% of the votes cast for deputy director` are of another vote.
    const opening = this.folded.slice(Math.max(0, at - SURNAME_SENTENCE_REACH), at);
    const after = this.folded.slice(at, at + SURNAME_SENTENCE_REACH);
    if (!SURNAME_OPENS_SHARE.test(opening) || !SHARE_OF_ALL_VOTES.test(after)) return figure;
    return { ...figure, part: { ...part, candidate: full.name } };
  }

  namedBefore(name: string, at: number): boolean {
    if (this.votedNames.has(name)) return true;
    // Named in words (主任候选人为羅傳仙、陈大明二人): a bounded stretch before, so reading stays linear.
    const before = this.folded.slice(Math.max(0, at - NAMED_BEFORE_REACH), at);
    for (let found = before.indexOf(name); found >= 0; found = before.indexOf(name, found + 1))
      if (before.charAt(found + name.length) !== '多') return true;
    return false;
  }

  votes(
    contest: AnnouncedContest | null,
    candidate: string,
    value: bigint,
    span: TextSpan,
    state: SentenceState,
    ofOpeningPlace = false,
  ): VotesFigure {
    this.votedNames.add(normalizeText(candidate.trim()));
    const surname = /^([A-Z][a-z]+)[^\S\n]+[A-Z][a-z]+$/.exec(candidate.trim())?.[1];
    if (surname !== undefined) {
      const known = this.bySurname.get(surname);
      const name = known === undefined || known.name === candidate.trim() ? candidate.trim() : null;
      this.bySurname.set(surname, { name, end: span[1] });
    }
    // 二、望江社区 ⏎ …有效票795张。⏎ 主任：龙海，得票740票: votes under a place's heading line are that
    // place's, as its counts are (chinesePlaceHeadings).
    // `In Xiwan, 980 of 1,120 registered voters cast ballots, and Li Na was re-elected chair with 530 of
    // 980 votes`: the votes of the place the sentence opens with, judged by its voters only.
    const scope =
      placeBefore(this.folded, span[1], state, this.ownPlace, this.proxies) ??
      englishPlaceAt(this.englishPlaces, span[0]) ??
      (ofOpeningPlace ? this.englishScope(span, state) : null);
    return {
      kind: 'votes',
      contest,
      candidate,
      value,
      ...(scope === null ? {} : { scope }),
      origin: this.origin(bracketAfterName(this.folded, candidate, span)),
    };
  }

  /**
   * The register or the voters were the figure read last before 其中: in its sentence, or, when 其中 opens
   * a sentence with no figure before it, at the end of the sentence before (删除187人，本届登记选民6,102人。其中
   * 户籍在本社区的选民5,214人: parts of the 6,102, never of the 187 struck off).
   */
  private votersReadLast(state: SentenceState): boolean {
    if (votersJustRead(state)) return true;
    return (
      this.votersEndedSentence &&
      this.figures.length === this.sentenceFirstFigure &&
      /^\s*其中/.test(state.text)
    );
  }

  /**
   * A clause with no number: 其中， opens parts; 村委会成员中， names their total. 其中，6都直轄市長候選人部分，:
   * the parts after are of the topic 其中 names (…部分), which the groups read before may not be (the list's
   * last item); of no total read.
   */
  private readTotalMark(words: string, state: SentenceState, after = ''): void {
    if (PART_MARK.test(words)) {
      if (
        state.uncountedPeople ||
        this.votersReadLast(state) ||
        TOPIC_AFTER_PART_MARK.test(`${words.replace(/^.*?其中/, '')}${after}`)
      )
        this.summary.partsOfUncounted();
      else if (!this.partsOfShareJustRead(state)) this.summary.partMark();
      return;
    }
    const named = NAMED_TOTAL.exec(words.trim());
    const whole = WHOLE_PLACE_OPENING.test(named?.[1] ?? '') ? named?.[1]?.replace(/\s/g, '') : undefined;
    if (named?.[1]) this.summary.namedTotal(groupLabel(named[1]), whole);
  }

  /**
   * The place an English count is of from its sentence: a part opening it (`At the east polling
   * station,`), a named place opening its clause (`In Liujia,`), or a wider place as its clause's subject
   * (`The township has 18,406 registered voters`).
   */
  private englishScope(span: TextSpan, state: SentenceState): string | null {
    const before = this.sentenceBefore(span[0], state);
    const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('；')) + 1;
    return (
      englishPartOpening(
        this.folded.slice(state.start, Math.min(span[1], state.start + PART_OPENING_REACH)),
      ) ??
      englishPlaceOpening(before.slice(clauseStart), this.ownWords) ??
      englishPlaceMidSentence(before.slice(clauseStart), this.ownWords) ??
      (PART_BEFORE.test(before) || PART_AFTER.test(this.wordsAfterNumber(span[0]))
        ? englishPlaceAfterCount(this.wordsAfterNumber(span[0]), this.ownWords)
        : null) ??
      englishWiderPlace(before)
    );
  }

  /**
   * A bare count that is a part of the count read just before it in its sentence, of a place named right
   * after it (PART_OF_PLACE): `2,642 registered voters, 1,388 of them in Liujia and 1,254 in Zhoujia`,
   * `2,106 voted, of whom 1,204 in Liujia`. It counts what that count counts, of that place; else null.
   * Only when nothing but `,`, `and`, `of whom` or `including` stands between the two counts' clauses, the
   * place is followed by the clause's end, and the part is smaller than the whole.
   */
  private partOfPlace(token: NumberToken, value: bigint, state: SentenceState): CountFigure | null {
    if (token.unit !== null || token.percent) return null;
    const whole = state.counts.at(-1);
    const wholeEnd = whole?.origin.span?.[1];
    if (whole === undefined || wholeEnd === undefined || wholeEnd > token.span[0] || whole.value <= value)
      return null;
    if (whole.among !== undefined || whole.contest !== null) return null;
    const between = this.folded.slice(wholeEnd, token.span[0]);
    if (between.length > PART_OF_PLACE_REACH || !PART_OF_PLACE_BETWEEN.test(between)) return null;
    const after = this.wordsAfterNumber(token.span[0]);
    const shape = PART_OF_PLACE.exec(after);
    if (shape?.[1] === undefined) return null;
    const place = englishPlaceAfterCount(after, this.ownWords);
    if (place === null) return null;
    return {
      kind: 'count',
      meaning: whole.meaning,
      contest: null,
      value,
      scope: place,
      origin: this.origin(token.span),
    };
  }

  /**
   * A count of a bare fraction in a place's `where` clause of a sentence of turnout (`Turnout was 71.9
   * percent in Zhoujia, where 902 of 1,254 voted`): `cast` for the part, `registered` for the whole; null
   * elsewhere, or where the clause names no place (englishScope).
   */
  private bareVotedFraction(token: NumberToken, state: SentenceState): 'cast' | 'registered' | null {
    if (token.unit !== null || !this.times.english) return null;
    const at = token.span[0];
    const before = this.folded.slice(Math.max(state.start, at - BARE_FRACTION_REACH), at);
    const after = this.folded.slice(at, Math.min(this.folded.length, at + AFTER_NUMBER_REACH));
    let meaning: 'cast' | 'registered' | null = null;
    if (WHERE_BEFORE_PART.test(before)) {
      const part = BARE_PART_OF.exec(after);
      if (part !== null && BARE_WHOLE_VOTED.test(after.slice(part[0].length))) meaning = 'cast';
    } else if (WHERE_PART_OF.test(before) && BARE_WHOLE_VOTED.test(after)) meaning = 'registered';
    if (meaning === null) return null;
    if (!TURNOUT_IN_SENTENCE.test(this.folded.slice(state.start, at))) return null;
    return this.englishScope(token.span, state) === null ? null : meaning;
  }

  /**
   * A turnout of another place right after a turnout read in the same sentence, with no words of its own
   * (`Turnout was 80.2 percent in Liujia and 71.9 percent in Zhoujia`, `…, and in Qianjia it was 76.4
   * percent`): the same share of that place, judged by that place's counts alone. Only when the words
   * between are nothing but the first share's place and `and` (or `, while`), the place is named right
   * after the share or right before it (`in Qianjia it was`), is not the first share's, and ends the
   * share's clause; else null.
   */
  private anotherPlaceTurnout(token: NumberToken, state: SentenceState): AnnouncedFigure | null {
    const last = lastShareOfSentence(this.figures, state.start);
    const lastEnd = last?.origin.span?.[1];
    if (!this.times.english || last?.kind !== 'percent' || lastEnd === undefined) return null;
    if (last.part.kind !== 'count' || last.part.meaning !== 'cast') return null;
    if (last.whole.kind !== 'count' || last.whole.meaning !== 'registered') return null;
    // Measured before the words are taken: the last share may stand far back in a long sentence.
    if (token.span[0] - lastEnd > ANOTHER_PLACE_REACH) return null;
    const between = this.folded.slice(lastEnd, token.span[0]);
    const after = this.folded.slice(
      token.span[1],
      Math.min(this.folded.length, token.span[1] + AFTER_NUMBER_REACH),
    );
    const named = ANOTHER_PLACE_BETWEEN.exec(between);
    if (named === null) return null;
    const placeAfter = named[1] === undefined ? englishPlaceAfterShare(after, this.ownWords) : null;
    const place = named[1] === undefined ? placeAfter : ownOrPlace(named[1], this.ownWords);
    if (place === null || place === (last.place ?? null)) return null;
    // The share (and its place after it) ends its clause: `, where …`, a full stop, `;` or the line's end.
    const rest =
      named[1] === undefined ? after.slice(PLACE_AFTER_SHARE_LENGTH.exec(after)?.[0].length ?? 0) : after;
    if (!SHARE_CLAUSE_END.test(rest)) return null;
    return {
      kind: 'percent',
      value: token.value,
      part: last.part,
      whole: last.whole,
      place,
      paragraphEnd: this.paragraphEndFrom(token.span[1]),
      origin: this.origin(token.span),
    };
  }

  /**
   * The words of its sentence before `at`, within SENTENCE_BEFORE_REACH: beyond it, the last of them after
   * a cut mark (`…`), so that no reading anchored at a clause's opening takes the cut for one. Read for
   * every English figure: unbounded, one long sentence would be read again for each of its numbers.
   */
  private sentenceBefore(at: number, state: SentenceState): string {
    const from = at - SENTENCE_BEFORE_REACH;
    return from <= state.start ? this.folded.slice(state.start, at) : `…${this.folded.slice(from, at)}`;
  }

  /**
   * The opening of a figure's sentence up to it, within SENTENCE_OPENING_REACH: enough for what is read
   * at a sentence's opening (a list's mark, then a count of places: `（一）14个村`), never the whole of a
   * long sentence for each figure.
   */
  private sentenceOpening(at: number, state: SentenceState): string {
    return this.folded.slice(state.start, Math.min(at, state.start + SENTENCE_OPENING_REACH));
  }

  /** The words right after the number that starts at `at` (`of them in Liujia` after `1,388`). */
  private wordsAfterNumber(at: number): string {
    const words = this.folded.slice(at, Math.min(this.folded.length, at + AFTER_NUMBER_REACH));
    return words.slice(/^\d[\d,.]*/.exec(words)?.[0].length ?? 0);
  }

  /**
   * The place an English share is said of: named right after it (`Turnout was 86.7% in Liujia`), or
   * opening its clause or sentence as a count's place is (englishScope); else null.
   */
  private englishShareScope(span: TextSpan, state: SentenceState): string | null {
    const after = this.folded.slice(span[1], Math.min(this.folded.length, span[1] + AFTER_NUMBER_REACH));
    return englishPlaceAfterShare(after, this.ownWords) ?? this.englishScope(span, state);
  }

  /**
   * A Chinese count's own clause up to its number, with its words after it (女性选民85人参加投票: 女性选民 and
   * 人参加投票): from the last clause mark before it in its sentence, within OWN_CLAUSE_REACH.
   */
  private ownClause(span: TextSpan, state: SentenceState, words: string): string {
    const before = this.folded.slice(Math.max(state.start, span[0] - OWN_CLAUSE_REACH), span[0]);
    const opening = Math.max(...[...'，,；;：:'].map((mark) => before.lastIndexOf(mark))) + 1;
    return `${before.slice(opening)}${words}`;
  }

  /** The group of the voters an English count is of: by its own words, or its clause's opening. */
  private englishGroupOf(span: TextSpan, state: SentenceState): string | null {
    const before = this.sentenceBefore(span[0], state);
    const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('；')) + 1);
    return englishGroupNoun(this.folded.slice(span[0], span[1]), clause);
  }

  private count(
    meaning: CountMeaning,
    value: bigint,
    span: TextSpan,
    state: SentenceState,
    words = '',
  ): AnnouncedFigure {
    // Two villages' results under a heading line each (english-places.ts): each heading is a place.
    // `Of the 640 ballots cast at the second polling station, 630 were valid`: that station's counts.
    const placed =
      placeBefore(this.folded, span[1], state, this.ownPlace, this.proxies) ??
      englishPlaceAt(this.englishPlaces, span[0]) ??
      (this.times.english ? this.englishScope(span, state) : null);
    // （一）村委会换届。14个村登记选民… in a township's summary: the township's villages together (全镇).
    const scope =
      placed === null
        ? null
        : (townshipOfCountedPlaces(placed, this.folded, this.sentenceOpening(span[0], state)) ?? placed);
    // 在外出务工的300名选民中，有280名投票: the group's voters, not the election's (voter-subset.ts).
    // 外出务工选民中参加投票的有420人: the voters of the group its words name.
    state.voterSubset =
      chineseVoterSubset(words) ??
      subsetBefore(state.voterSubset, words) ??
      englishVoterSubset(
        this.folded.slice(state.start, Math.min(span[0], state.start + SUBSET_OPENING_REACH)),
      );
    // 662 women took part in the vote: the women's voters, not all the election's (place-scope.ts).
    // 女性参加投票的选民585人, 非本村户籍参加选举的选民85人: the group's voters its own clause names.
    const among =
      amongOf(state.voterSubset, meaning) ??
      (this.times.english
        ? (this.englishGroupOf(span, state) ?? undefined)
        : meaning === 'cast'
          ? (groupNamedBeforeVerb(this.ownClause(span, state, words)) ??
            groupBeforeItsVoters(
              this.folded.slice(Math.max(state.start, span[1] - GROUP_BEFORE_VOTERS_REACH), span[1]),
            ))
          : undefined);
    return {
      kind: 'count',
      meaning,
      contest: meaning === 'abstained' ? state.contest : null,
      value,
      ...(scope === null ? {} : { scope }),
      ...(among === undefined ? {} : { among }),
      ...(meaning === 'valid' &&
      this.times.english &&
      validStatedAsPartOfBallots(this.sentenceBefore(span[0], state), this.folded.slice(span[0], span[1]))
        ? { partOfBallots: true as const }
        : {}),
      ...(meaning === 'cast' && namedOnlyByStanding(words) ? { namedByStanding: true as const } : {}),
      ...(meaning === 'cast' && this.proxies && this.folded.slice(span[0], span[1]).search(VENUE_AND_BOX) >= 0
        ? { besideProxies: true as const }
        : {}),
      origin: this.origin(span),
    };
  }

  spanFrom(start: number, end: number): TextSpan {
    const words = this.folded.slice(start, end);
    // A list's number before the words (（二）村（居）委会成员104人) is no part of the figure's own words.
    const mark = LIST_MARK.exec(words)?.[0].length ?? 0;
    const lead = /^(?:[^\p{L}\p{N}]|其中)*/u.exec(words.slice(mark))?.[0].length ?? 0;
    return [start + mark + lead, end];
  }

  spanTo(start: number, end: number): TextSpan {
    const trail = /(?<![^\p{L}\p{N}%])[^\p{L}\p{N}%]*$/u.exec(this.folded.slice(start, end))?.[0].length ?? 0;
    return [start, end - trail];
  }

  /** A group read as a part of a total the text then shows it is not within: a total of its own. */
  unattach(group: GroupFigure): void {
    const at = this.figures.lastIndexOf(group);
    if (at >= 0) this.figures[at] = { ...group, partOf: null };
  }

  /** A figure's own words, without the line break or spaces its span may start or end on. */
  origin([from, to]: TextSpan): { span: TextSpan; text: string } {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(this.original[start] ?? '')) start += 1;
    while (end > start && /\s/.test(this.original[end - 1] ?? '')) end -= 1;
    const text = this.original.slice(start, end);
    const blanked = this.correctionWords;
    if (blanked === null) return { span: [start, end], text };
    // A count read from a correction: its words without the correction's (参加投票人数2,987人 of 参加投票人数有误，
    // 更正后为2,987人), so that they are compared as any count's.
    let kept = '';
    for (let at = start; at < end; at++) if (blanked[at] !== 1) kept += this.original[at] ?? '';
    return { span: [start, end], text: kept };
  }

  /** Where the words of corrections read (inline-corrections.ts) stand, 1 a character; null for none. */
  private correctionWords: Uint8Array | null = null;

  /** The words of corrections read, blanked in the folded text: left out of a figure's own words. */
  correctionBlanks(spans: readonly TextSpan[]): void {
    if (spans.length === 0) return;
    const marks = new Uint8Array(this.original.length);
    for (const [from, to] of spans) marks.fill(1, from, Math.min(to, marks.length));
    this.correctionWords = marks;
  }
}

/** What may follow the votes in their bracket for the quote to take it in: nothing, or their share. */
const BRACKET_REST =
  /^[^\S\n]?(?:[，,、][^\S\n]?(?:得票率|占)?[^\S\n]?\d{1,3}(?:\.\d{1,6})?[^\S\n]?[%％][^\S\n]?)?[）)]/;

/**
 * 郑晓燕（1164票，59.7%）当选, 选举郑晓燕为主任（1164票，59.7%）: the votes (and their share) in a bracket
 * opened after the name; the quote covers the whole bracket, not only up to the count. So does a person's
 * bracket that goes on past the votes (张建华（得票1021票，男）, 朱明（得票1120票，男，中共党员）: person-bracket.ts),
 * so that the quote of the votes never ends inside the bracket (before, “张建华（得票1021票”).
 */
function bracketAfterName(folded: string, candidate: string, span: TextSpan): TextSpan {
  const quoted = folded.slice(span[0] + candidate.length, span[1]);
  const opening = Math.max(quoted.lastIndexOf('（'), quoted.lastIndexOf('('));
  if (opening < 0 || /[）)]/.test(quoted.slice(opening))) return span;
  const rest = BRACKET_REST.exec(folded.slice(span[1], span[1] + 24));
  if (rest !== null) return [span[0], span[1] + rest[0].length];
  // Within the longest person's bracket, on the line: the bracket's close, then what it holds.
  const after = folded.slice(span[1], span[1] + PERSON_BRACKET_LONGEST);
  const close = /^[^（()）\n]*[）)]/u.exec(after);
  if (close === null) return span;
  const inside = quoted.slice(opening + 1) + close[0].slice(0, -1);
  return personBracket(inside)?.votes === 1 ? [span[0], span[1] + close[0].length] : span;
}

/** Words that open with the whole of a place (全县, 全镇, 全区, 全街道). */
const WHOLE_PLACE_OPENING = /^\s*全(?:县|镇|乡|区|市|省|州|旗|街道)/;

/** Units of numbers that count no people, ballots or places: meetings, rounds, spans of time (年: 已经8年). */
const OTHER_UNITS = new Set(['次', '轮', '天', '小时', '分钟', '年']);

/** A number that counts nothing a summary's totals are made of: an age, or meetings, rounds, days. */
function isNoCount(token: NumberToken): boolean {
  return (
    token.age !== undefined ||
    token.inExpression === true ||
    token.garbled === true ||
    token.tooLarge === true ||
    token.spaceParted === true ||
    (token.unit !== null && OTHER_UNITS.has(token.unit))
  );
}

/** A clause that opens with nothing but a word of totals before its count (合计15名, 共计 15 人). */
const BARE_TOTAL = /^\s*(?:合计|共计|总计|总共|共|计)[：:]?\s*$/;
/** The longest clause opening BARE_TOTAL is tried on: a longer one is no bare total, and is not sliced. */
const BARE_TOTAL_REACH = 24;

/**
 * 登记选民5208人，其中第1至第9网格2744人: 其中 right after a count of voters (the registered, or those who
 * voted) lists parts of that count, never of a group of people stated before it (网格员共18人).
 */

function votersJustRead(state: SentenceState): boolean {
  const last = state.lastFigure;
  return last?.kind === 'count' && (last.meaning === 'registered' || last.meaning === 'cast');
}

/** Papers an election committee hands out or takes back besides ballots: voter cards, letters, leaflets. */
const OTHER_PAPERS = new RegExp(OTHER_PAPERS_SOURCE);

/** Each household or person (每户, 每位选民): what is handed to each, no total of the election. */
const PER_HEAD = /每(?:户|人|位|名|个|一位|一名)/;

/** The words between 发放 (or 收回) and a number name papers other than ballots, and no ballot. */
function otherPapers(after: string): boolean {
  return !/票/.test(after.replace(/委托投票|投票证明/g, '')) && OTHER_PAPERS.test(after);
}

/**
 * What may stand between a count and a part of it of a place (partOfPlace): the whole's own words, then
 * a comma, `and`, `of whom`, `of which` or `including`, and no other number or clause mark.
 */
const PART_OF_PLACE_BETWEEN =
  /^[^\d,;.:()]*(?:,[^\S\n]*(?:(?:and|of[^\S\n]+wh(?:om|ich)|including)[^\S\n]+)?)?$/;
/** How far apart a count and a part of it of a place may stand. */
const PART_OF_PLACE_REACH = 60;
/**
 * A part's place after its number, up to the clause's end: ` of them in Liujia`, ` in Liujia`, ` were in
 * the Liujia group` then `,`, `;`, `.`, `)`, ` and` or the text's end.
 */
const PART_OF_PLACE =
  /^[^\S\n]+(?:(?:of|among)[^\S\n]+(?:them|these|those)[^\S\n]+)?(?:(?:were|are)[^\S\n]+)?(in[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3}(?:[^\S\n]+(?:village|hamlet|group|team|community))?)(?=[^\S\n]*(?:[,;.:)]|and\b|$))/;

/**
 * A count said to be a part of a whole (`of whom 1,204`, `1,388 of them`): only then is a place named right
 * after it that place's part (`2,642 registered voters in Dongfeng` may be the whole election's).
 */
const PART_BEFORE = /\b(?:of[^\S\n]+wh(?:om|ich)|among[^\S\n]+them|including)[^\S\n]*$/i;
const PART_AFTER = /^[^\S\n]+(?:of|among)[^\S\n]+(?:them|these|those)\b/i;

/** How far after a number the words naming its place are read (`of them in Liujia`, `% in Liujia`). */
const AFTER_NUMBER_REACH = 60;
/**
 * How far back in its sentence an English figure's clause is read for its place or group (`In Liujia,`,
 * `Across the township,`, `Of the women,`): a clause opening farther back is not taken as the figure's.
 */
const SENTENCE_BEFORE_REACH = 400;
/** A count's digits, and a count's or a share's, as a figure listed unread by its number alone is quoted. */
const COUNT_DIGITS = /\d[\d,]*/g;
const SHARE_OR_COUNT = /\d[\d,]*(?:\.\d+)?[%％]?/g;
/** How far after the invalid ballots spoilt ones counted apart are looked for (spoiltLeftUnread). */
const SPOILT_AFTER_REACH = 300;
/** How much of a sentence's opening is read for what opens it (sentenceOpening). */
const SENTENCE_OPENING_REACH = 120;

/** The first line of a text when it is a heading (no sentence's full stop), else its words before a number. */
function ownWordsOfFirstLine(text: string): string {
  const line = /^\s*([^\n]*)/.exec(text)?.[1] ?? '';
  return /[.。]\s/.test(`${line} `) ? (/^[^\d]*/.exec(line)?.[0] ?? '') : line;
}

/**
 * Voters the register gained or lost (上次选举后迁入的选民52人已登记, 年满18周岁的新选民38人已列入选民名单, 死亡的
 * 选民12人已注销登记): the words of registering after the count say what was done to those the words before it
 * name, a change of the register, never the register itself. Before, 52 such voters were the notice's register
 * and the 1,688 who voted were judged as 3,246.2% of it.
 */
/**
 * 补选1名委员：参加投票1,003人, 对尚缺的1名委员另行选举：参加投票1,003人: the words after a colon label the
 * count after them, never the count before it (the 1 seat was read as the voters, and a right runoff was
 * flagged as 1,003 ballots from 1 voter). Only the words before the colon may say what the count is.
 */
function beforeColon(trailer: string): string {
  const colon = /[:：]/.exec(trailer);
  return colon === null ? trailer : trailer.slice(0, colon.index);
}

function registeredAfter(meaning: CountMeaning | null, label: string, trailer: string): CountMeaning | null {
  if (meaning !== 'registered') return meaning;
  return REGISTER_CHANGED.test(label) || PEOPLE_REGISTERING.test(trailer) ? null : meaning;
}

/**
 * 有10人登记, 4人登记参选, 有1713人登记（共891里）: people who register, right after their count — candidates
 * signing up, in every such notice seen — not the register of voters (6,796名登记选民, 登记在册的选民).
 */
const PEOPLE_REGISTERING = /^[^\S\n]*登记(?![^\S\n]*(?:(?:的|为|在册的?)?选民|在册|人数))/;

const REGISTER_CHANGED =
  /迁入|迁来|迁出|新增|增加|减少|删除|注销|核减|补登|(?<!重)新登记|新迁|年满|新满|满(?:18|十八)周?岁|新选民|死亡|去世|恢复/;

/** 其中，6都直轄市長候選人部分，: after 其中, a topic of its own (…部分, …方面) in the next clause. */
const TOPIC_AFTER_PART_MARK = /^[，,：:\s]*[^，,。；;：:\n]{1,20}(?:部分|方面)[^\S\n]*[，,：:]/;
/** How far after a clause holding only 其中 its topic is looked for. */
const TOPIC_AFTER_PART_MARK_REACH = 24;

/**
 * The electorate read by 登记 is not one when the count's words are of candidates registering (3人登记参选,
 * 3位直轄市長參選人完成登記) and name no voters (candidates-registering.ts).
 */
function notOfCandidates(meaning: CountMeaning | null, label: string, trailer: string): CountMeaning | null {
  return meaning === 'registered' && candidatesRegistering(`${label}${trailer}`) ? null : meaning;
}
