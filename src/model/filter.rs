//! Which tasks to show: by state (open, done, overdue), by assignee, and by a search that
//! ignores Vietnamese diacritics; and the agenda of open tasks due in the coming days.

use chrono::{Duration, NaiveDate};

use super::checklist::{Status, Task};
use super::congress::Congress;
use super::deadline::{urgency, Urgency};
use super::names::named_enum;
use super::search::Query;

/// Days the agenda looks ahead, today included.
pub const AGENDA_DAYS: i64 = 14;

named_enum! {
    /// Which tasks the checklist shows; the names are the filter's form values.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Show {
        #[default]
        All = "all",
        /// Not done and not "not applicable".
        Open = "open",
        Done = "done",
        Overdue = "overdue",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TaskFilter {
    pub show: Show,
    /// Only tasks with exactly this assignee; `None` for everyone.
    pub assignee: Option<String>,
    pub query: Query,
}

impl TaskFilter {
    pub fn is_active(&self) -> bool {
        self.show != Show::All || self.assignee.is_some() || !self.query.is_empty()
    }

    /// Whether `task` is shown; `words` are its title and explanation as the interface reads
    /// them when they differ from the stored ones (the built-in tasks' English), searched too.
    pub fn matches(&self, task: &Task, words: [&str; 2], congress_day: NaiveDate, today: NaiveDate) -> bool {
        let shown = match self.show {
            Show::All => true,
            Show::Open => !task.status.is_closed(),
            Show::Done => task.status == Status::Done,
            Show::Overdue => urgency(task, congress_day, today) == Urgency::Overdue,
        };
        shown
            && self.assignee.as_ref().is_none_or(|a| &task.assignee == a)
            && self.query.matches([task.title.as_str(), task.explanation.as_str(), task.notes.as_str(), task.assignee.as_str(), words[0], words[1]])
    }
}

/// Every assignee named in the checklist, sorted, once each.
pub fn assignees(congress: &Congress) -> Vec<String> {
    let mut names: Vec<String> =
        congress.tasks.iter().filter(|t| !t.assignee.is_empty()).map(|t| t.assignee.clone()).collect();
    super::order::sort_stable(&mut names);
    names.dedup();
    names
}

/// Open tasks due from `today` through the next `AGENDA_DAYS - 1` days, by due date (list
/// order among the same day).
pub fn agenda(congress: &Congress, today: NaiveDate) -> Vec<(NaiveDate, &Task)> {
    let last = today + Duration::days(AGENDA_DAYS - 1);
    let mut due: Vec<(NaiveDate, &Task)> = congress
        .tasks
        .iter()
        .filter(|t| !t.status.is_closed())
        .map(|t| (t.due.due_date(congress.date), t))
        .filter(|(d, _)| (today..=last).contains(d))
        .collect();
    super::order::sort_stable_by(&mut due, |a, b| a.0.cmp(&b.0));
    due
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DueRule;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn congress() -> Congress {
        crate::templates::sample_congress()
    }

    fn shown(c: &Congress, f: &TaskFilter, today: NaiveDate) -> Vec<String> {
        c.tasks.iter().filter(|t| f.matches(t, ["", ""], c.date, today)).filter_map(|t| t.template_key.clone()).collect()
    }

    #[test]
    fn filters_by_state() {
        let mut c = congress();
        let today = d(2026, 11, 22);
        c.tasks[0].set_done(true, today); // plan.adopt, due 17/10: done
        c.tasks[1].status = Status::NotApplicable; // plan.report
        let overdue = shown(&c, &TaskFilter { show: Show::Overdue, ..Default::default() }, today);
        assert_eq!(overdue, vec!["plan.emulation", "personnel.plan", "personnel.chair_method"]);
        let done = shown(&c, &TaskFilter { show: Show::Done, ..Default::default() }, today);
        assert_eq!(done, vec!["plan.adopt"]);
        let open = shown(&c, &TaskFilter { show: Show::Open, ..Default::default() }, today);
        assert_eq!(open.len(), c.tasks.len() - 2);
        assert!(!TaskFilter::default().is_active());
    }

    #[test]
    fn filters_by_assignee_and_diacritic_free_search() {
        let mut c = congress();
        let today = d(2026, 11, 22);
        c.tasks[3].assignee = "Tiểu ban văn kiện".into();
        c.tasks[5].assignee = "Tiểu ban văn kiện".into();
        c.tasks[7].assignee = "đ/c Lan".into();
        assert_eq!(assignees(&c), vec!["Tiểu ban văn kiện".to_string(), "đ/c Lan".to_string()]);
        let by = TaskFilter { assignee: Some("Tiểu ban văn kiện".into()), ..Default::default() };
        assert_eq!(shown(&c, &by, today).len(), 2);
        let search = TaskFilter { query: Query::new("tham dinh"), ..Default::default() };
        assert_eq!(shown(&c, &search, today), vec!["personnel.appraisal"]);
        let search = TaskFilter { query: Query::new("DAI HOI d/c lan"), ..Default::default() };
        assert_eq!(shown(&c, &search, today).len(), 1, "words from the title and the assignee");
        let nfd = TaskFilter { query: Query::new("tha\u{0302}\u{0309}m đi\u{0323}nh"), ..Default::default() };
        assert_eq!(shown(&c, &nfd, today), vec!["personnel.appraisal"]);
    }

    #[test]
    fn the_words_the_interface_shows_are_searched_too() {
        let c = congress();
        let today = d(2026, 11, 22);
        let search = TaskFilter { query: Query::new("executive MEETS"), ..Default::default() };
        let task = c.tasks.iter().find(|t| t.template_key.as_deref() == Some("plan.adopt")).unwrap();
        assert!(!search.matches(task, ["", ""], c.date, today));
        assert!(search.matches(task, ["Executive Committee meets and adopts the congress plan", ""], c.date, today));
        assert!(search.matches(task, ["", "The Executive meets"], c.date, today));
    }

    #[test]
    fn agenda_covers_fourteen_days_from_today() {
        let mut c = congress();
        let today = d(2026, 12, 20);
        let keys: Vec<_> = agenda(&c, today).iter().filter_map(|(_, t)| t.template_key.as_deref()).collect();
        // D-20 = 26/12, D-14 = 01/01, D-10 = 05/01; D-7 = 08/01 is past 02/01, the 14th day.
        assert_eq!(keys, vec!["documents.send_upper", "documents.resolution", "logistics.rules"]);
        let i = c.tasks.iter().position(|t| t.template_key.as_deref() == Some("logistics.rules")).unwrap();
        c.tasks[i].set_done(true, today);
        c.tasks[0].due = DueRule::Fixed(today);
        let keys: Vec<_> = agenda(&c, today).iter().filter_map(|(_, t)| t.template_key.as_deref()).collect();
        assert_eq!(keys, vec!["plan.adopt", "documents.send_upper", "documents.resolution"]);
    }

    #[test]
    fn show_names_round_trip() {
        crate::model::names::check::round_trips(&Show::ALL, Show::name, Show::from_name);
    }
}
