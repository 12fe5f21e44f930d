// Issue 14, parts 1 and 3: after one visit the app opens and works with the network off, every
// screen and the import checker included (the build of the language in use: English is kept
// once chosen, and a switch offline to a build not kept is refused), served from a sub-path and from the root of a plain
// static host (no rewrite rules); a new build put on the host is offered and applied only when
// the user chooses, a change waiting to be saved is saved first, and a tab still on the old
// build is told. Service workers are allowed here only (playwright.config.mjs blocks them).
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test, expect, createCongress, flushNow, storedCongresses } from './fixtures.mjs';
import { unitFile, asFile } from './unit-files.mjs';
import { violations } from './a11y.mjs';
import { language } from './strings.mjs';

test.use({ serviceWorkers: 'allow' });

const DIST = new URL('../../dist/', import.meta.url).pathname;
const SERVE = new URL('./serve.mjs', import.meta.url).pathname;
const ROOT_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}/`;
const TASK = /BCH họp, thông qua kế hoạch/;

/** Every file of the build, as the page names them (relative to it). */
async function buildFiles(dir = DIST) {
  const out = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath ?? entry.path, entry.name)));
  }
  return out.filter((f) => f !== 'sw.js' && f !== 'index.html').sort();
}

/** The service worker controls the page: it was installed, so it holds the whole build. */
async function offlineReady(page) {
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), { timeout: 20_000 }).toBe(true);
}

const tick = (page) => page.getByRole('checkbox', { name: TASK });

/** Opens every screen whose code loads on demand, and has the import checker read files. */
async function everyScreen(page) {
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Báo cáo tổng kết nhiệm kỳ (báo cáo chính trị)' });
  await page.getByRole('button', { name: 'Tạo từ dàn ý' }).click();
  await expect(page.getByRole('heading', { name: /BÁO CÁO Tổng kết hoạt động/ })).toBeVisible();
  await page.getByRole('button', { name: 'Nhân sự', exact: true }).click();
  await expect(page.getByLabel('Số ủy viên Ban Chấp hành')).toBeVisible();
  await page.getByRole('button', { name: 'Bầu cử', exact: true }).click();
  await expect(page.locator('form.add-election')).toBeVisible();
  await page.getByRole('button', { name: 'Cấp trên: theo dõi các đơn vị' }).click();
  await page.getByLabel('Chọn các tệp của đơn vị (.json)').setInputFiles([
    asFile('dong-hai.json', unitFile({ n: 1, name: 'Công đoàn Đông Hải', date: '2027-06-10' })),
  ]);
  await expect(page.locator('.desk-count')).toHaveText('1 đơn vị');
  await page.getByRole('button', { name: 'Về sổ tay của đơn vị', exact: true }).click();
  await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
  await expect(tick(page)).toBeVisible();
  await expect(page.locator('.chunk-failed')).toHaveCount(0);
}

for (const [where, base] of [['under a sub-path', './'], ['from the root of the host', ROOT_URL]]) {
  test(`after one visit the app works offline, every screen included (${where})`, async ({ page, context }) => {
    test.setTimeout(60_000);
    await page.goto(base);
    await createCongress(page);
    await offlineReady(page);

    await context.setOffline(true);
    await page.reload();
    await expect(tick(page)).toBeVisible();
    // Every file of the Vietnamese build and every shared one answers from the service
    // worker's cache, named from dist/ itself; the English build is not kept until chosen.
    const files = await buildFiles();
    const unreachable = (fs) => page.evaluate((fs) => Promise.all(fs.map((f) => fetch(f).then((r) => (r.ok ? null : f), () => f))).then((m) => m.filter(Boolean)), fs);
    expect(await unreachable(files.filter((f) => !f.startsWith('app/en/')))).toEqual([]);
    const englishFirstLoad = files.filter((f) => /^app\/en\/main_bg-/.test(f));
    expect(englishFirstLoad).toHaveLength(1);
    expect(await unreachable(englishFirstLoad)).toEqual(englishFirstLoad);
    await everyScreen(page);

    // A change made offline is kept through a reload.
    await tick(page).check();
    await flushNow(page);
    await page.reload();
    await expect(tick(page)).toBeChecked();
    // A reload on another screen opens the app again (no rewrite rules needed: one page).
    await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
    await expect(page.getByLabel('Loại văn bản')).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
    await expect(tick(page)).toBeChecked();
  });
}

test('the English build is kept once English is chosen; offline, a switch to a build not kept is refused', async ({ page, context }) => {
  test.setTimeout(90_000);
  const [VI, EN] = [language('vi').strings, language('en').strings];
  await page.goto('./');
  await createCongress(page);
  await offlineReady(page);
  // Offline, with English never chosen: the switch says why and changes nothing.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert').filter({ hasText: VI.LANGUAGE_CODE_MISSING })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  expect(await page.evaluate(() => localStorage.getItem('congress-notebook/language'))).toBeNull();
  // Online it switches, and the English page has its whole build kept in the background.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english = (await buildFiles()).filter((f) => f.startsWith('app/en/'));
  const notKept = (fs) => page.evaluate((fs) => Promise.all(fs.map((f) => caches.match(f))).then((hits) => fs.filter((f, i) => !hits[i])), fs);
  await expect.poll(() => notKept(english), { timeout: 30_000 }).toEqual([]);
  // Offline: English opens with its screens, and Vietnamese, kept since the first visit, too.
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: EN.SCREEN_DOCUMENTS, exact: true }).click();
  await expect(page.getByLabel(EN.NEW_DOCUMENT_KIND)).toBeVisible();
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(tick(page)).toBeVisible();
  await expect(page.locator('.chunk-failed')).toHaveCount(0);
});

/** A copy of the build on a server of its own, so that a test can put a new build over it. */
async function ownHost(port) {
  const dir = await mkdtemp(join(tmpdir(), 'so-tay-build-'));
  await cp(DIST, dir, { recursive: true });
  const server = spawn(process.execPath, [SERVE, dir, String(port), '/so-tay/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', () => reject(new Error('the server stopped')));
  });
  return {
    url: `http://127.0.0.1:${port}/so-tay/`,
    /** A new build on the host: another page (a mark in its head) and so another version. */
    async publish(mark) {
      const mark1 = async (name, from, to) => {
        const path = join(dir, name);
        const old = await readFile(path, 'utf8');
        const next = old.replace(from, to);
        if (next === old) throw new Error(`nothing to mark in ${name}`);
        await writeFile(path, next);
      };
      await mark1('index.html', '<meta charset=utf-8>', `<meta charset=utf-8><meta name="build" content="${mark}">`);
      await mark1('sw.js', /const VERSION = "[^"]*"/, `const VERSION = "${mark}"`);
    },
    /** The new build has no file `name` any more (as a chunk of the old build's is gone). */
    async drop(pattern) {
      const [name] = (await buildFiles(dir)).filter((f) => pattern.test(f));
      await rm(join(dir, name));
      const sw = join(dir, 'sw.js');
      await writeFile(sw, (await readFile(sw, 'utf8')).replace(`"${name}",`, ''));
      return name;
    },
    async close() {
      server.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const buildMark = (page) => page.evaluate(() => document.querySelector('meta[name=build]')?.content ?? 'old');
const checkForUpdate = (page) => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));

test.describe('a new build', () => {
  test.use({ pausedClock: true });

  test('is offered, applied only on the user\'s choice after saving what waits; a tab on the old build is told', async ({ page, context }, info) => {
    test.setTimeout(60_000);
    // A port of its own per worker and project, above the two servers of playwright.config.mjs.
    const host = await ownHost(Number(process.env.E2E_PORT ?? 4173) + 10 + info.workerIndex * 2 + (info.project.name === 'phone' ? 1 : 0));
    try {
      await page.goto(host.url);
      await createCongress(page);
      // Another tab of the app (the clock is the context's: it stands still there too).
      const other = await context.newPage();
      other.errors = [];
      other.on('pageerror', (e) => other.errors.push(e.message));
      await other.goto(host.url);
      await expect(tick(other)).toBeVisible();
      // The service worker is registered once the first screen runs.
      await page.clock.runFor(3_500);
      await offlineReady(page);
      await offlineReady(other);

      await host.publish('new');
      // The documents screen's chunk of the old build is not on the host any more.
      await host.drop(/^app\/split_documents-.*\.wasm$/);
      // A change waits in the debounce (the clock stands still) when the new build arrives.
      await tick(page).check();
      await checkForUpdate(page);
      const banner = page.locator('.banner.update');
      await expect(banner).toContainText('Có phiên bản mới — tải lại');
      // Offered, not applied: the page still runs the old build, and the change still waits.
      expect(await buildMark(page)).toBe('old');
      const stored = async () => Object.values(await storedCongresses(page))[0].tasks.find((t) => TASK.test(t.title)).status;
      expect(await stored()).toBe('not_started');

      // The user's choice: saved first, then the new build.
      await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Tải lại' }).click()]);
      await expect.poll(() => buildMark(page)).toBe('new');
      await expect(tick(page)).toBeChecked();
      await expect(page.locator('.banner.update')).toHaveCount(0);

      // The other tab, still on the old build, is told and reloads when asked.
      const told = other.locator('.banner.update');
      await expect(told).toContainText('vừa được cập nhật ở một thẻ khác');
      expect(await buildMark(other)).toBe('old');
      // (axe-core waits on timers: the clock runs again now that nothing needs to wait.)
      await page.clock.resume();
      expect(await violations(other, 'a tab on the old build, told')).toEqual([]);
      // Until it reloads, it still opens a screen it had not opened: its build's file is kept.
      await other.getByRole('button', { name: 'Văn kiện', exact: true }).click();
      await expect(other.getByLabel('Loại văn bản')).toBeVisible();
      await other.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
      await Promise.all([other.waitForEvent('load'), told.getByRole('button', { name: 'Tải lại' }).click()]);
      await expect.poll(() => buildMark(other)).toBe('new');
      await expect(tick(other)).toBeChecked();
      expect(other.errors).toEqual([]);
    } finally {
      await host.close();
    }
  });
});
