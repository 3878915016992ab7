// `npx tsx bench/announcement-hostile.ts [BYTES ...] [SHAPE ...]`: reads hostile announcements (issue #21,
// defects 1 and 2) of 10 KB, 100 KB and 1 MB (or the sizes given) and prints, for each shape (or those
// whose name holds a SHAPE given) and size, the time to read and check it, the figures and unread
// numbers, and the size of the report's findings and announcement section. Under `/usr/bin/time -v`
// with one shape and size, the peak RSS is that reading's. Time is the process's CPU time (steadier than wall time on a shared machine);
// the tests count work instead.
import {
  announcementSection,
  readAnnouncementText,
  reportUnreadFigures,
  workAnnouncementArithmetic,
} from '../core/announcement/index.js';

const SHAPES: Readonly<Record<string, string>> = {
  'title + "1、"': '1、',
  '"1 "': '1 ',
  '"1."': '1.',
  '"占1%"': '占1%',
  '"1.1%、"': '1.1%、',
  '"当选"': '当选',
  spaces: ' ',
  '"elected, "': 'elected, ',
  '"7 "': '7 ',
  '"王林当选，"': '王林当选，',
  '"登记选民1860人，参加投票1322人，参选率71.1%。"': '登记选民1860人，参加投票1322人，参选率71.1%。',
  '"1+2=3，"': '1+2=3，',
  '"40%（2/5），"': '40%（2/5），',
  '"占18，2%，"': '占18，2%，',
  // Shares read with their part and base and no blank line after them: each share's paragraph ends at
  // the end of the text, which a scan from each share would read again.
  '"成员5人，女性1人，占20%。"': '成员5人，女性1人，占20%。',
};

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(10_000, 100_000, 1_000_000);
const wanted = process.argv.slice(2).filter((arg) => !(Number(arg) > 0));

console.log('| shape | bytes | read + check, CPU ms | figures | unread | report bytes |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, unit] of Object.entries(SHAPES)) {
  if (wanted.length > 0 && !wanted.some((part) => name.includes(part))) continue;
  for (const size of sizes) {
    const text = '选举结果公告\n' + unit.repeat(Math.ceil(size / Buffer.byteLength(unit)));
    const start = process.cpuUsage();
    const figures = readAnnouncementText(text);
    const work = workAnnouncementArithmetic(figures, 'zh');
    const report = JSON.stringify([
      work.findings,
      reportUnreadFigures(figures, 'zh'),
      announcementSection(figures, work),
    ]);
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    console.log(
      `| ${name} | ${Buffer.byteLength(text)} | ${ms.toFixed(0)} | ${figures.figures.length} | ${figures.unread.length} | ${report.length} |`,
    );
  }
}
