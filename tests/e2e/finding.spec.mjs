// Seeing where things stand: overdue and due-soon highlighting against the fixed today
// (22/11/2026), the 14-day agenda, filters, and search that ignores diacritics.
import { test, expect, createCongress } from './fixtures.mjs';

const row = (page, key) => page.locator(`li[data-task-key="${key}"]`);
const visibleKeys = (page) => page.locator('section.phase:not([hidden]) li.task').evaluateAll((els) => els.map((e) => e.dataset.taskKey));

test('overdue, due soon and the agenda follow today', async ({ page }) => {
  await page.goto('./');
  // Congress 03/01/2027: D-45 = 19/11 (overdue), D-40 = 24/11 (due soon), D-30 = 04/12 (later).
  await createCongress(page, { date: '03/01/2027' });
  await expect(row(page, 'documents.term_report')).toHaveClass(/overdue/);
  await expect(row(page, 'documents.reviews')).toHaveClass(/due-soon/);
  await expect(row(page, 'documents.reviews')).toContainText('Sắp đến hạn');
  await expect(row(page, 'documents.comments')).not.toHaveClass(/overdue|due-soon/);
  const agenda = page.locator('section.agenda li');
  // 22/11 to 05/12: D-40 24/11, D-30 04/12 (comments, appraisal).
  await expect(agenda).toHaveCount(3);
  await expect(agenda.first()).toContainText('24/11/2026');
  await expect(agenda.first()).toContainText('Dự thảo báo cáo kiểm điểm BCH');
});

test('filter by state and assignee, search without diacritics', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { date: '15/01/2027' });
  const appraisal = row(page, 'personnel.appraisal');
  await appraisal.getByRole('button', { name: /^Sửa việc/ }).click();
  await appraisal.getByLabel('Người hoặc tiểu ban phụ trách').fill('Tiểu ban nhân sự');
  await appraisal.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.getByRole('checkbox', { name: /Phát động phong trào thi đua/ }).check();

  await page.getByLabel('Hiển thị').selectOption('overdue');
  // 22/11/2026: D-90 17/10, D-80 27/10, D-60 16/11, D-55 21/11 are past; D-75 is done.
  expect(await visibleKeys(page)).toEqual(['plan.adopt', 'plan.report', 'personnel.plan', 'personnel.chair_method']);
  await page.getByLabel('Hiển thị').selectOption('done');
  expect(await visibleKeys(page)).toEqual(['plan.emulation']);
  await page.getByLabel('Hiển thị').selectOption('all');

  await page.getByLabel('Người phụ trách', { exact: true }).selectOption('Tiểu ban nhân sự');
  expect(await visibleKeys(page)).toEqual(['personnel.appraisal']);
  await page.getByLabel('Người phụ trách', { exact: true }).selectOption('');

  await page.getByLabel('Tìm việc').fill('tham dinh nhan su');
  await expect.poll(() => visibleKeys(page)).toEqual(['personnel.appraisal']);
  await page.getByLabel('Tìm việc').fill('DAI HOI DIEM');
  await expect.poll(() => visibleKeys(page)).toEqual([]);
  await expect(page.getByText('Không có việc nào khớp với điều kiện lọc.')).toBeVisible();
  await page.getByLabel('Tìm việc').fill('đại hội');
  const all = (await visibleKeys(page)).length;
  await page.getByLabel('Tìm việc').fill('dai hoi');
  expect((await visibleKeys(page)).length).toBe(all);
  expect(all).toBeGreaterThan(3);
  await page.getByLabel('Tìm việc').fill('');
  await expect.poll(async () => (await visibleKeys(page)).length).toBe(23);
});

test('download the deadlines as an .ics calendar', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { unit: 'Công đoàn Trường THCS Lê Lợi', date: '15/01/2027' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải lịch (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('daihoi-cong-doan-truong-thcs-le-loi-2027-01-15.ics');
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(23);
  expect(text).toContain('DTSTART;VALUE=DATE:20261017');
  // The browser clock is fixed at 22/11/2026 09:00 in Hanoi: 02:00 UTC.
  expect(text).toContain('DTSTAMP:20261122T020000Z');
  const uids = [...text.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]);
  expect(new Set(uids).size).toBe(23);
});
