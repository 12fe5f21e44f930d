// Issue 14, part 6: the app works from the keyboard alone, with a visible focus: a congress
// created, a task ticked, a screen opened and the ticks kept, without the mouse.
import { test, expect } from './fixtures.mjs';

/** Presses Tab until `locator` has the focus (at most `max` times); fails if it never does. */
async function tabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`never reached by Tab: ${locator}`);
}

/** The focused element shows where the focus is: an outline of at least 2 px. */
const focusShown = (page) => page.evaluate(() => {
  const s = getComputedStyle(document.activeElement);
  return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
});

test('a congress is made, a task ticked and a screen opened from the keyboard alone, the focus always shown', async ({ page }) => {
  // On the phone project too: a tablet or phone with a keyboard walks the same way.
  await page.goto('./');
  const unit = page.getByLabel('Tên công đoàn tổ chức đại hội');
  await tabTo(page, unit);
  expect(await focusShown(page)).toBe(true);
  await page.keyboard.type('Công đoàn Trường THCS Lê Lợi');
  await tabTo(page, page.getByLabel('Công đoàn cấp trên trực tiếp'));
  await page.keyboard.type('Liên đoàn Lao động huyện Sa Pa');
  await tabTo(page, page.getByLabel('Ngày đại hội (ngày/tháng/năm)'));
  await page.keyboard.type('15/01/2027');
  const create = page.getByRole('button', { name: 'Tạo danh sách việc cần làm' });
  await tabTo(page, create);
  expect(await focusShown(page)).toBe(true);
  await page.keyboard.press('Enter');

  const task = page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ });
  await expect(task).toBeVisible();
  await tabTo(page, task, 150);
  expect(await focusShown(page)).toBe(true);
  await page.keyboard.press('Space');
  await expect(task).toBeChecked();

  const documents = page.getByRole('button', { name: 'Văn kiện', exact: true });
  await tabTo(page, documents, 150);
  expect(await focusShown(page)).toBe(true);
  await page.keyboard.press('Enter');
  const kind = page.getByLabel('Loại văn bản');
  await expect(kind).toBeVisible();
  await tabTo(page, kind);
  expect(await focusShown(page)).toBe(true);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ })).toBeChecked();
});
