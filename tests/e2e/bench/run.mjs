// In-browser benchmarks for `make bench`: figures are printed, never asserted.
// Uses the release build in dist/, served on 127.0.0.1, in the system Chromium with the clock
// fixed and Vietnam's time zone, like the end-to-end tests.
//
// 1. Navigation to the checklist rendered, for a congress of 200 tasks.
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
const ms = (x) => `${x.toFixed(1)} ms`;

const server = spawn('node', [join(here, '..', 'serve.mjs'), join(here, '..', '..', '..', 'dist'), String(port), '/so-tay/'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ok) => server.stdout.once('data', ok));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', locale: 'vi-VN', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);

  // Seed: create a congress through the form, then grow its checklist to 200 tasks by
  // copying its own tasks under new ids, so the stored format stays the app's own.
  await page.goto(base);
  await page.getByLabel('Tên công đoàn tổ chức đại hội').fill('Công đoàn Tổng công ty Điện lực (đo hiệu năng)');
  await page.getByLabel('Công đoàn cấp trên trực tiếp').fill('Công đoàn ngành');
  await page.getByLabel('Ngày đại hội (ngày/tháng/năm)').fill('15/01/2027');
  await page.getByRole('button', { name: 'Tạo danh sách việc cần làm' }).click();
  await page.locator('li.task').first().waitFor();
  const taskCount = await page.evaluate((target) => {
    const manifest = JSON.parse(localStorage.getItem('congress-notebook/manifest'));
    const key = `congress-notebook/congress/${manifest.active}`;
    const stored = JSON.parse(localStorage.getItem(key));
    const originals = stored.congress.tasks;
    const tasks = [];
    for (let i = 0; tasks.length < target; i++) {
      const t = originals[i % originals.length];
      tasks.push({ ...t, id: `bench-${i}`, title: `${t.title} (${i + 1})`, status: i % 3 === 0 ? 'done' : 'not_started', done_on: i % 3 === 0 ? '2026-11-01' : undefined });
    }
    stored.congress.tasks = tasks;
    localStorage.setItem(key, JSON.stringify(stored));
    return tasks.length;
  }, 200);

  // Record the moment the 200th task row appears, from the navigation's time origin.
  await page.addInitScript((target) => {
    const seen = () => document.querySelectorAll('li.task').length >= target;
    new MutationObserver((_, observer) => {
      if (seen()) {
        window.__renderedAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, taskCount);

  const samples = [];
  for (let i = 0; i < runs + 2; i++) {
    await page.goto(base);
    await page.waitForFunction(() => window.__renderedAt !== undefined);
    const t = await page.evaluate(() => window.__renderedAt);
    if (i >= 2) samples.push(t); // two warm-up loads
  }
  const s = stats(samples);
  console.log(`checklist-load: navigation → checklist rendered, ${taskCount} tasks, ${runs} runs`);
  console.log(`  median ${ms(s.median)}  min ${ms(s.min)}  p90 ${ms(s.p90)}  max ${ms(s.max)}`);
} finally {
  await browser.close();
  server.kill();
}
