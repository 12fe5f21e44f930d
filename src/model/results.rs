//! The congress's results as the upper union collects them (issue 13, item 6): quorum
//! figures, seats and those elected to each body, whether the chair was elected directly,
//! and the make-up of the executive committee elected, as counts only: no name or other
//! personal detail leaves the browser in it. Pure; built from the congress day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::congress_day::{Body, CongressDay, Gender, Person};
use super::personnel::{age_on, measure, meets, Criterion, Indicator, Measured};

/// Seats and those elected to one body, over all its rounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Filled {
    pub seats: u32,
    pub elected: u32,
}

/// How many of those elected to the executive committee are in each group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Composition {
    pub women: u32,
    /// Younger than 35 on congress day.
    pub under_35: u32,
    /// Younger than 40 on congress day.
    pub under_40: u32,
    pub party_members: u32,
    pub ethnic_minority: u32,
    /// Members of the outgoing committee elected again (from the personnel plan).
    pub re_elected: u32,
    /// Those whose birth was not given: not counted in the ages.
    pub births_unknown: u32,
}

/// A congress's results, for the unit file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResultsSummary {
    /// Those summoned to the congress and those present, when typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summoned: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub present: Option<u32>,
    /// Each body with a counted election: the seats of its first round, those elected over all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executive: Option<Filled>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing: Option<Filled>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inspection: Option<Filled>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delegates: Option<Filled>,
    /// The chair was elected directly by the congress (HD 28/2021).
    #[serde(default)]
    pub chair_at_congress: bool,
    /// A chair has been elected (at the congress or at the first meeting).
    #[serde(default)]
    pub chair_elected: bool,
    /// The executive committee elected, by group.
    #[serde(default)]
    pub composition: Composition,
}

impl CongressDay {
    /// Full names of the day's people elected to nothing (nominees, candidates), which a unit
    /// file must not carry; a name also borne by someone elected is not among them.
    pub fn withheld_names(&self) -> Vec<String> {
        let elected: Vec<String> = Body::ALL.iter().flat_map(|b| self.elected_to(*b)).collect();
        let elected_names: Vec<String> = elected.iter().filter_map(|id| self.person(id)).map(Person::full_name).collect();
        let mut names: Vec<String> = self
            .people
            .iter()
            .filter(|p| !elected.contains(&p.id))
            .map(Person::full_name)
            .filter(|n| !elected_names.contains(n))
            .collect();
        names.dedup();
        names
    }

    /// Seats (of the first round) and those elected over every round, once a round of
    /// `body` is counted.
    pub fn filled(&self, body: Body) -> Option<Filled> {
        let first = self.elections.iter().filter(|e| e.body == body).min_by_key(|e| e.round)?;
        let counted = self.elections.iter().any(|e| e.body == body && e.count.is_some());
        // Rounds opened twice, or a first round recounted after a further one, can give more
        // names than seats: the summary says the seats are filled, no more.
        counted.then(|| Filled { seats: first.seats, elected: (self.elected_to(body).len() as u32).min(first.seats) })
    }

    /// The plan's indicators that apply to `body`, measured on those elected to it (over all its
    /// rounds, no more than its seats) as of congress day `on`, against the seats elected;
    /// empty while nothing is counted.
    pub fn elected_structure(&self, body: Body, on: NaiveDate) -> Vec<(Indicator, Measured)> {
        let Some(filled) = self.filled(body) else { return Vec::new() };
        let mut elected = self.elected_to(body);
        elected.truncate(filled.elected as usize);
        let re_elected = |id: &str| self.plan.nominees.iter().any(|n| n.person == id && n.body == body && n.re_elected);
        let group: Vec<(&Person, bool)> = elected.iter().filter_map(|id| Some((self.person(id)?, re_elected(id)))).collect();
        let applying: Vec<Indicator> = self.plan.indicators.iter().filter(|i| i.applies_to(body)).cloned().collect();
        let measured = measure(&applying, &group, Some(filled.seats), on);
        applying.into_iter().zip(measured).collect()
    }

    /// The results so far, as of congress day `on`; `None` while nothing is typed.
    pub fn results(&self, on: NaiveDate) -> Option<ResultsSummary> {
        let executive = self.filled(Body::Executive);
        let mut elected: Vec<String> = self.elected_to(Body::Executive);
        elected.truncate(executive.map_or(0, |f| f.elected) as usize);
        let people: Vec<&Person> = elected.iter().filter_map(|id| self.person(id)).collect();
        let count = |c: &Criterion| people.iter().filter(|p| meets(c, p, false, on) == Some(true)).count() as u32;
        let composition = Composition {
            women: people.iter().filter(|p| p.gender == Gender::Female).count() as u32,
            under_35: count(&Criterion::Under { age: 35 }),
            under_40: count(&Criterion::Under { age: 40 }),
            party_members: count(&Criterion::PartyMembers),
            ethnic_minority: count(&Criterion::EthnicMinority),
            re_elected: elected.iter().filter(|id| self.plan.nominees.iter().any(|n| &n.person == *id && n.body == Body::Executive && n.re_elected)).count() as u32,
            births_unknown: people.iter().filter(|p| age_on(&p.born, on).is_none()).count() as u32,
        };
        let chair_at_congress = !self.elected_to(Body::ChairAtCongress).is_empty();
        // Attendance that cannot be true (more present than summoned, told on screen) is left out.
        let a = self.congress;
        let sane = !matches!((a.summoned, a.present), (Some(s), Some(p)) if p > s);
        let summary = ResultsSummary {
            summoned: a.summoned.filter(|_| sane),
            present: a.present.filter(|_| sane),
            executive,
            standing: self.filled(Body::Standing),
            inspection: self.filled(Body::Inspection),
            delegates: self.filled(Body::Delegates),
            chair_at_congress,
            chair_elected: chair_at_congress || !self.elected_to(Body::Chair).is_empty(),
            composition,
        };
        (summary != ResultsSummary::default()).then_some(summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::congress_day::{person, Attendance, Base, Count, Election};
    use crate::model::personnel::Nominee;

    fn election(id: &str, body: Body, round: u32, seats: u32, candidates: &[&str], votes: Option<Vec<u32>>) -> Election {
        Election {
            id: id.into(),
            body,
            round,
            seats,
            base: Base::Collected,
            candidates: candidates.iter().map(|c| c.to_string()).collect(),
            count: votes.map(|votes| Count { issued: 10, collected: 10, valid: 10, invalid: 0, votes }),
            ballots: Vec::new(),
            ballots_again: Vec::new(),
        }
    }

    #[test]
    fn a_summary_never_says_what_its_own_import_refuses() {
        let on = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
        let mut day = CongressDay { congress: Attendance { summoned: Some(20), present: Some(25) }, ..Default::default() };
        for id in ["a", "b", "c"] {
            day.people.push(person(id.into(), "Lê", "", id, Gender::Female, "1990").unwrap());
        }
        // Two first rounds of the same body, and a name elected twice.
        day.elections.push(election("e1", Body::Executive, 1, 2, &["a", "b"], Some(vec![9, 8])));
        day.elections.push(election("e2", Body::Executive, 1, 2, &["a", "c"], Some(vec![9, 8])));
        let s = day.results(on).unwrap();
        assert_eq!((s.summoned, s.present), (None, None), "more present than summoned is left out");
        assert_eq!(s.executive, Some(Filled { seats: 2, elected: 2 }));
        assert_eq!(s.composition.women, 2);
        assert_eq!(day.elected_to(Body::Executive), ["a", "b", "c"], "each once");
        let text = crate::format::export::unit_file_with_results(
            &crate::templates::sample_congress(),
            &[],
            Some(s),
            &[],
            crate::format::export::UnitOptions { include_people: false, include_drafts: false },
            on.and_hms_opt(1, 0, 0).unwrap(),
        );
        assert!(crate::format::import::read(text.as_bytes()).is_ok());
    }

    #[test]
    fn nothing_typed_is_no_summary() {
        let on = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
        let mut day = CongressDay::default();
        assert_eq!(day.results(on), None);
        // An election opened but not counted says nothing yet.
        day.elections.push(election("e", Body::Executive, 1, 1, &[], None));
        assert_eq!(day.results(on), None);
        day.congress = Attendance { summoned: Some(30), present: Some(25) };
        assert_eq!(day.results(on), Some(ResultsSummary { summoned: Some(30), present: Some(25), ..Default::default() }));
    }

    #[test]
    fn the_summary_counts_those_elected_over_every_round_and_carries_no_name() {
        let on = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
        let mut day = CongressDay { congress: Attendance { summoned: Some(30), present: Some(28) }, ..Default::default() };
        let people = [("a", Gender::Female, "1995", true, "Tày"), ("b", Gender::Male, "1990", false, ""), ("c", Gender::Female, "", true, "Kinh"), ("d", Gender::Male, "1960", false, "")];
        for (id, g, born, party, ethnicity) in people {
            let mut p = person(id.into(), "Lò", "Văn", &format!("Người {id}"), g, born).unwrap();
            p.party_member = party;
            p.ethnicity = ethnicity.into();
            day.people.push(p);
        }
        day.plan.nominees.push(Nominee { re_elected: true, ..Nominee::new("c".into(), Body::Executive) });
        // Three seats: a and c elected in the first round, d lost; b wins the further round.
        day.elections.push(election("e1", Body::Executive, 1, 3, &["a", "b", "c", "d"], Some(vec![9, 4, 8, 3])));
        day.elections.push(election("e2", Body::Executive, 2, 1, &["b"], Some(vec![7])));
        day.elections.push(election("e3", Body::ChairAtCongress, 1, 1, &["a"], Some(vec![10])));
        day.elections.push(election("e4", Body::Inspection, 1, 3, &["b", "d"], None));
        let summary = day.results(on).unwrap();
        assert_eq!(summary.executive, Some(Filled { seats: 3, elected: 3 }));
        assert_eq!(summary.inspection, None, "not counted yet");
        assert!(summary.chair_at_congress && summary.chair_elected);
        assert_eq!(
            summary.composition,
            Composition { women: 2, under_35: 1, under_40: 2, party_members: 2, ethnic_minority: 1, re_elected: 1, births_unknown: 1 }
        );
        assert_eq!(day.withheld_names(), ["Lò Văn Người d"], "not elected: only d (b won the further round)");
        let text = serde_json::to_string(&summary).unwrap();
        assert!(!text.contains("Người") && !text.contains("Tày") && !text.contains("1995"), "{text}");

        // The plan's own indicators, measured on those elected to each body.
        day.plan.indicators = vec![
            Indicator { id: "w".into(), criterion: Criterion::Women, target: 50, body: None },
            Indicator { id: "r".into(), criterion: Criterion::ReElected, target: 30, body: Some(Body::Executive) },
            Indicator { id: "y".into(), criterion: Criterion::Under { age: 30 }, target: 30, body: Some(Body::Inspection) },
        ];
        let structure = day.elected_structure(Body::Executive, on);
        let measured: Vec<(&str, Measured)> = structure.iter().map(|(i, m)| (i.id.as_str(), *m)).collect();
        // Women: a and c of 3 (2 needed for 50% of 3 seats); re-elected: c (1 needed); the
        // inspection committee's indicator is not the executive's.
        assert_eq!(measured, [("w", Measured { has: 2, of: 3, unknown: 0, needed: Some(2) }), ("r", Measured { has: 1, of: 3, unknown: 0, needed: Some(1) })]);
        assert!(day.elected_structure(Body::Inspection, on).is_empty(), "not counted yet");
        day.elections[3].count = Some(Count { issued: 28, collected: 28, valid: 28, invalid: 0, votes: vec![20, 25] });
        let inspection = day.elected_structure(Body::Inspection, on);
        // b and d elected; neither a woman, b 36 on congress day: both indicators short.
        assert_eq!(inspection.iter().map(|(i, m)| (i.id.as_str(), m.has, m.short())).collect::<Vec<_>>(), [("w", 0, Some(2)), ("y", 0, Some(1))]);
    }
}
