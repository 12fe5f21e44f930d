//! Ballots entered one by one (issue 13): what a ballot says (the names struck, or invalid and
//! why), read from what the counting board types, the totals they add up to, and where two
//! people entering the same ballots disagree. Validity follows DOMAIN.md ("Ballot validity"):
//! invalid when every name is struck, when more names are kept than seats, when a name is
//! added, when it is not the board's stamped ballot, or when it carries marks; fewer names kept
//! than seats is valid; on a one-name ballot, striking the name is a vote against. Pure.

use serde::{Deserialize, Serialize};

use super::names::named_enum;

named_enum! { serde:
    /// Why a ballot is invalid, in the order the minutes list them.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum InvalidReason {
        /// Every name struck (on a ballot of more than one name).
        AllStruck = "all_struck",
        /// More names kept than seats.
        TooManyKept = "too_many_kept",
        /// A name added.
        NameAdded = "name_added",
        /// Not the board's stamped ballot.
        NotStamped = "not_stamped",
        /// It carries marks.
        Marked = "marked",
    }
}

/// One ballot as entered: the candidates struck (indices in the election's `candidates`), or
/// invalid and why.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Ballot {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub struck: Vec<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invalid: Option<InvalidReason>,
}

/// What was typed for a ballot and cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotInputError {
    /// A word that is not a number.
    NotANumber(String),
    /// A number that is no position on the ballot list (1 to its length).
    NotOnList(u32),
    /// The same position twice.
    Repeated(u32),
}

/// Reads the positions (on the ballot list, from 1) of the names struck, separated by spaces,
/// commas or semicolons; `order` maps a position to the candidate's index (`ballot_list`).
/// Empty means nothing struck. The ballot is then valid or invalid by the rules above.
pub fn read_ballot(typed: &str, order: &[usize], seats: u32) -> Result<Ballot, BallotInputError> {
    let mut struck = Vec::new();
    let mut positions = Vec::new();
    for word in typed.split([' ', ',', ';', '\t']).filter(|w| !w.is_empty()) {
        let position: u32 = word.parse().map_err(|_| BallotInputError::NotANumber(word.to_string()))?;
        let Some(&candidate) = (position as usize).checked_sub(1).and_then(|i| order.get(i)) else {
            return Err(BallotInputError::NotOnList(position));
        };
        if positions.contains(&position) {
            return Err(BallotInputError::Repeated(position));
        }
        positions.push(position);
        struck.push(candidate as u32);
    }
    struck.sort_unstable();
    let names = order.len();
    let kept = names - struck.len();
    let invalid = if names > 1 && kept == 0 {
        Some(InvalidReason::AllStruck)
    } else if kept as u64 > u64::from(seats) {
        Some(InvalidReason::TooManyKept)
    } else {
        None
    };
    Ok(Ballot { struck, invalid })
}

/// What the ballots entered add up to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BallotTotals {
    pub valid: u32,
    /// Invalid ballots by reason, in `InvalidReason::ALL`'s order.
    pub invalid: [u32; 5],
    /// Votes per candidate (in `candidates`' order): valid ballots that kept the name.
    pub votes: Vec<u32>,
}

impl BallotTotals {
    pub fn invalid_total(&self) -> u32 {
        self.invalid.iter().sum()
    }
}

/// Adds up `ballots` for `candidates` names.
pub fn totals(ballots: &[Ballot], candidates: usize) -> BallotTotals {
    let mut t = BallotTotals { votes: vec![0; candidates], ..BallotTotals::default() };
    // Each name's votes are the valid ballots less those that struck it (a name is struck at
    // most once per ballot: `read_ballot` refuses a repeated position).
    let mut struck = vec![0u32; candidates];
    for b in ballots {
        match b.invalid {
            Some(reason) => t.invalid[InvalidReason::ALL.iter().position(|r| *r == reason).unwrap_or(0)] += 1,
            None => {
                t.valid += 1;
                let mut count = |c: u32| {
                    if let Some(n) = struck.get_mut(c as usize) {
                        *n += 1;
                    }
                };
                if b.struck.windows(2).all(|w| w[0] < w[1]) {
                    b.struck.iter().for_each(|&c| count(c));
                } else {
                    // Not as `read_ballot` writes it (a record edited by hand): each name once.
                    let mut once = b.struck.clone();
                    once.sort_unstable();
                    once.dedup();
                    once.into_iter().for_each(count);
                }
            }
        }
    }
    for (v, s) in t.votes.iter_mut().zip(struck) {
        *v = t.valid - s;
    }
    t
}

/// Where two people's entries of the same ballots disagree: the numbers (from 1) of the
/// ballots entered differently, and of those only one of them entered.
pub fn disagreements(first: &[Ballot], second: &[Ballot]) -> Vec<usize> {
    (0..first.len().max(second.len())).filter(|&i| first.get(i) != second.get(i)).map(|i| i + 1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Five names; the ballot list shows candidate 4 first, then 0, 1, 2, 3.
    const ORDER: [usize; 5] = [4, 0, 1, 2, 3];

    #[test]
    fn typed_positions_become_struck_candidates_and_the_ballot_is_judged() {
        // 3 seats of 5 names: striking 2 keeps 3, valid.
        assert_eq!(read_ballot("1 3", &ORDER, 3), Ok(Ballot { struck: vec![1, 4], invalid: None }));
        assert_eq!(read_ballot(" 2,5; 4 ", &ORDER, 3), Ok(Ballot { struck: vec![0, 2, 3], invalid: None }), "fewer kept than seats is valid");
        assert_eq!(read_ballot("1", &ORDER, 3).unwrap().invalid, Some(InvalidReason::TooManyKept));
        assert_eq!(read_ballot("", &ORDER, 3).unwrap().invalid, Some(InvalidReason::TooManyKept));
        assert_eq!(read_ballot("", &ORDER, 5), Ok(Ballot::default()), "nothing struck, every name fits");
        assert_eq!(read_ballot("1 2 3 4 5", &ORDER, 3).unwrap().invalid, Some(InvalidReason::AllStruck));
        // One name for one seat: striking it is a vote against, not an invalid ballot.
        assert_eq!(read_ballot("1", &[0], 1), Ok(Ballot { struck: vec![0], invalid: None }));
        assert_eq!(read_ballot("x", &ORDER, 3), Err(BallotInputError::NotANumber("x".into())));
        assert_eq!(read_ballot("6", &ORDER, 3), Err(BallotInputError::NotOnList(6)));
        assert_eq!(read_ballot("0", &ORDER, 3), Err(BallotInputError::NotOnList(0)));
        assert_eq!(read_ballot("2 2", &ORDER, 3), Err(BallotInputError::Repeated(2)));
    }

    #[test]
    fn ballots_add_up_to_valid_invalid_by_reason_and_votes() {
        let typed = ["1 3", "2 5", "", "1 2 3 4 5"];
        let mut ballots: Vec<Ballot> = typed.iter().map(|t| read_ballot(t, &ORDER, 3).unwrap()).collect();
        ballots.push(Ballot { struck: vec![], invalid: Some(InvalidReason::Marked) });
        let t = totals(&ballots, 5);
        assert_eq!(t.valid, 2);
        assert_eq!(t.invalid, [1, 1, 0, 0, 1]);
        assert_eq!(t.invalid_total(), 3);
        // Ballot 1 struck candidates 4 and 1; ballot 2 struck 0 and 3.
        assert_eq!(t.votes, [1, 1, 2, 1, 1]);
    }

    /// Every name's votes are the valid ballots that did not strike it, whatever the order of
    /// the struck names, repeats or numbers past the list (a record edited by hand).
    #[test]
    fn votes_are_the_valid_ballots_that_kept_each_name() {
        let mut seed = 0x2545_f491_u64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as u32
        };
        for _ in 0..200 {
            let names = 1 + next(12) as usize;
            let ballots: Vec<Ballot> = (0..next(40))
                .map(|_| Ballot {
                    struck: (0..next(names as u64 + 2)).map(|_| next(names as u64 + 1)).collect(),
                    invalid: (next(5) == 0).then_some(InvalidReason::Marked),
                })
                .collect();
            let t = totals(&ballots, names);
            let valid: Vec<&Ballot> = ballots.iter().filter(|b| b.invalid.is_none()).collect();
            assert_eq!(t.valid as usize, valid.len());
            for (i, v) in t.votes.iter().enumerate() {
                let kept = valid.iter().filter(|b| !b.struck.contains(&(i as u32))).count();
                assert_eq!(*v as usize, kept, "name {i} of {names} in {ballots:?}");
            }
        }
    }

    #[test]
    fn two_entries_are_compared_ballot_by_ballot() {
        let a: Vec<Ballot> = ["1 3", "2 5", "4"].iter().map(|t| read_ballot(t, &ORDER, 4).unwrap()).collect();
        let mut b = a.clone();
        assert!(disagreements(&a, &b).is_empty());
        b[1] = read_ballot("2 4", &ORDER, 4).unwrap();
        b.push(Ballot::default());
        assert_eq!(disagreements(&a, &b), [2, 4]);
        // The order a ballot's names were typed in does not matter.
        assert!(disagreements(&[read_ballot("3 1", &ORDER, 4).unwrap()], &a[..1]).is_empty());
    }

    #[test]
    fn reasons_round_trip_through_serde() {
        use crate::model::names::check::{matches_serde, round_trips};
        round_trips(&InvalidReason::ALL, InvalidReason::name, InvalidReason::from_name);
        matches_serde(&InvalidReason::ALL, InvalidReason::name);
        let b = Ballot { struck: vec![2, 7], invalid: None };
        assert_eq!(serde_json::to_string(&b).unwrap(), r#"{"struck":[2,7]}"#);
        assert_eq!(serde_json::from_str::<Ballot>(r#"{"invalid":"marked"}"#).unwrap().invalid, Some(InvalidReason::Marked));
    }
}
