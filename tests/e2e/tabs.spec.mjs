// Two tabs of the app in one browser: a tab follows what the other saves, and never silently
// writes over it.
import { test, expect, createCongress } from './fixtures.mjs';

const tick = (page, name) => page.getByRole('checkbox', { name });

test('a tab follows what another tab saves', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page);
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-11-22T09:00:00+07:00'));
  await other.goto('./');
  await tick(other, /BCH họp, thông qua kế hoạch/).check();
  await expect(tick(page, /BCH họp, thông qua kế hoạch/)).toBeChecked();
  await expect(page.getByText('Dữ liệu vừa được thay đổi ở một thẻ (cửa sổ) khác')).toBeVisible();
  // And back: the first tab's change reaches the second, both kept.
  await tick(page, /Báo cáo kế hoạch với cấp ủy/).check();
  await expect(tick(other, /Báo cáo kế hoạch với cấp ủy/)).toBeChecked();
  await expect(tick(other, /BCH họp, thông qua kế hoạch/)).toBeChecked();

  // A congress created in the second tab appears in the first.
  await other.getByRole('button', { name: '+ Đại hội khác' }).click();
  await createCongress(other, { unit: 'Công đoàn Công ty May 10', date: '10/03/2027' });
  await expect(page.getByLabel('Đang xem sổ tay').locator('option')).toHaveText(['Công đoàn Trường THCS Lê Lợi', 'Công đoàn Công ty May 10']);
});

async function writeBehindItsBack(page) {
  // What another tab saved and this one has not heard of yet, written straight to storage as
  // the app writes it (the congress, then the manifest's revision moved on); a page gets no
  // storage event for its own writes.
  await page.evaluate(() => {
    const manifest = JSON.parse(localStorage.getItem('congress-notebook/manifest'));
    const key = `congress-notebook/congress/${manifest.active}`;
    const stored = JSON.parse(localStorage.getItem(key));
    stored.congress.tasks[0].title = 'Tiêu đề sửa ở thẻ kia';
    localStorage.setItem(key, JSON.stringify(stored));
    manifest.revision += 1;
    localStorage.setItem('congress-notebook/manifest', JSON.stringify(manifest));
  });
}

const storedTitles = (page) => page.evaluate(() => {
  const manifest = JSON.parse(localStorage.getItem('congress-notebook/manifest'));
  const stored = JSON.parse(localStorage.getItem(`congress-notebook/congress/${manifest.active}`));
  return stored.congress.tasks.slice(0, 2).map((t) => [t.title, t.status]);
});

test('a save that would overwrite another tab is refused until the user chooses: theirs', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await writeBehindItsBack(page);
  await tick(page, /Báo cáo kế hoạch với cấp ủy/).check();
  await expect(page.getByText('thay đổi vừa rồi ở đây CHƯA được lưu')).toBeVisible();
  expect((await storedTitles(page))[0][0]).toBe('Tiêu đề sửa ở thẻ kia');
  expect((await storedTitles(page))[1][1]).toBe('not_started');
  await page.getByRole('button', { name: 'Dùng bản ở thẻ kia' }).click();
  await expect(page.getByText('Tiêu đề sửa ở thẻ kia')).toBeVisible();
  await expect(tick(page, /Báo cáo kế hoạch với cấp ủy/)).not.toBeChecked();
  // Saving works again on top of the other tab's version.
  await tick(page, /Báo cáo kế hoạch với cấp ủy/).check();
  await expect.poll(() => storedTitles(page)).toEqual([['Tiêu đề sửa ở thẻ kia', 'not_started'], [expect.stringContaining('Báo cáo kế hoạch'), 'done']]);
});

test('a save that would overwrite another tab is refused until the user chooses: mine', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await writeBehindItsBack(page);
  await tick(page, /Báo cáo kế hoạch với cấp ủy/).check();
  await page.getByRole('button', { name: 'Giữ bản ở thẻ này' }).click();
  await expect(page.getByText('thay đổi vừa rồi ở đây CHƯA được lưu')).toBeHidden();
  const titles = await storedTitles(page);
  expect(titles[0][0]).toContain('BCH họp');
  expect(titles[1][1]).toBe('done');
});
