//! The built-in grassroots checklist (shared/DOMAIN.md, "A grassroots preparation timeline"):
//! default due dates as offsets from congress day D, each task with a one-line explanation and
//! its basis. Defaults only: every date is editable and the upper union's own plan overrides.

use crate::model::congress::ValidCongress;
use crate::model::{Basis, Congress, CongressKind, DueRule, Phase, Status, Task};

/// One entry of a built-in template.
#[derive(Debug, Clone, Copy)]
pub struct TemplateTask {
    /// Stable key, kept on the generated task (`plan.adopt`).
    pub key: &'static str,
    pub phase: Phase,
    /// Days from congress day.
    pub offset: i32,
    pub title: &'static str,
    pub explanation: &'static str,
    /// `None` for common practice; otherwise the guidance document it rests on.
    pub basis: Option<&'static str>,
    /// Only for congresses of this kind (delegate allocation only at a delegate congress).
    pub only_for: Option<CongressKind>,
}

const PERSONNEL_GUIDANCE: &str = "Hướng dẫn 56/HD-TLĐ (2022) về công tác nhân sự và bầu cử";
const CHARTER_ELECTION: &str = "Điều lệ Công đoàn Việt Nam khóa XII, Điều 10";

const fn task(
    key: &'static str,
    phase: Phase,
    offset: i32,
    title: &'static str,
    explanation: &'static str,
) -> TemplateTask {
    TemplateTask { key, phase, offset, title, explanation, basis: None, only_for: None }
}

/// The grassroots preparation timeline, in order.
pub const GRASSROOTS: &[TemplateTask] = &[
    task(
        "plan.adopt",
        Phase::Plan,
        -90,
        "BCH họp, thông qua kế hoạch tổ chức đại hội; thành lập các tiểu ban văn kiện, nhân sự, tổ chức – hậu cần",
        "Kế hoạch nêu rõ thời gian, hình thức, số lượng đại biểu và người phụ trách từng việc.",
    ),
    task(
        "plan.report",
        Phase::Plan,
        -80,
        "Báo cáo kế hoạch với cấp ủy và công đoàn cấp trên; thống nhất hình thức đại hội (toàn thể hay đại biểu)",
        "Xin ý kiến chỉ đạo trước khi triển khai; hình thức đại hội cần được cấp trên thống nhất.",
    ),
    task(
        "plan.emulation",
        Phase::Plan,
        -75,
        "Phát động phong trào thi đua chào mừng đại hội và công tác tuyên truyền",
        "Tuyên truyền trước, trong và sau đại hội; chọn công trình, phần việc chào mừng.",
    ),
    task(
        "documents.term_report",
        Phase::Documents,
        -45,
        "Dự thảo báo cáo tổng kết nhiệm kỳ, gồm phương hướng và chỉ tiêu nhiệm kỳ mới",
        "Ngắn gọn, thẳng thắn: kết quả, hạn chế, nguyên nhân khách quan và chủ quan, bài học; phương hướng, chỉ tiêu, nhiệm vụ, giải pháp.",
    ),
    task(
        "documents.reviews",
        Phase::Documents,
        -40,
        "Dự thảo báo cáo kiểm điểm BCH, báo cáo của UBKT và báo cáo tài chính",
        "Kiểm điểm tập thể BCH trong nhiệm kỳ; công tác kiểm tra, giám sát; thu, chi tài chính công đoàn.",
    ),
    task(
        "documents.comments",
        Phase::Documents,
        -30,
        "Lấy ý kiến đoàn viên vào dự thảo văn kiện và dự thảo văn kiện đại hội công đoàn cấp trên",
        "Tổng hợp ý kiến để hoàn thiện văn kiện của mình và gửi ý kiến lên cấp trên.",
    ),
    task(
        "documents.send_upper",
        Phase::Documents,
        -20,
        "Gửi dự thảo văn kiện lên công đoàn cấp trên",
        "Để công đoàn cấp trên góp ý trước đại hội.",
    ),
    task(
        "documents.finalise",
        Phase::Documents,
        -7,
        "Hoàn thiện và in ấn văn kiện",
        "Tiếp thu góp ý của cấp trên; in đủ cho đại biểu.",
    ),
    task(
        "personnel.plan",
        Phase::Personnel,
        -60,
        "Xây dựng đề án nhân sự: số lượng, cơ cấu, tiêu chuẩn BCH và UBKT",
        "Đúng tiêu chuẩn, cơ cấu hợp lý, bảo đảm tính kế thừa và trẻ hóa.",
    ),
    task(
        "personnel.nominations",
        Phase::Personnel,
        -45,
        "Giới thiệu nhân sự, thăm dò tín nhiệm sơ bộ",
        "Danh sách đề cử phải nhiều hơn số lượng cần bầu (có số dư).",
    ),
    TemplateTask {
        basis: Some(PERSONNEL_GUIDANCE),
        ..task(
            "personnel.appraisal",
            Phase::Personnel,
            -30,
            "Trình cấp ủy và công đoàn cấp trên thẩm định nhân sự",
            "Nhân sự phải được cấp ủy và công đoàn cấp trên thẩm định trước đại hội.",
        )
    },
    TemplateTask {
        only_for: Some(CongressKind::Delegate),
        ..task(
            "personnel.delegates",
            Phase::Personnel,
            -30,
            "Phân bổ số lượng và tổ chức bầu đại biểu dự đại hội",
            "Chỉ với đại hội đại biểu: phân bổ đại biểu cho các công đoàn bộ phận, tổ công đoàn và tổ chức bầu.",
        )
    },
    task(
        "logistics.rules",
        Phase::Logistics,
        -14,
        "Chuẩn bị chương trình, quy chế làm việc, quy chế bầu cử; dự kiến đoàn chủ tịch, đoàn thư ký, ban bầu cử",
        "Các cơ quan giúp việc của đại hội được biểu quyết giơ tay tại đại hội.",
    ),
    task(
        "logistics.invitations",
        Phase::Logistics,
        -10,
        "Gửi giấy mời khách và giấy triệu tập đại biểu, đoàn viên",
        "Số người được triệu tập là căn cứ tính tỷ lệ có mặt của đại hội.",
    ),
    task(
        "logistics.hall",
        Phase::Logistics,
        -3,
        "Chuẩn bị hội trường, trang trí, âm thanh, kinh phí; phiếu bầu, hòm phiếu, mẫu biên bản kiểm phiếu",
        "Trang trọng, tiết kiệm; trang trí đúng quy định, bắt buộc có biểu trưng Công đoàn Việt Nam.",
    ),
    task(
        "logistics.rehearsal",
        Phase::Logistics,
        -1,
        "Tổng duyệt chương trình đại hội",
        "Chạy thử từng phần, kiểm tra âm thanh, phân công người điều hành.",
    ),
    TemplateTask {
        basis: Some(CHARTER_ELECTION),
        ..task(
            "congress.hold",
            Phase::Congress,
            0,
            "Tiến hành đại hội: kiểm tra số người dự, bầu các cơ quan giúp việc, báo cáo, thảo luận, bầu cử, thông qua nghị quyết",
            "Đại hội hợp lệ khi có ít nhất 2/3 số người được triệu tập tham dự; trúng cử khi được quá 1/2 số phiếu thu về.",
        )
    },
    task(
        "after.first_meeting",
        Phase::After,
        3,
        "BCH khóa mới họp phiên thứ nhất: bầu phó chủ tịch, UBKT và chủ nhiệm UBKT (nếu chưa bầu tại đại hội)",
        "Kết quả gửi kèm hồ sơ đề nghị công nhận.",
    ),
    task(
        "after.dossier",
        Phase::After,
        21,
        "Gửi hồ sơ đại hội lên công đoàn cấp trên đề nghị công nhận BCH",
        "Thường trong khoảng 15 ngày làm việc sau đại hội: biên bản, nghị quyết, biên bản kiểm phiếu, tờ trình.",
    ),
    task(
        "after.resolution",
        Phase::After,
        30,
        "Ban hành nghị quyết đại hội, xây dựng kế hoạch thực hiện, báo cáo cấp ủy",
        "Đưa các chỉ tiêu của nghị quyết vào chương trình công tác của BCH khóa mới.",
    ),
    task(
        "after.ballots",
        Phase::After,
        180,
        "Lưu giữ phiếu bầu đã niêm phong 6 tháng, sau đó tiêu hủy nếu không có khiếu nại",
        "Phiếu bầu được niêm phong sau kiểm phiếu và giao người có trách nhiệm giữ.",
    ),
];

/// Tasks of `template` that apply to a congress of `kind`, with fresh ids from `new_id`.
pub fn tasks_from(
    template: &[TemplateTask],
    kind: CongressKind,
    new_id: &mut dyn FnMut() -> String,
) -> Vec<Task> {
    template
        .iter()
        .filter(|t| t.only_for.is_none_or(|k| k == kind))
        .map(|t| Task {
            id: new_id(),
            template_key: Some(t.key.to_string()),
            phase: t.phase,
            title: t.title.to_string(),
            explanation: t.explanation.to_string(),
            basis: t.basis.map_or(Basis::Practice, |b| Basis::Document(b.to_string())),
            due: DueRule::OffsetDays(t.offset),
            status: Status::NotStarted,
            done_on: None,
        })
        .collect()
}

/// A new congress from checked form input, its checklist generated from the grassroots template.
pub fn new_congress(input: ValidCongress, new_id: &mut dyn FnMut() -> String) -> Congress {
    let tasks = tasks_from(GRASSROOTS, input.kind, new_id);
    Congress {
        id: new_id(),
        unit_name: input.unit_name,
        upper_union: input.upper_union,
        level: input.level,
        kind: input.kind,
        date: input.date,
        round: input.round,
        tasks,
    }
}
