import { groupedCount } from '../../core/index.js';
import type { Lang } from '../shared/i18n';

/** The verify page's words for commitment and selection files (docs/audit.md), in both languages. */
export function sampleFileWords(lang: Lang) {
  const zh = lang === 'zh';
  const kinds = {
    boxes: zh ? '票箱' : 'boxes',
    ballots: zh ? '选票' : 'ballots',
    ids: zh ? '编号' : 'ids',
  } as const;
  return {
    dropHint: zh
      ? '抽样承诺与抽样结果文件也在此核验。'
      : 'Sample commitment and selection files are verified here too.',
    signature: (signatureValid: boolean, layoutIntact: boolean) =>
      !signatureValid
        ? zh
          ? '签名无效：文件在签名后被改动过，或并非由所示密钥签署。不要采信其内容。'
          : 'Signature NOT valid: the file was changed after it was signed, or was not signed by the key shown. Do not rely on its contents.'
        : layoutIntact
          ? zh
            ? '签名有效：文件自签名以来未被改动，且由下列密钥签署。'
            : 'Signature valid: the file is unchanged since it was signed, and was signed by the key below.'
          : zh
            ? '文件被改动过：签名本身有效，但文件的字节与签名时写出的不同。请向签名人索取原文件。'
            : 'File changed: the signature itself verifies, but the bytes are not those written when it was signed. Ask the signer for the original file.',
    commitmentTitle: zh
      ? '抽样承诺（抽签前对编号清单的承诺）'
      : 'Sample commitment (made before the seed was drawn)',
    selectionTitle: zh
      ? '抽样结果（按公开种子抽出的票箱或选票）'
      : 'Selection (boxes or ballots drawn from a public seed)',
    commitsTo: (count: number, kind: keyof typeof kinds) =>
      zh ? `承诺了 ${count} 个${kinds[kind]}编号` : `Commits to ${groupedCount(count)} ${kinds[kind]}`,
    idsFile: zh ? '编号取自文件' : 'Ids read from the file',
    idsSha256: zh ? '编号清单的 SHA-256' : "SHA-256 of the ids' list",
    recountReceipt: zh ? '所依据的复核回执' : 'Recount receipt named',
    none: zh ? '未载明' : 'none named',
    signedBy: zh ? '签名人' : 'Signed by',
    fileSha256: zh ? '本文件的 SHA-256' : "This file's SHA-256",
    namedCommitment: zh ? '所依据的抽样承诺（文件的 SHA-256）' : 'Commitment it names (SHA-256 of the file)',
    seed: zh ? '随机种子' : 'Seed',
    settings: zh ? '抽样设置' : 'Settings',
    settingsText: (withReplacement: boolean, drop: number, take: number | null, digits: number) =>
      zh
        ? `${withReplacement ? '有放回' : '无放回'}；跳过前 ${drop} 次；抽取 ${take === null ? '全部' : `${take} 次`}；签号 ${digits} 位`
        : `${withReplacement ? 'with' : 'without'} replacement; skip the first ${groupedCount(drop)}; draw ${take === null ? 'every id' : groupedCount(take)}; ${digits} ticket digits`,
    drawsCaption: (count: number) =>
      zh ? `签名的 ${count} 次抽取` : `The ${groupedCount(count)} draws signed`,
    order: zh ? '序号' : '#',
    ticket: zh ? '签号' : 'Ticket',
    id: zh ? '编号' : 'Id',
    generation: zh ? '第几次抽中' : 'Generation',
    checksTitle: zh ? '与其他文件核对' : 'Checked against the other files',
    givesHint: zh
      ? '另外放入抽样承诺（在上方）和编号所在的 boxes.csv、ballots.csv 或编号文件（在“输入文件”处），即可核对抽样结果所依据的承诺、编号与承诺是否一致，并重新抽取比较。'
      : 'Drop the commitment too (above), and the boxes.csv, ballots.csv or ids file (under the input files), to check the commitment the selection names, that the ids are those committed to, and to draw again and compare.',
    commitmentNamed: zh ? '抽样结果所载的承诺正是给出的承诺文件' : 'The selection names the commitment given',
    idsMatch: (name: string) =>
      zh ? `${name} 中的编号与承诺一致` : `The ids of ${name} are those committed to`,
    /** Sentences joined as each language writes them. */
    sentences: (parts: readonly string[]) => parts.join(zh ? '。' : '. '),
    drawnAgain: (count: number) =>
      zh
        ? `用同一种子与设置重新抽取，${count} 次抽取与签名的完全相同`
        : `Drawn again with the same seed and settings: all ${groupedCount(count)} draws are those signed`,
    refused: zh ? '不一致：' : 'Does not match:',
    reading: zh ? '正在读取编号…' : 'Reading the ids…',
    cannotRead: zh ? '无法读取编号文件' : 'Cannot read the ids file',
    tooLarge: (name: string, mb: number) =>
      zh
        ? `${name} 超过 ${mb} MB，请用命令行核对`
        : `${name} is larger than ${mb} MB: check it on the command line`,
  };
}
