//! The nationwide rounds the app knows, with each level's cut-off. An out-of-cycle congress
//! (the default) belongs to none of them.

use chrono::NaiveDate;

use crate::model::{CutOff, Level, Round};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("preset dates are real days")
}

/// Every preset round, oldest first.
pub fn preset_rounds() -> Vec<Round> {
    vec![
        Round {
            id: "2023-2028".into(),
            name: "Nhiệm kỳ 2023–2028 (hướng tới Đại hội XIII Công đoàn Việt Nam)".into(),
            cut_offs: vec![
                CutOff { level: Level::Grassroots, date: day(2023, 5, 31) },
                CutOff { level: Level::DirectUpper, date: day(2023, 7, 31) },
                CutOff { level: Level::Province, date: day(2023, 10, 31) },
            ],
            // Sa Pa's pilot congresses, from the seed guidance.
            pilot_cut_off: Some(day(2023, 2, 28)),
        },
        Round {
            id: "2025-2030".into(),
            name: "Nhiệm kỳ 2025–2030 (hướng tới Đại hội XIV Công đoàn Việt Nam)".into(),
            cut_offs: vec![
                CutOff { level: Level::DirectUpper, date: day(2025, 10, 31) },
                CutOff { level: Level::Grassroots, date: day(2025, 12, 31) },
                CutOff { level: Level::Province, date: day(2026, 3, 31) },
            ],
            pilot_cut_off: None,
        },
    ]
}

pub fn preset_round(id: &str) -> Option<Round> {
    preset_rounds().into_iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_offs_match_the_guidance() {
        let r = preset_round("2023-2028").unwrap();
        assert_eq!(r.cut_off(Level::Grassroots), Some(day(2023, 5, 31)));
        assert_eq!(r.cut_off(Level::DirectUpper), Some(day(2023, 7, 31)));
        assert_eq!(r.cut_off(Level::Province), Some(day(2023, 10, 31)));
        let r = preset_round("2025-2030").unwrap();
        assert_eq!(r.cut_off(Level::Grassroots), Some(day(2025, 12, 31)));
        assert_eq!(r.cut_off(Level::DirectUpper), Some(day(2025, 10, 31)));
        assert!(preset_round("2030-2035").is_none());
    }
}
