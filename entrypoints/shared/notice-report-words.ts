import type { Lang } from '../../core/index.js';

/** The labels of a notice's report on the dashboard and in the side panel, in each language. */
export const NOTICE_REPORT_WORDS = {
  zh: {
    nextStep: '下一步：',
    findings: (count: number) => `发现的问题（${count.toLocaleString('zh-CN')}）`,
    showAll: (more: number) => `显示其余 ${more.toLocaleString('zh-CN')} 条`,
    source: '这段文字从哪里来',
    openAudit: '去“核对”页',
    judgedBy: (law: string) => `按${law}判断参选人数：`,
    ownFigures: '公告自身的数字：',
  },
  en: {
    nextStep: 'Next: ',
    findings: (count: number) => `Findings (${count.toLocaleString('en-US')})`,
    showAll: (more: number) => `Show the other ${more.toLocaleString('en-US')}`,
    source: 'Where this text came from',
    openAudit: 'Go to the Audit page',
    judgedBy: (law: string) => `Turnout judged by ${law}: `,
    ownFigures: 'The notice’s own figures: ',
  },
} as const satisfies Record<Lang, unknown>;
