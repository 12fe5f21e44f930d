// Draws the app's PNG icons (192 and 512 px, for the web app manifest and the iPhone's home
// screen) from assets/icon.svg, in the system Chromium. Run by hand when the drawing changes:
//   node tools/icons.mjs   (from the repository root, after tools/setup.sh)
// The PNGs are committed: a build never needs a browser to draw them.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('@playwright/test');
const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await page.screenshot({ path: new URL(`../assets/icon-${size}.png`, import.meta.url).pathname });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('assets/icon-192.png and assets/icon-512.png drawn');
