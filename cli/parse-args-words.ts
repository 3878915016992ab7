import type { Bilingual } from '../core/index.js';

/**
 * node:util parseArgs's refusals, said in both languages. Its messages are English only, and the
 * Chinese half of a usage error used to carry them verbatim. The option or argument it names is
 * taken from the message (its codes do not carry it); a refusal of another kind keeps Node's text.
 */
export function parseArgsRefusal(error: unknown): Bilingual {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const named = /'([^' ]+)/u.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return { zh: `未知选项 ${named}`, en: `unknown option ${named}` };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return {
        zh: `多余的参数“${named}”：此命令不接受（带空格的路径请加引号）`,
        en: `unexpected argument “${named}”: this command takes none (quote a path that holds spaces)`,
      };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing|is ambiguous/u.test(message))
        return {
          zh: `${named} 后面缺少它的值（以“-”开头的值请写成 ${named}=-…）`,
          en: `${named} needs a value after it (write a value starting with "-" as ${named}=-…)`,
        };
      if (/does not take an argument/u.test(message))
        return { zh: `${named} 不带值`, en: `${named} takes no value` };
  }
  return { zh: `命令行参数有误：${message}`, en: `bad command-line arguments: ${message}` };
}
