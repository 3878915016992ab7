import type { Lang } from '../../core/index.js';

/** The labels of a notice's report on the dashboard and in the side panel, in each language. */
export const NOTICE_REPORT_WORDS = {
  zh: {
    nextStep: '下一步：',
    findings: (count: number) => `发现的问题（${count.toLocaleString('zh-CN')}）`,
    /** Over findings that are all notes (a figure not read, say): none of them is a problem. */
    notes: (count: number) => `提示（${count.toLocaleString('zh-CN')}）`,
    showAll: (more: number) => `显示其余 ${more.toLocaleString('zh-CN')} 条`,
    source: '这段文字从哪里来',
    /** What the law made of the turnout follows, naming households or voters itself. */
    judgedBy: (law: string) => `按${law}判断：`,
    ownFigures: '公告自身的数字：',
    pastedText: '粘贴的公告文字',
    checking: '正在核查…',
    errorsTitle: '公告未能读取，没有核对任何数字',
    errorsHow:
      '每条先写文件名和位置（“第几行:第几列”，或 JSON 中的路径），再写错在哪里。' +
      '如果选的不是公告的文字（例如照片、PDF 或 Word 文件），请打开它，把公告的文字复制下来，粘贴到上面的方框里。' +
      '改好文字或文件后，再点“核查公告”。',
  },
  en: {
    nextStep: 'Next: ',
    findings: (count: number) => `Findings (${count.toLocaleString('en-US')})`,
    notes: (count: number) => `Notes (${count.toLocaleString('en-US')})`,
    showAll: (more: number) => `Show the other ${more.toLocaleString('en-US')}`,
    source: 'Where this text came from',
    judgedBy: (law: string) => `Judged by ${law}: `,
    ownFigures: 'The notice’s own figures: ',
    pastedText: 'the pasted notice',
    checking: 'Checking…',
    errorsTitle: 'The notice could not be read; nothing was checked',
    errorsHow:
      'Each line gives the file and the place (line:column, or the JSON path), then what is wrong there. ' +
      'If what you chose is not the text of the notice (a photo, a PDF or a Word file, say), open it, copy the ' +
      'words of the notice and paste them in the box above. Correct the text or the file, then press “Check the notice” again.',
  },
} as const satisfies Record<Lang, unknown>;
