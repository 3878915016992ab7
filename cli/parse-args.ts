import { parseArgs, type ParseArgsConfig } from 'node:util';

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

/** node:util parseArgs, with its errors turned into a bilingual usage error. */
export function parseCommandArgs<const Options extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: Options,
  positionals = false,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: positionals, strict: true as const });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`命令行参数有误：${detail}`, `bad command-line arguments: ${detail}`);
  }
}
