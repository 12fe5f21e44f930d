// In-browser benchmarks for `make bench`: figures are printed, never asserted.
// Uses the release build in dist/, served on 127.0.0.1, in the system Chromium with the clock
// fixed and Vietnam's time zone, like the end-to-end tests.
//
// 1. Navigation to the checklist rendered, for a congress of 200 tasks.
// 2. A click on a task's checkbox to the DOM updated, for 500 tasks, and the save after it;
//    the clicks again with the CPU slowed 4× (Lighthouse's phone), printed beside them.
// 4. The largest workspace that fits (about 4.5 million characters): load, and the save after
//    a one-task change.
// 3. Importing a 2 MB unit file: from the file chosen to the preview shown, next to
//    JSON.parse of the same bytes in the same page.
// 5. A 250 KB draft (about 100 pages): a real key press in one of its sections → the next
//    paint (again with the CPU slowed 4×); the save after typing; exporting it to .docx.
// 6. Opening the documents screen the first time: click → screen rendered, its code chunk
//    fetched from the local server (a fresh browser context each run, so nothing is cached).
// 7. Entering 300 ballots for 55 seats on the congress day, and the result computed.
// 8. The upper union's desk (BENCH_DESK: 1,000 and 5,000 unit files).
// BENCH_ONLY=7,8 runs only the sections named (7 and 8 can run alone).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.BENCH_PORT ?? 4174);
const base = `http://127.0.0.1:${port}/so-tay/`;
const runs = Number(process.env.BENCH_RUNS ?? 15);
const TODAY = new Date('2026-11-22T09:00:00+07:00');

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), min: s[0], p90: q(0.9), max: s[s.length - 1] };
}
const ms = (x) => (x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);

const server = spawn('node', [join(here, '..', 'serve.mjs'), join(here, '..', '..', '..', 'dist'), String(port), '/so-tay/'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // Fix the date without Playwright's clock, which replaces `performance` too (and with it
  // the timings measured here).
  await page.addInitScript((fixed) => {
    const RealDate = Date;
    class FixedDate extends RealDate {
      constructor(...args) { super(...(args.length ? args : [fixed])); }
      static now() { return fixed; }
    }
    window.Date = FixedDate;
  }, TODAY.getTime());

  // Creates a congress through the form on page `p`, and waits for its checklist.
  async function createCongress(p) {
    await p.getByLabel('Tên công đoàn tổ chức đại hội').fill('Công đoàn Tổng công ty Điện lực (đo hiệu năng)');
    await p.getByLabel('Công đoàn cấp trên trực tiếp').fill('Công đoàn ngành');
    await p.getByLabel('Ngày đại hội (ngày/tháng/năm)').fill('15/01/2027');
    await p.getByRole('button', { name: 'Tạo danh sách việc cần làm' }).click();
    await p.locator('li.task').first().waitFor();
  }

  // Seed: create a congress through the form, then grow its checklist to `target` tasks by
  // copying its own tasks under new ids, so the stored format stays the app's own.
  async function seed(target) {
    await page.goto(base);
    await page.evaluate(() => localStorage.clear());
    await page.goto(base);
    await createCongress(page);
    return page.evaluate((target) => {
      const manifest = JSON.parse(localStorage.getItem('congress-notebook/manifest'));
      const key = `congress-notebook/congress/${manifest.active}`;
      const stored = JSON.parse(localStorage.getItem(key));
      const originals = stored.congress.tasks;
      const tasks = [];
      for (let i = 0; tasks.length < target; i++) {
        const t = originals[i % originals.length];
        const done = i % 3 === 0;
        tasks.push({ ...t, id: `bench-${i}`, title: `${t.title} (${i + 1})`, status: done ? 'done' : 'not_started', done_on: done ? '2026-11-01' : undefined });
      }
      stored.congress.tasks = tasks;
      localStorage.setItem(key, JSON.stringify(stored));
      return { tasks: tasks.length, chars: localStorage.getItem(key).length };
    }, target);
  }

  // Runs `measure` with Chromium's CPU slowed 4× (what Lighthouse's mobile preset uses).
  async function throttled(measure) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      return await measure();
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await cdp.detach();
    }
  }

  // BENCH_ONLY=7 or 8 (or 7,8) runs those sections alone; 1 to 6 run only when it is unset.
  const only = process.env.BENCH_ONLY?.split(',');
  let st;
  if (!only) {
  // 1. Navigation to the checklist rendered, 200 tasks.
  const small = await seed(200);
  // Record the moment the last task row appears, from the navigation's time origin.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const target = Number(sessionStorage.getItem('bench-target') || 0);
      if (target && document.querySelectorAll('li.task').length >= target) {
        window.__renderedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.evaluate((n) => sessionStorage.setItem('bench-target', String(n)), small.tasks);
  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    await page.goto(base);
    await page.waitForFunction(() => window.__renderedAt !== undefined);
    const t = await page.evaluate(() => window.__renderedAt);
    if (i >= 2) samples.push(t); // two warm-up loads
  }
  st = stats(samples);
  console.log(`checklist-load: navigation → checklist rendered, ${small.tasks} tasks, ${runs} runs`);
  console.log(`  median ${ms(st.median)}  min ${ms(st.min)}  p90 ${ms(st.p90)}  max ${ms(st.max)}`);

  // 2. A click on a task's checkbox to the DOM updated, 500 tasks; and the save that follows.
  const big = await seed(500);
  await page.evaluate(() => sessionStorage.setItem('bench-target', '0'));
  await page.goto(base);
  await page.locator('li.task').nth(499).waitFor();
  const clicks = Number(process.env.BENCH_CLICKS ?? 30);
  const tickRun = () => page.evaluate(async (clicks) => {
    const rows = [...document.querySelectorAll('li.task')];
    const toDom = [];
    performance.clearMeasures('congress-notebook:save');
    for (let i = 0; i < clicks; i++) {
      const li = rows[(i * 37) % rows.length];
      const box = li.querySelector('input[type=checkbox]');
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
        observer.observe(li, { attributes: true, attributeFilter: ['class'], childList: true, subtree: true, characterData: true });
      });
      const t0 = performance.now();
      box.click();
      toDom.push((await changed) - t0);
      // Past the save delay (300 ms), so each click gets its own save.
      await new Promise((r) => setTimeout(r, 400));
    }
    const saves = performance.getEntriesByName('congress-notebook:save').map((e) => e.duration);
    return { toDom, saves };
  }, clicks);
  const result = await tickRun();
  st = stats(result.toDom);
  console.log(`tick: click on a checkbox → DOM updated, ${big.tasks} tasks (${big.chars} characters stored), ${clicks} clicks`);
  console.log(`  median ${ms(st.median)}  min ${ms(st.min)}  p90 ${ms(st.p90)}  max ${ms(st.max)}  (target under 16 ms)`);
  const slowTicks = await throttled(tickRun);
  st = stats(slowTicks.toDom);
  console.log(`  with the CPU slowed 4× (Lighthouse's phone): median ${ms(st.median)}  min ${ms(st.min)}  p90 ${ms(st.p90)}  max ${ms(st.max)}`);
  st = stats(result.saves);
  console.log(`save: serialise and write the congress after one tick (300 ms after it, or when the tab hides), ${result.saves.length} saves`);
  console.log(`  median ${ms(st.median)}  min ${ms(st.min)}  p90 ${ms(st.p90)}  max ${ms(st.max)}`);

  // 4. The largest workspace that fits: copies of the 500-task congress up to ~4.5 M characters.
  await seed(500);
  const filled = await page.evaluate(() => {
    const manifest = JSON.parse(localStorage.getItem('congress-notebook/manifest'));
    const key = `congress-notebook/congress/${manifest.active}`;
    const text = localStorage.getItem(key);
    let total = Object.entries(localStorage).reduce((n, [k, v]) => n + k.length + v.length, 0);
    let copies = 0;
    while (total + text.length + 80 < 4_500_000) {
      const id = `bench-copy-${copies++}`;
      const stored = JSON.parse(text);
      stored.congress.id = id;
      stored.congress.unit_name = `Bản sao ${copies}`;
      const value = JSON.stringify(stored);
      localStorage.setItem(`congress-notebook/congress/${id}`, value);
      manifest.congresses.push(id);
      total += value.length + 40;
    }
    manifest.revision += 1;
    localStorage.setItem('congress-notebook/manifest', JSON.stringify(manifest));
    return { congresses: manifest.congresses.length, chars: Object.entries(localStorage).reduce((n, [k, v]) => n + k.length + v.length, 0) };
  });
  await page.evaluate(() => sessionStorage.setItem('bench-target', '500'));
  const loads = [];
  for (let i = 0; i < Math.max(3, Math.floor(runs / 3)) + 1; i++) {
    await page.goto(base);
    await page.waitForFunction(() => window.__renderedAt !== undefined);
    const t = await page.evaluate(() => window.__renderedAt);
    if (i > 0) loads.push(t);
  }
  const bigSaves = await page.evaluate(async () => {
    performance.clearMeasures('congress-notebook:save');
    const boxes = [...document.querySelectorAll('li.task input[type=checkbox]')];
    for (let i = 0; i < 10; i++) {
      boxes[i * 13].click();
      await new Promise((r) => setTimeout(r, 400));
    }
    return performance.getEntriesByName('congress-notebook:save').map((e) => e.duration);
  });
  st = stats(loads);
  console.log(`largest workspace: ${filled.congresses} congresses of 500 tasks, ${filled.chars} characters stored`);
  console.log(`  navigation → checklist rendered: median ${ms(st.median)}  min ${ms(st.min)}  max ${ms(st.max)}`);
  st = stats(bigSaves);
  console.log(`  save after a one-task change: median ${ms(st.median)}  min ${ms(st.min)}  max ${ms(st.max)}`);
  await page.evaluate(() => sessionStorage.setItem('bench-target', '0'));

  // 3. Import of a 2 MB unit file.
  const { readFile } = await import('node:fs/promises');
  const unit = JSON.parse(await readFile(join(here, '..', '..', 'fixtures', 'import', 'ok-unit.json'), 'utf8'));
  const template = unit.data.congress.tasks;
  const tasks = [];
  let size = 0;
  for (let i = 0; size < 2 * 1024 * 1024; i++) {
    const t = { ...template[i % template.length], id: `bench-task-${i}`, notes: `Ghi chú ${i}: ${'Đại hội công đoàn cơ sở nhiệm kỳ mới. '.repeat(8)}` };
    tasks.push(t);
    size += JSON.stringify(t).length * 1.1;
  }
  unit.data.congress.tasks = tasks;
  // Trim to 2 MB as the app writes it (pretty-printed).
  const target = 2 * 1024 * 1024;
  tasks.length = Math.floor(tasks.length * target / Buffer.byteLength(JSON.stringify(unit, null, 2)));
  const text = JSON.stringify(unit, null, 2);
  const bytes = Buffer.from(text, 'utf8');
  await page.goto(base);
  await page.evaluate(() => localStorage.clear());
  const importRuns = Number(process.env.BENCH_IMPORT_RUNS ?? 7);
  // The first import of a fresh page starts the checker (fetches and compiles its worker) and
  // fetches the preview's chunk: reported apart. The next ones find both running, as every
  // file after the first does.
  const toPreview = [];
  let cold;
  await page.goto(base);
  await page.evaluate(() => {
    document.getElementById('import-file').addEventListener('change', () => { window.__importStart = performance.now(); }, { capture: true });
  });
  for (let i = 0; i < importRuns + 1; i++) {
    await page.evaluate(() => {
      window.__importStart = undefined;
      window.__previewAt = undefined;
      new MutationObserver((_, o) => {
        if (document.querySelector('.import-preview')) { window.__previewAt = performance.now(); o.disconnect(); }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByLabel('Chọn tệp (.json)').setInputFiles({ name: 'lon.json', mimeType: 'application/json', buffer: bytes });
    await page.waitForFunction(() => window.__previewAt !== undefined);
    const t = await page.evaluate(() => window.__previewAt - window.__importStart);
    if (i === 0) cold = t; else toPreview.push(t);
    await page.locator('.import-preview').getByRole('button', { name: 'Quay lại' }).click();
    await page.locator('.import-preview').waitFor({ state: 'detached' });
  }
  const parse = await page.evaluate(async ({ text, runs }) => {
    const raw = new TextEncoder().encode(text);
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      times.push(performance.now() - t0);
    }
    return times;
  }, { text, runs: importRuns });
  const a = stats(toPreview);
  const b = stats(parse);
  console.log(`import: a ${(bytes.length / 1048576).toFixed(1)} MB unit file (${tasks.length} tasks), ${importRuns} runs`);
  console.log(`  first import of the page (checker and preview code fetched, started): ${ms(cold)}`);
  console.log(`  file chosen → preview shown, checker running: median ${ms(a.median)}  min ${ms(a.min)}  max ${ms(a.max)}`);
  console.log(`  JSON.parse of the same bytes: median ${ms(b.median)}  min ${ms(b.min)}  max ${ms(b.max)}`);
  console.log(`  ratio: ${(a.median / b.median).toFixed(1)}× (goal under 3×)`);

  // 5. A 250 KB draft: the term report with its sections filled to 250,000 characters.
  await seed(23);
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByRole('button', { name: 'Tạo từ dàn ý' }).click();
  await page.locator('.section-body').first().waitFor();
  const draft = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/draft/'));
    const stored = JSON.parse(localStorage.getItem(key));
    const sentence = 'Ban Chấp hành công đoàn đã lãnh đạo, chỉ đạo thực hiện các nhiệm vụ trọng tâm của nhiệm kỳ với nhiều kết quả rõ nét. ';
    const sections = stored.draft.sections;
    const per = Math.ceil(250_000 / sections.length);
    for (const s of sections) {
      const lines = [];
      let n = 0;
      while (n < per) { const line = sentence.repeat(6).trim(); lines.push(line); n += line.length + 1; }
      s.body = lines.join('\n');
    }
    localStorage.setItem(key, JSON.stringify(stored));
    return { chars: sections.reduce((n, s) => n + s.body.length, 0), sections: sections.length };
  });
  await page.reload();
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  const area = page.locator('.section-body').nth(2);
  await area.waitFor();
  await area.click();
  await page.keyboard.press('End');
  // Types `keys` keys into the section, and returns each key's time to the next paint, its
  // own work, and the saves that followed.
  const typeKeys = async (keys) => {
    await page.evaluate(() => {
      window.__keys = [];
      window.__work = [];
      if (!window.__listening) {
        window.__listening = true;
        document.addEventListener('keydown', () => {
          const t0 = performance.now();
          // The key's own task (the app's input handler included) is done when a 0 ms timer runs.
          setTimeout(() => window.__work.push(performance.now() - t0), 0);
          requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
        }, true);
      }
      performance.clearMeasures('congress-notebook:draft-save');
    });
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(i % 6 === 5 ? 'Space' : 'a');
      await page.waitForTimeout(i % 10 === 9 ? 400 : 30);
    }
    await page.waitForTimeout(500);
    return page.evaluate(() => ({
      keys: window.__keys,
      work: window.__work,
      saves: performance.getEntriesByName('congress-notebook:draft-save').map((e) => e.duration),
    }));
  };
  const keys = Number(process.env.BENCH_KEYS ?? 60);
  const typed = await typeKeys(keys);
  const slowTyped = await throttled(() => typeKeys(keys));
  // The yardstick: the browser's own editing of the same text, in a copy of the text area
  // that no app code listens to.
  await page.evaluate(() => {
    const source = document.querySelectorAll('.section-body')[2];
    const plain = source.cloneNode(false);
    plain.id = 'bench-plain';
    plain.value = source.value;
    source.after(plain);
  });
  await page.locator('#bench-plain').click();
  await page.keyboard.press('End');
  const plainTyped = await typeKeys(keys);
  await page.evaluate(() => document.getElementById('bench-plain').remove());
  st = stats(typed.keys);
  console.log(`draft typing: a ${(draft.chars / 1000).toFixed(0)} KB draft in ${draft.sections} sections, key press → next paint, ${typed.keys.length} keys`);
  console.log(`  median ${ms(st.median)}  min ${ms(st.min)}  p90 ${ms(st.p90)}  max ${ms(st.max)}  (target under 16 ms)`);
  st = stats(typed.work);
  console.log(`  of which the key's own work (input handled, word counts updated): median ${ms(st.median)}  p90 ${ms(st.p90)}  max ${ms(st.max)}`);
  st = stats(plainTyped.keys);
  console.log(`  the same keys in a plain copy of the text area, no app code (the browser's own editing): median ${ms(st.median)}  p90 ${ms(st.p90)}`);
  st = stats(slowTyped.keys);
  console.log(`  with the CPU slowed 4× (Lighthouse's phone): median ${ms(st.median)}  min ${ms(st.min)}  p90 ${ms(st.p90)}  max ${ms(st.max)}`);
  st = stats(typed.saves);
  console.log(`draft save: serialise and write that draft only (300 ms after the last key), ${typed.saves.length} saves`);
  console.log(`  median ${ms(st.median)}  min ${ms(st.min)}  max ${ms(st.max)}`);
  await page.evaluate(() => performance.clearMeasures('congress-notebook:docx'));
  const exportsN = Number(process.env.BENCH_EXPORTS ?? 10);
  for (let i = 0; i < exportsN; i++) {
    await page.getByRole('button', { name: 'Xuất file Word (.docx)' }).click();
    await page.waitForTimeout(100);
  }
  const exported = await page.evaluate(() => performance.getEntriesByName('congress-notebook:docx').map((e) => e.duration));
  st = stats(exported);
  console.log(`docx export: the same draft laid out, written and zipped, ${exported.length} exports`);
  console.log(`  median ${ms(st.median)}  min ${ms(st.min)}  max ${ms(st.max)}`);

  // 6. The documents screen, opened the first time in a fresh context.
  const opens = [];
  const openRuns = Number(process.env.BENCH_OPENS ?? 10);
  for (let i = 0; i < openRuns; i++) {
    const fresh = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', viewport: { width: 1280, height: 800 } });
    const p = await fresh.newPage();
    await p.goto(base);
    await createCongress(p);
    opens.push(await p.evaluate(() => new Promise((done) => {
      const start = performance.now();
      const seen = new MutationObserver(() => {
        if (document.querySelector('section.documents')) {
          seen.disconnect();
          requestAnimationFrame(() => done(performance.now() - start));
        }
      });
      seen.observe(document.body, { childList: true, subtree: true });
      [...document.querySelectorAll('button.tab')].find((b) => b.textContent === 'Văn kiện').click();
    })));
    await fresh.close();
  }
  st = stats(opens);
  console.log(`documents screen, first open: click → rendered, its chunk fetched from 127.0.0.1, ${opens.length} fresh contexts`);
  console.log(`  median ${ms(st.median)}  min ${ms(st.min)}  p90 ${ms(st.p90)}  max ${ms(st.max)}`);

  }

  // 7. The congress day: 300 ballots for 55 seats (70 names on the list), entered from the
  // keyboard: each key → next paint (sampled over the first ballots' digits), each Enter (the
  // ballot read, judged, saved, the totals redrawn) → next paint, with the CPU slowed 4× too;
  // then the totals made the count: click → result table drawn.
  if (!only || only.includes('7')) {
    await page.goto(base);
    await page.evaluate(() => localStorage.clear());
    await page.goto(base);
    await createCongress(page);
    await page.evaluate(() => {
      const manifest = JSON.parse(localStorage.getItem('congress-notebook/manifest'));
      const given = ['An', 'Anh', 'Ánh', 'Bình', 'Cúc', 'Dũng', 'Đức', 'Hà', 'Hạnh', 'Lan', 'Minh', 'Ơn', 'Ưng', 'Yến'];
      const people = Array.from({ length: 70 }, (_, i) => ({ id: `p${i}`, family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng'][i % 5], middle: 'Thị', given: given[i % given.length], gender: 'female', born: String(1960 + i) }));
      const day = { congress: { summoned: 320, present: 310 }, first_meeting: {}, people, elections: [{ id: 'bch', body: 'executive', round: 1, seats: 55, base: 'collected', candidates: people.map((p) => p.id) }] };
      localStorage.setItem(`congress-notebook/congress-day/${manifest.active}`, JSON.stringify({ schema: 1, day }));
    });
    await page.getByRole('button', { name: 'Bầu cử', exact: true }).click();
    await page.locator('details.ballot-entry summary').click();
    const field = page.locator('.ballot-form input');
    await field.waitFor();
    // For each key: the app's work (keydown → the app's handler of the input or submit it
    // causes done: Leptos listens on window, and a window listener added after it runs after
    // it), the frame's work (animation frame → painted), and keydown → painted, which also
    // holds the wait for the next frame (up to 16.7 ms whatever the work).
    const listen = () => page.evaluate(() => {
      window.__keys = [];
      window.__enters = [];
      if (!window.__ballotListening) {
        window.__ballotListening = true;
        let current = null;
        const handled = () => { if (current && !current.handler) current.handler = performance.now() - current.t0; };
        window.addEventListener('input', handled);
        window.addEventListener('submit', handled);
        document.addEventListener('keydown', (ev) => {
          const sample = { t0: performance.now(), handler: 0, frame: 0, painted: 0 };
          current = sample;
          (ev.key === 'Enter' ? window.__enters : window.__keys).push(sample);
          requestAnimationFrame(() => {
            const t1 = performance.now();
            setTimeout(() => { sample.frame = performance.now() - t1; sample.painted = performance.now() - sample.t0; }, 0);
          });
        }, true);
      }
    });
    // Ballot i strikes 15 of the 70 names (so it keeps 55), a different set each time.
    const ballot = (i) => Array.from({ length: 15 }, (_, k) => 1 + ((i * 7 + k * 4) % 70)).join(' ');
    const enter = async (from, to, typeKeys) => {
      for (let i = from; i < to; i++) {
        if (typeKeys) await field.pressSequentially(ballot(i), { delay: 30 });
        else await field.fill(ballot(i));
        await field.press('Enter');
        await page.waitForTimeout(20);
      }
      await page.waitForTimeout(100);
      return page.evaluate(() => ({ keys: window.__keys, enters: window.__enters }));
    };
    await listen();
    const typedKeys = await enter(0, 10, true);
    await listen();
    const rest = await enter(10, 280, false);
    await listen();
    const slow = await throttled(() => enter(280, 300, false));
    const enters = [...typedKeys.enters, ...rest.enters];
    await page.getByText('Đã nhập 300 phiếu: 300 hợp lệ, 0 không hợp lệ.').waitFor();
    await page.locator('details.ballot-entry').getByLabel('Số phiếu phát ra').fill('310');
    const counted = await page.evaluate(() => new Promise((done) => {
      const start = performance.now();
      const seen = new MutationObserver(() => {
        if (document.querySelectorAll('.result-table tbody tr').length === 70) {
          seen.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
        }
      });
      seen.observe(document.body, { childList: true, subtree: true });
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Dùng kết quả này làm kết quả kiểm phiếu').click();
    }));
    const stored = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('congress-notebook/congress-day/'))[1].length);
    const line = (what, samples) => {
      const work = stats(samples.map((x) => x.handler + x.frame));
      const painted = stats(samples.map((x) => x.painted));
      const handler = stats(samples.map((x) => x.handler));
      console.log(`  ${what}, ${samples.length}: work (handler + frame) median ${ms(work.median)}  p90 ${ms(work.p90)}  max ${ms(work.max)} (handler alone median ${ms(handler.median)}, p90 ${ms(handler.p90)}); to the next paint median ${ms(painted.median)}  p90 ${ms(painted.p90)}  max ${ms(painted.max)}`);
    };
    console.log(`ballot entry: 300 ballots for 55 seats, 70 names (${stored} characters stored at the end); target: work under 16 ms`);
    line('a digit or space typed', typedKeys.keys);
    line('Enter (ballot read, judged, saved, totals redrawn)', enters);
    line('Enter with the CPU slowed 4× (the last 20)', slow.enters);
    console.log(`  totals made the count → result of 70 names drawn: ${ms(counted)}`);
  }

  // 8. The upper union's desk: a batch of unit files of about 20 KB each, selection → table
  // rendered, beside JSON.parse of the same files in the same page.
  const { unitFile } = await import('../unit-files.mjs');
  const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  if (!only || only.includes('8'))
  for (const count of (process.env.BENCH_DESK ?? '1000,5000').split(',').map(Number)) {
    const dir = await mkdtemp(join(tmpdir(), 'desk-'));
    const paths = [];
    let total = 0;
    for (let i = 0; i < count; i++) {
      const text = unitFile({ n: i + 1, name: `Công đoàn đơn vị số ${i + 1}`, tasks: 24, done: i % 24, exportedAt: `2026-11-${String(1 + (i % 20)).padStart(2, '0')}T02:00:00Z` });
      total += Buffer.byteLength(text);
      const path = join(dir, `donvi-${i + 1}.json`);
      await writeFile(path, text);
      paths.push(path);
    }
    const deskRuns = count > 1000 ? 1 : Number(process.env.BENCH_DESK_RUNS ?? 3);
    const loads = [];
    const parses = [];
    for (let r = 0; r < deskRuns; r++) {
      const fresh = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', viewport: { width: 1280, height: 800 } });
      const p = await fresh.newPage();
      await p.goto(base);
      await p.getByRole('button', { name: 'Cấp trên: theo dõi các đơn vị' }).click();
      await p.locator('#desk-files').waitFor();
      await p.evaluate((count) => {
        document.getElementById('desk-files').addEventListener('change', () => { window.__deskStart = performance.now(); }, { capture: true });
        window.__deskDone = new Promise((done) => {
          const seen = new MutationObserver(() => {
            if (document.querySelector('.desk-count')?.textContent === `${count} đơn vị`) {
              seen.disconnect();
              requestAnimationFrame(() => done(performance.now() - window.__deskStart));
            }
          });
          seen.observe(document.body, { childList: true, subtree: true, characterData: true });
        });
      }, count);
      await p.locator('#desk-files').setInputFiles(paths);
      loads.push(await p.evaluate(() => window.__deskDone));
      // The same files read and parsed by the page itself, one after another.
      await p.evaluate(() => {
        const input = Object.assign(document.createElement('input'), { type: 'file', multiple: true, id: 'bench-files', hidden: true });
        document.body.append(input);
      });
      await p.locator('#bench-files').setInputFiles(paths);
      parses.push(await p.evaluate(async () => {
        const files = [...document.getElementById('bench-files').files];
        const t0 = performance.now();
        for (const f of files) JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await f.arrayBuffer()));
        return performance.now() - t0;
      }));
      await fresh.close();
    }
    await rm(dir, { recursive: true });
    const a = stats(loads);
    const b = stats(parses);
    console.log(`desk: ${count} unit files of ${(total / count / 1024).toFixed(1)} KB (${(total / 1048576).toFixed(1)} MB), selection → table rendered, ${deskRuns} runs`);
    console.log(`  median ${ms(a.median)}  min ${ms(a.min)}  max ${ms(a.max)}${count === 1000 ? '  (target under 2 s)' : ''}`);
    console.log(`  the page reading and JSON.parse of the same files: median ${ms(b.median)}`);
    console.log(`  ratio: ${(a.median / b.median).toFixed(1)}× (aim 3×)`);
  }
} finally {
  await browser.close();
  server.kill();
}
