// Issue 14, parts 5 and 6 (first step): axe-core on every screen, at desktop width and at
// 360 px (the two projects), with zero violations of any impact; at 360 px, no sideways
// scrolling of the page and every control (or its label) at least 44 px high: the creation form, the checklist
// with its data and export panels, the documents screen with a draft open, the personnel
// plan with a nominee, the congress day with a counted election, and the upper union's desk.
// English screens are walked the same way by language.spec.mjs.
import { test, expect, createCongress } from './fixtures.mjs';
import { unitFile, asFile } from './unit-files.mjs';
import { violations } from './a11y.mjs';

test('every screen has no axe-core violation; at 360 px no sideways scroll and 44 px touch targets', async ({ page }) => {
  test.setTimeout(90_000);
  const found = [];
  await page.goto('./');
  await expect(page.getByLabel('Tên công đoàn tổ chức đại hội')).toBeVisible();
  found.push(...await violations(page, 'creation form'));

  await createCongress(page);
  await expect(page.locator('li.task').first()).toBeVisible();
  found.push(...await violations(page, 'checklist'));
  await page.locator('li.task').first().getByRole('button', { name: /^Sửa việc/ }).click();
  await expect(page.getByLabel('Người hoặc tiểu ban phụ trách')).toBeVisible();
  found.push(...await violations(page, 'checklist, a task being edited'));
  await page.getByRole('button', { name: 'Sửa thông tin đại hội' }).click();
  found.push(...await violations(page, 'checklist, the congress being edited'));

  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Báo cáo tổng kết nhiệm kỳ (báo cáo chính trị)' });
  await page.getByRole('button', { name: 'Tạo từ dàn ý' }).click();
  await expect(page.getByRole('heading', { name: /BÁO CÁO Tổng kết hoạt động/ })).toBeVisible();
  found.push(...await violations(page, 'documents, a draft open'));

  await page.getByRole('button', { name: 'Nhân sự', exact: true }).click();
  await page.getByLabel('Số ủy viên Ban Chấp hành').fill('1');
  const nominee = page.locator('form.add-nominee');
  await nominee.getByLabel('Họ', { exact: true }).fill('Lê');
  await nominee.getByLabel('Tên', { exact: true }).fill('Ánh');
  await nominee.getByRole('button', { name: 'Thêm vào danh sách đề cử' }).click();
  await page.locator('.nominee-list > li summary').first().click();
  found.push(...await violations(page, 'personnel plan'));

  await page.getByRole('button', { name: 'Bầu cử', exact: true }).click();
  const add = page.locator('form.add-election');
  await add.getByLabel('Số lượng cần bầu').fill('1');
  await add.getByRole('button', { name: 'Thêm cuộc bầu cử' }).click();
  const count = page.locator('article.election').first().locator('form.count-form');
  for (const [label, n] of [['Số phiếu phát ra', 10], ['Số phiếu thu về', 10], ['Số phiếu hợp lệ', 10], ['Số phiếu không hợp lệ', 0]]) await count.getByLabel(label).fill(String(n));
  await count.getByRole('textbox', { name: /^Số phiếu của/ }).first().fill('9');
  await count.getByRole('button', { name: 'Ghi kết quả kiểm phiếu' }).click();
  await expect(page.locator('.result-table')).toBeVisible();
  await page.locator('details.ballot-entry summary').click();
  found.push(...await violations(page, 'congress day'));

  await page.getByRole('button', { name: 'Cấp trên: theo dõi các đơn vị' }).click();
  await expect(page.getByRole('heading', { name: 'Theo dõi các đơn vị (công đoàn cấp trên)' })).toBeVisible();
  found.push(...await violations(page, 'upper union desk, empty'));
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles([
    asFile('dong-hai.json', unitFile({ n: 1, name: 'Công đoàn Đông Hải', date: '2027-06-10' })),
    asFile('det-may.json', unitFile({ n: 2, name: 'Công đoàn Dệt may', date: '2026-11-10', held: true, done: 48 })),
    asFile('hong.json', '{"format": "congress-notebook", "vers'),
  ]);
  await expect(page.locator('.desk-count')).toHaveText('2 đơn vị');
  found.push(...await violations(page, 'upper union desk, two units and a refused file'));

  expect(found).toEqual([]);
});
