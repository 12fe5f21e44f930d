// End-to-end tests against the release build in dist/, served on 127.0.0.1 under a sub-path
// (and from a host's root for offline.spec.mjs),
// in the system Chromium with the clock fixed (see fixtures.mjs) and Vietnam's time zone.
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  retries: 0,
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list']],
  outputDir: '../../target/e2e-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/so-tay/`,
    timezoneId: 'Asia/Ho_Chi_Minh',
    locale: 'vi-VN',
    acceptDownloads: true,
    // The service worker would serve files past the tests' routes: allowed in offline.spec.mjs
    // only, which tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
    { name: 'phone', testIgnore: /print\.spec\.mjs/, use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
  ],
  // The build under a sub-path (every test) and from the root of a host (offline.spec.mjs).
  webServer: [
    {
      command: `node serve.mjs ../../dist ${port} /so-tay/`,
      url: `http://127.0.0.1:${port}/so-tay/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node serve.mjs ../../dist ${port + 1} /`,
      url: `http://127.0.0.1:${port + 1}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
