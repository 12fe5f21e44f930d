// Document drafts: created from an outline, written section by section with autosave, kept in
// versions (compare, restore), moving their checklist task, exported to Word and checked there
// by python-docx and LibreOffice, the targets written once and shown in the report.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, expect, createCongress, fillStorage } from './fixtures.mjs';

const VIETNAMESE = 'Kiểm tra dấu: ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ <b>không phải HTML</b>';
const CHECKER = fileURLToPath(new URL('../docx/check_docx.py', import.meta.url));

async function openTermReport(page) {
  await page.goto('./');
  await createCongress(page, { date: '15/03/2027' });
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Báo cáo tổng kết nhiệm kỳ (báo cáo chính trị)' });
  await page.getByRole('button', { name: 'Tạo từ dàn ý' }).click();
  await expect(page.getByRole('heading', { name: /BÁO CÁO Tổng kết hoạt động/ })).toBeVisible();
}

const section = (page, heading) => page.getByRole('textbox', { name: heading, exact: true });

test('term report from its outline: type, reload inside the save delay, text intact', async ({ page }) => {
  await openTermReport(page);
  for (const heading of ['III. Hạn chế, khuyết điểm', 'IV. Nguyên nhân', 'V. Bài học kinh nghiệm', 'I. Dự báo tình hình', 'III. Các chỉ tiêu chủ yếu', 'IV. Nhiệm vụ và giải pháp']) {
    await expect(section(page, heading)).toBeVisible();
  }
  const box = section(page, 'I. Đặc điểm tình hình');
  await box.fill(`${VIETNAMESE}\n- Đoàn viên: 120 người`);
  await expect(page.locator('.save-state')).toHaveText('Đang lưu…');
  await expect(page.locator('.section-editor', { has: box }).locator('.word-count')).toHaveText('28 chữ');
  await expect(page.locator('.total-words')).toHaveText('Tổng cộng: 28 chữ');
  // Reload at once: the change waiting for the save delay is written as the page goes away.
  await page.reload();
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await expect(page.locator('.draft-row')).toContainText('Dự thảo · 28 chữ');
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(section(page, 'I. Đặc điểm tình hình')).toHaveValue(`${VIETNAMESE}\n- Đoàn viên: 120 người`);
  await expect(page.locator('.save-state')).toHaveText('Đã lưu');
  // The text is shown as text, never as markup.
  await expect(page.locator('.draft-editor b')).toHaveCount(0);
  await page.getByLabel('Trích yếu nội dung').fill('Tổng kết nhiệm kỳ (dự thảo lần 2)');
  await expect(page.getByRole('heading', { name: 'BÁO CÁO Tổng kết nhiệm kỳ (dự thảo lần 2)' })).toBeVisible();
  // The linked checklist task is now in progress.
  await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
  const task = page.locator('.task', { hasText: 'Dự thảo báo cáo tổng kết nhiệm kỳ' });
  await expect(task).toContainText('Đang làm');
});

test('versions: keep, change, compare, restore', async ({ page }) => {
  await openTermReport(page);
  const box = section(page, 'II. Kết quả thực hiện các nhiệm vụ');
  await box.fill('Đoạn một.\nĐoạn hai.');
  await page.getByLabel('Tên phiên bản').fill('Bản 1');
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await expect(page.getByText('Đã lưu phiên bản “Bản 1”.')).toBeVisible();
  await box.fill('Đoạn một.\nĐoạn hai đã sửa.');
  await page.getByRole('button', { name: 'So sánh với bản hiện tại' }).click();
  const comparison = page.locator('.comparison');
  await expect(comparison.locator('li.removed')).toHaveText('Bỏ: Đoạn hai.');
  await expect(comparison.locator('li.added')).toHaveText('Thêm: Đoạn hai đã sửa.');
  await expect(comparison.locator('li.same', { hasText: 'Đoạn một.' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Khôi phục bản này' }).click();
  await expect(page.getByText('Đã khôi phục phiên bản “Bản 1”.')).toBeVisible();
  await expect(section(page, 'II. Kết quả thực hiện các nhiệm vụ')).toHaveValue('Đoạn một.\nĐoạn hai.');
  // The text before the restore is kept as a version of its own.
  await expect(page.locator('.version-row')).toHaveCount(2);
  await expect(page.locator('.version-row').first()).toContainText('Trước khi khôi phục');
  await page.reload();
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(section(page, 'II. Kết quả thực hiện các nhiệm vụ')).toHaveValue('Đoạn một.\nĐoạn hai.');
  await expect(page.locator('.version-row')).toHaveCount(2);
});

test('final status keeps a version and finishes the linked task', async ({ page }) => {
  await openTermReport(page);
  await section(page, 'V. Bài học kinh nghiệm').fill('Đoàn kết.');
  await page.getByLabel('Tình trạng').selectOption({ label: 'Hoàn chỉnh' });
  await expect(page.locator('.version-row')).toHaveCount(1);
  await expect(page.locator('.version-row')).toContainText('Hoàn chỉnh');
  await expect(page.locator('.version-row')).toContainText('tự động');
  await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
  const task = page.locator('.task', { hasText: 'Dự thảo báo cáo tổng kết nhiệm kỳ' });
  await expect(task.getByRole('checkbox')).toBeChecked();
});

test('targets: refused when wrong, shown in the report when right', async ({ page }) => {
  await page.goto('./');
  await createCongress(page, { date: '15/03/2027' });
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByRole('button', { name: 'Thêm chỉ tiêu', exact: true }).click();
  await page.getByLabel('Nội dung chỉ tiêu').fill('Đoàn viên đạt lao động tiên tiến');
  await page.getByLabel('Giá trị').fill('120');
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(page.getByText('Tỷ lệ phải là một số từ 0 đến 100')).toBeVisible();
  await expect(page.locator('.target-row')).toHaveCount(0);
  await page.getByLabel('Giá trị').fill('95');
  await page.getByLabel('Từ mức này trở lên').check();
  await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(page.locator('.target-row')).toHaveText(/Đoàn viên đạt lao động tiên tiến: từ 95% trở lên \(hằng năm\)/);
  await page.getByLabel('Loại văn bản').selectOption({ label: 'Nghị quyết đại hội' });
  await page.getByRole('button', { name: 'Tạo từ dàn ý' }).click();
  await expect(page.locator('.section-targets')).toContainText('1. Đoàn viên đạt lao động tiên tiến: từ 95% trở lên (hằng năm)');
});

test('export to Word: the download opens in python-docx and LibreOffice', async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await createCongress(page, { date: '05/02/2027' });
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByLabel('Địa danh (nơi ký)').fill('Sa Pa');
  await page.getByRole('button', { name: 'Lưu thể thức' }).click();
  await expect(page.getByText('Đã lưu thể thức.')).toBeVisible();
  await page.getByRole('button', { name: 'Tạo từ dàn ý' }).click();
  await page.getByLabel('Số văn bản').fill('12');
  await section(page, 'I. Đặc điểm tình hình').fill(VIETNAMESE);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất file Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-tong-ket-hoat-dong-cong-doan-nhiem-ky-.*\.docx$/);
  const path = info.outputPath('report.docx');
  await download.saveAs(path);
  const expectations = info.outputPath('report.json');
  await writeFile(expectations, JSON.stringify({
    issuer: ['LIÊN ĐOÀN LAO ĐỘNG HUYỆN SA PA', 'BCH CÔNG ĐOÀN TRƯỜNG THCS LÊ LỢI', 'Số: 12/BC-CĐCS'],
    place_date: 'Sa Pa, ngày 05 tháng 02 năm 2027',
    heading: 'BÁO CÁO',
    title: 'Tổng kết hoạt động công đoàn nhiệm kỳ 2022–2027, phương hướng, nhiệm vụ nhiệm kỳ 2027–2032',
    texts: [VIETNAMESE],
    min_pages: 1,
  }));
  const out = execFileSync(process.env.PYTHON ?? 'python3', [CHECKER, path, expectations], { encoding: 'utf8' });
  expect(out).toContain('ok ');
});

test('delete a draft and undo', async ({ page }) => {
  await openTermReport(page);
  await section(page, 'IV. Nguyên nhân').fill('Khách quan.');
  await page.getByRole('button', { name: '← Danh sách văn kiện' }).click();
  await page.getByRole('button', { name: 'Xoá văn kiện' }).click();
  await page.getByRole('button', { name: 'Xoá hẳn' }).click();
  await expect(page.locator('.draft-row')).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('congress-notebook/draft/')));
  expect(keys).toEqual([]);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.locator('.draft-row')).toHaveCount(1);
  await page.reload();
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(section(page, 'IV. Nguyên nhân')).toHaveValue('Khách quan.');
});

test('drafts travel in the backup and the unit file; a replaced draft is kept as a version', async ({ page }) => {
  await openTermReport(page);
  await section(page, 'IV. Nguyên nhân').fill('Bản trong sao lưu.');
  await page.getByLabel('Tên phiên bản').fill('Bản 1');
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await page.getByRole('button', { name: 'Việc cần làm', exact: true }).click();
  const [unit] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp gửi cấp trên (.json)' }).click()]);
  const unitJson = JSON.parse(await readFile(await unit.path(), 'utf8'));
  expect(unitJson.data.drafts).toHaveLength(1);
  expect(unitJson.data.drafts[0].sections.find((s) => s.heading === 'IV. Nguyên nhân').body).toBe('Bản trong sao lưu.');
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sao lưu mọi sổ tay (.json)' }).click()]);
  const backupJson = JSON.parse(await readFile(await backup.path(), 'utf8'));
  expect(backupJson.data.drafts).toHaveLength(1);
  expect(backupJson.data.versions[0].versions.map((v) => v.name)).toEqual(['Bản 1']);

  // Change the draft here, then take the unit file back in: the file's text replaces it and
  // this browser's text is kept as a version. (The editor is still open on this screen.)
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await section(page, 'IV. Nguyên nhân').fill('Sửa sau khi gửi.');
  await page.getByRole('button', { name: '← Danh sách văn kiện' }).click();
  await page.getByLabel('Chọn tệp (.json)').setInputFiles(await unit.path());
  await expect(page.getByRole('region', { name: 'Xem trước tệp nhập' })).toContainText('1 văn kiện');
  await page.getByRole('button', { name: /Thay thế sổ tay cùng mã/ }).click();
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(section(page, 'IV. Nguyên nhân')).toHaveValue('Bản trong sao lưu.');
  await expect(page.locator('.version-row').first()).toContainText('Trước khi nhập tệp');
  await page.getByRole('button', { name: 'So sánh với bản hiện tại' }).first().click();
  await expect(page.locator('.comparison li.removed')).toHaveText('Bỏ: Sửa sau khi gửi.');

  // Everything gone, then the backup brings the draft and its versions back.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Chọn tệp (.json)').setInputFiles(await backup.path());
  await page.getByRole('button', { name: 'Thêm thành sổ tay mới' }).click();
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(section(page, 'IV. Nguyên nhân')).toHaveValue('Bản trong sao lưu.');
  await expect(page.locator('.version-row')).toHaveCount(1);
  await expect(page.locator('.version-row')).toContainText('Bản 1');
});

test('two tabs: a draft follows the other tab, and a conflicting save waits for the user', async ({ page, context }) => {
  await openTermReport(page);
  await section(page, 'IV. Nguyên nhân').fill('Từ thẻ một.');
  await expect(page.locator('.save-state')).toHaveText('Đã lưu');
  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-11-22T09:00:00+07:00'));
  await other.goto('./');
  await other.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await other.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(section(other, 'IV. Nguyên nhân')).toHaveValue('Từ thẻ một.');
  // The second tab writes; the first, with nothing of its own waiting, shows it.
  await section(other, 'IV. Nguyên nhân').fill('Từ thẻ hai.');
  await expect(other.locator('.save-state')).toHaveText('Đã lưu');
  await expect(section(page, 'IV. Nguyên nhân')).toHaveValue('Từ thẻ hai.');

  // Written behind the first tab's back (no storage event reaches it): its next save is
  // refused and nothing is overwritten until the user chooses.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/draft/'));
    const stored = JSON.parse(localStorage.getItem(key));
    stored.draft.sections.find((s) => s.heading === 'V. Bài học kinh nghiệm').body = 'Viết ở nơi khác.';
    localStorage.setItem(key, JSON.stringify(stored));
  });
  await section(page, 'IV. Nguyên nhân').fill('Thẻ một sửa tiếp.');
  await expect(page.getByText('thay đổi vừa rồi ở đây CHƯA được lưu')).toBeVisible();
  // The bodies of "IV. Nguyên nhân" and "V. Bài học kinh nghiệm" as stored.
  const stored = () => page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/draft/'));
    const sections = JSON.parse(localStorage.getItem(key)).draft.sections;
    return ['IV. Nguyên nhân', 'V. Bài học kinh nghiệm'].map((h) => sections.find((s) => s.heading === h).body);
  });
  expect(await stored()).toEqual(['Từ thẻ hai.', 'Viết ở nơi khác.']);
  await page.getByRole('button', { name: 'Giữ bản ở thẻ này' }).click();
  await expect(page.getByText('thay đổi vừa rồi ở đây CHƯA được lưu')).toHaveCount(0);
  expect(await stored()).toEqual(['Thẻ một sửa tiếp.', '']);
});

test('a conflicting draft save: take the other tab\'s text', async ({ page }) => {
  await openTermReport(page);
  await section(page, 'IV. Nguyên nhân').fill('Của thẻ này.');
  await expect(page.locator('.save-state')).toHaveText('Đã lưu');
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/draft/'));
    const stored = JSON.parse(localStorage.getItem(key));
    stored.draft.sections.find((s) => s.heading === 'IV. Nguyên nhân').body = 'Của thẻ kia.';
    localStorage.setItem(key, JSON.stringify(stored));
  });
  await section(page, 'IV. Nguyên nhân').fill('Của thẻ này, sửa tiếp.');
  await expect(page.locator('.save-state')).toHaveText('Chưa lưu được');
  await page.getByRole('button', { name: 'Dùng bản ở thẻ kia' }).click();
  await expect(section(page, 'IV. Nguyên nhân')).toHaveValue('Của thẻ kia.');
  await expect(page.locator('.save-state')).toHaveText('Đã lưu');
});

test('a full storage while typing a draft: told at once, the text stays, the backup has it', async ({ page }) => {
  await openTermReport(page);
  await section(page, 'IV. Nguyên nhân').fill('Đã lưu trước.');
  await expect(page.locator('.save-state')).toHaveText('Đã lưu');
  const storedDraft = () => page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/draft/'));
    return localStorage.getItem(key);
  });
  const before = await storedDraft();
  await fillStorage(page);
  await section(page, 'IV. Nguyên nhân').fill('Viết thêm khi bộ nhớ đã đầy.');
  await expect(page.getByText('Bộ nhớ trình duyệt đã đầy: thay đổi vừa rồi CHƯA được lưu')).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('Chưa lưu được');
  await expect(section(page, 'IV. Nguyên nhân')).toHaveValue('Viết thêm khi bộ nhớ đã đầy.');
  expect(await storedDraft()).toBe(before);
  const [backup] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.banner.error').getByRole('button', { name: 'Sao lưu ngay' }).click(),
  ]);
  const json = JSON.parse(await readFile(await backup.path(), 'utf8'));
  expect(json.data.drafts[0].sections.find((s) => s.heading === 'IV. Nguyên nhân').body).toBe('Viết thêm khi bộ nhớ đã đầy.');
});

test('deleting a congress takes its drafts; undo brings them back with their versions', async ({ page }) => {
  await openTermReport(page);
  await section(page, 'IV. Nguyên nhân').fill('Giữ lại sau khi hoàn tác.');
  await page.getByLabel('Tên phiên bản').fill('Bản 1');
  await page.getByRole('button', { name: 'Lưu phiên bản' }).click();
  await page.getByRole('button', { name: 'Xoá sổ tay này…' }).click();
  await page.getByRole('button', { name: 'Xoá sổ tay', exact: true }).click();
  const draftKeys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => /^congress-notebook\/(draft|versions)\//.test(k)).length);
  expect(await draftKeys()).toBe(0);
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  expect(await draftKeys()).toBe(2);
  await page.reload();
  await page.getByRole('button', { name: 'Văn kiện', exact: true }).click();
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(section(page, 'IV. Nguyên nhân')).toHaveValue('Giữ lại sau khi hoàn tác.');
  await expect(page.locator('.version-row')).toContainText('Bản 1');
});

test('drafts are read when first needed: a backup and a unit file taken before the documents screen opens carry them, and an unreadable one is told then', async ({ page }) => {
  await openTermReport(page);
  await section(page, 'IV. Nguyên nhân').fill('Viết trước khi tải lại.');
  await expect(page.locator('.save-state')).toHaveText('Đã lưu');
  await page.evaluate(() => {
    // A second draft key that cannot be read (cut off mid-write by an old version, say).
    const key = Object.keys(localStorage).find((k) => k.startsWith('congress-notebook/draft/'));
    localStorage.setItem(`${key}-hong`, '{"schema_version":1,"draft":');
  });
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  // Opening reads no draft: nothing is reported yet, and nothing is copied aside.
  await expect(page.getByRole('region', { name: 'Dữ liệu trong trình duyệt' })).toHaveCount(0);
  const copies = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/quarantine/')).length);
  expect(await copies()).toBe(0);

  // The backup reads them: the draft's text is in it, and the unreadable one is now kept aside and shown.
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sao lưu mọi sổ tay (.json)' }).click()]);
  const json = JSON.parse(await readFile(await backup.path(), 'utf8'));
  expect(json.data.drafts).toHaveLength(1);
  expect(json.data.drafts[0].sections.find((s) => s.heading === 'IV. Nguyên nhân').body).toBe('Viết trước khi tải lại.');
  await expect.poll(copies).toBe(1);
  await expect(page.getByRole('region', { name: 'Dữ liệu trong trình duyệt' })).toBeVisible();

  // A unit file with drafts carries it too.
  await page.reload();
  const [unit] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tệp gửi cấp trên (.json)' }).click()]);
  expect(JSON.parse(await readFile(await unit.path(), 'utf8')).data.drafts).toHaveLength(1);
});

test('a backup whose code cannot be fetched is told in Vietnamese and touches nothing', async ({ page }) => {
  await page.route('**/split_safety-*.wasm', (route) => route.abort());
  await page.goto('./');
  await createCongress(page);
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await page.getByRole('button', { name: 'Sao lưu mọi sổ tay (.json)' }).click();
  await expect(page.locator('section.export .field-error')).toContainText('Chưa tạo được tệp');
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before);
  // Once the code can be fetched, the same button works.
  await page.unroute('**/split_safety-*.wasm');
  const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sao lưu mọi sổ tay (.json)' }).click()]);
  expect(JSON.parse(await readFile(await backup.path(), 'utf8')).data.congresses).toHaveLength(1);
  await expect(page.locator('section.export .field-error')).toHaveCount(0);
});
