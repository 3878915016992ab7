import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseArgsRefusal } from './parse-args-words.js';

export type ParsedArgs = ReturnType<typeof parseArgs<ParseArgsConfig>>;

/** A usage problem: the command exits 2 with this message in both languages. */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

/**
 * node:util parseArgs, with its errors turned into a bilingual usage error. Also refused: an option
 * given twice that is not meant to repeat (parseArgs would keep the last silently, so
 * `--election a.json --election b.json` would check b alone), and a `--lang` other than zh or en.
 */
export function parseCommandArgs<const Options extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: Options,
  positionals = false,
) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options,
      allowPositionals: positionals,
      strict: true as const,
      tokens: true as const,
    });
  } catch (error) {
    const refusal = parseArgsRefusal(error);
    throw new UsageError(refusal.zh, refusal.en);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || options[token.name]?.multiple) continue;
    if (seen.has(token.name))
      throw new UsageError(
        `--${token.name} 重复给出；只能给一次`,
        `--${token.name} is given twice; give it once`,
      );
    seen.add(token.name);
  }
  const lang: unknown = (parsed.values as Record<string, unknown>)['lang'];
  if (lang !== undefined && lang !== 'zh' && lang !== 'en')
    throw new UsageError(
      `--lang 只能是 zh 或 en（读到“${String(lang)}”）`,
      `--lang must be zh or en (read “${String(lang)}”)`,
    );
  const { values, positionals: rest } = parsed;
  return { values, positionals: rest };
}
