//! The deadlines as an iCalendar (RFC 5545) file that phone and desktop calendars import:
//! one all-day event per task (not-applicable ones left out), with a stable UID, a SEQUENCE
//! that goes up whenever the task's title or date changed, and a DTSTAMP, so that importing
//! again updates events instead of duplicating them.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike};

use crate::format::export::slug;
use crate::model::{Congress, Status};

/// Where the UIDs live: `<task id>@so-tay-dai-hoi`.
pub const UID_DOMAIN: &str = "so-tay-dai-hoi";

fn date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

fn stamp(t: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}{:02}Z", date(t.date()), t.hour(), t.minute(), t.second())
}

/// Escapes a TEXT value: backslash, semicolon, comma, newline.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded at 75 octets without splitting a UTF-8 character, CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

/// The calendar of `congress`'s deadlines, stamped `now` (UTC).
pub fn calendar(congress: &Congress, now: NaiveDateTime) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//So tay Dai hoi//congress-notebook//VI");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", text(&format!("Đại hội {}", congress.unit_name))));
    for task in congress.tasks.iter().filter(|t| t.status != Status::NotApplicable) {
        let due = task.due.due_date(congress.date);
        let mut description = task.explanation.clone();
        if !task.assignee.is_empty() {
            description.push_str(&format!("\nPhụ trách: {}", task.assignee));
        }
        if task.status == Status::Done {
            description.push_str("\nĐã xong.");
        }
        description.push_str(&format!("\n{}", congress.unit_name));
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}@{UID_DOMAIN}", task.id));
        line(&mut out, &format!("DTSTAMP:{}", stamp(now)));
        line(&mut out, &format!("SEQUENCE:{}", task.revision));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", date(due)));
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", date(due + Duration::days(1))));
        let done = if task.status == Status::Done { "✓ " } else { "" };
        line(&mut out, &format!("SUMMARY:{}", text(&format!("{done}{}", task.title))));
        line(&mut out, &format!("DESCRIPTION:{}", text(description.trim())));
        line(&mut out, "TRANSP:TRANSPARENT");
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// `daihoi-cong-doan-truong-thcs-le-loi-2027-01-15.ics`: ASCII, so every system keeps it.
pub fn file_name(congress: &Congress) -> String {
    format!("daihoi-{}-{}.ics", slug(&congress.unit_name), crate::model::date::iso::format(congress.date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_folds_without_breaking_characters() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "ắ".repeat(60));
        line(&mut out, &long);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }
}
