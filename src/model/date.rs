//! Calendar dates as union officers read and type them: dd/mm/yyyy, whatever the browser's
//! locale. Parsing is strict about the calendar (no 31/02) and lenient about separators.

use chrono::{Datelike, NaiveDate};

/// Earliest and latest years the app accepts for a congress or a task.
pub const MIN_YEAR: i32 = 2000;
pub const MAX_YEAR: i32 = 2100;

/// `05/02/2023` for 5 February 2023.
pub fn format_dmy(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// Why a typed date was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateInputError {
    Empty,
    /// Not three numbers day, month, year.
    Shape,
    /// Three numbers, but not a day of the calendar (31/04, 29/02 in a common year).
    NotInCalendar,
    /// A real day, outside [MIN_YEAR, MAX_YEAR].
    OutOfRange,
}

/// Parses `dd/mm/yyyy`; also accepts `d/m/yyyy` and `-` or `.` as separators, and
/// surrounding spaces.
pub fn parse_dmy(text: &str) -> Result<NaiveDate, DateInputError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateInputError::Empty);
    }
    let parts: Vec<&str> = text.split(['/', '-', '.']).map(str::trim).collect();
    if parts.len() != 3 {
        return Err(DateInputError::Shape);
    }
    let digits = |s: &str, max_len: usize| -> Option<u32> {
        if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    let (Some(day), Some(month), Some(year)) =
        (digits(parts[0], 2), digits(parts[1], 2), digits(parts[2], 4))
    else {
        return Err(DateInputError::Shape);
    };
    if parts[2].len() != 4 {
        return Err(DateInputError::Shape);
    }
    let date = NaiveDate::from_ymd_opt(year as i32, month, day).ok_or(DateInputError::NotInCalendar)?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&date.year()) {
        return Err(DateInputError::OutOfRange);
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn formats_with_leading_zeros() {
        assert_eq!(format_dmy(d(2023, 2, 5)), "05/02/2023");
        assert_eq!(format_dmy(d(2023, 12, 31)), "31/12/2023");
    }

    #[test]
    fn parses_common_spellings() {
        assert_eq!(parse_dmy("15/03/2027"), Ok(d(2027, 3, 15)));
        assert_eq!(parse_dmy(" 5/2/2023 "), Ok(d(2023, 2, 5)));
        assert_eq!(parse_dmy("05-02-2023"), Ok(d(2023, 2, 5)));
        assert_eq!(parse_dmy("05.02.2023"), Ok(d(2023, 2, 5)));
    }

    #[test]
    fn leap_days() {
        assert_eq!(parse_dmy("29/02/2028"), Ok(d(2028, 2, 29)));
        assert_eq!(parse_dmy("29/02/2027"), Err(DateInputError::NotInCalendar));
        assert_eq!(parse_dmy("29/02/2100"), Err(DateInputError::NotInCalendar));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        assert_eq!(parse_dmy(""), Err(DateInputError::Empty));
        assert_eq!(parse_dmy("   "), Err(DateInputError::Empty));
        assert_eq!(parse_dmy("2027-03-15"), Err(DateInputError::Shape));
        assert_eq!(parse_dmy("15/03/27"), Err(DateInputError::Shape));
        assert_eq!(parse_dmy("15/03"), Err(DateInputError::Shape));
        assert_eq!(parse_dmy("a/b/cdef"), Err(DateInputError::Shape));
        assert_eq!(parse_dmy("+1/03/2027"), Err(DateInputError::Shape));
        assert_eq!(parse_dmy("31/04/2027"), Err(DateInputError::NotInCalendar));
        assert_eq!(parse_dmy("00/01/2027"), Err(DateInputError::NotInCalendar));
        assert_eq!(parse_dmy("01/13/2027"), Err(DateInputError::NotInCalendar));
        assert_eq!(parse_dmy("01/01/1999"), Err(DateInputError::OutOfRange));
        assert_eq!(parse_dmy("01/01/2101"), Err(DateInputError::OutOfRange));
    }
}
