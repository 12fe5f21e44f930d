//! The upper union's reading of one unit from the unit file it sent (issue 12's summary rules):
//! whether the congress is held, within its cut-off or late, how many tasks are overdue, and
//! how long since the file was sent. Pure; `today` is a parameter. The screen that shows them
//! for every unit is still to come.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::deadline::urgency;
use super::{Congress, Status, Urgency};

/// A unit not heard from in this many days is "stale".
pub const STALE_DAYS: i64 = 14;

/// The checklist task that is the congress itself.
pub const HOLD_TASK: &str = "congress.hold";

/// Where one unit stands, as of a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Congress day is today or past, and the "hold the congress" task is done.
    pub held: bool,
    /// Congress day against the cut-off that applies (a pilot's own, else the round's for the
    /// unit's level); `None` out of cycle.
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

/// Where `congress` stands on `today`, from a file sent on `sent_on`.
pub fn standing(congress: &Congress, sent_on: NaiveDate, today: NaiveDate) -> Standing {
    let hold_done = congress
        .tasks
        .iter()
        .any(|t| t.template_key.as_deref() == Some(HOLD_TASK) && t.status == Status::Done);
    let held = congress.date <= today && hold_done;
    let cut_off = congress.cut_off();
    let days_since_sent = (today - sent_on).num_days();
    Standing {
        held,
        within_cut_off: cut_off.map(|cut| congress.date <= cut),
        late: cut_off.is_some_and(|cut| congress.date > cut || (cut < today && !held)),
        overdue: congress.tasks.iter().filter(|t| urgency(t, congress.date, today) == Urgency::Overdue).count(),
        days_since_sent,
        stale: days_since_sent >= STALE_DAYS,
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

fn parse(exported_at: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(exported_at, "%Y-%m-%dT%H:%M:%SZ").ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CongressDraft, CongressType, CutOff, Level, Round};
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
    }
}
