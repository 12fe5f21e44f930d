//! The upper union's plan (issue 12): its member units with the codes it gives them (pilots
//! with their earlier cut-off, those allowed a conference instead of a congress), the round,
//! the due offsets it sets for the checklist's tasks and the guidance it cites. A unit takes
//! its part of the plan into its congress (`apply`); a task whose date the unit had changed
//! keeps it and is shown as a departure. Pure: no storage, no clock.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::checklist::DueRule;
use super::congress::{Congress, Level};
use super::date::{parse_dmy, DateInputError};
use super::round::Round;
use super::task_form::MAX_OFFSET_DAYS;

/// Longest unit code accepted.
pub const MAX_CODE_CHARS: usize = 32;
/// Most member units a plan may list.
pub const MAX_UNITS: usize = 20_000;

fn is_false(b: &bool) -> bool {
    !*b
}

/// The plan an upper union publishes to its member units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UnionPlan {
    /// The upper union's name, as its units write it on their documents.
    pub upper_union: String,
    /// The level of its member units' congresses.
    pub level: Level,
    /// The round, copied in full; `None`: no cut-off applies (out of cycle).
    #[serde(default)]
    pub round: Option<Round>,
    /// Its member units, in the upper union's order.
    pub units: Vec<PlanUnit>,
    /// Days from congress day by checklist task (template key) the upper union wants.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub due_offsets: Vec<PlanDue>,
    /// Guidance documents it cites ("Kế hoạch 61/KH-LĐLĐ (05/04/2022)…").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<String>,
}

/// One member unit of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlanUnit {
    /// The short code the upper union gives the unit (unique in the plan).
    pub code: String,
    pub name: String,
    /// Set for a pilot unit (đại hội điểm): its earlier cut-off.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::date::iso::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::date::IsoDate>"))]
    pub pilot_cut_off: Option<NaiveDate>,
    /// Allowed to hold a conference (hội nghị) in place of a congress.
    #[serde(default, skip_serializing_if = "is_false")]
    pub conference: bool,
}

/// "Task `task` is due `days` from congress day."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlanDue {
    /// The checklist template key (`plan.adopt`, `congress.hold`…).
    pub task: String,
    pub days: i32,
}

/// What a congress keeps of the plan it follows: its code, whose plan, and what the plan set,
/// so the unit's own changes can be told apart and a newer plan can follow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PlanLink {
    /// The unit's code in the plan.
    pub code: String,
    pub upper_union: String,
    /// When the plan file was written (its `exported_at`).
    pub issued_at: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub due_offsets: Vec<PlanDue>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<String>,
}

impl PlanLink {
    /// The plan's offset for a task of template `key`.
    pub fn due_for(&self, key: &str) -> Option<i32> {
        self.due_offsets.iter().find(|d| d.task == key).map(|d| d.days)
    }
}

/// Why a plan cannot be published or taken in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    UpperUnionMissing,
    NoUnits,
    TooManyUnits,
    /// Unit `index` (0-based) has no name.
    NameMissing { index: usize },
    /// Unit `index`'s name holds a line break, a tab or another control character.
    BadName { index: usize },
    /// Unit `index` has an empty or unusable code.
    BadCode { index: usize },
    /// Unit `index` repeats the code of unit `first`.
    DuplicateCode { index: usize, first: usize },
    /// A due offset beyond `MAX_OFFSET_DAYS` either way, or a task given twice.
    BadDue { task: String },
}

/// A code is 1 to `MAX_CODE_CHARS` characters, none of them a space or a control character.
pub fn is_valid_code(code: &str) -> bool {
    let n = code.chars().count();
    (1..=MAX_CODE_CHARS).contains(&n) && !code.chars().any(|c| c.is_whitespace() || c.is_control())
}

impl UnionPlan {
    /// Every rule a plan must keep, first problems first (at most one per unit).
    pub fn check(&self) -> Result<(), Vec<PlanError>> {
        let mut errors = Vec::new();
        if self.upper_union.trim().is_empty() {
            errors.push(PlanError::UpperUnionMissing);
        }
        if self.units.is_empty() {
            errors.push(PlanError::NoUnits);
        }
        if self.units.len() > MAX_UNITS {
            errors.push(PlanError::TooManyUnits);
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (index, u) in self.units.iter().enumerate() {
            if !is_valid_code(&u.code) {
                errors.push(PlanError::BadCode { index });
            } else if let Some(&first) = seen.get(u.code.as_str()) {
                errors.push(PlanError::DuplicateCode { index, first });
            } else if u.name.trim().is_empty() {
                errors.push(PlanError::NameMissing { index });
            } else if u.name.chars().any(char::is_control) {
                errors.push(PlanError::BadName { index });
            }
            seen.entry(u.code.as_str()).or_insert(index);
        }
        let mut tasks = std::collections::BTreeSet::new();
        for d in &self.due_offsets {
            if d.days.abs() > MAX_OFFSET_DAYS || !tasks.insert(d.task.as_str()) {
                errors.push(PlanError::BadDue { task: d.task.clone() });
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// The unit with `code`.
    pub fn unit(&self, code: &str) -> Option<&PlanUnit> {
        self.units.iter().find(|u| u.code == code)
    }

    /// The cut-off that applies to a unit: a pilot's own, else the round's for the level.
    pub fn cut_off_for(&self, unit: &PlanUnit) -> Option<NaiveDate> {
        unit.pilot_cut_off.or_else(|| self.round.as_ref().and_then(|r| r.cut_off(self.level)))
    }
}

/// Why a plan could not be taken into a congress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApplyError {
    /// No unit of the plan has this code.
    UnknownCode,
    /// The plan is for congresses at another level.
    OtherLevel { plan: Level },
}

/// What taking a plan in did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Applied {
    /// Tasks whose date now follows the plan (changed or already equal).
    pub followed: usize,
    /// Tasks the unit had dated itself, which keep their date (ids).
    pub departures: Vec<String>,
}

/// Takes the plan's part for unit `code` into `congress`: the link (code, upper union, what the
/// plan set), the round, the pilot cut-off, the conference mark, and the plan's due offsets.
/// A task follows the plan when its date is still what it was given (the previous plan's
/// offset, or else the template's, from `template_due`); one the unit changed keeps its own
/// date. The unit's name and congress day are the unit's and stay.
pub fn apply(
    congress: &mut Congress,
    plan: &UnionPlan,
    code: &str,
    issued_at: &str,
    template_due: impl Fn(&str) -> Option<DueRule>,
) -> Result<Applied, ApplyError> {
    let unit = plan.unit(code).ok_or(ApplyError::UnknownCode)?;
    if congress.level != plan.level {
        return Err(ApplyError::OtherLevel { plan: plan.level });
    }
    let previous = congress.plan.take();
    let mut applied = Applied::default();
    for task in &mut congress.tasks {
        let Some(key) = task.template_key.as_deref() else { continue };
        let Some(days) = plan.due_offsets.iter().find(|d| d.task == key).map(|d| d.days) else { continue };
        let given = previous
            .as_ref()
            .and_then(|p| p.due_for(key))
            .map(DueRule::OffsetDays)
            .or_else(|| template_due(key));
        let wanted = DueRule::OffsetDays(days);
        if task.due == wanted {
            applied.followed += 1;
        } else if Some(task.due) == given {
            task.due = wanted;
            task.revision += 1;
            applied.followed += 1;
        } else {
            applied.departures.push(task.id.clone());
        }
    }
    // A task the new plan says nothing of keeps the date the previous plan gave it, and that
    // date stays recorded, so the task is not taken for the unit's own change later.
    let mut due_offsets = plan.due_offsets.clone();
    if let Some(previous) = &previous {
        for d in &previous.due_offsets {
            if !due_offsets.iter().any(|n| n.task == d.task) {
                due_offsets.push(d.clone());
            }
        }
    }
    congress.upper_union = plan.upper_union.trim().to_string();
    congress.round = plan.round.clone();
    congress.pilot_cut_off = unit.pilot_cut_off;
    congress.conference = unit.conference;
    congress.plan = Some(PlanLink {
        code: unit.code.clone(),
        upper_union: plan.upper_union.trim().to_string(),
        issued_at: issued_at.to_string(),
        due_offsets,
        guidance: plan.guidance.clone(),
    });
    Ok(applied)
}

/// The plan's offset for a task when the task's date departs from it; `None` when the task
/// follows the plan or the plan says nothing of it.
pub fn departure(congress: &Congress, task: &super::Task) -> Option<i32> {
    let days = congress.plan.as_ref()?.due_for(task.template_key.as_deref()?)?;
    (task.due != DueRule::OffsetDays(days)).then_some(days)
}

/// A line of the member list the upper union types or pastes that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitLineError {
    /// No name after the code.
    NameMissing,
    BadCode,
    /// The same code as line `first` (1-based).
    DuplicateCode { first: usize },
    PilotDate(DateInputError),
    /// The fourth column is neither empty nor a "conference" mark.
    ConferenceMark,
}

/// Reads the member list as typed or pasted from a spreadsheet: one unit a line, columns
/// separated by tabs (a spreadsheet's copy) or `;`: code, name, the pilot cut-off
/// (dd/mm/yyyy, empty when not a pilot), and a mark for a conference instead of a congress
/// (`x`, `có` or `hội nghị`; empty when not). Blank lines are skipped. Every bad line is
/// named with its number (1-based).
pub fn parse_units(text: &str) -> Result<Vec<PlanUnit>, Vec<(usize, UnitLineError)>> {
    let mut units = Vec::new();
    let mut lines_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let number = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = if line.contains('\t') { line.split('\t') } else { line.split(';') }.map(str::trim).collect();
        let code = cells[0].to_string();
        let name = cells.get(1).map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).unwrap_or_default();
        if !is_valid_code(&code) {
            errors.push((number, UnitLineError::BadCode));
            continue;
        }
        if let Some(&first) = lines_of.get(&code) {
            errors.push((number, UnitLineError::DuplicateCode { first }));
            continue;
        }
        lines_of.insert(code.clone(), number);
        if name.is_empty() {
            errors.push((number, UnitLineError::NameMissing));
            continue;
        }
        let pilot_cut_off = match parse_dmy(cells.get(2).copied().unwrap_or_default()) {
            Ok(d) => Some(d),
            Err(DateInputError::Empty) => None,
            Err(e) => {
                errors.push((number, UnitLineError::PilotDate(e)));
                continue;
            }
        };
        let conference = match cells.get(3).map(|s| s.to_lowercase()) {
            None => false,
            Some(mark) if mark.is_empty() => false,
            Some(mark) if ["x", "có", "hội nghị", "hn"].contains(&mark.as_str()) => true,
            Some(_) => {
                errors.push((number, UnitLineError::ConferenceMark));
                continue;
            }
        };
        units.push(PlanUnit { code, name: name.chars().take(300).collect(), pilot_cut_off, conference });
    }
    if errors.is_empty() { Ok(units) } else { Err(errors) }
}

/// The member list as `parse_units` reads it back: `; ` between columns, or a tab on the
/// lines whose code or name holds a `;` itself.
pub fn format_units(units: &[PlanUnit]) -> String {
    units
        .iter()
        .map(|u| {
            let sep = if u.code.contains(';') || u.name.contains(';') { "\t" } else { "; " };
            let mut cells = vec![u.code.clone(), u.name.clone()];
            if u.pilot_cut_off.is_some() || u.conference {
                cells.push(u.pilot_cut_off.map(super::date::format_dmy).unwrap_or_default());
            }
            if u.conference {
                cells.push("x".to_string());
            }
            cells.join(sep)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CongressKind, CutOff, Phase, Task};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn plan() -> UnionPlan {
        UnionPlan {
            upper_union: "Công đoàn phường Bến Thành".into(),
            level: Level::Grassroots,
            round: Some(Round {
                id: "2025-2030".into(),
                name: "Nhiệm kỳ 2025–2030".into(),
                cut_offs: vec![CutOff { level: Level::Grassroots, date: d(2025, 12, 31) }],
                pilot_cut_off: None,
            }),
            units: vec![
                PlanUnit { code: "BT01".into(), name: "Công đoàn Trường Tiểu học Kết Đoàn".into(), pilot_cut_off: Some(d(2025, 10, 15)), conference: false },
                PlanUnit { code: "BT02".into(), name: "Công đoàn Công ty Đông Á".into(), pilot_cut_off: None, conference: true },
            ],
            due_offsets: vec![PlanDue { task: "plan.adopt".into(), days: -100 }, PlanDue { task: "congress.hold".into(), days: 0 }],
            guidance: vec!["Kế hoạch 12/KH-CĐP (02/06/2025)".into()],
        }
    }

    fn congress() -> Congress {
        let task = |id: &str, key: &str, days: i32| Task {
            template_key: Some(key.into()),
            ..Task::new(id.into(), Phase::Plan, "t".into(), DueRule::OffsetDays(days))
        };
        Congress {
            id: "c1".into(),
            unit_name: "CĐ Trường Kết Đoàn".into(),
            upper_union: String::new(),
            level: Level::Grassroots,
            kind: CongressKind::FullMember,
            date: d(2025, 11, 20),
            round: None,
            pilot_cut_off: None,
            tasks: vec![task("a", "plan.adopt", -90), task("h", "congress.hold", 0), task("o", "own", -5)],
            targets: Vec::new(),
            letterhead: None,
            conference: false,
            plan: None,
        }
    }

    fn template(key: &str) -> Option<DueRule> {
        match key {
            "plan.adopt" => Some(DueRule::OffsetDays(-90)),
            "congress.hold" => Some(DueRule::OffsetDays(0)),
            _ => None,
        }
    }

    #[test]
    fn a_unit_takes_its_code_round_pilot_cut_off_conference_and_dates() {
        let mut c = congress();
        let applied = apply(&mut c, &plan(), "BT01", "2025-06-02T01:00:00Z", template).unwrap();
        assert_eq!(applied, Applied { followed: 2, departures: vec![] });
        assert_eq!(c.tasks[0].due, DueRule::OffsetDays(-100));
        assert_eq!(c.tasks[0].revision, 1, "a calendar that imported the task sees it moved");
        assert_eq!(c.tasks[1].revision, 0, "an unchanged date is not a change");
        assert_eq!(c.pilot_cut_off, Some(d(2025, 10, 15)));
        assert_eq!(c.cut_off(), Some(d(2025, 10, 15)));
        assert_eq!(c.upper_union, "Công đoàn phường Bến Thành");
        assert_eq!(c.unit_name, "CĐ Trường Kết Đoàn", "the unit's own name stays");
        assert!(!c.conference);
        let link = c.plan.as_ref().unwrap();
        assert_eq!((link.code.as_str(), link.issued_at.as_str()), ("BT01", "2025-06-02T01:00:00Z"));
        assert!(c.tasks.iter().all(|t| departure(&c, t).is_none()));

        let mut other = congress();
        apply(&mut other, &plan(), "BT02", "x", template).unwrap();
        assert!(other.conference);
        assert_eq!(other.cut_off(), Some(d(2025, 12, 31)), "not a pilot: the round's cut-off");
    }

    #[test]
    fn a_date_the_unit_changed_stays_and_is_a_departure() {
        let mut c = congress();
        c.tasks[0].due = DueRule::OffsetDays(-60);
        let applied = apply(&mut c, &plan(), "BT01", "t1", template).unwrap();
        assert_eq!(applied.departures, vec!["a".to_string()]);
        assert_eq!(c.tasks[0].due, DueRule::OffsetDays(-60));
        assert_eq!(departure(&c, &c.tasks[0]), Some(-100));

        // A newer plan moves what still follows the older one, not the unit's own date.
        let mut newer = plan();
        newer.due_offsets = vec![PlanDue { task: "plan.adopt".into(), days: -120 }, PlanDue { task: "congress.hold".into(), days: 1 }];
        let applied = apply(&mut c, &newer, "BT01", "t2", template).unwrap();
        assert_eq!(applied, Applied { followed: 1, departures: vec!["a".into()] });
        assert_eq!(c.tasks[1].due, DueRule::OffsetDays(1));
        assert_eq!(c.tasks[0].due, DueRule::OffsetDays(-60));
        // Once the unit sets the plan's date itself, it follows again.
        c.tasks[0].due = DueRule::OffsetDays(-120);
        assert_eq!(departure(&c, &c.tasks[0]), None);
    }

    #[test]
    fn a_task_a_newer_plan_leaves_out_keeps_the_older_plan_s_date_and_still_follows() {
        let mut c = congress();
        apply(&mut c, &plan(), "BT01", "t1", template).unwrap();
        assert_eq!(c.tasks[0].due, DueRule::OffsetDays(-100));
        let mut silent = plan();
        silent.due_offsets.retain(|d| d.task != "plan.adopt");
        apply(&mut c, &silent, "BT01", "t2", template).unwrap();
        assert_eq!(c.tasks[0].due, DueRule::OffsetDays(-100));
        assert_eq!(departure(&c, &c.tasks[0]), None);
        let mut later = plan();
        later.due_offsets[0].days = -120;
        let applied = apply(&mut c, &later, "BT01", "t3", template).unwrap();
        assert!(applied.departures.is_empty(), "the unit never changed it");
        assert_eq!(c.tasks[0].due, DueRule::OffsetDays(-120));
    }

    #[test]
    fn an_unknown_code_or_another_level_changes_nothing() {
        let mut c = congress();
        let before = c.clone();
        assert_eq!(apply(&mut c, &plan(), "XX", "t", template), Err(ApplyError::UnknownCode));
        let mut upper = plan();
        upper.level = Level::DirectUpper;
        assert_eq!(apply(&mut c, &upper, "BT01", "t", template), Err(ApplyError::OtherLevel { plan: Level::DirectUpper }));
        assert_eq!(c, before);
    }

    #[test]
    fn the_plan_is_checked() {
        assert_eq!(plan().check(), Ok(()));
        let mut p = plan();
        p.upper_union = " ".into();
        p.units[1].code = "BT01".into();
        p.due_offsets.push(PlanDue { task: "x".into(), days: 4000 });
        p.due_offsets.push(PlanDue { task: "plan.adopt".into(), days: 1 });
        assert_eq!(
            p.check(),
            Err(vec![
                PlanError::UpperUnionMissing,
                PlanError::DuplicateCode { index: 1, first: 0 },
                PlanError::BadDue { task: "x".into() },
                PlanError::BadDue { task: "plan.adopt".into() },
            ])
        );
        p.units.clear();
        assert!(p.check().unwrap_err().contains(&PlanError::NoUnits));
        let mut p = plan();
        p.units[0].code = "B T".into();
        p.units[1].name = "  ".into();
        assert_eq!(p.check(), Err(vec![PlanError::BadCode { index: 0 }, PlanError::NameMissing { index: 1 }]));
        // A line break in a name would become another unit when the list is edited again.
        let mut p = plan();
        p.units[1].name = "Công đoàn A\nX1; Giả".into();
        assert_eq!(p.check(), Err(vec![PlanError::BadName { index: 1 }]));
    }

    #[test]
    fn the_member_list_reads_tabs_or_semicolons_and_names_each_bad_line() {
        let text = "BT01\tCông đoàn Trường  Kết Đoàn\t15/10/2025\n\nBT02; Công đoàn Công ty Đông Á; ; có\nBT03;Công đoàn Bệnh viện";
        let units = parse_units(text).unwrap();
        assert_eq!(units.len(), 3);
        assert_eq!(units[0], plan().units[0].clone().with_name("Công đoàn Trường Kết Đoàn"));
        assert_eq!(units[1], plan().units[1]);
        assert_eq!(parse_units(&format_units(&units)).unwrap(), units, "what is written reads back");
        // A name (or code) with a `;` in it, as a plan file or a spreadsheet may hold, too.
        let odd = parse_units("BT;9\tCông đoàn A; chi nhánh B\t\tx\nBT10\tCông đoàn C; D\t01/10/2025").unwrap();
        assert_eq!((odd[0].code.as_str(), odd[0].name.as_str(), odd[0].conference), ("BT;9", "Công đoàn A; chi nhánh B", true));
        assert_eq!(parse_units(&format_units(&odd)).unwrap(), odd);

        let bad = "BT01;A\nBT01;B\n;C\nBT04\nBT05;E;31/02/2025\nBT06;F;;maybe";
        assert_eq!(
            parse_units(bad).unwrap_err(),
            vec![
                (2, UnitLineError::DuplicateCode { first: 1 }),
                (3, UnitLineError::BadCode),
                (4, UnitLineError::NameMissing),
                (5, UnitLineError::PilotDate(DateInputError::NotInCalendar)),
                (6, UnitLineError::ConferenceMark),
            ]
        );
    }

    impl PlanUnit {
        fn with_name(mut self, name: &str) -> Self {
            self.name = name.into();
            self
        }
    }
}
