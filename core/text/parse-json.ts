import { fail, ok, type Result } from '../model/result.js';
import { jsonErrorWords } from './json-error-words.js';
import { jsonSyntaxErrorOffset } from './json-syntax-error.js';
import { positionAt } from './text-position.js';

/**
 * `JSON.parse` as a Result: a syntax error becomes an InputError with the line and column where the
 * text stops being JSON, and what is wrong there in our own words (jsonErrorWords). The place comes
 * from the engine's message when it states one (V8: "at position N"), otherwise from our own syntax check.
 */
export function parseJson(file: string, text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(reason);
    const offset = position ? Number(position[1]) : (jsonSyntaxErrorOffset(text) ?? text.length);
    const words = jsonErrorWords(text, offset);
    return fail({
      file,
      ...positionAt(text, offset),
      message: { zh: `JSON 语法错误：${words.zh}`, en: `JSON syntax error: ${words.en}` },
    });
  }
}
