import type { Bilingual, FindingLocation } from '../model/finding.js';
import type { AnnouncedFigure, AnnouncedFigures, CountMeaning, ShareTerm } from './announced-figures.js';
import { englishCount } from '../text/english-count.js';
import { normalizeText } from './normalize-text.js';

/** How findings name figures, in both languages, and point at them. */

export const COUNT_NAMES: Readonly<Record<CountMeaning, Bilingual>> = {
  registered: { zh: '登记选民数', en: 'registered voters' },
  cast: { zh: '参加投票人数', en: 'voters who cast a ballot' },
  issued: { zh: '发出选票数', en: 'ballots issued' },
  returned: { zh: '收回选票数', en: 'ballots returned' },
  valid: { zh: '有效票数', en: 'valid ballots' },
  invalid: { zh: '无效票数', en: 'invalid ballots' },
  abstained: { zh: '弃权票数', en: 'abstentions' },
};

/**
 * The electorate and the voters where the notice counts them in households (应到户代表48户, 参加投票户数
 * 42户): named as households, as the notice and the turnout's line name them, never as voters.
 */
export const HOUSEHOLD_COUNT_NAMES: Readonly<Partial<Record<CountMeaning, Bilingual>>> = {
  registered: { zh: '登记户数', en: 'registered households' },
  cast: { zh: '参加投票户数', en: 'households voting' },
};

/** The English noun of one such figure, for "1 registered voter". */
const ONE_COUNT: Readonly<Record<CountMeaning, string>> = {
  registered: 'registered voter',
  cast: 'voter who cast a ballot',
  issued: 'ballot issued',
  returned: 'ballot returned',
  valid: 'valid ballot',
  invalid: 'invalid ballot',
  abstained: 'abstention',
};

/** A count figure with its English noun: "1 valid ballot", "1306 valid ballots". */
export const englishCountOf = (meaning: CountMeaning, value: number | bigint): string =>
  englishCount(value, ONE_COUNT[meaning], COUNT_NAMES[meaning].en);

export function termName(term: ShareTerm): Bilingual {
  switch (term.kind) {
    case 'count':
      return term.among === undefined
        ? COUNT_NAMES[term.meaning]
        : {
            zh: `${term.among}选民中${COUNT_NAMES[term.meaning].zh}`,
            en: `${COUNT_NAMES[term.meaning].en} of the “${term.among}” voters`,
          };
    case 'votes':
      return { zh: `${term.candidate}的得票数`, en: `votes for ${term.candidate}` };
    case 'group':
      return { zh: /[A-Za-z]/.test(term.label) ? `“${term.label}”` : term.label, en: `“${term.label}”` };
  }
}

/** The finding location of a figure: its span of text, or its JSON path in the file. */
export function whereOf(figures: AnnouncedFigures, figure: AnnouncedFigure): FindingLocation {
  const { span, text, path } = figure.origin;
  if (span) return { ...(figures.file !== undefined ? { file: figures.file } : {}), span, text };
  return { ...(figures.file !== undefined ? { file: figures.file } : {}), text: path ?? text };
}

/** Names compare in folded form, so that 張杰婷 in a traditional text is 张杰婷 of the election. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * A name as sameName compares it: trimmed and folded, so that names can be kept in a set. Names and
 * posts are compared pair by pair where one name recurs (a page of many notices pasted together, the
 * same names in each): each is folded once, kept in a cache of bounded size (emptied when full).
 */
export function nameKey(name: string): string {
  const cached = NAME_KEYS.get(name);
  if (cached !== undefined) return cached;
  const key = normalizeText(name.trim());
  if (NAME_KEYS.size >= NAME_KEYS_KEPT) NAME_KEYS.clear();
  if (name.length <= NAME_KEY_LENGTH) NAME_KEYS.set(name, key);
  return key;
}

const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_KEPT = 4096;
/** Longer strings (a clause, a whole line) are folded each time, never kept. */
const NAME_KEY_LENGTH = 64;

/**
 * How a message quotes a figure: its text as written, or its JSON path. A report form's label over its
 * value (`参选率` ⏎ `88.10%`, `有效票` ⏎ `1,190`) is quoted with the line break as a space, as the form is read
 * (label-lines.ts): shown as `<U+000A>` it would look like a hidden character in a garbled figure. Only that
 * one line break: any other character is quoted as written.
 */
export function quoted(figure: AnnouncedFigure): string {
  return figure.origin.path ?? labelOverValue(figure.origin.quote ?? figure.origin.text);
}

/** One line break between a label's line and a line of its value alone: written as a space. */
const LABEL_OVER_VALUE =
  /^([^\n\r]*[^\s\d][^\S\n\r]*)\r?\n([^\S\n\r]*[\d,，.]+[^\S\n\r]?(?:人|张|票|名|份|户|%)?)$/u;

export function labelOverValue(text: string): string {
  const match = LABEL_OVER_VALUE.exec(text);
  return match ? `${match[1]} ${match[2]}` : text;
}
