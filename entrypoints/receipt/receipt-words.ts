import type { InputRole, QuorumStatus, Severity, Verdict } from '../../core/index.js';

/** Words the verify page and the printable receipt share, in Chinese and English. */

export const VERDICT_WORDS: Record<Verdict, string> = {
  valid: '选举有效，结果成立 / Valid: the result stands',
  void: '选举无效 / The election is void',
  'runoff-needed': '需另行选举 / A runoff is needed',
  discrepancies: '发现不一致 / Discrepancies found',
};

export const SEVERITY_WORDS: Record<Severity, string> = {
  error: '错误 / error',
  warning: '警告 / warning',
  info: '提示 / info',
};

export const QUORUM_WORDS: Record<QuorumStatus, string> = {
  met: '是 / yes',
  'not-met': '否 / no',
  'electorate-unknown': '无从核对：登记选民数未知 / cannot be checked: registered voters unknown',
  'voters-unknown':
    '无从核对：公告没有写出参加投票人数 / cannot be checked: the voters who cast a ballot are not stated',
  'no-quorum-rule': '规则包无此要求 / not a rule of this pack',
  'not-judged': '未核对（只有公告）/ not checked (an announcement alone)',
};

export const ROLE_WORDS: Record<InputRole, string> = {
  election: '选举定义 / election',
  boxes: '票箱统计 / boxes',
  tallies: '计票单 / tallies',
  ballots: '选票记录 / ballots',
  announcement: '结果公告 / announcement',
};

export const SIGNATURE_VALID =
  '签名有效：回执自签名以来未被改动，且由下列密钥签署。 / Signature valid: the receipt is unchanged since it was signed, and was signed by the key below.';
export const SIGNATURE_INVALID =
  '签名无效：回执在签名后被改动过，或并非由所示密钥签署。不要采信其内容。 / Signature NOT valid: the receipt was changed after it was signed, or was not signed by the key shown. Do not rely on its contents.';
export const FINGERPRINT_ADVICE =
  '签名只证明回执出自持有该私钥的人：请当面或电话与签名人核对指纹。 / A valid signature only shows the receipt comes from whoever holds this key: read the fingerprint to the signer in person or by phone.';
export const FILE_CHANGED =
  '文件被改动过：签名本身有效，但文件的字节与签名时写出的不同（排版或签名之外的内容被改）。请向签名人索取原文件。 / File changed: the signature itself verifies, but the bytes are not those written when it was signed (the layout, or something outside the signed payload, was edited). Ask the signer for the original file.';

/** The one line that says whether a receipt file can be relied on. */
export function signatureWords(signatureValid: boolean, layoutIntact: boolean): string {
  if (!signatureValid) return SIGNATURE_INVALID;
  return layoutIntact ? SIGNATURE_VALID : FILE_CHANGED;
}
