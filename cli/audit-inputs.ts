import { basename, resolve } from 'node:path';
import type { Lang } from '../core/index.js';
import type { AuditFile, AuditRequest } from '../workers/audit-api.js';
import { UsageError } from './parse-args.js';

/** The input files an audit reads, as `check` and `verify` both take them. */
export const INPUT_ROLES = ['election', 'boxes', 'tallies', 'ballots', 'announcement'] as const;
export type InputRoleFlag = (typeof INPUT_ROLES)[number];

/** parseArgs options for the input files and the shared output flags. */
export const AUDIT_INPUT_OPTIONS = {
  election: { type: 'string' },
  boxes: { type: 'string' },
  tallies: { type: 'string' },
  ballots: { type: 'string' },
  announcement: { type: 'string' },
  format: { type: 'string', default: 'text' },
  encoding: { type: 'string' },
  lang: { type: 'string' },
} as const;

type InputValues = Partial<Record<InputRoleFlag | 'format' | 'encoding', string | boolean | undefined>>;

/** Refuses a --format or --encoding the command does not know, before any file is read. */
export function checkOutputFlags(values: InputValues): 'json' | 'text' {
  const { format, encoding } = values;
  if (format !== 'json' && format !== 'text')
    throw new UsageError('--format 只能是 json 或 text', '--format must be json or text');
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'gb18030')
    throw new UsageError('--encoding 只能是 utf-8 或 gb18030', '--encoding must be utf-8 or gb18030');
  return format;
}

const fileAt = (path: string): AuditFile => ({ name: basename(path), path: resolve(path) });

/** The input roles given on the command line. */
export function givenInputs(values: InputValues): InputRoleFlag[] {
  return INPUT_ROLES.filter((role) => typeof values[role] === 'string');
}

/** The worker's request for the files given; `checkOutputFlags` has vetted the encoding. */
export function auditRequestFrom(values: InputValues, lang: Lang): AuditRequest {
  const encoding = values.encoding;
  return {
    lang,
    ...Object.fromEntries(givenInputs(values).map((role) => [role, fileAt(values[role] as string)])),
    ...(encoding === 'utf-8' || encoding === 'gb18030' ? { encoding } : {}),
  };
}
