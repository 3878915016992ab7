// Writes a realistic ballots.csv for the benchmark: a village election of 3 contests over 24 boxes,
// ballots numbered per box, names written as ids or in Chinese, abstentions, write-ins, overvotes and
// void ballots in the proportions seen in published tallies. Deterministic: the same size gives the same file.
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../core/testing/seeded-random.js';

export const DATA_DIR = join(import.meta.dirname, 'data');

export const benchElection = {
  format: 'tallywitness.election/1',
  name: '青山村第十二届村民委员会选举（基准测试）',
  rules: 'cn-village',
  round: 'first',
  contests: [
    {
      id: 'chair',
      name: '主任',
      seats: 1,
      candidates: [
        { id: 'wang-lin', name: '王林', gender: 'male' },
        { id: 'li-hua', name: '李华', gender: 'female' },
        { id: 'zhang-wei', name: '张伟', gender: 'male' },
      ],
    },
    {
      id: 'vice-chair',
      name: '副主任',
      seats: 1,
      candidates: [
        { id: 'zhou-qing', name: '周青', gender: 'male' },
        { id: 'zhao-min', name: '赵敏', gender: 'female' },
        { id: 'wu-gang', name: '吴刚', gender: 'male' },
      ],
    },
    {
      id: 'member',
      name: '委员',
      seats: 3,
      candidates: [
        { id: 'chen-mei', name: '陈梅', gender: 'female' },
        { id: 'liu-yang', name: '刘洋', gender: 'male' },
        { id: 'sun-tao', name: '孙涛', gender: 'male' },
        { id: 'he-jun', name: '何军', gender: 'male' },
        { id: 'guo-li', name: '郭丽', gender: 'female' },
        { id: 'ma-chao', name: '马超', gender: 'male' },
      ],
    },
  ],
} as const;

const BOXES = [
  '中心会场',
  ...Array.from({ length: 15 }, (_, i) => `分会场-${i + 1}`),
  ...Array.from({ length: 8 }, (_, i) => `mobile-${i + 1}`),
];
const WRITE_INS = ['林小红', '黄建国', '老李, 村东'];

function pickNames(
  next: () => number,
  contest: (typeof benchElection.contests)[number],
  count: number,
): string {
  const chosen: string[] = [];
  const pool = [...contest.candidates];
  for (let i = 0; i < count && pool.length > 0; i++) {
    const r = next();
    if (r < 0.005) chosen.push(WRITE_INS[Math.floor(next() * WRITE_INS.length)]!);
    else {
      const [candidate] = pool.splice(Math.floor(next() * pool.length), 1);
      chosen.push(r < 0.75 ? candidate!.name : candidate!.id);
    }
  }
  const cell = chosen.join('|');
  return cell.includes(',') ? `"${cell}"` : cell;
}

export function ballotsPath(rows: number): string {
  return join(DATA_DIR, `ballots-${rows}.csv`);
}

export function electionPath(): string {
  return join(DATA_DIR, 'election.json');
}

/** Generates the file unless it is there already; returns its path. */
export async function generateBallots(rows: number): Promise<string> {
  mkdirSync(DATA_DIR, { recursive: true });
  writeFileSync(electionPath(), JSON.stringify(benchElection, null, 2));
  const path = ballotsPath(rows);
  if (existsSync(path) && statSync(path).size > 0) return path;
  const next = seededRandom(rows);
  const out = createWriteStream(path + '.part');
  const numbers = new Map<string, number>();
  let text = 'box,ballot,void,chair,vice-chair,member\n';
  const [chair, vice, member] = benchElection.contests;
  for (let row = 0; row < rows; row++) {
    // Boxes are counted in runs, as staff enter one box's ballots after another's.
    const box = BOXES[Math.floor(row / 5000) % BOXES.length]!;
    const number = (numbers.get(box) ?? 0) + 1;
    numbers.set(box, number);
    const isVoid = next() < 0.01;
    const overvote = next() < 0.003;
    const cells = isVoid
      ? ['1', '', '', '']
      : [
          '',
          next() < 0.03 ? '' : pickNames(next, chair, overvote ? 2 : 1),
          next() < 0.05 ? '' : pickNames(next, vice, 1),
          next() < 0.04 ? '' : pickNames(next, member, 1 + Math.floor(next() * 3)),
        ];
    text += `${box},${String(number).padStart(7, '0')},${cells.join(',')}\n`;
    if (text.length > 1 << 20) {
      if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      text = '';
    }
  }
  out.end(text);
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
  renameSync(path + '.part', path);
  return path;
}
