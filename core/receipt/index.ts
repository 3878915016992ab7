// Public surface of core/receipt: canonical JSON, signed receipts, keys sealed under a passphrase, bundles.
export { canonicalJson, canonicalBytes } from './canonical-json.js';
export { toBase64, fromBase64 } from './base64.js';
export { fingerprint, sha256Hex } from './fingerprint.js';
export { TOOL, type ToolId } from './tool.js';
export {
  RECEIPT_FORMAT,
  BUNDLE_FORMAT,
  type JsonValue,
  type RulesUsed,
  type AnnouncementSource,
  type ReceiptPayload,
  type ReceiptSigner,
  type Receipt,
} from './receipt-format.js';
export {
  buildReceiptPayload,
  rulesUsed,
  isoSeconds,
  type ReceiptPayloadInit,
} from './build-receipt-payload.js';
export { generateSigningKey, signingKeyFromSeed, type SigningKey } from './signing-key.js';
export { signReceipt, createReceipt } from './sign-receipt.js';
export { tweetnaclSignatureCheck, type SignatureCheck } from './signature-check.js';
export { serializeSignedFile, readSignedFile, type SignedFileText } from './signed-file.js';
export { parseReceipt, type ParsedReceipt } from './parse-receipt.js';
export { verifyReceipt, type VerifiedReceipt, type VerifyOptions } from './verify-receipt.js';
export { verifySignedFile, type VerifiedFile } from './verify-signed-file.js';
export { diffJson, type JsonDifference } from './diff-json.js';
export {
  compareReceiptWithRecount,
  DIFFERENCES_LISTED,
  differencesNotListed,
  incidentalToReport,
  listedDifferences,
  onlyOtherFiles,
  type ListedDifferences,
  type ReceiptDifference,
  type ReceiptDifferenceCode,
} from './compare-receipt.js';
export {
  combineReceipts,
  verifyBundle,
  type Bundle,
  type BundleSigner,
  type Disagreement,
  type VerifiedBundle,
} from './combine-receipts.js';
export { combineSignedFiles, type SignedFileBytes } from './combine-signed-files.js';
export {
  sealSecretKey,
  plainKeyFile,
  openSecretKey,
  keyFileNeedsPassphrase,
  passphraseProblem,
  KEY_FILE_FORMAT,
  DEFAULT_SCRYPT_LOG_N,
  type KeyFile,
  type SealedKeyFile,
  type PlainKeyFile,
  type ScryptParams,
  type KeyFileOptions,
  type SealOptions,
  type OpenedKey,
} from './key-file.js';
