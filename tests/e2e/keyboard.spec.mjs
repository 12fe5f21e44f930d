// Issue 14, part 6: the app works from the keyboard alone, with a visible focus: a congress
// created, a task ticked, a screen opened and the ticks kept, without the mouse; in each
// language (English chosen on the header's switch, from the keyboard too).
import { test, expect } from './fixtures.mjs';
import { language, taskTitle } from './strings.mjs';

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

for (const code of ['vi', 'en']) {
  test(`[${code}] a congress is made, a task ticked and a screen opened from the keyboard alone, the focus always shown`, async ({ page }) => {
    // On the phone project too: a tablet or phone with a keyboard walks the same way.
    const T = language(code).strings;
    await page.goto('./');
    if (code === 'en') {
      const english = page.getByRole('button', { name: 'English' });
      await tabTo(page, english);
      expect(await focusShown(page)).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const unit = page.getByLabel(T.FIELD_UNIT_NAME);
    await tabTo(page, unit);
    expect(await focusShown(page)).toBe(true);
    await page.keyboard.type('Công đoàn Trường THCS Lê Lợi');
    await tabTo(page, page.getByLabel(T.FIELD_UPPER_UNION));
    await page.keyboard.type('Liên đoàn Lao động huyện Sa Pa');
    await tabTo(page, page.getByLabel(T.FIELD_DATE));
    await page.keyboard.type('15/01/2027');
    const create = page.getByRole('button', { name: T.CREATE_SUBMIT });
    await tabTo(page, create);
    expect(await focusShown(page)).toBe(true);
    await page.keyboard.press('Enter');

    const task = page.getByRole('checkbox', { name: taskTitle(code, 'plan.adopt') });
    await expect(task).toBeVisible();
    await tabTo(page, task, 150);
    expect(await focusShown(page)).toBe(true);
    await page.keyboard.press('Space');
    await expect(task).toBeChecked();

    const documents = page.getByRole('button', { name: T.SCREEN_DOCUMENTS, exact: true });
    await tabTo(page, documents, 150);
    expect(await focusShown(page)).toBe(true);
    await page.keyboard.press('Enter');
    const kind = page.getByLabel(T.NEW_DOCUMENT_KIND);
    await expect(kind).toBeVisible();
    await tabTo(page, kind);
    expect(await focusShown(page)).toBe(true);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.getByRole('checkbox', { name: taskTitle(code, 'plan.adopt') })).toBeChecked();
  });
}
