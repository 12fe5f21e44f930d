// The upper union's plan: written and published on the desk, taken in by a unit (a new
// notebook, or the open one with its own dates kept as departures), the unit's file sent back
// and matched on the desk by its code, the plan's other units listed as not received, in the
// totals and in the CSV. A plan file where a unit file is expected, and the reverse, is told.
import { readFile } from 'node:fs/promises';
import { test, expect, createCongress, openTab, TODAY } from './fixtures.mjs';
import { unitFile, asFile } from './unit-files.mjs';

const row = (page, key) => page.locator(`li[data-task-key="${key}"]`);

async function openDesk(page) {
  await page.getByRole('button', { name: 'Cấp trên: theo dõi các đơn vị' }).click();
  await expect(page.getByRole('heading', { name: 'Theo dõi các đơn vị (công đoàn cấp trên)' })).toBeVisible();
}

/** Writes and saves a plan on the desk, and downloads its file: {name, text}. */
async function publishPlan(page) {
  await openDesk(page);
  await expect(page.locator('.desk-plan')).toContainText('Chưa có kế hoạch');
  await page.getByRole('button', { name: 'Lập kế hoạch' }).click();
  const editor = page.locator('.plan-editor');
  await editor.getByLabel('Tên công đoàn cấp trên (đơn vị lập kế hoạch)').fill('Công đoàn phường Bến Thành');
  await editor.getByLabel('Đợt đại hội').selectOption('2025-2030');
  // A bad list is named line by line, and nothing is saved.
  await editor.getByLabel('Danh sách đơn vị').fill('BT01; Công đoàn Trường Tiểu học Kết Đoàn\nBT01; Trùng mã\nBT03; Công đoàn Bệnh viện; 31/02/2025');
  await editor.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(editor.getByRole('alert')).toContainText('Danh sách đơn vị, dòng 2: mã trùng với dòng 1.');
  await expect(editor.getByRole('alert')).toContainText('Danh sách đơn vị, dòng 3: hạn đại hội điểm:');
  expect(await page.evaluate(() => localStorage.getItem('congress-notebook/desk-plan'))).toBeNull();
  // As pasted from a spreadsheet: tab-separated columns.
  await editor.getByLabel('Danh sách đơn vị').fill(
    'BT01\tCông đoàn Trường Tiểu học Kết Đoàn\t15/10/2025\nBT02\tCông đoàn Công ty Đông Á\t\tx\nBT03\tCông đoàn Bệnh viện Quận 1',
  );
  await editor.locator('summary', { hasText: 'Hạn các việc' }).click();
  await editor.getByLabel('BCH họp, thông qua kế hoạch tổ chức đại hội').fill('-100');
  await editor.getByLabel('Văn bản hướng dẫn (mỗi dòng một văn bản)').fill('Kế hoạch 12/KH-CĐP (02/06/2025) của Công đoàn phường Bến Thành');
  await editor.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.locator('.plan-summary')).toContainText('Công đoàn phường Bến Thành · 3 đơn vị');
  await expect(page.locator('.plan-summary')).toContainText('hạn chót 31/12/2025');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp kế hoạch để gửi các đơn vị' }).click()]);
  expect(download.suggestedFilename()).toBe('kehoach-cong-doan-phuong-ben-thanh-2026-11-22.json');
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('a plan is published, taken in by a unit, and the unit file sent back is matched by its code', async ({ page }) => {
  await page.goto('./');
  const plan = await publishPlan(page);
  const parsed = JSON.parse(plan.text);
  expect(parsed.kind).toBe('plan');
  expect(parsed.data.units.map((u) => u.code)).toEqual(['BT01', 'BT02', 'BT03']);
  expect(parsed.data.units[1].conference).toBe(true);
  expect(parsed.data.due_offsets.find((d) => d.task === 'plan.adopt').days).toBe(-100);
  // Kept across a reload.
  await page.reload();
  await openDesk(page);
  await expect(page.locator('.plan-summary')).toContainText('3 đơn vị');
  await page.getByRole('button', { name: 'Về sổ tay của đơn vị' }).click();

  // A unit with its own notebook, one date changed by hand, takes the plan in.
  await createCongress(page, { unit: 'CĐ Công ty Đông Á', upper: 'LĐLĐ quận 1', date: '20/11/2025' });
  const adopt = row(page, 'plan.adopt');
  const report = row(page, 'plan.report');
  await report.getByRole('button', { name: /^Sửa việc/ }).click();
  await report.getByLabel('Số ngày').fill('50');
  await report.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(report.locator('.due-rule')).toHaveText('(50 ngày trước đại hội)');
  await page.getByLabel('Chọn tệp (.json)').setInputFiles(asFile(plan.name, plan.text));
  const pick = page.locator('.plan-pick');
  await expect(pick).toContainText('Công đoàn phường Bến Thành · 3 đơn vị');
  await expect(pick).toContainText('Kế hoạch 12/KH-CĐP (02/06/2025)');
  // Nothing is written before a choice; a choice is needed.
  await pick.getByRole('button', { name: 'Áp dụng cho sổ tay đang mở: CĐ Công ty Đông Á' }).click();
  await expect(pick.getByRole('alert')).toHaveText('Hãy chọn đơn vị của bạn trong danh sách của kế hoạch.');
  await pick.getByLabel('Đơn vị của bạn trong kế hoạch').selectOption('BT02');
  await pick.getByRole('button', { name: 'Áp dụng cho sổ tay đang mở: CĐ Công ty Đông Á' }).click();
  await expect(page.getByText(/Đã áp dụng kế hoạch của cấp trên: \d+ việc theo hạn cấp trên đặt\. 1 việc giữ hạn riêng/)).toBeVisible();
  await expect(adopt.locator('.due-rule')).toHaveText('(100 ngày trước đại hội)');
  await expect(report.locator('.badge.departs')).toHaveText('Khác kế hoạch cấp trên (cấp trên đặt: 80 ngày trước đại hội)');
  await expect(adopt.locator('.badge.departs')).toHaveCount(0);
  await expect(page.locator('.summary')).toContainText('31/12/2025');
  // The editor shows the conference and which plan it follows.
  await page.getByRole('button', { name: 'Sửa thông tin đại hội' }).click();
  await expect(page.getByLabel('Tổ chức hội nghị thay đại hội (được công đoàn cấp trên đồng ý)')).toBeChecked();
  await expect(page.locator('.plan-link')).toContainText('Theo kế hoạch của Công đoàn phường Bến Thành');
  await expect(page.locator('.plan-link')).toContainText('mã đơn vị BT02');
  await expect(page.getByLabel('Công đoàn cấp trên trực tiếp')).toHaveValue('Công đoàn phường Bến Thành');
  await page.getByRole('button', { name: 'Đóng' }).click();

  // A second unit starts its notebook from the plan.
  await page.getByLabel('Chọn tệp (.json)').setInputFiles(asFile(plan.name, plan.text));
  await page.locator('.plan-pick').getByLabel('Đơn vị của bạn trong kế hoạch').selectOption('BT01');
  await page.locator('.plan-pick').getByLabel('Ngày đại hội (ngày/tháng/năm)').fill('01/10/2025');
  await page.locator('.plan-pick').getByRole('button', { name: 'Tạo sổ tay theo kế hoạch' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Công đoàn Trường Tiểu học Kết Đoàn/ })).toBeVisible();
  await expect(row(page, 'plan.adopt').locator('.due-rule')).toHaveText('(100 ngày trước đại hội)');
  await expect(page.locator('.summary')).toContainText('15/10/2025');

  // Its file goes up; the desk matches it by code.
  const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp gửi cấp trên (.json)' }).click()]);
  const unitText = await readFile(await exported.path(), 'utf8');
  expect(JSON.parse(unitText).data.congress.plan.code).toBe('BT01');
  await openDesk(page);
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles([
    asFile(exported.suggestedFilename(), unitText),
    asFile('ngoai.json', unitFile({ n: 9, name: 'Công đoàn ngoài kế hoạch' })),
    asFile(plan.name, plan.text),
  ]);
  await expect(page.locator('.desk-count')).toHaveText('2 đơn vị');
  await expect(page.locator('.desk-refused li', { hasText: plan.name })).toContainText('Đây là tệp kế hoạch của công đoàn cấp trên');
  const ketDoan = page.locator('.desk-table tbody tr', { hasText: 'Kết Đoàn' });
  await expect(ketDoan.locator('.unit-code')).toHaveText('BT01');
  await expect(ketDoan.locator('.cut-off')).toContainText('15/10/2025');
  await expect(page.locator('.desk-table tbody tr', { hasText: 'ngoài kế hoạch' }).locator('.tag.outside')).toHaveText('Ngoài kế hoạch');
  const total = (label) => page.locator('.desk-totals .total').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(total('Chưa gửi tệp')).toHaveText('2');
  await page.locator('.desk-missing summary').click();
  await expect(page.locator('.desk-missing li')).toHaveText(['BT02 — Công đoàn Công ty Đông Á', 'BT03 — Công đoàn Bệnh viện Quận 1']);
  // Its notebook, read-only, says its code.
  await ketDoan.getByRole('button', { name: /Xem sổ tay/ }).click();
  await expect(page.locator('.desk-unit-facts')).toContainText('Mã đơn vịBT01');
  await page.getByRole('button', { name: 'Về bảng các đơn vị' }).click();
  // The CSV has every unit of the plan: the files, then those not received.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng (CSV cho Excel)' }).click()]);
  const lines = (await readFile(await csv.path(), 'utf8')).slice(1).split('\r\n').filter(Boolean).map((l) => l.split(';'));
  expect(lines).toHaveLength(5);
  const col = (name) => lines[0].indexOf(name);
  expect(lines.slice(1).map((l) => [l[0], l[col('Mã đơn vị')], l[col('Tệp')]])).toEqual([
    ['Công đoàn ngoài kế hoạch', '', 'Ngoài kế hoạch'],
    ['Công đoàn Trường Tiểu học Kết Đoàn', 'BT01', 'Đã nhận'],
    ['Công đoàn Công ty Đông Á', 'BT02', 'Chưa nhận'],
    ['Công đoàn Bệnh viện Quận 1', 'BT03', 'Chưa nhận'],
  ]);
  expect(lines[3][col('Hình thức')]).toBe('Hội nghị thay đại hội');

  // A unit file opened as the plan is told plainly, and the plan stays.
  await page.getByLabel('Mở tệp kế hoạch (.json)').setInputFiles(asFile('ngoai.json', unitFile({ n: 9, name: 'Công đoàn ngoài kế hoạch' })));
  await expect(page.locator('.plan-message')).toHaveText('Đây là tệp của một đơn vị (hoặc bản sao lưu), không phải tệp kế hoạch. Hãy nạp tệp của đơn vị ở ô “Chọn các tệp của đơn vị”.');
  await expect(page.locator('.plan-summary')).toContainText('3 đơn vị');
});

test('a plan file opened on another desk asks before replacing the plan there', async ({ page }) => {
  await page.goto('./');
  const plan = await publishPlan(page);
  const other = JSON.parse(plan.text);
  other.data.units = other.data.units.slice(0, 1);
  await page.getByLabel('Mở tệp kế hoạch (.json)').setInputFiles(asFile('cu.json', JSON.stringify(other)));
  await expect(page.getByRole('alertdialog')).toContainText('Thay kế hoạch đang có (3 đơn vị) bằng kế hoạch trong tệp “cu.json” (1 đơn vị)?');
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect(page.locator('.plan-summary')).toContainText('3 đơn vị');
  await page.getByLabel('Mở tệp kế hoạch (.json)').setInputFiles(asFile('cu.json', JSON.stringify(other)));
  await page.getByRole('button', { name: 'Thay kế hoạch' }).click();
  await expect(page.locator('.plan-summary')).toContainText('1 đơn vị');
  await page.reload();
  await openDesk(page);
  await expect(page.locator('.plan-summary')).toContainText('1 đơn vị');
  // A plan that breaks the rules is refused with its reason, like any file.
  other.data.units.push({ code: 'BT01', name: 'Trùng' });
  await page.getByLabel('Mở tệp kế hoạch (.json)').setInputFiles(asFile('trung.json', JSON.stringify(other)));
  await expect(page.locator('.plan-message')).toContainText('trung.json');
  await expect(page.locator('.plan-summary')).toContainText('1 đơn vị');
});

test('a plan saved in one tab of the desk shows in another open on the desk', async ({ page, context }) => {
  await page.goto('./');
  const other = await openTab(context, { clock: { time: TODAY } });
  await openDesk(other);
  await expect(other.locator('.desk-plan')).toContainText('Chưa có kế hoạch');
  await publishPlan(page);
  await expect(other.locator('.plan-summary')).toContainText('Công đoàn phường Bến Thành · 3 đơn vị');
  // Its editor starts from the plan saved in the first tab.
  await other.getByRole('button', { name: 'Sửa kế hoạch' }).click();
  await expect(other.getByLabel('Danh sách đơn vị')).toHaveValue(/^BT01; Công đoàn Trường Tiểu học Kết Đoàn; 15\/10\/2025\nBT02/);
  expect(other.errors).toEqual([]);
});
