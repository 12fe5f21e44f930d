// Printing the checklist: A4 pages, screen-only controls left out. Runs in the desktop
// project only (see playwright.config.mjs): the printed page does not depend on the screen.
import { execFileSync } from 'node:child_process';
import { test, expect, createCongress } from './fixtures.mjs';

test('the checklist prints on A4 without the screen-only controls', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.filter-bar')).toBeHidden();
  await expect(page.locator('.agenda')).toBeHidden();
  await expect(page.locator('.edit-task').first()).toBeHidden();
  await expect(page.locator('li.task').first()).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = pdf.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  expect(box, 'the PDF has a page size').not.toBeNull();
  // A4 is 595.3 x 841.9 points; Chromium rounds to whole pixels at 96 dpi.
  expect(Math.abs(Number(box[1]) - 595.3)).toBeLessThan(1.5);
  expect(Math.abs(Number(box[2]) - 841.9)).toBeLessThan(1.5);
});

test('a draft prints alone, laid out as the .docx, numbered from page 2', async ({ page }, info) => {
  await page.goto('./');
  await createCongress(page, { date: '05/02/2027' });
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByLabel('Địa danh (nơi ký)').fill('Sa Pa');
  await page.getByRole('button', { name: 'Lưu thể thức' }).click();
  await page.getByRole('button', { name: 'Tạo từ dàn ý' }).click();
  const long = Array.from({ length: 40 }, (_, i) => `${i + 1}. Ban Chấp hành đã lãnh đạo thực hiện các nhiệm vụ trọng tâm với nhiều kết quả rõ nét, đoàn viên tích cực tham gia phong trào thi đua.`).join('\n');
  await page.getByRole('textbox', { name: 'II. Kết quả thực hiện các nhiệm vụ', exact: true }).fill(long);
  // The print button draws the print view with the text as it is now, then prints.
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByRole('button', { name: 'In văn bản' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-doc')).toBeVisible();
  await expect(page.locator('.draft-editor')).toBeHidden();
  await expect(page.locator('.screen-tabs')).toBeHidden();
  const path = info.outputPath('draft.pdf');
  await page.pdf({ path, preferCSSPageSize: true });
  const info_ = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const size = info_.match(/Page size:\s+([\d.]+) x ([\d.]+) pts/);
  expect(Math.abs(Number(size[1]) - 595.3)).toBeLessThan(1.5);
  expect(Math.abs(Number(size[2]) - 841.9)).toBeLessThan(1.5);
  const pages = Number(info_.match(/Pages:\s+(\d+)/)[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  const text = (n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'], { encoding: 'utf8' }).trim();
  const first = text(1);
  expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(first).toContain('Sa Pa, ngày 05 tháng 02 năm 2027');
  expect(first).toContain('BÁO CÁO');
  expect(first.split('\n')[0].trim()).not.toMatch(/^\d+$/);
  expect(text(2).split('\n')[0].trim()).toBe('2');
  expect(first).not.toContain('Việc cần làm');
});

test('an election prints its ballot list and ballots alone, in ballot-list order', async ({ page }, info) => {
  await page.goto('./');
  await createCongress(page);
  await page.getByRole('button', { name: 'Bầu cử', exact: true }).click();
  await page.locator('form.add-election').getByLabel('Số lượng cần bầu').fill('2');
  await page.getByRole('button', { name: 'Thêm cuộc bầu cử' }).click();
  const e = page.locator('article.election').first();
  await e.locator('details.add-candidate summary').click();
  for (const [family, middle, given, gender, born] of [['Nguyễn', 'Văn', 'Đức', 'Nam', '1975'], ['Lê', 'Thị', 'Ánh', 'Nữ', ''], ['Đặng', 'Thị', 'Anh', 'Nữ', '']]) {
    await e.getByLabel('Họ', { exact: true }).fill(family);
    await e.getByLabel('Tên đệm', { exact: true }).fill(middle);
    await e.getByLabel('Tên', { exact: true }).fill(given);
    await e.getByLabel('Giới tính').selectOption({ label: gender });
    await e.getByLabel('Năm sinh hoặc ngày sinh').fill(born);
    await e.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  }
  await page.evaluate(() => { window.print = () => {}; });
  await e.getByRole('button', { name: 'In danh sách và phiếu bầu' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-ballots')).toBeVisible();
  await expect(page.locator('section.elections')).toBeHidden();
  await expect(page.locator('.screen-tabs')).toBeHidden();
  const path = info.outputPath('ballots.pdf');
  await page.pdf({ path, preferCSSPageSize: true });
  const text = (n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'], { encoding: 'utf8' });
  const squeeze = (t) => t.replace(/\s+/g, ' ');
  const list = squeeze(text(1));
  expect(list).toContain('DANH SÁCH BẦU CỬ');
  expect(list).toContain('Công đoàn Trường THCS Lê Lợi');
  expect(list).toContain('Bầu Ban Chấp hành: 2 người');
  expect(list).toMatch(/1\. Bà Đặng Thị Anh 2\. Bà Lê Thị Ánh 3\. Ông Nguyễn Văn Đức \(1975\)/);
  expect(list).not.toContain('PHIẾU BẦU CỬ');
  const ballots = squeeze(text(2));
  expect(ballots.match(/PHIẾU BẦU CỬ/g)).toHaveLength(2);
  expect(ballots).toContain('gạch ngang họ tên người mình không bầu');
  expect(ballots).not.toContain('Nhập từng phiếu');
});
