// A second worker that hashes the inputs while the audit worker counts them, so that SHA-256 in
// JavaScript (the browser has no streaming SHA-256 of its own) and the recount run on two cores.
import { nobleSha256Hasher } from '../core/hash/index.js';
import { serveHashes, type HashEndpoint } from './background-hasher.js';

serveHashes(globalThis as unknown as HashEndpoint, nobleSha256Hasher);
