// Shared test setup: every page runs on a fixed clock (22/11/2026 09:00 in Hanoi) and fails
// the test on any uncaught page error or any Content-Security-Policy violation.
import { test as base, expect } from '@playwright/test';

export const TODAY = new Date('2026-11-22T09:00:00+07:00');

export const test = base.extend({
  allowPageErrors: [false, { option: true }],
  expectCspViolations: [false, { option: true }],
  // The clock stands still at TODAY in every page of the context (Playwright's clock is the
  // context's): debounced saves wait until `flushNow` or `clock.runFor`.
  pausedClock: [false, { option: true }],
  page: async ({ page, allowPageErrors, expectCspViolations, pausedClock }, use) => {
    const errors = [];
    const violations = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.exposeFunction('__reportCspViolation', (v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => window.__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    if (pausedClock) {
      await page.clock.install({ time: new Date(TODAY.getTime() - 1000) });
      await page.clock.pauseAt(TODAY);
    } else {
      await page.clock.setFixedTime(TODAY);
    }
    await use(page);
    if (!allowPageErrors) expect(errors, 'uncaught errors in the page').toEqual([]);
    if (!expectCspViolations) expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});
export { expect };

/** Fills and submits the creation form. */
export async function createCongress(page, { unit = 'Công đoàn Trường THCS Lê Lợi', upper = 'Liên đoàn Lao động huyện Sa Pa', date = '15/01/2027', type, round } = {}) {
  await page.getByLabel('Tên công đoàn tổ chức đại hội').fill(unit);
  await page.getByLabel('Công đoàn cấp trên trực tiếp').fill(upper);
  if (type) await page.getByLabel('Loại đại hội').selectOption(type);
  await page.getByLabel('Ngày đại hội (ngày/tháng/năm)').fill(date);
  if (round) await page.getByLabel('Đợt đại hội').selectOption(round);
  const first = await page.evaluate(() => {
    try { return !JSON.parse(localStorage.getItem('congress-notebook/manifest') ?? '{}').told_local_only; } catch { return true; }
  });
  await page.getByRole('button', { name: 'Tạo danh sách việc cần làm' }).click();
  // The first save's notice comes when the browser answers whether it keeps the data, and
  // moves the page down: a click aimed before it lands could miss (its mouse-up elsewhere).
  if (first) await page.getByRole('button', { name: 'Đã hiểu' }).waitFor({ timeout: 3000 }).catch(() => {});
}

/** Fills the rest of this site's storage, as other data or a very large notebook would. */
export async function fillStorage(page) {
  await page.evaluate(() => {
    const chunk = 'x'.repeat(500_000);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch { break; }
    }
    for (let n = 250_000; n >= 1; n = Math.floor(n / 2)) {
      try { localStorage.setItem(`filler-small-${n}`, 'x'.repeat(n)); } catch { /* next size down */ }
    }
  });
}

/**
 * Another real tab of the app in the same browser context (so the same storage and the same
 * clock: Playwright's clock belongs to the context). `clock` installs one when no `page`
 * fixture did: `{ time, paused }`. Its page errors are collected in `tab.errors` for
 * `expect(tab.errors).toEqual([])`.
 */
export async function openTab(context, { clock } = {}) {
  const tab = await context.newPage();
  tab.errors = [];
  tab.on('pageerror', (e) => tab.errors.push(e.message));
  if (clock?.paused) {
    await tab.clock.install({ time: new Date(clock.time.getTime() - 1000) });
    await tab.clock.pauseAt(clock.time);
  } else if (clock) {
    await tab.clock.setFixedTime(clock.time);
  }
  await tab.goto('./');
  return tab;
}

/** Saves at once what `page` has waiting, as it does when the tab is hidden or closed. */
export const flushNow = (page) => page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

/** The stored congress records of the app, parsed, by id. */
export const storedCongresses = (page) => page.evaluate(() => Object.fromEntries(
  Object.keys(localStorage)
    .filter((k) => k.startsWith('congress-notebook/congress/'))
    .map((k) => [k.slice('congress-notebook/congress/'.length), JSON.parse(localStorage.getItem(k)).congress]),
));
