import type { Bilingual, FindingCode } from '../../core/index.js';

/** What each finding means for an observer, and what to do about it: shown under its message. */
export const FINDING_EXPLANATIONS: Record<FindingCode, Bilingual> = {
  RETURNED_EXCEEDS_ISSUED: {
    zh: '收回的选票多于发出的选票：有选票来历不明。按规则这会使选举无效。',
    en: 'More ballots came back than were handed out: some ballots are unaccounted for. Under the rules this voids the election.',
  },
  BALLOT_ACCOUNTING_MISMATCH: {
    zh: '本应相等的数字不相等（如各票箱之和与总数、有效票加无效票与收回票数）。请核对原始计票单。',
    en: 'Figures that must agree do not (box sums against totals, valid plus void against returned). Check the original tally sheets.',
  },
  VOTES_EXCEED_BALLOTS: {
    zh: '某职位的票数超过了有效选票所能投出的最多票数：计票单有误。',
    en: 'A contest has more votes than its valid ballots could give: the tally sheet is wrong.',
  },
  TURNOUT_BELOW_QUORUM: {
    zh: '参加投票的人数没有达到法律要求，选举无效，需要重新选举。',
    en: 'Too few voters took part for the election to be valid under the law; it must be held again.',
  },
  SEAT_UNFILLED: {
    zh: '有名额没有人达到当选票数，需要就空缺名额另行选举。',
    en: 'No one reached the votes needed for a seat: the open seat goes to a runoff (另行选举).',
  },
  TIE: {
    zh: '票数相同决定了最后一个名额。本工具不抽签，该名额留待重新投票。',
    en: 'A tie decides the last seat. The tool never draws lots: the seat stays open for a new vote.',
  },
  WOMEN_QUOTA_UNMET: {
    zh: '当选的女性成员少于规定人数，应按规定补选。',
    en: 'Fewer women were elected than the rules require; the rules call for a further election.',
  },
  NOT_COMPETITIVE: {
    zh: '候选人数不多于应选名额，不是差额选举。',
    en: 'No more candidates than seats: the election was not competitive as the law requires.',
  },
  OVERVOTE: {
    zh: '这些选票选的人数多于应选名额，按规则作废，但仍计入投票人数。',
    en: 'These ballots chose more names than there are seats; the rules void them, but they still count as cast.',
  },
  WRITE_IN_LOOKALIKE: {
    zh: '另选他人的名字看起来与某候选人相同，但写法不同（如含不可见字符、形近字母、全角字符）：这些票没有计入该候选人。请核对计票单原件。',
    en: 'A written-in name looks like a candidate’s but is written differently (an invisible character, a look-alike letter, full-width characters): its votes were not counted for that candidate. Check the original tally sheet.',
  },
  WRITE_IN_LIKE_CODE: {
    zh: '另选他人写的是一个像候选人代号的字符串，可能是代号录入错误，这些票本应属于某位候选人。请核对计票单原件。',
    en: 'A write-in is written like a candidate code, perhaps a mistyped code whose votes belong to a candidate. Check the original tally sheet.',
  },
  BALLOTS_UNACCOUNTED: {
    zh: '只选一人的职位中，有效票应等于得票加弃权。计票单没有写弃权数，得票又少于有效票：差额按弃权推算，但也可能是漏记的票。',
    en: 'In a one-seat contest every valid ballot is a vote or an abstention. The sheets state no abstentions and the votes fall short: the difference is inferred as abstentions, but it may be votes left out.',
  },
  ONE_PERSON_TWO_POSTS: {
    zh: '这些选票把同一人选为两项以上职务，按本省选举办法整张作废，但仍计入投票人数。',
    en: 'These ballots chose the same person for two or more posts; the provincial measures void them, but they still count as cast.',
  },
  RETURNED_EXCEEDS_VOTERS: {
    zh: '收回的选票多于签到投票的人数：有选票来历不明。按本省选举办法这会使选举无效。',
    en: 'More ballots came back than voters signed in to vote: some ballots are unaccounted for. The provincial measures make this void the election.',
  },
  WOMEN_MEMBER_POST: {
    zh: '本省选举办法要求选票单列妇女委员职位，并在尚无妇女当选时于另行选举中继续单列。请核对选票样式。',
    en: 'The provincial measures list a separate post for a woman member on the ballot, kept in the runoff while no woman is elected. Check the ballot paper.',
  },
  RUNOFF_CANDIDATE_ELECTED: {
    zh: '法律规定另行选举的候选人是第一次投票未当选的人员。另行选举的候选人中有人与此前已当选的成员同名：如为同一人，候选人名单有误；如为同名的另一人，可不理会。',
    en: 'The law makes the candidates of a runoff those not elected in the first vote. A runoff candidate has the name of a member elected earlier: if it is the same person, the list of candidates is wrong; if a namesake, this may be ignored.',
  },
  RANKED_FIRST_CHOICES: {
    zh: '这些选票记录按顺序排列候选人（排序复选制）。本工具只按相对多数计票：每张票只计第一选择，不做逐轮淘汰和转移。当选结果可能与排序计票不同，请以排序计票的正式结果为准来比较。',
    en: 'These ballot records rank the candidates (ranked-choice voting). TallyWitness counts plurality only: each ballot counts for its first choice, with no rounds of elimination and transfer. The winners may differ from the ranked count; compare the first-choice totals with its first round.',
  },
  LIVE_TALLY_MISMATCH: {
    zh: '你自己唱票时记下的票数与该票箱的计票单不一致。请与监票人一起核对这一格。',
    en: "Your own count, kept as the ballots were read out, differs from the box's tally sheet. Check this cell with the scrutineers.",
  },
  LIVE_TALLIES_DIFFER: {
    zh: '两位观察员对同一票箱的唱票记录在这张选票上不一致：请一起回看这张选票唱出时的情况。',
    en: "Two observers' live tallies of the same box differ on this ballot: go over together how it was read out.",
  },
  DUPLICATE_BALLOT: {
    zh: '同一票箱中有重复编号的选票记录：可能重复录入。这张选票只计一次。如果几条记录内容不同，就无法知道哪一条是真的，请核对选票原件。',
    en: 'The same ballot number appears more than once in one box: a record may have been entered twice. The ballot is counted once. If the records differ, there is no telling which one is right: check the paper ballot.',
  },
  OUTCOME_UNDECIDED: {
    zh: '有几张选票的记录重复出现，内容却不同；票数差距又很小，这几张选票足以改变结果，所以这里对结果不下结论。请找出这几张选票的原件核对，改正记录后重新核对。',
    en: 'Some ballots were recorded more than once, differently each time, and the margin is small enough for those ballots to change this result. So the result is left open here, one way or the other. Find those paper ballots, correct the records against them, and run the audit again.',
  },
  CVR_TALLY_MISMATCH: {
    zh: '按选票记录重新计票的结果与该票箱的计票单不一致。',
    en: 'A recount from the ballot records differs from the box’s tally sheet.',
  },
  ANNOUNCED_MISMATCH: {
    zh: '公告中的数字与重新计票的结果不同。请对照公告原文与计票单。',
    en: 'A figure in the notice differs from the recount. Compare the notice with the tally sheets.',
  },
  ANNOUNCED_WINNER_MISMATCH: {
    zh: '公告的当选人与按规则应当选的人不同。',
    en: 'The winners named in the notice are not those the rules elect.',
  },
  ANNOUNCED_PERCENT_MISMATCH: {
    zh: '公告中的百分比既不是按其数字四舍五入的值，也不是截断的值。',
    en: 'A stated percentage is neither the rounded nor the truncated value of its figures.',
  },
  ANNOUNCED_SUM_MISMATCH: {
    zh: '公告中各部分之和与它所说的总数不符。',
    en: 'Parts stated in the notice do not add up to the total it states.',
  },
  REGISTERED_MISMATCH: {
    zh: '选举定义中的登记选民数与各票箱登记人数之和不同。',
    en: 'The registered voters in the election definition differ from the sum over the boxes.',
  },
  ELECTION_VOID: {
    zh: '按规则整个选举无效：没有人当选，需要重新选举。',
    en: 'Under the rules the whole election is void: no one is elected, and it must be held again.',
  },
  RUNOFF_THRESHOLD: {
    zh: '另行选举中得票最多者也须达到规定的最低票数。',
    en: 'In a runoff, the candidate with the most votes also needs a minimum share of the ballots cast.',
  },
  WRITE_IN: {
    zh: '有选民另选了候选人以外的人，这些票照常计算，被另选的人也可以当选。',
    en: 'Voters wrote in people who were not candidates; those votes count, and a write-in can be elected.',
  },
  UNREAD_FIGURE: {
    zh: '公告中有数字读不出是选举的哪一项，因此没有核对。请人工核对。',
    en: 'A number in the notice could not be read as a figure of the election, so it was not checked. Check it by hand.',
  },
};
