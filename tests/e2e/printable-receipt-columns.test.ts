// The printable receipt in Chinese at a common laptop width: a finding's severity (警告, 提示) and an
// input's role (选举定义, 票箱统计) were broken one or two characters per line beside the long messages
// and SHA-256 values.
import { expect, test } from 'vitest';
import { auditSample, printablePage, signReceipt, verifyPage } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';

const extension = extensionForFile();

test('severity and role cells keep to one line on the printable receipt', async () => {
  const dashboard = await extension.englishDashboard();
  await auditSample(dashboard);
  const receipt = await signReceipt(dashboard, 'Observer Li');
  const verify = await verifyPage(extension, receipt);
  const printable = await printablePage(extension, verify);
  await printable.getByLabel(/Language|语言/).selectOption('zh');
  await expect.poll(() => printable.locator('html').getAttribute('lang')).toMatch(/^zh/);
  for (const width of [1000, 1280]) {
    await printable.setViewportSize({ width, height: 900 });
    const lines = await printable
      .locator(
        'table.findings td:first-child, table.findings th:first-child, table.inputs td:first-child, table.inputs th, table.inputs td.number',
      )
      .evaluateAll((cells) =>
        cells.map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          return { text: cell.textContent, lines: tops.size };
        }),
      );
    expect(lines.length).toBeGreaterThan(3);
    expect(
      lines.filter((cell) => cell.lines > 1),
      `at ${width} px`,
    ).toEqual([]);
  }
});
