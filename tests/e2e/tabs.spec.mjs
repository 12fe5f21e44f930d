// Two tabs of the app in one browser, each a real page running the app: a tab follows what the
// other saves, never silently writes over it (not even after writing only the list of
// congresses), a deletion in one wins over the other's unsaved change, and "delete everything"
// empties every tab. Where one tab must hold a change while the other writes, the clock stands
// still (debounced saves wait) and a tab saves when told to, as it does when hidden.
import { test, expect, createCongress, openTab, flushNow, storedCongresses } from './fixtures.mjs';

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


const PLAN = /BCH họp, thông qua kế hoạch/;
const REPORT = /Báo cáo kế hoạch với cấp ủy/;
const EMULATION = /Phát động phong trào thi đua/;
const CONFLICT = 'thay đổi vừa rồi ở đây CHƯA được lưu';

/** The first stored congress's tasks, as [title start, status] for the first three. */
const firstThree = async (page) => Object.values(await storedCongresses(page))[0].tasks.slice(0, 3).map((t) => t.status);

/** `mine` holds a change to the congress while `page` saves another: a conflict in `mine`. */
async function conflict(page, context) {
  await page.goto('./');
  await createCongress(page);
  const mine = await openTab(context);
  await tick(mine, PLAN).check();
  await tick(page, REPORT).check();
  await flushNow(page);
  await expect(mine.getByText(CONFLICT)).toBeVisible();
  await expect.poll(() => firstThree(page)).toEqual(['not_started', 'done', 'not_started']);
  return mine;
}

test.describe('with one tab holding a change', () => {
test.use({ pausedClock: true });

test('a save that would overwrite another tab is refused until the user chooses: theirs', async ({ page, context }) => {
  const mine = await conflict(page, context);
  await mine.getByRole('button', { name: 'Dùng bản ở thẻ kia' }).click();
  await expect(tick(mine, REPORT)).toBeChecked();
  await expect(tick(mine, PLAN)).not.toBeChecked();
  // Saving works again on top of the other tab's version.
  await tick(mine, EMULATION).check();
  await flushNow(mine);
  await expect.poll(() => firstThree(page)).toEqual(['not_started', 'done', 'done']);
  expect(mine.errors).toEqual([]);
});

test('a save that would overwrite another tab is refused until the user chooses: mine', async ({ page, context }) => {
  const mine = await conflict(page, context);
  await mine.getByRole('button', { name: 'Giữ bản ở thẻ này' }).click();
  await expect(mine.getByText(CONFLICT)).toBeHidden();
  await expect.poll(() => firstThree(page)).toEqual(['done', 'not_started', 'not_started']);
  expect(mine.errors).toEqual([]);
});

test('a tab in conflict writes only the list of congresses, and still never overwrites', async ({ page, context }) => {
  const mine = await conflict(page, context);
  // Writes that touch the manifest only: a backup, the "data lives here" notice.
  const download = mine.waitForEvent('download');
  await mine.getByRole('button', { name: 'Sao lưu mọi sổ tay (.json)' }).click();
  await download;
  await tick(mine, EMULATION).check();
  await flushNow(mine);
  await expect(mine.getByText(CONFLICT)).toBeVisible();
  // What the other tab saved stands.
  expect(await firstThree(page)).toEqual(['not_started', 'done', 'not_started']);
  await page.reload();
  await expect(tick(page, REPORT)).toBeChecked();
  await expect(tick(page, PLAN)).not.toBeChecked();
  expect(mine.errors).toEqual([]);
});

test('a congress deleted in another tab stays deleted; the unsaved change is offered as a file', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page);
  const mine = await openTab(context);
  await tick(mine, PLAN).check();
  await page.getByRole('button', { name: 'Xoá sổ tay này…' }).click();
  await page.getByRole('button', { name: 'Xoá sổ tay', exact: true }).click();
  await expect(mine.getByText('vừa bị xoá ở một thẻ (cửa sổ) khác, nên thay đổi chưa lưu ở đây không được ghi lại')).toBeVisible();
  await flushNow(mine);
  expect(await storedCongresses(page)).toEqual({});
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('congress-notebook/draft/')))).toEqual([]);
  const download = mine.waitForEvent('download');
  await mine.getByRole('button', { name: 'Tải thay đổi chưa lưu' }).click();
  const file = JSON.parse(await (await import('node:fs/promises')).readFile(await (await download).path(), 'utf8'));
  expect(file.kind).toBe('unit');
  expect(file.data.congress.tasks[0].status).toBe('done');
  await expect(mine.getByRole('heading', { name: 'Tạo sổ tay cho một kỳ đại hội' })).toBeVisible();
  expect(mine.errors).toEqual([]);
});

test('deleting everything in one tab empties the others, which write nothing more', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page);
  const mine = await openTab(context);
  await tick(mine, PLAN).check();
  await page.getByText('Dữ liệu trong trình duyệt này').click();
  await page.getByRole('button', { name: 'Xoá toàn bộ dữ liệu trên máy này…' }).click();
  await page.getByRole('button', { name: 'Xoá hết dữ liệu' }).click();
  await expect(mine.getByText('Toàn bộ dữ liệu của ứng dụng vừa bị xoá ở một thẻ (cửa sổ) khác')).toBeVisible();
  await expect(mine.getByText('Công đoàn Trường THCS Lê Lợi')).toHaveCount(0);
  await flushNow(mine);
  const left = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('congress-notebook/')));
  expect(await left()).toEqual([]);
  // Whatever the user does there now is not written either.
  await createCongress(mine, { unit: 'Công đoàn thử' });
  await flushNow(mine);
  expect(await left()).toEqual([]);
  expect(mine.errors).toEqual([]);
});
});

test('an open task editor keeps what was typed when its row changes', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page);
  const row = page.locator('li.task', { has: tick(page, PLAN) });
  await row.getByRole('button', { name: /^Sửa/ }).click();
  const title = row.getByLabel('Tên việc');
  await title.fill('Tên việc đang gõ dở');
  // Ticking the box re-renders the row.
  await tick(page, PLAN).check();
  await expect(title).toHaveValue('Tên việc đang gõ dở');
  // The tick is stored before another tab opens (not left to the debounce, which would race
  // the other tab's load), and that tab then changes the same task.
  await flushNow(page);
  const other = await openTab(context);
  await expect(tick(other, PLAN)).toBeChecked();
  await tick(other, PLAN).uncheck();
  await expect(tick(page, PLAN)).not.toBeChecked();
  await expect(title).toHaveValue('Tên việc đang gõ dở');
  await row.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Tên việc đang gõ dở')).toBeVisible();
  expect(other.errors).toEqual([]);
});

test('data written by a newer version in another tab stops this one, which keeps its screen', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page);
  const other = await openTab(context);
  const newer = await other.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/congress/'));
    const text = JSON.stringify({ schema_version: 2, congress: { renamed: true } });
    localStorage.setItem(key, text);
    return [key, text];
  });
  await expect(page.getByText('Một phiên bản mới hơn của ứng dụng đã ghi dữ liệu trong trình duyệt này')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Công đoàn Trường THCS Lê Lợi' })).toBeVisible();
  await tick(page, PLAN).check();
  await page.waitForTimeout(600);
  const after = await page.evaluate(([key]) => [localStorage.getItem(key), Object.keys(localStorage).filter((k) => k.includes('/quarantine/')).length], newer);
  expect(after).toEqual([newer[1], 0]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải bản sao lưu những gì đang hiển thị' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByRole('button', { name: 'Tải lại trang' })).toBeVisible();
});

test('a congress that becomes unreadable while open is copied aside and shown', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page);
  const other = await openTab(context);
  await other.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/congress/'));
    localStorage.setItem(key, '{"schema_version":1,"congress":');
  });
  await expect(page.getByText('Không đọc được một sổ tay đại hội')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tải bản sao về' }).first()).toBeVisible();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/quarantine/')).map((k) => localStorage.getItem(k)));
  expect(kept).toEqual(['{"schema_version":1,"congress":']);
});
