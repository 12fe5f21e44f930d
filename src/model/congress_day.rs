//! Congress day as data (issue 13): who sits (the congress, then the new executive committee's
//! first meeting), the people on ballots, and each election with its seats, ballot list,
//! threshold base and reconciled tally. The rules themselves are in `election`; this module
//! joins them to the stored data: the ballot list's order, results with percentages, further
//! rounds. Pure; kept under its own storage key by `storage::congress_day`.

use serde::{Deserialize, Serialize};

use super::ballots::Ballot;
use super::collate::sort_key;
use super::election::{outcome_against, quorum, reconcile, Outcome, Quorum, QuorumError, Tally, TallyError};
use super::names::named_enum;
use super::personnel::PersonnelPlan;

/// Everything of one congress's day, stored as one record.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CongressDay {
    /// Those summoned to the congress and those present.
    #[serde(default)]
    pub congress: Attendance,
    /// The new executive committee's first meeting: its members summoned and present.
    #[serde(default)]
    pub first_meeting: Attendance,
    /// Everyone on a ballot list, in the order entered.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Every election and further round, in the order opened.
    #[serde(default)]
    pub elections: Vec<Election>,
    /// The personnel plan: seats, structure and nominees (`personnel`).
    #[serde(default)]
    pub plan: PersonnelPlan,
    /// The congress's shows of hands, in the order taken (`decisions`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<super::decisions::Decision>,
}

/// How many were summoned to a sitting and how many came; unknown until typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Attendance {
    #[serde(default)]
    pub summoned: Option<u32>,
    #[serde(default)]
    pub present: Option<u32>,
}

impl Attendance {
    /// The quorum, once both numbers are typed.
    pub fn quorum(&self) -> Option<Result<Quorum, QuorumError>> {
        Some(quorum(self.summoned?, self.present?))
    }
}

named_enum! { serde:
    /// How a person is addressed on the ballot list ("Ông", "Bà").
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Gender {
        Male = "male",
        Female = "female",
    }
}

/// A person on a ballot list. Family, middle and given names are kept apart: many names do not
/// split by the last word.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Person {
    pub id: String,
    pub family: String,
    #[serde(default)]
    pub middle: String,
    pub given: String,
    pub gender: Gender,
    /// "yyyy" or "dd/mm/yyyy", or empty when not given (`parse_born`).
    #[serde(default)]
    pub born: String,
    /// The personnel plan's details; personal data, never in a unit file.
    #[serde(default, skip_serializing_if = "is_false")]
    pub party_member: bool,
    /// Empty when not given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ethnicity: String,
    /// Position (chức vụ).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub position: String,
    /// Department or sector (đơn vị, bộ phận).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub department: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Person {
    /// "Nguyễn Thị Lan".
    pub fn full_name(&self) -> String {
        [&self.family, &self.middle, &self.given].iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ")
    }
}

/// Why a person's details were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonInputError {
    NoFamilyName,
    NoGivenName,
    /// The date or year of birth is neither "yyyy" nor "dd/mm/yyyy" of a real day.
    Born,
    /// The change would move the person on the ballot list of an election whose ballots are
    /// entered or counted (those were read by the positions printed).
    ListInUse,
    /// The person is no longer in the day (taken off, here or in another tab).
    Gone,
}

/// Why an election cannot be opened, or a ballot list or count changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElectionRefusal {
    /// The body has its first round already: a further round comes from that round's result.
    AlreadyOpen,
    /// The chair is elected by the congress or by the new committee, not both.
    ChairTwice,
    /// Already elected to the body in an earlier round.
    ElectedBefore,
    /// A later round of the body exists: its list and seats came from this round's result.
    LaterRound,
}

/// Years of birth the app accepts.
pub const BORN_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Reads a date or year of birth as typed: empty, "1980" or "05/03/1980" (also with - or .),
/// written back as "1980" or "05/03/1980".
pub fn parse_born(text: &str) -> Result<String, PersonInputError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(String::new());
    }
    if let Ok(year) = text.parse::<i32>() {
        return if BORN_YEARS.contains(&year) && text.len() == 4 { Ok(year.to_string()) } else { Err(PersonInputError::Born) };
    }
    let parts: Vec<&str> = text.split(['/', '-', '.']).map(str::trim).collect();
    let number = |s: &str, len: std::ops::RangeInclusive<usize>| if len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None };
    match parts.as_slice() {
        [d, m, y] => match (number(d, 1..=2), number(m, 1..=2), number(y, 4..=4)) {
            (Some(d), Some(m), Some(y)) if BORN_YEARS.contains(&(y as i32)) && chrono::NaiveDate::from_ymd_opt(y as i32, m, d).is_some() => {
                Ok(format!("{d:02}/{m:02}/{y:04}"))
            }
            _ => Err(PersonInputError::Born),
        },
        _ => Err(PersonInputError::Born),
    }
}

/// (year, month, day) of a stored birth, a missing part as 0: an earlier birth sorts first.
fn born_key(born: &str) -> (u32, u32, u32) {
    let parts: Vec<u32> = born.split('/').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [y] => (*y, 0, 0),
        [d, m, y] => (*y, *m, *d),
        _ => (0, 0, 0),
    }
}

/// Checks a person's details as typed and returns the person with names tidied.
pub fn person(id: String, family: &str, middle: &str, given: &str, gender: Gender, born: &str) -> Result<Person, Vec<PersonInputError>> {
    let tidy = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut errors = Vec::new();
    let (family, middle, given) = (tidy(family), tidy(middle), tidy(given));
    if family.is_empty() {
        errors.push(PersonInputError::NoFamilyName);
    }
    if given.is_empty() {
        errors.push(PersonInputError::NoGivenName);
    }
    let born = parse_born(born).unwrap_or_else(|e| {
        errors.push(e);
        String::new()
    });
    if errors.is_empty() { Ok(Person { id, family, middle, given, gender, born, party_member: false, ethnicity: String::new(), position: String::new(), department: String::new() }) } else { Err(errors) }
}

/// A person's name, birth and gender as one text, which changes whenever any of them does.
pub fn identity_key(p: &Person) -> String {
    [p.family.as_str(), &p.middle, &p.given, &p.born, p.gender.name()].join("\u{1f}")
}

/// The ballot list's order: by given name, then family name, then middle name (Vietnamese
/// alphabetical order, `collate`), then date of birth, earliest first; then the order entered.
pub fn ballot_order(people: &[&Person]) -> Vec<usize> {
    let keys: Vec<_> = people.iter().map(|p| (sort_key(&p.given), sort_key(&p.family), sort_key(&p.middle), born_key(&p.born))).collect();
    let mut order: Vec<usize> = (0..people.len()).collect();
    super::order::sort_stable_by(&mut order, |&a, &b| keys[a].cmp(&keys[b]));
    order
}

named_enum! { serde:
    /// What an election fills, and so at which sitting it is held (DOMAIN, "Who elects whom").
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Body {
        /// Ban Chấp hành, elected by the congress.
        Executive = "executive",
        /// The chair, when the congress elects the chair directly.
        ChairAtCongress = "chair_at_congress",
        /// Delegates to the upper union's congress.
        Delegates = "delegates",
        /// Their alternates (dự khuyết).
        Alternates = "alternates",
        /// Ban Thường vụ, elected by the new committee where there is one.
        Standing = "standing",
        /// The chair, elected by the new committee.
        Chair = "chair",
        /// Deputy chairs.
        Deputies = "deputies",
        /// Ủy ban Kiểm tra, elected by the new committee (Charter XII art. 29.1).
        Inspection = "inspection",
        /// The inspection committee's chair.
        InspectionChair = "inspection_chair",
    }
}

/// Where an election is held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sitting {
    Congress,
    FirstMeeting,
}

impl Body {
    pub fn sitting(self) -> Sitting {
        match self {
            Body::Executive | Body::ChairAtCongress | Body::Delegates | Body::Alternates => Sitting::Congress,
            _ => Sitting::FirstMeeting,
        }
    }
}

named_enum! { serde:
    /// Stored names of `ThresholdBase` and the third base, those summoned.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Base {
        /// More than half of the ballots collected: the union's rule (HD 28/2021).
        #[default]
        Collected = "collected",
        /// More than half of the valid ballots.
        Valid = "valid",
        /// More than half of those summoned to the sitting.
        Summoned = "summoned",
    }
}

/// A reconciled count, as stored: `votes` follows the election's `candidates`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Count {
    pub issued: u32,
    pub collected: u32,
    pub valid: u32,
    pub invalid: u32,
    pub votes: Vec<u32>,
}

/// One election, or a further round of one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Election {
    pub id: String,
    pub body: Body,
    /// 1 for the first vote; a further round among the tied, or for seats left, is 2, 3…
    #[serde(default = "first_round")]
    pub round: u32,
    pub seats: u32,
    #[serde(default)]
    pub base: Base,
    /// Ids of `CongressDay::people`, in the order added (the ballot list sorts them).
    #[serde(default)]
    pub candidates: Vec<String>,
    /// The count, once entered and reconciled.
    #[serde(default)]
    pub count: Option<Count>,
    /// Ballots entered one by one (`ballots`), in the order entered: the log for the minutes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ballots: Vec<Ballot>,
    /// The same ballots entered again by a second person, to compare.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ballots_again: Vec<Ballot>,
}

impl Election {
    /// The ballot list changed: a count and ballots entered for the old list no longer apply.
    pub fn clear_counts(&mut self) {
        self.count = None;
        self.ballots.clear();
        self.ballots_again.clear();
    }
}

fn first_round() -> u32 {
    1
}

/// Why a count cannot be used: one of its numbers, or the base it is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountError {
    Tally(TallyError),
    /// More ballots issued than people present at the sitting.
    IssuedAbovePresent,
    /// The base is those summoned, and their number is not typed.
    NoSummoned,
    /// The ballots collected outnumber those summoned.
    CollectedAboveSummoned,
}

/// One candidate's line of a result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultLine {
    /// Index in the election's `candidates`.
    pub candidate: usize,
    pub votes: u32,
    /// Hundredths of a percent of the base, rounded half up (5234 is 52,34%).
    pub hundredths: u32,
    pub standing: Standing,
}

/// What the count made of a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Elected,
    /// Over the threshold, tied at the last seat: a further vote among the tied.
    Tied,
    /// Over the threshold but below those who filled the seats.
    NotElectedOver,
    /// Not more than half of the base.
    NotElected,
}

/// The result of a counted election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElectionResult {
    /// The number the threshold is more than half of.
    pub base: u32,
    /// Least votes to be elected: more than half of `base`.
    pub needed: u32,
    /// Highest count first; equal counts in the ballot list's order.
    pub lines: Vec<ResultLine>,
    pub outcome: Outcome,
}

/// Hundredths of a percent of `of`, rounded half up.
pub fn hundredths(part: u32, of: u32) -> u32 {
    if of == 0 {
        return 0;
    }
    ((u64::from(part) * 20_000 + u64::from(of)) / (2 * u64::from(of))) as u32
}

/// "52,34": a percentage to two decimals with the Vietnamese decimal comma.
pub fn percent_text(hundredths: u32) -> String {
    format!("{},{:02}", hundredths / 100, hundredths % 100)
}

impl CongressDay {
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// Corrects a person's name, gender and birth, checked as `person` checks them. Refused
    /// when it would change the order of a ballot list whose ballots are entered or counted;
    /// a spelling corrected without moving anyone is taken (the letter and minutes need it).
    pub fn correct_person(&mut self, id: &str, family: &str, middle: &str, given: &str, gender: Gender, born: &str) -> Result<(), Vec<PersonInputError>> {
        let corrected = person(id.to_string(), family, middle, given, gender, born)?;
        let in_use: Vec<usize> = (0..self.elections.len()).filter(|&i| self.elections[i].count.is_some() || !self.elections[i].ballots.is_empty() || !self.elections[i].ballots_again.is_empty()).collect();
        let before: Vec<Vec<usize>> = in_use.iter().map(|&i| self.ballot_list(&self.elections[i])).collect();
        let mut next = self.clone();
        let Some(p) = next.people.iter_mut().find(|p| p.id == id) else { return Err(vec![PersonInputError::Gone]) };
        (p.family, p.middle, p.given, p.gender, p.born) = (corrected.family, corrected.middle, corrected.given, corrected.gender, corrected.born);
        if in_use.iter().zip(&before).any(|(&i, b)| next.ballot_list(&next.elections[i]) != *b) {
            return Err(vec![PersonInputError::ListInUse]);
        }
        *self = next;
        Ok(())
    }

    pub fn attendance(&self, sitting: Sitting) -> Attendance {
        match sitting {
            Sitting::Congress => self.congress,
            Sitting::FirstMeeting => self.first_meeting,
        }
    }

    pub fn election(&self, id: &str) -> Option<&Election> {
        self.elections.iter().find(|e| e.id == id)
    }

    /// The candidates of an election in ballot-list order, as indices into its `candidates`
    /// (a candidate whose person is missing sorts last).
    pub fn ballot_list(&self, election: &Election) -> Vec<usize> {
        let found: Vec<(usize, &Person)> =
            election.candidates.iter().enumerate().filter_map(|(i, id)| self.person(id).map(|p| (i, p))).collect();
        let people: Vec<&Person> = found.iter().map(|(_, p)| *p).collect();
        let mut order: Vec<usize> = ballot_order(&people).into_iter().map(|k| found[k].0).collect();
        let missing: Vec<usize> = (0..election.candidates.len()).filter(|i| !order.contains(i)).collect();
        order.extend(missing);
        order
    }

    /// A text that changes whenever the ballot list of `election` may (its names, their
    /// spelling and births, their order): a screen redraws or sorts the list again only then.
    pub fn ballot_list_key(&self, election: &Election) -> String {
        let mut key = String::new();
        for c in &election.candidates {
            key.push_str(c);
            if let Some(p) = self.person(c) {
                key.push('\u{1f}');
                key.push_str(&identity_key(p));
            }
            key.push('\u{1e}');
        }
        key
    }

    /// Checks a count typed for `election` (its `votes` in the order of `candidates`) against
    /// the tally rules and the sitting's attendance.
    pub fn check_count(&self, election: &Election, count: &Count) -> Result<u32, CountError> {
        let tally = as_tally(election, count);
        reconcile(&tally).map_err(CountError::Tally)?;
        let attendance = self.attendance(election.body.sitting());
        if attendance.present.is_some_and(|p| count.issued > p) {
            return Err(CountError::IssuedAbovePresent);
        }
        match election.base {
            Base::Collected => Ok(count.collected),
            Base::Valid => Ok(count.valid),
            Base::Summoned => match attendance.summoned {
                None => Err(CountError::NoSummoned),
                Some(s) if count.collected > s => Err(CountError::CollectedAboveSummoned),
                Some(s) => Ok(s),
            },
        }
    }

    /// The result of a counted election; `None` before its count is entered.
    pub fn result(&self, election: &Election) -> Option<Result<ElectionResult, CountError>> {
        let count = election.count.as_ref()?;
        Some(self.result_of(election, count))
    }

    fn result_of(&self, election: &Election, count: &Count) -> Result<ElectionResult, CountError> {
        let base = self.check_count(election, count)?;
        // The rules see candidates in ballot-list order, so that equal counts list that way.
        let order = self.ballot_list(election);
        let mut tally = as_tally(election, count);
        tally.votes = order.iter().map(|&i| count.votes.get(i).copied().unwrap_or(0)).collect();
        let outcome = outcome_against(&tally, base).map_err(CountError::Tally)?;
        let back = |k: usize| order[k];
        let outcome = Outcome {
            elected: outcome.elected.iter().map(|&k| back(k)).collect(),
            tied: outcome.tied.iter().map(|&k| back(k)).collect(),
            unfilled: outcome.unfilled,
        };
        let votes = |i: usize| count.votes.get(i).copied().unwrap_or(0);
        let mut lines: Vec<ResultLine> = order
            .iter()
            .map(|&i| ResultLine {
                candidate: i,
                votes: votes(i),
                hundredths: hundredths(votes(i), base),
                standing: if outcome.elected.contains(&i) {
                    Standing::Elected
                } else if outcome.tied.contains(&i) {
                    Standing::Tied
                } else if 2 * u64::from(votes(i)) > u64::from(base) {
                    Standing::NotElectedOver
                } else {
                    Standing::NotElected
                },
            })
            .collect();
        // Stable: equal counts keep the ballot list's order.
        super::order::sort_stable_by(&mut lines, |a, b| b.votes.cmp(&a.votes));
        Ok(ElectionResult { base, needed: base / 2 + 1, lines, outcome })
    }

    /// A further round of a counted election: the seats left, among the tied if there was a
    /// tie at the last seat, else among every candidate not elected (the user may then take
    /// names off or add those nominated anew). `None` when every seat is filled.
    pub fn further_round(&self, election: &Election, id: String) -> Option<Election> {
        let result = self.result(election)?.ok()?;
        if result.outcome.unfilled == 0 {
            return None;
        }
        let pick: Vec<usize> = if result.outcome.tied.is_empty() {
            (0..election.candidates.len()).filter(|i| !result.outcome.elected.contains(i)).collect()
        } else {
            result.outcome.tied.clone()
        };
        Some(Election {
            id,
            body: election.body,
            round: election.round + 1,
            seats: result.outcome.unfilled,
            base: election.base,
            candidates: pick.into_iter().map(|i| election.candidates[i].clone()).collect(),
            count: None,
            ballots: Vec::new(),
            ballots_again: Vec::new(),
        })
    }

    /// Whether a first round for `body` may be opened. Deputies may be elected one vote each,
    /// so they may have several.
    pub fn can_open(&self, body: Body) -> Result<(), ElectionRefusal> {
        let has = |b: Body| self.elections.iter().any(|e| e.body == b);
        if body != Body::Deputies && has(body) {
            return Err(ElectionRefusal::AlreadyOpen);
        }
        match body {
            Body::Chair if has(Body::ChairAtCongress) => Err(ElectionRefusal::ChairTwice),
            Body::ChairAtCongress if has(Body::Chair) => Err(ElectionRefusal::ChairTwice),
            _ => Ok(()),
        }
    }

    /// Whether the ballot list or the count of `election` may change: not once a later round
    /// of its body was opened from its result.
    pub fn can_change(&self, election: &Election) -> Result<(), ElectionRefusal> {
        let later = self.elections.iter().any(|e| e.body == election.body && e.body != Body::Deputies && e.round > election.round);
        if later { Err(ElectionRefusal::LaterRound) } else { Ok(()) }
    }

    /// Whether `person` may go on the ballot list of `election`: not someone elected to the
    /// same body in an earlier round.
    pub fn can_add_candidate(&self, election: &Election, person: &str) -> Result<(), ElectionRefusal> {
        self.can_change(election)?;
        let before = self.elections.iter().filter(|e| e.body == election.body && e.round < election.round && e.id != election.id);
        let elected = before.filter_map(|e| self.result(e)?.ok().map(|r| r.outcome.elected.iter().any(|&i| e.candidates[i] == person))).any(|x| x);
        if elected { Err(ElectionRefusal::ElectedBefore) } else { Ok(()) }
    }

    /// Everyone elected to `body` over all its rounds, as person ids, in the order elected, each
    /// once.
    pub fn elected_to(&self, body: Body) -> Vec<String> {
        let mut rounds: Vec<&Election> = self.elections.iter().filter(|e| e.body == body).collect();
        super::order::sort_stable_by(&mut rounds, |a, b| a.round.cmp(&b.round));
        let mut elected: Vec<String> = Vec::new();
        // Someone elected in two rounds (put on a further round's list again) counts once.
        for id in rounds
            .into_iter()
            .filter_map(|e| self.result(e)?.ok().map(|r| r.outcome.elected.into_iter().map(|i| e.candidates[i].clone()).collect::<Vec<_>>()))
            .flatten()
        {
            if !elected.contains(&id) {
                elected.push(id);
            }
        }
        elected
    }
}

fn as_tally(election: &Election, count: &Count) -> Tally {
    Tally {
        seats: election.seats,
        issued: count.issued,
        collected: count.collected,
        valid: count.valid,
        invalid: count.invalid,
        votes: count.votes.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(id: &str, family: &str, middle: &str, given: &str, born: &str) -> Person {
        person(id.into(), family, middle, given, Gender::Female, born).unwrap()
    }

    #[test]
    fn names_are_tidied_and_required_and_births_are_a_year_or_a_day() {
        let lan = person("1".into(), "  Nguyễn ", "Thị  Ngọc", "Lan ", Gender::Female, "5/3/1980").unwrap();
        assert_eq!(lan.full_name(), "Nguyễn Thị Ngọc Lan");
        assert_eq!(lan.born, "05/03/1980");
        assert_eq!(parse_born("1975"), Ok("1975".into()));
        assert_eq!(parse_born(""), Ok(String::new()));
        for bad in ["75", "31/02/1980", "1899", "01/01/2200", "abc", "01975"] {
            assert_eq!(parse_born(bad), Err(PersonInputError::Born), "{bad}");
        }
        assert_eq!(
            person("2".into(), " ", "", "", Gender::Male, "x"),
            Err(vec![PersonInputError::NoFamilyName, PersonInputError::NoGivenName, PersonInputError::Born])
        );
        // Ethnic-minority names: no middle name, a given name of two words.
        let name = person("3".into(), "Hờ", "", "A Dính", Gender::Male, "").unwrap();
        assert_eq!(name.full_name(), "Hờ A Dính");
    }

    #[test]
    fn the_ballot_list_sorts_by_given_then_family_then_middle_then_birth() {
        let people = [
            p("a", "Trần", "Văn", "Đức", ""),
            p("b", "Nguyễn", "Thị", "Dung", ""),
            p("c", "Lê", "Thị", "Ánh", ""),
            p("d", "Nguyễn", "Văn", "Anh", ""),
            p("e", "Đặng", "Thị", "Anh", ""),
            p("f", "Nguyễn", "Văn", "Anh", "1970"),
            p("g", "Nguyễn", "Hữu", "Anh", ""),
            p("h", "Phạm", "Thị", "Ưng", ""),
            p("i", "Hồ", "Thị", "Ơn", "02/01/1980"),
            p("j", "Hồ", "Thị", "Ơn", "01/02/1979"),
        ];
        let refs: Vec<&Person> = people.iter().collect();
        let ids: Vec<&str> = ballot_order(&refs).into_iter().map(|i| people[i].id.as_str()).collect();
        // Anh (Đặng before Nguyễn; then Hữu before Văn; no birth before 1970), Ánh, Dung, Đức, Ơn
        // (1979 before 1980), Ưng.
        assert_eq!(ids, ["e", "g", "d", "f", "c", "b", "a", "j", "i", "h"]);
    }

    #[test]
    fn percentages_round_half_up_to_two_decimals() {
        assert_eq!(hundredths(1, 3), 3333);
        assert_eq!(hundredths(2, 3), 6667);
        assert_eq!(hundredths(1, 8), 1250);
        assert_eq!(hundredths(5, 5), 10000);
        assert_eq!(hundredths(0, 0), 0);
        assert_eq!(percent_text(5234), "52,34");
        assert_eq!(percent_text(10000), "100,00");
        assert_eq!(percent_text(7), "0,07");
    }

    fn day_with(votes: &[(&str, u32)], seats: u32, base: Base) -> (CongressDay, Election) {
        let people: Vec<Person> = votes.iter().map(|(given, _)| p(given, "Nguyễn", "Văn", given, "")).collect();
        let election = Election {
            id: "e1".into(),
            body: Body::Executive,
            round: 1,
            seats,
            base,
            candidates: people.iter().map(|p| p.id.clone()).collect(),
            count: Some(Count { issued: 100, collected: 98, valid: 96, invalid: 2, votes: votes.iter().map(|(_, v)| *v).collect() }),
            ballots: Vec::new(),
            ballots_again: Vec::new(),
        };
        let day = CongressDay {
            congress: Attendance { summoned: Some(120), present: Some(100) },
            people,
            elections: vec![election.clone()],
            ..Default::default()
        };
        (day, election)
    }

    #[test]
    fn a_person_is_corrected_unless_a_used_ballot_list_would_change_order() {
        // Counted list: An, Bình, Cúc, Dũng (ids are the given names).
        let (mut day, _) = day_with(&[("An", 70), ("Bình", 55), ("Cúc", 10), ("Dũng", 55)], 2, Base::Collected);
        // A spelling that keeps the order: taken, tidied, with the gender and birth.
        assert_eq!(day.correct_person("Bình", " Nguyễn ", "Văn", "Bính", Gender::Male, "5/3/1980"), Ok(()));
        let b = day.person("Bình").unwrap();
        assert_eq!((b.full_name().as_str(), b.gender, b.born.as_str()), ("Nguyễn Văn Bính", Gender::Male, "05/03/1980"));
        // A given name that moves Bính after Cúc: refused, nothing changed.
        let before = day.clone();
        assert_eq!(day.correct_person("Bình", "Nguyễn", "Văn", "Đào", Gender::Male, ""), Err(vec![PersonInputError::ListInUse]));
        assert_eq!(day, before);
        // Bad input: refused as when the person was added.
        assert_eq!(day.correct_person("Bình", "", "", "Bính", Gender::Male, "1800"), Err(vec![PersonInputError::NoFamilyName, PersonInputError::Born]));
        assert_eq!(day, before);
        // Without a count or ballots, the list may change order (it is not printed for good).
        day.elections[0].count = None;
        assert_eq!(day.correct_person("Bình", "Nguyễn", "Văn", "Đào", Gender::Male, ""), Ok(()));
        assert_eq!(day.person("Bình").unwrap().given, "Đào");
        // Ballots entered one by one hold the list as much as a count.
        day.elections[0].ballots.push(crate::model::ballots::Ballot::default());
        assert_eq!(day.correct_person("Bình", "Nguyễn", "Văn", "Anh", Gender::Male, ""), Err(vec![PersonInputError::ListInUse]));
        // Someone no longer in the day is not "corrected".
        assert_eq!(day.correct_person("Không có", "Nguyễn", "Văn", "Anh", Gender::Male, ""), Err(vec![PersonInputError::Gone]));
    }

    #[test]
    fn an_election_is_opened_once_and_an_earlier_round_is_kept_as_its_further_round_found_it() {
        // Four names for two seats: An elected; Bình and Dũng tie at 55 for the second seat.
        let (mut day, first) = day_with(&[("An", 70), ("Bình", 55), ("Cúc", 10), ("Dũng", 55)], 2, Base::Collected);
        assert_eq!(day.can_open(Body::Executive), Err(ElectionRefusal::AlreadyOpen));
        assert_eq!(day.can_open(Body::Inspection), Ok(()));
        assert_eq!(day.can_change(&first), Ok(()));
        let second = day.further_round(&first, "e2".into()).unwrap();
        assert_eq!(second.candidates, ["Bình", "Dũng"]);
        day.elections.push(second.clone());
        // The first round's list and count are what the second came from.
        assert_eq!(day.can_change(&first), Err(ElectionRefusal::LaterRound));
        assert_eq!(day.can_add_candidate(&first, "Cúc"), Err(ElectionRefusal::LaterRound));
        assert_eq!(day.can_change(&second), Ok(()));
        // An, elected in the first round, cannot stand again; Cúc, not elected, can.
        assert_eq!(day.can_add_candidate(&second, "An"), Err(ElectionRefusal::ElectedBefore));
        assert_eq!(day.can_add_candidate(&second, "Cúc"), Ok(()));
        // The chair: at the congress or by the new committee, not both; deputies one vote each.
        let mut chair = second.clone();
        (chair.id, chair.body, chair.round) = ("c".into(), Body::ChairAtCongress, 1);
        day.elections.push(chair);
        assert_eq!(day.can_open(Body::Chair), Err(ElectionRefusal::ChairTwice));
        let mut deputy = second;
        (deputy.id, deputy.body, deputy.round) = ("d".into(), Body::Deputies, 1);
        day.elections.push(deputy);
        assert_eq!(day.can_open(Body::Deputies), Ok(()));
    }

    #[test]
    fn a_result_lists_highest_first_with_percentages_of_its_base() {
        let (day, e) = day_with(&[("Bình", 55), ("An", 70), ("Cúc", 10), ("Dũng", 55)], 2, Base::Collected);
        let r = day.result(&e).unwrap().unwrap();
        assert_eq!((r.base, r.needed), (98, 50));
        let names: Vec<&str> = r.lines.iter().map(|l| e.candidates[l.candidate].as_str()).collect();
        // Equal counts in ballot-list order: Bình before Dũng.
        assert_eq!(names, ["An", "Bình", "Dũng", "Cúc"]);
        assert_eq!(r.lines[0].hundredths, 7143);
        assert_eq!(r.lines.iter().map(|l| l.standing).collect::<Vec<_>>(), [Standing::Elected, Standing::Tied, Standing::Tied, Standing::NotElected]);
        // Against those summoned (120), 61 is more than half (60 would not be).
        let (day, e) = day_with(&[("Bình", 40), ("An", 80), ("Cúc", 10), ("Dũng", 61)], 2, Base::Summoned);
        let r = day.result(&e).unwrap().unwrap();
        assert_eq!((r.base, r.needed), (120, 61));
        assert_eq!(r.outcome.elected.iter().map(|&i| e.candidates[i].as_str()).collect::<Vec<_>>(), ["An", "Dũng"]);
    }

    #[test]
    fn a_count_that_does_not_fit_the_sitting_is_refused() {
        let (mut day, mut e) = day_with(&[("An", 80)], 1, Base::Collected);
        day.congress.present = Some(90);
        let count = e.count.clone().unwrap();
        assert_eq!(day.check_count(&e, &count), Err(CountError::IssuedAbovePresent));
        day.congress = Attendance::default();
        assert_eq!(day.check_count(&e, &count), Ok(98));
        e.base = Base::Summoned;
        assert_eq!(day.check_count(&e, &count), Err(CountError::NoSummoned));
        day.congress.summoned = Some(97);
        assert_eq!(day.check_count(&e, &count), Err(CountError::CollectedAboveSummoned));
        let mut wrong = count.clone();
        wrong.invalid = 3;
        assert_eq!(day.check_count(&e, &wrong), Err(CountError::Tally(TallyError::ValidPlusInvalidNotCollected)));
    }

    #[test]
    fn a_tie_at_the_last_seat_opens_a_further_round_among_the_tied() {
        let (mut day, e) = day_with(&[("Bình", 55), ("An", 70), ("Cúc", 10), ("Dũng", 55)], 2, Base::Collected);
        let next = day.further_round(&e, "e2".into()).unwrap();
        assert_eq!((next.round, next.seats, next.body), (2, 1, Body::Executive));
        assert_eq!(next.candidates, ["Bình", "Dũng"]);
        assert_eq!(next.count, None);
        // The further round elects Dũng: the body's elected are An then Dũng.
        let mut counted = next.clone();
        counted.count = Some(Count { issued: 100, collected: 100, valid: 100, invalid: 0, votes: vec![45, 55] });
        day.elections.push(counted);
        assert_eq!(day.elected_to(Body::Executive), ["An", "Dũng"]);
        // Too few over the threshold: the further round is among all not elected.
        let (day, e) = day_with(&[("Bình", 40), ("An", 80), ("Cúc", 49)], 2, Base::Collected);
        assert_eq!(day.further_round(&e, "e2".into()).unwrap().candidates, ["Bình", "Cúc"]);
        // Every seat filled: no further round.
        let (day, e) = day_with(&[("Bình", 70), ("An", 80)], 2, Base::Collected);
        assert_eq!(day.further_round(&e, "e2".into()), None);
    }

    #[test]
    fn enum_names_round_trip_through_serde() {
        use crate::model::names::check::{matches_serde, round_trips};
        round_trips(&Body::ALL, Body::name, Body::from_name);
        matches_serde(&Body::ALL, Body::name);
        round_trips(&Gender::ALL, Gender::name, Gender::from_name);
        matches_serde(&Gender::ALL, Gender::name);
        round_trips(&Base::ALL, Base::name, Base::from_name);
        matches_serde(&Base::ALL, Base::name);
    }
}
