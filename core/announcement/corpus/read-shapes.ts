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

/** Its report checked alone, as `check --announcement` makes it (with `--rules <pack>` if one is named). */
export const reportUnderPack = (text: string, pack?: string) => {
  const audited = auditAnnouncementAlone(
    readAnnouncementText(text),
    [],
    'en',
    pack === undefined ? undefined : { pack, round: 'first' },
    '2026-12-03',
  );
  if (!audited.ok) throw new Error('not audited');
  return audited.value;
};

/** Its report checked alone (with `--rules cn-village` if asked). */
export const reportAlone = (text: string, rules = false) =>
  reportUnderPack(text, rules ? 'cn-village' : undefined);

/** Its warnings and errors checked alone, as code, found and expected: on a right text, every one is a false alarm. */
export const alarms = (text: string, rules = false) =>
  reportAlone(text, rules)
    .findings.filter((finding) => finding.severity !== 'info')
    .map((finding) => `${finding.code} ${finding.found ?? ''}/${finding.expected ?? ''}`);

/** Each figure it judged: the rule, the figure's words and whether it is right. */
export const judged = (text: string) =>
  work(text).judged.map((figure) => [figure.rule, figure.text, figure.right]);

/** Its counts, as meaning and value. */
export const counts = (text: string) =>
  readAnnouncementText(text).figures.flatMap((figure) =>
    figure.kind === 'count' ? [`${figure.meaning} ${figure.value}`] : [],
  );

/** Its candidates' votes, as name, post and votes. */
export const voteRows = (text: string) =>
  rows(text).flatMap(([kind, name, contest, value]) => (kind === 'votes' ? [[name, contest, value]] : []));

/** Its declarations of winners, as post and names. */
export const electedRows = (text: string) =>
  rows(text).flatMap(([kind, , contest, names]) => (kind === 'elected' ? [[contest, names]] : []));

/** The codes of its warnings and errors checked alone by `cn-village`. */
export const alarmCodes = (text: string) => alarms(text, true).map((alarm) => alarm.split(' ')[0]);
