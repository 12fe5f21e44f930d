//! Built-in outlines of the congress documents (shared/DOMAIN.md, "Congress documents" and
//! "What the congress must deliver"): each document's type heading, number symbol, title,
//! named sections with a guiding prompt, and the checklist task it belongs to; the fixed
//! wording of an issued document (national title, signer's capacity, recipients). Also the
//! example targets of a grassroots resolution (seed 003).

use crate::model::draft::{DocSymbol, DocumentKind, Draft, DraftStatus, Section};
use crate::model::targets::{Measure, Period, Target};
use crate::model::{Congress, CongressKind, Letterhead};

/// The national title and motto at the head of every document (Nghị định 30/2020).
pub const NATIONAL_TITLE: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const NATIONAL_MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// The recipients block under a signed document, as a starting point.
pub const RECIPIENTS: [&str; 3] = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."];

/// The capacity lines over the signature, by document kind; `None` for documents read out or
/// adopted rather than signed (agenda, rules, speeches).
pub fn signer(kind: DocumentKind) -> Option<&'static [&'static str]> {
    use DocumentKind::*;
    match kind {
        Agenda | WorkingRules | ElectionRules | OpeningSpeech | ClosingSpeech => None,
        Resolution | CongressMinutes => Some(&["TM. ĐOÀN CHỦ TỊCH"]),
        VoteCountMinutes => Some(&["TM. BAN BẦU CỬ", "TRƯỞNG BAN"]),
        CredentialsReport => Some(&["TM. BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", "TRƯỞNG BAN"]),
        InspectionReport => Some(&["TM. ỦY BAN KIỂM TRA", "CHỦ NHIỆM"]),
        _ => Some(&["TM. BAN CHẤP HÀNH", "CHỦ TỊCH"]),
    }
}

/// One section of an outline: heading, prompt, level (1 part, 2 section), targets listed after.
type OutlineSection = (&'static str, &'static str, u8, bool);

/// A document's built-in outline. `{unit}`, `{term}` and `{previous_term}` in the title and
/// headings are filled from the congress.
pub struct Outline {
    pub kind: DocumentKind,
    /// Its name in the list of documents.
    pub name: &'static str,
    pub heading: &'static str,
    pub symbol: Option<DocSymbol>,
    pub title: &'static str,
    /// The checklist template task (`TemplateTask::key`) it belongs to.
    pub task_key: Option<&'static str>,
    pub sections: &'static [OutlineSection],
}

const fn part(heading: &'static str, prompt: &'static str) -> OutlineSection {
    (heading, prompt, 1, false)
}

const fn sec(heading: &'static str, prompt: &'static str) -> OutlineSection {
    (heading, prompt, 2, false)
}

const fn targets(heading: &'static str, prompt: &'static str) -> OutlineSection {
    (heading, prompt, 2, true)
}

pub const OUTLINES: &[Outline] = &[
    Outline {
        kind: DocumentKind::TermReport,
        name: "Báo cáo tổng kết nhiệm kỳ (báo cáo chính trị)",
        heading: "BÁO CÁO",
        symbol: Some(DocSymbol::Report),
        title: "Tổng kết hoạt động công đoàn nhiệm kỳ {previous_term}, phương hướng, nhiệm vụ nhiệm kỳ {term}",
        task_key: Some("documents.term_report"),
        sections: &[
            part("PHẦN THỨ NHẤT: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ {previous_term}", "Ngắn gọn, thẳng thắn: kết quả, hạn chế, nguyên nhân, bài học."),
            sec("I. Đặc điểm tình hình", "Số đoàn viên, cơ cấu lao động; thuận lợi và khó khăn chính của đơn vị trong nhiệm kỳ."),
            sec("II. Kết quả thực hiện các nhiệm vụ", "Từng nhiệm vụ và chỉ tiêu của nghị quyết nhiệm kỳ trước: đạt, vượt hay không đạt, có số liệu."),
            sec("III. Hạn chế, khuyết điểm", "Nêu cụ thể, thẳng thắn những việc chưa làm được hoặc làm chưa tốt."),
            sec("IV. Nguyên nhân", "Nguyên nhân khách quan và nguyên nhân chủ quan của hạn chế, khuyết điểm."),
            sec("V. Bài học kinh nghiệm", "Những bài học rút ra từ nhiệm kỳ qua."),
            part("PHẦN THỨ HAI: PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ {term}", "Phần định hướng cho nhiệm kỳ mới."),
            sec("I. Dự báo tình hình", "Thuận lợi và khó khăn dự báo cho nhiệm kỳ tới."),
            sec("II. Phương hướng, mục tiêu", "Phương hướng chung và mục tiêu tổng quát của nhiệm kỳ."),
            targets("III. Các chỉ tiêu chủ yếu", "Danh sách chỉ tiêu lấy từ bảng Chỉ tiêu nhiệm kỳ và tự xuất hiện sau phần này; viết lời dẫn nếu cần."),
            sec("IV. Nhiệm vụ và giải pháp", "Các nhóm nhiệm vụ trọng tâm và giải pháp thực hiện."),
            part("PHẦN THỨ BA: KIẾN NGHỊ, ĐỀ XUẤT", "Kiến nghị với người sử dụng lao động hoặc thủ trưởng đơn vị, cấp ủy và công đoàn cấp trên."),
        ],
    },
    Outline {
        kind: DocumentKind::BchReview,
        name: "Báo cáo kiểm điểm Ban Chấp hành",
        heading: "BÁO CÁO",
        symbol: Some(DocSymbol::Report),
        title: "Kiểm điểm hoạt động của Ban Chấp hành nhiệm kỳ {previous_term}",
        task_key: Some("documents.reviews"),
        sections: &[
            sec("I. Ưu điểm", "Lãnh đạo, chỉ đạo thực hiện nghị quyết đại hội; thực hiện quy chế làm việc; đoàn kết nội bộ."),
            sec("II. Hạn chế, khuyết điểm", "Những mặt còn hạn chế trong lãnh đạo, chỉ đạo và điều hành."),
            sec("III. Nguyên nhân", "Nguyên nhân khách quan và chủ quan."),
            sec("IV. Bài học kinh nghiệm", ""),
            sec("V. Hướng khắc phục", "Việc Ban Chấp hành khóa mới cần làm để khắc phục hạn chế."),
        ],
    },
    Outline {
        kind: DocumentKind::InspectionReport,
        name: "Báo cáo của Ủy ban Kiểm tra",
        heading: "BÁO CÁO",
        symbol: Some(DocSymbol::Report),
        title: "Hoạt động của Ủy ban Kiểm tra nhiệm kỳ {previous_term}, phương hướng nhiệm kỳ {term}",
        task_key: Some("documents.reviews"),
        sections: &[
            sec("I. Kết quả kiểm tra, giám sát", "Số cuộc kiểm tra việc chấp hành Điều lệ, kiểm tra tài chính; kết quả và kiến nghị."),
            sec("II. Giải quyết khiếu nại, tố cáo", "Số đơn nhận được, đã giải quyết, kết quả."),
            sec("III. Hạn chế và nguyên nhân", ""),
            sec("IV. Phương hướng nhiệm kỳ {term}", "Chỉ tiêu số cuộc kiểm tra mỗi năm và trọng tâm kiểm tra."),
        ],
    },
    Outline {
        kind: DocumentKind::FinanceReport,
        name: "Báo cáo tài chính",
        heading: "BÁO CÁO",
        symbol: Some(DocSymbol::Report),
        title: "Công tác tài chính công đoàn nhiệm kỳ {previous_term}",
        task_key: Some("documents.reviews"),
        sections: &[
            sec("I. Thu tài chính công đoàn", "Đoàn phí, kinh phí công đoàn được cấp lại, các nguồn thu khác; so với dự toán."),
            sec("II. Chi tài chính công đoàn", "Chi cho hoạt động phong trào, chăm lo đoàn viên, quản lý hành chính; so với dự toán."),
            sec("III. Quản lý tài sản, công khai tài chính", ""),
            sec("IV. Phương hướng nhiệm kỳ {term}", ""),
        ],
    },
    Outline {
        kind: DocumentKind::PersonnelPlan,
        name: "Đề án nhân sự",
        heading: "ĐỀ ÁN",
        symbol: Some(DocSymbol::Scheme),
        title: "Nhân sự Ban Chấp hành, Ủy ban Kiểm tra nhiệm kỳ {term}",
        task_key: Some("personnel.plan"),
        sections: &[
            sec("I. Căn cứ", "Điều lệ Công đoàn Việt Nam; Hướng dẫn 56/HD-TLĐ (2022) về công tác nhân sự và bầu cử; chỉ đạo của cấp ủy và công đoàn cấp trên."),
            sec("II. Tiêu chuẩn", "Tiêu chuẩn ủy viên Ban Chấp hành, Chủ tịch, Phó Chủ tịch, ủy viên Ủy ban Kiểm tra."),
            sec(super::personnel::STRUCTURE_HEADING, "Số lượng ủy viên; cơ cấu nữ (khoảng 30%), dưới 40 tuổi (từ 10%), các bộ phận; tính kế thừa và trẻ hóa; số dư khoảng 30% số cần bầu."),
            sec("IV. Quy trình giới thiệu nhân sự", "Các bước giới thiệu, thăm dò; thẩm định của cấp ủy và công đoàn cấp trên trước đại hội."),
            sec(super::personnel::LIST_HEADING, "Mỗi dòng một người: họ tên, chức vụ, đơn vị."),
        ],
    },
    Outline {
        kind: DocumentKind::Agenda,
        name: "Chương trình đại hội",
        heading: "CHƯƠNG TRÌNH",
        symbol: None,
        title: "Đại hội nhiệm kỳ {term}",
        task_key: Some("logistics.rules"),
        sections: &[
            sec("Thời gian, địa điểm", ""),
            sec("Nội dung", "Mỗi dòng một mục, theo thứ tự: ổn định tổ chức, chào cờ, tuyên bố lý do, bầu đoàn chủ tịch, đoàn thư ký, báo cáo, thảo luận, bầu cử, thông qua nghị quyết, bế mạc."),
        ],
    },
    Outline {
        kind: DocumentKind::WorkingRules,
        name: "Quy chế làm việc của đại hội",
        heading: "QUY CHẾ",
        symbol: None,
        title: "Làm việc của Đại hội nhiệm kỳ {term}",
        task_key: Some("logistics.rules"),
        sections: &[
            sec("Chương I. Những quy định chung", ""),
            sec("Chương II. Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu", "Nhiệm vụ, quyền hạn của từng bộ phận (Ban Thẩm tra chỉ có ở đại hội đại biểu)."),
            sec("Chương III. Đại biểu dự đại hội", "Quyền và trách nhiệm của đại biểu; việc phát biểu, thảo luận, biểu quyết."),
            sec("Chương IV. Điều khoản thi hành", ""),
        ],
    },
    Outline {
        kind: DocumentKind::ElectionRules,
        name: "Quy chế bầu cử",
        heading: "QUY CHẾ",
        symbol: None,
        title: "Bầu cử tại Đại hội nhiệm kỳ {term}",
        task_key: Some("logistics.rules"),
        sections: &[
            sec("1. Nguyên tắc bầu cử", "{charter}: biểu quyết giơ tay bầu đoàn chủ tịch, đoàn thư ký, ban thẩm tra, ban bầu cử, số lượng và danh sách bầu; bỏ phiếu kín bầu BCH, các chức danh, UBKT, đại biểu đi dự đại hội cấp trên."),
            sec("2. Ban bầu cử", "Thành phần, nhiệm vụ của ban bầu cử (ban kiểm phiếu)."),
            sec("3. Phiếu bầu hợp lệ và không hợp lệ", "Không hợp lệ: gạch hết tên, để lại nhiều tên hơn số cần bầu, ghi thêm tên, không phải phiếu có đóng dấu của ban bầu cử, có ký hiệu riêng. Để lại ít tên hơn số cần bầu vẫn hợp lệ."),
            sec("4. Nguyên tắc trúng cử", "Trúng cử khi được quá 1/2 số phiếu thu về, lấy từ cao xuống thấp đến đủ số lượng; bằng phiếu ở vị trí cuối thì đại hội quyết định (thường bầu lại giữa những người bằng phiếu)."),
            sec("5. Bầu chủ tịch trực tiếp tại đại hội (nếu có)", "Theo Hướng dẫn 28/HD-TLĐ (24/06/2021)."),
            sec("6. Niêm phong và lưu giữ phiếu bầu", "Phiếu bầu được niêm phong và lưu giữ 6 tháng."),
        ],
    },
    Outline {
        kind: DocumentKind::OpeningSpeech,
        name: "Diễn văn khai mạc",
        heading: "DIỄN VĂN",
        symbol: None,
        title: "Khai mạc Đại hội nhiệm kỳ {term}",
        task_key: Some("documents.resolution"),
        sections: &[
            sec("Chào mừng đại biểu, khách mời", ""),
            sec("Ý nghĩa và nhiệm vụ của đại hội", "Bối cảnh, những kết quả nổi bật, nhiệm vụ đại hội cần hoàn thành."),
            sec("Tuyên bố khai mạc", ""),
        ],
    },
    Outline {
        kind: DocumentKind::ClosingSpeech,
        name: "Diễn văn bế mạc",
        heading: "DIỄN VĂN",
        symbol: None,
        title: "Bế mạc Đại hội nhiệm kỳ {term}",
        task_key: Some("documents.resolution"),
        sections: &[
            sec("Kết quả đại hội", "Các nội dung đã thông qua, kết quả bầu cử."),
            sec("Cảm ơn", ""),
            sec("Tuyên bố bế mạc", ""),
        ],
    },
    Outline {
        kind: DocumentKind::CredentialsReport,
        name: "Báo cáo thẩm tra tư cách đại biểu",
        heading: "BÁO CÁO",
        symbol: Some(DocSymbol::Report),
        title: "Thẩm tra tư cách đại biểu dự Đại hội nhiệm kỳ {term}",
        task_key: Some("delegates.credentials"),
        sections: &[
            sec(super::minutes::CREDENTIALS_SUMMONED, "Đại biểu đương nhiên, đại biểu bầu, đại biểu chỉ định (nếu có)."),
            sec("II. Cơ cấu đại biểu", "Nữ, độ tuổi, trình độ, đảng viên, các bộ phận."),
            sec("III. Kết quả thẩm tra", "Số đại biểu đủ tư cách; trường hợp không đủ tư cách và lý do."),
            sec("IV. Đề nghị", "Đề nghị đại hội công nhận tư cách đại biểu."),
        ],
    },
    Outline {
        kind: DocumentKind::VoteCountMinutes,
        name: "Biên bản kiểm phiếu",
        heading: "BIÊN BẢN",
        symbol: Some(DocSymbol::Minutes),
        title: "Kiểm phiếu bầu Ban Chấp hành nhiệm kỳ {term}",
        task_key: Some("congress.minutes"),
        sections: &[
            sec("Thời gian, địa điểm, thành phần ban bầu cử", ""),
            sec("Số phiếu", "Số phiếu phát ra, thu về, hợp lệ, không hợp lệ."),
            sec("Kết quả bầu cử", "Số phiếu của từng người, xếp từ cao xuống thấp; tỷ lệ so với số phiếu thu về."),
            sec("Danh sách trúng cử", "Những người được quá 1/2 số phiếu thu về, từ cao xuống thấp đến đủ số lượng."),
            sec("Ký xác nhận", "Trưởng ban và các thành viên ban bầu cử."),
        ],
    },
    Outline {
        kind: DocumentKind::CongressMinutes,
        name: "Biên bản đại hội",
        heading: "BIÊN BẢN",
        symbol: Some(DocSymbol::Minutes),
        title: "Đại hội nhiệm kỳ {term}",
        task_key: Some("congress.minutes"),
        sections: &[
            sec("Thời gian, địa điểm", ""),
            sec("Thành phần tham dự", "Số được triệu tập, số có mặt (đại hội hợp lệ khi có ít nhất 2/3 số được triệu tập), khách mời."),
            sec("Diễn biến đại hội", "Từng phần của chương trình, các ý kiến thảo luận chính."),
            sec("Kết quả biểu quyết và bầu cử", ""),
            sec("Kết thúc", "Giờ kết thúc; thư ký và chủ tọa ký."),
        ],
    },
    Outline {
        kind: DocumentKind::Resolution,
        name: "Nghị quyết đại hội",
        heading: "NGHỊ QUYẾT",
        symbol: Some(DocSymbol::Resolution),
        title: "Đại hội nhiệm kỳ {term}",
        task_key: Some("documents.resolution"),
        sections: &[
            sec("Căn cứ", "Điều lệ Công đoàn Việt Nam; kết quả thảo luận và biểu quyết của đại hội."),
            part("QUYẾT NGHỊ", ""),
            sec("1. Thông qua các báo cáo", "Báo cáo tổng kết nhiệm kỳ {previous_term}, báo cáo kiểm điểm BCH, báo cáo của UBKT, báo cáo tài chính."),
            targets("2. Mục tiêu, chỉ tiêu nhiệm kỳ {term}", "Các chỉ tiêu lấy từ bảng Chỉ tiêu nhiệm kỳ và tự xuất hiện sau phần này."),
            sec("3. Nhiệm vụ và giải pháp", ""),
            sec("4. Kết quả bầu cử", "Số lượng và danh sách Ban Chấp hành, Chủ tịch (nếu bầu trực tiếp), Ủy ban Kiểm tra."),
            sec("5. Tổ chức thực hiện", ""),
        ],
    },
    Outline {
        kind: DocumentKind::UpperDraftComments,
        name: "Tổng hợp góp ý dự thảo văn kiện đại hội cấp trên",
        heading: "BÁO CÁO",
        symbol: Some(DocSymbol::Report),
        title: "Tổng hợp ý kiến góp ý vào dự thảo văn kiện Đại hội Công đoàn cấp trên",
        task_key: Some("documents.comments"),
        sections: &[
            sec("I. Cách tổ chức lấy ý kiến", "Hình thức, số người tham gia góp ý."),
            sec("II. Ý kiến về dự thảo báo cáo chính trị", ""),
            sec("III. Ý kiến về các dự thảo văn kiện khác", ""),
            sec("IV. Ý kiến khác", ""),
        ],
    },
    Outline {
        kind: DocumentKind::MembersRecommendations,
        name: "Tổng hợp kiến nghị của đoàn viên",
        heading: "BÁO CÁO",
        symbol: Some(DocSymbol::Report),
        title: "Tổng hợp kiến nghị của đoàn viên, người lao động",
        task_key: Some("documents.comments"),
        sections: &[
            sec("I. Kiến nghị với người sử dụng lao động, thủ trưởng đơn vị", ""),
            sec("II. Kiến nghị với công đoàn cấp trên", ""),
            sec("III. Kiến nghị khác", ""),
        ],
    },
    Outline {
        kind: DocumentKind::RecognitionLetter,
        name: "Tờ trình đề nghị công nhận BCH",
        heading: "TỜ TRÌNH",
        symbol: Some(DocSymbol::Submission),
        title: "Đề nghị công nhận Ban Chấp hành, Ủy ban Kiểm tra nhiệm kỳ {term}",
        task_key: Some("after.dossier"),
        sections: &[
            sec("Kính gửi", "Ban Thường vụ công đoàn cấp trên trực tiếp."),
            sec("Kết quả đại hội", "Ngày đại hội, số đại biểu có mặt, kết quả bầu cử."),
            sec("Đề nghị", "Đề nghị công nhận Ban Chấp hành, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra."),
            sec("Hồ sơ gửi kèm", "Biên bản đại hội, biên bản kiểm phiếu, nghị quyết, danh sách trích ngang."),
        ],
    },
    Outline {
        kind: DocumentKind::Blank,
        name: "Văn bản trống",
        heading: "",
        symbol: None,
        title: "Văn bản mới",
        task_key: None,
        sections: &[sec("Nội dung", "")],
    },
];

pub fn outline(kind: DocumentKind) -> &'static Outline {
    OUTLINES.iter().find(|o| o.kind == kind).expect("every kind has an outline")
}

/// The outlines a congress of this kind uses (the credentials report only at a delegate
/// congress).
pub fn outlines_for(congress: &Congress) -> impl Iterator<Item = &'static Outline> + '_ {
    OUTLINES
        .iter()
        .filter(move |o| o.kind != DocumentKind::CredentialsReport || congress.kind == CongressKind::Delegate)
}

fn fill(text: &str, head: &Letterhead) -> String {
    let previous = head.previous_term().unwrap_or_else(|| "trước".to_string());
    text.replace("{term}", &head.term).replace("{previous_term}", &previous)
}

/// A new draft of `kind` for `congress`, from its outline, linked to the congress's task from
/// the same template when there is one.
pub fn new_draft(kind: DocumentKind, congress: &Congress, new_id: &mut dyn FnMut() -> String) -> Draft {
    let o = outline(kind);
    let head = congress.letterhead_or_default();
    let task_id = o.task_key.and_then(|key| {
        congress.tasks.iter().find(|t| t.template_key.as_deref() == Some(key)).map(|t| t.id.clone())
    });
    Draft {
        id: new_id(),
        congress_id: congress.id.clone(),
        kind,
        heading: o.heading.to_string(),
        title: fill(o.title, &head),
        symbol: o.symbol,
        number: String::new(),
        date: None,
        status: DraftStatus::Draft,
        task_id,
        sections: o
            .sections
            .iter()
            .map(|&(heading, prompt, level, targets)| Section {
                id: new_id(),
                heading: fill(heading, &head),
                prompt: fill(prompt, &head).replace("{charter}", super::checklist::charter(congress.round.as_ref(), congress.date)),
                body: String::new(),
                level,
                targets,
            })
            .collect(),
    }
}

/// The example targets of a grassroots resolution (seed 003), to start the table from.
pub fn sample_targets(new_id: &mut dyn FnMut() -> String) -> Vec<Target> {
    let t = |id: String, text: &str, measure, value: &str, at_least, unit: &str, period| Target {
        id,
        text: text.to_string(),
        measure,
        value: value.to_string(),
        at_least,
        unit: unit.to_string(),
        period,
    };
    use Measure::{Number, Percent, Text};
    use Period::{PerYear, Term};
    vec![
        t(new_id(), "Cán bộ công đoàn được học tập, quán triệt nghị quyết", Percent, "100", false, "", Term),
        t(new_id(), "Đoàn viên được học tập, quán triệt nghị quyết", Percent, "95", true, "", Term),
        t(new_id(), "Tổ chức hoạt động về truyền thống", Number, "1", true, "hoạt động", PerYear),
        t(new_id(), "Công đoàn cơ sở được xếp loại", Text, "hoàn thành tốt nhiệm vụ", false, "", PerYear),
        t(new_id(), "Đoàn viên đạt danh hiệu lao động tiên tiến", Percent, "95", true, "", PerYear),
        t(new_id(), "Chiến sĩ thi đua", Number, "5", true, "người", Term),
        t(new_id(), "Người lao động mới tuyển dụng được kết nạp vào công đoàn", Percent, "100", false, "", Term),
        t(new_id(), "Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp", Number, "5", true, "người", Term),
        t(new_id(), "Cán bộ công đoàn được tập huấn nghiệp vụ", Percent, "80", true, "", PerYear),
        t(new_id(), "Kiểm tra", Number, "2", true, "cuộc", PerYear),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::templates::sample_congress;

    fn counter() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("id{n}")
        }
    }

    #[test]
    fn every_document_of_the_domain_has_an_outline() {
        for kind in DocumentKind::ALL {
            let o = outline(kind);
            assert!(!o.sections.is_empty(), "{kind:?}");
            assert!(!o.name.is_empty());
        }
        assert_eq!(OUTLINES.len(), DocumentKind::ALL.len());
    }

    #[test]
    fn term_report_has_both_parts_and_the_targets() {
        let c = sample_congress();
        let d = new_draft(DocumentKind::TermReport, &c, &mut counter());
        let headings: Vec<&str> = d.sections.iter().map(|s| s.heading.as_str()).collect();
        let h = c.letterhead_or_default();
        let prev = h.previous_term().unwrap();
        assert!(headings[0].starts_with("PHẦN THỨ NHẤT") && headings[0].ends_with(&prev), "{headings:?}");
        for needle in ["Kết quả", "Hạn chế", "Nguyên nhân", "Bài học", "Dự báo", "Phương hướng", "chỉ tiêu", "Nhiệm vụ và giải pháp", "KIẾN NGHỊ"] {
            assert!(headings.iter().any(|x| x.contains(needle)), "{needle} missing in {headings:?}");
        }
        assert_eq!(d.sections.iter().filter(|s| s.targets).count(), 1);
        assert!(d.title.contains(&h.term) && !d.title.contains('{'));
        assert_eq!(d.symbol, Some(DocSymbol::Report));
        // Linked to the checklist task from the same template.
        let task = c.tasks.iter().find(|t| Some(&t.id) == d.task_id.as_ref()).expect("linked");
        assert_eq!(task.template_key.as_deref(), Some("documents.term_report"));
        // Ids are unique.
        let mut ids: Vec<&str> = d.sections.iter().map(|s| s.id.as_str()).chain([d.id.as_str()]).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), d.sections.len() + 1);
    }

    #[test]
    fn symbols_follow_the_document_types() {
        assert_eq!(outline(DocumentKind::Resolution).symbol, Some(DocSymbol::Resolution));
        assert_eq!(outline(DocumentKind::CongressMinutes).symbol, Some(DocSymbol::Minutes));
        assert_eq!(outline(DocumentKind::RecognitionLetter).symbol, Some(DocSymbol::Submission));
        assert_eq!(outline(DocumentKind::Agenda).symbol, None);
        assert!(outline(DocumentKind::Resolution).sections.iter().any(|s| s.3));
    }

    #[test]
    fn credentials_report_only_for_delegate_congresses() {
        let mut c = sample_congress();
        c.kind = CongressKind::FullMember;
        assert!(!outlines_for(&c).any(|o| o.kind == DocumentKind::CredentialsReport));
        c.kind = CongressKind::Delegate;
        assert!(outlines_for(&c).any(|o| o.kind == DocumentKind::CredentialsReport));
    }

    #[test]
    fn sample_targets_are_valid_targets() {
        let ts = sample_targets(&mut counter());
        assert!(ts.len() >= 9);
        for t in &ts {
            let again = crate::model::TargetForm::from_target(t).validate(t.id.clone()).unwrap();
            assert_eq!(&again, t);
        }
    }
}
