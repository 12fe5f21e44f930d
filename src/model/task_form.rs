//! The task editor's input, as typed, and its checks: title, phase, status, assignee, notes,
//! due date (days before or after congress day, or a fixed date) and the day it was done.

use chrono::NaiveDate;

use super::checklist::{DueRule, Phase, Status, Task};
use super::date::{format_dmy, parse_dmy, DateInputError};
use super::names::named_enum;

/// Largest offset from congress day accepted, in days (about ten years).
pub const MAX_OFFSET_DAYS: i32 = 3650;
/// Longest title, assignee or notes accepted, in characters.
pub const MAX_TITLE_CHARS: usize = 500;
pub const MAX_ASSIGNEE_CHARS: usize = 200;
pub const MAX_NOTES_CHARS: usize = 20_000;

named_enum! {
    /// How the editor's due date is given; the names are the form's values.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum DueKind {
        /// Days before congress day.
        Before = "before",
        /// Days after congress day (0 is the day itself).
        After = "after",
        Fixed = "fixed",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskForm {
    pub title: String,
    pub phase: Phase,
    pub status: Status,
    pub assignee: String,
    pub notes: String,
    pub due_kind: DueKind,
    /// Number of days, for `Before` and `After`.
    pub days_text: String,
    /// dd/mm/yyyy, for `Fixed`.
    pub fixed_text: String,
    /// dd/mm/yyyy; empty means today when the status is done.
    pub done_on_text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskInputError {
    TitleMissing,
    /// The number of days is not a whole number from 0 to MAX_OFFSET_DAYS.
    Days,
    FixedDate(DateInputError),
    DoneDate(DateInputError),
}

impl TaskForm {
    /// The editor's fields filled from `task`, for a congress held on `congress_day`.
    pub fn from_task(task: &Task, congress_day: NaiveDate) -> Self {
        let (due_kind, days_text, fixed_text) = match task.due {
            DueRule::OffsetDays(d) if d < 0 => (DueKind::Before, (-i64::from(d)).to_string(), String::new()),
            DueRule::OffsetDays(d) => (DueKind::After, d.to_string(), String::new()),
            DueRule::Fixed(date) => (DueKind::Fixed, String::new(), format_dmy(date)),
        };
        // Switching to a fixed date starts from the date the task is due now.
        let fixed_text = if fixed_text.is_empty() { format_dmy(task.due.due_date(congress_day)) } else { fixed_text };
        TaskForm {
            title: task.title.clone(),
            phase: task.phase,
            status: task.status,
            assignee: task.assignee.clone(),
            notes: task.notes.clone(),
            due_kind,
            days_text,
            fixed_text,
            done_on_text: task.done_on.map(format_dmy).unwrap_or_default(),
        }
    }

    fn due_rule(&self) -> Result<DueRule, TaskInputError> {
        match self.due_kind {
            DueKind::Fixed => parse_dmy(&self.fixed_text).map(DueRule::Fixed).map_err(TaskInputError::FixedDate),
            kind => {
                let text = self.days_text.trim();
                let days: i32 = if text.bytes().all(|b| b.is_ascii_digit()) && !text.is_empty() && text.len() <= 5 {
                    text.parse().map_err(|_| TaskInputError::Days)?
                } else {
                    return Err(TaskInputError::Days);
                };
                if days > MAX_OFFSET_DAYS {
                    return Err(TaskInputError::Days);
                }
                Ok(DueRule::OffsetDays(if kind == DueKind::Before { -days } else { days }))
            }
        }
    }

    /// Checks every field; on success writes them into `task` (the phase is left to
    /// `Congress::set_phase`, which keeps the list in order). A change of title or due date
    /// bumps the task's revision. Done without a date means done `today`.
    pub fn apply(&self, task: &mut Task, today: NaiveDate) -> Result<(), Vec<TaskInputError>> {
        let mut errors = Vec::new();
        let title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        if title.is_empty() {
            errors.push(TaskInputError::TitleMissing);
        }
        let due = self.due_rule().map_err(|e| errors.push(e)).ok();
        let done_on = if self.status == Status::Done && !self.done_on_text.trim().is_empty() {
            parse_dmy(&self.done_on_text).map(Some).map_err(|e| errors.push(TaskInputError::DoneDate(e))).ok().flatten()
        } else if self.status == Status::Done {
            Some(task.done_on.unwrap_or(today))
        } else {
            None
        };
        let Some(due) = due.filter(|_| errors.is_empty()) else { return Err(errors) };
        let title: String = title.chars().take(MAX_TITLE_CHARS).collect();
        if title != task.title || due != task.due {
            task.revision += 1;
        }
        task.title = title;
        task.due = due;
        task.status = self.status;
        task.done_on = done_on;
        task.assignee = self.assignee.trim().chars().take(MAX_ASSIGNEE_CHARS).collect();
        task.notes = self.notes.trim_end().chars().take(MAX_NOTES_CHARS).collect();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn task() -> Task {
        Task::new("t".into(), Phase::Documents, "Dự thảo báo cáo".into(), DueRule::OffsetDays(-45))
    }

    #[test]
    fn the_form_round_trips_a_task() {
        let congress = d(2027, 1, 15);
        let t = task();
        let form = TaskForm::from_task(&t, congress);
        assert_eq!((form.due_kind, form.days_text.as_str()), (DueKind::Before, "45"));
        assert_eq!(form.fixed_text, "01/12/2026", "a switch to a fixed date starts from today's due date");
        let mut copy = t.clone();
        form.apply(&mut copy, d(2026, 11, 22)).unwrap();
        assert_eq!(copy, t, "nothing changed, revision kept");
    }

    #[test]
    fn editing_the_due_date_bumps_the_revision() {
        let mut t = task();
        let form = TaskForm { due_kind: DueKind::Fixed, fixed_text: "20/12/2026".into(), ..TaskForm::from_task(&t, d(2027, 1, 15)) };
        form.apply(&mut t, d(2026, 11, 22)).unwrap();
        assert_eq!((t.due, t.revision), (DueRule::Fixed(d(2026, 12, 20)), 1));
        let form = TaskForm { due_kind: DueKind::After, days_text: " 3 ".into(), ..TaskForm::from_task(&t, d(2027, 1, 15)) };
        form.apply(&mut t, d(2026, 11, 22)).unwrap();
        assert_eq!((t.due, t.revision), (DueRule::OffsetDays(3), 2));
    }

    #[test]
    fn done_without_a_date_is_done_today_and_reopening_clears_it() {
        let mut t = task();
        let mut form = TaskForm { status: Status::Done, ..TaskForm::from_task(&t, d(2027, 1, 15)) };
        form.apply(&mut t, d(2026, 11, 22)).unwrap();
        assert_eq!(t.done_on, Some(d(2026, 11, 22)));
        form.done_on_text = "20/11/2026".into();
        form.apply(&mut t, d(2026, 11, 22)).unwrap();
        assert_eq!(t.done_on, Some(d(2026, 11, 20)));
        form.status = Status::InProgress;
        form.apply(&mut t, d(2026, 11, 22)).unwrap();
        assert_eq!((t.status, t.done_on), (Status::InProgress, None));
    }

    #[test]
    fn bad_input_changes_nothing_and_names_every_problem() {
        let mut t = task();
        let before = t.clone();
        let form = TaskForm {
            title: "   ".into(),
            status: Status::Done,
            done_on_text: "30/02/2026".into(),
            days_text: "-5".into(),
            ..TaskForm::from_task(&t, d(2027, 1, 15))
        };
        assert_eq!(
            form.apply(&mut t, d(2026, 11, 22)).unwrap_err(),
            vec![TaskInputError::TitleMissing, TaskInputError::Days, TaskInputError::DoneDate(DateInputError::NotInCalendar)]
        );
        assert_eq!(t, before);
        for days in ["", "abc", "3651", "1.5", "99999999"] {
            let form = TaskForm { days_text: days.into(), ..TaskForm::from_task(&t, d(2027, 1, 15)) };
            assert_eq!(form.apply(&mut t, d(2026, 11, 22)).unwrap_err(), vec![TaskInputError::Days], "{days:?}");
        }
        let form = TaskForm { due_kind: DueKind::Fixed, fixed_text: "32/01/2027".into(), ..TaskForm::from_task(&t, d(2027, 1, 15)) };
        assert_eq!(form.apply(&mut t, d(2026, 11, 22)).unwrap_err(), vec![TaskInputError::FixedDate(DateInputError::NotInCalendar)]);
        assert_eq!(t, before);
    }

    #[test]
    fn due_kind_names_round_trip() {
        crate::model::names::check::round_trips(&DueKind::ALL, DueKind::name, DueKind::from_name);
    }
}
