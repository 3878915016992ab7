import type { Round } from '../../model/election.js';
import { getRulePack } from '../../rules/registry.js';
import { judgeAnnouncement } from '../judge-announcement.js';
import { readAnnouncementText } from '../read-announcement-text.js';

/** What the village pack (cn-village) makes of a notice alone, for the tests of village notices. */
const village = getRulePack('cn-village')!;

export const judgement = (text: string, round: Round = 'first') =>
  judgeAnnouncement(readAnnouncementText(text), village, round, 'en');

/** The rule pack's findings: code, candidate, severity. */
export const judged = (text: string, round: Round = 'first') =>
  judgement(text, round).findings.map((finding) => [
    finding.code,
    finding.candidate ?? null,
    finding.severity,
  ]);

/** The winners judged against the threshold: the votes' words and whether they met it. */
export const winners = (text: string, round: Round = 'first') =>
  judgement(text, round)
    .judged.filter((figure) => figure.rule === 'winner-threshold')
    .map((figure) => [figure.text, figure.right]);
