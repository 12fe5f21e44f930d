//! The calendar export, read back by a real iCalendar parser (the `icalendar` crate): one
//! all-day event per task with stable UIDs, SEQUENCE that follows changes, Vietnamese intact;
//! and its lines as RFC 5545 §3.1 has them (CRLF only, folded at 75 octets).

use chrono::{NaiveDate, NaiveDateTime};
use congress_notebook::export::ics::{calendar, file_name};
use congress_notebook::model::{Congress, CongressDraft, CongressType, Status};
use congress_notebook::templates::new_congress;
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn now() -> NaiveDateTime {
    d(2026, 11, 22).and_hms_opt(2, 0, 0).unwrap()
}

fn congress() -> Congress {
    let mut n = 0;
    let mut ids = || {
        n += 1;
        format!("00000000-0000-4000-8000-{n:012}")
    };
    let input = CongressDraft {
        unit_name: "Công đoàn Trường THCS Lê Lợi, xã Đồng Khởi".into(),
        upper_union: "Liên đoàn Lao động huyện".into(),
        congress_type: CongressType::GrassrootsDelegate,
        date_text: "15/01/2027".into(),
        round: None,
    };
    new_congress(input.validate().unwrap(), &mut ids)
}

fn events(text: &str) -> Vec<icalendar::Event> {
    let cal: Calendar = text.parse().expect("a valid iCalendar file");
    cal.components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

/// RFC 5545 §3.1: every content line ends with CRLF (no bare CR or LF anywhere) and is at most
/// 75 octets long, the CRLF not counted. Returns what is wrong, one entry per bad line.
fn line_problems(text: &str) -> Vec<String> {
    let Some(body) = text.strip_suffix("\r\n") else {
        return vec![format!("the file does not end with CRLF: {:?}", &text[text.len().saturating_sub(20)..])];
    };
    let mut problems = Vec::new();
    for (i, line) in body.split("\r\n").enumerate() {
        if line.contains(['\r', '\n']) {
            problems.push(format!("line {}: a bare CR or LF in {line:?}", i + 1));
        }
        if line.len() > 75 {
            problems.push(format!("line {}: {} octets (at most 75 before the CRLF): {line:?}", i + 1, line.len()));
        }
    }
    problems
}

#[test]
fn the_line_check_refuses_what_rfc_5545_does() {
    let ok = format!("BEGIN:VCALENDAR\r\nSUMMARY:{}\r\n {}\r\nEND:VCALENDAR\r\n", "a".repeat(67), "ắ".repeat(24) + "ab");
    assert_eq!(line_problems(&ok), Vec::<String>::new(), "75 octets, multi-byte letters included, is allowed");
    let long = format!("BEGIN:VCALENDAR\r\nSUMMARY:{}\r\nEND:VCALENDAR\r\n", "a".repeat(68));
    assert_eq!(line_problems(&long).len(), 1, "a line of 76 octets plus CRLF");
    let long_utf8 = format!("SUMMARY:{}ab\r\n", "ắ".repeat(22));
    assert_eq!(long_utf8.len() - 2, 75 + 1);
    assert_eq!(line_problems(&long_utf8).len(), 1, "octets, not characters, are counted");
    assert_eq!(line_problems("BEGIN:VCALENDAR\nEND:VCALENDAR\r\n").len(), 1, "a bare LF");
    assert_eq!(line_problems("BEGIN:VCALENDAR\rEND:VCALENDAR\r\n").len(), 1, "a bare CR");
    assert_eq!(line_problems("BEGIN:VCALENDAR\r\nEND:VCALENDAR").len(), 1, "no CRLF at the end");
    assert_eq!(line_problems("BEGIN:VCALENDAR\r\nEND:VCALENDAR\n").len(), 1, "LF at the end");
}

#[test]
fn long_lines_fold_at_75_octets_whatever_letters_meet_the_fold() {
    // Titles of every length around the folds, in one-, two- and three-octet letters shifted by
    // 0 to 2 ASCII letters, so that every kind of letter lands on octet 75 of some line.
    for letter in ["a", "ư", "ắ"] {
        for shift in 0..3 {
            let mut c = congress();
            for (i, task) in c.tasks.iter_mut().enumerate() {
                task.title = format!("{}{}", "x".repeat(shift), letter.repeat(20 + i * 3));
            }
            let text = calendar(&c, now());
            assert_eq!(line_problems(&text), Vec::<String>::new(), "{letter:?} shifted by {shift}");
            let summaries: Vec<String> = events(&text).iter().map(|e| e.get_summary().unwrap().to_string()).collect();
            let titles: Vec<&str> = c.tasks.iter().filter(|t| t.status != Status::NotApplicable).map(|t| t.title.as_str()).collect();
            assert_eq!(summaries, titles, "unfolded back to the very same titles");
        }
    }
}

#[test]
fn every_task_is_an_all_day_event_on_its_due_date() {
    let mut c = congress();
    c.tasks[1].status = Status::NotApplicable;
    let text = calendar(&c, now());
    assert_eq!(line_problems(&text), Vec::<String>::new());
    let evs = events(&text);
    assert_eq!(evs.len(), c.tasks.len() - 1, "not-applicable tasks are left out");
    let first = &evs[0];
    assert_eq!(first.get_uid(), Some(format!("{}@so-tay-dai-hoi", c.tasks[0].id).as_str()));
    assert_eq!(first.get_start(), Some(DatePerhapsTime::Date(d(2026, 10, 17))));
    assert_eq!(first.get_end(), Some(DatePerhapsTime::Date(d(2026, 10, 18))));
    assert_eq!(first.get_sequence(), Some(0));
    assert_eq!(first.get_timestamp().map(|t| t.naive_utc()), Some(now()));
    let summaries: Vec<&str> = evs.iter().filter_map(|e| e.get_summary()).collect();
    assert!(summaries.iter().any(|s| s.starts_with("Trình cấp ủy và công đoàn cấp trên thẩm định nhân sự")));
    let hold = evs.iter().find(|e| e.get_summary().is_some_and(|s| s.starts_with("Tiến hành đại hội"))).unwrap();
    assert_eq!(hold.get_start(), Some(DatePerhapsTime::Date(d(2027, 1, 15))));
}

#[test]
fn vietnamese_text_survives_folding_and_escaping() {
    let mut c = congress();
    let title = "Kiểm tra ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ; dấu phẩy, gạch chéo \\ và xuống dòng trong một tiêu đề rất dài để phải gấp dòng";
    c.tasks[0].title = title.into();
    c.tasks[0].assignee = "Tiểu ban văn kiện".into();
    let evs = events(&calendar(&c, now()));
    let summary = evs[0].get_summary().unwrap();
    // The parser keeps TEXT escapes; undo them to compare.
    let unescaped = summary.replace("\\;", ";").replace("\\,", ",").replace("\\\\", "\\");
    assert_eq!(unescaped, title);
    assert!(evs[0].get_description().unwrap().contains("Phụ trách: Tiểu ban văn kiện"));
}

#[test]
fn uids_are_stable_and_sequence_follows_changes() {
    let mut c = congress();
    let before = events(&calendar(&c, now()));
    c.set_date(d(2027, 2, 1));
    let after = events(&calendar(&c, now()));
    assert_eq!(
        before.iter().map(|e| e.get_uid()).collect::<Vec<_>>(),
        after.iter().map(|e| e.get_uid()).collect::<Vec<_>>()
    );
    assert_eq!(after[0].get_sequence(), Some(1), "the date moved: calendars must update the event");
    assert_eq!(after[0].get_start(), Some(DatePerhapsTime::Date(d(2026, 11, 3))));
}

#[test]
fn the_file_name_is_plain_ascii() {
    assert_eq!(file_name(&congress()), "daihoi-cong-doan-truong-thcs-le-loi-xa-dong-khoi-2027-01-15.ics");
}
