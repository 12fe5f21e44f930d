// Screens other than the first load their code on first use: a loading state, then the
// screen; a failed fetch says why in Vietnamese and touches no data (offline: try again; the
// host has a newer version: reload, after what waits is saved).
import { test, expect, createCongress } from './fixtures.mjs';

const stored = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
const CHUNK = /split_documents-[0-9a-f]{16}\.wasm$/;
const documentsTab = (page) => page.getByRole('button', { name: 'Văn kiện', exact: true });

test('the documents screen loads on first use; offline, it says so and can be retried', async ({ page, context }) => {
  const chunks = [];
  page.on('request', (r) => { if (CHUNK.test(r.url())) chunks.push(r.url()); });
  await page.goto('./');
  await createCongress(page);
  expect(chunks, 'not part of the first load').toEqual([]);
  const before = await stored(page);
  await context.setOffline(true);
  await documentsTab(page).click();
  await expect(page.getByText('Chưa tải được màn hình này vì máy đang mất mạng')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải lại trang' })).toHaveCount(0);
  expect(await stored(page)).toBe(before);
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByRole('heading', { name: 'Văn kiện đại hội' })).toBeVisible();
  expect(chunks.length).toBeGreaterThan(0);
  expect(await stored(page)).toBe(before);
});

test('the chunk loader\'s table is not in the first load; when it cannot be fetched a screen says so, and a retry fetches it', async ({ page }) => {
  // Its retries too (asked for under `?retry=`, as a browser may keep a failed import).
  const TABLE = /__wasm_split_table-[0-9a-f]{16}\.js(\?retry=\d+)?$/;
  const asked = [];
  page.on('request', (r) => { if (TABLE.test(r.url())) asked.push(r.url()); });
  await page.route(TABLE, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(asked, 'not part of the first load').toEqual([]);
  await createCongress(page);
  const before = await stored(page);
  await documentsTab(page).click();
  // The screen says so, in its own place below the tabs (the storage notice above it, whose
  // code is a chunk too, may say so as well).
  const failed = page.locator('.screen-tabs ~ .chunk-failed');
  await expect(failed).toContainText('có thể ứng dụng vừa được cập nhật trên máy chủ');
  expect(asked.length).toBeGreaterThan(0);
  expect(await stored(page)).toBe(before);
  await page.unroute(TABLE);
  await failed.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByRole('heading', { name: 'Văn kiện đại hội' })).toBeVisible();
  expect(await stored(page)).toBe(before);
});

test('after an upgrade replaced the files, opening a screen offers a reload and loses nothing', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await page.route(CHUNK, (route) => route.fulfill({ status: 404, body: 'not found' }));
  // A change still waiting to be saved when the screen is opened.
  await page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ }).check();
  await documentsTab(page).click();
  await expect(page.getByText('có thể ứng dụng vừa được cập nhật trên máy chủ')).toBeVisible();
  const saved = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/congress/'));
    return JSON.parse(localStorage.getItem(key)).congress.tasks[0].status;
  });
  expect(saved).toBe('done');
  await page.unroute(CHUNK);
  await page.getByRole('button', { name: 'Tải lại trang' }).click();
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).toBeChecked();
  await documentsTab(page).click();
  await expect(page.getByRole('heading', { name: 'Văn kiện đại hội' })).toBeVisible();
});

test('the first screen and the checklist fetch no screen chunk, and each opens its own on first use', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => {
    const m = r.url().match(/\/(split_[a-z_]+)-[0-9a-f]{16}\.wasm$/);
    if (m) fetched.push(m[1]);
  });
  await page.goto('./');
  await createCongress(page);
  await page.getByRole('checkbox').first().check();
  // Only the chunk `safety` (storage banners, the backup and unit-file writers), fetched in
  // the background once the first screen runs.
  await expect.poll(() => fetched).toContain('split_safety');
  expect(fetched.filter((c) => c !== 'split_safety'), 'the first load and a tick').toEqual([]);
  await page.getByRole('button', { name: 'Sửa thông tin đại hội' }).click();
  await expect.poll(() => fetched).toContain('split_congress_editor');
  await page.getByRole('button', { name: '+ Thêm đợt khác…' }).click();
  await expect(page.getByRole('group', { name: 'Đợt đại hội mới' })).toBeVisible();
  expect(fetched).toContain('split_round_editor');
  expect(fetched).not.toContain('split_documents');
});
