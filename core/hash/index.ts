// Public surface of core/hash: the SHA-256 the browser side streams inputs through.
export { nobleSha256Hasher } from './noble-sha256-hasher.js';
