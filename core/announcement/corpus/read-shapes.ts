import { auditAnnouncementAlone } from '../../audit/index.js';
import { checkAnnouncementArithmetic, workAnnouncementArithmetic } from '../check-announcement-arithmetic.js';
import { readAnnouncementText } from '../read-announcement-text.js';
import { expectedRows } from './expected-rows.js';

/** What the reader makes of a short text, as the shape tests compare it: its figures as rows. */
export const rows = (text: string) => expectedRows(readAnnouncementText(text));

/** Its unread numbers with their reasons. */
export const unread = (text: string) =>
  readAnnouncementText(text).unread.map((figure) => [figure.text, figure.reason ?? 'no-meaning']);

/** Its arithmetic findings, by code and where they stand. */
export const findings = (text: string) =>
  checkAnnouncementArithmetic(readAnnouncementText(text), 'en').map((finding) => [
    finding.code,
    finding.where?.text,
  ]);

/** The checks made on it, with their work (judged and unjudged figures). */
export const work = (text: string) => workAnnouncementArithmetic(readAnnouncementText(text), 'en');

/** Its report checked alone, as `check --announcement` makes it (with `--rules cn-village` if asked). */
export const reportAlone = (text: string, rules = false) => {
  const audited = auditAnnouncementAlone(
    readAnnouncementText(text),
    [],
    'en',
    rules ? { pack: 'cn-village', round: 'first' } : undefined,
    '2026-12-03',
  );
  if (!audited.ok) throw new Error('not audited');
  return audited.value;
};
