// The upper union's desk: a batch of unit files (bad ones mixed in) in one table with totals,
// sorted, filtered and searched, taken out as CSV for Excel and printed on A4 landscape; a
// unit's own export read by the desk; the browser's own notebook left untouched.
import { readFile } from 'node:fs/promises';
import { test, expect, createCongress } from './fixtures.mjs';
import { unitFile, asFile } from './unit-files.mjs';

const FIXTURES = new URL('../fixtures/import/', import.meta.url);

/** Five units as of 22/11/2026 (the tests' today), one sent twice, and three bad files. */
async function batch() {
  return [
    // Congress day after the round's cut-off: late.
    asFile('dong-hai.json', unitFile({ n: 1, name: 'Công đoàn Đông Hải', date: '2027-06-10' })),
    // Held on 10/11/2026, every task done.
    asFile('det-may.json', unitFile({ n: 2, name: 'Công đoàn Dệt may', date: '2026-11-10', held: true, done: 48,
      drafts: [{ kind: 'term_report', status: 'final' }, { kind: 'personnel_plan', status: 'final' }, { kind: 'resolution', status: 'final' }] })),
    // Not heard from since 01/11/2026: stale.
    asFile('anh-duong.json', unitFile({ n: 3, name: 'Công đoàn Ánh Dương', exportedAt: '2026-11-01T02:00:00Z', drafts: [{ kind: 'term_report', status: 'sent_upper' }] })),
    // A pilot, sent twice: the newer file is kept, whichever comes first.
    asFile('an-binh-moi.json', unitFile({ n: 4, name: 'Công đoàn An Bình', pilot: '2027-02-28', date: '2027-01-10', exportedAt: '2026-11-21T02:00:00Z', done: 10 })),
    asFile('an-binh-cu.json', unitFile({ n: 4, name: 'Công đoàn An Bình (cũ)', pilot: '2027-02-28', date: '2027-01-10', exportedAt: '2026-11-02T02:00:00Z' })),
    // Out of cycle.
    asFile('ben-thanh.json', unitFile({ n: 5, name: 'Công đoàn Bến Thành', roundCutOff: null })),
    asFile('hong.json', '{"format": "congress-notebook", "vers'),
    asFile('sao-luu.json', await readFile(new URL('ok-backup.json', FIXTURES), 'utf8')),
    asFile('moi-hon.json', JSON.stringify({ format: 'congress-notebook', version: 2, exported_at: '2027-01-01T00:00:00Z', app_version: '2.0.0', kind: 'unit', data: {} })),
  ];
}

const names = (page) => page.locator('.desk-table tbody th .unit-name').allTextContents();

async function openDesk(page) {
  await page.getByRole('button', { name: 'Cấp trên: theo dõi các đơn vị' }).click();
  await expect(page.getByRole('heading', { name: 'Theo dõi các đơn vị (công đoàn cấp trên)' })).toBeVisible();
}

test('a batch of unit files becomes one table: totals, refusals, newest file kept, sort, filter, search, CSV', async ({ page }) => {
  await page.goto('./');
  await openDesk(page);
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles(await batch());
  await expect(page.locator('.desk-count')).toHaveText('5 đơn vị');
  const total = (label) => page.locator('.desk-totals .total').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(total('Đơn vị')).toHaveText('5');
  await expect(total('Đã tổ chức đại hội')).toHaveText('1');
  await expect(total('Đúng hạn')).toHaveText('3');
  await expect(total('Trễ hạn')).toHaveText('1');
  await expect(total('Quá 14 ngày chưa gửi lại')).toHaveText('1');

  // Bad files are listed by name with the reason; the rest loaded.
  const refused = page.locator('.desk-refused');
  await expect(refused).toContainText('3 tệp không đọc được');
  await expect(refused.locator('li', { hasText: 'hong.json' })).toContainText('Tệp bị cụt');
  await expect(refused.locator('li', { hasText: 'sao-luu.json' })).toContainText('bản sao lưu');
  await expect(refused.locator('li', { hasText: 'moi-hon.json' })).toContainText('phiên bản mới hơn');
  await expect(page.locator('.desk-notes summary')).toHaveText('1 lần một đơn vị gửi nhiều tệp: đã giữ tệp mới nhất');
  await expect(page.locator('.desk-notes li')).toHaveText(/giữ tệp “an-binh-moi\.json” \(gửi sau\), bỏ tệp “an-binh-cu\.json”/);

  // Vietnamese order by default (Á after A, Đ after D), then reversed.
  expect(await names(page)).toEqual(['Công đoàn An Bình', 'Công đoàn Ánh Dương', 'Công đoàn Bến Thành', 'Công đoàn Dệt may', 'Công đoàn Đông Hải']);
  await page.getByRole('button', { name: 'Đơn vị', exact: true }).click();
  expect(await names(page)).toEqual(['Công đoàn Đông Hải', 'Công đoàn Dệt may', 'Công đoàn Bến Thành', 'Công đoàn Ánh Dương', 'Công đoàn An Bình']);
  await expect(page.locator('th[aria-sort="descending"]')).toContainText('Đơn vị');
  await page.getByRole('button', { name: 'Ngày đại hội', exact: true }).click();
  expect((await names(page))[0]).toBe('Công đoàn Dệt may');

  // One row's cells.
  const anBinh = page.locator('.desk-table tbody tr', { hasText: 'Công đoàn An Bình' });
  await expect(anBinh).toContainText('Đại hội điểm');
  await expect(anBinh).toContainText('28/02/2027 · trong hạn');
  await expect(anBinh).toContainText('10/48 việc (20%)');
  await expect(anBinh).toContainText('Báo cáo tổng kết: Không gửi kèm');
  await expect(anBinh).toContainText('21/11/2026 (1 ngày trước)');
  const anhDuong = page.locator('.desk-table tbody tr', { hasText: 'Ánh Dương' });
  await expect(anhDuong).toContainText('Báo cáo tổng kết: Đã gửi cấp trên');
  await expect(anhDuong).toContainText('Đề án nhân sự: Chưa soạn');
  await expect(anhDuong).toContainText('Lâu chưa gửi');
  await expect(page.locator('.desk-table tbody tr', { hasText: 'Bến Thành' })).toContainText('Ngoài đợt');

  // Filters and search.
  await page.getByLabel('trễ hạn', { exact: true }).check();
  expect(await names(page)).toEqual(['Công đoàn Đông Hải']);
  await expect(page.locator('.desk-count')).toHaveText('Hiện 1 trong 5 đơn vị');
  await page.getByLabel('trễ hạn', { exact: true }).uncheck();
  await page.getByLabel('đại hội điểm').check();
  expect(await names(page)).toEqual(['Công đoàn An Bình']);
  await page.getByLabel('đại hội điểm').uncheck();
  await page.getByLabel('văn kiện chưa hoàn chỉnh').check();
  expect(await names(page)).not.toContain('Công đoàn Dệt may');
  await page.getByLabel('văn kiện chưa hoàn chỉnh').uncheck();
  await page.getByLabel('Tìm đơn vị').fill('anh duong');
  expect(await names(page)).toEqual(['Công đoàn Ánh Dương']);
  await page.getByLabel('Tìm đơn vị').fill('');
  await page.getByRole('button', { name: 'Đơn vị', exact: true }).click();

  // The CSV: byte-order mark, `;` by default, a header and one line per unit shown.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng (CSV cho Excel)' }).click()]);
  expect(file.suggestedFilename()).toBe('daihoi-tonghop-2026-11-22.csv');
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(6);
  expect(lines[0].startsWith('Đơn vị;Cấp;Hình thức;Đại hội điểm;Ngày đại hội;Hạn chót;')).toBe(true);
  expect(lines[1].startsWith('Công đoàn An Bình;Công đoàn cơ sở;Đại hội toàn thể đoàn viên;Có;\t10/01/2027;\t28/02/2027;Có;')).toBe(true);

  // A comma instead, remembered in this browser.
  await page.getByLabel('Dấu phân cách cột cho Excel').selectOption(',');
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng (CSV cho Excel)' }).click()]);
  expect((await readFile(await again.path(), 'utf8')).split('\r\n')[1].startsWith('Công đoàn An Bình,Công đoàn cơ sở,')).toBe(true);
  // The batch is kept in this browser: a reload brings it back, with the chosen separator.
  await expect(page.locator('.desk-kept')).toContainText('Đã lưu trong trình duyệt này: 5 đơn vị');
  await page.reload();
  await openDesk(page);
  await expect(page.locator('.desk-count')).toHaveText('5 đơn vị');
  expect(await names(page)).toEqual(['Công đoàn An Bình', 'Công đoàn Ánh Dương', 'Công đoàn Bến Thành', 'Công đoàn Dệt may', 'Công đoàn Đông Hải']);
  await expect(page.locator('.desk-table tbody tr', { hasText: 'Công đoàn An Bình' })).toContainText('an-binh-moi.json');
  await expect(page.getByLabel('Dấu phân cách cột cho Excel')).toHaveValue(',');

  // Clearing asks first, and stays cleared after a reload.
  await page.getByRole('button', { name: 'Xoá danh sách đơn vị đã nạp' }).click();
  await expect(page.locator('.desk-count')).toHaveText('5 đơn vị');
  await page.getByRole('button', { name: 'Xoá danh sách', exact: true }).click();
  await expect(page.locator('.desk-empty')).toBeVisible();
  await page.reload();
  await openDesk(page);
  await expect(page.locator('.desk-empty')).toBeVisible();
  await expect(page.locator('.desk-table')).toHaveCount(0);
});

test('a unit\'s own export is read by the desk, and the desk leaves the notebook untouched', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { unit: 'Công đoàn Trường THCS Lê Lợi', date: '15/01/2027' });
  await page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ }).check();
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp gửi cấp trên (.json)' }).click()]);
  const text = await readFile(await exported.path(), 'utf8');
  const before = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

  await openDesk(page);
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles([asFile(exported.suggestedFilename(), text)]);
  const row = page.locator('.desk-table tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Công đoàn Trường THCS Lê Lợi');
  await expect(row).toContainText('15/01/2027');
  await expect(row).toContainText('22/11/2026 (hôm nay)');
  await expect(row).toContainText(/1\/\d+ việc/);

  // Back to the notebook: the same congress, and storage exactly as it was.
  await page.getByRole('button', { name: 'Về sổ tay của đơn vị' }).click();
  await expect(page.locator('.summary, .checklist').first()).toContainText(/Lê Lợi|Việc cần làm/);
  const after = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
  expect(after).toEqual(before);
  // And back to the desk: the batch is still there.
  await openDesk(page);
  await expect(page.locator('.desk-table tbody tr')).toHaveCount(1);
});

test('the table prints alone on A4 landscape', async ({ page }, info) => {
  test.skip(info.project.name === 'phone', 'printing does not depend on the screen');
  await page.goto('./');
  await openDesk(page);
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles((await batch()).slice(0, 3));
  await expect(page.locator('.desk-table tbody tr')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.desk-table')).toBeVisible();
  await expect(page.locator('.desk-tools')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('columnheader', { name: 'Hạn chót' })).toBeVisible();
  await expect(page.getByLabel('Chọn các tệp của đơn vị (.json)')).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = pdf.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  expect(Math.abs(Number(box[1]) - 841.9)).toBeLessThan(1.5);
  expect(Math.abs(Number(box[2]) - 595.3)).toBeLessThan(1.5);
});

test('a large batch is read by the workers and drawn a page of rows at a time', async ({ page }) => {
  await page.goto('./');
  await openDesk(page);
  const files = Array.from({ length: 205 }, (_, i) => asFile(`donvi-${i + 1}.json`, unitFile({ n: i + 1, name: `Công đoàn đơn vị số ${i + 1}`, tasks: 24 })));
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles(files);
  await expect(page.locator('.desk-count')).toHaveText('205 đơn vị');
  await expect(page.locator('.desk-table tbody tr')).toHaveCount(200);
  await expect(page.locator('.desk-more')).toContainText('Đang hiện 200 dòng đầu trong 205 đơn vị');
  // Search still sees every unit, drawn or not.
  await page.getByLabel('Tìm đơn vị').fill('so 205');
  expect(await names(page)).toEqual(['Công đoàn đơn vị số 205']);
  await page.getByLabel('Tìm đơn vị').fill('');
  await page.getByRole('button', { name: 'Hiện thêm 200 đơn vị' }).click();
  await expect(page.locator('.desk-table tbody tr')).toHaveCount(205);
  await expect(page.locator('.desk-more')).toHaveCount(0);
});

test('a kept unit this version cannot read is never written over; the desk says so and keeps changes on screen only', async ({ page }) => {
  await page.goto('./');
  // A record as a later version might write it.
  await page.evaluate(() => new Promise((done, fail) => {
    const open = indexedDB.open('congress-notebook-desk', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('units');
    open.onsuccess = () => {
      const tx = open.result.transaction('units', 'readwrite');
      tx.objectStore('units').put({ v: 2, row: '{"future": true}', name: 'tuong-lai.json' }, 'future-unit');
      tx.oncomplete = () => { open.result.close(); done(); };
      tx.onerror = fail;
    };
  }));
  await openDesk(page);
  await expect(page.locator('.desk-not-kept')).toContainText('1 đơn vị đã lưu trong trình duyệt này không đọc được');
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles([asFile('a.json', unitFile({ n: 1, name: 'Công đoàn A' }))]);
  await expect(page.locator('.desk-count')).toHaveText('1 đơn vị');
  await page.reload();
  await openDesk(page);
  await expect(page.locator('.desk-not-kept')).toBeVisible();
  await expect(page.locator('.desk-empty')).toBeVisible();
  const kept = await page.evaluate(() => new Promise((done) => {
    const open = indexedDB.open('congress-notebook-desk', 1);
    open.onsuccess = () => {
      const all = open.result.transaction('units').objectStore('units').getAll();
      all.onsuccess = () => { open.result.close(); done(all.result); };
    };
  }));
  expect(kept).toEqual([{ v: 2, row: '{"future": true}', name: 'tuong-lai.json' }]);
});

test('a unit opens read-only from the table, also after a reload: its checklist, its drafts as Word files and on paper', async ({ page }) => {
  await page.goto('./');
  await openDesk(page);
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles((await batch()).slice(0, 3));
  await expect(page.locator('.desk-kept')).toContainText('Đã lưu trong trình duyệt này: 3 đơn vị');
  await page.reload();
  await openDesk(page);
  await page.getByRole('button', { name: 'Xem sổ tay của Công đoàn Dệt may' }).click();
  const unit = page.locator('.desk-unit');
  await expect(unit.getByRole('heading', { name: 'Công đoàn Dệt may' })).toBeFocused();
  await expect(unit).toContainText('Chỉ xem');
  await expect(unit).toContainText('Tệp “det-may.json”, có kèm dự thảo văn kiện.');
  await expect(unit.locator('.task-ro')).toHaveCount(48);
  await expect(unit.locator('.task-ro').first()).toContainText('Việc số 1 của giai đoạn plan');
  await expect(unit.locator('.task-ro').first()).toContainText('Đã xong ngày 01/11/2026');
  await expect(unit.locator('.task-ro').first()).toContainText('Phụ trách: Chủ tịch công đoàn');
  await expect(unit.locator('.draft-ro')).toHaveCount(3);
  await expect(page.locator('.desk-table')).toHaveCount(0);

  // The same Word file as the unit's own export.
  const [file] = await Promise.all([page.waitForEvent('download'), unit.locator('.draft-ro').first().getByRole('button', { name: /^Tải Word/ }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // A draft prints alone, laid out as the .docx; the checklist prints without the buttons.
  await page.evaluate(() => {
    window.print = () => { window.__printed = document.querySelector('.print-doc .doc-title')?.textContent ?? null; };
  });
  await unit.locator('.draft-ro').first().getByRole('button', { name: /^In văn bản/ }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe('Dự thảo');
  await expect(page.locator('.print-doc')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(unit.locator('.task-ro').first()).toBeVisible();
  await expect(unit.getByRole('button', { name: 'In danh sách việc' })).toBeHidden();
  await expect(page.locator('.desk')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Về bảng các đơn vị' }).click();
  await expect(page.locator('.desk-table tbody tr')).toHaveCount(3);
});
