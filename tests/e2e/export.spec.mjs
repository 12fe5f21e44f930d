// Exchange files from the browser: the unit file for the upper union (with or without
// people's names) and the full backup; named descriptively, pretty UTF-8 JSON.
import { readFile } from 'node:fs/promises';
import { test, expect, createCongress } from './fixtures.mjs';

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const text = await readFile(await file.path(), 'utf8');
  return { name: file.suggestedFilename(), text, json: JSON.parse(text) };
}

test('export a unit file and a backup', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { unit: 'Công đoàn Trường THCS Lê Lợi', date: '15/01/2027', type: 'grassroots_delegate' });
  const report = page.locator('li[data-task-key="documents.term_report"]');
  await report.getByRole('button', { name: /^Sửa việc/ }).click();
  await report.getByLabel('Người hoặc tiểu ban phụ trách').fill('đ/c Nguyễn Thị Lan');
  await report.getByRole('button', { name: 'Lưu', exact: true }).click();

  let file = await download(page, 'Xuất tệp gửi cấp trên (.json)');
  expect(file.name).toBe('daihoi-cong-doan-truong-thcs-le-loi-2026-11-22.json');
  expect(file.text).toContain('\n  "format": "congress-notebook",');
  expect(file.text).toContain('đ/c Nguyễn Thị Lan');
  expect(file.json).toMatchObject({ format: 'congress-notebook', version: 1, kind: 'unit', exported_at: '2026-11-22T02:00:00Z' });
  expect(file.json.data.congress.tasks).toHaveLength(26);
  expect(file.json.data.includes_people).toBe(true);

  await page.getByLabel('Kèm tên người phụ trách và ghi chú').uncheck();
  file = await download(page, 'Xuất tệp gửi cấp trên (.json)');
  expect(file.text).not.toContain('Nguyễn Thị Lan');
  expect(file.json.data.includes_people).toBe(false);
  expect(file.json.data.congress.tasks).toHaveLength(26);

  await page.getByRole('button', { name: '+ Đại hội khác' }).click();
  await createCongress(page, { unit: 'Công đoàn Bệnh viện Đa khoa tỉnh', date: '20/02/2027' });
  file = await download(page, 'Sao lưu mọi sổ tay (.json)');
  expect(file.name).toBe('daihoi-saoluu-2026-11-22.json');
  expect(file.json.kind).toBe('workspace-backup');
  expect(file.json.data.congresses.map((c) => c.unit_name)).toEqual(['Công đoàn Trường THCS Lê Lợi', 'Công đoàn Bệnh viện Đa khoa tỉnh']);
  expect(file.text).toContain('Nguyễn Thị Lan'); // a backup keeps everything
});
