//! A congress being prepared: the unit, its upper union, level and kind, congress day, the
//! round it belongs to, and its checklist. `CongressDraft` is what the creation form collects;
//! `CongressDraft::validate` turns it into a `Congress` or says what is wrong.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checklist::{Phase, Task};
use super::date::{parse_dmy, DateInputError};
use super::round::Round;

/// The level of the union holding the congress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Công đoàn cơ sở.
    Grassroots,
    /// Công đoàn cấp trên trực tiếp cơ sở (district federation, commune/ward union…).
    DirectUpper,
    /// Liên đoàn Lao động tỉnh, thành phố, and equivalent.
    Province,
}

/// Full-member congress or delegate congress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CongressKind {
    FullMember,
    Delegate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Congress {
    /// Stable id (uuid v4).
    pub id: String,
    pub unit_name: String,
    pub upper_union: String,
    pub level: Level,
    pub kind: CongressKind,
    pub date: NaiveDate,
    /// The round, copied in full so the congress reads the same anywhere; `None` for an
    /// out-of-cycle congress.
    #[serde(default)]
    pub round: Option<Round>,
    pub tasks: Vec<Task>,
}

impl Congress {
    /// The round's cut-off for this congress's level, if any.
    pub fn cut_off(&self) -> Option<NaiveDate> {
        self.round.as_ref().and_then(|r| r.cut_off(self.level))
    }

    /// True when congress day falls after the round's cut-off (on the day is allowed).
    pub fn is_after_cut_off(&self) -> bool {
        self.cut_off().is_some_and(|c| self.date > c)
    }

    pub fn task_mut(&mut self, id: &str) -> Option<&mut Task> {
        self.tasks.iter_mut().find(|t| t.id == id)
    }

    /// (closed, total): tasks done or not applicable, out of all.
    pub fn progress(&self) -> (usize, usize) {
        count_closed(self.tasks.iter())
    }

    /// (closed, total) within one phase.
    pub fn phase_progress(&self, phase: Phase) -> (usize, usize) {
        count_closed(self.tasks.iter().filter(|t| t.phase == phase))
    }
}

fn count_closed<'a>(tasks: impl Iterator<Item = &'a Task>) -> (usize, usize) {
    tasks.fold((0, 0), |(closed, total), t| (closed + usize::from(t.status.is_closed()), total + 1))
}

/// What the creation form collects, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CongressDraft {
    pub unit_name: String,
    pub upper_union: String,
    pub level: Level,
    pub kind: CongressKind,
    pub date_text: String,
    pub round: Option<Round>,
}

/// One reason the form cannot be accepted yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    UnitNameMissing,
    UpperUnionMissing,
    Date(DateInputError),
}

/// Longest unit or union name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// The checked fields of a draft, ready to build a congress from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidCongress {
    pub unit_name: String,
    pub upper_union: String,
    pub level: Level,
    pub kind: CongressKind,
    pub date: NaiveDate,
    pub round: Option<Round>,
}

impl CongressDraft {
    /// Checks every field and returns all problems at once, so the form can mark each.
    pub fn validate(&self) -> Result<ValidCongress, Vec<InputError>> {
        let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let unit_name = clean(&self.unit_name);
        let upper_union = clean(&self.upper_union);
        let mut errors = Vec::new();
        if unit_name.is_empty() {
            errors.push(InputError::UnitNameMissing);
        }
        if upper_union.is_empty() {
            errors.push(InputError::UpperUnionMissing);
        }
        let date = parse_dmy(&self.date_text).map_err(|e| errors.push(InputError::Date(e)));
        match date {
            Ok(date) if errors.is_empty() => Ok(ValidCongress {
                unit_name: unit_name.chars().take(MAX_NAME_CHARS).collect(),
                upper_union: upper_union.chars().take(MAX_NAME_CHARS).collect(),
                level: self.level,
                kind: self.kind,
                date,
                round: self.round.clone(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> CongressDraft {
        CongressDraft {
            unit_name: "  Công đoàn   Trường THCS Lê Lợi ".into(),
            upper_union: "Liên đoàn Lao động huyện Sa Pa".into(),
            level: Level::Grassroots,
            kind: CongressKind::FullMember,
            date_text: "15/03/2027".into(),
            round: None,
        }
    }

    #[test]
    fn valid_draft_is_cleaned() {
        let ok = draft().validate().unwrap();
        assert_eq!(ok.unit_name, "Công đoàn Trường THCS Lê Lợi");
        assert_eq!(ok.date, NaiveDate::from_ymd_opt(2027, 3, 15).unwrap());
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let bad = CongressDraft {
            unit_name: "   ".into(),
            upper_union: String::new(),
            date_text: "31/02/2027".into(),
            ..draft()
        };
        assert_eq!(
            bad.validate().unwrap_err(),
            vec![
                InputError::UnitNameMissing,
                InputError::UpperUnionMissing,
                InputError::Date(DateInputError::NotInCalendar)
            ]
        );
    }

    #[test]
    fn progress_counts_done_and_not_applicable() {
        let mut n = 0;
        let mut ids = || {
            n += 1;
            n.to_string()
        };
        let mut c = crate::templates::new_congress(draft().validate().unwrap(), &mut ids);
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        c.tasks[0].set_done(true, today);
        c.tasks[1].status = crate::model::Status::NotApplicable;
        c.tasks[4].status = crate::model::Status::InProgress;
        assert_eq!(c.progress(), (2, 20));
        assert_eq!(c.phase_progress(Phase::Plan), (2, 3));
        assert_eq!(c.phase_progress(Phase::Documents), (0, 5));
    }

    #[test]
    fn overlong_names_are_cut() {
        let long = CongressDraft { unit_name: "Đ".repeat(500), ..draft() };
        assert_eq!(long.validate().unwrap().unit_name.chars().count(), MAX_NAME_CHARS);
    }
}
