import type { Lang } from '../../shared/i18n.js';

/** The Audit step's number among the audit page's steps; its sections are numbered 5.1, 5.2, 5.3. */
export const AUDIT_STEP_NUMBER = 5;

/** The Audit step's own words; each section keeps its words in its own file. */
const zh = {
  step: `${AUDIT_STEP_NUMBER} 抽查`,
  intro:
    '复核证明了计票单上的数字加得对，却不能证明计票单本身无误。以下各项帮助在场的观察员决定要人工核对什么、核对多少。',
  sections: '本步骤包括',
  goToStep: '下一步：抽取要人工核对的票箱 →',
};

const en: typeof zh = {
  step: `${AUDIT_STEP_NUMBER} Audit`,
  intro:
    'The recount proves that the tally sheets add up, not that the sheets are right. What follows helps the observers present decide what to check by hand, and how much.',
  sections: 'In this step',
  goToStep: 'Next: choose the boxes to check by hand →',
};

export const auditWords = (lang: Lang) => (lang === 'zh' ? zh : en);
