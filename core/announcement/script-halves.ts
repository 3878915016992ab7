import type { AnnouncedFigure, AnnouncedFigures, ScriptLines } from './announced-figures.js';
import { firstStartingAfter } from './text-places.js';

/** The script a line of a notice is written in: Chinese characters or Latin letters. */
export type Script = ScriptLines['script'];

const DIGIT = /\d/;

/**
 * The script of one line: Chinese where its characters are at least a third of its letters (a word of
 * English is several letters to a character's one: `张伟（Zhang Wei）得票812票` is Chinese, `Zhang Wei (张伟)
 * received 812 votes` English); null for a line of neither (digits, a rule, a blank line).
 */
function scriptOfLine(line: string): Script | null {
  // Counted character by character: no array of matches on a line of megabytes.
  let han = 0;
  let latin = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    if (code >= 0x3400 && code <= 0x9fff) han++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  if (han === 0 && latin === 0) return null;
  return han * 3 >= latin ? 'zh' : 'en';
}

/**
 * A notice in Chinese and again in English (a paragraph, then its translation; or line by line): the
 * lines of each script, in text order, a line of neither script taken as the one before it. Undefined
 * for a text with figures in one script only (an English notice under a title in characters): its
 * figures are of one text, whatever script a line of it is in.
 */
export function scriptHalves(text: string): readonly ScriptLines[] | undefined {
  const runs: { start: number; end: number; script: Script }[] = [];
  const withDigits = new Set<Script>();
  let current: Script | null = null;
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length + 1;
    const script: Script | null = scriptOfLine(line) ?? current;
    if (script !== null) {
      if (DIGIT.test(line)) withDigits.add(script);
      const last = runs.at(-1);
      if (last && last.script === script) last.end = end;
      else runs.push({ start: last ? start : 0, end, script });
      current = script;
    }
    start = end;
  }
  return withDigits.size === 2 ? runs : undefined;
}

/** The script of the line an offset stands in, or null where the text is of one script. */
export function scriptAt(halves: readonly ScriptLines[] | undefined, offset: number): Script | null {
  if (halves === undefined) return null;
  return halves[firstStartingAfter(halves, offset, (half) => half.start) - 1]?.script ?? null;
}

/** The script of the line a figure stands in, or null (one script, or no place in the text). */
export function scriptOfFigure(notice: AnnouncedFigures, figure: AnnouncedFigure): Script | null {
  const at = figure.origin.span?.[0];
  return at === undefined ? null : scriptAt(notice.halves, at);
}
