import { expect, test } from 'vitest';
import { extensionForFile, clickClosingItsPage } from './launch-extension.js';

const extension = extensionForFile();

test('the popup opens the dashboard in a new tab', async () => {
  const popup = await extension.page('popup.html');
  const opened = extension.context.waitForEvent('page');
  await clickClosingItsPage(popup.getByRole('button', { name: /New audit/ }));
  const dashboard = await opened;
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toBe(`chrome-extension://${extension.extensionId}/dashboard.html`);
  await expect
    .poll(() => dashboard.getByRole('heading', { level: 1 }).textContent())
    .toContain('TallyWitness');
});

test('the popup offers checking a notice on its own, which opens the dashboard ready for the text', async () => {
  const popup = await extension.page('popup.html');
  for (const [lang, name] of [
    ['zh', '单独核查公告'],
    ['en', 'Check a notice on its own'],
  ] as const) {
    await popup.getByLabel(/Language|语言/).selectOption(lang);
    await expect.poll(() => popup.getByTestId('popup-notice').textContent()).toBe(name);
  }
  const opened = extension.context.waitForEvent('page');
  await clickClosingItsPage(popup.getByTestId('popup-notice'));
  const dashboard = await opened;
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toBe(`chrome-extension://${extension.extensionId}/dashboard.html#notice`);
  await dashboard.getByTestId('notice-text').waitFor();
  await popup.close();
  await dashboard.close();
});
