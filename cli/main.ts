import type { CliIo } from './cli-io.js';
import { AUDIT_USAGE, runAudit } from './commands/audit.js';
import { BUNDLE_USAGE, runBundle } from './commands/bundle.js';
import { LIVE_TALLY_BUNDLE_USAGE } from './commands/compare-live-tallies.js';
import { CHECK_USAGE, runCheck } from './commands/check.js';
import { COMMIT_USAGE, runCommit } from './commands/commit.js';
import { runSample, SAMPLE_USAGE } from './commands/sample.js';
import { EXPORT_USAGE, runExport } from './commands/export.js';
import { KEYGEN_USAGE, runKeygen } from './commands/keygen.js';
import { runVerify, VERIFY_USAGE } from './commands/verify.js';
import { writeSignedReceipt } from './commands/write-receipt.js';
import { UsageError } from './parse-args.js';
import { terminalSafe } from './terminal-safe.js';
import { endQuietlyOnBrokenPipe } from './broken-pipe.js';

const EXIT_STATUS = `Exit status: 0 no finding of severity error; 1 at least one; 2 bad usage or input.
退出码：0 无错误级发现；1 有错误级发现；2 用法或输入有误。`;

const USAGE = `TallyWitness 计票见证 — recount an election, check it against the law and the notice, sign a receipt.

${CHECK_USAGE}
${VERIFY_USAGE}
${KEYGEN_USAGE}
${BUNDLE_USAGE}
${LIVE_TALLY_BUNDLE_USAGE}
${COMMIT_USAGE}
${SAMPLE_USAGE}
${EXPORT_USAGE}
${AUDIT_USAGE}

${EXIT_STATUS}`;

const COMMAND_USAGE: Record<string, string> = {
  check: CHECK_USAGE,
  verify: VERIFY_USAGE,
  keygen: KEYGEN_USAGE,
  bundle: `${BUNDLE_USAGE}\n${LIVE_TALLY_BUNDLE_USAGE}`,
  commit: COMMIT_USAGE,
  sample: SAMPLE_USAGE,
  export: EXPORT_USAGE,
  audit: AUDIT_USAGE,
};

const asksForHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

/** The language of messages: --lang, else the environment's locale (Chinese where it says zh). */
export function chooseLang(args: readonly string[], env: Record<string, string | undefined>): 'zh' | 'en' {
  const flag = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = flag < 0 ? undefined : args[flag]!.includes('=') ? args[flag]!.split('=')[1] : args[flag + 1];
  if (value === 'zh' || value === 'en') return value;
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export async function main(args: readonly string[]): Promise<number> {
  endQuietlyOnBrokenPipe([process.stdout, process.stderr]);
  const io: CliIo = {
    out: (text) => process.stdout.write(terminalSafe(text.endsWith('\n') ? text : text + '\n')),
    err: (text) => process.stderr.write(terminalSafe(text.endsWith('\n') ? text : text + '\n')),
    lang: chooseLang(args, process.env),
  };
  const [command, ...rest] = args;
  // `check --help` and `help check`: that command's usage, as a success.
  const helpFor = asksForHelp(rest) ? command : command === 'help' ? rest[0] : undefined;
  if (helpFor !== undefined && helpFor in COMMAND_USAGE) {
    io.out(COMMAND_USAGE[helpFor]!);
    return 0;
  }
  try {
    switch (command) {
      case 'check':
        return await runCheck(
          rest,
          io,
          {
            stderrIsTty: Boolean(process.stderr.isTTY),
            writeProgress: (line) => process.stderr.write('\r\x1b[2K' + terminalSafe(line)),
          },
          writeSignedReceipt,
        );
      case 'verify':
        return await runVerify(rest, io);
      case 'keygen':
        return await runKeygen(rest, io);
      case 'bundle':
        return await runBundle(rest, io);
      case 'commit':
        return await runCommit(rest, io);
      case 'sample':
        return await runSample(rest, io);
      case 'export':
        return await runExport(rest, io);
      case 'audit':
        return await runAudit(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      default:
        io.err(command ? `未知命令 / unknown command: ${command}\n\n${USAGE}` : USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      // The command's own usage below the message, not every command's: the message stays in view.
      const usage = command !== undefined && command in COMMAND_USAGE ? COMMAND_USAGE[command] : undefined;
      io.err(`${error.message}\n\n${usage === undefined ? USAGE : `${usage}\n\n${EXIT_STATUS}`}`);
      return 2;
    }
    throw error;
  }
}
