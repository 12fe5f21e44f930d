//! The personnel plan (đề án nhân sự): the seats of the new bodies, the intended structure as
//! indicators with targets, and the nominees with their nomination and appraisal; computes each
//! indicator against its target and the surplus of nominees (số dư) against a configurable
//! cap. Pure; kept in the congress day's record (`CongressDay::plan`), whose `people` it shares
//! with the ballot lists.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::congress_day::{Body, CongressDay, Gender, Person};
use super::names::named_enum;

/// The surplus cap the app starts with: 30% of the seats (DOMAIN, "Surplus of candidates").
pub const DEFAULT_SURPLUS_CAP: u32 = 30;

/// The plan of one congress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PersonnelPlan {
    /// Seats of the executive committee (BCH).
    #[serde(default)]
    pub executive_seats: Option<u32>,
    /// Seats of the standing committee, where there is one.
    #[serde(default)]
    pub standing_seats: Option<u32>,
    /// Seats of the inspection committee (UBKT).
    #[serde(default)]
    pub inspection_seats: Option<u32>,
    /// Warn when the surplus is above this percentage of the seats.
    #[serde(default = "default_cap")]
    pub surplus_cap: u32,
    /// Warn when the surplus is below this percentage of the seats; none unless set.
    #[serde(default)]
    pub surplus_floor: Option<u32>,
    /// The intended structure, in the order entered.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Who is proposed for which body, in the order entered.
    #[serde(default)]
    pub nominees: Vec<Nominee>,
}

fn default_cap() -> u32 {
    DEFAULT_SURPLUS_CAP
}

impl Default for PersonnelPlan {
    fn default() -> Self {
        PersonnelPlan {
            executive_seats: None,
            standing_seats: None,
            inspection_seats: None,
            surplus_cap: DEFAULT_SURPLUS_CAP,
            surplus_floor: None,
            indicators: Vec::new(),
            nominees: Vec::new(),
        }
    }
}

/// What an indicator counts among the nominees (or those elected).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Criterion {
    Women,
    /// Younger than `age` on congress day (35 or 40 in most guidance).
    Under { age: u32 },
    PartyMembers,
    /// Of an ethnicity other than Kinh.
    EthnicMinority,
    /// Members of the outgoing committee proposed again.
    ReElected,
    /// Not members of the outgoing committee.
    New,
    /// From one department or sector, compared without case or extra spaces.
    Department { name: String },
}

/// One structure indicator: at least `target` percent of the seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Indicator {
    pub id: String,
    pub criterion: Criterion,
    /// Percent of the seats, 0 to 100.
    pub target: u32,
    /// The body it applies to; none: every body of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Body>,
}

impl Indicator {
    pub fn applies_to(&self, body: Body) -> bool {
        self.body.is_none_or(|b| b == body)
    }
}

named_enum! { serde:
    /// Who proposed a nominee.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum NominatedBy {
        /// The outgoing executive committee.
        #[default]
        OutgoingCommittee = "outgoing_committee",
        /// Members (trade union groups).
        Members = "members",
        /// The person themselves.
        Themselves = "themselves",
        /// At the congress itself.
        Congress = "congress",
    }
}

named_enum! { serde:
    /// Where one appraiser (the party committee, or the upper union) stands on a nominee.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Appraisal {
        #[default]
        NotSent = "not_sent",
        Sent = "sent",
        Agreed = "agreed",
        NotAgreed = "not_agreed",
    }
}

/// One person proposed for one body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Nominee {
    /// Id of `CongressDay::people`.
    pub person: String,
    pub body: Body,
    #[serde(default)]
    pub nominated_by: NominatedBy,
    /// A member of the outgoing committee of the same body.
    #[serde(default)]
    pub re_elected: bool,
    /// Withdrawn (or dropped after appraisal): kept on the plan, counted nowhere.
    #[serde(default)]
    pub withdrawn: bool,
    /// The party committee's appraisal.
    #[serde(default)]
    pub party_committee: Appraisal,
    /// The upper union's appraisal.
    #[serde(default)]
    pub upper_union: Appraisal,
}

impl Nominee {
    pub fn new(person: String, body: Body) -> Self {
        Nominee { person, body, nominated_by: NominatedBy::default(), re_elected: false, withdrawn: false, party_committee: Appraisal::default(), upper_union: Appraisal::default() }
    }

    /// Both appraisers agreed.
    pub fn cleared(&self) -> bool {
        self.party_committee == Appraisal::Agreed && self.upper_union == Appraisal::Agreed
    }
}

/// The bodies a personnel plan proposes people for, in the order shown.
pub const PLANNED_BODIES: [Body; 3] = [Body::Executive, Body::Standing, Body::Inspection];

impl PersonnelPlan {
    pub fn seats(&self, body: Body) -> Option<u32> {
        match body {
            Body::Executive => self.executive_seats,
            Body::Standing => self.standing_seats,
            Body::Inspection => self.inspection_seats,
            _ => None,
        }
    }

    pub fn seats_mut(&mut self, body: Body) -> Option<&mut Option<u32>> {
        match body {
            Body::Executive => Some(&mut self.executive_seats),
            Body::Standing => Some(&mut self.standing_seats),
            Body::Inspection => Some(&mut self.inspection_seats),
            _ => None,
        }
    }

    /// Nominees for `body` who have not withdrawn, in the order entered.
    pub fn standing(&self, body: Body) -> impl Iterator<Item = &Nominee> {
        self.nominees.iter().filter(move |n| n.body == body && !n.withdrawn)
    }

    pub fn nominee_mut(&mut self, person: &str, body: Body) -> Option<&mut Nominee> {
        self.nominees.iter_mut().find(|n| n.person == person && n.body == body)
    }
}

/// Age in whole years on `on`, from "dd/mm/yyyy" or, for a year alone, by the difference of
/// years (as personnel forms count it); `None` when no birth is known.
pub fn age_on(born: &str, on: NaiveDate) -> Option<u32> {
    let parts: Vec<u32> = born.split('/').filter_map(|p| p.parse().ok()).collect();
    let (year, birthday_passed) = match parts.as_slice() {
        [y] => (*y as i32, true),
        [d, m, y] => (*y as i32, (on.month(), on.day()) >= (*m, *d)),
        _ => return None,
    };
    let years = on.year() - year - i32::from(!birthday_passed);
    u32::try_from(years).ok()
}

/// Whether someone has no ethnicity given, or Kinh.
fn is_kinh(ethnicity: &str) -> bool {
    let e = ethnicity.trim().to_lowercase();
    e.is_empty() || e == "kinh"
}

fn same_words(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    words(a) == words(b)
}

/// Whether `person` meets `criterion`; `None` when the data does not say (an age with no
/// birth given).
pub fn meets(criterion: &Criterion, person: &Person, re_elected: bool, on: NaiveDate) -> Option<bool> {
    Some(match criterion {
        Criterion::Women => person.gender == Gender::Female,
        Criterion::Under { age } => age_on(&person.born, on)? < *age,
        Criterion::PartyMembers => person.party_member,
        Criterion::EthnicMinority => !is_kinh(&person.ethnicity),
        Criterion::ReElected => re_elected,
        Criterion::New => !re_elected,
        Criterion::Department { name } => same_words(&person.department, name),
    })
}

/// People needed for `percent` of `seats`, rounded up.
pub fn needed(percent: u32, seats: u32) -> u32 {
    (u64::from(percent) * u64::from(seats)).div_ceil(100) as u32
}

/// One indicator measured on a group of people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measured {
    /// Those who meet it.
    pub has: u32,
    /// Everyone measured.
    pub of: u32,
    /// Those the data says nothing about (no birth given, for an age).
    pub unknown: u32,
    /// People the target asks for, once the seats are known.
    pub needed: Option<u32>,
}

impl Measured {
    /// How many the group lacks to reach the target: even if all of them were elected, the
    /// structure would fall short.
    pub fn short(&self) -> Option<u32> {
        self.needed.filter(|n| self.has < *n).map(|n| n - self.has)
    }
}

/// Measures every indicator of the plan on `group` (a person and whether re-elected).
pub fn measure(indicators: &[Indicator], group: &[(&Person, bool)], seats: Option<u32>, on: NaiveDate) -> Vec<Measured> {
    indicators
        .iter()
        .map(|ind| {
            let (mut has, mut unknown) = (0, 0);
            for (person, re_elected) in group {
                match meets(&ind.criterion, person, *re_elected, on) {
                    Some(true) => has += 1,
                    Some(false) => {}
                    None => unknown += 1,
                }
            }
            Measured { has, of: group.len() as u32, unknown, needed: seats.map(|s| needed(ind.target, s)) }
        })
        .collect()
}

/// The surplus of nominees over seats, against the plan's cap and floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surplus {
    /// Fewer nominees than seats.
    Missing { missing: u32 },
    /// More nominees beyond the seats than the cap allows.
    AboveCap { surplus: u32, most: u32 },
    /// Fewer beyond the seats than the floor asks.
    BelowFloor { surplus: u32, least: u32 },
    Within { surplus: u32 },
}

/// The surplus of `nominees` over `seats`: the cap allows at most `cap` percent of the seats
/// (rounded down), the floor asks at least `floor` percent (rounded up).
pub fn surplus(seats: u32, nominees: u32, cap: u32, floor: Option<u32>) -> Surplus {
    if nominees < seats {
        return Surplus::Missing { missing: seats - nominees };
    }
    let surplus = nominees - seats;
    let most = (u64::from(cap) * u64::from(seats) / 100) as u32;
    if surplus > most {
        return Surplus::AboveCap { surplus, most };
    }
    match floor.map(|f| needed(f, seats)) {
        Some(least) if surplus < least => Surplus::BelowFloor { surplus, least },
        _ => Surplus::Within { surplus },
    }
}

/// Everything the plan says about one body, for the screen and the draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyPlan {
    pub body: Body,
    pub seats: Option<u32>,
    /// Nominees not withdrawn.
    pub standing: u32,
    pub surplus: Option<Surplus>,
    /// Each indicator of the plan that applies to the body, measured on the nominees not
    /// withdrawn.
    pub structure: Vec<(Indicator, Measured)>,
    /// Nominees not withdrawn whom an appraiser did not agree to.
    pub not_agreed: u32,
    /// Nominees not withdrawn not yet agreed by both appraisers (not sent, or waiting).
    pub waiting: u32,
}

impl CongressDay {
    /// The plan of `body`, its indicators measured on `on` (congress day).
    pub fn body_plan(&self, body: Body, on: NaiveDate) -> BodyPlan {
        let plan = &self.plan;
        let nominees: Vec<&Nominee> = plan.standing(body).collect();
        let group: Vec<(&Person, bool)> = nominees.iter().filter_map(|n| Some((self.person(&n.person)?, n.re_elected))).collect();
        let seats = plan.seats(body);
        let not_agreed = nominees.iter().filter(|n| n.party_committee == Appraisal::NotAgreed || n.upper_union == Appraisal::NotAgreed).count() as u32;
        let cleared = nominees.iter().filter(|n| n.cleared()).count() as u32;
        BodyPlan {
            body,
            seats,
            standing: group.len() as u32,
            surplus: seats.map(|s| surplus(s, group.len() as u32, plan.surplus_cap, plan.surplus_floor)),
            structure: {
                let applying: Vec<Indicator> = plan.indicators.iter().filter(|i| i.applies_to(body)).cloned().collect();
                let measured = measure(&applying, &group, seats, on);
                applying.into_iter().zip(measured).collect()
            },
            not_agreed,
            waiting: nominees.len() as u32 - cleared - not_agreed,
        }
    }

    /// The nominees of `body` not withdrawn and not refused by an appraiser, as a ballot list
    /// to start from.
    pub fn nominated_for(&self, body: Body) -> Vec<String> {
        let refused = |n: &Nominee| n.party_committee == Appraisal::NotAgreed || n.upper_union == Appraisal::NotAgreed;
        self.plan.standing(body).filter(|n| !refused(n)).map(|n| n.person.clone()).collect()
    }

    /// Takes `person` off the plan of `body`. The person stays among the day's people while
    /// nominated for another body or named on a ballot list (whose count is not touched), and
    /// is forgotten otherwise.
    pub fn remove_nominee(&mut self, person: &str, body: Body) {
        self.plan.nominees.retain(|n| !(n.person == person && n.body == body));
        let still = self.plan.nominees.iter().any(|n| n.person == person) || self.elections.iter().any(|e| e.candidates.iter().any(|c| c == person));
        if !still {
            self.people.retain(|p| p.id != person);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::congress_day::person;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn someone(id: &str, gender: Gender, born: &str) -> Person {
        person(id.into(), "Nguyễn", "Văn", id, gender, born).unwrap()
    }

    #[test]
    fn ages_count_whole_years_and_a_year_alone_by_difference() {
        let on = d(2027, 5, 20);
        assert_eq!(age_on("20/05/1987", on), Some(40));
        assert_eq!(age_on("21/05/1987", on), Some(39));
        assert_eq!(age_on("1987", on), Some(40));
        assert_eq!(age_on("1988", on), Some(39));
        assert_eq!(age_on("", on), None);
        assert_eq!(age_on("2030", on), None);
    }

    #[test]
    fn needed_rounds_up_and_the_cap_rounds_down() {
        assert_eq!(needed(30, 13), 4);
        assert_eq!(needed(30, 10), 3);
        assert_eq!(needed(10, 9), 1);
        assert_eq!(needed(0, 9), 0);
        // 30% of 15 seats is 4.5: a surplus of 4 is within, 5 is above.
        assert_eq!(surplus(15, 19, 30, None), Surplus::Within { surplus: 4 });
        assert_eq!(surplus(15, 20, 30, None), Surplus::AboveCap { surplus: 5, most: 4 });
        assert_eq!(surplus(15, 14, 30, None), Surplus::Missing { missing: 1 });
        // No lower bound unless one is set.
        assert_eq!(surplus(15, 15, 30, None), Surplus::Within { surplus: 0 });
        assert_eq!(surplus(15, 16, 30, Some(10)), Surplus::BelowFloor { surplus: 1, least: 2 });
        assert_eq!(surplus(15, 17, 30, Some(10)), Surplus::Within { surplus: 2 });
    }

    #[test]
    fn criteria_read_the_person_and_the_nomination() {
        let on = d(2027, 5, 20);
        let mut p = someone("a", Gender::Female, "1990");
        assert_eq!(meets(&Criterion::Women, &p, false, on), Some(true));
        assert_eq!(meets(&Criterion::Under { age: 35 }, &p, false, on), Some(false));
        assert_eq!(meets(&Criterion::Under { age: 40 }, &p, false, on), Some(true));
        assert_eq!(meets(&Criterion::PartyMembers, &p, false, on), Some(false));
        assert_eq!(meets(&Criterion::EthnicMinority, &p, false, on), Some(false));
        p.ethnicity = " KINH ".into();
        assert_eq!(meets(&Criterion::EthnicMinority, &p, false, on), Some(false));
        p.ethnicity = "Tày".into();
        p.party_member = true;
        p.department = "Phòng  Kỹ thuật".into();
        assert_eq!(meets(&Criterion::EthnicMinority, &p, false, on), Some(true));
        assert_eq!(meets(&Criterion::PartyMembers, &p, false, on), Some(true));
        assert_eq!(meets(&Criterion::Department { name: "phòng kỹ thuật".into() }, &p, false, on), Some(true));
        assert_eq!(meets(&Criterion::Department { name: "Phòng Kế toán".into() }, &p, false, on), Some(false));
        assert_eq!(meets(&Criterion::ReElected, &p, true, on), Some(true));
        assert_eq!(meets(&Criterion::New, &p, true, on), Some(false));
        p.born = String::new();
        assert_eq!(meets(&Criterion::Under { age: 40 }, &p, false, on), None);
    }

    fn plan_day() -> CongressDay {
        let mut day = CongressDay::default();
        for (i, (g, born)) in [(Gender::Female, "1992"), (Gender::Male, "1970"), (Gender::Male, ""), (Gender::Male, "1980"), (Gender::Female, "1975")].iter().enumerate() {
            day.people.push(someone(&format!("p{i}"), *g, born));
            day.plan.nominees.push(Nominee::new(format!("p{i}"), Body::Executive));
        }
        day.plan.executive_seats = Some(4);
        day.plan.indicators = vec![
            Indicator { id: "w".into(), criterion: Criterion::Women, target: 30, body: None },
            Indicator { id: "y".into(), criterion: Criterion::Under { age: 40 }, target: 50, body: None },
        ];
        day
    }

    #[test]
    fn an_indicator_of_one_body_is_measured_on_that_body_alone() {
        let on = d(2027, 5, 20);
        let mut day = plan_day();
        day.plan.inspection_seats = Some(1);
        day.plan.nominees.push(Nominee::new("p0".into(), Body::Inspection));
        day.plan.indicators.push(Indicator { id: "pm".into(), criterion: Criterion::PartyMembers, target: 100, body: Some(Body::Inspection) });
        let ids = |b: Body| day.body_plan(b, on).structure.iter().map(|(i, _)| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(Body::Executive), ["w", "y"]);
        assert_eq!(ids(Body::Inspection), ["w", "y", "pm"]);
        // p0 is not a party member: the inspection committee's one seat is short of one.
        let inspection = day.body_plan(Body::Inspection, on);
        assert_eq!(inspection.structure[2].1, Measured { has: 0, of: 1, unknown: 0, needed: Some(1) });
        assert_eq!(inspection.structure[2].1.short(), Some(1));
    }

    #[test]
    fn a_body_plan_measures_only_those_not_withdrawn() {
        let on = d(2027, 5, 20);
        let mut day = plan_day();
        let plan = day.body_plan(Body::Executive, on);
        assert_eq!(plan.standing, 5);
        assert_eq!(plan.surplus, Some(Surplus::Within { surplus: 1 }));
        assert_eq!(plan.structure[0].1, Measured { has: 2, of: 5, unknown: 0, needed: Some(2) });
        assert_eq!(plan.structure[0].1.short(), None);
        // Under 40 on 20/05/2027: born 1992 only (1980 is 47); one birth unknown; 2 needed.
        assert_eq!(plan.structure[1].1, Measured { has: 1, of: 5, unknown: 1, needed: Some(2) });
        assert_eq!(plan.structure[1].1.short(), Some(1));
        assert_eq!(plan.waiting, 5);
        day.plan.nominee_mut("p4", Body::Executive).unwrap().withdrawn = true;
        let n = day.plan.nominee_mut("p0", Body::Executive).unwrap();
        n.party_committee = Appraisal::Agreed;
        n.upper_union = Appraisal::Agreed;
        day.plan.nominee_mut("p1", Body::Executive).unwrap().upper_union = Appraisal::NotAgreed;
        let plan = day.body_plan(Body::Executive, on);
        assert_eq!(plan.standing, 4);
        assert_eq!(plan.surplus, Some(Surplus::Within { surplus: 0 }));
        assert_eq!(plan.structure[0].1.short(), Some(1));
        assert_eq!((plan.not_agreed, plan.waiting), (1, 2));
        assert_eq!(day.nominated_for(Body::Executive), ["p0", "p2", "p3"], "p1 not agreed, p4 withdrawn");
        assert!(day.nominated_for(Body::Inspection).is_empty());
        // No seats: nothing is needed, nothing is short.
        day.plan.executive_seats = None;
        let plan = day.body_plan(Body::Executive, on);
        assert_eq!((plan.surplus, plan.structure[0].1.needed, plan.structure[0].1.short()), (None, None, None));
    }

    #[test]
    fn a_nominee_taken_off_is_forgotten_unless_still_nominated_or_on_a_ballot_list() {
        use crate::model::congress_day::{Base, Election};
        let mut day = plan_day();
        day.plan.nominees.push(Nominee::new("p0".into(), Body::Inspection));
        day.elections.push(Election { id: "e".into(), body: Body::Executive, round: 1, seats: 1, base: Base::Collected, candidates: vec!["p1".into()], count: None, ballots: Vec::new(), ballots_again: Vec::new() });
        day.remove_nominee("p0", Body::Executive);
        assert!(day.person("p0").is_some(), "still nominated to the inspection committee");
        assert_eq!(day.nominated_for(Body::Executive), ["p1", "p2", "p3", "p4"]);
        day.remove_nominee("p0", Body::Inspection);
        assert!(day.person("p0").is_none());
        day.remove_nominee("p1", Body::Executive);
        assert!(day.person("p1").is_some(), "still on a ballot list");
        assert_eq!(day.elections[0].candidates, ["p1"]);
        assert_eq!(day.people.len(), 4);
    }

    #[test]
    fn an_old_record_without_a_plan_reads_with_the_default_cap() {
        let day: CongressDay = serde_json::from_str(r#"{"people":[{"id":"a","family":"Lê","given":"Hà","gender":"female"}]}"#).unwrap();
        assert_eq!(day.plan.surplus_cap, 30);
        assert!(!day.people[0].party_member);
        assert_eq!(day.people[0].ethnicity, "");
        let plan: PersonnelPlan = serde_json::from_str(r#"{"indicators":[{"id":"i","criterion":{"kind":"under","age":35},"target":10}]}"#).unwrap();
        assert_eq!(plan.indicators[0].criterion, Criterion::Under { age: 35 });
        assert_eq!(plan.surplus_cap, 30);
    }
}
