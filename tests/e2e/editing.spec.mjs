// Editing the checklist: a task's fields and due date, moving congress day (offset tasks move,
// fixed ones stay), adding, reordering, deleting with undo; all kept across a reload.
import { test, expect, createCongress } from './fixtures.mjs';

const row = (page, key) => page.locator(`li[data-task-key="${key}"]`);

test('edit a task, move the congress, fixed dates stay', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { date: '15/01/2027' });
  const report = row(page, 'documents.term_report');
  await expect(report).toContainText('Hạn: 01/12/2026');
  await expect(report).toContainText('(45 ngày trước đại hội)');

  await report.getByRole('button', { name: /^Sửa việc/ }).click();
  await report.getByLabel('Người hoặc tiểu ban phụ trách').fill('Tiểu ban văn kiện');
  await report.getByLabel('Ghi chú').fill('Gửi bản thảo cho đ/c Hùng đọc trước');
  await report.getByLabel('Trạng thái').selectOption('in_progress');
  await report.getByLabel('Cách tính hạn').selectOption('fixed');
  await report.getByLabel('Ngày cố định (ngày/tháng/năm)').fill('05/12/2026');
  await report.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(report).toContainText('Hạn: 05/12/2026');
  await expect(report).toContainText('(ngày cố định)');
  await expect(report).toContainText('Phụ trách: Tiểu ban văn kiện');
  await expect(report).toContainText('Ghi chú: Gửi bản thảo cho đ/c Hùng đọc trước');
  await expect(report).toContainText('Đang làm');

  // Move congress day three weeks later: offset tasks move, the fixed one stays.
  await page.getByRole('button', { name: 'Sửa thông tin đại hội' }).click();
  await page.getByLabel('Ngày đại hội (ngày/tháng/năm)').fill('05/02/2027');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.locator('.congress-date')).toContainText('05/02/2027');
  await expect(row(page, 'plan.adopt')).toContainText('Hạn: 07/11/2026');
  await expect(row(page, 'after.dossier')).toContainText('Hạn: 26/02/2027');
  await expect(report).toContainText('Hạn: 05/12/2026');

  // And back again, before the original date.
  await page.getByRole('button', { name: 'Sửa thông tin đại hội' }).click();
  await page.getByLabel('Ngày đại hội (ngày/tháng/năm)').fill('01/01/2027');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(row(page, 'plan.adopt')).toContainText('Hạn: 03/10/2026');

  await page.reload();
  await expect(row(page, 'plan.adopt')).toContainText('Hạn: 03/10/2026');
  await expect(report).toContainText('Hạn: 05/12/2026');
  await expect(report).toContainText('Phụ trách: Tiểu ban văn kiện');
});

test('bad edits are refused in Vietnamese and change nothing', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  const adopt = row(page, 'plan.adopt');
  await adopt.getByRole('button', { name: /^Sửa việc/ }).click();
  await adopt.getByLabel('Tên việc').fill('   ');
  await adopt.getByLabel('Số ngày').fill('mười');
  await adopt.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(adopt.getByText('Hãy nhập tên việc.')).toBeVisible();
  await expect(adopt.getByText('Số ngày phải là số nguyên từ 0 đến 3650.')).toBeVisible();
  await adopt.getByRole('button', { name: 'Đóng' }).click();
  await expect(adopt).toContainText('BCH họp, thông qua kế hoạch');
  await expect(adopt).toContainText('Hạn: 17/10/2026');

  await page.getByRole('button', { name: 'Sửa thông tin đại hội' }).click();
  await page.getByLabel('Ngày đại hội (ngày/tháng/năm)').fill('30/02/2027');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Ngày này không có trên lịch')).toBeVisible();
  await page.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.locator('.congress-date')).toContainText('15/01/2027');
});

test('add, reorder, delete and undo', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  const plan = page.locator('section.phase').first();
  await plan.getByLabel('Thêm việc vào giai đoạn “Kế hoạch”').fill('Họp liên tịch với chuyên môn');
  await plan.getByRole('button', { name: 'Thêm' }).click();
  const titles = () => plan.locator('li.task .task-main label').allTextContents();
  await expect.poll(titles).toEqual([
    expect.stringContaining('BCH họp'),
    expect.stringContaining('Báo cáo kế hoạch'),
    expect.stringContaining('Phát động phong trào'),
    'Họp liên tịch với chuyên môn',
  ]);
  await expect(page.getByText('Đã xong 0/24 việc')).toBeVisible();

  const added = plan.locator('li.task').last();
  await added.getByRole('button', { name: /^Sửa việc/ }).click();
  await added.getByRole('button', { name: /Lên/ }).click();
  await expect.poll(titles).toEqual([
    expect.stringContaining('BCH họp'),
    expect.stringContaining('Báo cáo kế hoạch'),
    'Họp liên tịch với chuyên môn',
    expect.stringContaining('Phát động phong trào'),
  ]);

  const report = row(page, 'plan.report');
  await report.getByRole('button', { name: /^Sửa việc/ }).click();
  await report.getByRole('button', { name: 'Xoá việc' }).click();
  await expect(row(page, 'plan.report')).toHaveCount(0);
  await expect(page.getByText(/Đã xoá việc “Báo cáo kế hoạch/)).toBeVisible();
  await page.reload();
  await expect(row(page, 'plan.report')).toHaveCount(0);
  await expect(page.getByText('Đã xong 0/23 việc')).toBeVisible();

  // Undo is offered until the page is left; delete again and undo this time.
  const adopt = row(page, 'plan.adopt');
  await adopt.getByRole('button', { name: /^Sửa việc/ }).click();
  await adopt.getByRole('button', { name: 'Xoá việc' }).click();
  await expect(row(page, 'plan.adopt')).toHaveCount(0);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect.poll(titles).toEqual([
    expect.stringContaining('BCH họp'),
    'Họp liên tịch với chuyên môn',
    expect.stringContaining('Phát động phong trào'),
  ]);
  await page.reload();
  await expect(row(page, 'plan.adopt')).toHaveCount(1);
});

test('a pilot congress is bound by its own earlier cut-off', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { date: '15/03/2023', round: '2023-2028' });
  await expect(page.locator('.summary .warning')).toHaveCount(0);
  await page.getByRole('button', { name: 'Sửa thông tin đại hội' }).click();
  await page.getByLabel('Đại hội điểm (tổ chức trước theo hạn riêng của cấp trên)').check();
  await expect(page.getByLabel('Hạn chót của đại hội điểm (ngày/tháng/năm)')).toHaveValue('28/02/2023');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Ngày đại hội sau hạn chót của đợt (28/02/2023)')).toBeVisible();
  await expect(page.locator('.summary')).toContainText('đại hội điểm');
});
