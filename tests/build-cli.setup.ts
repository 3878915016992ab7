// Builds the command line once before the tests that run it, so parallel test files never race to
// rebuild the bundle that `cli/bin.mjs` would otherwise refresh on demand.
import { buildCli } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await buildCli();
}
