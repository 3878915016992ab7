import type { Lang } from '../../core/index.js';

/**
 * What a reader who brought a notice (checked on its own, or captured) still has to give the audit, said
 * where they land (step 1): a journalist with a notice rarely has an election.json, so the ways to make
 * one, and to type in paper tally sheets, are named.
 */
export const HAND_OVER_WORDS = {
  zh: {
    placed: '公告已放到第 3 步。',
    stillNeeded: '要与计票单对照，还需要两样：',
    election: '选举定义：在下面选择 election.json；没有这个文件，可以在',
    electionForm: '“填写选举定义”页',
    electionAfter: '填写。',
    sheets: '计票单：放到第 2 步；手上只有纸质计票单，可以',
    typeIn: '录入计票单',
    sheetsAfter: '。',
  },
  en: {
    placed: 'The notice is now in step 3. ',
    stillNeeded: 'To compare it with the tally sheets, the audit needs two more things:',
    election: 'The election: choose its election.json below, or, without one, fill in the ',
    electionForm: 'Election form',
    electionAfter: '.',
    sheets: 'The tally sheets: add them in step 2, or, with paper sheets only, ',
    typeIn: 'type in the tally sheets',
    sheetsAfter: '.',
  },
} as const satisfies Record<Lang, Record<string, string>>;
