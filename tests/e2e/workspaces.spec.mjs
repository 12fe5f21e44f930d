// Several congresses side by side: switch, delete with confirmation, undo.
import { test, expect, createCongress } from './fixtures.mjs';

const storedIds = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('congress-notebook/congress/')).length);

test('delete a congress with confirmation, then undo; deletion survives a reload', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { unit: 'Công đoàn Trường THCS Lê Lợi' });
  await page.getByRole('button', { name: '+ Đại hội khác' }).click();
  await createCongress(page, { unit: 'Công đoàn Công ty May 10', date: '10/03/2027' });
  const switcher = page.getByLabel('Đang xem sổ tay');
  await expect(switcher.locator('option')).toHaveCount(2);

  await page.getByRole('button', { name: 'Xoá sổ tay này…' }).click();
  await expect(page.getByText('Xoá sổ tay “Công đoàn Công ty May 10” khỏi trình duyệt này?')).toBeVisible();
  await page.getByRole('button', { name: 'Giữ lại' }).click();
  expect(await storedIds(page)).toBe(2);

  await page.getByRole('button', { name: 'Xoá sổ tay này…' }).click();
  await page.getByRole('button', { name: 'Xoá sổ tay', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Công đoàn Trường THCS Lê Lợi' })).toBeVisible();
  expect(await storedIds(page)).toBe(1);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('heading', { name: 'Công đoàn Công ty May 10' })).toBeVisible();
  expect(await storedIds(page)).toBe(2);

  await page.getByRole('button', { name: 'Xoá sổ tay này…' }).click();
  await page.getByRole('button', { name: 'Xoá sổ tay', exact: true }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Công đoàn Trường THCS Lê Lợi' })).toBeVisible();
  await expect(page.getByLabel('Đang xem sổ tay')).toHaveCount(0);
  await expect(page.locator('.banner.warning')).toHaveCount(0);

  // Deleting the last one leads back to the creation form.
  await page.getByRole('button', { name: 'Xoá sổ tay này…' }).click();
  await page.getByRole('button', { name: 'Xoá sổ tay', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Tạo sổ tay cho một kỳ đại hội' })).toBeVisible();
  expect(await storedIds(page)).toBe(0);
});

test('a congress deleted in another tab leaves this one too', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page, { unit: 'Công đoàn Trường THCS Lê Lợi' });
  await page.getByRole('button', { name: '+ Đại hội khác' }).click();
  await createCongress(page, { unit: 'Công đoàn Công ty May 10', date: '10/03/2027' });
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-11-22T09:00:00+07:00'));
  await other.goto('./');
  await other.getByRole('button', { name: 'Xoá sổ tay này…' }).click();
  await other.getByRole('button', { name: 'Xoá sổ tay', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Công đoàn Trường THCS Lê Lợi' })).toBeVisible();
  await expect(page.getByLabel('Đang xem sổ tay')).toHaveCount(0);
  // A tick in this tab must not bring the deleted one back into the list.
  await page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ }).check();
  await page.reload();
  await expect(page.getByLabel('Đang xem sổ tay')).toHaveCount(0);
  await expect(page.locator('.banner.warning')).toHaveCount(0);
});
