//! The upper union's reading of the unit files it receives (issue 12's summary rules): from
//! one file, a `UnitRow` of facts that do not depend on the day (what the worker sends back);
//! from a row and `today`, where the unit stands (held, within its cut-off or late, overdue
//! tasks, days since sent, stale); the totals over a batch; which file of a unit is kept.
//! Pure; `today` is a parameter.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::results::{Composition, Filled, ResultsSummary};

use super::upper_plan::{PlanUnit, UnionPlan};
use super::{Congress, CongressKind, DocumentKind, Draft, DraftStatus, Level, Phase, Status};

/// A unit not heard from in this many days is "stale".
pub const STALE_DAYS: i64 = 14;

/// The checklist task that is the congress itself.
pub const HOLD_TASK: &str = "congress.hold";

/// The documents whose state the upper union follows, in the table's order.
pub const KEY_DOCUMENTS: [DocumentKind; 3] = [DocumentKind::TermReport, DocumentKind::PersonnelPlan, DocumentKind::Resolution];

/// The state of a key document in a unit's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocState {
    /// The file says nothing of its drafts (sent without them, or by an app that did not say).
    NotSent,
    /// Drafts were sent, none of this document.
    NotStarted,
    /// The draft's own status (the furthest along, if the unit has several).
    Drafted(DraftStatus),
}

/// One phase's progress: tasks done of those that apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseProgress {
    pub phase: Phase,
    pub done: u32,
    pub applicable: u32,
}

/// What the upper union's table needs of one unit file, true whatever the day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitRow {
    pub congress_id: String,
    /// The unit's code in its upper union's plan, if it follows one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub unit_name: String,
    pub level: Level,
    pub kind: CongressKind,
    /// A pilot congress, with its own earlier cut-off.
    pub pilot: bool,
    /// A conference held in place of a congress.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub conference: bool,
    #[serde(with = "super::date::iso")]
    pub date: NaiveDate,
    /// The cut-off that applies (a pilot's own, else the round's for the level); none out of cycle.
    #[serde(default, with = "super::date::iso::option")]
    pub cut_off: Option<NaiveDate>,
    /// The "hold the congress" task is done.
    pub hold_done: bool,
    /// Due dates of the tasks still open, earliest first (overdue is counted against a day).
    #[serde(with = "iso_list")]
    pub open_due: Vec<NaiveDate>,
    /// Per phase, in the checklist's order (phases without tasks left out).
    pub phases: Vec<PhaseProgress>,
    /// State of each of `KEY_DOCUMENTS`, in order.
    pub documents: Vec<DocState>,
    /// The file's `exported_at` (UTC, `yyyy-mm-ddThh:mm:ssZ`).
    pub exported_at: String,
    /// The results the unit sent, if any (counts only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results: Option<ResultsSummary>,
}

/// Where one unit stands, as of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Congress day is today or past, and the "hold the congress" task is done.
    pub held: bool,
    /// Congress day against the cut-off that applies; `None` out of cycle.
    pub within_cut_off: Option<bool>,
    /// Congress day after the cut-off, or the cut-off past and the congress not held.
    pub late: bool,
    /// Tasks not closed whose due date is past.
    pub overdue: usize,
    /// Whole days since the file was sent (0: today).
    pub days_since_sent: i64,
    /// Not heard from in `STALE_DAYS` days or more.
    pub stale: bool,
}

impl UnitRow {
    /// The row of `congress` from a file written at `exported_at`, with the drafts it carried:
    /// `drafts_sent` false when the file says it was sent without them (or says nothing and
    /// carries none).
    pub fn of(congress: &Congress, drafts: &[Draft], drafts_sent: bool, exported_at: &str) -> UnitRow {
        let mut open_due: Vec<NaiveDate> = congress
            .tasks
            .iter()
            .filter(|t| !t.status.is_closed())
            .map(|t| t.due.due_date(congress.date))
            .collect();
        open_due.sort();
        let phases = Phase::ALL
            .into_iter()
            .filter_map(|phase| {
                let tasks = congress.tasks.iter().filter(|t| t.phase == phase);
                let applicable = tasks.clone().filter(|t| t.status != Status::NotApplicable).count() as u32;
                let done = tasks.filter(|t| t.status == Status::Done).count() as u32;
                (applicable > 0).then_some(PhaseProgress { phase, done, applicable })
            })
            .collect();
        let documents = KEY_DOCUMENTS
            .into_iter()
            .map(|kind| {
                let furthest = drafts.iter().filter(|d| d.congress_id == congress.id && d.kind == kind).map(|d| d.status).max();
                match furthest {
                    Some(status) => DocState::Drafted(status),
                    None if drafts_sent || !drafts.is_empty() => DocState::NotStarted,
                    None => DocState::NotSent,
                }
            })
            .collect();
        UnitRow {
            congress_id: congress.id.clone(),
            code: congress.plan.as_ref().map(|p| p.code.clone()),
            unit_name: congress.unit_name.clone(),
            level: congress.level,
            kind: congress.kind,
            pilot: congress.pilot_cut_off.is_some(),
            conference: congress.conference,
            date: congress.date,
            cut_off: congress.cut_off(),
            hold_done: congress.tasks.iter().any(|t| t.template_key.as_deref() == Some(HOLD_TASK) && t.status == Status::Done),
            open_due,
            phases,
            documents,
            exported_at: exported_at.to_string(),
            results: None,
        }
    }

    /// Tasks done and tasks that apply, over every phase.
    pub fn progress(&self) -> (u32, u32) {
        self.phases.iter().fold((0, 0), |(d, a), p| (d + p.done, a + p.applicable))
    }

    /// The day in Vietnam the file was written; `None` if `exported_at` is not a time.
    pub fn sent_on(&self) -> Option<NaiveDate> {
        sent_on(&self.exported_at)
    }

    /// Where the unit stands on `today`.
    pub fn standing(&self, today: NaiveDate) -> Standing {
        let held = self.date <= today && self.hold_done;
        let days_since_sent = self.sent_on().map_or(0, |sent| (today - sent).num_days());
        Standing {
            held,
            within_cut_off: self.cut_off.map(|cut| self.date <= cut),
            late: self.cut_off.is_some_and(|cut| self.date > cut || (cut < today && !held)),
            overdue: self.open_due.partition_point(|due| *due < today),
            days_since_sent,
            stale: days_since_sent >= STALE_DAYS,
        }
    }

    /// A key document is not final (or not sent at all).
    pub fn documents_missing(&self) -> bool {
        self.documents.iter().any(|d| *d != DocState::Drafted(DraftStatus::Final))
    }
}

/// Where `congress` stands on `today`, from a file sent on `sent_on` (drafts aside).
pub fn standing(congress: &Congress, sent_on: NaiveDate, today: NaiveDate) -> Standing {
    let exported_at = format!("{}T00:00:00Z", sent_on.format("%Y-%m-%d"));
    UnitRow::of(congress, &[], false, &exported_at).standing(today)
}

/// The totals above the table, as of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub units: usize,
    pub held: usize,
    /// In a round, not late.
    pub on_schedule: usize,
    pub late: usize,
    pub stale: usize,
    /// Units with at least one overdue task.
    pub with_overdue: usize,
}

impl Totals {
    pub fn of<'a>(rows: impl IntoIterator<Item = &'a UnitRow>, today: NaiveDate) -> Totals {
        let mut t = Totals::default();
        for row in rows {
            let s = row.standing(today);
            t.units += 1;
            t.held += usize::from(s.held);
            t.on_schedule += usize::from(s.within_cut_off.is_some() && !s.late);
            t.late += usize::from(s.late);
            t.stale += usize::from(s.stale);
            t.with_overdue += usize::from(s.overdue > 0);
        }
        t
    }
}

/// The results of the units that sent them, added up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResultTotals {
    /// Units whose file carries results.
    pub units: usize,
    /// Units with their executive committee counted.
    pub with_executive: usize,
    pub executive: Filled,
    pub inspection: Filled,
    /// The executive committees elected, by group.
    pub composition: Composition,
    /// Units whose chair the congress elected directly.
    pub chair_at_congress: usize,
}

impl ResultTotals {
    pub fn of<'a>(rows: impl IntoIterator<Item = &'a UnitRow>) -> ResultTotals {
        let mut t = ResultTotals::default();
        let add = |sum: &mut Filled, f: Option<Filled>| {
            if let Some(f) = f {
                sum.seats += f.seats;
                sum.elected += f.elected;
            }
        };
        for r in rows.into_iter().filter_map(|row| row.results.as_ref()) {
            t.units += 1;
            t.with_executive += usize::from(r.executive.is_some());
            add(&mut t.executive, r.executive);
            add(&mut t.inspection, r.inspection);
            let (c, s) = (&mut t.composition, r.composition);
            c.women += s.women;
            c.under_35 += s.under_35;
            c.under_40 += s.under_40;
            c.party_members += s.party_members;
            c.ethnic_minority += s.ethnic_minority;
            c.re_elected += s.re_elected;
            c.births_unknown += s.births_unknown;
            t.chair_at_congress += usize::from(r.chair_at_congress);
        }
        t
    }
}

/// A column the table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    /// Vietnamese alphabetical order of the unit's name.
    Unit,
    Level,
    Kind,
    Pilot,
    CongressDay,
    /// Late first when descending; in cycle before out of cycle.
    CutOff,
    /// Share of tasks done.
    Progress,
    Overdue,
    /// The furthest state of the key documents, summed.
    Documents,
    /// When the file was sent.
    Sent,
}

/// Sorts `items` by their row's `by` as of `today` (ascending, or descending), ties broken by
/// the unit's name in Vietnamese order, so the order never depends on the order files came in.
pub fn sort_rows<T>(items: &mut Vec<T>, row: impl Fn(&T) -> &UnitRow, by: SortBy, descending: bool, today: NaiveDate) {
    use std::cmp::Ordering;
    let keys: Vec<super::collate::SortKey> = items.iter().map(|t| super::collate::sort_key(&row(t).unit_name)).collect();
    let share = |r: &UnitRow| {
        let (done, applicable) = r.progress();
        u64::from(done) * 1_000_000 / u64::from(applicable.max(1))
    };
    let primary = |a: &UnitRow, b: &UnitRow| -> Ordering {
        match by {
            SortBy::Unit => Ordering::Equal,
            SortBy::Level => (a.level as u8).cmp(&(b.level as u8)),
            SortBy::Kind => (a.kind as u8).cmp(&(b.kind as u8)),
            SortBy::Pilot => a.pilot.cmp(&b.pilot),
            SortBy::CongressDay => a.date.cmp(&b.date),
            SortBy::CutOff => {
                let rank = |r: &UnitRow| {
                    let s = r.standing(today);
                    (s.within_cut_off.is_some(), !s.late)
                };
                rank(b).cmp(&rank(a))
            }
            SortBy::Progress => share(a).cmp(&share(b)),
            SortBy::Overdue => a.standing(today).overdue.cmp(&b.standing(today).overdue),
            SortBy::Documents => a.documents.cmp(&b.documents),
            SortBy::Sent => parse(&a.exported_at).cmp(&parse(&b.exported_at)),
        }
    };
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&i, &j| {
        let first = if by == SortBy::Unit { keys[i].cmp(&keys[j]) } else { primary(row(&items[i]), row(&items[j])) };
        let first = if descending { first.reverse() } else { first };
        first.then_with(|| keys[i].cmp(&keys[j]))
    });
    let mut taken: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// Which units the table shows: each chosen condition must hold, and the search (without
/// diacritics) must find the unit's name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeskFilter {
    pub late: bool,
    pub overdue: bool,
    pub pilot: bool,
    pub documents_missing: bool,
    pub stale: bool,
    pub query: super::search::Query,
}

impl DeskFilter {
    pub fn matches(&self, row: &UnitRow, today: NaiveDate) -> bool {
        let s = row.standing(today);
        (!self.late || s.late)
            && (!self.overdue || s.overdue > 0)
            && (!self.pilot || row.pilot)
            && (!self.documents_missing || row.documents_missing())
            && (!self.stale || s.stale)
            && self.query.matches([row.unit_name.as_str()])
    }
}

/// What became of a unit file added to the units loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Merged<T> {
    /// A unit not loaded before.
    Added,
    /// It took the place of an older file of the same unit (given back).
    Replaced(T),
    /// The unit's file already loaded is as new or newer (at `units[kept]`): this one is left out.
    Older { kept: usize },
}

impl UnitRow {
    /// Which unit the file is of: its code in the plan, or else its congress id (the key the
    /// DuckDB recipe groups by too).
    pub fn unit_key(&self) -> &str {
        self.code.as_deref().unwrap_or(&self.congress_id)
    }

    /// Whether two files are of the same unit: the same code, or, both without one, the same
    /// congress (a code and a congress id never match each other).
    pub fn same_unit(&self, other: &UnitRow) -> bool {
        self.code.is_some() == other.code.is_some() && self.unit_key() == other.unit_key()
    }

    /// The unit's key where its file is kept (`storage::batch`): `code:<code>` or `id:<congress id>`.
    pub fn record_key(&self) -> String {
        match &self.code {
            Some(code) => format!("code:{code}"),
            None => format!("id:{}", self.congress_id),
        }
    }
}

/// Adds `unit` to `units`: a unit (by its code in the plan, else by congress id) already
/// there keeps its newest file.
pub fn merge<T>(units: &mut Vec<T>, unit: T, row: impl Fn(&T) -> &UnitRow) -> Merged<T> {
    match units.iter().position(|u| row(u).same_unit(row(&unit))) {
        None => {
            units.push(unit);
            Merged::Added
        }
        Some(i) if replaces(&row(&unit).exported_at, &row(&units[i]).exported_at) => {
            Merged::Replaced(std::mem::replace(&mut units[i], unit))
        }
        Some(i) => Merged::Older { kept: i },
    }
}

/// The plan's units that sent no file (matched by code), in the plan's order.
pub fn not_received<'a, 'r>(plan: &'a UnionPlan, rows: impl IntoIterator<Item = &'r UnitRow>) -> Vec<&'a PlanUnit> {
    let received: std::collections::BTreeSet<&str> = rows.into_iter().filter_map(|r| r.code.as_deref()).collect();
    plan.units.iter().filter(|u| !received.contains(u.code.as_str())).collect()
}

/// A plan's codes, gathered once, so telling each row whether its unit is in the plan does not
/// walk the whole plan (a plan may list thousands of units, a table shows hundreds of rows).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PlanCodes(std::collections::BTreeSet<String>);

impl PlanCodes {
    pub fn of(plan: &UnionPlan) -> PlanCodes {
        PlanCodes(plan.units.iter().map(|u| u.code.clone()).collect())
    }

    /// A file whose unit is not in the plan (no code, or a code the plan does not list).
    pub fn outside(&self, row: &UnitRow) -> bool {
        row.code.as_ref().is_none_or(|code| !self.0.contains(code))
    }
}

/// The day in Vietnam (UTC+7) an exchange file was written, from its `exported_at`
/// (`yyyy-mm-ddThh:mm:ssZ`, UTC).
pub fn sent_on(exported_at: &str) -> Option<NaiveDate> {
    parse(exported_at).map(|utc| (utc + Duration::hours(7)).date())
}

/// Of two files from the same unit, whether the one written at `a` replaces the one written at
/// `b`: the newer wins; at the same second, the one already kept stays.
pub fn replaces(a: &str, b: &str) -> bool {
    match (parse(a), parse(b)) {
        (Some(a), Some(b)) => a > b,
        (Some(_), None) => true,
        _ => false,
    }
}

/// `yyyy-mm-ddThh:mm:ssZ`, read by hand: chrono's general parser would add some 10 KB to the
/// desk's chunk and the checker.
fn parse(exported_at: &str) -> Option<NaiveDateTime> {
    let b = exported_at.as_bytes();
    if b.len() != 20 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    super::date::iso::parse(&exported_at[..10])?.and_hms_opt(num(11..13)?, num(14..16)?, num(17..19)?)
}

/// A list of ISO dates.
mod iso_list {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(dates: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(dates.iter().map(|d| super::super::date::iso::format(*d)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Vec::<String>::deserialize(d)?
            .iter()
            .map(|s| super::super::date::iso::parse(s).ok_or_else(|| serde::de::Error::custom("date")))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn result_totals_add_up_the_units_that_sent_results() {
        use crate::model::results::{Composition, Filled, ResultsSummary};
        let c = crate::templates::sample_congress();
        let mut rows = vec![UnitRow::of(&c, &[], false, "2023-05-20T01:00:00Z"); 3];
        let sent = |seats, elected, women, chair| ResultsSummary {
            executive: Some(Filled { seats, elected }),
            inspection: Some(Filled { seats: 3, elected: 3 }),
            chair_at_congress: chair,
            composition: Composition { women, under_35: 1, party_members: 2, ..Default::default() },
            ..Default::default()
        };
        rows[0].results = Some(sent(9, 9, 3, true));
        rows[2].results = Some(sent(7, 6, 2, false));
        let t = ResultTotals::of(&rows);
        assert_eq!((t.units, t.with_executive, t.chair_at_congress), (2, 2, 1));
        assert_eq!(t.executive, Filled { seats: 16, elected: 15 });
        assert_eq!(t.inspection, Filled { seats: 6, elected: 6 });
        assert_eq!((t.composition.women, t.composition.under_35, t.composition.party_members), (5, 2, 4));
        assert_eq!(ResultTotals::of(&rows[1..2]), ResultTotals::default());
    }

    use super::*;
    use crate::model::{CongressDraft, CongressType, CutOff, Level, Round};
    use chrono::Duration;
    use crate::templates::new_congress;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// A grassroots congress on `date`, in a round whose grassroots cut-off is 31/05/2023.
    fn unit(date: &str, round: bool) -> Congress {
        let round = round.then(|| Round {
            id: "r".into(),
            name: "2023–2028".into(),
            cut_offs: vec![CutOff { level: Level::Grassroots, date: d(2023, 5, 31) }],
            pilot_cut_off: None,
        });
        let input = CongressDraft {
            unit_name: "Công đoàn Trường THCS Lê Lợi".into(),
            upper_union: "LĐLĐ huyện".into(),
            congress_type: CongressType::GrassrootsFullMember,
            date_text: date.into(),
            round,
        }
        .validate()
        .unwrap();
        let mut n = 0;
        new_congress(input, &mut || {
            n += 1;
            format!("t{n}")
        })
    }

    fn hold(c: &mut Congress) {
        let t = c.tasks.iter_mut().find(|t| t.template_key.as_deref() == Some(HOLD_TASK)).unwrap();
        t.set_done(true, c.date);
    }

    #[test]
    fn a_congress_is_held_on_or_after_its_day_with_its_task_done() {
        let mut c = unit("20/05/2023", true);
        assert!(!standing(&c, d(2023, 5, 20), d(2023, 5, 20)).held, "task not done");
        hold(&mut c);
        assert!(standing(&c, d(2023, 5, 20), d(2023, 5, 20)).held);
        assert!(!standing(&c, d(2023, 5, 19), d(2023, 5, 19)).held, "before its day");
    }

    #[test]
    fn cut_off_compliance_with_and_without_a_round_and_for_a_pilot() {
        let before = unit("20/05/2023", true);
        let s = standing(&before, d(2023, 5, 1), d(2023, 5, 1));
        assert_eq!((s.within_cut_off, s.late), (Some(true), false));
        // Congress day after the cut-off: late at once, whatever today is.
        let after = unit("05/06/2023", true);
        let s = standing(&after, d(2023, 5, 1), d(2023, 5, 1));
        assert_eq!((s.within_cut_off, s.late), (Some(false), true));
        // Out of cycle: no cut-off, never late.
        let free = unit("05/06/2023", false);
        let s = standing(&free, d(2023, 7, 1), d(2023, 7, 1));
        assert_eq!((s.within_cut_off, s.late), (None, false));
        // A pilot's own cut-off (28/02/2023) replaces the round's.
        let mut pilot = unit("20/03/2023", true);
        pilot.pilot_cut_off = Some(d(2023, 2, 28));
        let s = standing(&pilot, d(2023, 1, 5), d(2023, 1, 5));
        assert_eq!((s.within_cut_off, s.late), (Some(false), true));
    }

    #[test]
    fn the_cut_off_past_without_the_congress_held_is_late() {
        let mut c = unit("31/05/2023", true);
        assert!(!standing(&c, d(2023, 5, 31), d(2023, 5, 31)).late, "on the cut-off day itself");
        assert!(standing(&c, d(2023, 6, 1), d(2023, 6, 1)).late, "the day after, not held");
        hold(&mut c);
        assert!(!standing(&c, d(2023, 6, 1), d(2023, 6, 1)).late, "held on time");
    }

    #[test]
    fn overdue_counts_open_tasks_past_due_as_of_today() {
        let mut c = unit("20/05/2023", true);
        let due = |c: &Congress, i: usize| c.tasks[i].due.due_date(c.date);
        let day = due(&c, 0) + Duration::days(1);
        let expected = c.tasks.iter().filter(|t| t.due.due_date(c.date) < day).count();
        assert!(expected >= 1);
        assert_eq!(standing(&c, day, day).overdue, expected);
        c.tasks[0].set_done(true, day);
        assert_eq!(standing(&c, day, day).overdue, expected - 1, "a done task is not overdue");
        assert_eq!(standing(&c, day, due(&c, 0)).overdue, 0, "nothing is overdue on its due day");
    }

    #[test]
    fn a_unit_not_heard_from_in_fourteen_days_is_stale() {
        let c = unit("20/05/2023", true);
        assert!(!standing(&c, d(2023, 5, 1), d(2023, 5, 14)).stale);
        let s = standing(&c, d(2023, 5, 1), d(2023, 5, 15));
        assert_eq!((s.days_since_sent, s.stale), (14, true));
    }

    #[test]
    fn files_are_dated_in_vietnam_and_the_newest_wins() {
        assert_eq!(sent_on("2023-05-31T16:59:59Z"), Some(d(2023, 5, 31)));
        assert_eq!(sent_on("2023-05-31T17:00:00Z"), Some(d(2023, 6, 1)), "midnight in Hà Nội");
        assert_eq!(sent_on("31/05/2023"), None);
        assert!(replaces("2023-05-02T01:00:00Z", "2023-05-01T23:00:00Z"));
        assert!(!replaces("2023-05-01T23:00:00Z", "2023-05-02T01:00:00Z"));
        assert!(!replaces("2023-05-02T01:00:00Z", "2023-05-02T01:00:00Z"), "a tie keeps the one kept");
        assert!(!replaces("not a date", "2023-05-02T01:00:00Z"));
        assert!(replaces("2023-05-02T01:00:00Z", "not a date"));
        assert_eq!(sent_on("2023-05-31T24:00:00Z"), None, "no such hour");
        assert_eq!(sent_on("2023-02-30T01:00:00Z"), None, "no such day");
        assert_eq!(sent_on("2023-05-31T01:00:00"), None, "UTC is said");
        assert_eq!(sent_on("2023-05-31 01:00:00Z"), None);
    }

    #[test]
    fn a_row_counts_progress_per_phase_leaving_out_what_does_not_apply() {
        let mut c = unit("20/05/2023", true);
        let plan: Vec<usize> = c.tasks.iter().enumerate().filter(|(_, t)| t.phase == Phase::Plan).map(|(i, _)| i).collect();
        assert!(plan.len() >= 3);
        c.tasks[plan[0]].set_done(true, d(2023, 3, 1));
        c.tasks[plan[1]].set_status(Status::NotApplicable, d(2023, 3, 1));
        let row = UnitRow::of(&c, &[], false, "2023-03-01T00:00:00Z");
        let p = row.phases.iter().find(|p| p.phase == Phase::Plan).unwrap();
        assert_eq!((p.done, p.applicable), (1, plan.len() as u32 - 1));
        let (done, applicable) = row.progress();
        assert_eq!(done, 1);
        assert_eq!(applicable as usize, c.tasks.len() - 1);
        assert_eq!(row.phases.iter().map(|p| p.phase).collect::<Vec<_>>(), {
            let mut seen: Vec<Phase> = c.tasks.iter().map(|t| t.phase).collect();
            seen.sort();
            seen.dedup();
            seen
        });
    }

    #[test]
    fn a_row_read_back_from_json_stands_the_same() {
        let mut c = unit("20/05/2023", true);
        c.pilot_cut_off = Some(d(2023, 2, 28));
        let row = UnitRow::of(&c, &[], true, "2023-03-01T00:00:00Z");
        let back: UnitRow = serde_json::from_str(&serde_json::to_string(&row).unwrap()).unwrap();
        assert_eq!(back, row);
        assert!(row.pilot);
        assert_eq!(row.cut_off, Some(d(2023, 2, 28)), "a pilot's own cut-off");
        assert_eq!(back.standing(d(2023, 4, 1)), standing(&c, d(2023, 3, 1), d(2023, 4, 1)));
    }

    #[test]
    fn key_documents_take_the_furthest_draft_and_missing_means_not_final() {
        use crate::model::{DocumentKind, DraftStatus};
        use crate::templates::new_draft;
        let c = unit("20/05/2023", true);
        let mut n = 0;
        let mut id = || {
            n += 1;
            format!("d{n}")
        };
        let mut a = new_draft(DocumentKind::TermReport, &c, &mut id);
        a.status = DraftStatus::Final;
        let mut b = new_draft(DocumentKind::TermReport, &c, &mut id);
        b.status = DraftStatus::SentUpper;
        let mut other = new_draft(DocumentKind::Resolution, &c, &mut id);
        other.congress_id = "another".into();
        let row = UnitRow::of(&c, &[b.clone(), a.clone(), other], true, "2023-03-01T00:00:00Z");
        assert_eq!(row.documents, vec![DocState::Drafted(DraftStatus::Final), DocState::NotStarted, DocState::NotStarted]);
        assert!(row.documents_missing());
        let all_final: Vec<_> = KEY_DOCUMENTS
            .into_iter()
            .map(|k| {
                let mut x = new_draft(k, &c, &mut id);
                x.status = DraftStatus::Final;
                x
            })
            .collect();
        assert!(!UnitRow::of(&c, &all_final, true, "2023-03-01T00:00:00Z").documents_missing());
    }

    #[test]
    fn totals_count_held_on_schedule_late_stale_and_overdue_as_of_a_day() {
        let mut held = unit("20/05/2023", true);
        hold(&mut held);
        for t in held.tasks.iter_mut() {
            t.set_done(true, d(2023, 5, 20));
        }
        let late = unit("10/06/2023", true);
        let out_of_cycle = unit("10/06/2023", false);
        let rows = [
            UnitRow::of(&held, &[], false, "2023-05-25T01:00:00Z"),
            UnitRow::of(&late, &[], false, "2023-05-01T01:00:00Z"),
            UnitRow::of(&out_of_cycle, &[], false, "2023-05-25T01:00:00Z"),
        ];
        let t = Totals::of(&rows, d(2023, 5, 26));
        assert_eq!(t, Totals { units: 3, held: 1, on_schedule: 1, late: 1, stale: 1, with_overdue: 2 });
    }

    #[test]
    fn rows_sort_by_any_column_with_ties_in_vietnamese_order_and_filter_by_condition_and_search() {
        let mut rows_owned = Vec::new();
        for (name, date, sent) in [
            ("Công đoàn Đông Hải", "10/06/2023", "2023-05-01T01:00:00Z"),
            ("Công đoàn Dệt may", "20/05/2023", "2023-05-20T01:00:00Z"),
            ("Công đoàn Ánh Dương", "25/05/2023", "2023-05-10T01:00:00Z"),
            ("Công đoàn An Bình", "20/05/2023", "2023-05-21T01:00:00Z"),
        ] {
            let mut c = unit(date, true);
            c.unit_name = name.into();
            rows_owned.push(UnitRow::of(&c, &[], false, sent));
        }
        let today = d(2023, 5, 26);
        let names = |rows: &[&UnitRow]| rows.iter().map(|r| r.unit_name.trim_start_matches("Công đoàn ").to_string()).collect::<Vec<_>>();
        let mut rows: Vec<&UnitRow> = rows_owned.iter().collect();
        sort_rows(&mut rows, |r| *r, SortBy::Unit, false, today);
        assert_eq!(names(&rows), ["An Bình", "Ánh Dương", "Dệt may", "Đông Hải"]);
        sort_rows(&mut rows, |r| *r, SortBy::Unit, true, today);
        assert_eq!(names(&rows), ["Đông Hải", "Dệt may", "Ánh Dương", "An Bình"]);
        sort_rows(&mut rows, |r| *r, SortBy::CongressDay, false, today);
        assert_eq!(names(&rows), ["An Bình", "Dệt may", "Ánh Dương", "Đông Hải"], "same day: by name");
        sort_rows(&mut rows, |r| *r, SortBy::Sent, true, today);
        assert_eq!(names(&rows), ["An Bình", "Dệt may", "Ánh Dương", "Đông Hải"]);
        sort_rows(&mut rows, |r| *r, SortBy::CutOff, false, today);
        assert_eq!(names(&rows)[3], "Đông Hải", "the late unit last when ascending");
        sort_rows(&mut rows, |r| *r, SortBy::CutOff, true, today);
        assert_eq!(names(&rows)[0], "Đông Hải", "and first when descending");

        let shown = |f: &DeskFilter| names(&rows_owned.iter().filter(|r| f.matches(r, today)).collect::<Vec<_>>());
        assert_eq!(shown(&DeskFilter::default()).len(), 4);
        assert_eq!(shown(&DeskFilter { late: true, ..Default::default() }), ["Đông Hải"]);
        assert_eq!(shown(&DeskFilter { stale: true, ..Default::default() }), ["Đông Hải", "Ánh Dương"]);
        assert_eq!(shown(&DeskFilter { query: crate::model::search::Query::new("dong hai"), ..Default::default() }), ["Đông Hải"]);
        assert_eq!(shown(&DeskFilter { query: crate::model::search::Query::new("anh"), ..Default::default() }), ["Ánh Dương"]);
        assert!(shown(&DeskFilter { pilot: true, ..Default::default() }).is_empty());
        assert_eq!(shown(&DeskFilter { documents_missing: true, ..Default::default() }).len(), 4);
        assert_eq!(shown(&DeskFilter { overdue: true, late: true, ..Default::default() }), ["Đông Hải"]);
    }

    #[test]
    fn a_unit_sent_twice_keeps_its_newest_file_whichever_comes_first() {
        let c = unit("20/05/2023", true);
        let row = |at: &str| UnitRow::of(&c, &[], false, at);
        let mut units: Vec<(UnitRow, &str)> = Vec::new();
        assert_eq!(merge(&mut units, (row("2023-05-02T01:00:00Z"), "new.json"), |u| &u.0), Merged::Added);
        assert_eq!(merge(&mut units, (row("2023-05-01T01:00:00Z"), "old.json"), |u| &u.0), Merged::Older { kept: 0 });
        assert_eq!(units[0].1, "new.json");
        let same = merge(&mut units, (row("2023-05-02T01:00:00Z"), "same-time.json"), |u| &u.0);
        assert_eq!(same, Merged::Older { kept: 0 }, "a tie keeps the file already loaded");
        match merge(&mut units, (row("2023-05-03T01:00:00Z"), "newest.json"), |u| &u.0) {
            Merged::Replaced((_, name)) => assert_eq!(name, "new.json"),
            other => panic!("{other:?}"),
        }
        assert_eq!(units.len(), 1);
        assert_eq!(units[0].1, "newest.json");
        let mut other = c.clone();
        other.id = "another".into();
        assert_eq!(merge(&mut units, (UnitRow::of(&other, &[], false, "2023-05-01T01:00:00Z"), "b.json"), |u| &u.0), Merged::Added);
        assert_eq!(units.len(), 2);
    }

    fn plan_of(codes: &[&str]) -> UnionPlan {
        UnionPlan {
            upper_union: "Công đoàn phường Bến Thành".into(),
            level: Level::Grassroots,
            round: None,
            units: codes.iter().map(|c| PlanUnit { code: (*c).into(), name: format!("Đơn vị {c}"), pilot_cut_off: None, conference: false }).collect(),
            due_offsets: Vec::new(),
            guidance: Vec::new(),
        }
    }

    fn following(code: &str, id: &str) -> Congress {
        let mut c = unit("20/05/2023", true);
        c.id = id.into();
        crate::model::upper_plan::apply(&mut c, &plan_of(&["BT01", "BT02", "BT03"]), code, "t", |_| None).unwrap();
        c
    }

    #[test]
    fn a_file_is_matched_to_its_unit_by_its_code_in_the_plan_else_by_congress() {
        // The unit started a new notebook (another congress id) and sent again: same code.
        let first = UnitRow::of(&following("BT01", "old-notebook"), &[], false, "2023-05-01T01:00:00Z");
        let again = UnitRow::of(&following("BT01", "new-notebook"), &[], false, "2023-05-02T01:00:00Z");
        assert_eq!(first.code.as_deref(), Some("BT01"));
        let mut units = vec![first];
        assert!(matches!(merge(&mut units, again, |u| u), Merged::Replaced(_)));
        assert_eq!((units.len(), units[0].congress_id.as_str()), (1, "new-notebook"));
        // Another code is another unit, even from the same notebook copied.
        let other = UnitRow::of(&following("BT02", "new-notebook-copy"), &[], false, "2023-05-02T01:00:00Z");
        assert_eq!(merge(&mut units, other, |u| u), Merged::Added);
        // Without a code, the congress id decides.
        let plain = UnitRow::of(&unit("20/05/2023", true), &[], false, "2023-05-03T01:00:00Z");
        assert_eq!(plain.code, None);
        assert_eq!(merge(&mut units, plain.clone(), |u| u), Merged::Added);
        assert!(matches!(merge(&mut units, UnitRow { exported_at: "2023-05-04T01:00:00Z".into(), ..plain }, |u| u), Merged::Replaced(_)));
        assert_eq!(units.len(), 3);
        // A congress id that happens to equal a code is still another unit.
        let mut id_like_code = unit("20/05/2023", true);
        id_like_code.id = "BT02".into();
        assert_eq!(merge(&mut units, UnitRow::of(&id_like_code, &[], false, "2023-05-05T01:00:00Z"), |u| u), Merged::Added);
        assert_eq!(units[0].record_key(), "code:BT01");
        assert_eq!(units[3].record_key(), "id:BT02");
    }

    #[test]
    fn units_of_the_plan_that_sent_nothing_are_not_received() {
        let plan = plan_of(&["BT01", "BT02", "BT03"]);
        let rows = [
            UnitRow::of(&following("BT02", "a"), &[], false, "2023-05-01T01:00:00Z"),
            UnitRow::of(&unit("20/05/2023", true), &[], false, "2023-05-01T01:00:00Z"),
        ];
        let missing: Vec<&str> = not_received(&plan, &rows).iter().map(|u| u.code.as_str()).collect();
        assert_eq!(missing, ["BT01", "BT03"]);
        assert!(!PlanCodes::of(&plan).outside(&rows[0]));
        assert!(PlanCodes::of(&plan).outside(&rows[1]), "a file without a code is outside the plan");
        assert!(PlanCodes::of(&plan_of(&["XX"])).outside(&rows[0]), "a code the plan does not list");
    }

    #[test]
    fn a_conference_in_place_of_a_congress_is_in_the_row() {
        let mut c = unit("20/05/2023", true);
        assert!(!UnitRow::of(&c, &[], false, "2023-05-01T01:00:00Z").conference);
        c.conference = true;
        let row = UnitRow::of(&c, &[], false, "2023-05-01T01:00:00Z");
        assert!(row.conference);
        // The rules of the round are the same for a conference: held, late and cut-off.
        assert_eq!(row.standing(d(2023, 6, 1)).within_cut_off, Some(true));
        // A row written before the field existed reads as a congress.
        let old: UnitRow = serde_json::from_str(&serde_json::to_string(&UnitRow { conference: false, ..row }).unwrap()).unwrap();
        assert!(!old.conference && old.code.is_none());
    }
}
