// Shared test setup: every page runs on a fixed clock (22/11/2026 09:00 in Hanoi) and fails
// the test on any uncaught page error or any Content-Security-Policy violation.
import { test as base, expect } from '@playwright/test';

export const TODAY = new Date('2026-11-22T09:00:00+07:00');

export const test = base.extend({
  allowPageErrors: [false, { option: true }],
  expectCspViolations: [false, { option: true }],
  page: async ({ page, allowPageErrors, expectCspViolations }, use) => {
    const errors = [];
    const violations = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    await page.exposeFunction('__reportCspViolation', (v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => window.__reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.clock.setFixedTime(TODAY);
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
  await page.getByRole('button', { name: 'Tạo danh sách việc cần làm' }).click();
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
