//! Every string the user reads, in Vietnamese (the default interface, and the words of
//! documents and exported files in every build); `en.rs` has the same items in English. Built-in template content (task titles and
//! explanations) is data and lives in `templates`.

use crate::format::import::{Difference, FieldProblem, ImportError, MAX_DEPTH, MAX_FILE_BYTES};
use crate::format::VERSION;
use crate::model::date::{format_dmy, DateInputError, MAX_YEAR, MIN_YEAR};
use crate::model::filter::Show;
use crate::model::{CongressKind, CongressType, DocumentKind, DraftStatus, DueKind, InputError, LetterheadInputError, Level, Measure, Period, Phase, RoundInputError, Status, TargetInputError, TaskInputError, Urgency};
use crate::storage::{Halt, LoadProblem, SaveError, UnreadableReason, Usage, STORAGE_LIMIT_CHARS};
use chrono::{Datelike, NaiveDate};

pub const APP_NAME: &str = "Sổ tay Đại hội";
pub const APP_TAGLINE: &str = "Chuẩn bị đại hội công đoàn: việc cần làm, hạn chót, văn kiện";

// Creation form
pub const CREATE_TITLE: &str = "Tạo sổ tay cho một kỳ đại hội";
pub const CREATE_INTRO: &str =
    "Nhập vài thông tin; ứng dụng lập sẵn danh sách việc cần làm và tính hạn cho từng việc theo ngày đại hội.";
pub const FIELD_UNIT_NAME: &str = "Tên công đoàn tổ chức đại hội";
pub const FIELD_UNIT_NAME_HINT: &str = "Ví dụ: Công đoàn Trường THCS Lê Lợi";
pub const FIELD_UPPER_UNION: &str = "Công đoàn cấp trên trực tiếp";
pub const FIELD_UPPER_UNION_HINT: &str = "Ví dụ: Liên đoàn Lao động huyện Sa Pa";
pub const FIELD_TYPE: &str = "Loại đại hội";
pub const FIELD_TYPE_HINT: &str = "Quyết định danh sách việc cần làm được lập sẵn; sau đó vẫn sửa được từng việc.";
pub const FIELD_KIND: &str = "Hình thức đại hội";
pub const FIELD_DATE: &str = "Ngày đại hội (ngày/tháng/năm)";
pub const FIELD_DATE_HINT: &str = "dd/mm/yyyy";
pub const FIELD_ROUND: &str = "Đợt đại hội";
pub const ROUND_OUT_OF_CYCLE: &str = "Ngoài đợt (công đoàn mới thành lập, sáp nhập, điều chỉnh nhiệm kỳ…)";
pub const ROUND_HINT: &str =
    "Các đợt có sẵn đều đã qua hạn chót; chọn “Ngoài đợt” nếu đại hội không thuộc đợt nào, hoặc thêm đợt mới khi cấp trên công bố.";
pub const CREATE_PLAN_HINT: &str =
    "Có tệp kế hoạch của công đoàn cấp trên? Mở nó ở mục “Nhập tệp” bên dưới: sổ tay được lập theo kế hoạch (mã đơn vị, đợt và hạn chót, hạn các việc).";
pub const CREATE_SUBMIT: &str = "Tạo danh sách việc cần làm";
pub const CANCEL: &str = "Quay lại";

pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Grassroots => "Công đoàn cơ sở",
        Level::DirectUpper => "Công đoàn cấp trên trực tiếp cơ sở",
        Level::Province => "Liên đoàn Lao động tỉnh, thành phố và tương đương",
    }
}

pub fn congress_type_name(t: CongressType) -> &'static str {
    match t {
        CongressType::GrassrootsFullMember => "Công đoàn cơ sở – đại hội toàn thể đoàn viên",
        CongressType::GrassrootsDelegate => "Công đoàn cơ sở – đại hội đại biểu",
        CongressType::DirectUpper => "Công đoàn cấp trên trực tiếp cơ sở – đại hội đại biểu",
    }
}

pub fn kind_name(kind: CongressKind) -> &'static str {
    match kind {
        CongressKind::FullMember => "Đại hội toàn thể đoàn viên",
        CongressKind::Delegate => "Đại hội đại biểu",
    }
}

pub fn input_error(e: InputError) -> &'static str {
    match e {
        InputError::UnitNameMissing => "Hãy nhập tên công đoàn tổ chức đại hội.",
        InputError::UpperUnionMissing => "Hãy nhập tên công đoàn cấp trên trực tiếp.",
        InputError::Date(d) => date_error(d),
        InputError::PilotDate(d) => match d {
            DateInputError::Empty => "Hãy nhập hạn chót của đại hội điểm.",
            other => date_error(other),
        },
    }
}

pub fn task_input_error(e: TaskInputError) -> &'static str {
    match e {
        TaskInputError::TitleMissing => "Hãy nhập tên việc.",
        TaskInputError::Days => "Số ngày phải là số nguyên từ 0 đến 3650.",
        TaskInputError::FixedDate(d) => date_error(d),
        TaskInputError::DoneDate(d) => date_error(d),
    }
}

pub fn date_error(e: DateInputError) -> &'static str {
    match e {
        DateInputError::Empty => "Hãy nhập ngày đại hội.",
        DateInputError::Shape => "Ngày chưa đúng dạng: hãy nhập ngày/tháng/năm, ví dụ 15/03/2027.",
        DateInputError::NotInCalendar => "Ngày này không có trên lịch (ví dụ 31/04 hay 29/02 của năm không nhuận).",
        DateInputError::OutOfRange => "Năm phải từ 2000 đến 2100.",
    }
}

// Checklist
pub const NEW_CONGRESS: &str = "+ Đại hội khác";
pub const SWITCH_CONGRESS: &str = "Đang xem sổ tay";
pub const CHECKLIST_TITLE: &str = "Việc cần làm";
pub const DUE: &str = "Hạn";
pub const BASIS: &str = "Căn cứ";
pub const BASIS_PRACTICE: &str = "thông lệ";
pub const CHECKLIST_NOTE: &str =
    "Hạn mặc định tính từ ngày đại hội theo thông lệ, không phải quy định chính thức; hãy theo kế hoạch của công đoàn cấp trên nếu khác.";
pub const OVERDUE: &str = "Quá hạn";
pub const DUE_SOON: &str = "Sắp đến hạn";
pub const AFTER_CUT_OFF: &str = "Sau hạn chót của đợt";
pub const DONE_ON: &str = "Xong ngày";
pub const ROUND_LABEL: &str = "Đợt";
pub const UPPER_UNION_LABEL: &str = "Cấp trên";
pub const CONGRESS_DAY_LABEL: &str = "Ngày đại hội";

pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Plan => "Kế hoạch",
        Phase::Documents => "Văn kiện",
        Phase::Personnel => "Nhân sự",
        Phase::Logistics => "Tổ chức, hậu cần",
        Phase::Congress => "Ngày đại hội",
        Phase::After => "Sau đại hội",
    }
}

pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::NotStarted => "Chưa làm",
        Status::InProgress => "Đang làm",
        Status::Done => "Đã xong",
        Status::NotApplicable => "Không áp dụng",
    }
}

pub fn urgency_name(u: Urgency) -> Option<&'static str> {
    match u {
        Urgency::Overdue => Some(OVERDUE),
        Urgency::DueSoon => Some(DUE_SOON),
        Urgency::Closed | Urgency::Later => None,
    }
}

pub fn date(d: NaiveDate) -> String {
    format_dmy(d)
}

pub fn days_to_congress(days: i64) -> String {
    match days {
        d if d > 0 => format!("còn {d} ngày"),
        0 => "hôm nay".to_string(),
        d => format!("đã diễn ra {} ngày trước", -d),
    }
}

pub fn progress(closed: usize, total: usize) -> String {
    format!("Đã xong {closed}/{total} việc")
}

pub fn phase_progress(closed: usize, total: usize) -> String {
    format!("{closed}/{total}")
}

pub fn round_none() -> &'static str {
    "Ngoài đợt, không có hạn chót chung"
}

pub fn cut_off_line(cut_off: NaiveDate) -> String {
    format!("hạn chót cho cấp này: {}", format_dmy(cut_off))
}

pub fn congress_after_cut_off(cut_off: NaiveDate) -> String {
    format!(
        "Ngày đại hội sau hạn chót của đợt ({}). Hãy chọn ngày sớm hơn hoặc kiểm tra lại đợt đại hội.",
        format_dmy(cut_off)
    )
}

pub fn tasks_after_cut_off(count: usize) -> String {
    format!("{count} việc trước đại hội có hạn sau hạn chót của đợt.")
}

// Finding tasks
pub const SEARCH: &str = "Tìm việc";
pub const SEARCH_HINT: &str = "Gõ có dấu hay không dấu đều được";
pub const SHOW: &str = "Hiển thị";
pub const ASSIGNEE_FILTER: &str = "Người phụ trách";
pub const EVERYONE: &str = "Tất cả";
pub const PRINT: &str = "In danh sách";
pub const DOWNLOAD_ICS: &str = "Tải lịch (.ics)";
pub const NO_MATCH: &str = "Không có việc nào khớp với điều kiện lọc.";
pub const AGENDA_TITLE: &str = "Việc đến hạn trong 14 ngày tới";
pub const AGENDA_EMPTY: &str = "Không có việc nào chưa xong đến hạn trong 14 ngày tới.";

pub fn show_name(s: Show) -> &'static str {
    match s {
        Show::All => "Tất cả việc",
        Show::Open => "Việc chưa xong",
        Show::Done => "Việc đã xong",
        Show::Overdue => "Việc quá hạn",
    }
}

// Exchange files
pub const EXPORT_TITLE: &str = "Gửi cấp trên và sao lưu";
pub const EXPORT_HINT: &str =
    "Tệp gửi cấp trên chứa thông tin và danh sách việc của đại hội đang xem; gửi qua Zalo hoặc thư điện tử. Bản sao lưu gồm mọi sổ tay và các đợt tự thêm trong trình duyệt này: hãy cất ở nơi an toàn.";
pub const EXPORT_INCLUDE_PEOPLE: &str = "Kèm tên người phụ trách và ghi chú";
pub const EXPORT_UNIT: &str = "Xuất tệp gửi cấp trên (.json)";
pub const EXPORT_BACKUP: &str = "Sao lưu mọi sổ tay (.json)";

pub fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes } => format!(
            "Tệp quá lớn ({} MB); ứng dụng chỉ nhận tệp đến {} MB.",
            bytes / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        ),
        ImportError::Empty => "Tệp rỗng: không có nội dung nào để nhập.".to_string(),
        ImportError::NotUtf8 { offset } => format!(
            "Tệp không phải văn bản UTF-8 (byte thứ {} không đọc được). Có thể đây là tệp Word, ảnh hoặc tệp đã bị hỏng.",
            offset + 1
        ),
        ImportError::NotJson { line, column, truncated: true } => format!(
            "Tệp bị cụt: nội dung kết thúc giữa chừng (dòng {line}, cột {column}). Hãy xin lại tệp đầy đủ."
        ),
        ImportError::NotJson { line, column, .. } => {
            format!("Tệp không đúng định dạng JSON: lỗi ở dòng {line}, cột {column}.")
        }
        ImportError::TooDeep => format!("Tệp lồng quá sâu (quá {MAX_DEPTH} tầng): không phải tệp của ứng dụng."),
        ImportError::NotOurFormat => {
            "Đây không phải tệp của Sổ tay Đại hội (thiếu dòng \"format\": \"congress-notebook\").".to_string()
        }
        ImportError::BadVersion => "Tệp thiếu số phiên bản định dạng hoặc số phiên bản không hợp lệ.".to_string(),
        ImportError::TooNew { version } => format!(
            "Tệp do phiên bản mới hơn của ứng dụng tạo (định dạng {version}); phiên bản này đọc được đến định dạng {VERSION}. Hãy cập nhật ứng dụng."
        ),
        ImportError::UnknownKind { kind } => format!(
            "Tệp thuộc loại “{kind}”, không phải loại tệp phiên bản này đọc được (tệp đơn vị gửi cấp trên, bản sao lưu, kế hoạch của cấp trên). Nếu tệp do phiên bản mới hơn của ứng dụng tạo, hãy cập nhật ứng dụng."
        ),
        ImportError::Invalid { path, problem } => {
            let what = match problem {
                FieldProblem::Missing(field) => format!("thiếu trường “{field}”"),
                FieldProblem::WrongType => "sai kiểu dữ liệu".to_string(),
                FieldProblem::UnknownValue => "có giá trị không được chấp nhận".to_string(),
                FieldProblem::BadDate => "không phải ngày hợp lệ dạng yyyy-mm-dd".to_string(),
                FieldProblem::Empty => "bị bỏ trống".to_string(),
                FieldProblem::OutOfRange => "vượt quá giới hạn cho phép".to_string(),
                FieldProblem::BadId => "không phải mã hợp lệ (chỉ gồm 1–64 chữ cái không dấu, chữ số, “-” hoặc “_”)".to_string(),
                FieldProblem::BadCode => "không phải mã đơn vị hợp lệ (1–32 ký tự, không có dấu cách)".to_string(),
                FieldProblem::Other(m) => format!("không hợp lệ ({m})"),
            };
            let subject = if path.is_empty() { "tệp".to_string() } else { format!("trường “{path}”") };
            format!("Dữ liệu không hợp lệ: {subject} {what}.")
        }
        ImportError::DuplicateId { path, id } => {
            format!("Dữ liệu không hợp lệ: mã “{id}” ở {} bị trùng với một mục trước đó.", shown_path(path))
        }
        ImportError::DateOutOfRange { path, date } => format!(
            "Dữ liệu không hợp lệ: ngày {date} ở {} nằm ngoài khoảng năm {MIN_YEAR}–{MAX_YEAR}.",
            shown_path(path)
        ),
    }
}

fn shown_path(path: &str) -> String {
    format!("“{path}”")
}

pub const IMPORT_TITLE: &str = "Nhập tệp";
pub const IMPORT_HINT: &str =
    "Tệp .json do Sổ tay Đại hội xuất ra (tệp của đơn vị gửi lên, hoặc bản sao lưu). Chọn tệp hoặc kéo thả vào đây; chưa có gì được ghi cho đến khi bạn xem trước và đồng ý.";
pub const IMPORT_PICK: &str = "Chọn tệp (.json)";
pub const IMPORT_PREVIEW: &str = "Xem trước tệp nhập";
pub const IMPORT_CHECKING: &str = "Đang kiểm tra tệp…";
pub const IMPORT_FILE_UNREADABLE: &str =
    "Trình duyệt không đọc được tệp này (có thể tệp vừa bị di chuyển hoặc xoá). Hãy chọn lại tệp.";
pub const CHECKER_ANSWER_UNREADABLE: &str = "Không đọc được kết quả kiểm tra tệp.";
pub const IMPORT_CHECKER_FAILED: &str =
    "Không chạy được phần kiểm tra tệp trong trình duyệt này (có thể do mất kết nối khi tải trang). Hãy tải lại trang rồi thử lại.";
pub const IMPORT_NEW: &str = "Chưa có trong trình duyệt này: sẽ được thêm mới.";
pub const IMPORT_ADD: &str = "Thêm thành sổ tay mới";
pub const IMPORT_REPLACE: &str = "Thay thế sổ tay cùng mã (giữ lại bản đang có để khôi phục)";
pub const REPLACED_NOTE: &str = "Sổ tay này đã được thay bằng dữ liệu nhập từ tệp.";
pub const RESTORE_REPLACED: &str = "Khôi phục bản trước khi nhập";

/// A file refused, and why (`reason`: a sentence of its own).
pub fn import_refused(file: &str, reason: &str) -> String {
    format!("Không nhập tệp “{file}”; dữ liệu trong trình duyệt giữ nguyên. {reason}")
}

pub fn import_preview_title(file: &str) -> String {
    format!("Trong tệp “{file}”:")
}

pub fn import_rounds(n: usize) -> String {
    format!("Kèm {n} đợt đại hội tự thêm.")
}

pub fn imported(n: usize) -> String {
    format!("Đã nhập {n} sổ tay.")
}

pub fn import_differences(diffs: &[Difference]) -> String {
    if diffs.is_empty() {
        return "Đã có trong trình duyệt này, giống hệt tệp.".to_string();
    }
    let parts: Vec<String> = diffs
        .iter()
        .map(|d| match d {
            Difference::UnitName => "tên đơn vị khác".to_string(),
            Difference::UpperUnion => "công đoàn cấp trên khác".to_string(),
            Difference::Date { stored, incoming } => format!("ngày đại hội {} → {}", format_dmy(*stored), format_dmy(*incoming)),
            Difference::TasksAdded(n) => format!("{n} việc mới"),
            Difference::TasksRemoved(n) => format!("{n} việc không còn"),
            Difference::TasksChanged(n) => format!("{n} việc thay đổi"),
            Difference::Other => "một số thông tin khác".to_string(),
        })
        .collect();
    format!("Đã có trong trình duyệt này; tệp khác ở: {}.", parts.join(", "))
}

// Editing a task
pub const EDIT_TASK: &str = "Sửa";
pub const TASK_TITLE: &str = "Tên việc";
pub const TASK_PHASE: &str = "Giai đoạn";
pub const TASK_STATUS: &str = "Trạng thái";
pub const TASK_ASSIGNEE: &str = "Người hoặc tiểu ban phụ trách";
pub const TASK_ASSIGNEE_HINT: &str = "Ví dụ: Tiểu ban văn kiện, đ/c Lan";
pub const SUBCOMMITTEES: [&str; 4] =
    ["Tiểu ban văn kiện", "Tiểu ban nhân sự", "Tiểu ban tổ chức – hậu cần", "Thường trực BCH"];
pub const TASK_NOTES: &str = "Ghi chú";
pub const TASK_DUE: &str = "Hạn";
pub const DUE_KIND: &str = "Cách tính hạn";

pub fn due_kind_name(kind: DueKind) -> &'static str {
    match kind {
        DueKind::Before => "ngày trước đại hội",
        DueKind::After => "ngày sau đại hội (0 là ngày đại hội)",
        DueKind::Fixed => "vào ngày cố định",
    }
}

pub const DUE_DAYS: &str = "Số ngày";
pub const DUE_FIXED_DATE: &str = "Ngày cố định (ngày/tháng/năm)";
pub const TASK_DONE_ON: &str = "Ngày hoàn thành (để trống là hôm nay)";
pub const SAVE: &str = "Lưu";
pub const CLOSE: &str = "Đóng";
pub const DELETE_TASK: &str = "Xoá việc";
pub const MOVE_UP: &str = "Lên";
pub const MOVE_DOWN: &str = "Xuống";
pub const UNDO: &str = "Hoàn tác";
pub const ADD: &str = "Thêm";
pub const ASSIGNEE_LABEL: &str = "Phụ trách";
pub const NOTES_LABEL: &str = "Ghi chú";

pub fn edit_task_label(title: &str) -> String {
    format!("Sửa việc: {title}")
}

pub fn add_task_label(phase: Phase) -> String {
    format!("Thêm việc vào giai đoạn “{}”", phase_name(phase))
}

pub fn task_removed(title: &str) -> String {
    format!("Đã xoá việc “{title}”.")
}

pub fn due_rule(days: i32) -> String {
    match days {
        d if d < 0 => format!("{} ngày trước đại hội", -d),
        0 => "ngày đại hội".to_string(),
        d => format!("{d} ngày sau đại hội"),
    }
}
pub const FIXED_DATE_NOTE: &str = "ngày cố định";

// Own rounds
pub const ADD_ROUND: &str = "+ Thêm đợt khác…";
pub const NEW_ROUND: &str = "Đợt đại hội mới";
pub const ROUND_NAME: &str = "Tên đợt";
pub const ROUND_NAME_HINT: &str = "Ví dụ: Nhiệm kỳ 2030–2035";
pub const SAVE_ROUND: &str = "Lưu đợt và chọn";

pub fn round_cut_off_label(level: Level) -> String {
    format!("Hạn chót – {} (ngày/tháng/năm)", level_name(level))
}

pub fn round_input_error(e: RoundInputError) -> String {
    match e {
        RoundInputError::NameMissing => "Hãy nhập tên đợt.".to_string(),
        RoundInputError::NoCutOff => "Hãy nhập hạn chót cho ít nhất một cấp.".to_string(),
        RoundInputError::CutOff(level, d) => format!("{}: {}", level_name(level), date_error(d)),
    }
}

// Deleting a congress
pub const DELETE_CONGRESS: &str = "Xoá sổ tay này…";
pub const DELETE_CONGRESS_YES: &str = "Xoá sổ tay";

pub fn confirm_delete_congress(name: &str) -> String {
    format!("Xoá sổ tay “{name}” khỏi trình duyệt này? Có thể hoàn tác ngay sau khi xoá.")
}

pub fn congress_deleted(name: &str) -> String {
    format!("Đã xoá sổ tay “{name}”.")
}

// Editing the congress
pub const EDIT_CONGRESS: &str = "Sửa thông tin đại hội";
pub const PILOT: &str = "Đại hội điểm (tổ chức trước theo hạn riêng của cấp trên)";
pub const PILOT_CUT_OFF: &str = "Hạn chót của đại hội điểm (ngày/tháng/năm)";
pub const PILOT_LABEL: &str = "đại hội điểm";
pub const DATE_MOVE_NOTE: &str =
    "Đổi ngày đại hội thì hạn của các việc tính theo ngày đại hội đổi theo; việc có ngày cố định giữ nguyên.";

// Storage problems and the quarantine
pub const STORAGE_TITLE: &str = "Dữ liệu trong trình duyệt";
pub const QUARANTINE_EXPLAIN: &str =
    "Ứng dụng đã cất nguyên vẹn một bản sao của phần dữ liệu không đọc được và không xoá gì. Bạn có thể tải bản sao về để gửi người hỗ trợ, rồi tiếp tục làm việc.";
pub const QUARANTINE_DOWNLOAD: &str = "Tải bản sao về";
pub const QUARANTINE_DISCARD: &str = "Xoá bản sao…";
pub const QUARANTINE_CONFIRM: &str = "Xoá hẳn bản sao này khỏi trình duyệt? Không thể hoàn tác.";
pub const QUARANTINE_CONFIRM_YES: &str = "Xoá bản sao";
pub const QUARANTINE_CONFIRM_NO: &str = "Giữ lại";
pub const DISMISS: &str = "Đã hiểu";

pub fn quarantine_entry(saved_at: &str) -> String {
    format!("Bản sao dữ liệu không đọc được, cất lúc {saved_at}")
}

pub fn quarantine_file_name(today: NaiveDate) -> String {
    format!("daihoi-du-lieu-khong-doc-duoc-{:04}-{:02}-{:02}.txt", today.year(), today.month(), today.day())
}

fn what(key: &str) -> &'static str {
    if key.ends_with("/manifest") {
        "danh sách sổ tay"
    } else if key.ends_with("/rounds") {
        "danh sách đợt đại hội tự thêm"
    } else {
        "một sổ tay đại hội"
    }
}

pub fn load_problem(p: &LoadProblem) -> String {
    match p {
        LoadProblem::Quarantined { key, reason, .. } => {
            format!("Không đọc được {} lưu trong trình duyệt này: {}", what(key), unreadable(reason))
        }
        LoadProblem::CopyFailed { key, reason, .. } => format!(
            "Không đọc được {} ({}) và bộ nhớ trình duyệt không còn chỗ để cất bản sao. Ứng dụng sẽ không ghi đè lên nó; hãy giải phóng bộ nhớ rồi tải lại trang.",
            what(key),
            unreadable(reason)
        ),
        LoadProblem::Missing { .. } => {
            "Một sổ tay có trong danh sách nhưng dữ liệu của nó không còn trong trình duyệt.".to_string()
        }
        LoadProblem::FoundAgain { count } => format!(
            "Danh sách sổ tay trong trình duyệt bị mất hoặc hỏng; đã tìm lại {count} sổ tay từ dữ liệu còn lưu và đưa vào danh sách."
        ),
        LoadProblem::NewerVersion { version, .. } => format!(
            "Có dữ liệu do phiên bản mới hơn của ứng dụng ghi (lược đồ {version}; phiên bản này đọc lược đồ {}). Dữ liệu đó được giữ nguyên.",
            crate::storage::keys::SCHEMA_VERSION
        ),
        LoadProblem::Unavailable(_) => {
            "Trình duyệt không cho phép lưu dữ liệu (có thể đang ở chế độ ẩn danh hoặc đã chặn lưu trữ). Những gì bạn nhập sẽ mất khi đóng trang.".to_string()
        }
    }
}

fn unreadable(reason: &UnreadableReason) -> String {
    match reason {
        UnreadableReason::Corrupt(_) => "dữ liệu bị hỏng hoặc không đúng định dạng.".to_string(),
        UnreadableReason::NotText => "dữ liệu không phải văn bản hợp lệ.".to_string(),
    }
}

pub fn save_error(e: &SaveError) -> &'static str {
    match e {
        SaveError::Full => "Bộ nhớ trình duyệt đã đầy: thay đổi vừa rồi CHƯA được lưu. Dữ liệu đã lưu trước đó vẫn nguyên vẹn. Đừng đóng trang; hãy giải phóng bộ nhớ rồi thử lại.",
        SaveError::Protected(_) => "Không lưu được vì chỗ lưu đang chứa dữ liệu không đọc được mà ứng dụng chưa cất được bản sao. Dữ liệu đó được giữ nguyên.",
        SaveError::Backend(_) => "Không lưu được vào bộ nhớ trình duyệt: thay đổi vừa rồi chưa được lưu.",
        SaveError::Conflict(_) => "Sổ tay này vừa được lưu ở một thẻ (cửa sổ) khác của ứng dụng, nên thay đổi vừa rồi ở đây CHƯA được lưu. Hãy chọn giữ bản nào.",
        SaveError::DeletedElsewhere(_) => "Phần này vừa bị xoá ở một thẻ (cửa sổ) khác, nên thay đổi vừa rồi ở đây không được lưu.",
        SaveError::Halted(Halt::NewerVersion(_)) => HALTED_NEWER,
        SaveError::Halted(Halt::WipedElsewhere) => HALTED_WIPED,
    }
}

// When this tab stops writing, and changes another tab's deletion overruled
pub const HALTED_NEWER: &str = "Một phiên bản mới hơn của ứng dụng đã ghi dữ liệu trong trình duyệt này. Thẻ này ngừng lưu để không làm hỏng dữ liệu đó; những gì đang hiển thị vẫn còn. Hãy tải bản sao lưu những gì đang hiển thị nếu cần, rồi tải lại trang để dùng phiên bản mới.";
pub const HALTED_WIPED: &str = "Toàn bộ dữ liệu của ứng dụng vừa bị xoá ở một thẻ (cửa sổ) khác. Thẻ này đã bỏ những gì đang giữ và không lưu gì nữa.";
pub const DOWNLOAD_SHOWN: &str = "Tải bản sao lưu những gì đang hiển thị";
pub const RELOAD_PAGE: &str = "Tải lại trang";

// A new build (the service worker, `ui::offline`)
pub const UPDATE_READY: &str = "Có phiên bản mới — tải lại để dùng. Những gì chưa lưu sẽ được lưu trước.";
pub const UPDATE_ELSEWHERE: &str =
    "Sổ tay Đại hội vừa được cập nhật ở một thẻ khác. Hãy tải lại trang này để dùng phiên bản mới; những gì chưa lưu sẽ được lưu trước.";
pub const UPDATE_RELOAD: &str = "Tải lại";

// Installing the app, and a messaging app's browser (`ui::install`)
pub const INSTALL_OFFER: &str =
    "Cài Sổ tay Đại hội lên máy để mở nhanh như một ứng dụng, kể cả khi không có mạng; trình duyệt cũng giữ dữ liệu lâu dài hơn.";
pub const INSTALL_YES: &str = "Cài ứng dụng";
pub const INSTALL_NO: &str = "Không, cảm ơn";
pub const INSTALL_IOS: &str =
    "Cài Sổ tay Đại hội lên iPhone, iPad: bấm nút Chia sẻ (trong Safari: ô vuông có mũi tên lên ở thanh dưới; trong Chrome: ở thanh địa chỉ), rồi chọn “Thêm vào MH chính”. Khi đã cài, dữ liệu được giữ lâu dài hơn.";
pub const IN_APP_BROWSER: &str =
    "Bạn đang mở Sổ tay Đại hội trong Zalo, Facebook hoặc Instagram. Dữ liệu lưu ở đây có thể bị xoá và không có trong Chrome hay Safari. Hãy mở bằng trình duyệt: bấm nút ⋯ hoặc ⋮ ở góc trên, chọn “Mở bằng trình duyệt” (hoặc “Mở trong Chrome”, “Mở trong Safari”).";
pub fn persisted_line(kept: Option<bool>) -> &'static str {
    match kept {
        Some(true) => "Trình duyệt đã đồng ý giữ dữ liệu của ứng dụng lâu dài.",
        Some(false) => "Trình duyệt chưa hứa giữ dữ liệu lâu dài: có thể tự xoá khi máy thiếu chỗ. Cài ứng dụng lên máy giúp giữ dữ liệu.",
        None => "Trình duyệt này không cho biết có giữ dữ liệu lâu dài hay không.",
    }
}
pub const UPDATE_UNSAVED: &str = "Chưa tải lại: còn thay đổi chưa lưu được (xem thông báo phía trên). Hãy xử lý thông báo đó trước; dữ liệu của bạn vẫn còn nguyên.";

// Screens loaded on first use
pub const SCREEN_LOADING: &str = "Đang tải màn hình…";
pub const CHUNK_OFFLINE: &str = "Chưa tải được màn hình này vì máy đang mất mạng. Dữ liệu của bạn không bị ảnh hưởng; khi có mạng, hãy thử lại.";
pub const CHUNK_UPGRADED: &str = "Chưa tải được màn hình này: có thể ứng dụng vừa được cập nhật trên máy chủ. Dữ liệu của bạn không bị ảnh hưởng; hãy thử lại hoặc tải lại trang (những gì chưa lưu sẽ được lưu trước).";
/// An action whose code is fetched on first use (a backup, a unit file) could not fetch it.
pub const CODE_OFFLINE: &str = "Chưa tạo được tệp vì máy đang mất mạng và phần tạo tệp chưa được tải về. Dữ liệu của bạn không bị ảnh hưởng; khi có mạng, hãy bấm lại.";
pub const CODE_UPGRADED: &str = "Chưa tạo được tệp: có thể ứng dụng vừa được cập nhật trên máy chủ. Dữ liệu của bạn không bị ảnh hưởng; hãy bấm lại hoặc tải lại trang (những gì chưa lưu sẽ được lưu trước).";
pub const TRY_AGAIN: &str = "Thử lại";
pub fn lost_change(name: &str) -> String {
    format!(
        "“{name}” vừa bị xoá ở một thẻ (cửa sổ) khác, nên thay đổi chưa lưu ở đây không được ghi lại. Bạn có thể tải thay đổi đó về thành tệp (nhập lại được nếu cần)."
    )
}
pub const LOST_DOWNLOAD: &str = "Tải thay đổi chưa lưu";

// The data in this browser
pub const DATA_TITLE: &str = "Dữ liệu trong trình duyệt này";
pub const LOCAL_ONLY: &str =
    "Mọi thứ bạn nhập chỉ nằm trong trình duyệt này trên máy này: không gửi lên mạng, không tự sang máy khác. Xoá dữ liệu duyệt web hay dùng máy khác là không còn; hãy sao lưu định kỳ.";
pub const DELETE_ALL: &str = "Xoá toàn bộ dữ liệu trên máy này…";
pub const DELETE_ALL_CONFIRM: &str =
    "Mọi sổ tay, các đợt tự thêm, các bản sao dữ liệu hỏng và danh sách đơn vị cấp trên đã nạp của ứng dụng trong trình duyệt này sẽ bị xoá hẳn, không hoàn tác được. Nên sao lưu trước.";
pub const BACKUP_FIRST: &str = "Sao lưu trước";
pub const DELETE_ALL_YES: &str = "Xoá hết dữ liệu";
pub const DELETED_ALL: &str = "Đã xoá toàn bộ dữ liệu của Sổ tay Đại hội trên máy này.";
pub const BACKUP_DUE: &str =
    "Dữ liệu đã thay đổi mà đã hơn 7 ngày chưa sao lưu. Trình duyệt có thể mất dữ liệu; hãy tải bản sao lưu và cất ở nơi an toàn.";
pub const BACKUP_NOW: &str = "Sao lưu ngay";
pub const FULL_EXPORT_HINT: &str =
    "Mọi thay đổi vẫn còn trên màn hình cho đến khi đóng trang: hãy tải bản sao lưu ngay để giữ chúng.";

pub fn persist_result(kept: bool) -> &'static str {
    if kept {
        "Dữ liệu chỉ lưu trong trình duyệt này trên máy này. Trình duyệt đã đồng ý giữ lâu dài, nhưng vẫn nên sao lưu định kỳ."
    } else {
        "Dữ liệu chỉ lưu trong trình duyệt này trên máy này, và trình duyệt chưa hứa giữ lâu dài (có thể tự xoá khi máy thiếu chỗ hoặc lâu không mở trang). Hãy sao lưu định kỳ."
    }
}

/// "9.026 ký tự (0,2%)" with Vietnamese separators.
fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

pub fn usage_line(u: Usage) -> String {
    let limit = STORAGE_LIMIT_CHARS;
    let tenths = (u.app_chars * 1000 / limit) as u64;
    let free = limit.saturating_sub(u.site_chars);
    format!(
        "Ứng dụng đang dùng {} ký tự ({},{}%) trong khoảng {} ký tự trình duyệt cho phép; còn trống khoảng {} ký tự.",
        count(u.app_chars),
        tenths / 10,
        tenths % 10,
        count(limit),
        count(free)
    )
}

// Two tabs
pub const CHANGED_ELSEWHERE: &str =
    "Dữ liệu vừa được thay đổi ở một thẻ (cửa sổ) khác của ứng dụng; màn hình đã cập nhật theo.";
pub const KEEP_THEIRS: &str = "Dùng bản ở thẻ kia";
pub const KEEP_MINE: &str = "Giữ bản ở thẻ này";

// Footer
pub fn footer_version(version: &str) -> String {
    format!("{APP_NAME} · phiên bản {version}")
}
pub const FOOTER_PRIVACY: &str = "Dữ liệu chỉ lưu trong trình duyệt trên máy này, không gửi đi đâu.";

// Screens of an open congress
pub const SCREEN_NAV: &str = "Màn hình";
pub const SCREEN_CHECKLIST: &str = "Việc cần làm";
pub const SCREEN_DOCUMENTS: &str = "Văn kiện";

// Documents
pub const DOCUMENTS_TITLE: &str = "Văn kiện đại hội";
pub const DOCUMENTS_NONE: &str = "Chưa có văn kiện nào. Chọn loại văn bản rồi bấm “Tạo từ dàn ý”.";
pub const NEW_DOCUMENT_KIND: &str = "Loại văn bản";
pub const NEW_DOCUMENT: &str = "Tạo từ dàn ý";
pub const OPEN_DOCUMENT: &str = "Mở";
pub const BACK_TO_DOCUMENTS: &str = "← Danh sách văn kiện";
pub const DRAFT_SAVED: &str = "Đã lưu";
pub const DRAFT_SAVING: &str = "Đang lưu…";
pub const DRAFT_SAVE_FAILED: &str = "Chưa lưu được";
pub const DRAFT_HEADING: &str = "Tên loại văn bản (in hoa)";
pub const DRAFT_TITLE: &str = "Trích yếu nội dung";
pub const DRAFT_SYMBOL: &str = "Ký hiệu loại văn bản";
pub const DRAFT_SYMBOL_NONE: &str = "Không đánh số";
pub const DRAFT_NUMBER: &str = "Số văn bản";
pub const DRAFT_NUMBER_HINT: &str = "Để trống nếu chưa cấp số";
pub const DRAFT_DATE: &str = "Ngày ký (ngày/tháng/năm)";
pub const DRAFT_DATE_HINT: &str = "Để trống: ngày đại hội";
pub const DRAFT_STATUS: &str = "Tình trạng";
pub const DRAFT_TASK: &str = "Việc cần làm gắn với văn kiện";
pub const DRAFT_TASK_NONE: &str = "Không gắn";
pub const DRAFT_TASK_HINT: &str = "Khi văn kiện hoàn chỉnh, việc này được đánh dấu đã xong.";
pub const SECTION_BODY_HINT: &str = "Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” là một ý gạch đầu dòng.";
pub const SECTION_HEADING: &str = "Tên mục";
pub const ADD_SECTION: &str = "Thêm mục";
pub const NEW_SECTION: &str = "Mục mới";
pub const TARGETS_IN_SECTION: &str = "Các chỉ tiêu dưới đây lấy từ bảng Chỉ tiêu nhiệm kỳ và được đưa vào văn bản sau phần này:";
pub const NO_TARGETS_YET: &str = "Chưa có chỉ tiêu nào: thêm ở màn hình Văn kiện, mục Chỉ tiêu nhiệm kỳ.";
pub const EXPORT_DOCX: &str = "Xuất file Word (.docx)";
pub const PRINT_DOCUMENT: &str = "In văn bản";
pub const DELETE_DOCUMENT: &str = "Xoá văn kiện";
pub const DELETE_DOCUMENT_YES: &str = "Xoá hẳn";
pub const BEFORE_RESTORE: &str = "Trước khi khôi phục";
pub const BEFORE_IMPORT: &str = "Trước khi nhập tệp";
pub const EXPORT_INCLUDE_DRAFTS: &str = "Kèm các văn kiện (bản hiện tại; có danh sách trích ngang người trúng cử, không có danh sách đề cử và số phiếu từng người)";

pub fn import_drafts(n: usize) -> String {
    format!("{n} văn kiện")
}
pub const VERSIONS_TITLE: &str = "Các phiên bản";
pub const VERSION_NAME: &str = "Tên phiên bản";
pub const VERSION_NAME_HINT: &str = "Ví dụ: Bản gửi cấp trên lần 1";
pub const KEEP_VERSION: &str = "Lưu phiên bản";
pub const VERSIONS_NONE: &str = "Chưa lưu phiên bản nào. Mỗi lần đổi tình trạng, ứng dụng tự lưu một phiên bản.";
pub const COMPARE: &str = "So sánh với bản hiện tại";
pub const RESTORE_VERSION: &str = "Khôi phục bản này";
pub const CLOSE_COMPARE: &str = "Đóng so sánh";
pub const COMPARE_LEGEND: &str = "Đoạn có dấu + là mới trong bản hiện tại; dấu − là đoạn của phiên bản đã bị bỏ hoặc sửa.";
pub const COMPARE_SAME: &str = "Không có khác biệt.";
pub const CHANGE_ADDED: &str = "Thêm: ";
pub const CHANGE_REMOVED: &str = "Bỏ: ";
pub const VERSION_AUTOMATIC: &str = "tự động";

pub fn draft_status_name(s: DraftStatus) -> &'static str {
    match s {
        DraftStatus::Draft => "Dự thảo",
        DraftStatus::SentUpper => "Đã gửi cấp trên",
        DraftStatus::CommentsReceived => "Đã nhận góp ý",
        DraftStatus::Final => "Hoàn chỉnh",
    }
}

pub fn words(n: usize) -> String {
    format!("{} chữ", thousands(n))
}

pub fn draft_summary(status: DraftStatus, words_n: usize) -> String {
    format!("{} · {}", draft_status_name(status), words(words_n))
}

pub fn total_words(n: usize) -> String {
    format!("Tổng cộng: {}", words(n))
}

/// 12345 → "12.345" (Vietnamese groups thousands with a dot).
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

pub fn versions_pruned(n: usize) -> String {
    format!(
        "Đã xoá {n} phiên bản cũ nhất: mỗi văn kiện giữ tối đa {} phiên bản để bộ nhớ trình duyệt không đầy.",
        crate::model::draft::MAX_VERSIONS
    )
}

pub fn version_kept(name: &str) -> String {
    format!("Đã lưu phiên bản “{name}”.")
}

pub fn version_restored(name: &str) -> String {
    format!("Đã khôi phục phiên bản “{name}”. Bản trước đó được lưu thành phiên bản “{BEFORE_RESTORE}”.")
}

pub fn confirm_delete_document(title: &str) -> String {
    format!("Xoá văn kiện “{title}” cùng các phiên bản của nó?")
}

pub fn document_deleted(title: &str) -> String {
    format!("Đã xoá văn kiện “{title}”.")
}

pub const DRAFT_DATE_ERROR: &str = "Ngày phải có dạng ngày/tháng/năm, ví dụ 05/02/2023.";

// Document header and targets
pub const LETTERHEAD_TITLE: &str = "Thể thức văn bản (dùng chung cho mọi văn kiện)";
pub const LETTERHEAD_UPPER: &str = "Cơ quan cấp trên";
pub const LETTERHEAD_ISSUER: &str = "Cơ quan ban hành";
pub const LETTERHEAD_PLACE: &str = "Địa danh (nơi ký)";
pub const LETTERHEAD_PLACE_HINT: &str = "Ví dụ: Sa Pa";
pub const LETTERHEAD_SUFFIX: &str = "Chữ viết tắt sau ký hiệu (số văn bản)";
pub const LETTERHEAD_SUFFIX_HINT: &str = "Ví dụ: CĐCS cho “Số: 12/BC-CĐCS”";
pub const LETTERHEAD_TERM: &str = "Nhiệm kỳ";
pub const LETTERHEAD_SIGNER: &str = "Người ký (chủ tịch)";
pub const LETTERHEAD_SAVE: &str = "Lưu thể thức";
pub const LETTERHEAD_SAVED: &str = "Đã lưu thể thức.";
pub const LETTERHEAD_ISSUER_MISSING: &str = "Cần nhập tên cơ quan ban hành.";

pub fn letterhead_error(e: LetterheadInputError) -> &'static str {
    match e {
        LetterheadInputError::IssuerMissing => LETTERHEAD_ISSUER_MISSING,
    }
}

pub const TARGETS_TITLE: &str = "Chỉ tiêu nhiệm kỳ";
pub const TARGETS_NOTE: &str = "Nhập một lần; các chỉ tiêu tự xuất hiện trong phần II của báo cáo tổng kết và trong nghị quyết.";
pub const TARGETS_NONE: &str = "Chưa có chỉ tiêu.";
pub const TARGETS_SAMPLE: &str = "Thêm các chỉ tiêu mẫu";
pub const TARGET_TEXT: &str = "Nội dung chỉ tiêu";
pub const TARGET_MEASURE: &str = "Loại";
pub const TARGET_VALUE: &str = "Giá trị";
pub const TARGET_AT_LEAST: &str = "Từ mức này trở lên";
pub const TARGET_UNIT: &str = "Đơn vị tính";
pub const TARGET_PERIOD: &str = "Thời gian";
pub const TARGET_ADD: &str = "Thêm chỉ tiêu";
pub const TARGET_SAVE: &str = "Lưu chỉ tiêu";
pub const TARGET_EDIT: &str = "Sửa";
pub const TARGET_DELETE: &str = "Xoá";
pub const TARGET_UP: &str = "Lên";

pub fn measure_name(m: Measure) -> &'static str {
    match m {
        Measure::Percent => "Tỷ lệ (%)",
        Measure::Number => "Số lượng",
        Measure::Text => "Mức xếp loại / lời",
    }
}

pub fn period_name(p: Period) -> &'static str {
    match p {
        Period::PerYear => "Hằng năm",
        Period::Term => "Cả nhiệm kỳ",
    }
}

pub fn target_error(e: TargetInputError) -> &'static str {
    match e {
        TargetInputError::TextMissing => "Cần nhập nội dung chỉ tiêu.",
        TargetInputError::ValueMissing => "Cần nhập giá trị.",
        TargetInputError::NotPercent => "Tỷ lệ phải là một số từ 0 đến 100, ví dụ 95 hoặc 95,5.",
        TargetInputError::NotNumber => "Số lượng phải là một số, ví dụ 5.",
    }
}

pub fn target_row_label(n: usize) -> String {
    format!("Chỉ tiêu {n}")
}

// The upper union's desk.
pub const DESK_BACKUP_NOT_UNIT: &str =
    "Đây là bản sao lưu của một trình duyệt, không phải tệp đơn vị gửi lên. Hãy nhập nó ở mục “Nhập tệp” của sổ tay, hoặc xin đơn vị gửi tệp “Xuất tệp gửi cấp trên”.";
pub const DESK_PLAN_NOT_UNIT: &str =
    "Đây là tệp kế hoạch của công đoàn cấp trên, không phải tệp đơn vị gửi lên. Hãy mở nó bằng nút “Mở tệp kế hoạch” ở phần kế hoạch phía trên.";
pub const YES: &str = "Có";
pub const NO: &str = "Không";
pub const DESK_DOC_NOT_SENT: &str = "Không gửi kèm";
pub const DESK_DOC_NOT_STARTED: &str = "Chưa soạn";
pub const DESK_OUT_OF_CYCLE: &str = "Ngoài đợt";
pub const DESK_COL_UNIT: &str = "Đơn vị";
pub const DESK_COL_LEVEL: &str = "Cấp";
pub const DESK_COL_KIND: &str = "Hình thức";
pub const DESK_COL_PILOT: &str = "Đại hội điểm";
pub const DESK_COL_DATE: &str = "Ngày đại hội";
pub const DESK_COL_CUT_OFF: &str = "Hạn chót";
pub const DESK_COL_WITHIN: &str = "Trong hạn";
pub const DESK_COL_HELD: &str = "Đã tổ chức";
pub const DESK_COL_LATE: &str = "Trễ hạn";
pub const DESK_COL_DONE: &str = "Việc đã xong";
pub const DESK_COL_APPLICABLE: &str = "Việc phải làm";
pub const DESK_COL_PROGRESS: &str = "Tiến độ";
pub const DESK_COL_OVERDUE: &str = "Việc quá hạn";
pub const DESK_COL_DOCUMENTS: &str = "Văn kiện";
pub const DESK_COL_SENT: &str = "Ngày gửi tệp";
pub const DESK_COL_DAYS_SINCE: &str = "Số ngày từ khi gửi";

/// A phase's column in the CSV: the share of its tasks done.
pub fn desk_phase_percent(phase: Phase) -> String {
    format!("{} (% xong)", phase_name(phase))
}

/// A key document's short name, as a column of the upper union's table.
pub fn desk_document(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::TermReport => "Báo cáo tổng kết",
        DocumentKind::PersonnelPlan => "Đề án nhân sự",
        DocumentKind::Resolution => "Nghị quyết",
        _ => "Văn kiện",
    }
}

pub const DESK_OPEN: &str = "Cấp trên: theo dõi các đơn vị";
pub const DESK_BACK: &str = "Về sổ tay của đơn vị";
pub const DESK_NAV: &str = "Chọn phần làm việc";
pub const DESK_TITLE: &str = "Theo dõi các đơn vị (công đoàn cấp trên)";
pub const DESK_HINT: &str = "Chọn hoặc kéo thả cùng lúc các tệp .json mà các công đoàn cơ sở gửi lên (mục “Xuất tệp gửi cấp trên” của sổ tay). Mỗi đơn vị một dòng; đơn vị gửi nhiều lần thì giữ tệp mới nhất. Việc này không thay đổi sổ tay của chính đơn vị bạn trong trình duyệt này.";
pub const DESK_PICK_FILES: &str = "Chọn các tệp của đơn vị (.json)";
pub const DESK_PICK_FOLDER: &str = "Hoặc chọn cả thư mục";
pub const DESK_EMPTY: &str = "Chưa có tệp nào. Các tệp đã nạp được giữ trong trình duyệt này (cả khi tải lại trang) cho đến khi bạn xoá danh sách.";
pub const DESK_OPENING: &str = "Đang mở danh sách đơn vị đã lưu…";
pub const DESK_SAVING: &str = "Đang lưu các tệp vào trình duyệt…";
pub const DESK_NOT_SAVED: &str = "Danh sách này chưa được lưu trong trình duyệt (xem thông báo ở trên).";
pub const DESK_NOT_KEPT_FULL: &str = "Bộ nhớ trình duyệt đã đầy: các tệp vừa nạp vẫn hiện trong bảng nhưng không được lưu, tải lại trang sẽ mất. Hãy giải phóng dung lượng rồi nạp lại.";
pub const DESK_NOT_KEPT: &str = "Trình duyệt này không cho lưu danh sách đơn vị (có thể đang ở chế độ ẩn danh): bảng chỉ giữ đến khi đóng hoặc tải lại trang.";

/// Records of the kept batch this version cannot read.
pub fn desk_unreadable_kept(n: usize) -> String {
    format!("{n} đơn vị đã lưu trong trình duyệt này không đọc được (có thể do phiên bản mới hơn của ứng dụng ghi). Chúng được giữ nguyên; các thay đổi bây giờ chỉ có trên màn hình, không được lưu.")
}

/// How much the kept batch uses.
pub fn desk_kept(units: usize, bytes: f64) -> String {
    if bytes < 1_048_576.0 {
        format!("Đã lưu trong trình duyệt này: {units} đơn vị, {:.0} KB.", (bytes / 1024.0).ceil())
    } else {
        format!("Đã lưu trong trình duyệt này: {units} đơn vị, {:.1} MB.", bytes / 1_048_576.0)
    }
}
pub const DESK_CLEAR: &str = "Xoá danh sách đơn vị đã nạp";
pub const DESK_CLEAR_YES: &str = "Xoá danh sách";
pub const DESK_TOTALS: &str = "Tổng hợp";
pub const DESK_TOTAL_UNITS: &str = "Đơn vị";
pub const DESK_TOTAL_HELD: &str = "Đã tổ chức đại hội";
pub const DESK_TOTAL_ON_SCHEDULE: &str = "Đúng hạn";
pub const DESK_TOTAL_LATE: &str = "Trễ hạn";
pub const DESK_TOTAL_OVERDUE: &str = "Có việc quá hạn";
pub const DESK_TOTAL_STALE: &str = "Quá 14 ngày chưa gửi lại";
pub const DESK_SEARCH: &str = "Tìm đơn vị";
pub const DESK_FILTERS: &str = "Chỉ hiện đơn vị";
pub const DESK_F_LATE: &str = "trễ hạn";
pub const DESK_F_OVERDUE: &str = "có việc quá hạn";
pub const DESK_F_PILOT: &str = "đại hội điểm";
pub const DESK_F_DOCUMENTS: &str = "văn kiện chưa hoàn chỉnh";
pub const DESK_F_STALE: &str = "quá 14 ngày chưa gửi lại";
pub const DESK_SEPARATOR: &str = "Dấu phân cách cột cho Excel";
pub const DESK_SEPARATOR_SEMICOLON: &str = "Dấu chấm phẩy (;) — Excel cài đặt tiếng Việt";
pub const DESK_SEPARATOR_COMMA: &str = "Dấu phẩy (,) — Excel cài đặt tiếng Anh";
pub const DESK_SEPARATOR_NOT_KEPT: &str = "Không lưu được lựa chọn này vì bộ nhớ trình duyệt đầy hoặc bị tắt; lần sau cần chọn lại.";
pub const DESK_CSV: &str = "Tải bảng (CSV cho Excel)";
pub const DESK_PRINT: &str = "In bảng (A4 ngang)";
pub const DESK_TABLE: &str = "Tình hình đại hội của các đơn vị";
pub const DESK_LATE: &str = "trễ hạn";
pub const DESK_WITHIN: &str = "trong hạn";
pub const DESK_PILOT: &str = "Đại hội điểm";
pub const DESK_HELD: &str = "Đã tổ chức";
pub const DESK_STALE: &str = "Lâu chưa gửi";
pub const DESK_OPEN_UNIT: &str = "Xem sổ tay";
pub const DESK_UNIT_BACK: &str = "Về bảng các đơn vị";
pub const DESK_UNIT_READ_ONLY: &str = "Chỉ xem: sổ tay như đơn vị đã gửi, không sửa được ở đây.";
pub const DESK_UNIT_NOT_KEPT: &str = "Không mở được tệp của đơn vị này trong trình duyệt (có thể danh sách đã bị xoá hoặc không được lưu). Hãy nạp lại tệp.";
pub const DESK_UNIT_NO_DRAFTS: &str = "Tệp không kèm dự thảo văn kiện nào.";
pub const DESK_DOCX: &str = "Tải Word (.docx)";
pub const DESK_PRINT_DRAFT: &str = "In văn bản";
pub const DESK_PRINT_UNIT: &str = "In danh sách việc";

pub fn desk_open_unit(unit: &str) -> String {
    format!("Xem sổ tay của {unit}")
}

pub fn desk_docx_of(title: &str) -> String {
    format!("Tải Word (.docx): {title}")
}

pub fn desk_print_of(title: &str) -> String {
    format!("In văn bản: {title}")
}

/// A task's line in the read-only view: due day, status, and the day it was done.
pub fn desk_task_line(due: &str, status: &str, done_on: Option<&str>) -> String {
    match done_on {
        Some(day) => format!("Hạn {due} · {status} ngày {day}"),
        None => format!("Hạn {due} · {status}"),
    }
}

pub fn desk_assignee(who: &str) -> String {
    format!("Phụ trách: {who}")
}

/// Where the read-only view comes from.
pub fn desk_unit_sent(file: &str, with_drafts: bool) -> String {
    if with_drafts {
        format!("Tệp “{file}”, có kèm dự thảo văn kiện.")
    } else {
        format!("Tệp “{file}”, không kèm dự thảo văn kiện.")
    }
}
pub fn desk_show_more(n: usize) -> String {
    format!("Hiện thêm {n} đơn vị")
}
pub const DESK_SHOW_ALL: &str = "Hiện tất cả";

/// Rows drawn of the rows that match.
pub fn desk_rows_shown(drawn: usize, total: usize) -> String {
    format!("Đang hiện {drawn} dòng đầu trong {total} đơn vị (tìm kiếm, lọc và sắp xếp vẫn tính mọi đơn vị).")
}

/// Progress of a batch being read.
pub fn desk_reading(read: usize, total: usize) -> String {
    format!("Đang đọc tệp: {read}/{total}")
}

pub fn desk_refused(n: usize) -> String {
    format!("{n} tệp không đọc được (các tệp khác vẫn được nạp):")
}

pub fn desk_duplicates(n: usize) -> String {
    format!("{n} lần một đơn vị gửi nhiều tệp: đã giữ tệp mới nhất")
}

/// A unit sent twice: which file was kept.
pub fn desk_kept_newest(unit: &str, kept: &str, dropped: &str) -> String {
    format!("{unit}: giữ tệp “{kept}” (gửi sau), bỏ tệp “{dropped}”.")
}

pub fn desk_clear_confirm(n: usize) -> String {
    format!("Xoá {n} đơn vị khỏi bảng? Các tệp gốc trên máy không bị ảnh hưởng; muốn xem lại phải nạp lại tệp.")
}

pub fn desk_shown(shown: usize, total: usize) -> String {
    if shown == total {
        format!("{total} đơn vị")
    } else {
        format!("Hiện {shown} trong {total} đơn vị")
    }
}

pub fn desk_progress(done: u32, applicable: u32) -> String {
    let percent = done * 100 / applicable.max(1);
    format!("{done}/{applicable} việc ({percent}%)")
}

/// When a file was sent, and how long ago.
pub fn desk_sent(day: &str, days_ago: i64) -> String {
    match days_ago {
        0 => format!("{day} (hôm nay)"),
        n if n > 0 => format!("{day} ({n} ngày trước)"),
        _ => day.to_string(),
    }
}

pub fn desk_csv_file_name(iso_day: &str) -> String {
    format!("daihoi-tonghop-{iso_day}.csv")
}

// Congress day (issue 13; no screen yet).

/// Whether the congress may sit, with the exact number needed.
/// The quorum of a sitting: the congress, or the new committee's first meeting.
pub fn quorum_line(q: crate::model::election::Quorum, present: u32, summoned: u32, meeting: bool) -> String {
    let what = if meeting { "hội nghị" } else { "đại hội" };
    let verdict = if q.met { "đủ điều kiện tiến hành" } else { "chưa đủ điều kiện tiến hành" };
    format!("Có mặt {present}/{summoned}; cần ít nhất {} (2/3 số được triệu tập): {verdict} {what}.", q.needed)
}

pub fn quorum_error(e: crate::model::election::QuorumError) -> &'static str {
    use crate::model::election::QuorumError::*;
    match e {
        NobodySummoned => "Hãy nhập số người được triệu tập (lớn hơn 0).",
        PresentAboveSummoned => "Số có mặt không thể lớn hơn số được triệu tập.",
    }
}

/// Which number of a tally is wrong; `names` are the candidates in ballot-list order.
pub fn tally_error(e: crate::model::election::TallyError, names: &[String]) -> String {
    use crate::model::election::TallyError::*;
    match e {
        NoSeats => "Hãy nhập số lượng cần bầu (lớn hơn 0).".to_string(),
        CollectedAboveIssued => "Số phiếu thu về lớn hơn số phiếu phát ra: hãy kiểm tra lại hai số này.".to_string(),
        ValidPlusInvalidNotCollected => "Số phiếu hợp lệ cộng số phiếu không hợp lệ phải bằng số phiếu thu về.".to_string(),
        CandidateAboveValid(i) => format!(
            "Số phiếu bầu cho {} lớn hơn số phiếu hợp lệ.",
            names.get(i).map_or_else(|| format!("ứng cử viên thứ {}", i + 1), |n| n.clone())
        ),
        VotesAboveValidTimesSeats => "Tổng số phiếu bầu cho các ứng cử viên lớn hơn số phiếu hợp lệ nhân số lượng cần bầu.".to_string(),
    }
}

// Congress day: attendance and elections (the chunk `congress_day`).
pub const SCREEN_CONGRESS_DAY: &str = "Bầu cử";
pub const DAY_TITLE: &str = "Ngày đại hội: điểm danh và bầu cử";
pub const DAY_INTRO: &str = "Ghi số người có mặt, lập danh sách bầu cử, nhập kết quả kiểm phiếu: ứng dụng kiểm tra các con số và tính người trúng cử theo Điều lệ. Dữ liệu chỉ nằm trong trình duyệt này (và trong tệp sao lưu).";
pub const DAY_CONGRESS: &str = "Đại hội";
pub const DAY_FIRST_MEETING: &str = "Hội nghị lần thứ nhất Ban Chấp hành khóa mới";
pub const DAY_SUMMONED: &str = "Số được triệu tập";
pub const DAY_PRESENT: &str = "Số có mặt";
pub const DAY_NUMBER_ERROR: &str = "Hãy nhập một số nguyên không âm (chỉ gồm chữ số).";
pub const DAY_UNREADABLE: &str = "Dữ liệu bầu cử đã lưu của đại hội này không đọc được (bị hỏng, hoặc do phiên bản mới hơn của ứng dụng ghi). Ứng dụng giữ nguyên và không ghi đè; mọi thay đổi ở đây sẽ không được lưu.";
pub const DAY_RELOAD: &str = "Tải lại dữ liệu đã lưu";
pub const ELECTIONS_TITLE: &str = "Các cuộc bầu cử";
pub const ELECTIONS_NONE: &str = "Chưa có cuộc bầu cử nào. Thêm cuộc bầu cử đầu tiên (thường là bầu Ban Chấp hành) ở dưới.";
pub const ELECTION_ADD_TITLE: &str = "Thêm cuộc bầu cử";
pub const ELECTION_BODY: &str = "Bầu";
pub const ELECTION_SEATS: &str = "Số lượng cần bầu";
pub const ELECTION_BASE: &str = "Điều kiện trúng cử";
pub const ELECTION_ADD: &str = "Thêm cuộc bầu cử";
pub const ELECTION_DELETE: &str = "Xóa cuộc bầu cử này";
pub const ELECTION_DELETE_CONFIRM: &str = "Xóa hẳn (kể cả kết quả kiểm phiếu)";
pub const ELECTION_SEATS_ERROR: &str = "Số lượng cần bầu phải là số nguyên lớn hơn 0.";
pub const BALLOT_LIST_TITLE: &str = "Danh sách bầu cử";
pub const BALLOT_LIST_NOTE: &str = "Xếp theo tên, rồi họ, rồi tên đệm, rồi ngày sinh (thứ tự chữ cái tiếng Việt).";
pub const BALLOT_LIST_EMPTY: &str = "Chưa có ai trong danh sách bầu cử.";
pub const CANDIDATE_REMOVE: &str = "Bỏ khỏi danh sách";
pub const CANDIDATE_ADD_TITLE: &str = "Thêm người vào danh sách bầu cử";
pub const CANDIDATE_PICK: &str = "Người đã có trong sổ";
pub const CANDIDATE_PICK_NONE: &str = "— Chọn người —";
pub const CANDIDATE_PICK_ADD: &str = "Thêm người đã chọn";
pub const PERSON_FAMILY: &str = "Họ";
pub const PERSON_MIDDLE: &str = "Tên đệm";
pub const PERSON_GIVEN: &str = "Tên";
pub const PERSON_GENDER: &str = "Giới tính";
pub const PERSON_BORN: &str = "Năm sinh hoặc ngày sinh";
pub const PERSON_BORN_HINT: &str = "1980 hoặc 05/03/1980";
pub const PERSON_ADD: &str = "Thêm vào danh sách";
pub const PERSON_CORRECT: &str = "Lưu họ tên, giới tính, năm sinh";
pub const PERSON_CORRECTED: &str = "Đã lưu.";
pub const COUNT_TITLE: &str = "Kết quả kiểm phiếu";
pub const COUNT_ISSUED: &str = "Số phiếu phát ra";
pub const COUNT_COLLECTED: &str = "Số phiếu thu về";
pub const COUNT_VALID: &str = "Số phiếu hợp lệ";
pub const COUNT_INVALID: &str = "Số phiếu không hợp lệ";
pub const COUNT_SAVE: &str = "Ghi kết quả kiểm phiếu";
pub const COUNT_EDIT: &str = "Sửa kết quả kiểm phiếu";
pub const COUNT_CHANGED_LIST: &str = "Danh sách bầu cử đã thay đổi: kết quả kiểm phiếu cũ đã được bỏ, hãy nhập lại.";
pub const RESULT_TITLE: &str = "Kết quả bầu cử";
pub const RESULT_NAME: &str = "Họ và tên";
pub const RESULT_VOTES: &str = "Số phiếu";
pub const RESULT_PERCENT: &str = "Tỷ lệ (%)";
pub const RESULT_STANDING: &str = "Kết quả";
pub const RESULT_ORDER: &str = "STT";
pub const FURTHER_ROUND: &str = "Mở vòng bầu tiếp theo";
pub const DAY_SAVED_ELSEWHERE: &str = "Một thẻ khác của ứng dụng vừa lưu dữ liệu bầu cử của đại hội này, nên thay đổi vừa rồi chưa được lưu (để không ghi đè). Hãy tải lại để xem dữ liệu mới nhất rồi làm lại.";
pub const DAY_CONGRESS_GONE: &str = "Đại hội này không còn trong trình duyệt (đã bị xóa, có thể ở một thẻ khác): thay đổi không được lưu.";
pub const DAY_STORAGE_FULL: &str = "Bộ nhớ của trình duyệt đã đầy: thay đổi vừa rồi chưa được lưu. Hãy tải bản sao lưu, rồi xóa bớt dữ liệu cũ.";
pub const DAY_STORAGE_OFF: &str = "Trình duyệt không cho lưu (chế độ riêng tư hoặc bị chặn): thay đổi vừa rồi chưa được lưu.";
pub const DAY_HALTED: &str = "Ứng dụng đã ngừng ghi trong thẻ này (xem thông báo ở đầu trang): thay đổi không được lưu.";

pub const BALLOTS_TITLE: &str = "Nhập từng phiếu (từ bàn phím)";
pub const BALLOTS_HINT: &str = "Gõ số thứ tự (trong danh sách bầu cử) của các tên bị gạch trên phiếu, cách nhau bởi dấu cách, rồi nhấn Enter; để trống nếu phiếu không gạch tên nào. Ứng dụng tự xác định phiếu hợp lệ hay không; phiếu không hợp lệ vì lý do khác thì dùng các nút bên dưới. Người thứ hai có thể nhập lại cùng các phiếu để đối chiếu.";
pub const BALLOTS_WHO: &str = "Người nhập";
pub const BALLOTS_FIRST: &str = "Người nhập thứ nhất";
pub const BALLOTS_SECOND: &str = "Người nhập thứ hai (nhập lại để đối chiếu)";
pub const BALLOTS_ADD: &str = "Ghi phiếu";
pub const BALLOTS_UNDO: &str = "Xóa phiếu vừa nhập";
pub const BALLOTS_USE: &str = "Dùng kết quả này làm kết quả kiểm phiếu";
pub const BALLOTS_NOT_MATCHING: &str = "Hai lần nhập chưa khớp nhau: hãy xem lại các phiếu khác nhau trước khi dùng kết quả.";
pub const BALLOTS_NONE: &str = "Chưa nhập phiếu nào.";

/// The label of the field for the next ballot.
pub fn ballot_field_label(number: usize) -> String {
    format!("Phiếu số {number}: số thứ tự các tên bị gạch")
}

pub fn invalid_reason_name(r: crate::model::ballots::InvalidReason) -> &'static str {
    use crate::model::ballots::InvalidReason::*;
    match r {
        AllStruck => "gạch hết tên",
        TooManyKept => "để lại nhiều tên hơn số lượng cần bầu",
        NameAdded => "ghi thêm tên",
        NotStamped => "không phải phiếu do ban kiểm phiếu phát (không có dấu)",
        Marked => "có dấu hiệu riêng",
    }
}

/// The button entering an invalid ballot of a reason the app cannot see from the names.
pub fn invalid_button(r: crate::model::ballots::InvalidReason) -> String {
    format!("Phiếu không hợp lệ: {}", invalid_reason_name(r))
}

pub fn ballot_input_error(e: &crate::model::ballots::BallotInputError) -> String {
    use crate::model::ballots::BallotInputError::*;
    match e {
        NotANumber(w) => format!("“{w}” không phải là số thứ tự: chỉ gõ các số, cách nhau bởi dấu cách."),
        NotOnList(n) => format!("Không có tên nào mang số thứ tự {n} trong danh sách bầu cử."),
        Repeated(n) => format!("Số thứ tự {n} được gõ hai lần."),
    }
}

/// One line of the entry log: "Phiếu 12: gạch 1, 3 — hợp lệ".
pub fn ballot_log_line(number: usize, struck: &[usize], invalid: Option<crate::model::ballots::InvalidReason>) -> String {
    let names = if struck.is_empty() { "không gạch tên nào".to_string() } else { format!("gạch {}", struck.iter().map(|p| p.to_string()).collect::<Vec<_>>().join(", ")) };
    match invalid {
        None => format!("Phiếu {number}: {names} — hợp lệ"),
        Some(r) => format!("Phiếu {number}: {names} — không hợp lệ ({})", invalid_reason_name(r)),
    }
}

/// "Đã nhập 120 phiếu: 118 hợp lệ, 2 không hợp lệ (gạch hết tên: 1; có dấu hiệu riêng: 1)."
pub fn ballots_summary(t: &crate::model::ballots::BallotTotals) -> String {
    let entered = t.valid + t.invalid_total();
    let reasons: Vec<String> = crate::model::ballots::InvalidReason::ALL
        .iter()
        .zip(t.invalid)
        .filter(|(_, n)| *n > 0)
        .map(|(r, n)| format!("{}: {n}", invalid_reason_name(*r)))
        .collect();
    let why = if reasons.is_empty() { String::new() } else { format!(" ({})", reasons.join("; ")) };
    format!("Đã nhập {entered} phiếu: {} hợp lệ, {} không hợp lệ{why}.", t.valid, t.invalid_total())
}

/// How the two entries compare.
pub fn ballots_comparison(first: usize, second: usize, differing: &[usize]) -> String {
    if differing.is_empty() {
        return format!("Hai lần nhập khớp nhau: {first} phiếu.");
    }
    let list: Vec<String> = differing.iter().take(20).map(|n| n.to_string()).collect();
    let more = if differing.len() > 20 { format!(" và {} phiếu khác", differing.len() - 20) } else { String::new() };
    format!("Hai lần nhập khác nhau ở phiếu số {}{more} (lần thứ nhất {first} phiếu, lần thứ hai {second} phiếu).", list.join(", "))
}

pub const PRINT_BALLOTS: &str = "In danh sách và phiếu bầu";
pub const PRINT_BALLOT_TITLE: &str = "PHIẾU BẦU CỬ";
pub const PRINT_LIST_TITLE: &str = "DANH SÁCH BẦU CỬ";
pub const PRINT_BALLOT_HOW: &str = "Giữ lại tên người mình bầu; gạch ngang họ tên người mình không bầu. Không ghi thêm tên, không đánh dấu riêng.";

/// "Bầu Ban Chấp hành: 9 người", on the printed list and ballot.
pub fn print_seats_line(e: &crate::model::congress_day::Election) -> String {
    format!("Bầu {}: {} người", body_name(e.body), e.seats)
}

pub fn body_name(b: crate::model::congress_day::Body) -> &'static str {
    use crate::model::congress_day::Body::*;
    match b {
        Executive => "Ban Chấp hành",
        ChairAtCongress => "Chủ tịch công đoàn (bầu trực tiếp tại đại hội)",
        Delegates => "Đại biểu dự đại hội công đoàn cấp trên",
        Alternates => "Đại biểu dự khuyết",
        Standing => "Ban Thường vụ",
        Chair => "Chủ tịch công đoàn",
        Deputies => "Phó Chủ tịch công đoàn",
        Inspection => "Ủy ban Kiểm tra",
        InspectionChair => "Chủ nhiệm Ủy ban Kiểm tra",
    }
}

pub fn sitting_name(s: crate::model::congress_day::Sitting) -> &'static str {
    match s {
        crate::model::congress_day::Sitting::Congress => "tại đại hội",
        crate::model::congress_day::Sitting::FirstMeeting => "tại hội nghị lần thứ nhất Ban Chấp hành khóa mới",
    }
}

pub fn base_name(b: crate::model::congress_day::Base) -> &'static str {
    use crate::model::congress_day::Base::*;
    match b {
        Collected => "Quá 1/2 số phiếu thu về (Điều lệ, mặc định)",
        Valid => "Quá 1/2 số phiếu hợp lệ",
        Summoned => "Quá 1/2 số người được triệu tập",
    }
}

pub fn gender_name(g: crate::model::congress_day::Gender) -> &'static str {
    match g {
        crate::model::congress_day::Gender::Male => "Nam",
        crate::model::congress_day::Gender::Female => "Nữ",
    }
}

/// "Ông Nguyễn Văn An" or "Bà Lê Thị Ánh", with the date or year of birth if known.
pub fn ballot_name(p: &crate::model::congress_day::Person) -> String {
    let title = match p.gender {
        crate::model::congress_day::Gender::Male => "Ông",
        crate::model::congress_day::Gender::Female => "Bà",
    };
    if p.born.is_empty() { format!("{title} {}", p.full_name()) } else { format!("{title} {} ({})", p.full_name(), p.born) }
}

/// "Bầu Ban Chấp hành, vòng 2: 3 người, tại đại hội".
/// The name of a result table's scrolling box, one per election on the screen.
pub fn result_region(body: crate::model::congress_day::Body, round: u32) -> String {
    let round = if round > 1 { format!(", vòng {round}") } else { String::new() };
    format!("{RESULT_TITLE}: bầu {}{round}", body_name(body))
}

pub fn election_heading(e: &crate::model::congress_day::Election) -> String {
    let round = if e.round > 1 { format!(", vòng {}", e.round) } else { String::new() };
    format!("Bầu {}{round}: {} người, {}", body_name(e.body), e.seats, sitting_name(e.body.sitting()))
}

pub fn person_error(e: crate::model::congress_day::PersonInputError) -> &'static str {
    use crate::model::congress_day::PersonInputError::*;
    match e {
        NoFamilyName => "Hãy nhập họ.",
        NoGivenName => "Hãy nhập tên.",
        Born => "Năm sinh phải có dạng 1980, ngày sinh dạng 05/03/1980 (năm từ 1900 đến 2100).",
        ListInUse => "Không sửa được: thay đổi này làm đổi thứ tự tên trên phiếu bầu đã nhập hoặc đã kiểm. Chỉ sửa được lỗi chính tả không làm đổi thứ tự.",
        Gone => "Người này không còn trong sổ (có thể đã được bỏ ở một thẻ khác). Hãy tải lại trang.",
    }
}

/// Why an election cannot be opened, or its list or count changed.
pub fn election_refusal(r: crate::model::congress_day::ElectionRefusal) -> &'static str {
    use crate::model::congress_day::ElectionRefusal::*;
    match r {
        AlreadyOpen => "Đã có cuộc bầu này. Nếu còn thiếu người, hãy bầu vòng tiếp theo từ kết quả của nó; nếu nhập nhầm, hãy xóa cuộc bầu cũ trước.",
        ChairTwice => "Chủ tịch công đoàn được bầu tại đại hội hoặc tại hội nghị Ban Chấp hành lần thứ nhất, không bầu cả hai.",
        ElectedBefore => "Người này đã trúng cử ở vòng trước, không đưa vào danh sách vòng này.",
        LaterRound => "Đã có vòng bầu tiếp theo, lập từ kết quả vòng này: muốn sửa danh sách, phiếu hay kết quả vòng này, hoặc xóa vòng này, hãy xóa vòng sau trước.",
    }
}

/// What is wrong with a count; `names` are the candidates in the order of the count's votes.
pub fn count_error(e: crate::model::congress_day::CountError, names: &[String]) -> String {
    use crate::model::congress_day::CountError::*;
    match e {
        Tally(t) => tally_error(t, names),
        IssuedAbovePresent => "Số phiếu phát ra lớn hơn số người có mặt: hãy kiểm tra lại số phiếu phát ra, hoặc số có mặt ở trên.".to_string(),
        NoSummoned => "Điều kiện trúng cử tính theo số người được triệu tập: hãy nhập số được triệu tập ở trên.".to_string(),
        CollectedAboveSummoned => "Số phiếu thu về lớn hơn số người được triệu tập: hãy kiểm tra lại.".to_string(),
    }
}

/// A number of the count form that is missing or not a number.
pub fn count_number_error(label: &str) -> String {
    format!("{label}: hãy nhập một số nguyên không âm.")
}

/// "Số phiếu của Bà Lê Thị Ánh".
pub fn votes_label(name: &str) -> String {
    format!("Số phiếu của {name}")
}

/// The line above a result: the base and the least number of votes to be elected.
pub fn result_base_line(base: crate::model::congress_day::Base, base_count: u32, needed: u32) -> String {
    use crate::model::congress_day::Base::*;
    let of = match base {
        Collected => "số phiếu thu về",
        Valid => "số phiếu hợp lệ",
        Summoned => "số người được triệu tập",
    };
    format!("Trúng cử khi được quá 1/2 {of} ({base_count}), tức ít nhất {needed} phiếu; ai nhiều phiếu hơn trúng cử trước.")
}

pub fn standing_name(s: crate::model::congress_day::Standing) -> &'static str {
    use crate::model::congress_day::Standing::*;
    match s {
        Elected => "Trúng cử",
        Tied => "Bằng phiếu ở suất cuối",
        NotElectedOver => "Không trúng cử (đủ quá 1/2 nhưng đã đủ số lượng)",
        NotElected => "Không trúng cử",
    }
}

/// The result in one sentence: all seats filled, or how many are left and why.
pub fn result_summary(elected: usize, seats: u32, tied: &[String]) -> String {
    let left = seats as usize - elected;
    if left == 0 {
        return format!("Đã bầu đủ {seats}/{seats} người.");
    }
    let mut line = format!("Mới bầu được {elected}/{seats} người; còn thiếu {left}.");
    if !tied.is_empty() {
        line.push_str(&format!(
            " {} bằng phiếu nhau ở suất cuối cùng: cần bầu lại giữa những người này cho {left} suất còn lại.",
            tied.join(", ")
        ));
    } else {
        line.push_str(" Có thể bầu tiếp (vòng sau) cho số còn thiếu, hoặc đại hội quyết định để khuyết.");
    }
    line
}

// The upper union's plan, as a unit takes it in.
pub const PLAN_PICK_REGION: &str = "Kế hoạch của công đoàn cấp trên";
pub const PLAN_PICK_TITLE: &str = "Tệp kế hoạch của công đoàn cấp trên";
pub const PLAN_PICK_UNIT: &str = "Đơn vị của bạn trong kế hoạch";
pub const PLAN_PICK_CHOOSE: &str = "— Chọn đơn vị —";
pub const PLAN_NO_UNIT: &str = "Hãy chọn đơn vị của bạn trong danh sách của kế hoạch.";
pub const PLAN_GUIDANCE: &str = "Văn bản hướng dẫn cấp trên nêu:";
pub const PLAN_APPLY_NOTE: &str =
    "Mã đơn vị, đợt và hạn chót, đại hội điểm, hình thức và hạn các việc theo kế hoạch của cấp trên. Việc nào đơn vị đã tự đổi hạn thì giữ hạn của đơn vị và được đánh dấu “khác kế hoạch”. Tên đơn vị và ngày đại hội không đổi.";
pub const PLAN_CREATE_TITLE: &str = "Hoặc tạo sổ tay mới theo kế hoạch";
pub const PLAN_CREATE: &str = "Tạo sổ tay theo kế hoạch";
pub const PLAN_CONFERENCE: &str = "hội nghị thay đại hội";
pub const PLAN_OPEN_CHANGED: &str = "Sổ tay đang mở đã đổi từ khi mở tệp kế hoạch. Không có gì thay đổi: hãy mở lại tệp kế hoạch.";

/// "Công đoàn phường X · 12 đơn vị · Nhiệm kỳ 2025–2030, hạn chót 31/12/2025 · gửi ngày 02/06/2025".
pub fn plan_summary(plan: &crate::model::upper_plan::UnionPlan, issued_at: &str) -> String {
    let round = match &plan.round {
        Some(r) => match r.cut_off(plan.level) {
            Some(cut) => format!("{}, hạn chót {}", r.name, format_dmy(cut)),
            None => r.name.clone(),
        },
        None => DESK_OUT_OF_CYCLE.to_string(),
    };
    let sent = crate::model::desk::sent_on(issued_at).map(|d| format!(" · lập ngày {}", format_dmy(d))).unwrap_or_default();
    format!("{} · {} đơn vị ({}) · {}{}", plan.upper_union, count(plan.units.len()), level_name(plan.level), round, sent)
}

/// "BT01 — Công đoàn Trường Kết Đoàn (đại hội điểm, hạn 15/10/2025; hội nghị thay đại hội)".
pub fn plan_unit_choice(unit: &crate::model::upper_plan::PlanUnit, cut_off: Option<NaiveDate>) -> String {
    let mut notes = Vec::new();
    if unit.pilot_cut_off.is_some() {
        notes.push(format!("đại hội điểm, hạn {}", cut_off.map(format_dmy).unwrap_or_default()));
    }
    if unit.conference {
        notes.push(PLAN_CONFERENCE.to_string());
    }
    let notes = if notes.is_empty() { String::new() } else { format!(" ({})", notes.join("; ")) };
    format!("{} — {}{}", unit.code, unit.name, notes)
}

pub fn plan_apply_open(unit_name: &str) -> String {
    format!("Áp dụng cho sổ tay đang mở: {unit_name}")
}

pub fn plan_applied(followed: usize, departures: usize) -> String {
    let own = if departures == 0 {
        String::new()
    } else {
        format!(" {} việc giữ hạn riêng của đơn vị (đánh dấu “khác kế hoạch” trong danh sách việc).", count(departures))
    };
    format!("Đã áp dụng kế hoạch của cấp trên: {} việc theo hạn cấp trên đặt.{own}", count(followed))
}

pub fn plan_apply_error(e: crate::model::upper_plan::ApplyError, open: Level) -> String {
    use crate::model::upper_plan::ApplyError;
    match e {
        ApplyError::UnknownCode => PLAN_NO_UNIT.to_string(),
        ApplyError::OtherLevel { plan } => format!(
            "Kế hoạch này dành cho đại hội của {}, còn sổ tay đang mở là của {}. Không có gì thay đổi.",
            level_name(plan).to_lowercase(),
            level_name(open).to_lowercase()
        ),
    }
}

pub const EDIT_PLAN_HINT: &str =
    "Có tệp kế hoạch của công đoàn cấp trên? Mở nó ở mục “Nhập tệp” để áp dụng cho sổ tay này; việc nào bạn đã tự đổi hạn thì giữ hạn của bạn.";
pub const CONFERENCE_INSTEAD: &str = "Tổ chức hội nghị thay đại hội (được công đoàn cấp trên đồng ý)";

/// "Theo kế hoạch của Công đoàn phường Bến Thành (lập ngày 02/06/2025), mã đơn vị BT01."
pub fn plan_link_line(link: &crate::model::upper_plan::PlanLink) -> String {
    let sent = crate::model::desk::sent_on(&link.issued_at).map(|d| format!(" (lập ngày {})", format_dmy(d))).unwrap_or_default();
    format!("Theo kế hoạch của {}{sent}, mã đơn vị {}. Nhập lại tệp kế hoạch mới để cập nhật.", link.upper_union, link.code)
}

/// The note beside a task whose date departs from the upper union's plan.
pub fn plan_departure(days: i32) -> String {
    format!("Khác kế hoạch cấp trên (cấp trên đặt: {})", due_rule(days))
}

// The upper union's plan, on the desk.
pub const PLAN_CARD_TITLE: &str = "Kế hoạch của công đoàn cấp trên";
pub const PLAN_NONE: &str = "Chưa có kế hoạch. Lập kế hoạch (danh sách đơn vị với mã, đợt và hạn chót, hạn các việc) rồi gửi tệp kế hoạch cho các đơn vị: đơn vị nhập tệp vào sổ tay của mình, và tệp đơn vị gửi lên được khớp theo mã.";
pub const PLAN_NEW: &str = "Lập kế hoạch";
pub const PLAN_EDIT: &str = "Sửa kế hoạch";
pub const PLAN_DOWNLOAD: &str = "Tải tệp kế hoạch để gửi các đơn vị";
pub const PLAN_OPEN_FILE: &str = "Mở tệp kế hoạch (.json)";
pub const PLAN_REPLACE: &str = "Thay kế hoạch";
pub const PLAN_NOT_A_PLAN: &str = "Đây là tệp của một đơn vị (hoặc bản sao lưu), không phải tệp kế hoạch. Hãy nạp tệp của đơn vị ở ô “Chọn các tệp của đơn vị”.";
pub const PLAN_STORED_UNREADABLE: &str = "Kế hoạch đã lưu trong trình duyệt này không đọc được (có thể do phiên bản mới hơn của ứng dụng ghi). Ứng dụng giữ nguyên nó; kế hoạch bạn lập ở đây chỉ hiện trên màn hình cho đến khi tải lại trang.";
pub const PLAN_EDITOR_TITLE: &str = "Kế hoạch gửi các đơn vị";
pub const PLAN_EDITOR_HINT: &str = "Kế hoạch được lưu trong trình duyệt này. Sau khi lưu, tải tệp kế hoạch và gửi cho các đơn vị (qua Zalo, thư điện tử…).";
pub const PLAN_UPPER_UNION: &str = "Tên công đoàn cấp trên (đơn vị lập kế hoạch)";
pub const PLAN_LEVEL: &str = "Các đơn vị tổ chức đại hội cấp";
pub const PLAN_UNITS: &str = "Danh sách đơn vị";
pub const PLAN_UNITS_HINT: &str = "Mỗi dòng một đơn vị: mã; tên; hạn chót nếu là đại hội điểm (dd/mm/yyyy); x nếu được tổ chức hội nghị thay đại hội. Có thể dán thẳng các cột từ Excel.";
pub const PLAN_DUES: &str = "Hạn các việc (số ngày so với ngày đại hội)";
pub const PLAN_DUES_HINT: &str = "Số âm là trước ngày đại hội (-30: 30 ngày trước), 0 là ngày đại hội, số dương là sau. Đơn vị nhận kế hoạch có các hạn này, trừ việc đơn vị đã tự đổi hạn.";
pub const PLAN_GUIDANCE_FIELD: &str = "Văn bản hướng dẫn (mỗi dòng một văn bản)";
pub const PLAN_SAVE: &str = "Lưu kế hoạch";
pub const DESK_TOTAL_NOT_RECEIVED: &str = "Chưa gửi tệp";
pub const DESK_OUTSIDE_PLAN: &str = "Ngoài kế hoạch";
pub const DESK_CONFERENCE: &str = "Hội nghị thay đại hội";
pub const DESK_COL_CODE: &str = "Mã đơn vị";
pub const DESK_COL_FILE: &str = "Tệp";
pub const DESK_FILE_RECEIVED: &str = "Đã nhận";
pub const DESK_FILE_MISSING: &str = "Chưa nhận";

pub fn plan_line_error(line: usize, e: crate::model::upper_plan::UnitLineError) -> String {
    use crate::model::upper_plan::{UnitLineError, MAX_CODE_CHARS};
    let what = match e {
        UnitLineError::NameMissing => "thiếu tên đơn vị sau mã".to_string(),
        UnitLineError::BadCode => format!("mã đơn vị phải có 1–{MAX_CODE_CHARS} ký tự, không có dấu cách"),
        UnitLineError::DuplicateCode { first } => format!("mã trùng với dòng {first}"),
        UnitLineError::PilotDate(d) => format!("hạn đại hội điểm: {}", date_error(d)),
        UnitLineError::ConferenceMark => "cột thứ tư chỉ để trống hoặc ghi “x”, “có” hay “hội nghị” (hội nghị thay đại hội)".to_string(),
    };
    format!("Danh sách đơn vị, dòng {line}: {what}.")
}

pub fn plan_due_error(title: &str) -> String {
    format!("Hạn của việc “{title}” phải là một số nguyên ngày, ví dụ -30.")
}

pub fn plan_error(e: &crate::model::upper_plan::PlanError, plan: &crate::model::upper_plan::UnionPlan) -> String {
    use crate::model::upper_plan::{PlanError, MAX_UNITS};
    match e {
        PlanError::UpperUnionMissing => "Hãy nhập tên công đoàn cấp trên.".to_string(),
        PlanError::NoUnits => "Hãy nhập danh sách đơn vị (ít nhất một đơn vị).".to_string(),
        PlanError::TooManyUnits => format!("Một kế hoạch có tối đa {} đơn vị.", count(MAX_UNITS)),
        PlanError::NameMissing { index } | PlanError::BadName { index } | PlanError::BadCode { index } | PlanError::DuplicateCode { index, .. } => {
            format!("Đơn vị thứ {} ({}) không hợp lệ.", index + 1, plan.units.get(*index).map_or("", |u| u.code.as_str()))
        }
        PlanError::BadDue { task } => format!(
            "Hạn của việc “{task}” được ghi hai lần hoặc vượt quá {} ngày.",
            crate::model::task_form::MAX_OFFSET_DAYS
        ),
    }
}

pub fn plan_save_error(e: crate::storage::desk_plan::PlanSaveError) -> &'static str {
    use crate::storage::desk_plan::PlanSaveError;
    match e {
        PlanSaveError::Full => "Bộ nhớ trình duyệt đã đầy: kế hoạch chưa được lưu (vẫn hiện trên màn hình và tải tệp được). Hãy giải phóng dung lượng rồi lưu lại.",
        PlanSaveError::Unavailable => "Trình duyệt này không cho lưu (có thể đang ở chế độ ẩn danh): kế hoạch chỉ giữ đến khi đóng hoặc tải lại trang; hãy tải tệp kế hoạch để giữ.",
        PlanSaveError::Unreadable => PLAN_STORED_UNREADABLE,
    }
}

pub fn plan_replace_confirm(old: usize, new: usize, file: &str) -> String {
    format!("Thay kế hoạch đang có ({} đơn vị) bằng kế hoạch trong tệp “{file}” ({} đơn vị)?", count(old), count(new))
}

pub fn plan_opened(file: &str) -> String {
    format!("Đã mở kế hoạch trong tệp “{file}”.")
}

pub fn desk_not_received(n: usize) -> String {
    format!("Đơn vị trong kế hoạch chưa gửi tệp: {}", count(n))
}

// The personnel plan (đề án nhân sự)
pub const SCREEN_PERSONNEL: &str = "Nhân sự";
pub const REMOVE: &str = "Bỏ";
pub const PLAN_TITLE: &str = "Đề án nhân sự";
pub const PLAN_INTRO: &str = "Số lượng, cơ cấu dự kiến và danh sách đề cử Ban Chấp hành, Ban Thường vụ, Ủy ban Kiểm tra. Ứng dụng so cơ cấu với chỉ tiêu và tính số dư; cuộc bầu cử mở ở màn hình Bầu cử lấy sẵn danh sách từ đây. Thông tin cá nhân của người được đề cử chỉ nằm trong trình duyệt này (và trong tệp sao lưu, tệp Word bạn xuất); tệp gửi cấp trên chỉ có số liệu, và danh sách trích ngang người trúng cử đi cùng tờ trình đề nghị công nhận.";
pub const PLAN_SEATS_TITLE: &str = "Số lượng và số dư";
pub const PLAN_CAP: &str = "Số dư tối đa (% số cần bầu)";
pub const PLAN_FLOOR: &str = "Số dư tối thiểu (% số cần bầu, để trống nếu không đặt)";
pub const PLAN_PERCENT_ERROR: &str = "Hãy nhập một số phần trăm từ 0 đến 100 (chỉ gồm chữ số).";
pub const PLAN_FLOOR_ERROR: &str = "Số dư tối thiểu không được lớn hơn số dư tối đa.";
pub const PLAN_CAP_EMPTY: &str = "Hãy nhập số dư tối đa (mặc định 30).";
pub const PLAN_STRUCTURE_TITLE: &str = "Cơ cấu dự kiến";
pub const PLAN_STRUCTURE_NONE: &str = "Chưa có chỉ tiêu cơ cấu. Thêm chỉ tiêu (ví dụ nữ từ 30%, dưới 40 tuổi từ 10%) ở dưới.";
pub const INDICATOR_KIND: &str = "Chỉ tiêu về";
pub const INDICATOR_BODY: &str = "Áp dụng cho";
pub const INDICATOR_BODY_ALL: &str = "Mọi cơ quan trong đề án";
pub const INDICATOR_AGE: &str = "Dưới bao nhiêu tuổi (tính đến ngày đại hội)";
pub const INDICATOR_DEPARTMENT: &str = "Tên bộ phận, đơn vị";
pub const INDICATOR_TARGET: &str = "Tỷ lệ tối thiểu (% số ủy viên)";
pub const INDICATOR_ADD: &str = "Thêm chỉ tiêu";
pub const INDICATOR_AGE_ERROR: &str = "Tuổi phải là số nguyên từ 1 đến 120.";
pub const INDICATOR_DEPARTMENT_ERROR: &str = "Hãy nhập tên bộ phận, đơn vị.";
pub const STRUCTURE_COL_INDICATOR: &str = "Chỉ tiêu";
pub const STRUCTURE_COL_NEEDED: &str = "Cần ít nhất";
pub const STRUCTURE_COL_HAS: &str = "Trong danh sách đề cử";
pub const STRUCTURE_COL_VERDICT: &str = "Đánh giá";
pub const STRUCTURE_COL_ELECTED: &str = "Trong số trúng cử";
pub const ELECTED_STRUCTURE_TITLE: &str = "Kết quả bầu cử so với chỉ tiêu cơ cấu";

/// The heading of those elected against the indicators; said to be partial while seats remain.
pub fn elected_structure_title((elected, seats): (u32, u32)) -> String {
    if elected < seats {
        format!("{ELECTED_STRUCTURE_TITLE} (mới bầu {elected}/{seats} người, chưa phải kết quả cuối cùng)")
    } else {
        ELECTED_STRUCTURE_TITLE.to_string()
    }
}

/// The caption of a body's table of those elected against the indicators.
pub fn elected_structure_caption(body: crate::model::congress_day::Body) -> String {
    format!("{}: kết quả bầu cử so với chỉ tiêu", body_name(body))
}

/// The verdict of one indicator on those elected, and whether to warn.
pub fn elected_verdict(m: crate::model::personnel::Measured) -> (String, bool) {
    let unknown = if m.unknown > 0 { format!(" ({} người chưa có năm sinh)", m.unknown) } else { String::new() };
    match m.short() {
        Some(short) if m.has + m.unknown >= m.needed.unwrap_or(0) => {
            (format!("Chưa rõ: cần nhập năm sinh của {} người để biết (có thể thiếu {short} người)", m.unknown), true)
        }
        Some(short) => (format!("Không đạt: thiếu {short} người{unknown}"), true),
        None => (format!("Đạt{unknown}"), false),
    }
}
pub const STRUCTURE_NO_SEATS: &str = "Chưa nhập số ủy viên";
pub const STRUCTURE_MET: &str = "Đủ";
pub const NOMINEES_TITLE: &str = "Danh sách đề cử";
pub const NOMINEES_NONE: &str = "Chưa có ai trong danh sách đề cử.";
pub const NOMINEE_ADD_TITLE: &str = "Thêm người vào danh sách đề cử";
pub const NOMINEE_BODY: &str = "Đề cử vào";
pub const NOMINEE_PICK: &str = "Hoặc chọn người đã có (ví dụ người trong danh sách Ban Chấp hành)";
pub const NOMINEE_PICK_NONE: &str = "(người mới, nhập ở dưới)";
pub const NOMINEE_PICK_GONE: &str = "Người vừa chọn không còn trong danh sách (đã bị bỏ). Hãy chọn lại.";
pub const FILL_FAILED: &str = "Chưa ghi được vào dự thảo: trình duyệt không lưu được (xem thông báo ở đầu trang). Dự thảo không bị thay đổi.";
pub const NOMINEE_ADD: &str = "Thêm vào danh sách đề cử";
pub const NOMINEE_BY: &str = "Giới thiệu bởi";
pub const NOMINEE_RE_ELECTED: &str = "Tái cử (ủy viên khóa cũ)";
pub const NOMINEE_WITHDRAWN: &str = "Đã rút (không tính vào danh sách)";
pub const NOMINEE_WITHDRAWN_TAG: &str = "đã rút";
pub const NOMINEE_PARTY_APPRAISAL: &str = "Ý kiến thẩm định của cấp ủy";
pub const NOMINEE_UPPER_APPRAISAL: &str = "Ý kiến thẩm định của công đoàn cấp trên";
pub const NOMINEE_DETAILS: &str = "Sửa thông tin";
pub const NOMINEE_REMOVE: &str = "Bỏ khỏi danh sách đề cử";
pub const NOMINEE_REMOVE_CONFIRM: &str = "Bỏ hẳn khỏi danh sách";
pub const PERSON_PARTY: &str = "Đảng viên";
pub const PERSON_ETHNICITY: &str = "Dân tộc";
pub const PERSON_ETHNICITY_HINT: &str = "Kinh";
pub const PERSON_POSITION: &str = "Chức vụ";
pub const PERSON_DEPARTMENT: &str = "Bộ phận, đơn vị";
pub const PLAN_FILL: &str = "Điền vào dự thảo đề án nhân sự";
pub const PLAN_FILL_HINT: &str = "Ghi số lượng, cơ cấu và danh sách đề cử vào mục III và V của dự thảo đề án nhân sự (tạo dự thảo nếu chưa có). Văn bản đang có được giữ lại thành một phiên bản. Tệp gửi cấp trên (.json) không kèm danh sách đề cử (mục V); tệp Word của dự thảo và bản sao lưu thì có.";
pub const PLAN_FILLED: &str = "Đã điền vào dự thảo đề án nhân sự; xem và sửa ở màn hình Văn kiện.";
pub const BEFORE_FILL: &str = "Trước khi điền từ dữ liệu nhân sự";
pub const ELECTION_FROM_PLAN: &str = "Bầu Ban Chấp hành, Ban Thường vụ hoặc Ủy ban Kiểm tra: danh sách bầu cử lấy sẵn những người trong đề án nhân sự (màn hình Nhân sự), trừ người đã rút hoặc không được thẩm định đồng ý.";

/// "Số ủy viên Ban Chấp hành".
pub fn plan_seats_label(b: crate::model::congress_day::Body) -> String {
    let optional = if b == crate::model::congress_day::Body::Standing { " (nếu có)" } else { "" };
    format!("Số ủy viên {}{optional}", body_name(b))
}

/// What an indicator counts, as the screen names it.
pub fn criterion_name(c: &crate::model::personnel::Criterion) -> String {
    use crate::model::personnel::Criterion::*;
    match c {
        Women => "Nữ".into(),
        Under { age } => format!("Dưới {age} tuổi"),
        PartyMembers => "Đảng viên".into(),
        EthnicMinority => "Dân tộc thiểu số".into(),
        ReElected => "Tái cử".into(),
        New => "Tham gia lần đầu".into(),
        Department { name } => format!("Thuộc {name}"),
    }
}

/// The kinds offered when adding an indicator, by the stored name of the criterion's kind.
pub const CRITERION_KINDS: [(&str, &str); 7] = [
    ("women", "Nữ"),
    ("under", "Dưới một độ tuổi"),
    ("party_members", "Đảng viên"),
    ("ethnic_minority", "Dân tộc thiểu số"),
    ("re_elected", "Tái cử"),
    ("new", "Tham gia lần đầu"),
    ("department", "Một bộ phận, đơn vị"),
];

/// "Nữ: từ 30% trở lên".
pub fn indicator_text(ind: &crate::model::personnel::Indicator) -> String {
    let only = ind.body.map(|b| format!(" (chỉ {})", body_name(b))).unwrap_or_default();
    format!("{}: từ {}% trở lên{only}", criterion_name(&ind.criterion), ind.target)
}

pub fn indicator_remove(ind: &crate::model::personnel::Indicator) -> String {
    format!("Bỏ chỉ tiêu “{}”", indicator_text(ind))
}

/// "5 người được đề cử (1 người đã rút)".
pub fn plan_standing_line(standing: u32, withdrawn: u32) -> String {
    let gone = if withdrawn > 0 { format!(" ({withdrawn} người đã rút, không tính)") } else { String::new() };
    format!("{standing} người được đề cử{gone}.")
}

/// The surplus against the cap, and whether to warn.
pub fn surplus_line(s: crate::model::personnel::Surplus, seats: u32, cap: u32, floor: Option<u32>) -> (String, bool) {
    use crate::model::congress_day::{hundredths, percent_text};
    use crate::model::personnel::Surplus::*;
    let pct = |n: u32| percent_text(hundredths(n, seats));
    match s {
        Missing { missing } => (format!("Chưa đủ người: danh sách đề cử ít hơn số cần bầu ({seats}) {missing} người."), true),
        AboveCap { surplus, most } => (format!("Số dư {surplus} người ({}% số cần bầu) vượt mức tối đa {cap}% (không quá {most} người).", pct(surplus)), true),
        BelowFloor { surplus, least } => {
            (format!("Số dư {surplus} người, dưới mức tối thiểu {}% (ít nhất {least} người).", floor.unwrap_or(0)), true)
        }
        Within { surplus } => (format!("Số dư {surplus} người ({}% số cần bầu), trong mức tối đa {cap}%.", pct(surplus)), false),
    }
}

/// "2/5 (40,00%)".
pub fn structure_has(m: crate::model::personnel::Measured) -> String {
    use crate::model::congress_day::{hundredths, percent_text};
    format!("{}/{} ({}%)", m.has, m.of, percent_text(hundredths(m.has, m.of)))
}

/// The verdict of one indicator, and whether to warn.
pub fn structure_verdict(m: crate::model::personnel::Measured) -> (String, bool) {
    let unknown = if m.unknown > 0 { format!(" ({} người chưa có năm sinh)", m.unknown) } else { String::new() };
    match (m.needed, m.short()) {
        (None, _) => (format!("{STRUCTURE_NO_SEATS}{unknown}"), false),
        // Those with no birth given might meet an age: short for sure only without them.
        (Some(needed), Some(short)) if m.has + m.unknown >= needed => {
            (format!("Có thể thiếu {short} người: cần nhập năm sinh của {} người để biết", m.unknown), true)
        }
        (Some(_), Some(short)) => (format!("Thiếu {short} người: dù tất cả trúng cử cũng không đạt chỉ tiêu{unknown}"), true),
        (Some(_), None) => (format!("{STRUCTURE_MET}{unknown}"), false),
    }
}

/// The appraisal of a body's nominees, and whether to warn.
pub fn appraisal_line(standing: u32, waiting: u32, not_agreed: u32) -> (String, bool) {
    let cleared = standing - waiting - not_agreed;
    let mut line = format!("Thẩm định: {cleared}/{standing} người được cả cấp ủy và công đoàn cấp trên đồng ý");
    if waiting > 0 {
        line.push_str(&format!("; {waiting} người chưa đủ ý kiến"));
    }
    if not_agreed > 0 {
        line.push_str(&format!("; {not_agreed} người không được đồng ý: cần rút hoặc thay trước đại hội"));
    }
    line.push('.');
    (line, not_agreed > 0)
}

pub fn nominated_by_name(n: crate::model::personnel::NominatedBy) -> &'static str {
    use crate::model::personnel::NominatedBy::*;
    match n {
        OutgoingCommittee => "Ban Chấp hành khóa cũ",
        Members => "Đoàn viên, tổ công đoàn",
        Themselves => "Tự ứng cử",
        Congress => "Đề cử tại đại hội",
    }
}

pub fn appraisal_name(a: crate::model::personnel::Appraisal) -> &'static str {
    use crate::model::personnel::Appraisal::*;
    match a {
        NotSent => "Chưa gửi",
        Sent => "Đã gửi, chờ ý kiến",
        Agreed => "Đồng ý",
        NotAgreed => "Không đồng ý",
    }
}

/// "Trưởng phòng · Phòng Kỹ thuật · dân tộc Tày · đảng viên · tái cử · giới thiệu: …".
pub fn nominee_summary(p: &crate::model::congress_day::Person, n: &crate::model::personnel::Nominee) -> String {
    // The birth is in the name line ("Ông Nguyễn Văn An (1980)").
    let mut parts = Vec::new();
    for t in [&p.position, &p.department] {
        if !t.trim().is_empty() {
            parts.push(t.trim().to_string());
        }
    }
    if !p.ethnicity.trim().is_empty() {
        parts.push(format!("dân tộc {}", p.ethnicity.trim()));
    }
    if p.party_member {
        parts.push("đảng viên".into());
    }
    parts.push(if n.re_elected { "tái cử".into() } else { "tham gia lần đầu".into() });
    parts.push(format!("giới thiệu: {}", nominated_by_name(n.nominated_by).to_lowercase()));
    parts.join(" · ")
}

pub fn nominee_already(b: crate::model::congress_day::Body) -> String {
    format!("Người này đã có trong danh sách đề cử {}.", body_name(b))
}

/// "Ông Nguyễn Văn An: bỏ khỏi danh sách đề cử Ban Chấp hành", a button's accessible name.
pub fn nominee_remove_label(name: &str, b: crate::model::congress_day::Body) -> String {
    format!("{name}: bỏ khỏi danh sách đề cử {}", body_name(b))
}

// The results summary on the upper union's desk
pub const DESK_RESULTS: &str = "Kết quả bầu cử các đơn vị đã gửi";
pub const DESK_RESULTS_UNITS: &str = "Đơn vị đã gửi kết quả";
pub const DESK_RESULTS_EXECUTIVE: &str = "Ủy viên BCH được bầu / số lượng";
pub const DESK_RESULTS_INSPECTION: &str = "Ủy viên UBKT được bầu / số lượng";
pub const DESK_RESULTS_WOMEN: &str = "Nữ trong BCH";
pub const DESK_RESULTS_UNDER_35: &str = "BCH dưới 35 tuổi";
pub const DESK_RESULTS_UNDER_40: &str = "BCH dưới 40 tuổi";
pub const DESK_RESULTS_PARTY: &str = "Đảng viên trong BCH";
pub const DESK_RESULTS_ETHNIC: &str = "Dân tộc thiểu số trong BCH";
pub const DESK_RESULTS_RE_ELECTED: &str = "Tái cử trong BCH";
pub const DESK_RESULTS_CHAIR: &str = "Đơn vị bầu Chủ tịch trực tiếp tại đại hội";
pub const DESK_COL_SUMMONED: &str = "Số được triệu tập";
pub const DESK_COL_PRESENT: &str = "Số có mặt";
pub const DESK_COL_EXEC_SEATS: &str = "BCH: số lượng";
pub const DESK_COL_EXEC_ELECTED: &str = "BCH: đã bầu";
pub const DESK_COL_INSP_SEATS: &str = "UBKT: số lượng";
pub const DESK_COL_INSP_ELECTED: &str = "UBKT: đã bầu";
pub const DESK_COL_BIRTHS_UNKNOWN: &str = "BCH chưa rõ năm sinh";
pub const DESK_COL_CHAIR_DIRECT: &str = "Bầu Chủ tịch trực tiếp";

/// "35 (32,41%)": a group of the committees elected, and its share.
pub fn desk_share(n: u32, of: u32) -> String {
    use crate::model::congress_day::{hundredths, percent_text};
    format!("{n} ({}%)", percent_text(hundredths(n, of)))
}

/// "Bầu cử: BCH 9/9 · UBKT 3/3 · nữ 3 · Chủ tịch bầu trực tiếp", under a unit's congress day.
pub fn desk_results_line(r: &crate::model::results::ResultsSummary) -> String {
    let mut parts = Vec::new();
    if let (Some(p), Some(s)) = (r.present, r.summoned) {
        parts.push(format!("có mặt {p}/{s}"));
    }
    if let Some(f) = r.executive {
        parts.push(format!("BCH {}/{}, nữ {}", f.elected, f.seats, r.composition.women));
    }
    if let Some(f) = r.inspection {
        parts.push(format!("UBKT {}/{}", f.elected, f.seats));
    }
    if r.chair_at_congress {
        parts.push("Chủ tịch bầu trực tiếp".into());
    }
    format!("Bầu cử: {}", parts.join(" · "))
}

// The congress day's documents, written from its data
pub const DAY_DOCS_TITLE: &str = "Biên bản và hồ sơ";
pub const DAY_DOCS_HINT: &str = "Ghi số liệu và kết quả bầu cử vào dự thảo văn kiện (tạo mới nếu chưa có; văn bản đang có được giữ lại thành một phiên bản), rồi xem, sửa, in và tải Word ở màn hình Văn kiện. Tờ trình đề nghị công nhận có danh sách trích ngang những người trúng cử (họ tên, năm sinh, dân tộc, đảng viên, chức vụ): danh sách này đi cùng tờ trình trong tệp Word, và trong tệp gửi cấp trên khi chọn kèm văn kiện. Số phiếu từng người trong biên bản kiểm phiếu chỉ có trong tệp Word và bản sao lưu.";
pub const DAY_DOCS_NONE: &str = "Biên bản kiểm phiếu của mỗi cuộc bầu cử được lập ở đây khi cuộc bầu cử có kết quả.";
pub const DAY_DOC_CONGRESS: &str = "Biên bản đại hội: thành phần và kết quả bầu cử";
pub const DAY_DOC_MEETING: &str = "Biên bản hội nghị lần thứ nhất Ban Chấp hành khóa mới";
pub const DAY_DOC_LETTER: &str = "Tờ trình đề nghị công nhận, kèm danh sách trích ngang";
pub const DAY_DOC_CREDENTIALS: &str = "Báo cáo thẩm tra tư cách đại biểu: số được triệu tập, có mặt";

/// "Biên bản kiểm phiếu: bầu Ban Chấp hành, vòng 2".
pub fn day_doc_count(e: &crate::model::congress_day::Election) -> String {
    let round = if e.round > 1 { format!(", vòng {}", e.round) } else { String::new() };
    format!("Biên bản kiểm phiếu: bầu {}{round}", body_name(e.body))
}

pub fn day_doc_written(title: &str) -> String {
    format!("Đã ghi vào dự thảo “{title}”; xem, sửa, in và tải Word ở màn hình Văn kiện.")
}

// Shows of hands at the congress
pub const DECISIONS_TITLE: &str = "Biểu quyết bằng giơ tay";
pub const DECISIONS_INTRO: &str = "Ghi các việc đại hội biểu quyết bằng giơ tay (đoàn chủ tịch, đoàn thư ký, các ban, số lượng ủy viên, danh sách bầu cử…) để đưa vào biên bản đại hội.";
pub const DECISIONS_NONE: &str = "Chưa ghi lần biểu quyết nào.";
pub const DECISION_SUBJECT: &str = "Nội dung biểu quyết";
pub const DECISION_DETAIL: &str = "Chi tiết (họ tên, con số; bắt buộc với việc khác)";
pub const DECISION_FOR: &str = "Số tán thành";
pub const DECISION_AGAINST: &str = "Số không tán thành";
pub const DECISION_ABSTAIN: &str = "Số không biểu quyết";
pub const DECISION_ADD: &str = "Ghi lần biểu quyết";

pub fn subject_name(s: crate::model::decisions::Subject) -> &'static str {
    use crate::model::decisions::Subject::*;
    match s {
        Presidium => "Đoàn Chủ tịch",
        Secretariat => "Đoàn Thư ký",
        CredentialsBoard => "Ban Thẩm tra tư cách đại biểu",
        ElectionBoard => "Ban Bầu cử",
        Seats => "Số lượng Ban Chấp hành",
        BallotList => "Danh sách bầu cử",
        Other => "Việc khác",
    }
}

pub fn decision_error(e: crate::model::decisions::DecisionError) -> &'static str {
    use crate::model::decisions::DecisionError::*;
    match e {
        NoDetail => "Hãy ghi việc được biểu quyết.",
        AbovePresent => "Tổng số tán thành, không tán thành và không biểu quyết lớn hơn số có mặt tại đại hội.",
    }
}

/// "Đoàn Chủ tịch (Ông A, Bà B): tán thành 27/28 (96,43%), không tán thành 0, không biểu quyết 1".
pub fn decision_text(d: &crate::model::decisions::Decision, present: Option<u32>) -> String {
    use crate::model::congress_day::{hundredths, percent_text};
    use crate::model::decisions::Subject;
    let what = match (d.subject, d.detail.is_empty()) {
        (Subject::Other, _) => d.detail.clone(),
        (s, true) => subject_name(s).to_string(),
        (s, false) => format!("{} ({})", subject_name(s), d.detail),
    };
    let share = match present {
        Some(p) if p > 0 => format!("{}/{p} ({}%)", d.in_favour, percent_text(hundredths(d.in_favour, p))),
        _ => d.in_favour.to_string(),
    };
    format!("{what}: tán thành {share}, không tán thành {}, không biểu quyết {}", d.against, d.abstaining)
}

pub fn decision_remove(text: &str) -> String {
    format!("Bỏ lần biểu quyết: {text}")
}

/// The key document's state in words (the desk's table; its CSV in Vietnamese).
pub fn doc_state_text(state: crate::model::desk::DocState) -> &'static str {
    use crate::model::desk::DocState;
    match state {
        DocState::NotSent => DESK_DOC_NOT_SENT,
        DocState::NotStarted => DESK_DOC_NOT_STARTED,
        DocState::Drafted(s) => draft_status_name(s),
    }
}

/// A task's title and explanation as the screen shows them, each with its language: a built-in
/// task's own words here (they are Vietnamese already); `en.rs` shows the English of those the
/// unit has not changed.
pub fn task_words(_key: Option<&str>, title: &str, explanation: &str) -> ((String, &'static str), (String, &'static str)) {
    ((title.to_string(), "vi"), (explanation.to_string(), "vi"))
}

/// A built-in outline's name, in the list of documents and the choice of a new one.
pub fn outline_name(kind: DocumentKind) -> &'static str {
    crate::templates::outline(kind).name
}

/// A section's writing hint as the draft stores it, and its language (`lang`).
pub fn section_prompt(_kind: DocumentKind, prompt: &str) -> (String, &'static str) {
    (prompt.to_string(), "vi")
}

/// A round's name as stored, and its language (`lang`).
pub fn round_name(_id: &str, name: &str) -> (String, &'static str) {
    (name.to_string(), "vi")
}

/// A task's words as this interface reads them where they differ from the stored ones, for
/// the search: none in Vietnamese.
pub fn task_search_words(_key: Option<&str>, _title: &str, _explanation: &str) -> [&'static str; 2] {
    ["", ""]
}

// Interface language (the header's switch; index.html loads the chosen language's build)
/// This interface's language, as `lang` and as stored by the switch.
pub const LANGUAGE: &str = "vi";
/// The other language: its code and its name, written in that language.
pub const OTHER_LANGUAGE: &str = "en";
pub const OTHER_LANGUAGE_NAME: &str = "English";
pub const LANGUAGE_NOT_SAVED: &str =
    "Chưa đổi được ngôn ngữ: trình duyệt không lưu được lựa chọn (bộ nhớ đầy, bị chặn, hoặc đang giữ lựa chọn của một phiên bản mới hơn).";
pub const LANGUAGE_CODE_MISSING: &str =
    "Chưa đổi được ngôn ngữ: chưa tải được phần mã cần cho việc này (máy đang mất mạng, hoặc ứng dụng vừa được cập nhật). Dữ liệu của bạn không bị ảnh hưởng; hãy bấm lại khi có mạng.";
pub const LANGUAGE_UNSAVED: &str =
    "Chưa đổi ngôn ngữ: còn thay đổi chưa lưu được (xem thông báo phía trên). Hãy xử lý thông báo đó trước; dữ liệu của bạn vẫn còn nguyên.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_reads_in_vietnamese_numbers() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(9_026), "9.026");
        assert_eq!(count(5_000_000), "5.000.000");
        let line = usage_line(Usage { app_chars: 178_068, site_chars: 178_100 });
        assert_eq!(
            line,
            "Ứng dụng đang dùng 178.068 ký tự (3,5%) trong khoảng 5.000.000 ký tự trình duyệt cho phép; còn trống khoảng 4.821.900 ký tự."
        );
    }
}
