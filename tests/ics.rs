//! The calendar export, read back by a real iCalendar parser (the `icalendar` crate): one
//! all-day event per task with stable UIDs, SEQUENCE that follows changes, Vietnamese intact.

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

#[test]
fn every_task_is_an_all_day_event_on_its_due_date() {
    let mut c = congress();
    c.tasks[1].status = Status::NotApplicable;
    let text = calendar(&c, now());
    assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets plus CR");
    assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF only");
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
