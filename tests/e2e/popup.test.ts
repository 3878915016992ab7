import { expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';

const extension = extensionForFile();

test('the popup opens the dashboard in a new tab', async () => {
  const popup = await extension.page('popup.html');
  const opened = extension.context.waitForEvent('page');
  await popup.getByRole('button', { name: /New audit/ }).click();
  const dashboard = await opened;
  await dashboard.waitForLoadState();
  expect(dashboard.url()).toBe(`chrome-extension://${extension.extensionId}/dashboard.html`);
  await expect
    .poll(() => dashboard.getByRole('heading', { level: 1 }).textContent())
    .toContain('TallyWitness');
});
