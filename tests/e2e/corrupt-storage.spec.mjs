// Stored data that cannot be read is never lost: the app says so, lets the user go on, and
// keeps the exact bytes under a quarantine key, downloadable, across reloads.
import { readFile } from 'node:fs/promises';
import { test, expect, createCongress } from './fixtures.mjs';

const CORRUPT = '{"schema_version":1,"revision":3,"congresses":["a1b2"],"active":"a1b2"  ← hỏng, ắ ự Đ';

test('corrupt JSON under the app key is quarantined, not overwritten', async ({ page }) => {
  await page.addInitScript((value) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('congress-notebook/manifest', value);
      sessionStorage.setItem('seeded', '1');
    }
  }, CORRUPT);
  await page.goto('./');
  await expect(page.getByText('Không đọc được danh sách sổ tay lưu trong trình duyệt này')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dữ liệu trong trình duyệt' })).toBeVisible();

  const kept = async () => page.evaluate(() => Object.entries(localStorage)
    .filter(([k]) => k.startsWith('congress-notebook/quarantine/')));
  let entries = await kept();
  expect(entries).toHaveLength(1);
  expect(entries[0][0]).toMatch(/^congress-notebook\/quarantine\/\d+\/congress-notebook\/manifest$/);
  expect(entries[0][1]).toBe(CORRUPT);

  // The user goes on and creates a congress, which writes a new manifest.
  await createCongress(page);
  await expect(page.locator('li.task')).toHaveCount(23);

  await page.reload();
  await expect(page.locator('li.task')).toHaveCount(23);
  entries = await kept();
  expect(entries).toHaveLength(1);
  expect(entries[0][1]).toBe(CORRUPT);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải bản sao về' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('daihoi-du-lieu-khong-doc-duoc-2026-11-22.txt');
  expect(await readFile(await download.path(), 'utf8')).toBe(CORRUPT);

  // Discarding needs a second, explicit confirmation.
  await page.getByRole('button', { name: 'Xoá bản sao…' }).click();
  await page.getByRole('button', { name: 'Giữ lại' }).click();
  expect(await kept()).toHaveLength(1);
  await page.getByRole('button', { name: 'Xoá bản sao…' }).click();
  await page.getByRole('button', { name: 'Xoá bản sao', exact: true }).click();
  expect(await kept()).toHaveLength(0);
  await expect(page.getByRole('heading', { name: 'Dữ liệu trong trình duyệt' })).toHaveCount(0);
});

test.describe('old browsers', () => {
  test.use({ allowPageErrors: true }); // the app's loader fails there, by design of the test

  test('a browser without WebAssembly gets a Vietnamese message, not a blank page', async ({ page }) => {
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto('./');
    await expect(page.getByText('Trình duyệt này quá cũ để chạy Sổ tay Đại hội')).toBeVisible();
    await expect(page.getByText('Đang tải Sổ tay Đại hội…')).toBeHidden();
    await expect(page.getByText('This browser is too old')).toBeHidden();
  });

  test('with English chosen, the message is in English', async ({ page }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
      localStorage.setItem('congress-notebook/language', 'en');
    });
    await page.goto('./');
    await expect(page.getByText('This browser is too old to run Congress Notebook')).toBeVisible();
    await expect(page.getByText('Trình duyệt này quá cũ')).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('a lost list of congresses is rebuilt from what is stored, and the user is told', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await page.evaluate(() => localStorage.removeItem('congress-notebook/manifest'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Công đoàn Trường THCS Lê Lợi' })).toBeVisible();
  await expect(page.getByText('đã tìm lại 1 sổ tay từ dữ liệu còn lưu')).toBeVisible();
  // The next save lists it again.
  await page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ }).check();
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('congress-notebook/manifest') ?? '{}').congresses?.length)).toBe(1);
});
