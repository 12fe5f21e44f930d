// A round not shipped with the app (the next nationwide round, say): defined once with its
// cut-offs, chosen for a congress, kept for the next ones.
import { test, expect, createCongress } from './fixtures.mjs';

test('define a round, pick it, be held to its cut-off', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '+ Thêm đợt khác…' }).click();
  await page.getByRole('button', { name: 'Lưu đợt và chọn' }).click();
  await expect(page.getByText('Hãy nhập tên đợt.')).toBeVisible();
  await expect(page.getByText('Hãy nhập hạn chót cho ít nhất một cấp.')).toBeVisible();
  await page.getByLabel('Tên đợt').fill('Nhiệm kỳ 2030–2035');
  await page.getByLabel('Hạn chót – Công đoàn cơ sở (ngày/tháng/năm)').fill('31/12/2030');
  await page.getByLabel('Hạn chót – Công đoàn cấp trên trực tiếp cơ sở (ngày/tháng/năm)').fill('31/10/2030');
  await page.getByRole('button', { name: 'Lưu đợt và chọn' }).click();
  await expect(page.getByLabel('Đợt đại hội').locator('option:checked')).toHaveText('Nhiệm kỳ 2030–2035');

  await createCongress(page, { date: '15/01/2031' });
  await expect(page.getByText('Ngày đại hội sau hạn chót của đợt (31/12/2030)')).toBeVisible();
  await expect(page.locator('.summary')).toContainText('Nhiệm kỳ 2030–2035 (hạn chót cho cấp này: 31/12/2030)');

  // The round is kept and offered for the next congress.
  await page.reload();
  await page.getByRole('button', { name: '+ Đại hội khác' }).click();
  const options = await page.getByLabel('Đợt đại hội').locator('option').allTextContents();
  expect(options).toContain('Nhiệm kỳ 2030–2035');
  await createCongress(page, { unit: 'Công đoàn Công ty May Đức Giang', date: '20/12/2030', round: 'Nhiệm kỳ 2030–2035' });
  await expect(page.locator('.summary .warning')).toHaveCount(0);
  await expect(page.getByLabel('Đang xem sổ tay')).toBeVisible();
});
