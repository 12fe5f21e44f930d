//! The built-in grassroots checklist (shared/DOMAIN.md, "A grassroots preparation timeline"):
//! default due dates as offsets from congress day D, each task with a one-line explanation and
//! its basis. Defaults only: every date is editable and the upper union's own plan overrides.

use crate::model::congress::ValidCongress;
use crate::model::{Basis, Congress, CongressKind, DueRule, Level, Phase, Task};

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
    /// Which congresses get this task.
    pub applies_to: AppliesTo,
}

/// Which congresses a template task belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppliesTo {
    All,
    /// Delegate congresses only (grassroots or direct-upper).
    Delegate,
    /// Grassroots congresses only.
    Grassroots,
    /// The direct-upper level only.
    DirectUpper,
}

impl AppliesTo {
    fn includes(self, level: Level, kind: CongressKind) -> bool {
        match self {
            AppliesTo::All => true,
            AppliesTo::Delegate => kind == CongressKind::Delegate,
            AppliesTo::Grassroots => level == Level::Grassroots,
            AppliesTo::DirectUpper => level == Level::DirectUpper,
        }
    }
}

const PERSONNEL_GUIDANCE: &str = "Hướng dẫn 56/HD-TLĐ (2022) về công tác nhân sự và bầu cử";
const CHARTER_ELECTION: &str = "Điều lệ Công đoàn Việt Nam khóa XII, Điều 10";
/// The Charter adopted at the XIII Congress (12/2023), in force for the rounds after
/// 2023–2028; cited without an article number until its numbers are checked.
const CHARTER_2023: &str = "Điều lệ Công đoàn Việt Nam khóa XIII (2023)";

/// The Charter a congress's rules cite: Charter XII for the 2023–2028 round (and for a
/// congress outside any round held before 2024), the 2023 Charter after.
pub fn charter(round: Option<&crate::model::Round>, date: chrono::NaiveDate) -> &'static str {
    let before_2024 = chrono::Datelike::year(&date) < 2024;
    match round {
        Some(r) if r.id == "2023-2028" => CHARTER_ELECTION,
        None if before_2024 => CHARTER_ELECTION,
        _ => CHARTER_2023,
    }
}
const CHAIR_GUIDANCE: &str = "Hướng dẫn 28/HD-TLĐ (24/06/2021) về bầu chủ tịch công đoàn cơ sở trực tiếp tại đại hội";
const DELEGATE_CAP: &str = "Hướng dẫn 03/HD-TLĐ (20/02/2020), mục 6.5: tối đa 150 đại biểu chính thức ở cơ sở, 200 nếu trên 5.000 đoàn viên";

const fn delegate(t: TemplateTask) -> TemplateTask {
    TemplateTask { applies_to: AppliesTo::Delegate, ..t }
}

const fn grassroots(t: TemplateTask) -> TemplateTask {
    TemplateTask { applies_to: AppliesTo::Grassroots, ..t }
}

const fn upper(t: TemplateTask) -> TemplateTask {
    TemplateTask { applies_to: AppliesTo::DirectUpper, ..t }
}

const fn based_on(basis: &'static str, t: TemplateTask) -> TemplateTask {
    TemplateTask { basis: Some(basis), ..t }
}

const fn task(
    key: &'static str,
    phase: Phase,
    offset: i32,
    title: &'static str,
    explanation: &'static str,
) -> TemplateTask {
    TemplateTask { key, phase, offset, title, explanation, basis: None, applies_to: AppliesTo::All }
}

/// Every built-in task, phase by phase; `applies_to` picks those of each template
/// (grassroots full-member, grassroots delegate, direct-upper level).
pub const CHECKLIST: &[TemplateTask] = &[
    upper(task(
        "upper.guidance",
        Phase::Plan,
        -180,
        "Ban hành hướng dẫn và kế hoạch đại hội cho các công đoàn cơ sở trực thuộc",
        "Công đoàn cấp trên trực tiếp hướng dẫn, chỉ đạo đại hội công đoàn cơ sở trước khi tổ chức đại hội của mình.",
    )),
    upper(task(
        "upper.pilots",
        Phase::Plan,
        -170,
        "Chọn công đoàn cơ sở làm điểm, chỉ đạo đại hội điểm và rút kinh nghiệm",
        "Đại hội điểm tổ chức trước, theo hạn chót riêng do cấp trên đặt, để các đơn vị khác học tập.",
    )),
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
    upper(task(
        "upper.follow_grassroots",
        Phase::Plan,
        -60,
        "Theo dõi tiến độ đại hội các công đoàn cơ sở, tổng hợp kết quả",
        "Nắm số đơn vị đã đại hội, kết quả bầu cử và kiến nghị để đưa vào báo cáo của cấp mình.",
    )),
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
    upper(task(
        "upper.higher_drafts",
        Phase::Documents,
        -30,
        "Tổ chức góp ý dự thảo văn kiện đại hội công đoàn tỉnh và dự thảo văn kiện Đại hội Công đoàn Việt Nam",
        "Tổng hợp ý kiến của các công đoàn cơ sở và của đại hội, gửi lên cấp trên.",
    )),
    task(
        "documents.send_upper",
        Phase::Documents,
        -20,
        "Gửi dự thảo văn kiện lên công đoàn cấp trên",
        "Để công đoàn cấp trên góp ý trước đại hội.",
    ),
    task(
        "documents.resolution",
        Phase::Documents,
        -14,
        "Dự thảo nghị quyết đại hội với các chỉ tiêu nhiệm kỳ; chuẩn bị diễn văn khai mạc, bế mạc",
        "Chỉ tiêu trong nghị quyết lấy từ phần phương hướng của báo cáo, ghi rõ số lượng hoặc tỷ lệ.",
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
        "Xây dựng đề án nhân sự: số lượng, cơ cấu, tiêu chuẩn BCH, ban thường vụ (nếu có) và UBKT",
        "Đúng tiêu chuẩn, cơ cấu hợp lý, bảo đảm tính kế thừa và trẻ hóa.",
    ),
    grassroots(based_on(
        CHAIR_GUIDANCE,
        task(
            "personnel.chair_method",
            Phase::Personnel,
            -55,
            "Xác định cách bầu chủ tịch: trực tiếp tại đại hội hay tại hội nghị BCH lần thứ nhất",
            "Phương án bầu phải được nêu trong đề án nhân sự và quy chế bầu cử.",
        ),
    )),
    task(
        "personnel.nominations",
        Phase::Personnel,
        -45,
        "Giới thiệu nhân sự, thăm dò tín nhiệm sơ bộ",
        "Danh sách đề cử phải nhiều hơn số lượng cần bầu (có số dư), thường không quá khoảng 30%.",
    ),
    delegate(based_on(
        DELEGATE_CAP,
        task(
            "delegates.allocate",
            Phase::Personnel,
            -40,
            "Phân bổ số lượng đại biểu chính thức cho các đơn vị trực thuộc",
            "Theo số đoàn viên của từng đơn vị, có đại biểu đương nhiên là BCH đương nhiệm.",
        ),
    )),
    upper(task(
        "upper.own_appraisal",
        Phase::Personnel,
        -35,
        "Trình cấp ủy cùng cấp và liên đoàn lao động tỉnh thẩm định nhân sự BCH khóa mới",
        "Nhân sự của công đoàn cấp trên trực tiếp cơ sở phải được cả cấp ủy cùng cấp và cấp trên thẩm định.",
    )),
    based_on(
        PERSONNEL_GUIDANCE,
        task(
            "personnel.appraisal",
            Phase::Personnel,
            -30,
            "Trình cấp ủy và công đoàn cấp trên thẩm định nhân sự",
            "Nhân sự phải được cấp ủy và công đoàn cấp trên thẩm định trước đại hội.",
        ),
    ),
    delegate(task(
        "delegates.elect",
        Phase::Personnel,
        -30,
        "Tổ chức bầu đại biểu dự đại hội ở các đơn vị; tổng hợp danh sách đại biểu",
        "Đại biểu được bầu bằng phiếu kín; lưu biên bản bầu đại biểu của từng đơn vị.",
    )),
    delegate(task(
        "delegates.credentials",
        Phase::Personnel,
        -7,
        "Dự kiến ban thẩm tra tư cách đại biểu; chuẩn bị báo cáo thẩm tra tư cách đại biểu",
        "Ban thẩm tra xem xét tư cách từng đại biểu và báo cáo trước đại hội.",
    )),
    task(
        "logistics.rules",
        Phase::Logistics,
        -14,
        "Chuẩn bị chương trình, quy chế làm việc, quy chế bầu cử; dự kiến đoàn chủ tịch, đoàn thư ký, ban bầu cử",
        "Các cơ quan giúp việc của đại hội được biểu quyết giơ tay; ở cơ sở đại hội không quá 2 buổi (2023), cấp trên trực tiếp không quá 3 buổi.",
    ),
    task(
        "logistics.invitations",
        Phase::Logistics,
        -10,
        "Gửi giấy mời khách và giấy triệu tập đại biểu, đoàn viên",
        "Số người được triệu tập là căn cứ tính tỷ lệ có mặt; khách mời ở cơ sở thường không quá 15% số đại biểu chính thức (kế hoạch của một số địa phương năm 2025).",
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
    based_on(
        CHARTER_ELECTION,
        task(
            "congress.hold",
            Phase::Congress,
            0,
            "Tiến hành đại hội: kiểm tra số người dự, bầu các cơ quan giúp việc, báo cáo, thảo luận, bầu cử, thông qua nghị quyết",
            "Đại hội hợp lệ khi có ít nhất 2/3 số người được triệu tập tham dự; trúng cử khi được quá 1/2 số phiếu thu về.",
        ),
    ),
    task(
        "congress.minutes",
        Phase::Congress,
        0,
        "Lập biên bản đại hội, biên bản kiểm phiếu; niêm phong phiếu bầu",
        "Biên bản kiểm phiếu do ban bầu cử lập; phiếu bầu niêm phong ngay sau khi kiểm.",
    ),
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

/// The built-in due date of the task with template `key` (what a plan's offset replaces while
/// the unit has not changed it).
pub fn template_due(key: &str) -> Option<DueRule> {
    CHECKLIST.iter().find(|t| t.key == key).map(|t| DueRule::OffsetDays(t.offset))
}

/// The built-in tasks a congress at `level` of `kind` gets, in order.
pub fn template_tasks(level: Level, kind: CongressKind) -> impl Iterator<Item = &'static TemplateTask> {
    CHECKLIST.iter().filter(move |t| t.applies_to.includes(level, kind))
}

/// Tasks of `template` for a congress at `level` of `kind`, with fresh ids from `new_id`.
pub fn tasks_from(
    template: &[TemplateTask],
    level: Level,
    kind: CongressKind,
    new_id: &mut dyn FnMut() -> String,
) -> Vec<Task> {
    template
        .iter()
        .filter(|t| t.applies_to.includes(level, kind))
        .map(|t| Task {
            template_key: Some(t.key.to_string()),
            explanation: t.explanation.to_string(),
            basis: t.basis.map_or(Basis::Practice, |b| Basis::Document(b.to_string())),
            ..Task::new(new_id(), t.phase, t.title.to_string(), DueRule::OffsetDays(t.offset))
        })
        .collect()
}

/// A new congress from checked form input, its checklist generated from the built-in template
/// for its level and kind.
pub fn new_congress(input: ValidCongress, new_id: &mut dyn FnMut() -> String) -> Congress {
    let mut tasks = tasks_from(CHECKLIST, input.level, input.kind, new_id);
    // Rules cite the Charter in force for the congress's round.
    let cited = charter(input.round.as_ref(), input.date);
    for t in &mut tasks {
        if matches!(&t.basis, Basis::Document(d) if d == CHARTER_ELECTION) {
            t.basis = Basis::Document(cited.to_string());
        }
    }
    Congress {
        id: new_id(),
        unit_name: input.unit_name,
        upper_union: input.upper_union,
        level: input.level,
        kind: input.kind,
        date: input.date,
        round: input.round,
        pilot_cut_off: None,
        tasks,
        targets: Vec::new(),
        letterhead: None,
        conference: false,
        plan: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CongressDraft, CongressType};

    #[test]
    fn rules_cite_the_charter_in_force_for_the_round() {
        let make = |date: &str, round: Option<&str>| {
            let input = CongressDraft {
                unit_name: "CĐCS".into(),
                upper_union: "LĐLĐ".into(),
                congress_type: CongressType::GrassrootsFullMember,
                date_text: date.into(),
                round: round.and_then(crate::templates::preset_round),
            };
            let mut n = 0;
            new_congress(input.validate().unwrap(), &mut || {
                n += 1;
                format!("t{n}")
            })
        };
        let cited = |c: &Congress| match &c.tasks.iter().find(|t| t.template_key.as_deref() == Some("congress.hold")).unwrap().basis {
            Basis::Document(d) => d.clone(),
            Basis::Practice => String::new(),
        };
        assert_eq!(cited(&make("15/03/2023", Some("2023-2028"))), CHARTER_ELECTION);
        assert_eq!(cited(&make("15/03/2023", None)), CHARTER_ELECTION);
        assert_eq!(cited(&make("15/03/2027", None)), CHARTER_2023);
        let later = make("15/03/2027", Some("2025-2030"));
        assert_eq!(cited(&later), CHARTER_2023);
        let rules = crate::templates::new_draft(crate::model::DocumentKind::ElectionRules, &later, &mut || "d".into());
        assert!(rules.sections.iter().any(|s| s.prompt.starts_with(CHARTER_2023)), "the election rules' outline cites it too");
        let earlier = make("15/03/2023", Some("2023-2028"));
        let rules = crate::templates::new_draft(crate::model::DocumentKind::ElectionRules, &earlier, &mut || "d".into());
        assert!(rules.sections.iter().any(|s| s.prompt.starts_with("Điều lệ Công đoàn Việt Nam khóa XII, Điều 10: biểu quyết")));
    }
}
