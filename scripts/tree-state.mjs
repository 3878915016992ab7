// What `git status` shows of the working tree, to check that a run (npm start, npm test) changes nothing
// that is committed and leaves no file that is not ignored. Node built-ins only.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { root } from './run-step.mjs';

const git = (args) => spawnSync('git', args, { cwd: root, encoding: 'buffer', maxBuffer: 1 << 30 });

/** The tree's changes against HEAD (paths and a hash of their content), or null outside a git checkout. */
export function treeState() {
  const status = git(['status', '--porcelain=v1', '--untracked-files=all']);
  if (status.status !== 0) return null;
  const diff = git(['diff', 'HEAD', '--binary']);
  return {
    paths: status.stdout.toString('utf8').split('\n').filter(Boolean),
    contentHash: createHash('sha256').update(diff.stdout).digest('hex'),
  };
}

/** Says what the run changed between two states; returns whether nothing did. */
export function reportTreeChanges(before, after) {
  if (!before || !after) {
    console.log('Not a git checkout: the working tree was not compared / 不是 git 检出，未比较工作区');
    return true;
  }
  const added = after.paths.filter((path) => !before.paths.includes(path));
  const unchanged = added.length === 0 && after.contentHash === before.contentHash;
  if (!unchanged) {
    console.error('The run changed the working tree / 运行改动了工作区（git status）:');
    for (const path of added.length > 0 ? added : after.paths) console.error(`  ${path}`);
  }
  return unchanged;
}
