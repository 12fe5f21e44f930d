//! Deadlines against today's date and the round's cut-off: what is overdue, what is due soon,
//! and which pre-congress tasks fall after the cut-off. `today` is always a parameter.

use chrono::{Duration, NaiveDate};

use super::checklist::Task;
use super::congress::Congress;

/// A task due within this many days from today (today included) is "due soon".
pub const DUE_SOON_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Urgency {
    /// Done or not applicable: no deadline to watch.
    Closed,
    /// Due before today and still open.
    Overdue,
    /// Due today or within the next `DUE_SOON_DAYS` days.
    DueSoon,
    Later,
}

/// How pressing `task` is on `today`, for a congress held on `congress_day`.
pub fn urgency(task: &Task, congress_day: NaiveDate, today: NaiveDate) -> Urgency {
    if task.status.is_closed() {
        return Urgency::Closed;
    }
    let due = task.due.due_date(congress_day);
    if due < today {
        Urgency::Overdue
    } else if due <= today + Duration::days(DUE_SOON_DAYS) {
        Urgency::DueSoon
    } else {
        Urgency::Later
    }
}

/// True when a task that must be done by congress day is due after the round's cut-off.
/// Tasks after the congress are not bound by the cut-off.
pub fn breaks_cut_off(task: &Task, congress: &Congress) -> bool {
    match congress.cut_off() {
        Some(cut_off) => {
            task.is_before_congress(congress.date) && task.due.due_date(congress.date) > cut_off
        }
        None => false,
    }
}

/// Whole days from `today` to congress day: positive before it, 0 on it, negative after.
pub fn days_until(congress_day: NaiveDate, today: NaiveDate) -> i64 {
    (congress_day - today).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::checklist::{DueRule, Phase, Status};
    use crate::model::congress::{CongressKind, Level};
    use crate::model::round::{CutOff, Round};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn task(offset: i32) -> Task {
        Task::new(format!("t{offset}"), Phase::Plan, "Việc".into(), DueRule::OffsetDays(offset))
    }

    fn congress(date: NaiveDate, cut_off: Option<NaiveDate>) -> Congress {
        Congress {
            id: "c".into(),
            unit_name: "CĐCS".into(),
            upper_union: "LĐLĐ".into(),
            level: Level::Grassroots,
            kind: CongressKind::FullMember,
            date,
            round: cut_off.map(|date| Round {
                id: "r".into(),
                name: "r".into(),
                cut_offs: vec![CutOff { level: Level::Grassroots, date }],
                pilot_cut_off: None,
            }),
            pilot_cut_off: None,
            tasks: vec![],
            targets: vec![],
            letterhead: None,
            conference: false,
            plan: None,
        }
    }

    #[test]
    fn urgency_boundaries() {
        let congress_day = d(2027, 1, 10);
        let today = d(2027, 1, 1);
        // due 31/12/2026: yesterday
        assert_eq!(urgency(&task(-10), congress_day, today), Urgency::Overdue);
        // due today
        assert_eq!(urgency(&task(-9), congress_day, today), Urgency::DueSoon);
        // due in exactly 7 days
        assert_eq!(urgency(&task(-2), congress_day, today), Urgency::DueSoon);
        // due in 8 days
        assert_eq!(urgency(&task(-1), congress_day, today), Urgency::Later);
    }

    #[test]
    fn closed_tasks_are_never_overdue() {
        let mut t = task(-100);
        t.status = Status::Done;
        assert_eq!(urgency(&t, d(2027, 1, 10), d(2027, 1, 1)), Urgency::Closed);
        t.status = Status::NotApplicable;
        assert_eq!(urgency(&t, d(2027, 1, 10), d(2027, 1, 1)), Urgency::Closed);
        t.status = Status::InProgress;
        assert_eq!(urgency(&t, d(2027, 1, 10), d(2027, 1, 1)), Urgency::Overdue);
    }

    #[test]
    fn congress_on_the_cut_off_day_is_allowed() {
        assert!(!congress(d(2023, 5, 31), Some(d(2023, 5, 31))).is_after_cut_off());
        assert!(congress(d(2023, 6, 1), Some(d(2023, 5, 31))).is_after_cut_off());
        assert!(!congress(d(2030, 1, 1), None).is_after_cut_off());
    }

    #[test]
    fn cut_off_binds_tasks_before_the_congress_only() {
        // Congress two days after the cut-off: D-1 and D are after it, D-2 is on it.
        let c = congress(d(2023, 6, 2), Some(d(2023, 5, 31)));
        assert!(!breaks_cut_off(&task(-2), &c));
        assert!(breaks_cut_off(&task(-1), &c));
        assert!(breaks_cut_off(&task(0), &c));
        assert!(!breaks_cut_off(&task(21), &c), "after the congress: not bound");
        let mut fixed = task(0);
        fixed.due = DueRule::Fixed(d(2023, 6, 1));
        assert!(breaks_cut_off(&fixed, &c));
        let out_of_cycle = congress(d(2023, 6, 2), None);
        assert!(!breaks_cut_off(&task(0), &out_of_cycle));
    }

    #[test]
    fn days_until_counts_whole_days() {
        assert_eq!(days_until(d(2027, 1, 1), d(2026, 12, 31)), 1);
        assert_eq!(days_until(d(2027, 1, 1), d(2027, 1, 1)), 0);
        assert_eq!(days_until(d(2027, 1, 1), d(2027, 1, 3)), -2);
        assert_eq!(days_until(d(2028, 3, 1), d(2028, 2, 1)), 29);
    }
}
