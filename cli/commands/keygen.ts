import {
  DEFAULT_SCRYPT_LOG_N,
  generateSigningKey,
  passphraseProblem,
  plainKeyFile,
  sealSecretKey,
  serializeSignedFile,
} from '../../core/index.js';
import type { CliIo } from '../cli-io.js';
import { parseCommandArgs, UsageError } from '../parse-args.js';
import { writeNewFileAtomic } from './write-receipt.js';
import { refusedOutput, writeFailure } from '../output-path.js';

export const KEYGEN_USAGE = 'tallywitness keygen --out K [--label L] [--passphrase-env VAR]';

const options = {
  out: { type: 'string' },
  label: { type: 'string' },
  'passphrase-env': { type: 'string' },
  lang: { type: 'string' },
} as const;

/** The options, typed; bad ones are a bilingual usage error (cli/parse-args.ts). */
function parseOptions(args: readonly string[]) {
  return parseCommandArgs(args, options, false);
}

/**
 * `tallywitness keygen`: a new Ed25519 key in a new file, sealed with the passphrase in environment
 * variable VAR when given, else stored in the clear with mode 0600 and a warning. Never prints the
 * secret; never replaces a file; prints the public key's fingerprint.
 */
export async function runKeygen(
  args: readonly string[],
  io: CliIo,
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const { values } = parseOptions(args);
  if (!values.out) throw new UsageError(`需要 --out：${KEYGEN_USAGE}`, `needs --out: ${KEYGEN_USAGE}`);
  const out = values.out;
  const refused = refusedOutput(out);
  if (refused) {
    io.err(refused);
    return 2;
  }
  const variable = values['passphrase-env'];
  const passphrase = variable !== undefined ? env[variable] : undefined;
  if (variable !== undefined) {
    const problem = passphrase === undefined ? null : passphraseProblem(passphrase);
    if (passphrase === undefined || problem) {
      io.err(
        passphrase === undefined
          ? `环境变量 ${variable} 未设置 / the environment variable ${variable} is not set`
          : `${variable}: ${problem!.zh} / ${problem!.en}`,
      );
      return 2;
    }
  }
  const key = generateSigningKey();
  const label = values.label ? { label: values.label } : {};
  const file =
    passphrase !== undefined
      ? sealSecretKey(key.secretKey, passphrase, { ...label, logN: DEFAULT_SCRYPT_LOG_N })
      : plainKeyFile(key.secretKey, label);
  key.secretKey.fill(0);
  try {
    writeNewFileAtomic(out, serializeSignedFile(file), 0o600);
  } catch (error) {
    io.err(writeFailure(out, error));
    return 2;
  }
  if (passphrase === undefined)
    io.err(
      io.lang === 'zh'
        ? `警告：私钥未加口令，只靠文件权限（0600）保护。要加口令，请用 --passphrase-env 变量名。请另行备份 ${out}。`
        : `warning: the secret key is stored without a passphrase, protected only by the file's mode (0600). Use --passphrase-env VAR to seal it. Keep a backup of ${out}.`,
    );
  io.out(io.lang === 'zh' ? `密钥已写入 ${out}` : `key written to ${out}`);
  io.out(`fingerprint 指纹: ${file.fingerprint}`);
  io.out(`public key 公钥: ${file.publicKey}`);
  return 0;
}
