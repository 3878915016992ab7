import type { Finding, Lang } from '../model/finding.js';
import { makeFinding } from '../model/make-finding.js';
import type { AnnouncedFigures } from './announced-figures.js';

/**
 * One UNREAD_FIGURE (info) for each number of the announcement the reader could give no meaning to, so
 * that people see what was not compared, and where it stands.
 */
export function reportUnreadFigures(figures: AnnouncedFigures, lang: Lang): Finding[] {
  return figures.unread.map((unread) =>
    makeFinding(
      {
        code: 'UNREAD_FIGURE',
        severity: 'info',
        messages: {
          zh: `公告中的数字“${unread.text}”未能识别其含义，未加核对（“${unread.context}”）`,
          en: `The announcement's number “${unread.text}” has no meaning the reader recognises and was not checked (“${unread.context}”)`,
        },
        found: unread.text,
        where: {
          ...(figures.file !== undefined ? { file: figures.file } : {}),
          span: unread.span,
          text: unread.text,
        },
      },
      lang,
    ),
  );
}
