import type { Bilingual } from '../model/finding.js';
import { sha256Hex } from '../receipt/fingerprint.js';
import type { Result } from '../model/result.js';
import type { SampledTicket } from './consistent-sampler.js';
import type { Population, PopulationKind } from './population.js';
import { readBallotIds, readBoxIds, readListIds } from './read-sample-ids.js';
import type { FileDigest, SelectionPayload } from './sample-files.js';
import type { VerifiedSampleFile } from './verify-sample-files.js';
import { enCounts } from '../text/english-count.js';

/**
 * The ids of a boxes, ballots or plain ids file, with the digest of its bytes that a commitment records
 * (under `name`; errors name the file as `file`, a path on the command line).
 */
export function readPopulationFile(
  kind: PopulationKind,
  file: string,
  bytes: Uint8Array,
  name: string = file,
): Result<{ population: Population; source: FileDigest }> {
  const read = (kind === 'boxes' ? readBoxIds : kind === 'ballots' ? readBallotIds : readListIds)(
    file,
    bytes,
  );
  if (!read.ok) return read;
  return {
    ok: true,
    value: { population: read.value, source: { name, sha256: sha256Hex(bytes), size: bytes.length } },
  };
}

/** Why a verified file cannot serve as the commitment, or null. */
export function commitmentFileProblem(file: VerifiedSampleFile): Bilingual | null {
  if (file.kind !== 'commitment')
    return {
      zh: '这不是抽样承诺文件（而是抽样结果）',
      en: 'this is not a sample commitment (it is a selection)',
    };
  if (!file.valid)
    return {
      zh: file.signatureValid ? '文件在签名后被改动过（格式不同）' : '签名无效：文件不是签名人签署的原样',
      en: file.signatureValid
        ? 'the file was changed after it was signed (its layout differs)'
        : 'the signature does not verify: the file is not what its signer signed',
    };
  return null;
}

/** Whether a selection names the commitment file given (by its SHA-256), and that file verifies. */
export function namedCommitmentProblems(
  selection: SelectionPayload,
  commitment: VerifiedSampleFile,
): Bilingual[] {
  const refused = commitmentFileProblem(commitment);
  if (refused) return [refused];
  if (commitment.fileSha256 !== selection.commitment.sha256)
    return [
      {
        zh: '抽样结果所载承诺的 SHA-256 与给出的承诺文件不同',
        en: 'the selection names another commitment than the file given (the SHA-256 differ)',
      },
    ];
  return [];
}

const shown = (draw: SampledTicket) => `${draw.ticket} ${draw.id} (${draw.generation})`;

/**
 * Each place where the draws signed differ from those drawn again: a changed draw by its order in the
 * stream (`first` for the first draw listed: a later round's skipped draws count), and draws signed but
 * not drawn again, or drawn again but not signed.
 */
export function drawMismatches(
  signed: readonly SampledTicket[],
  again: readonly SampledTicket[],
  first = 1,
): Bilingual[] {
  const problems: Bilingual[] = [];
  const common = Math.min(signed.length, again.length);
  for (let i = 0; i < common; i++) {
    const [was, now] = [signed[i]!, again[i]!];
    if (was.ticket === now.ticket && was.id === now.id && was.generation === now.generation) continue;
    problems.push({
      zh: `第 ${first + i} 次抽取：签名的是 ${shown(was)}，重新抽取得 ${shown(now)}`,
      en: `draw ${first + i}: signed ${shown(was)}, drawn again ${shown(now)}`,
    });
  }
  if (signed.length > common)
    problems.push({
      zh: `签名的抽样有 ${signed.length} 次抽取，重新抽取只有 ${again.length} 次`,
      en: enCounts`the signed sample has ${signed.length} draws, drawing again gives ${again.length}`,
    });
  if (again.length > common)
    problems.push({
      zh: `重新抽取得 ${again.length} 次抽取，签名的抽样只有 ${signed.length} 次`,
      en: enCounts`drawing again gives ${again.length} draws, the signed sample has ${signed.length}`,
    });
  return problems;
}
