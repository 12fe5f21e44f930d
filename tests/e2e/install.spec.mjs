// Issue 14, parts 2 and 5: the browser's install prompt offered once a congress is made, never
// on arrival, and a refusal remembered; on an iPhone the Share → Home Screen instructions; in
// Zalo's or Facebook's own browser, how to open the app in Chrome or Safari; once installed,
// the browser asked to keep the data and the data panel saying whether it agreed; on a phone, a
// file goes to the share sheet where the browser can share it, and is downloaded otherwise.
// The browser's parts (its prompt, its share sheet, its answers) are stubbed; the app is not.
import { test, expect, createCongress } from './fixtures.mjs';
import { violations } from './a11y.mjs';

/** The chunk `safety`, which makes these offers, has run (it comes 3 s after the first screen):
 * it holds the browser's install prompt from then on. */
async function safetyLoaded(page) {
  await page.waitForFunction(() => typeof window.onbeforeinstallprompt === 'function', null, { timeout: 10_000 });
}

/** The browser's install prompt, as Chromium fires it: the outcome is the user's answer. */
const firePrompt = (page, outcome) => page.evaluate((outcome) => {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  event.prompt = () => { window.promptShown = (window.promptShown ?? 0) + 1; return Promise.resolve(); };
  event.userChoice = Promise.resolve({ outcome });
  window.dispatchEvent(event);
}, outcome);

const INSTALL = 'Cài Sổ tay Đại hội lên máy';
const PLAN = /BCH họp, thông qua kế hoạch/;

test('the install prompt is offered after a change once a congress exists, never on arrival; a refusal is remembered', async ({ page }) => {
  // The first visit: the offer comes with the first congress.
  await page.goto('./');
  await firePrompt(page, 'dismissed');
  await safetyLoaded(page);
  await expect(page.getByText(INSTALL)).toHaveCount(0);
  await createCongress(page);
  await expect(page.locator('.banner.device')).toContainText(INSTALL);

  // A later visit with a congress: nothing on arrival, the offer after the first change.
  await page.reload();
  await firePrompt(page, 'dismissed');
  await safetyLoaded(page);
  await expect(page.getByRole('checkbox', { name: PLAN })).toBeVisible();
  await expect(page.locator('.banner.device')).toHaveCount(0);
  await page.getByRole('checkbox', { name: PLAN }).check();
  const offer = page.locator('.banner.device');
  await expect(offer).toContainText(INSTALL);
  expect(await violations(page, 'the install offer')).toEqual([]);
  await offer.getByRole('button', { name: 'Cài ứng dụng' }).click();
  expect(await page.evaluate(() => window.promptShown)).toBe(1);
  await expect(offer).toHaveCount(0);

  // Declined in the browser's prompt: not offered again in this browser.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('congress-notebook/install-offer'))).toBe('dismissed');
  await page.reload();
  await firePrompt(page, 'accepted');
  await safetyLoaded(page);
  await page.getByRole('checkbox', { name: PLAN }).uncheck();
  await expect(page.getByRole('checkbox', { name: PLAN })).not.toBeChecked();
  await expect(page.locator('.banner.device')).toHaveCount(0);
});

test('"Không, cảm ơn" is remembered, and the offer does not come back with the next change', async ({ page }) => {
  await page.goto('./');
  await firePrompt(page, 'accepted');
  await safetyLoaded(page);
  await createCongress(page);
  await page.locator('.banner.device').getByRole('button', { name: 'Không, cảm ơn' }).click();
  await expect(page.locator('.banner.device')).toHaveCount(0);
  expect(await page.evaluate(() => window.promptShown)).toBeUndefined();
  expect(await page.evaluate(() => localStorage.getItem('congress-notebook/install-offer'))).toBe('dismissed');
  await page.getByRole('checkbox', { name: PLAN }).check();
  await expect(page.getByRole('checkbox', { name: PLAN })).toBeChecked();
  await expect(page.locator('.banner.device')).toHaveCount(0);
});

test.describe('on an iPhone', () => {
  test.use({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1' });

  test('Safari has no prompt: the Share → Home Screen steps, once a congress is made', async ({ page }) => {
    await page.goto('./');
    await safetyLoaded(page);
    await expect(page.locator('.banner.device')).toHaveCount(0);
    await createCongress(page);
    const steps = page.locator('.banner.device');
    await expect(steps).toContainText('bấm nút Chia sẻ');
    await expect(steps).toContainText('Thêm vào MH chính');
    expect(await violations(page, 'the iPhone steps')).toEqual([]);
    await steps.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect(steps).toHaveCount(0);
    await page.reload();
    await safetyLoaded(page);
    await page.getByRole('checkbox', { name: PLAN }).check();
    await expect(page.getByRole('checkbox', { name: PLAN })).toBeChecked();
    await expect(page.locator('.banner.device')).toHaveCount(0);
  });
});

test.describe('inside Zalo', () => {
  test.use({ userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Zalo android/12100579 ZaloTheme/light ZaloLanguage/vi' });

  test('the app says its data may be cleared here and how to open it in a browser', async ({ page }) => {
    await page.goto('./');
    const told = page.locator('.banner.device');
    await expect(told).toContainText('trong Zalo, Facebook hoặc Instagram', { timeout: 10_000 });
    await expect(told).toContainText('Mở bằng trình duyệt');
    expect(await violations(page, 'the in-app browser notice')).toEqual([]);
    await told.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect(told).toHaveCount(0);
  });
});

test.describe('installed', () => {
  test('the browser is asked to keep the data, and the data panel says it agreed', async ({ page }) => {
    // The browser's side: running in the app's own window; it keeps the data once asked.
    await page.addInitScript(() => {
      const real = window.matchMedia.bind(window);
      window.matchMedia = (q) => (q === '(display-mode: standalone)' ? { matches: true, media: q, addEventListener() {}, removeEventListener() {} } : real(q));
      let kept = false;
      navigator.storage.persisted = () => Promise.resolve(kept);
      navigator.storage.persist = () => { kept = true; window.askedToKeep = true; return Promise.resolve(true); };
    });
    await page.goto('./');
    await createCongress(page);
    await expect.poll(() => page.evaluate(() => window.askedToKeep === true), { timeout: 10_000 }).toBe(true);
    await page.getByText('Dữ liệu trong trình duyệt này').click();
    await expect(page.locator('.data-panel .persisted')).toHaveText('Trình duyệt đã đồng ý giữ dữ liệu của ứng dụng lâu dài.');
    await expect(page.locator('.banner.device')).toHaveCount(0);
  });
});

test.describe('a file from the app', () => {
  /** The share sheet: `canShare` answers for files whose name matches `accepts`. */
  const shareSheet = (page, accepts) => page.addInitScript((accepts) => {
    window.shared = [];
    navigator.canShare = (data) => Boolean(data?.files?.length) && data.files.every((f) => new RegExp(accepts).test(f.name));
    navigator.share = async (data) => { window.shared.push(...data.files.map((f) => `${f.name} ${f.size}`)); };
  }, accepts);
  const backup = (page) => page.getByRole('button', { name: 'Sao lưu mọi sổ tay (.json)' });

  test('goes to the share sheet on a phone whose browser can share it, and is downloaded otherwise', async ({ page }, info) => {
    await shareSheet(page, '\\.json$');
    await page.goto('./');
    await createCongress(page);
    if (info.project.name === 'phone') {
      let downloads = 0;
      page.on('download', () => downloads++);
      await backup(page).click();
      await expect.poll(() => page.evaluate(() => window.shared)).toEqual([expect.stringMatching(/^daihoi-saoluu-.*\.json \d{3,}$/)]);
      expect(downloads).toBe(0);
    } else {
      // A desktop always downloads.
      await Promise.all([page.waitForEvent('download'), backup(page).click()]);
      expect(await page.evaluate(() => window.shared)).toEqual([]);
    }
  });

  test('a share the browser refuses falls back to a download; one the user cancels does nothing', async ({ page }, info) => {
    await page.addInitScript(() => {
      window.shareCalls = 0;
      navigator.canShare = () => true;
      navigator.share = async () => { window.shareCalls++; throw new DOMException(window.shareAnswer, window.shareAnswer); };
    });
    await page.goto('./');
    await createCongress(page);
    await page.evaluate(() => { window.shareAnswer = 'NotAllowedError'; });
    await Promise.all([page.waitForEvent('download'), backup(page).click()]);
    if (info.project.name !== 'phone') {
      // A desktop downloads without asking the share sheet.
      expect(await page.evaluate(() => window.shareCalls)).toBe(0);
      return;
    }
    expect(await page.evaluate(() => window.shareCalls)).toBe(1);
    await page.evaluate(() => { window.shareAnswer = 'AbortError'; });
    let downloads = 0;
    page.on('download', () => downloads++);
    await backup(page).click();
    await expect.poll(() => page.evaluate(() => window.shareCalls)).toBe(2);
    // A download would start at once: the refusal's fallback above did within this time.
    await page.waitForTimeout(1000);
    expect(downloads).toBe(0);
  });

  test('is downloaded where the browser cannot share it', async ({ page }) => {
    await shareSheet(page, '\\.pdf$');
    await page.goto('./');
    await createCongress(page);
    await Promise.all([page.waitForEvent('download'), backup(page).click()]);
    expect(await page.evaluate(() => window.shared)).toEqual([]);
  });
});
