import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { axeViolations, capturedNoticePanel } from './a11y-pages.js';
import { extensionForFile } from './launch-extension.js';
import { samplePath } from './sample-data.js';

/**
 * The pages where an observer checks a results notice, as a new user meets them (docs/ui-review.md):
 * a headline that follows from the findings, counts that agree with the lists, one next step, the
 * focus taken to the result, the text kept through a reload, a paste that is not a notice, a share
 * with no stated base, a long paste's findings summed up, and no sideways scrolling at a side panel's
 * width.
 */

// Written for these tests. 27 of 62 is 43.5%, not 45.2%; the other shares are right.
const TOWNSHIP = [
  '石桥镇2026年村（社区）“两委”换届选举工作情况',
  '全镇14个村（社区）全部完成村民委员会换届选举，共选出村（居）民委员会成员62人，其中女性成员21人，占33.9%；35岁以下成员14人，占22.6%；大专以上学历成员27人，占45.2%。',
  '全镇登记选民38200人，参加投票的选民33420人，参选率87.5%。',
].join('\n');
// Shares whose base the notice never states: nothing to check them against.
const NO_BASE = [
  '青松社区居民委员会换届选举结果公告',
  '本次选举参选率达92.3%，选举有效。',
  '新一届居委会成员中，女性成员分别占总数的42.9%，党员占71.4%。',
  '张海燕当选为居民委员会主任，李明、王芳当选为副主任。',
].join('\n');
const NOT_A_NOTICE = '今天天气很好，我们去镇上买了化肥和种子。下午开了个会，讨论了修路的事情。';

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.page('dashboard.html#notice');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel(/Language/).selectOption('zh');
});

async function checkText(text: string): Promise<void> {
  await page.getByTestId('notice-text').fill(text);
  await page.getByTestId('notice-check').click();
  await page.getByTestId('notice-result').waitFor();
}
async function checkTextExpectingError(text: string): Promise<void> {
  await page.getByTestId('notice-text').fill(text);
  await page.getByTestId('notice-check').click();
  await page.locator('.input-errors').waitFor();
}
const text = (testId: string) => page.getByTestId(testId).textContent();
const visibleText = () => page.locator('main').innerText();

test('a wrong share: the headline says so, the counts agree with the lists, the next step, the focus on the result', async () => {
  await checkText(TOWNSHIP);
  expect(await page.getByTestId('notice-outcome').getAttribute('data-notice-outcome')).toBe('warning');
  expect(await text('notice-headline')).toBe('公告有 1 处需要核实');
  // Every check is listed, right ones included, and the counts line says the same numbers.
  const judged = await page.locator('[data-testid="work-judged"] li').count();
  const wrong = await page.locator('[data-testid="work-judged"] li[data-right="false"]').count();
  expect(wrong).toBe(1);
  expect(await text('notice-counts')).toContain(`做了 ${judged} 项核对：${judged - 1} 项相符，1 项不符`);
  expect(await text('notice-next')).toContain('拿公告原件');
  // The reader is taken to what the check found.
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
    .toBe('notice-outcome');
  // Plain words only: no finding code shown, no English on the Chinese page's result.
  const shown = await page.getByTestId('notice-result').innerText();
  expect(shown).not.toMatch(/ANNOUNCED_|UNREAD_FIGURE/);
  expect(await text('notice-headline')).not.toMatch(/[A-Za-z]/);
  expect(await text('notice-counts')).not.toMatch(/[A-Za-z]/);
  expect(await axeViolations(page)).toEqual([]);
  // "Show in the text" takes the focus to the wrong share in the notice.
  await page.getByTestId('findings').getByRole('button', { name: '在文中查看' }).click();
  await expect
    .poll(() =>
      page.evaluate(() =>
        document.activeElement?.classList.contains('mark') ? document.activeElement.textContent : null,
      ),
    )
    .toContain('45.2%');
});

test('a notice that does not read: the error names the pasted text in the page language and the next step', async () => {
  await checkTextExpectingError('{ "title": "公告", bad');
  const alert = page.locator('.input-errors');
  expect(await alert.locator('li').first().textContent()).toMatch(/^粘贴的公告文字:1:\d+: /);
  expect(await alert.textContent()).toContain('再点“核查公告”');
  expect(await alert.textContent()).not.toContain('notice (pasted text)');
  expect(await alert.textContent()).not.toContain('开始核对');
});

test('the text and the law chosen survive a reload; the result is checked again, not kept', async () => {
  await page.getByTestId('notice-text').fill(TOWNSHIP);
  await page.getByTestId('notice-rules').selectOption('cn-village');
  await page.reload();
  await page.getByTestId('notice-alone').waitFor();
  expect(await page.getByTestId('notice-text').inputValue()).toBe(TOWNSHIP);
  expect(await page.getByTestId('notice-rules').inputValue()).toBe('cn-village');
  expect(await page.getByTestId('notice-result').count()).toBe(0);
  await page.getByTestId('notice-rules').selectOption('');
});

test('with a law chosen, the turnout is said met, or why it cannot be judged, never "not met" unjudged', async () => {
  await page.getByTestId('notice-rules').selectOption('cn-village');
  await checkText(TOWNSHIP);
  // The township's voters are the sum of its villages', of no one election: no quorum is judged.
  expect(await page.getByTestId('notice-law').getAttribute('data-quorum')).toBe('counts-apart');
  expect(await text('notice-law')).toContain('未核对是否达到法定参选人数');
  expect(await text('notice-law')).not.toContain('未达到');
  // 1300 voters stated, fewer than the 1476 ballots returned: no quorum is judged on either.
  await checkText(
    '本村登记选民2100人，参加投票的选民1300人，收回选票1476张，其中有效票1454张，无效票22张。主任：陈建华897票，刘国强517票。陈建华当选为本村村民委员会主任。',
  );
  expect(await page.getByTestId('notice-law').getAttribute('data-quorum')).toBe('voters-below-returned');
  expect(await text('notice-law')).toContain('无从核对');
  expect(await text('notice-law')).not.toContain('未达到');
  await page.getByTestId('notice-rules').selectOption('');
  await checkText(TOWNSHIP);
  expect(await page.getByTestId('notice-law').count()).toBe(0);
});

test('an empty paste asks for the text; text that is no notice says nothing was read and what to paste', async () => {
  await page.getByTestId('notice-text').fill('   ');
  await page.getByTestId('notice-check').click();
  await expect.poll(() => page.getByRole('alert').textContent()).toBe('请先粘贴公告文字或选择文件。');

  await checkText(NOT_A_NOTICE);
  expect(await page.getByTestId('notice-outcome').getAttribute('data-notice-outcome')).toBe('nothing-read');
  expect(await text('notice-headline')).toBe('没有找到选举数字');
  expect(await text('notice-next')).toContain('请粘贴完整的选举结果公告');
  // No empty lists of checks under "nothing was read".
  expect(await page.getByTestId('work').count()).toBe(0);

  // Numbers found, none understood: headline, verdict and counts give the same count, and none of
  // them says that nothing was read beside "2 figures not checked".
  await checkText('250多位居民代表接到通知，代表辖区2250户选出居民委员会。');
  expect(await page.getByTestId('notice-outcome').getAttribute('data-notice-outcome')).toBe('nothing-read');
  expect(await text('notice-counts')).toContain('2 个数字未能核对');
  expect(await text('notice-headline')).toBe('2 个数字都读不出是选举的哪一项');
  expect(await text('notice-verdict')).toContain('公告中的2个数字，都读不出是选举的哪一项');
  expect(await text('notice-verdict')).not.toContain('未读到任何数字');
});

test('shares with no stated base: nothing checked, never "all right", each unread figure with its reason', async () => {
  await checkText(NO_BASE);
  expect(await page.getByTestId('notice-outcome').getAttribute('data-notice-outcome')).toBe(
    'nothing-checked',
  );
  expect(await text('notice-headline')).toBe('读懂了数字，但没有能相互核对的');
  expect(await visibleText()).not.toContain('全部相符');
  const reasons = await page
    .locator('[data-testid="work-unread"] li')
    .evaluateAll((items) => items.map((item) => item.querySelector('div')?.textContent ?? ''));
  expect(reasons.length).toBeGreaterThanOrEqual(3);
  for (const reason of reasons) expect(reason.length).toBeGreaterThan(10);
  expect(await text('notice-counts')).toContain(`${reasons.length} 个数字未能核对`);
  expect(await text('notice-next')).toContain(`未能核对的 ${reasons.length} 个数字`);
});

test('a long paste: the first findings are shown, the rest on request, the headline counts them all', async () => {
  // Thirty township summaries (9 KB), each with its own count of members and so its own wrong shares (one
  // wrong share restated word for word is one finding naming its places).
  await checkText(
    Array.from({ length: 30 }, (_, i) => TOWNSHIP.replace('成员62人', `成员${62 + i}人`)).join('\n'),
  );
  const warnings = Number((await text('notice-headline'))!.match(/\d+/)![0]);
  expect(warnings).toBeGreaterThan(20);
  expect(await page.locator('[data-testid="findings"] > li').count()).toBe(20);
  await page.getByTestId('show-all-findings').click();
  expect(await page.locator('[data-testid="findings"] > li').count()).toBe(warnings);
});

test('the side panel leads with the same headline and next step, and fits 360 px without scrolling sideways', async () => {
  const { panel, close } = await capturedNoticePanel(extension);
  await panel.setViewportSize({ width: 360, height: 800 });
  for (const lang of ['zh', 'en'] as const) {
    await panel.getByLabel(/Language/).selectOption(lang);
    await panel.getByTestId('notice-outcome').waitFor();
    expect(await panel.getByTestId('notice-outcome').getAttribute('data-notice-outcome')).toBe('warning');
    // The headline comes before the findings and the page's facts, and the next step beside it.
    const order = await panel.evaluate(() =>
      ['notice-outcome', 'notice-next', 'findings', 'capture-sha256'].map(
        (id) => document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect().top,
      ),
    );
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await panel.getByTestId('notice-next').getByTestId('use-in-dashboard').count()).toBe(1);
    // Beside "compare with the original", the hand-over to the Audit page is not a second primary step.
    expect(
      await panel.getByTestId('use-in-dashboard').evaluate((button) => button.classList.contains('primary')),
    ).toBe(false);
    expect(
      await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
  }
  expect(await axeViolations(panel)).toEqual([]);
  // The Audit page it opens says that the notice came along, and what the audit still needs.
  const opened = extension.context.waitForEvent('page');
  await panel.getByTestId('use-in-dashboard').click();
  const audit = await opened;
  const handedOver = audit.getByTestId('notice-handed-over');
  await handedOver.waitFor();
  expect(await handedOver.innerText()).toMatch(/^The notice is now in step 3\. .*two more things/);
  await audit.close();
  await close();
});

test('the side panel offers no hand-over to the Audit page for a captured text with no figures', async () => {
  const { panel, close } = await capturedNoticePanel(
    extension,
    `<!DOCTYPE html><html lang="zh-CN"><body><p id="notice">${NOT_A_NOTICE}</p></body></html>`,
  );
  await panel.getByLabel(/Language/).selectOption('zh');
  await panel.getByTestId('notice-outcome').waitFor();
  expect(await panel.getByTestId('notice-outcome').getAttribute('data-notice-outcome')).toBe('nothing-read');
  expect(await panel.getByTestId('notice-next').textContent()).toContain('请粘贴完整的选举结果公告');
  expect(await panel.getByTestId('use-in-dashboard').count()).toBe(0);
  await close();
});

test('the audit lists the notice’s own checks under the comparison: closed when all are right, open when one is wrong', async () => {
  const audit = await extension.englishDashboard();
  await audit
    .locator('input[data-input="counts"]')
    .setInputFiles(['election.json', 'boxes.csv', 'tallies.csv', 'announcement.txt'].map(samplePath));
  await audit.getByRole('button', { name: 'Run the audit' }).click();
  await audit.locator('.verdict').waitFor();
  const work = audit.getByTestId('notice-work');
  const judged = await work.locator('[data-testid="work-judged"] li').count();
  expect(judged).toBeGreaterThan(5);
  expect(await audit.getByTestId('notice-work-counts').textContent()).toContain(
    `${judged} checks made: ${judged} right, 0 wrong`,
  );
  expect(await work.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);

  // The same notice pasted with its turnout stated wrong (73.0% for 1476 of 2100): the list opens on it.
  const wrong = readFileSync(samplePath('announcement.txt'), 'utf8').replace('参选率70.3%', '参选率73.0%');
  await audit.getByRole('button', { name: 'Change the inputs' }).click();
  await audit.getByLabel('Notice text').fill(wrong);
  await expect
    .poll(() => audit.locator('[data-announcement-used]').getAttribute('data-announcement-used'))
    .toBe('text');
  await audit.getByRole('button', { name: 'Run the audit' }).click();
  await expect
    .poll(() => work.evaluate((details) => (details as HTMLDetailsElement).open).catch(() => false))
    .toBe(true);
  expect(await work.locator('[data-testid="work-judged"] li[data-right="false"]').count()).toBe(1);
  expect(await audit.getByTestId('notice-work-counts').textContent()).toContain(', 1 wrong');
  await audit.close();
});

test('with a law chosen, the round says when to choose a runoff, in both languages', async () => {
  await page.getByLabel(/Language/).selectOption('zh');
  await page.getByTestId('notice-rules').selectOption('cn-village');
  const round = page.getByTestId('notice-round');
  const hint = page.getByTestId('notice-round-hint');
  // The round's list is described by the hint, which names both choices as the list names them.
  expect(await round.getAttribute('aria-describedby')).toBe('notice-round-hint');
  expect(await hint.textContent()).toContain('“第一轮”');
  expect(await hint.textContent()).toContain('“另行选举”');
  await page.getByLabel(/Language/).selectOption('en');
  expect(await hint.textContent()).toMatch(/“first”.*“runoff”/);
  expect(await hint.textContent()).toContain('seats the first one did not fill');
  await page.getByLabel(/Language/).selectOption('zh');
  // With no law, there is no round to choose, and no hint.
  await page.getByTestId('notice-rules').selectOption('');
  expect(await hint.count()).toBe(0);
});
