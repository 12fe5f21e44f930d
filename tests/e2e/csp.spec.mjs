// The built page carries a Content-Security-Policy without 'unsafe-inline', and the policy is
// real: an inline script injected into the page is blocked and reported. (Every other test
// fails on any violation, through fixtures.mjs.)
import { test, expect } from './fixtures.mjs';

test.use({ expectCspViolations: true }); // this test provokes one on purpose

test('a strict policy is in place and enforced', async ({ page }) => {
  const response = await page.goto('./');
  const html = await response.text();
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(policy).not.toContain('unsafe-inline');
  await expect(page.getByRole('heading', { name: 'Tạo sổ tay cho một kỳ đại hội' })).toBeVisible();
  const ran = await page.evaluate(async () => {
    const blocked = new Promise((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return { directive: await blocked, injected: window.__injected === true };
  });
  expect(ran.injected).toBe(false);
  expect(ran.directive).toMatch(/^script-src/);
});
