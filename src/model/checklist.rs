//! A congress's checklist: tasks grouped in phases, each with a due-date rule (an offset from
//! congress day or a fixed date), a status, and the basis it rests on.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::names::named_enum;

named_enum! { serde:
    /// The stage of preparation a task belongs to, in the order they happen.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Phase {
        Plan = "plan",
        Documents = "documents",
        Personnel = "personnel",
        Logistics = "logistics",
        Congress = "congress",
        After = "after",
    }
}

impl Phase {
    /// Days from congress day a new task in this phase is due by default.
    pub fn usual_offset(self) -> i32 {
        match self {
            Phase::Plan => -90,
            Phase::Documents => -30,
            Phase::Personnel => -30,
            Phase::Logistics => -7,
            Phase::Congress => 0,
            Phase::After => 30,
        }
    }
}

named_enum! { serde:
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Status {
        #[default]
        NotStarted = "not_started",
        InProgress = "in_progress",
        Done = "done",
        NotApplicable = "not_applicable",
    }
}

impl Status {
    /// Done and not-applicable tasks need nothing more from anyone.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::NotApplicable)
    }
}

/// When a task is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum DueRule {
    /// Days from congress day: −90 is ninety days before, 0 the day itself, 21 three weeks after.
    /// Moves with the congress date.
    OffsetDays(i32),
    /// A calendar date that stays put when the congress moves.
    Fixed(
        #[serde(with = "crate::model::date::iso")]
        #[cfg_attr(feature = "schema", schemars(with = "crate::model::date::IsoDate"))]
        NaiveDate,
    ),
}

impl DueRule {
    /// The due date for a congress held on `congress_day`. Saturates at chrono's calendar
    /// limits rather than panicking on absurd offsets.
    pub fn due_date(self, congress_day: NaiveDate) -> NaiveDate {
        match self {
            DueRule::OffsetDays(days) => congress_day
                .checked_add_signed(Duration::days(i64::from(days)))
                .unwrap_or(if days < 0 { NaiveDate::MIN } else { NaiveDate::MAX }),
            DueRule::Fixed(date) => date,
        }
    }
}

/// What a task rests on: a named guidance document, or common practice (a sensible default,
/// not an official rule). Document names come from the project's domain notes; none is invented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Basis {
    Practice,
    Document(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Task {
    /// Stable id (uuid v4), kept across exports and imports.
    pub id: String,
    /// The built-in template entry this task came from, if any (`plan.adopt`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_key: Option<String>,
    pub phase: Phase,
    pub title: String,
    #[serde(default)]
    pub explanation: String,
    pub basis: Basis,
    pub due: DueRule,
    #[serde(default)]
    pub status: Status,
    /// The day it was marked done.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::date::iso::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::date::IsoDate>"))]
    pub done_on: Option<NaiveDate>,
    /// A person or a subcommittee ("Tiểu ban văn kiện").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assignee: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Goes up whenever the task's title or due date changes, so a calendar that imported it
    /// updates the event instead of adding another (the iCalendar SEQUENCE).
    #[serde(default)]
    pub revision: u32,
}

impl Task {
    /// A task the user adds: common practice, not started.
    pub fn new(id: String, phase: Phase, title: String, due: DueRule) -> Self {
        Task {
            id,
            template_key: None,
            phase,
            title,
            explanation: String::new(),
            basis: Basis::Practice,
            due,
            status: Status::NotStarted,
            done_on: None,
            assignee: String::new(),
            notes: String::new(),
            revision: 0,
        }
    }

    /// Ticks the task done on `today`, or back to not started.
    pub fn set_done(&mut self, done: bool, today: NaiveDate) {
        if done {
            self.status = Status::Done;
            self.done_on = Some(today);
        } else {
            self.status = Status::NotStarted;
            self.done_on = None;
        }
    }

    /// Sets the status; done is dated `today`, any other status clears the date.
    pub fn set_status(&mut self, status: Status, today: NaiveDate) {
        if status == Status::Done {
            self.set_done(true, today);
        } else {
            self.status = status;
            self.done_on = None;
        }
    }

    /// True when the task happens before congress day (or on it), so the round's cut-off binds it.
    pub fn is_before_congress(&self, congress_day: NaiveDate) -> bool {
        self.due.due_date(congress_day) <= congress_day
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn offsets_count_calendar_days_across_month_and_year_ends() {
        let congress = d(2027, 1, 15);
        assert_eq!(DueRule::OffsetDays(-90).due_date(congress), d(2026, 10, 17));
        assert_eq!(DueRule::OffsetDays(-15).due_date(congress), d(2026, 12, 31));
        assert_eq!(DueRule::OffsetDays(0).due_date(congress), congress);
        assert_eq!(DueRule::OffsetDays(17).due_date(congress), d(2027, 2, 1));
    }

    #[test]
    fn offsets_land_on_leap_days() {
        assert_eq!(DueRule::OffsetDays(-1).due_date(d(2028, 3, 1)), d(2028, 2, 29));
        assert_eq!(DueRule::OffsetDays(-1).due_date(d(2027, 3, 1)), d(2027, 2, 28));
        assert_eq!(DueRule::OffsetDays(180).due_date(d(2027, 9, 2)), d(2028, 2, 29));
    }

    #[test]
    fn fixed_dates_ignore_the_congress_day() {
        let rule = DueRule::Fixed(d(2027, 4, 30));
        assert_eq!(rule.due_date(d(2027, 5, 20)), d(2027, 4, 30));
        assert_eq!(rule.due_date(d(2030, 1, 1)), d(2027, 4, 30));
    }

    #[test]
    fn absurd_offsets_saturate_instead_of_panicking() {
        assert_eq!(DueRule::OffsetDays(i32::MIN).due_date(d(2027, 1, 1)), NaiveDate::MIN);
        assert_eq!(DueRule::OffsetDays(i32::MAX).due_date(d(2027, 1, 1)), NaiveDate::MAX);
    }

    #[test]
    fn ticking_records_the_day_and_unticking_clears_it() {
        let mut task = Task::new("t".into(), Phase::Plan, "Họp BCH".into(), DueRule::OffsetDays(-90));
        task.status = Status::InProgress;
        task.set_done(true, d(2026, 11, 22));
        assert_eq!((task.status, task.done_on), (Status::Done, Some(d(2026, 11, 22))));
        task.set_done(false, d(2026, 11, 23));
        assert_eq!((task.status, task.done_on), (Status::NotStarted, None));
    }

    #[test]
    fn serialises_due_rules_readably() {
        let json = serde_json::to_string(&DueRule::OffsetDays(-45)).unwrap();
        assert_eq!(json, r#"{"offset_days":-45}"#);
        let json = serde_json::to_string(&DueRule::Fixed(d(2023, 5, 31))).unwrap();
        assert_eq!(json, r#"{"fixed":"2023-05-31"}"#);
    }

    #[test]
    fn phase_and_status_names_round_trip_and_match_serde() {
        use crate::model::names::check::{matches_serde, round_trips};
        round_trips(&Phase::ALL, Phase::name, Phase::from_name);
        matches_serde(&Phase::ALL, Phase::name);
        round_trips(&Status::ALL, Status::name, Status::from_name);
        matches_serde(&Status::ALL, Status::name);
    }
}
