//! A congress being prepared: the unit, its upper union, level and kind, congress day, the
//! round it belongs to, and its checklist. `CongressDraft` is what the creation form collects;
//! `CongressDraft::validate` turns it into a `Congress` or says what is wrong.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checklist::{DueRule, Phase, Task};
use super::date::{format_dmy, parse_dmy, DateInputError};
use super::letterhead::Letterhead;
use super::names::named_enum;
use super::round::Round;
use super::targets::Target;
use super::upper_plan::PlanLink;

named_enum! { serde:
    /// The level of the union holding the congress.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Level {
        /// Công đoàn cơ sở.
        Grassroots = "grassroots",
        /// Công đoàn cấp trên trực tiếp cơ sở (district federation, commune/ward union…).
        DirectUpper = "direct_upper",
        /// Liên đoàn Lao động tỉnh, thành phố, and equivalent.
        Province = "province",
    }
}

named_enum! { serde:
    /// Full-member congress or delegate congress.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum CongressKind {
        FullMember = "full_member",
        Delegate = "delegate",
    }
}

/// What a congress or draft id may be (they name storage keys, so no '/'): 1 to 64 ASCII
/// letters, digits, '-' or '_'. The app's own ids (uuid v4) always are.
pub const ID_PATTERN: &str = "^[A-Za-z0-9_-]{1,64}$";

/// True when `id` matches `ID_PATTERN`.
pub fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Congress {
    /// Stable id (uuid v4); see `ID_PATTERN`.
    #[cfg_attr(feature = "schema", schemars(pattern(crate::model::congress::ID_PATTERN)))]
    pub id: String,
    pub unit_name: String,
    pub upper_union: String,
    pub level: Level,
    pub kind: CongressKind,
    #[serde(with = "crate::model::date::iso")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::date::IsoDate"))]
    pub date: NaiveDate,
    /// The round, copied in full so the congress reads the same anywhere; `None` for an
    /// out-of-cycle congress.
    #[serde(default)]
    pub round: Option<Round>,
    /// Set for a pilot congress (đại hội điểm): the earlier cut-off its upper union set,
    /// which replaces the round's.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::date::iso::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::date::IsoDate>"))]
    pub pilot_cut_off: Option<NaiveDate>,
    pub tasks: Vec<Task>,
    /// The term's targets, shown in the term report and the resolution.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
    /// The header of its documents; `None` until the user sets it (defaults come from the
    /// congress).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letterhead: Option<Letterhead>,
    /// A conference (hội nghị) held in place of a congress, as the upper union allowed
    /// (added to format version 1: an earlier app ignores it and shows a congress).
    #[serde(default, skip_serializing_if = "is_false")]
    pub conference: bool,
    /// The upper union's plan this congress follows, with the unit's code in it (added to
    /// format version 1: an earlier app ignores it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<PlanLink>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A task taken out of the list, with where it was, so it can be put back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedTask {
    pub index: usize,
    pub task: Task,
}

impl Congress {
    /// The document header as set, or its defaults from the congress.
    pub fn letterhead_or_default(&self) -> Letterhead {
        self.letterhead.clone().unwrap_or_else(|| Letterhead::default_for(self))
    }

    /// The date congress day and every task before it must not pass: a pilot congress's own
    /// cut-off, or else the round's for this congress's level.
    pub fn cut_off(&self) -> Option<NaiveDate> {
        self.pilot_cut_off.or_else(|| self.round.as_ref().and_then(|r| r.cut_off(self.level)))
    }

    /// Moves congress day. Tasks due at an offset move with it (and their calendar events are
    /// updated); fixed-date tasks stay.
    pub fn set_date(&mut self, date: NaiveDate) {
        if date == self.date {
            return;
        }
        self.date = date;
        for task in &mut self.tasks {
            if matches!(task.due, DueRule::OffsetDays(_)) {
                task.revision += 1;
            }
        }
    }

    /// Adds a task at the end of its phase, due like the phase's last task (or at the
    /// phase's usual offset when it has none).
    pub fn add_task(&mut self, id: String, phase: Phase, title: String) {
        let last_in_phase = self.tasks.iter().rposition(|t| t.phase == phase);
        let due = last_in_phase.map_or(DueRule::OffsetDays(phase.usual_offset()), |i| self.tasks[i].due);
        let at = last_in_phase.map(|i| i + 1).unwrap_or_else(|| {
            // Before the first task of a later phase, so phases stay in order.
            self.tasks.iter().position(|t| t.phase > phase).unwrap_or(self.tasks.len())
        });
        self.tasks.insert(at, Task::new(id, phase, title, due));
    }

    pub fn remove_task(&mut self, id: &str) -> Option<RemovedTask> {
        let index = self.tasks.iter().position(|t| t.id == id)?;
        Some(RemovedTask { index, task: self.tasks.remove(index) })
    }

    /// Puts a removed task back where it was (or at the end if the list got shorter).
    pub fn restore_task(&mut self, removed: RemovedTask) {
        if self.tasks.iter().any(|t| t.id == removed.task.id) {
            return;
        }
        let at = removed.index.min(self.tasks.len());
        self.tasks.insert(at, removed.task);
    }

    /// Swaps a task with its neighbour in the same phase, up (earlier) or down. Returns false
    /// when it is already first or last of its phase.
    pub fn move_task(&mut self, id: &str, up: bool) -> bool {
        let Some(i) = self.tasks.iter().position(|t| t.id == id) else { return false };
        let phase = self.tasks[i].phase;
        let neighbour = if up {
            self.tasks[..i].iter().rposition(|t| t.phase == phase)
        } else {
            self.tasks[i + 1..].iter().position(|t| t.phase == phase).map(|j| i + 1 + j)
        };
        match neighbour {
            Some(j) => {
                self.tasks.swap(i, j);
                true
            }
            None => false,
        }
    }

    /// Moves a task to another phase, at its end.
    pub fn set_phase(&mut self, id: &str, phase: Phase) {
        let Some(i) = self.tasks.iter().position(|t| t.id == id) else { return };
        if self.tasks[i].phase == phase {
            return;
        }
        let mut task = self.tasks.remove(i);
        task.phase = phase;
        let at = self
            .tasks
            .iter()
            .rposition(|t| t.phase == phase)
            .map(|j| j + 1)
            .unwrap_or_else(|| self.tasks.iter().position(|t| t.phase > phase).unwrap_or(self.tasks.len()));
        self.tasks.insert(at, task);
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

named_enum! {
    /// The three kinds of congress the app has a built-in checklist for. The names are short
    /// stable keys for forms and tests.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum CongressType {
        GrassrootsFullMember = "grassroots_full_member",
        GrassrootsDelegate = "grassroots_delegate",
        /// The direct-upper level always holds a delegate congress.
        DirectUpper = "direct_upper",
    }
}

impl CongressType {
    pub fn level(self) -> Level {
        match self {
            CongressType::GrassrootsFullMember | CongressType::GrassrootsDelegate => Level::Grassroots,
            CongressType::DirectUpper => Level::DirectUpper,
        }
    }

    pub fn kind(self) -> CongressKind {
        match self {
            CongressType::GrassrootsFullMember => CongressKind::FullMember,
            CongressType::GrassrootsDelegate | CongressType::DirectUpper => CongressKind::Delegate,
        }
    }
}

/// What the creation form collects, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CongressDraft {
    pub unit_name: String,
    pub upper_union: String,
    pub congress_type: CongressType,
    pub date_text: String,
    pub round: Option<Round>,
}

/// One reason the form cannot be accepted yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    UnitNameMissing,
    UpperUnionMissing,
    Date(DateInputError),
    PilotDate(DateInputError),
}

/// What the congress editor collects: everything but the type of congress, which decided the
/// checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CongressEdit {
    pub unit_name: String,
    pub upper_union: String,
    pub date_text: String,
    pub round: Option<Round>,
    pub pilot: bool,
    /// The pilot cut-off, dd/mm/yyyy.
    pub pilot_text: String,
    /// A conference held in place of a congress.
    pub conference: bool,
}

impl CongressEdit {
    pub fn from_congress(c: &Congress) -> Self {
        CongressEdit {
            unit_name: c.unit_name.clone(),
            upper_union: c.upper_union.clone(),
            date_text: format_dmy(c.date),
            round: c.round.clone(),
            pilot: c.pilot_cut_off.is_some(),
            pilot_text: c
                .pilot_cut_off
                .or_else(|| c.round.as_ref().and_then(|r| r.pilot_cut_off))
                .map(format_dmy)
                .unwrap_or_default(),
            conference: c.conference,
        }
    }

    /// Checks every field; on success writes them into `c` (moving offset tasks with the date).
    pub fn apply(&self, c: &mut Congress) -> Result<(), Vec<InputError>> {
        let draft = CongressDraft {
            unit_name: self.unit_name.clone(),
            upper_union: self.upper_union.clone(),
            congress_type: CongressType::GrassrootsFullMember,
            date_text: self.date_text.clone(),
            round: self.round.clone(),
        };
        let checked = draft.validate();
        let pilot = if self.pilot {
            parse_dmy(&self.pilot_text).map(Some).map_err(InputError::PilotDate)
        } else {
            Ok(None)
        };
        match (checked, pilot) {
            (Ok(valid), Ok(pilot_cut_off)) => {
                c.unit_name = valid.unit_name;
                c.upper_union = valid.upper_union;
                c.round = valid.round;
                c.pilot_cut_off = pilot_cut_off;
                c.conference = self.conference;
                c.set_date(valid.date);
                Ok(())
            }
            (checked, pilot) => {
                let mut errors = checked.err().unwrap_or_default();
                errors.extend(pilot.err());
                Err(errors)
            }
        }
    }
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
                level: self.congress_type.level(),
                kind: self.congress_type.kind(),
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
            congress_type: CongressType::GrassrootsFullMember,
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
        assert_eq!(c.progress(), (2, 23));
        assert_eq!(c.phase_progress(Phase::Plan), (2, 3));
        assert_eq!(c.phase_progress(Phase::Documents), (0, 6));
    }

    fn sample() -> Congress {
        let mut n = 0;
        let mut ids = || {
            n += 1;
            format!("t{n}")
        };
        crate::templates::new_congress(draft().validate().unwrap(), &mut ids)
    }

    fn titles_of(c: &Congress, phase: Phase) -> Vec<String> {
        c.tasks.iter().filter(|t| t.phase == phase).map(|t| t.title.clone()).collect()
    }

    #[test]
    fn moving_the_congress_bumps_offset_tasks_only() {
        let mut c = sample();
        c.tasks[1].due = DueRule::Fixed(NaiveDate::from_ymd_opt(2027, 1, 2).unwrap());
        let before: Vec<u32> = c.tasks.iter().map(|t| t.revision).collect();
        c.set_date(NaiveDate::from_ymd_opt(2027, 4, 1).unwrap());
        assert_eq!(c.tasks[0].revision, before[0] + 1);
        assert_eq!(c.tasks[1].revision, before[1]);
        c.set_date(NaiveDate::from_ymd_opt(2027, 4, 1).unwrap());
        assert_eq!(c.tasks[0].revision, before[0] + 1, "same day: nothing changes");
    }

    #[test]
    fn added_tasks_go_to_the_end_of_their_phase() {
        let mut c = sample();
        let n = c.tasks.len();
        c.add_task("new".into(), Phase::Plan, "Họp liên tịch".into());
        assert_eq!(c.tasks.len(), n + 1);
        assert_eq!(titles_of(&c, Phase::Plan).last().map(String::as_str), Some("Họp liên tịch"));
        let added = c.tasks.iter().find(|t| t.id == "new").unwrap();
        assert_eq!(added.due, DueRule::OffsetDays(-75), "due like the phase's last task");
        let phases: Vec<Phase> = c.tasks.iter().map(|t| t.phase).collect();
        let mut sorted = phases.clone();
        sorted.sort();
        assert_eq!(phases, sorted);
        // A phase with no tasks left gets its usual offset.
        c.tasks.retain(|t| t.phase != Phase::Congress);
        c.add_task("x".into(), Phase::Congress, "Đón khách".into());
        assert_eq!(c.tasks.iter().find(|t| t.id == "x").unwrap().due, DueRule::OffsetDays(0));
        let i = c.tasks.iter().position(|t| t.id == "x").unwrap();
        assert_eq!(c.tasks[i + 1].phase, Phase::After);
    }

    #[test]
    fn removed_tasks_come_back_where_they_were() {
        let mut c = sample();
        let original = c.tasks.clone();
        let removed = c.remove_task(&original[4].id).unwrap();
        assert_eq!(removed.index, 4);
        assert_eq!(c.tasks.len(), original.len() - 1);
        c.restore_task(removed.clone());
        assert_eq!(c.tasks, original);
        c.restore_task(removed);
        assert_eq!(c.tasks, original, "restoring twice does not duplicate");
        assert!(c.remove_task("no such id").is_none());
    }

    #[test]
    fn reordering_stays_within_the_phase() {
        let mut c = sample();
        let plan = titles_of(&c, Phase::Plan);
        let second = c.tasks.iter().filter(|t| t.phase == Phase::Plan).nth(1).unwrap().id.clone();
        assert!(c.move_task(&second, true));
        assert_eq!(titles_of(&c, Phase::Plan), vec![plan[1].clone(), plan[0].clone(), plan[2].clone()]);
        assert!(!c.move_task(&second, true), "already first");
        let last_plan = c.tasks.iter().rfind(|t| t.phase == Phase::Plan).unwrap().id.clone();
        assert!(!c.move_task(&last_plan, false), "last of its phase: does not jump into the next");
    }

    #[test]
    fn changing_phase_keeps_phases_in_order() {
        let mut c = sample();
        let first = c.tasks[0].id.clone();
        c.set_phase(&first, Phase::After);
        assert_eq!(c.tasks.last().unwrap().id, first);
        let phases: Vec<Phase> = c.tasks.iter().map(|t| t.phase).collect();
        let mut sorted = phases.clone();
        sorted.sort();
        assert_eq!(phases, sorted);
    }

    #[test]
    fn a_pilot_cut_off_replaces_the_rounds() {
        let mut c = sample();
        c.round = crate::templates::preset_round("2023-2028");
        c.date = NaiveDate::from_ymd_opt(2023, 3, 15).unwrap();
        assert!(!c.is_after_cut_off());
        c.pilot_cut_off = NaiveDate::from_ymd_opt(2023, 2, 28);
        assert_eq!(c.cut_off(), NaiveDate::from_ymd_opt(2023, 2, 28));
        assert!(c.is_after_cut_off());
    }

    #[test]
    fn editing_moves_the_date_and_marks_a_pilot() {
        let mut c = sample();
        let mut edit = CongressEdit::from_congress(&c);
        assert_eq!(edit.date_text, "15/03/2027");
        edit.date_text = "20/03/2027".into();
        edit.unit_name = "Công đoàn Trường THCS Lê Lợi (mới)".into();
        edit.pilot = true;
        edit.pilot_text = "28/02/2027".into();
        edit.apply(&mut c).unwrap();
        assert_eq!(c.date, NaiveDate::from_ymd_opt(2027, 3, 20).unwrap());
        assert_eq!(c.pilot_cut_off, NaiveDate::from_ymd_opt(2027, 2, 28));
        assert!(c.is_after_cut_off());
        assert_eq!(c.tasks[0].due.due_date(c.date), NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
    }

    #[test]
    fn a_bad_edit_changes_nothing() {
        let mut c = sample();
        let before = c.clone();
        let edit = CongressEdit {
            upper_union: " ".into(),
            pilot: true,
            pilot_text: "hôm qua".into(),
            ..CongressEdit::from_congress(&c)
        };
        assert_eq!(
            edit.apply(&mut c).unwrap_err(),
            vec![InputError::UpperUnionMissing, InputError::PilotDate(DateInputError::Shape)]
        );
        assert_eq!(c, before);
    }

    #[test]
    fn overlong_names_are_cut() {
        let long = CongressDraft { unit_name: "Đ".repeat(500), ..draft() };
        assert_eq!(long.validate().unwrap().unit_name.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn level_kind_and_type_names_round_trip_and_match_serde() {
        use crate::model::names::check::{matches_serde, round_trips};
        round_trips(&Level::ALL, Level::name, Level::from_name);
        matches_serde(&Level::ALL, Level::name);
        round_trips(&CongressKind::ALL, CongressKind::name, CongressKind::from_name);
        matches_serde(&CongressKind::ALL, CongressKind::name);
        // Not stored: its names are form values only.
        round_trips(&CongressType::ALL, CongressType::name, CongressType::from_name);
    }
}
