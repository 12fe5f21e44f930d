// The congress day (issue 13): the quorum at the congress, an election whose ballot list sorts
// as the browser's Vietnamese collator does, a count refused when it cannot be true (storage
// unchanged), a tie at the last seat flagged and settled by a further round, all kept across a
// reload; a second tab's stale save refused; a stored record that cannot be read never
// written over.
import { test, expect, createCongress, openTab } from './fixtures.mjs';

const DAY_PREFIX = 'congress-notebook/congress-day/';
const storedDay = (page) => page.evaluate((prefix) => {
  const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
  return key ? localStorage.getItem(key) : null;
}, DAY_PREFIX);

async function openDay(page) {
  await page.getByRole('button', { name: 'Bầu cử', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ngày đại hội: điểm danh và bầu cử' })).toBeVisible();
}

async function addElection(page, { body, seats }) {
  const form = page.locator('form.add-election');
  if (body) await form.getByLabel('Bầu', { exact: true }).selectOption({ label: body });
  await form.getByLabel('Số lượng cần bầu').fill(String(seats));
  await form.getByRole('button', { name: 'Thêm cuộc bầu cử' }).click();
}

async function addCandidate(election, { family, middle = '', given, gender = 'Nữ', born = '' }) {
  const details = election.locator('details.add-candidate');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  await details.getByLabel('Họ', { exact: true }).fill(family);
  await details.getByLabel('Tên đệm', { exact: true }).fill(middle);
  await details.getByLabel('Tên', { exact: true }).fill(given);
  await details.getByLabel('Giới tính').selectOption({ label: gender });
  await details.getByLabel('Năm sinh hoặc ngày sinh').fill(born);
  await details.getByRole('button', { name: 'Thêm vào danh sách' }).click();
}

async function enterCount(election, { issued, collected, valid, invalid, votes }) {
  const form = election.locator('form.count-form');
  await form.getByLabel('Số phiếu phát ra').fill(String(issued));
  await form.getByLabel('Số phiếu thu về').fill(String(collected));
  await form.getByLabel('Số phiếu hợp lệ').fill(String(valid));
  await form.getByLabel('Số phiếu không hợp lệ').fill(String(invalid));
  for (const [name, n] of Object.entries(votes)) await form.getByLabel(`Số phiếu của ${name}`).fill(String(n));
  await form.getByRole('button', { name: 'Ghi kết quả kiểm phiếu' }).click();
}

const PEOPLE = [
  { family: 'Nguyễn', middle: 'Văn', given: 'Đức', gender: 'Nam', born: '1975' },
  { family: 'Lê', middle: 'Thị', given: 'Ánh', born: '05/03/1980' },
  { family: 'Trần', middle: 'Thị', given: 'Anh' },
  { family: 'Phạm', middle: 'Ngọc', given: 'Ơn', gender: 'Nam' },
  { family: 'Vũ', middle: 'Thị', given: 'Ưng' },
  { family: 'Đặng', middle: 'Thị', given: 'Anh' },
  { family: 'Hoàng', middle: 'Văn', given: 'Dũng', gender: 'Nam' },
];

test('quorum, ballot list, a refused count, a tie at the last seat and its further round', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await openDay(page);

  // Quorum: 99 of 150 is short of the 100 needed; 100 is enough.
  const congress = page.locator('fieldset', { has: page.getByText('Đại hội', { exact: true }) });
  await congress.getByLabel('Số được triệu tập').fill('150');
  await congress.getByLabel('Số có mặt').fill('99');
  await expect(congress.getByRole('status')).toHaveText('Có mặt 99/150; cần ít nhất 100 (2/3 số được triệu tập): chưa đủ điều kiện tiến hành đại hội.');
  await congress.getByLabel('Số có mặt').fill('100');
  await expect(congress.getByRole('status')).toHaveText('Có mặt 100/150; cần ít nhất 100 (2/3 số được triệu tập): đủ điều kiện tiến hành đại hội.');
  await congress.getByLabel('Số có mặt').fill('1O0');
  await expect(congress.getByText('Hãy nhập một số nguyên không âm')).toBeVisible();
  expect(JSON.parse(await storedDay(page)).day.congress).toEqual({ summoned: 150, present: 100 });

  // The executive committee, 3 seats, 7 on the list.
  await addElection(page, { seats: 3 });
  const bch = page.locator('article.election').first();
  await expect(bch.getByRole('heading', { level: 3 })).toHaveText('Bầu Ban Chấp hành: 3 người, tại đại hội');
  for (const p of PEOPLE) await addCandidate(bch, p);
  // A name without a given name is refused and nothing is added.
  await addCandidate(bch, { family: 'Lý', given: ' ' });
  await expect(bch.getByText('Hãy nhập tên.')).toBeVisible();
  const listed = await bch.locator('.ballot-list .ballot-name').allTextContents();
  expect(listed).toHaveLength(7);
  // The order is the browser's own Vietnamese collation, by given name, family name, middle name.
  const browserOrder = await page.evaluate((people) => {
    const c = new Intl.Collator('vi');
    return [...people]
      .sort((a, b) => c.compare(a.given, b.given) || c.compare(a.family, b.family) || c.compare(a.middle, b.middle))
      .map((p) => p.family + ' ' + p.middle + ' ' + p.given);
  }, PEOPLE);
  expect(listed.map((n) => n.replace(/^(Ông|Bà) /, '').replace(/ \(.*\)$/, ''))).toEqual(browserOrder);
  expect(listed).toEqual([
    'Bà Đặng Thị Anh', 'Bà Trần Thị Anh', 'Bà Lê Thị Ánh (05/03/1980)', 'Ông Hoàng Văn Dũng', 'Ông Nguyễn Văn Đức (1975)', 'Ông Phạm Ngọc Ơn', 'Bà Vũ Thị Ưng',
  ]);

  // An impossible count is refused with the number that is wrong, and nothing is stored.
  const before = await storedDay(page);
  const votes = {
    'Bà Đặng Thị Anh': 90, 'Bà Trần Thị Anh': 60, 'Bà Lê Thị Ánh (05/03/1980)': 60, 'Ông Hoàng Văn Dũng': 60,
    'Ông Nguyễn Văn Đức (1975)': 15, 'Ông Phạm Ngọc Ơn': 3, 'Bà Vũ Thị Ưng': 0,
  };
  await enterCount(bch, { issued: 100, collected: 101, valid: 96, invalid: 5, votes });
  await expect(bch.getByText('Số phiếu thu về lớn hơn số phiếu phát ra: hãy kiểm tra lại hai số này.')).toBeVisible();
  await enterCount(bch, { issued: 100, collected: 98, valid: 96, invalid: 2, votes: { ...votes, 'Ông Phạm Ngọc Ơn': 97 } });
  await expect(bch.getByText('Số phiếu bầu cho Ông Phạm Ngọc Ơn lớn hơn số phiếu hợp lệ.')).toBeVisible();
  await enterCount(bch, { issued: 101, collected: 98, valid: 96, invalid: 2, votes });
  await expect(bch.getByText('Số phiếu phát ra lớn hơn số người có mặt')).toBeVisible();
  expect(await storedDay(page)).toBe(before);

  // 98 collected: more than half is 50. Anh (Đặng) 90 is elected; three at 60 tie for two seats.
  await enterCount(bch, { issued: 100, collected: 98, valid: 96, invalid: 2, votes });
  const result = bch.locator('.result-table tbody tr');
  await expect(result).toHaveCount(7);
  await expect(result.nth(0)).toHaveText(['1', 'Bà Đặng Thị Anh', '90', '91,84', 'Trúng cử'].join(''));
  await expect(result.nth(1)).toContainText('Bà Trần Thị Anh6061,22Bằng phiếu ở suất cuối');
  await expect(result.nth(3)).toContainText('Ông Hoàng Văn Dũng6061,22Bằng phiếu ở suất cuối');
  await expect(result.nth(4)).toContainText('Không trúng cử');
  await expect(bch.locator('.result-summary')).toHaveText(
    'Mới bầu được 1/3 người; còn thiếu 2. Bà Trần Thị Anh, Bà Lê Thị Ánh (05/03/1980), Ông Hoàng Văn Dũng bằng phiếu nhau ở suất cuối cùng: cần bầu lại giữa những người này cho 2 suất còn lại.',
  );

  // The further round: the tied three, for the two seats left.
  await bch.getByRole('button', { name: 'Mở vòng bầu tiếp theo' }).click();
  const second = page.locator('article.election').nth(1);
  await expect(second.getByRole('heading', { level: 3 })).toHaveText('Bầu Ban Chấp hành, vòng 2: 2 người, tại đại hội');
  await expect(second.locator('.ballot-list .ballot-name')).toHaveText(['Bà Trần Thị Anh', 'Bà Lê Thị Ánh (05/03/1980)', 'Ông Hoàng Văn Dũng']);
  await expect(bch.getByRole('button', { name: 'Mở vòng bầu tiếp theo' })).toHaveCount(0);
  // The first round is now what the second came from: its count and list stay as they are;
  // the one it elected cannot stand again; the body cannot be opened a second time.
  const kept = await storedDay(page);
  await bch.getByRole('button', { name: 'Sửa kết quả kiểm phiếu' }).click();
  await expect(bch.getByText('Đã có vòng bầu tiếp theo, lập từ kết quả vòng này')).toBeVisible();
  await expect(bch.locator('form.count-form')).toHaveCount(0);
  await bch.getByRole('button', { name: 'Bỏ khỏi danh sách: Bà Vũ Thị Ưng' }).click();
  await expect(bch.locator('.ballot-list li')).toHaveCount(7);
  const add = second.locator('details.add-candidate');
  await add.locator('summary').click();
  await add.getByLabel('Người đã có trong sổ').selectOption({ label: 'Bà Đặng Thị Anh' });
  await add.getByRole('button', { name: 'Thêm người đã chọn' }).click();
  await expect(add.getByText('Người này đã trúng cử ở vòng trước, không đưa vào danh sách vòng này.')).toBeVisible();
  await expect(second.locator('.ballot-list li')).toHaveCount(3);
  await bch.getByRole('button', { name: 'Xóa cuộc bầu cử này' }).click();
  await bch.getByRole('button', { name: 'Xóa hẳn (kể cả kết quả kiểm phiếu)' }).click();
  await expect(page.locator('article.election')).toHaveCount(2);
  await addElection(page, { seats: 3 });
  await expect(page.locator('form.add-election').getByText('Đã có cuộc bầu này.')).toBeVisible();
  await expect(page.locator('form.add-election').getByLabel('Số lượng cần bầu')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('article.election')).toHaveCount(2);
  expect(await storedDay(page)).toBe(kept);
  await enterCount(second, { issued: 100, collected: 100, valid: 99, invalid: 1, votes: { 'Bà Trần Thị Anh': 70, 'Bà Lê Thị Ánh (05/03/1980)': 51, 'Ông Hoàng Văn Dũng': 40 } });
  await expect(second.locator('.result-summary')).toHaveText('Đã bầu đủ 2/2 người.');

  // Kept across a reload, with the results recomputed from what was stored.
  await page.reload();
  await openDay(page);
  await expect(page.locator('article.election')).toHaveCount(2);
  await expect(page.locator('article.election').nth(1).locator('.result-table tbody tr').first()).toContainText('Bà Trần Thị Anh7070,00Trúng cử');
  await expect(page.locator('fieldset', { has: page.getByText('Đại hội', { exact: true }) }).getByLabel('Số có mặt')).toHaveValue('100');
});

test('a tab holding an old copy does not write over what another tab saved', async ({ page, context }) => {
  await page.goto('./');
  await createCongress(page);
  await openDay(page);
  const other = await openTab(context, { clock: { time: new Date('2026-11-22T09:00:00+07:00') } });
  await openDay(other);
  await addElection(page, { seats: 9 });
  const saved = await storedDay(page);
  // The other tab read the day before that election was added: its save is refused.
  await addElection(other, { body: 'Ủy ban Kiểm tra', seats: 3 });
  await expect(other.getByText('Một thẻ khác của ứng dụng vừa lưu dữ liệu bầu cử')).toBeVisible();
  await expect(other.locator('article.election')).toHaveCount(0);
  expect(await storedDay(page)).toBe(saved);
  // Reloaded, it shows the other tab's election and saves on top of it.
  await other.getByRole('button', { name: 'Tải lại dữ liệu đã lưu' }).click();
  await expect(other.locator('article.election')).toHaveCount(1);
  await addElection(other, { body: 'Ủy ban Kiểm tra', seats: 3 });
  await expect(other.locator('article.election')).toHaveCount(2);
  expect(JSON.parse(await storedDay(page)).day.elections.map((e) => [e.body, e.seats])).toEqual([['executive', 9], ['inspection', 3]]);
  expect(other.errors).toEqual([]);
});

test('a stored day that cannot be read is told and never written over', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  const key = await page.evaluate((prefix) => {
    const manifest = JSON.parse(localStorage.getItem('congress-notebook/manifest'));
    const key = prefix + manifest.active;
    localStorage.setItem(key, '{"schema":2,"day":{"future":true}}');
    return key;
  }, DAY_PREFIX);
  await openDay(page);
  await expect(page.getByText('Dữ liệu bầu cử đã lưu của đại hội này không đọc được').first()).toBeVisible();
  await addElection(page, { seats: 9 });
  await expect(page.locator('article.election')).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe('{"schema":2,"day":{"future":true}}');
});

test('a backup carries the congress day, and restoring it in an empty browser brings it back', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await openDay(page);
  await addElection(page, { seats: 1 });
  const chair = page.locator('article.election').first();
  await addCandidate(chair, PEOPLE[1]);
  await enterCount(chair, { issued: 10, collected: 10, valid: 9, invalid: 1, votes: { 'Bà Lê Thị Ánh (05/03/1980)': 9 } });
  await expect(chair.locator('.result-summary')).toHaveText('Đã bầu đủ 1/1 người.');
  await page.getByRole('button', { name: 'Việc cần làm' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sao lưu mọi sổ tay (.json)' }).click()]);
  const path = await download.path();
  const backup = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8'));
  expect(backup.data.congress_days).toHaveLength(1);
  expect(backup.data.congress_days[0].day.people[0]).toMatchObject({ family: 'Lê', middle: 'Thị', given: 'Ánh', gender: 'female', born: '05/03/1980' });

  // Another browser: nothing stored; the backup restores the congress with its day.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByLabel('Chọn tệp (.json)').setInputFiles(path);
  await page.getByRole('button', { name: 'Thêm thành sổ tay mới' }).click();
  await expect(page.getByText('Đã nhập 1 sổ tay.')).toBeVisible();
  await openDay(page);
  await expect(page.locator('article.election .result-summary')).toHaveText('Đã bầu đủ 1/1 người.');
  await expect(page.locator('article.election .ballot-name')).toHaveText(['Bà Lê Thị Ánh (05/03/1980)']);
});

test('ballots entered one by one, checked by a second entry, become the count', async ({ page }) => {
  await page.goto('./');
  await createCongress(page);
  await openDay(page);
  await addElection(page, { seats: 2 });
  const e = page.locator('article.election').first();
  for (const p of [PEOPLE[0], PEOPLE[1], PEOPLE[5]]) await addCandidate(e, p);
  // The ballot list: 1 Bà Đặng Thị Anh, 2 Bà Lê Thị Ánh, 3 Ông Nguyễn Văn Đức.
  await e.locator('details.ballot-entry summary').click();
  const entry = e.locator('details.ballot-entry');
  const type = async (text) => {
    const field = entry.getByLabel(/^Phiếu số \d+: số thứ tự các tên bị gạch$/);
    await field.fill(text);
    await field.press('Enter');
  };
  const ballots = ['3', '3', '3', '2', '1', '1 2 3'];
  for (const b of ballots) await type(b);
  await expect(entry.getByLabel('Phiếu số 7: số thứ tự các tên bị gạch')).toHaveValue('');
  // Words that are no ballot are refused and nothing is added.
  await type('x');
  await expect(entry.getByText('“x” không phải là số thứ tự')).toBeVisible();
  await type('4');
  await expect(entry.getByText('Không có tên nào mang số thứ tự 4 trong danh sách bầu cử.')).toBeVisible();
  // An invalid ballot by its button, then taken back.
  await entry.getByRole('button', { name: 'Phiếu không hợp lệ: có dấu hiệu riêng' }).click();
  await expect(entry.locator('.ballot-log li').first()).toHaveText('Phiếu 7: không gạch tên nào — không hợp lệ (có dấu hiệu riêng)');
  await entry.getByRole('button', { name: 'Xóa phiếu vừa nhập' }).click();
  await expect(entry.locator('.ballot-log li').first()).toHaveText('Phiếu 6: gạch 1, 2, 3 — không hợp lệ (gạch hết tên)');
  await expect(entry.getByRole('status')).toHaveText('Đã nhập 6 phiếu: 5 hợp lệ, 1 không hợp lệ (gạch hết tên: 1).');

  // A second person enters them again, one differently: the two disagree on ballot 4.
  await entry.getByLabel('Người nhập').selectOption({ label: 'Người nhập thứ hai (nhập lại để đối chiếu)' });
  for (const b of ['3', '3', '3', '1', '1', '1 2 3']) await type(b);
  await expect(entry.locator('.ballots-comparison')).toHaveText('Hai lần nhập khác nhau ở phiếu số 4 (lần thứ nhất 6 phiếu, lần thứ hai 6 phiếu).');
  await entry.getByLabel('Số phiếu phát ra').fill('10');
  await entry.getByRole('button', { name: 'Dùng kết quả này làm kết quả kiểm phiếu' }).click();
  await expect(entry.getByText('Hai lần nhập chưa khớp nhau')).toBeVisible();
  await expect(e.locator('.result-table')).toHaveCount(0);
  for (let i = 0; i < 3; i++) await entry.getByRole('button', { name: 'Xóa phiếu vừa nhập' }).click();
  for (const b of ['2', '1', '1 2 3']) await type(b);
  await expect(entry.locator('.ballots-comparison')).toHaveText('Hai lần nhập khớp nhau: 6 phiếu.');

  // 6 collected: more than half is 4. Anh and Ánh kept on 4 valid ballots each, Đức on 2.
  await entry.getByRole('button', { name: 'Dùng kết quả này làm kết quả kiểm phiếu' }).click();
  const rows = e.locator('.result-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Bà Đặng Thị Anh466,67Trúng cử');
  await expect(rows.nth(1)).toContainText('Bà Lê Thị Ánh (05/03/1980)466,67Trúng cử');
  await expect(rows.nth(2)).toContainText('Ông Nguyễn Văn Đức (1975)233,33Không trúng cử');
  const stored = JSON.parse(await storedDay(page)).day.elections[0];
  expect(stored.count).toMatchObject({ issued: 10, collected: 6, valid: 5, invalid: 1 });
  expect(stored.ballots).toHaveLength(6);
  expect(stored.ballots_again).toEqual(stored.ballots);
});
