import { failWith, type InputError, type Result } from '../model/result.js';
import { combineReceipts, type Bundle } from './combine-receipts.js';
import type { Receipt } from './receipt-format.js';
import type { VerifyOptions } from './verify-receipt.js';
import { verifySignedFile, type VerifiedFile } from './verify-signed-file.js';
import { pushAll } from '../model/long-lists.js';

/** A receipt or bundle file as read: its name (for messages) and its bytes. */
export interface SignedFileBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Why a readable file that does not verify cannot be combined. */
function notVerifiedError(name: string, file: VerifiedFile): InputError {
  const signaturesValid =
    file.kind === 'receipt' ? file.receipt.signatureValid : file.bundle.allSignaturesValid;
  if (!signaturesValid)
    return {
      file: name,
      path: file.kind === 'receipt' ? '$.signature' : '$.receipts',
      message: { zh: '签名无效，不能合并', en: 'a signature does not verify; not combined' },
    };
  if (!file.layoutIntact)
    return {
      file: name,
      message: {
        zh: '文件字节与其内容的规范形式不同（写入后被改动或重新排版过），不能合并',
        en: 'the file’s bytes are not the canonical form of what it holds (edited or reformatted after it was written); not combined',
      },
    };
  return {
    file: name,
    message: {
      zh: '回执合集本身无法通过核验（输入、签名人或摘要不符），不能合并',
      en: 'the bundle itself does not verify (its inputs, signers or summary); not combined',
    },
  };
}

/**
 * Co-signs from files: each must verify whole — signature and layout — as `verifySignedFile` judges it;
 * a bundle contributes every receipt it holds, so a late observer can join an existing bundle. Then
 * `combineReceipts` refuses other inputs and a key twice, and lists disagreements. Every problem of every
 * file is returned, each naming its file.
 */
export function combineSignedFiles(
  files: readonly SignedFileBytes[],
  options: VerifyOptions = {},
): Result<Bundle> {
  const errors: InputError[] = [];
  const receipts: Receipt[] = [];
  const names: string[] = [];
  for (const { name, bytes } of files) {
    const checked = verifySignedFile(bytes, name, options);
    if (!checked.ok) {
      pushAll(errors, checked.errors);
      continue;
    }
    const file = checked.value;
    if (file.kind === 'receipt') {
      if (!file.valid) errors.push(notVerifiedError(name, file));
      receipts.push(file.receipt.receipt);
      names.push(name);
    } else {
      if (!file.valid) errors.push(notVerifiedError(name, file));
      file.bundle.receipts.forEach((receipt, index) => {
        receipts.push(receipt.receipt);
        names.push(`${name} $.receipts[${index}]`);
      });
    }
  }
  if (errors.length > 0) return failWith(errors);
  return combineReceipts(receipts, names, options);
}
