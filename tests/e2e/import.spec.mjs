// Importing exchange files: every file of the corpus gets its outcome, a refused file changes
// nothing in storage (byte for byte), an accepted one is previewed and written only when the
// user chooses; a replaced congress can be restored.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { test, expect, createCongress } from './fixtures.mjs';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
const snapshot = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function pick(page, file) {
  await page.getByLabel('Chọn tệp (.json)').setInputFiles(join(corpus, file));
}

test('every file of the corpus: refused ones change nothing, accepted ones are previewed', async ({ page }) => {
  const cases = (await readFile(join(corpus, 'cases.tsv'), 'utf8'))
    .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  await page.goto('./');
  await createCongress(page);
  const alert = page.locator('section.import > .field-error');
  for (const [file, expected] of cases) {
    const before = await snapshot(page);
    await pick(page, file);
    if (expected.startsWith('ok')) {
      // An upper union's plan is previewed as a plan: the unit picks itself from it.
      const region = file.startsWith('ok-plan') ? 'Kế hoạch của công đoàn cấp trên' : 'Xem trước tệp nhập';
      await expect(page.getByRole('region', { name: region }), file).toBeVisible();
      await expect(alert, file).toBeEmpty();
      await page.getByRole('region', { name: region }).getByRole('button', { name: 'Quay lại' }).click();
    } else {
      await expect(alert, file).toContainText(`Không nhập tệp “${file}”; dữ liệu trong trình duyệt giữ nguyên.`);
      const path = expected.split(':')[1];
      if (path && !['truncated', '2'].includes(path)) await expect(alert, file).toContainText(path);
      await expect(page.getByRole('region', { name: 'Xem trước tệp nhập' })).toHaveCount(0);
    }
    expect(await snapshot(page), `${file} changed nothing`).toBe(before);
  }
  expect(cases.length).toBeGreaterThanOrEqual(60);

  // The control: a valid file, added, does change storage; its HTML is shown as text.
  const before = await snapshot(page);
  await pick(page, 'ok-html-in-every-text.json');
  await page.getByRole('button', { name: 'Thêm thành sổ tay mới' }).click();
  await expect(page.getByText('Đã nhập 1 sổ tay.')).toBeVisible();
  expect(await snapshot(page)).not.toBe(before);
  await expect(page.getByRole('heading', { name: /Công đoàn <img src=x onerror=alert\(1\)>/ })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
});

test('a unit file replaces its congress after keeping the current one, which can be restored', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { unit: 'Công đoàn Trường THCS Lê Lợi' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp gửi cấp trên (.json)' }).click()]);
  const file = await download.path();
  await page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ }).check();

  await page.getByLabel('Chọn tệp (.json)').setInputFiles({ name: 'daihoi-le-loi.json', mimeType: 'application/json', buffer: await readFile(file) });
  const preview = page.getByRole('region', { name: 'Xem trước tệp nhập' });
  await expect(preview).toContainText('Công đoàn Trường THCS Lê Lợi');
  await expect(preview).toContainText('Đã có trong trình duyệt này; tệp khác ở: 1 việc thay đổi.');
  await page.getByRole('button', { name: /Thay thế sổ tay cùng mã/ }).click();
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).not.toBeChecked();
  await expect(page.getByLabel('Đang xem sổ tay')).toHaveCount(0);

  await page.reload();
  await page.getByRole('button', { name: 'Khôi phục bản trước khi nhập' }).click();
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).toBeChecked();

  // Adding the same file as new makes a second congress beside it.
  await page.getByLabel('Chọn tệp (.json)').setInputFiles({ name: 'daihoi-le-loi.json', mimeType: 'application/json', buffer: await readFile(file) });
  await page.getByRole('button', { name: 'Thêm thành sổ tay mới' }).click();
  await expect(page.getByLabel('Đang xem sổ tay').locator('option')).toHaveCount(2);
});

test('a backup restores everything into an empty browser', async ({ page }) => {
  await page.goto('./');
  await pick(page, 'ok-backup.json');
  await expect(page.getByRole('region', { name: 'Xem trước tệp nhập' })).toContainText('Kèm 1 đợt đại hội tự thêm.');
  await expect(page.getByRole('button', { name: /Thay thế sổ tay cùng mã/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Thêm thành sổ tay mới' }).click();
  await expect(page.getByText('Đã nhập 2 sổ tay.')).toBeVisible();
  await expect(page.getByLabel('Đang xem sổ tay').locator('option')).toHaveText(['Công đoàn Trường THCS Lê Lợi', 'Công đoàn Công ty May 10']);
  await page.reload();
  await expect(page.getByLabel('Đang xem sổ tay').locator('option')).toHaveCount(2);
});

test('a file over 20 MB is refused before it is read', async ({ page }) => {
  await page.goto('./');
  const before = await snapshot(page);
  await page.getByLabel('Chọn tệp (.json)').setInputFiles({ name: 'qua-lon.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
  await expect(page.locator('section.import .field-error')).toContainText('Tệp quá lớn (21 MB); ứng dụng chỉ nhận tệp đến 20 MB.');
  expect(await snapshot(page)).toBe(before);
});

test('one checker serves every file of the page; one that fails to start is told, and the next file starts another', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  const preview = page.getByRole('region', { name: 'Xem trước tệp nhập' });
  const alert = page.locator('section.import > .field-error');
  // The checker's code cannot be fetched (offline since the page loaded, say).
  await page.route('**/import_worker_bg*.wasm', (route) => route.abort());
  await pick(page, 'ok-unit.json');
  await expect(alert).toContainText('Không nhập tệp “ok-unit.json”');
  await expect(alert).toContainText('Không chạy được phần kiểm tra tệp');
  await expect(page.getByText('Đang kiểm tra tệp…')).toHaveCount(0);
  await expect(preview).toHaveCount(0);
  // Back online: the same page checks the next file with a new checker, and keeps it.
  await page.unroute('**/import_worker_bg*.wasm');
  let started = 0;
  page.on('worker', () => { started += 1; });
  for (const file of ['ok-unit.json', 'ok-backup.json', 'date-dmy.json', 'ok-compact.json']) {
    await pick(page, file);
    if (file.startsWith('ok')) {
      await expect(preview, file).toBeVisible();
      await expect(alert).toBeEmpty();
      await preview.getByRole('button', { name: 'Quay lại' }).click();
    } else {
      await expect(alert, file).toContainText(`Không nhập tệp “${file}”`);
    }
  }
  expect(started).toBe(1);
});

test('the import code is fetched when the card is touched; if it cannot be, the file is refused with a message', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  const alert = page.locator('section.import > .field-error');
  await page.route('**/split_import_preview-*.wasm', (route) => route.abort());
  await pick(page, 'ok-unit.json');
  await expect(alert).toContainText('Không nhập tệp “ok-unit.json”');
  await expect(alert).toContainText('Không chạy được phần kiểm tra tệp');
  await page.unroute('**/split_import_preview-*.wasm');
  const fetched = page.waitForRequest(/split_import_preview-[0-9a-f]{16}\.wasm$/);
  await page.locator('section.import h2').click();
  await fetched;
  await pick(page, 'ok-unit.json');
  await expect(page.getByRole('region', { name: 'Xem trước tệp nhập' })).toBeVisible();
  await expect(alert).toBeEmpty();
});
