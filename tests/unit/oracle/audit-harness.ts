import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import {
  runAudit,
  type ByteSource,
  type HasherFactory,
  type InputRole,
  type Report,
} from '../../../core/index.js';
import { findingKey, ORACLE_CODES, type OracleResult } from './count-election.js';
import type { ElectionFiles } from './election-generator.js';

export const nodeHasher: HasherFactory = () => {
  const hash = createHash('sha256');
  return { update: (chunk) => void hash.update(chunk), digestHex: () => hash.digest('hex') };
};

/** A file held in memory, read in two chunks so that chunk boundaries are exercised too. */
export function textSource(name: string, role: InputRole, text: string): ByteSource {
  const bytes = new TextEncoder().encode(text);
  const cut = Math.floor(bytes.length / 2);
  return {
    name,
    role,
    size: bytes.length,
    chunks: async function* () {
      yield bytes.subarray(0, cut);
      yield bytes.subarray(cut);
    },
  };
}

/** The core's audit of the three files, as the worker and the command line run it. */
export async function auditFiles(files: ElectionFiles): Promise<Report> {
  const result = await runAudit(
    {
      election: textSource('election.json', 'election', files.election),
      boxes: textSource('boxes.csv', 'boxes', files.boxes),
      tallies: textSource('tallies.csv', 'tallies', files.tallies),
    },
    { lang: 'zh', hasher: nodeHasher },
  );
  if (!result.ok) throw new Error(`input refused: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** What of a report the oracle decides, in the oracle's terms. */
export function reportInOracleTerms(report: Report) {
  return {
    registered: report.turnout.registered,
    cast: report.turnout.cast,
    invalid: report.turnout.invalid,
    valid: report.turnout.valid,
    quorumMet: report.turnout.quorumMet,
    electionValid: report.turnout.electionValid,
    contests: report.contests.map((contest) => ({
      id: contest.id,
      votes: Object.fromEntries(contest.candidates.map((candidate) => [candidate.id, candidate.votes])),
      blank: contest.blank,
      elected: [...contest.elected].sort(),
      unfilledSeats: contest.unfilledSeats,
    })),
    findings: [
      ...new Set(
        report.findings.map((finding) =>
          finding.code === 'WRITE_IN'
            ? findingKey(finding.code, finding.contest, finding.candidate)
            : findingKey(finding.code, finding.contest, finding.box),
        ),
      ),
    ].sort(),
  };
}

/** The report agrees with the oracle on every figure, winner and finding the oracle decides. */
export function expectAgreement(report: Report, oracle: OracleResult): void {
  const { hasError: _hasError, ...expected } = oracle;
  expect(reportInOracleTerms(report)).toEqual(expected);
  const known = new Set<string>(ORACLE_CODES);
  expect(report.findings.filter((finding) => !known.has(finding.code))).toEqual([]);
}
