import type { Lang } from '../model/finding.js';
import type { RulesVersion } from '../model/report.js';
import { getRulePack } from '../rules/registry.js';
import { literalPattern } from '../text/literal-pattern.js';

/** A versioned pack's id as a report's words give it: `cn-village@2018`, `cn-residents-gansu:households@2025`. */
const VERSIONED_ID = /[a-z]+(?:-[a-z]+)*(?::[a-z]+)?@\d{4}/g;

/** A pack as a reader knows it: the text it encodes as cited, or a counting rule's name. */
function packWords(id: string, lang: Lang): string | null {
  const pack = getRulePack(id);
  if (!pack || pack.id !== id) return null;
  if (pack.version) return lang === 'zh' ? pack.version.statute.zh : `the ${pack.version.statute.en}`;
  return lang === 'zh' ? `“${pack.name.zh}”规则` : `“${pack.name.en}”`;
}

/**
 * Why the version of the law it applied is the one a report names, as a reader knows the version: the
 * text as cited (《中华人民共和国村民委员会组织法》（2018年12月29日修正）), or a counting rule's name, where
 * the report's reason names the pack's id (`cn-village@2018`); its days in force follow as the reason gives
 * them. An id in brackets after a text already named (a caveat's “第十九条（cn-residents@2025）”) is left
 * out. The id stays in the report's JSON (`rulesVersion.id`) for whoever compares it with a file. The line
 * is a sentence of its own: in English its first letter is a capital. The pages and the command line's
 * text output say it alike.
 */
export function versionLine(version: RulesVersion, lang: Lang): string {
  let line = version.reason[lang];
  const own = packWords(version.id, lang);
  // In Chinese an id stands between spaces, which the title's own brackets stand in for.
  if (own)
    line = line.replace(
      new RegExp(lang === 'zh' ? ` ?${literalPattern(version.id)} ?` : literalPattern(version.id), 'g'),
      own,
    );
  // A text cited with its own day in force (…，2026年1月1日起施行) needs no bracket of that day again.
  if (own && version.from && /施行|in force/.test(own))
    line = line.replace(
      lang === 'zh' ? `（${version.from} 起施行）` : ` (in force from ${version.from})`,
      '',
    );
  line = line
    .replace(new RegExp(`（${VERSIONED_ID.source}）| \\(${VERSIONED_ID.source}\\)`, 'g'), '')
    .replace(
      new RegExp(lang === 'zh' ? ` ?(${VERSIONED_ID.source}) ?` : VERSIONED_ID.source, 'g'),
      (id: string) => packWords(id.trim(), lang) ?? id,
    );
  if (lang !== 'en') return line;
  const first = line.codePointAt(0);
  if (first === undefined) return line;
  const letter = String.fromCodePoint(first);
  return /^\p{Ll}$/u.test(letter) ? letter.toUpperCase() + line.slice(letter.length) : line;
}
