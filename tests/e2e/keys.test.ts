import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { extensionForFile } from './launch-extension.js';
import { receiptSignatureValid } from './receipt-signature.js';

/**
 * A signing key's life in the dashboard: created, exported sealed under a passphrase (scrypt 2^17, in
 * a worker), deleted, refused with a wrong passphrase without storing anything, imported with the right
 * one, and used to sign a receipt that node:crypto verifies.
 */

const PASSPHRASE = '青山 village 2024 春';

const extension = extensionForFile();
let page: Page;

beforeAll(async () => {
  page = await extension.englishDashboard();
  await page.getByRole('button', { name: /Try the bundled sample/ }).click();
  await page.locator('.election-summary table').waitFor();
  await page.getByRole('button', { name: 'Run the audit' }).click();
  await page.locator('.verdict').waitFor();
});

/** The keys in the extension's IndexedDB, read directly rather than through the page. */
const storedKeys = () =>
  page.evaluate(
    () =>
      new Promise<{ id: string; label: string; backedUpAt: string | null }[]>((resolve, reject) => {
        const request = indexedDB.open('tallywitness-keys');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('keys').objectStore('keys').getAll();
          all.onsuccess = () =>
            resolve(all.result as { id: string; label: string; backedUpAt: string | null }[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );

async function download(start: () => Promise<void>): Promise<{ name: string; path: string }> {
  const event = page.waitForEvent('download');
  await start();
  const file = await event;
  return { name: file.suggestedFilename(), path: (await file.path())! };
}

test('create, export, delete, import with a wrong then the right passphrase, and sign', async () => {
  const receipt = page.locator('.receipt');
  await receipt.getByLabel('Signer name').fill('Observer Wu');
  await receipt.getByRole('button', { name: 'Create a signing key' }).click();
  const fingerprint = await receipt.locator('[data-fingerprint]').textContent();
  expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/);
  await expect.poll(() => receipt.locator('[data-no-backup]').textContent()).toContain('no backup');

  // Export: sealed in the key worker; the page stays responsive while scrypt runs.
  const backup = receipt.locator('form.key-backup');
  await backup.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await backup.getByLabel('Passphrase again').fill(PASSPHRASE + 'x');
  await backup.getByRole('button', { name: 'Export a key backup' }).click();
  await expect.poll(() => backup.getByRole('alert').textContent()).toBe('The two passphrases differ.');
  await backup.getByLabel('Passphrase again').fill(PASSPHRASE);
  const keyFile = await download(async () => {
    await backup.getByRole('button', { name: 'Export a key backup' }).click();
    // Busy while sealing: the button says so and cannot be pressed twice.
    await expect.poll(() => backup.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => page.evaluate(() => 1 + 1)).toBe(2);
  });
  expect(keyFile.name).toMatch(/^tallywitness-key-[0-9A-F]{16}\.json$/);
  const sealed = JSON.parse(readFileSync(keyFile.path, 'utf8')) as Record<string, unknown>;
  expect(sealed).toMatchObject({ protection: 'passphrase', fingerprint, kdf: { name: 'scrypt', logN: 17 } });
  expect(JSON.stringify(sealed)).not.toContain('"seed"');
  await receipt.locator('[data-no-backup]').waitFor({ state: 'detached' });
  await expect.poll(() => receipt.textContent()).toContain('Backup exported on');
  expect((await storedKeys())[0]?.backedUpAt).toBeTruthy();

  // Delete, after an explicit confirmation.
  await receipt.getByRole('button', { name: 'Delete this key' }).click();
  await receipt.getByRole('button', { name: 'Delete it' }).click();
  await receipt.getByLabel('Signer name').waitFor();
  await expect.poll(() => storedKeys()).toEqual([]);

  // A wrong passphrase: an error, and nothing stored.
  await receipt.locator('summary', { hasText: 'Import a key' }).click();
  const importForm = receipt.locator('details form');
  await importForm.getByLabel('Key file').setInputFiles(keyFile.path);
  await importForm.getByLabel('Passphrase').fill('not the passphrase');
  await importForm.getByRole('button', { name: 'Import a key' }).click();
  await expect.poll(() => importForm.getByRole('alert').textContent()).toContain('wrong passphrase');
  await expect.poll(() => importForm.getByRole('alert').textContent()).toContain('$.cipher.sealed');
  await expect.poll(() => storedKeys()).toEqual([]);
  await expect.poll(() => receipt.locator('[data-fingerprint]').count()).toBe(0);

  // The right passphrase: the same key back, counted as backed up.
  await importForm.getByLabel('Passphrase').fill(PASSPHRASE);
  await importForm.getByRole('button', { name: 'Import a key' }).click();
  await expect.poll(() => importForm.getByRole('status').textContent()).toBe('Key “Observer Wu” imported.');
  await expect.poll(() => receipt.locator('[data-fingerprint]').textContent()).toBe(fingerprint);
  await expect.poll(() => receipt.locator('[data-no-backup]').count()).toBe(0);
  expect((await storedKeys()).map((key) => key.id)).toEqual([fingerprint]);

  await receipt.getByRole('button', { name: 'Sign the receipt' }).click();
  const signed = await download(() => receipt.locator('a[data-receipt-link]').click());
  const data = JSON.parse(readFileSync(signed.path, 'utf8')) as Parameters<
    typeof receiptSignatureValid
  >[0] & {
    payload: { signer: { label: string; publicKey: string } };
  };
  expect(data.payload.signer.label).toBe('Observer Wu');
  expect(data.payload.signer.publicKey).toBe(sealed['publicKey']);
  expect(receiptSignatureValid(data)).toBe(true);
});
