import type { Bilingual } from '../model/finding.js';
import { asciiForm } from './ascii-forms.js';

/** A character as the messages quote it: visible, even when it is a line break or a tab. */
function shown(char: string): string {
  const names: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return names[char] ?? char;
}

function lastNonSpaceBefore(text: string, offset: number): string {
  let at = offset - 1;
  while (at >= 0 && ' \t\n\r'.includes(text.charAt(at))) at--;
  return at >= 0 ? text.charAt(at) : '';
}

function endsJsonBefore(text: string, offset: number): boolean {
  try {
    JSON.parse(text.slice(0, offset));
    return true;
  } catch {
    return false;
  }
}

/**
 * What is wrong where a JSON text stops being JSON, in words a person who edited the file by hand can
 * act on — the mistakes such editing makes (a trailing comma, Chinese quotation marks or a full-width
 * comma, single quotes, a line break inside a string, a missing comma or bracket) named as such,
 * rather than the engine's own message, which differs from one engine to the next.
 */
export function jsonErrorWords(text: string, offset: number): Bilingual {
  if (offset >= text.length)
    return {
      zh: 'JSON 不完整：文件在此结束，后面还缺内容（例如 } 或 ]）',
      en: 'the JSON is incomplete: the file ends here, with something still missing (a } or ], for instance)',
    };
  const char = text.charAt(offset);
  const before = lastNonSpaceBefore(text, offset);
  if ((char === '}' || char === ']') && before === ',')
    return {
      zh: `“${char}”前多了一个逗号：JSON 不允许末尾的逗号`,
      en: `a comma before “${char}”: JSON allows no trailing comma`,
    };
  if (char.charCodeAt(0) < 0x20)
    return {
      zh: `字符串中间有换行或制表符（“${shown(char)}”）：JSON 的字符串须写在一行内`,
      en: `a line break or tab (“${shown(char)}”) inside a string: a JSON string must stay on one line`,
    };
  if ('“”‘’'.includes(char))
    return {
      zh: `中文引号“${char}”不是 JSON 的引号：请用英文双引号 "`,
      en: `the Chinese quotation mark “${char}” is not a JSON quote: use the straight double quote "`,
    };
  if (char === "'")
    return {
      zh: 'JSON 的名称和字符串要用英文双引号 "，不能用单引号',
      en: 'JSON names and strings take double quotes ("), not single ones',
    };
  if ('，：［］｛｝'.includes(char)) {
    const ascii = asciiForm(char);
    return {
      zh: `全角的“${char}”不是 JSON 的符号：请用半角的“${ascii}”`,
      en: `the full-width “${char}” is not JSON: use “${ascii}”`,
    };
  }
  // Parsed once: the text before the place may be a whole file (a history export).
  const ended = endsJsonBefore(text, offset);
  if (/[\d"}\]el]/.test(before) && /[\d"{[\-tfn]/.test(char) && !ended)
    return {
      zh: `“${char}”前缺少逗号`,
      en: `a comma is missing before “${char}”`,
    };
  if (ended)
    return {
      zh: `JSON 在此之前已经结束，后面多出了“${char}”`,
      en: `the JSON has already ended; “${char}” and what follows are extra`,
    };
  return { zh: `此处不应出现“${char}”`, en: `“${char}” is not expected here` };
}
