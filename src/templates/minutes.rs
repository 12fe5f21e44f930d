//! The congress day's documents written from its data (issue 13, item 6): the vote-count
//! minutes of each counted election, the attendance and election part of the congress minutes,
//! the new committee's first meeting minutes, and the recognition letter with the list of
//! those elected (danh sách trích ngang). Each gives the sections to write into a draft of
//! the document's kind, by heading. Vietnamese whatever the interface language: official
//! documents.

use crate::model::ballots::{totals, InvalidReason};
use crate::model::decisions::{Decision, Subject};
use crate::model::congress_day::{percent_text, Base, Body, CongressDay, Election, Gender, Person, Sitting, Standing};

/// One section to write: its heading in the draft, and its text.
pub type Filled = (&'static str, String);

/// Headings of the vote-count minutes' outline (`documents::OUTLINES`).
pub const COUNT_BALLOTS: &str = "Số phiếu";
pub const COUNT_RESULT: &str = "Kết quả bầu cử";
pub const COUNT_ELECTED: &str = "Danh sách trúng cử";
/// Headings of the congress minutes' outline.
pub const MINUTES_ATTENDANCE: &str = "Thành phần tham dự";
pub const MINUTES_ELECTIONS: &str = "Kết quả biểu quyết và bầu cử";
/// The first meeting's minutes have no outline: their heading and the sections they open with
/// and close on, for the user's text.
pub const MINUTES_HEADING: &str = "BIÊN BẢN";
pub const MINUTES_TIME_PLACE: &str = "Thời gian, địa điểm";
pub const MINUTES_END: &str = "Kết thúc";

/// "Hội nghị lần thứ nhất Ban Chấp hành khóa mới nhiệm kỳ 2023 – 2028".
pub fn first_meeting_title(term: &str) -> String {
    format!("Hội nghị lần thứ nhất Ban Chấp hành khóa mới nhiệm kỳ {term}")
}

/// Headings of the recognition letter's outline, and the list it adds.
pub const LETTER_RESULTS: &str = "Kết quả đại hội";
pub const LETTER_REQUEST: &str = "Đề nghị";
pub const LETTER_LIST: &str = "Danh sách trích ngang";

/// What an election fills, as a document names it ("Ban Chấp hành", "Chủ tịch công đoàn").
pub fn body_text(body: Body) -> &'static str {
    match body {
        Body::Executive => "Ban Chấp hành",
        Body::ChairAtCongress | Body::Chair => "Chủ tịch công đoàn",
        Body::Delegates => "đại biểu dự đại hội công đoàn cấp trên",
        Body::Alternates => "đại biểu dự khuyết",
        Body::Standing => "Ban Thường vụ",
        Body::Deputies => "Phó Chủ tịch công đoàn",
        Body::Inspection => "Ủy ban Kiểm tra",
        Body::InspectionChair => "Chủ nhiệm Ủy ban Kiểm tra",
    }
}

/// "bầu Ban Chấp hành" or "bầu Ban Chấp hành (vòng 2)".
fn election_name(e: &Election) -> String {
    let round = if e.round > 1 { format!(" (vòng {})", e.round) } else { String::new() };
    format!("bầu {}{round}", body_text(e.body))
}

/// The vote-count minutes' title: "Kiểm phiếu bầu Ban Chấp hành nhiệm kỳ 2023 – 2028".
pub fn count_title(e: &Election, term: &str) -> String {
    format!("Kiểm phiếu {} nhiệm kỳ {term}", election_name(e))
}

fn base_text(base: Base) -> &'static str {
    match base {
        Base::Collected => "số phiếu thu về",
        Base::Valid => "số phiếu hợp lệ",
        Base::Summoned => "số người được triệu tập",
    }
}

fn reason_text(r: InvalidReason) -> &'static str {
    match r {
        InvalidReason::AllStruck => "gạch hết tên",
        InvalidReason::TooManyKept => "để lại nhiều hơn số lượng cần bầu",
        InvalidReason::NameAdded => "ghi thêm tên",
        InvalidReason::NotStamped => "không có dấu của ban bầu cử",
        InvalidReason::Marked => "có đánh dấu riêng",
    }
}

/// "Bà Lê Thị Ánh".
fn title_name(p: &Person) -> String {
    format!("{} {}", if p.gender == Gender::Male { "Ông" } else { "Bà" }, p.full_name())
}

fn name_of(day: &CongressDay, id: &str) -> String {
    day.person(id).map(title_name).unwrap_or_default()
}

/// The vote-count minutes of a counted election; `None` while it has no count.
pub fn vote_count(day: &CongressDay, e: &Election) -> Option<Vec<Filled>> {
    let count = e.count.as_ref()?;
    let result = day.result(e)?.ok()?;
    let a = day.attendance(e.body.sitting());
    let mut ballots = Vec::new();
    if let (Some(s), Some(p)) = (a.summoned, a.present) {
        ballots.push(format!("Số người được triệu tập: {s}; có mặt: {p}."));
    }
    ballots.push(format!("Số phiếu phát ra: {}.", count.issued));
    ballots.push(format!("Số phiếu thu về: {}.", count.collected));
    ballots.push(format!("Số phiếu hợp lệ: {}.", count.valid));
    let mut invalid = format!("Số phiếu không hợp lệ: {}", count.invalid);
    // Entered one by one, the invalid ballots have their reasons.
    if !e.ballots.is_empty() && count.invalid > 0 {
        let t = totals(&e.ballots, e.candidates.len());
        let why: Vec<String> =
            InvalidReason::ALL.iter().zip(t.invalid).filter(|(_, n)| *n > 0).map(|(r, n)| format!("{} {n}", reason_text(*r))).collect();
        invalid.push_str(&format!(" (trong đó: {})", why.join("; ")));
    }
    ballots.push(invalid + ".");

    let mut lines = vec![format!(
        "Số lượng cần bầu: {}. Người trúng cử phải được quá 1/2 {} ({}), tức ít nhất {} phiếu.",
        e.seats,
        base_text(e.base),
        result.base,
        result.needed
    )];
    lines.push(format!("Số phiếu của từng người, từ cao xuống thấp (tỷ lệ so với {}):", base_text(e.base)));
    for (n, line) in result.lines.iter().enumerate() {
        lines.push(format!("- {}. {}: {} phiếu, đạt {}%.", n + 1, name_of(day, &e.candidates[line.candidate]), line.votes, percent_text(line.hundredths)));
    }

    let mut elected: Vec<String> = result
        .lines
        .iter()
        .filter(|l| l.standing == Standing::Elected)
        .enumerate()
        .map(|(n, l)| format!("- {}. {} ({} phiếu, đạt {}%).", n + 1, name_of(day, &e.candidates[l.candidate]), l.votes, percent_text(l.hundredths)))
        .collect();
    if elected.is_empty() {
        elected.push("Không có người trúng cử.".into());
    }
    if !result.outcome.tied.is_empty() {
        let tied: Vec<String> = result.outcome.tied.iter().map(|&i| name_of(day, &e.candidates[i])).collect();
        elected.push(format!("Bằng phiếu nhau ở vị trí cuối: {}; đề nghị đại hội bầu tiếp trong số này.", tied.join(", ")));
    }
    if result.outcome.unfilled > 0 {
        elected.push(format!("Còn thiếu {} người so với số lượng cần bầu.", result.outcome.unfilled));
    }
    Some(vec![(COUNT_BALLOTS, ballots.join("\n")), (COUNT_RESULT, lines.join("\n")), (COUNT_ELECTED, elected.join("\n"))])
}

/// "có mặt 28/30 (93,33%), đủ 2/3 số được triệu tập: đủ điều kiện tiến hành".
fn attendance_line(day: &CongressDay, sitting: Sitting) -> Option<String> {
    let a = day.attendance(sitting);
    let q = a.quorum()?.ok()?;
    let (s, p) = (a.summoned?, a.present?);
    let verdict = if q.met { "đủ điều kiện tiến hành" } else { "chưa đủ điều kiện tiến hành" };
    Some(format!(
        "Số được triệu tập: {s}; có mặt: {p} ({}%), cần ít nhất {} (2/3 số được triệu tập): {verdict}.",
        percent_text(crate::model::congress_day::hundredths(p, s)),
        q.needed
    ))
}

/// One counted election in a line of the minutes.
fn election_line(day: &CongressDay, e: &Election) -> Option<String> {
    let count = e.count.as_ref()?;
    let result = day.result(e)?.ok()?;
    let names: Vec<String> = result
        .lines
        .iter()
        .filter(|l| l.standing == Standing::Elected)
        .map(|l| format!("{} ({} phiếu, {}%)", name_of(day, &e.candidates[l.candidate]), l.votes, percent_text(l.hundredths)))
        .collect();
    let who = if names.is_empty() { "không có người trúng cử".to_string() } else { format!("trúng cử: {}", names.join(", ")) };
    let left = if result.outcome.unfilled > 0 { format!("; còn thiếu {} người", result.outcome.unfilled) } else { String::new() };
    Some(format!(
        "- {} ({} người): phát ra {}, thu về {}, hợp lệ {}, không hợp lệ {}; {who}{left}.",
        capitalised(&election_name(e)),
        e.seats,
        count.issued,
        count.collected,
        count.valid,
        count.invalid
    ))
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn subject_text(s: Subject) -> &'static str {
    match s {
        Subject::Presidium => "Đoàn Chủ tịch",
        Subject::Secretariat => "Đoàn Thư ký",
        Subject::CredentialsBoard => "Ban Thẩm tra tư cách đại biểu",
        Subject::ElectionBoard => "Ban Bầu cử",
        Subject::Seats => "Số lượng Ban Chấp hành",
        Subject::BallotList => "Danh sách bầu cử",
        Subject::Other => "Biểu quyết",
    }
}

/// "- Đoàn Chủ tịch (Ông A, Bà B): tán thành 27/28 người có mặt (96,43%), không tán thành 0,
/// không biểu quyết 1."
fn decision_line(d: &Decision, present: Option<u32>) -> String {
    let what = match (d.subject, d.detail.is_empty()) {
        (Subject::Other, _) => d.detail.clone(),
        (s, true) => subject_text(s).to_string(),
        (s, false) => format!("{} ({})", subject_text(s), d.detail),
    };
    let share = match present {
        Some(p) if p > 0 => format!("{}/{p} người có mặt ({}%)", d.in_favour, percent_text(crate::model::congress_day::hundredths(d.in_favour, p))),
        _ => d.in_favour.to_string(),
    };
    format!("- {what}: tán thành {share}, không tán thành {}, không biểu quyết {}.", d.against, d.abstaining)
}

/// The attendance and election sections of the minutes of `sitting` (the congress, or the
/// new committee's first meeting); the congress's shows of hands come before its elections.
pub fn minutes(day: &CongressDay, sitting: Sitting) -> Vec<Filled> {
    let mut lines = Vec::new();
    if sitting == Sitting::Congress && !day.decisions.is_empty() {
        lines.push("Biểu quyết bằng giơ tay:".to_string());
        lines.extend(day.decisions.iter().map(|d| decision_line(d, day.congress.present)));
        lines.push("Bầu cử:".to_string());
    }
    let elections: Vec<String> =
        day.elections.iter().filter(|e| e.body.sitting() == sitting).filter_map(|e| election_line(day, e)).collect();
    if elections.is_empty() {
        lines.push("Chưa có cuộc bầu cử nào có kết quả.".to_string());
    }
    lines.extend(elections);
    let elections = lines.join("\n");
    vec![(MINUTES_ATTENDANCE, attendance_line(day, sitting).unwrap_or_default()), (MINUTES_ELECTIONS, elections)]
}

/// The credentials report's first section (delegate congresses): those summoned, present and
/// absent. The delegates' make-up is not kept by the app and stays for the user to write.
pub const CREDENTIALS_SUMMONED: &str = "I. Tổng số đại biểu được triệu tập";

pub fn credentials(day: &CongressDay) -> Option<Vec<Filled>> {
    let a = day.congress;
    let (s, p) = (a.summoned?, a.present?);
    let absent = s.saturating_sub(p);
    Some(vec![(
        CREDENTIALS_SUMMONED,
        format!(
            "Tổng số đại biểu được triệu tập: {s}.\nSố đại biểu có mặt: {p}, đạt {}%; vắng mặt: {absent}.",
            percent_text(crate::model::congress_day::hundredths(p, s))
        ),
    )])
}

/// One line of the list of those elected: name, gender, birth, ethnicity, party, position.
fn list_line(n: usize, p: &Person) -> String {
    let mut parts = vec![format!("{n}. {}", title_name(p)), if p.gender == Gender::Male { "nam".into() } else { "nữ".into() }];
    if !p.born.is_empty() {
        parts.push(if p.born.len() == 4 { format!("sinh năm {}", p.born) } else { format!("sinh ngày {}", p.born) });
    }
    if !p.ethnicity.trim().is_empty() {
        parts.push(format!("dân tộc {}", p.ethnicity.trim()));
    }
    if p.party_member {
        parts.push("đảng viên".into());
    }
    for t in [&p.position, &p.department] {
        if !t.trim().is_empty() {
            parts.push(t.trim().to_string());
        }
    }
    format!("- {}.", parts.join(", "))
}

/// The bodies a recognition letter asks the upper union to recognise, in order.
const RECOGNISED: [Body; 7] =
    [Body::Executive, Body::Standing, Body::ChairAtCongress, Body::Chair, Body::Deputies, Body::Inspection, Body::InspectionChair];

/// The recognition letter's sections: the congress's result, what is asked, and the list of
/// those elected with their details (the only personal data that goes upward, on purpose).
pub fn recognition(day: &CongressDay, unit: &str, date: &str) -> Vec<Filled> {
    let mut results = vec![format!("Ngày {date}, {unit} đã tiến hành đại hội.")];
    results.extend(attendance_line(day, Sitting::Congress));
    results.extend(RECOGNISED.iter().filter_map(|&b| {
        let elected = day.elected_to(b);
        let first = day.elections.iter().filter(|e| e.body == b).min_by_key(|e| e.round)?;
        (!elected.is_empty()).then(|| format!("Bầu {}: {}/{} người.", body_text(b), elected.len(), first.seats))
    }));
    let mut request = vec!["Đề nghị công đoàn cấp trên xem xét, công nhận:".to_string()];
    let mut list = Vec::new();
    for b in RECOGNISED {
        let elected = day.elected_to(b);
        if elected.is_empty() {
            continue;
        }
        let names: Vec<String> = elected.iter().map(|id| name_of(day, id)).collect();
        request.push(format!("- {} ({} người): {}.", capitalised(body_text(b)), names.len(), names.join(", ")));
        list.push(format!("{}:", capitalised(body_text(b))));
        list.extend(elected.iter().filter_map(|id| day.person(id)).enumerate().map(|(n, p)| list_line(n + 1, p)));
    }
    if list.is_empty() {
        list.push("Chưa có cuộc bầu cử nào có người trúng cử.".into());
    }
    vec![(LETTER_RESULTS, results.join("\n")), (LETTER_REQUEST, request.join("\n")), (LETTER_LIST, list.join("\n"))]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ballots::Ballot;
    use crate::model::congress_day::{person, Attendance, Count};

    fn day() -> CongressDay {
        let mut day = CongressDay { congress: Attendance { summoned: Some(30), present: Some(28) }, ..Default::default() };
        for (id, family, middle, given, g, born) in
            [("a", "Lò", "Thị", "Xuân", Gender::Female, "1995"), ("b", "Nguyễn", "Văn", "Đức", Gender::Male, "1970"), ("c", "Trần", "Thị", "Mai", Gender::Female, "")]
        {
            day.people.push(person(id.into(), family, middle, given, g, born).unwrap());
        }
        day.people[0].ethnicity = "Thái".into();
        day.people[0].party_member = true;
        day.people[0].position = "Giáo viên".into();
        day.elections.push(Election {
            id: "e".into(),
            body: Body::Executive,
            round: 1,
            seats: 2,
            base: Base::Collected,
            candidates: vec!["b".into(), "a".into(), "c".into()],
            count: Some(Count { issued: 28, collected: 28, valid: 27, invalid: 1, votes: vec![20, 25, 9] }),
            ballots: Vec::new(),
            ballots_again: Vec::new(),
        });
        day
    }

    #[test]
    fn the_vote_count_minutes_give_the_ballots_each_count_and_those_elected() {
        let mut d = day();
        let e = d.elections[0].clone();
        let sections = vote_count(&d, &e).unwrap();
        assert_eq!(sections[0], (COUNT_BALLOTS, "Số người được triệu tập: 30; có mặt: 28.\nSố phiếu phát ra: 28.\nSố phiếu thu về: 28.\nSố phiếu hợp lệ: 27.\nSố phiếu không hợp lệ: 1.".to_string()));
        assert_eq!(
            sections[1].1,
            "Số lượng cần bầu: 2. Người trúng cử phải được quá 1/2 số phiếu thu về (28), tức ít nhất 15 phiếu.\nSố phiếu của từng người, từ cao xuống thấp (tỷ lệ so với số phiếu thu về):\n- 1. Bà Lò Thị Xuân: 25 phiếu, đạt 89,29%.\n- 2. Ông Nguyễn Văn Đức: 20 phiếu, đạt 71,43%.\n- 3. Bà Trần Thị Mai: 9 phiếu, đạt 32,14%."
        );
        assert_eq!(sections[2].1, "- 1. Bà Lò Thị Xuân (25 phiếu, đạt 89,29%).\n- 2. Ông Nguyễn Văn Đức (20 phiếu, đạt 71,43%).");
        assert_eq!(count_title(&e, "2023 – 2028"), "Kiểm phiếu bầu Ban Chấp hành nhiệm kỳ 2023 – 2028");
        // Ballots entered one by one give the invalid ballot's reason.
        let mut e = e;
        e.ballots = vec![Ballot { struck: vec![0, 1, 2], invalid: Some(InvalidReason::AllStruck) }];
        d.elections[0] = e.clone();
        assert!(vote_count(&d, &e).unwrap()[0].1.ends_with("Số phiếu không hợp lệ: 1 (trong đó: gạch hết tên 1)."));
        // No count, no minutes.
        e.count = None;
        assert_eq!(vote_count(&d, &e), None);
    }

    #[test]
    fn the_minutes_and_the_recognition_letter_say_who_was_elected() {
        let d = day();
        let m = minutes(&d, Sitting::Congress);
        assert_eq!(m[0].1, "Số được triệu tập: 30; có mặt: 28 (93,33%), cần ít nhất 20 (2/3 số được triệu tập): đủ điều kiện tiến hành.");
        assert_eq!(
            m[1].1,
            "- Bầu Ban Chấp hành (2 người): phát ra 28, thu về 28, hợp lệ 27, không hợp lệ 1; trúng cử: Bà Lò Thị Xuân (25 phiếu, 89,29%), Ông Nguyễn Văn Đức (20 phiếu, 71,43%)."
        );
        assert_eq!(minutes(&d, Sitting::FirstMeeting)[1].1, "Chưa có cuộc bầu cử nào có kết quả.");
        let mut d2 = d.clone();
        d2.decisions.push(crate::model::decisions::decision("h".into(), Subject::Presidium, "Ông A, Bà B", 27, 0, 1, Some(28)).unwrap());
        d2.decisions.push(crate::model::decisions::decision("i".into(), Subject::Other, "Thông qua chương trình", 28, 0, 0, Some(28)).unwrap());
        let m = minutes(&d2, Sitting::Congress);
        assert!(m[1].1.starts_with("Biểu quyết bằng giơ tay:\n- Đoàn Chủ tịch (Ông A, Bà B): tán thành 27/28 người có mặt (96,43%), không tán thành 0, không biểu quyết 1.\n- Thông qua chương trình: tán thành 28/28 người có mặt (100,00%), không tán thành 0, không biểu quyết 0.\nBầu cử:\n- Bầu Ban Chấp hành"), "{}", m[1].1);
        let letter = recognition(&d, "Công đoàn Trường THCS Lê Lợi", "15/01/2027");
        assert_eq!(letter[0].1, "Ngày 15/01/2027, Công đoàn Trường THCS Lê Lợi đã tiến hành đại hội.\nSố được triệu tập: 30; có mặt: 28 (93,33%), cần ít nhất 20 (2/3 số được triệu tập): đủ điều kiện tiến hành.\nBầu Ban Chấp hành: 2/2 người.");
        assert_eq!(letter[1].1, "Đề nghị công đoàn cấp trên xem xét, công nhận:\n- Ban Chấp hành (2 người): Bà Lò Thị Xuân, Ông Nguyễn Văn Đức.");
        assert_eq!(letter[2].1, "Ban Chấp hành:\n- 1. Bà Lò Thị Xuân, nữ, sinh năm 1995, dân tộc Thái, đảng viên, Giáo viên.\n- 2. Ông Nguyễn Văn Đức, nam, sinh năm 1970.");
        assert!(!letter[2].1.contains("Mai"), "those not elected are not listed");
        assert_eq!(credentials(&d).unwrap()[0].1, "Tổng số đại biểu được triệu tập: 30.\nSố đại biểu có mặt: 28, đạt 93,33%; vắng mặt: 2.");
        assert_eq!(credentials(&CongressDay::default()), None);
    }
}
