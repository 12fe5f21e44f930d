// Issue 14, part 4: Vietnamese by default, English on the header's switch, remembered across
// reloads (index.html then loads the English build). Every screen is walked in each language,
// at desktop width and at 360 px (the two projects): axe-core finds no violation, and no word
// of the other language stands outside content marked with its own `lang` (documents, task
// titles and the user's text stay Vietnamese, marked lang="vi", on English screens). The words
// of each language are read from its one module, src/i18n/vi.rs and src/i18n/en.rs (strings.mjs).
import { test, expect } from './fixtures.mjs';
import { unitFile, asFile } from './unit-files.mjs';
import { violations } from './a11y.mjs';
import { language, taskTitle } from './strings.mjs';

const VI = language('vi');
const EN = language('en');
// English words, as the English module uses them and the Vietnamese one never does (leaves
// out "Excel", "CSV", "Zalo", "Word"…).
const ENGLISH_ONLY = new Set([...EN.words].filter((w) => w.length > 2 && /^[a-z]+$/.test(w) && !VI.words.has(w)));
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** Words of the other language on the page, outside content marked with a `lang` of its own: text, and the names and hints controls are given. A word quoted from content (a task
 * title inside "Edit task: …") is allowed when it appears in that content. */
async function foreignWords(page, code, what) {
  const found = await page.evaluate(({ code, englishOnly, letter }) => {
    // Content is marked with its language inside the page (lang="vi" on an English screen, the
    // switch's "English" on a Vietnamese one): its words are not the interface's.
    const marked = (el) => el.closest('[lang]') !== document.documentElement;
    const isForeign = code === 'en'
      ? (w) => new RegExp(letter, 'i').test(w)
      : (w) => englishOnly.includes(w.toLowerCase());
    const content = new Set();
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style, noscript, .boot')) continue;
      const words = node.textContent.match(/\p{L}+/gu) ?? [];
      if (marked(el)) words.forEach((w) => content.add(w));
      else texts.push([el, words]);
    }
    for (const el of document.querySelectorAll('input, textarea')) (el.value.match(/\p{L}+/gu) ?? []).forEach((w) => content.add(w));
    for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (marked(el)) continue;
      for (const a of ['aria-label', 'placeholder', 'title', 'alt']) {
        const v = el.getAttribute(a);
        if (v) texts.push([el, v.match(/\p{L}+/gu) ?? []]);
      }
    }
    const out = new Set();
    for (const [el, words] of texts) {
      const bad = words.filter((w) => isForeign(w) && !content.has(w));
      if (bad.length) out.add(`${bad.join(' ')} (in <${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}>: “${(el.textContent || '').trim().slice(0, 60)}”)`);
    }
    return [...out];
  }, { code, englishOnly: [...ENGLISH_ONLY], letter: VIETNAMESE_LETTER.source });
  return found.map((f) => `${what} [${code}]: ${f}`);
}

/** Every screen, with data in it, checked in the page's language. */
async function walk(page, code) {
  const T = (code === 'en' ? EN : VI).strings;
  const found = [];
  const check = async (what) => {
    found.push(...await foreignWords(page, code, what));
    found.push(...(await violations(page, what)).map((v) => `${v} [${code}]`));
  };
  await expect(page.getByLabel(T.FIELD_UNIT_NAME)).toBeVisible();
  await check('creation form');
  await page.getByLabel(T.FIELD_UNIT_NAME).fill('Công đoàn Trường THCS Lê Lợi');
  await page.getByLabel(T.FIELD_UPPER_UNION).fill('Liên đoàn Lao động huyện Sa Pa');
  await page.getByLabel(T.FIELD_DATE).fill('15/01/2027');
  // A preset round: its name is the interface's (English on English screens).
  await page.locator('#create-round').selectOption('2025-2030');
  await page.getByRole('button', { name: T.CREATE_SUBMIT }).click();
  await page.getByRole('button', { name: T.DISMISS }).waitFor({ timeout: 3000 }).catch(() => {});
  await expect(page.locator('li.task').first()).toBeVisible();
  // Dates read dd/mm/yyyy in both languages.
  await expect(page.locator('main')).toContainText('15/01/2027');
  await check('checklist');
  const roundName = page.locator('.summary dd span').filter({ hasText: '2025' });
  await expect(roundName).toHaveAttribute('lang', code);
  await expect(roundName).toContainText(code === 'en' ? '2025–2030 term' : 'Nhiệm kỳ 2025–2030');
  // The search finds the words the screen shows (a built-in task's English on English screens).
  await page.getByLabel(T.SEARCH).fill(code === 'en' ? 'executive committee MEETS' : 'thong qua ke hoach');
  await expect(page.locator('li.task')).toHaveCount(1);
  await expect(page.locator('li.task label').first()).toHaveText(taskTitle(code, 'plan.adopt'));
  await page.getByLabel(T.SEARCH).fill('');
  await page.locator('li.task').first().locator('button.edit-task').click();
  await expect(page.getByLabel(T.TASK_ASSIGNEE)).toBeVisible();
  await check('checklist, a task being edited');
  await page.getByRole('button', { name: T.EDIT_CONGRESS }).click();
  await check('checklist, the congress being edited');

  await page.getByRole('button', { name: T.SCREEN_DOCUMENTS, exact: true }).click();
  await page.locator('#new-document-kind').selectOption('term_report');
  await page.getByRole('button', { name: T.NEW_DOCUMENT }).click();
  await expect(page.locator('.draft-editor, textarea').first()).toBeVisible();
  // The outline's name and its writing hints are the interface's; the document stays Vietnamese.
  const prompts = page.locator('.hint.prompt');
  expect(await prompts.count()).toBeGreaterThan(5);
  expect(new Set(await prompts.evaluateAll((ps) => ps.map((p) => p.lang)))).toEqual(new Set([code]));
  if (code === 'en') {
    expect((await prompts.allTextContents()).filter((t) => VIETNAMESE_LETTER.test(t))).toEqual([]);
    await expect(page.locator('input.section-heading').first()).toHaveValue(/PHẦN THỨ NHẤT/);
  }
  await check('documents, a draft open');

  await page.getByRole('button', { name: T.SCREEN_PERSONNEL, exact: true }).click();
  await page.locator('#plan-seats-executive').fill('1');
  const nominee = page.locator('form.add-nominee');
  await nominee.getByLabel(T.PERSON_FAMILY, { exact: true }).fill('Lê');
  await nominee.getByLabel(T.PERSON_GIVEN, { exact: true }).fill('Ánh');
  await nominee.getByRole('button', { name: T.NOMINEE_ADD }).click();
  await page.locator('.nominee-list > li summary').first().click();
  await check('personnel plan');

  await page.getByRole('button', { name: T.SCREEN_CONGRESS_DAY, exact: true }).click();
  const add = page.locator('form.add-election');
  await add.getByLabel(T.ELECTION_SEATS).fill('1');
  await add.getByRole('button', { name: T.ELECTION_ADD }).click();
  const count = page.locator('article.election').first().locator('form.count-form');
  for (const [label, n] of [[T.COUNT_ISSUED, 10], [T.COUNT_COLLECTED, 10], [T.COUNT_VALID, 10], [T.COUNT_INVALID, 0]]) await count.getByLabel(label, { exact: true }).fill(String(n));
  await count.locator('input[id*="-votes-"]').first().fill('9');
  await count.getByRole('button', { name: T.COUNT_SAVE }).click();
  await expect(page.locator('.result-table')).toBeVisible();
  await page.locator('details.ballot-entry summary').click();
  await check('congress day');

  await page.getByRole('button', { name: T.DESK_OPEN }).click();
  await expect(page.getByRole('heading', { name: T.DESK_TITLE })).toBeVisible();
  await check('upper union desk, empty');
  await page.getByLabel(T.DESK_PICK_FILES).setInputFiles([
    asFile('dong-hai.json', unitFile({ n: 1, name: 'Công đoàn Đông Hải', date: '2027-06-10' })),
    asFile('det-may.json', unitFile({ n: 2, name: 'Công đoàn Dệt may', date: '2026-11-10', held: true, done: 48 })),
    asFile('hong.json', '{"format": "congress-notebook", "vers'),
  ]);
  await expect(page.locator('.desk-table tbody tr, table tbody tr').first()).toBeVisible();
  await check('upper union desk, two units and a refused file');
  return found;
}

test('English on the switch, remembered; every screen in each language has none of the other\'s words and no axe violation', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  expect(await walk(page, 'vi')).toEqual([]);

  // The switch keeps what was typed and loads the English build.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: EN.strings.APP_NAME, level: 1 })).toBeVisible();
  // The English interface says that documents and the user's text stay Vietnamese.
  await expect(page.locator('.tagline')).toHaveText(EN.strings.APP_TAGLINE);
  expect(EN.strings.APP_TAGLINE).toContain('stay in Vietnamese');
  await expect(page.locator('li.task').first()).toBeVisible();
  await expect(page.getByText('Công đoàn Trường THCS Lê Lợi').first()).toBeVisible();
  // Remembered: a reload stays English.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: EN.strings.APP_NAME, level: 1 })).toBeVisible();

  // Walked from the start in English, on a fresh notebook.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k !== 'congress-notebook/language') localStorage.removeItem(k); });
  await page.reload();
  expect(await walk(page, 'en')).toEqual([]);

  // And back: Vietnamese, remembered.
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { name: VI.strings.APP_NAME, level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('a language choice the browser cannot store is refused, saying why, and nothing is written over', async ({ page }) => {
  await page.goto('./');
  // A value a newer version wrote: read as Vietnamese, never written over.
  await page.evaluate(() => localStorage.setItem('congress-notebook/language', 'fr'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('alert').filter({ hasText: VI.strings.LANGUAGE_NOT_SAVED })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('congress-notebook/language'))).toBe('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});
