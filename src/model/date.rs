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

/// The JSON Schema of a stored date: `yyyy-mm-dd`.
#[cfg(feature = "schema")]
pub struct IsoDate;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for IsoDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "IsoDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar day as yyyy-mm-dd."
        })
    }
}

/// Serde for dates as ISO `yyyy-mm-dd` strings, parsed by hand: strict (exactly that shape, a
/// real day) and much smaller in the wasm than chrono's general parser.
pub mod iso {
    use chrono::{Datelike, NaiveDate};
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn format(date: NaiveDate) -> String {
        format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
    }

    pub fn parse(text: &str) -> Option<NaiveDate> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            b[r].iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
        };
        NaiveDate::from_ymd_opt(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        parse(&text).ok_or_else(|| D::Error::custom(format_args!("not a date as yyyy-mm-dd: {text:?}")))
    }

    /// For `Option<NaiveDate>` fields.
    pub mod option {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serializer};

        pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match date {
                Some(d) => super::serialize(d, s),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            #[derive(Deserialize)]
            struct Wrapped(#[serde(with = "super")] NaiveDate);
            Ok(Option::<Wrapped>::deserialize(d)?.map(|Wrapped(date)| date))
        }
    }
}

#[cfg(test)]
mod iso_tests {
    use super::iso;
    use chrono::NaiveDate;

    #[test]
    fn iso_dates_are_strict() {
        assert_eq!(iso::parse("2028-02-29"), NaiveDate::from_ymd_opt(2028, 2, 29));
        for bad in ["2027-02-29", "2027-2-28", "27-02-28", "2027/02/28", "2027-02-28T00:00", "+027-02-28", "２０２７-02-28", ""] {
            assert_eq!(iso::parse(bad), None, "{bad:?}");
        }
        assert_eq!(iso::format(NaiveDate::from_ymd_opt(2023, 5, 1).unwrap()), "2023-05-01");
    }
}
