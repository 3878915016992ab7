// Prints ed25519-known-answer.json. Run once:
//   npx tsx core/receipt/vectors/make-ed25519-known-answer.ts > core/receipt/vectors/ed25519-known-answer.json
// The file is the record; tests check it against tweetnacl and node:crypto, never against this script.
import { bytesToHex } from '@noble/hashes/utils.js';
import nacl from 'tweetnacl';
import { buildReceiptPayload } from '../build-receipt-payload.js';
import { canonicalBytes } from '../canonical-json.js';
import { sha256Hex } from '../fingerprint.js';
import { SAMPLE_REPORT } from '../testing/sample-report.js';

declare const console: { log(text: string): void };

const seed = Uint8Array.from({ length: 32 }, (_, i) => i);
const key = nacl.sign.keyPair.fromSeed(seed);
const payload = buildReceiptPayload({
  report: SAMPLE_REPORT,
  publicKey: key.publicKey,
  label: '观察员 甲 / observer A',
  signedAt: new Date('2024-05-12T08:30:00Z'),
});
const vector = {
  about: 'Ed25519 known answer for a TallyWitness receipt payload; see README.md',
  seed: bytesToHex(seed),
  publicKey: bytesToHex(key.publicKey),
  payloadSha256: sha256Hex(canonicalBytes(payload)),
  signature: bytesToHex(nacl.sign.detached(canonicalBytes(payload), key.secretKey)),
  payload,
  rfc8032Test1: {
    secretKey: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    publicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
};
console.log(JSON.stringify(vector, null, 2));
