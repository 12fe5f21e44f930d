// Unit files as a unit's app exports them, generated for the upper union's desk: tests and
// the benchmark load batches of them. `unitFile` writes one (about 20 KB with the default 48
// tasks); the content follows the published format (schema/congress-notebook-v1.schema.json).

const PHASES = ['plan', 'documents', 'personnel', 'logistics', 'congress', 'after'];
const OFFSETS = { plan: -90, documents: -30, personnel: -30, logistics: -7, congress: 0, after: 30 };

/** A uuid-shaped id from a number (stable, so a test can name a unit). */
export const unitId = (n) => `${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`;

/**
 * One unit file. `n`: the unit's number (its id); `name`; `date` (yyyy-mm-dd); `exportedAt`
 * (UTC, yyyy-mm-ddThh:mm:ssZ); `pilot` (its cut-off, yyyy-mm-dd); `done`: how many tasks are
 * done (from the first); `held`: the "hold the congress" task done; `roundCutOff`
 * (yyyy-mm-dd, or null: out of cycle); `drafts`: [{kind, status}] or null (not sent).
 */
export function unitFile({ n, name, date = '2027-01-15', exportedAt = '2026-11-20T02:00:00Z', pilot = null, done = 0,
  held = false, roundCutOff = '2027-05-31', drafts = null, tasks = 48, level = 'grassroots', kind = 'full_member' }) {
  const id = unitId(n);
  const list = [];
  for (let i = 0; i < tasks; i++) {
    const phase = PHASES[Math.floor((i * PHASES.length) / tasks)];
    const hold = phase === 'congress' && !list.some((t) => t.template_key === 'congress.hold');
    list.push({
      id: `${String(n).padStart(8, '0')}-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      template_key: hold ? 'congress.hold' : `${phase}.task${i}`,
      phase,
      title: `Việc số ${i + 1} của giai đoạn ${phase}: chuẩn bị, báo cáo và xin ý kiến cấp trên theo kế hoạch`,
      explanation: 'Căn cứ Điều lệ Công đoàn Việt Nam khoá XIII và hướng dẫn của Tổng Liên đoàn; ghi rõ người phụ trách, thời hạn, sản phẩm cần có và nơi lưu hồ sơ.',
      basis: i % 3 === 0 ? { document: 'Hướng dẫn 56/HD-TLĐ (2022)' } : 'practice',
      due: { offset_days: OFFSETS[phase] + (i % 5) },
      status: (hold ? held : i < done) ? 'done' : 'not_started',
      ...((hold ? held : i < done) ? { done_on: '2026-11-01' } : {}),
      assignee: 'Chủ tịch công đoàn',
      notes: 'Đã trao đổi với văn phòng; chờ ý kiến.',
      revision: 0,
    });
  }
  const congress = {
    id, unit_name: name, upper_union: 'Liên đoàn Lao động huyện Sa Pa', level, kind, date,
    round: roundCutOff ? { id: '2027-2032', name: 'Nhiệm kỳ 2027–2032', cut_offs: [{ level, date: roundCutOff }] } : null,
    ...(pilot ? { pilot_cut_off: pilot } : {}),
    tasks: list,
  };
  const data = { congress, includes_people: true };
  if (drafts) {
    data.includes_drafts = true;
    data.drafts = drafts.map((d, i) => ({
      id: `d${n}-${i}`, congress_id: id, kind: d.kind, heading: 'BÁO CÁO', title: 'Dự thảo', symbol: 'BC', number: '',
      status: d.status, task_id: null, sections: [{ id: `s${n}-${i}`, heading: 'I. Tình hình', body: 'Nội dung.', level: 2 }],
    }));
  } else {
    data.includes_drafts = false;
  }
  return JSON.stringify({ format: 'congress-notebook', version: 1, exported_at: exportedAt, app_version: '0.1.0', kind: 'unit', data }, null, 2) + '\n';
}

/** A file for Playwright's setInputFiles. */
export const asFile = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
