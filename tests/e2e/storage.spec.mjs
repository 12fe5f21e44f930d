// What the app keeps in this browser: told once where data lives, how much room it takes,
// reminded to back up, and able to delete all of it on a shared computer.
import { readFile } from 'node:fs/promises';
import { unitFile, asFile } from './unit-files.mjs';
import { test, expect, createCongress, fillStorage, TODAY } from './fixtures.mjs';

const appKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('congress-notebook/')));

test('told once that data lives here, with what the browser answered', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  const kept = await page.evaluate(() => navigator.storage.persisted());
  const notice = page.locator('.banner.info');
  await expect(notice).toContainText('Dữ liệu chỉ lưu trong trình duyệt này trên máy này');
  await expect(notice).toContainText(kept ? 'đã đồng ý giữ lâu dài' : 'chưa hứa giữ lâu dài');
  await page.reload();
  await expect(page.locator('.banner.info')).toHaveCount(0);
  await page.getByRole('button', { name: '+ Đại hội khác' }).click();
  await createCongress(page, { unit: 'Công đoàn thứ hai' });
  await expect(page.locator('.banner.info')).toHaveCount(0);
});

test('storage use is measured as localStorage counts it', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('another-app', 'x'.repeat(1000)));
  await createCongress(page);
  await page.getByText('Dữ liệu trong trình duyệt này').click();
  const used = await page.evaluate(() => Object.entries(localStorage)
    .filter(([k]) => k.startsWith('congress-notebook/'))
    .reduce((n, [k, v]) => n + k.length + v.length, 0));
  const all = await page.evaluate(() => Object.entries(localStorage).reduce((n, [k, v]) => n + k.length + v.length, 0));
  const vi = (n) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  await expect(page.locator('.usage')).toContainText(`Ứng dụng đang dùng ${vi(used)} ký tự`);
  await expect(page.locator('.usage')).toContainText(`còn trống khoảng ${vi(5_000_000 - all)} ký tự`);
});

/** Loads one unit file on the upper union's desk, waits until it is kept, and goes back. */
async function keepOneUnitOnTheDesk(page) {
  await page.getByRole('button', { name: 'Cấp trên: theo dõi các đơn vị' }).click();
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles([asFile('a.json', unitFile({ n: 1, name: 'Công đoàn A' }))]);
  await expect(page.locator('.desk-kept')).toContainText('Đã lưu trong trình duyệt này: 1 đơn vị');
  await page.getByRole('button', { name: 'Về sổ tay của đơn vị' }).click();
}

test('delete everything on a shared computer, after a backup', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('another-app', 'keep'));
  await createCongress(page);
  // The upper union's desk keeps a unit file in IndexedDB: it goes too.
  await keepOneUnitOnTheDesk(page);
  await page.getByText('Dữ liệu trong trình duyệt này').click();
  await page.getByRole('button', { name: 'Xoá toàn bộ dữ liệu trên máy này…' }).click();
  await expect(page.getByText('sẽ bị xoá hẳn, không hoàn tác được')).toBeVisible();
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sao lưu trước' }).click()]);
  const json = JSON.parse(await readFile(await backup.path(), 'utf8'));
  expect(json.data.congresses).toHaveLength(1);
  await page.getByRole('button', { name: 'Xoá hết dữ liệu' }).click();
  await expect(page.getByText('Đã xoá toàn bộ dữ liệu của Sổ tay Đại hội trên máy này.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tạo sổ tay cho một kỳ đại hội' })).toBeVisible();
  expect(await appKeys(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('another-app'))).toBe('keep');
  await page.reload();
  expect(await appKeys(page)).toEqual([]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('congress-notebook-desk');
});

test('delete everything empties the desk already open in this page, not only its storage', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await keepOneUnitOnTheDesk(page);
  await page.getByText('Dữ liệu trong trình duyệt này').click();
  await page.getByRole('button', { name: 'Xoá toàn bộ dữ liệu trên máy này…' }).click();
  await page.getByRole('button', { name: 'Xoá hết dữ liệu' }).click();
  await expect(page.getByText('Đã xoá toàn bộ dữ liệu của Sổ tay Đại hội trên máy này.')).toBeVisible();
  await page.getByRole('button', { name: 'Cấp trên: theo dõi các đơn vị' }).click();
  await expect(page.locator('.desk-empty')).toBeVisible();
  await expect(page.locator('.desk-table')).toHaveCount(0);
});

test('reminded to back up a week after changes, not before', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  const reminder = page.getByText('đã hơn 7 ngày chưa sao lưu');
  await expect(reminder).toHaveCount(0);
  await page.clock.setFixedTime(new Date(TODAY.getTime() + 6 * 86_400_000));
  await page.reload();
  await expect(page.locator('li.task').first()).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await page.clock.setFixedTime(new Date(TODAY.getTime() + 8 * 86_400_000));
  await page.reload();
  await expect(reminder).toBeVisible();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sao lưu ngay' }).click()]);
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.locator('li.task').first()).toBeVisible();
  await expect(reminder).toHaveCount(0);
  // A change right after a backup does not bring it back.
  await page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ }).check();
  await expect(reminder).toHaveCount(0);
});

test('a full storage is told at once, keeps what is on screen, and offers a backup', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await fillStorage(page);
  await page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ }).check();
  await expect(page.getByText('Bộ nhớ trình duyệt đã đầy: thay đổi vừa rồi CHƯA được lưu')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).toBeChecked();
  const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('congress-notebook/')).sort()));
  expect(stored).toBe(JSON.stringify(JSON.parse(before).filter(([k]) => k.startsWith('congress-notebook/'))));
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.banner.error').getByRole('button', { name: 'Sao lưu ngay' }).click(),
  ]);
  const json = JSON.parse(await readFile(await backup.path(), 'utf8'));
  expect(json.data.congresses[0].tasks[0].status).toBe('done');
});

test('what version 1 stored opens as it was (the snapshot kept for upgrades)', async ({ page }) => {
  const snapshot = JSON.parse(await readFile(new URL('../fixtures/storage/v1/localstorage.json', import.meta.url), 'utf8'));
  await page.addInitScript((data) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [k, v] of Object.entries(data)) localStorage.setItem(k, v);
      sessionStorage.setItem('seeded', '1');
    }
  }, snapshot);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Công đoàn Trường THCS Lê Lợi' })).toBeVisible();
  await expect(page.locator('li.task')).toHaveCount(26);
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).toBeChecked();
  await expect(page.locator('li[data-task-key="documents.term_report"]')).toContainText('Phụ trách: Tiểu ban văn kiện');
  await expect(page.locator('.summary')).toContainText('Nhiệm kỳ 2030–2035');
  await expect(page.locator('.banner.warning')).toHaveCount(0);
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).sort()));
  expect(stored).toEqual(snapshot);
});
