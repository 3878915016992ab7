import { fail, ok, type Result } from '../model/result.js';
import { jsonSyntaxErrorOffset } from './json-syntax-error.js';
import { positionAt } from './text-position.js';

/**
 * `JSON.parse` as a Result: a syntax error becomes an InputError with the line and column where the
 * text stops being JSON. The place comes from the engine's message when it states one (V8: "at
 * position N"; Firefox: "at line L column C"), otherwise from our own syntax check.
 */
export function parseJson(file: string, text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const place = placeOf(text, reason);
    return fail({
      file,
      ...place,
      message: {
        zh: `JSON 语法错误（${reason}）`,
        en: `JSON syntax error (${reason})`,
      },
    });
  }
}

function placeOf(text: string, reason: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(reason);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(reason);
  const offset = position ? Number(position[1]) : (jsonSyntaxErrorOffset(text) ?? text.length);
  return positionAt(text, offset);
}
