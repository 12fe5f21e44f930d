// A union officer creates a congress, sees the checklist with computed due dates, ticks a
// task, reloads, and the tick is still there.
import { test, expect, createCongress } from './fixtures.mjs';

test('create a congress, tick a task, reload: still ticked', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Tạo sổ tay cho một kỳ đại hội' })).toBeVisible();
  await createCongress(page, { date: '15/01/2027' });

  await expect(page.getByRole('heading', { name: 'Công đoàn Trường THCS Lê Lợi' })).toBeVisible();
  const tasks = page.locator('li.task');
  await expect(tasks).toHaveCount(23); // grassroots full-member template
  // D-90 from 15/01/2027 is 17/10/2026: before today (22/11/2026), so overdue.
  const adopt = page.locator('li[data-task-key="plan.adopt"]');
  await expect(adopt).toContainText('Hạn: 17/10/2026');
  await expect(adopt).toHaveClass(/overdue/);
  await expect(adopt).toContainText('Quá hạn');
  // D+21 is 05/02/2027, after the new year.
  await expect(page.locator('li[data-task-key="after.dossier"]')).toContainText('Hạn: 05/02/2027');
  await expect(page.locator('.congress-date')).toContainText('15/01/2027 (còn 54 ngày)');

  const box = page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch tổ chức đại hội/ });
  await box.check();
  await expect(adopt).toContainText('Xong ngày 22/11/2026');
  await expect(adopt).not.toHaveClass(/overdue/);
  await expect(page.getByText('Đã xong 1/23 việc')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch tổ chức đại hội/ })).toBeChecked();
  await expect(page.getByText('Đã xong 1/23 việc')).toBeVisible();
  await expect(page.locator('li.task input:checked')).toHaveCount(1);
});

test('a grassroots delegate congress gets the delegate steps; bad input is refused in Vietnamese', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Tạo danh sách việc cần làm' }).click();
  await expect(page.getByText('Hãy nhập tên công đoàn tổ chức đại hội.')).toBeVisible();
  await expect(page.getByText('Hãy nhập ngày đại hội.')).toBeVisible();
  await createCongress(page, { date: '31/04/2027', type: 'grassroots_delegate' });
  await expect(page.getByText('Ngày này không có trên lịch')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);

  await page.getByLabel('Ngày đại hội (ngày/tháng/năm)').fill('29/02/2028');
  await page.getByRole('button', { name: 'Tạo danh sách việc cần làm' }).click();
  await expect(page.locator('li.task')).toHaveCount(26);
  await expect(page.locator('li[data-task-key="delegates.elect"]')).toContainText('Hạn: 30/01/2028');
  await expect(page.locator('li[data-task-key="delegates.credentials"]')).toBeVisible();
  await expect(page.locator('li[data-task-key="upper.guidance"]')).toHaveCount(0);
  await expect(page.locator('li[data-task-key="logistics.rehearsal"]')).toContainText('Hạn: 28/02/2028');
});

test('a direct-upper congress gets its own steps', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { unit: 'Công đoàn Giáo dục huyện Bát Xát', upper: 'Liên đoàn Lao động tỉnh Lào Cai', date: '30/06/2027', type: 'direct_upper' });
  await expect(page.locator('li.task')).toHaveCount(30);
  await expect(page.locator('li[data-task-key="upper.guidance"]')).toContainText('Hạn: 01/01/2027'); // D-180
  await expect(page.locator('li[data-task-key="upper.pilots"]')).toBeVisible();
  await expect(page.locator('li[data-task-key="delegates.allocate"]')).toBeVisible();
  await expect(page.locator('li[data-task-key="personnel.chair_method"]')).toHaveCount(0);
  await expect(page.getByText('Đại hội đại biểu · Công đoàn cấp trên trực tiếp cơ sở')).toBeVisible();
});

test('a preset round flags a congress after its cut-off', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { date: '02/06/2023', round: '2023-2028' });
  await expect(page.getByText('Ngày đại hội sau hạn chót của đợt (31/05/2023)')).toBeVisible();
  await expect(page.locator('li[data-task-key="logistics.rehearsal"] .cut-off')).toBeVisible();
  await expect(page.locator('li[data-task-key="logistics.hall"] .cut-off')).toHaveCount(0);
  await expect(page.locator('li[data-task-key="after.dossier"] .cut-off')).toHaveCount(0);
});

test('the footer shows the version and the page fits a phone', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('footer .version')).toHaveText(/^Sổ tay Đại hội · phiên bản \d+\.\d+\.\d+$/);
  await createCongress(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a change is saved even when the page is reloaded or closed right away', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page);
  // Reload at once, inside the save delay: the change is flushed as the page goes away.
  await page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ }).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).toBeChecked();
  // Close the tab at once: the same.
  await page.getByRole('checkbox', { name: /Báo cáo kế hoạch với cấp ủy/ }).check();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('./');
  await expect(again.getByRole('checkbox', { name: /Báo cáo kế hoạch với cấp ủy/ })).toBeChecked();
  await expect(again.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).toBeChecked();
});
