// Finds a Chromium for the browser tests, installing Debian's when it can. Node built-ins only.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first of `names` on PATH, or null. */
export function findOnPath(names = NAMES, path = process.env.PATH ?? '') {
  for (const directory of path.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(directory, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * `{ ok: true, path }` with the Chromium to test in: TALLYWITNESS_CHROMIUM when set, else `chromium` on
 * PATH, else one that `apt-get install -y chromium` brings when running as root; otherwise
 * `{ ok: false, message }` saying how to point the tests at a browser.
 */
export function ensureChromium() {
  const chosen = process.env.TALLYWITNESS_CHROMIUM;
  if (chosen) {
    return isExecutable(chosen)
      ? { ok: true, path: chosen, message: `Chromium: ${chosen} (TALLYWITNESS_CHROMIUM)` }
      : {
          ok: false,
          path: null,
          message:
            `TALLYWITNESS_CHROMIUM=${chosen} 不是可执行文件 / is not an executable file. ` +
            '请设为 Chromium 的路径 / set it to the path of a Chromium.',
        };
  }
  const found = findOnPath();
  if (found) return { ok: true, path: found, message: `Chromium: ${found}` };

  if (isRoot() && findOnPath(['apt-get'])) {
    console.log('未找到 Chromium，正在安装 / Chromium not found, installing it: apt-get install -y chromium');
    const apt = (args) =>
      spawnSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      }).status;
    // A new machine may have no package lists yet: refresh them once if the first try fails.
    const status =
      apt(['install', '-y', 'chromium']) === 0 ||
      (apt(['update']) === 0 && apt(['install', '-y', 'chromium']) === 0)
        ? 0
        : 1;
    const installed = status === 0 ? findOnPath() : null;
    if (installed) return { ok: true, path: installed, message: `Chromium: ${installed} (apt-get)` };
  }
  return {
    ok: false,
    path: null,
    message:
      '找不到 Chromium，浏览器测试无法运行。请安装 Chromium，或把环境变量 TALLYWITNESS_CHROMIUM 设为它的路径。\n' +
      'No Chromium found, so the browser tests cannot run. Install Chromium, or set TALLYWITNESS_CHROMIUM ' +
      'to the path of its executable.',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = ensureChromium();
  console.log(result.message);
  process.exit(result.ok ? 0 : 1);
}
