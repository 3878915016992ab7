import { readAnnouncementText } from './core/announcement/read-announcement-text.js';
import { workAnnouncementArithmetic } from './core/announcement/check-announcement-arithmetic.js';
for (const t of process.argv.slice(2)) {
  const f = readAnnouncementText(t);
  const w = workAnnouncementArithmetic(f, 'zh');
  console.log('==', t);
  for (const x of f.figures) console.log('  fig', x.kind, JSON.stringify(x, (k, v) => typeof v === 'bigint' ? String(v) : v).slice(0, 200));
  for (const u of f.unread) console.log('  unread', u.text, u.reason);
  for (const j of w.judged) console.log('  judged', j.rule, j.right, j.work.zh);
  for (const j of w.unjudged) console.log('  unjudged', j.reason, j.work.zh);
}
