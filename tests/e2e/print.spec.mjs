// Printing the checklist: A4 pages, screen-only controls left out. Runs in the desktop
// project only (see playwright.config.mjs): the printed page does not depend on the screen.
import { test, expect, createCongress } from './fixtures.mjs';

test('the checklist prints on A4 without the screen-only controls', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filter-bar')).toBeHidden();
  await expect(page.locator('.agenda')).toBeHidden();
  await expect(page.locator('.edit-task').first()).toBeHidden();
  await expect(page.locator('li.task').first()).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = pdf.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  expect(box, 'the PDF has a page size').not.toBeNull();
  // A4 is 595.3 x 841.9 points; Chromium rounds to whole pixels at 96 dpi.
  expect(Math.abs(Number(box[1]) - 595.3)).toBeLessThan(1.5);
  expect(Math.abs(Number(box[2]) - 841.9)).toBeLessThan(1.5);
});
