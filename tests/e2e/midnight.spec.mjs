// A tab left open past midnight moves to the new day: days left, urgency and the day a task is
// ticked done follow the clock (Playwright's clock crossing midnight in Hanoi).
import { test, expect, createCongress, openTab } from './fixtures.mjs';

test('today follows the clock past midnight', async ({ context }) => {
  const page = await openTab(context, { clock: { time: new Date('2026-11-22T23:58:00+07:00'), paused: true } });
  await createCongress(page, { date: '24/11/2026' });
  await expect(page.locator('.congress-date')).toContainText('còn 2 ngày');
  await page.clock.runFor(3 * 60_000);
  await expect(page.locator('.congress-date')).toContainText('còn 1 ngày');
  const plan = page.getByRole('checkbox', { name: /BCH họp, thông qua kế hoạch/ });
  await plan.check();
  await expect(page.locator('li.task', { has: plan }).locator('.done-on')).toHaveText('Xong ngày 23/11/2026');
  await page.clock.runFor(1000);
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/congress/'));
    return JSON.parse(localStorage.getItem(key)).congress.tasks[0].done_on;
  });
  expect(stored).toBe('2026-11-23');
  expect(page.errors).toEqual([]);
});
