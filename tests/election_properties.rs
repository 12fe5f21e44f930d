//! The election rules against a second, plain reading of the Charter (XII art. 10.3, as
//! DOMAIN.md quotes it), on 10,000 random tallies from a fixed seed: "elected with more
//! than half of the ballots collected; seats filled from the highest count down; a tie at the
//! last seat is put back to the congress"; and a tally is possible only when "issued ≥
//! collected = valid + invalid, no candidate above valid, total votes ≤ valid × seats". The
//! reading below is written from that text, candidate by candidate, not from `model::election`.
//! Also: a winner always has more than half of the base, never more winners than seats, the
//! same result for any order of entry, and an impossible tally always refused.

use congress_notebook::model::congress_day::{Attendance, Base, Body, CongressDay, Count, Election, Gender, Person};
use congress_notebook::model::election::{outcome, outcome_against, reconcile, Tally, ThresholdBase};

mod common;
use common::Rng;

/// A tally as a counting board might write it, possible or not. Votes are drawn from few
/// values so that ties, also at the last seat, are common.
fn random_tally(rng: &mut Rng) -> Tally {
    let issued = rng.upto(300);
    let collected = rng.upto(issued);
    let valid = rng.upto(collected);
    let seats = rng.upto(12);
    let n = rng.upto(16) as usize;
    let levels: Vec<u32> = (0..4).map(|_| valid / 3 + rng.upto(valid - valid / 3)).collect();
    let mut t = Tally { seats, issued, collected, valid, invalid: collected - valid, votes: (0..n).map(|_| levels[rng.upto(3) as usize]).collect() };
    // One tally in four gets a number wrong the way people get them wrong.
    match rng.upto(11) {
        0 => t.collected = t.issued + 1 + rng.upto(5),
        1 => t.invalid += 1 + rng.upto(3),
        2 if n > 0 => t.votes[rng.upto(n as u32 - 1) as usize] = valid + 1 + rng.upto(5),
        _ => {}
    }
    t
}

/// Whether the numbers can all be true together, rule by rule as the text lists them.
fn possible(t: &Tally) -> bool {
    let seats_typed = t.seats >= 1;
    let issued_covers_collected = t.issued >= t.collected;
    let collected_adds_up = u64::from(t.collected) == u64::from(t.valid) + u64::from(t.invalid);
    let nobody_above_valid = t.votes.iter().all(|&v| v <= t.valid);
    let total: u64 = t.votes.iter().map(|&v| u64::from(v)).sum();
    let total_fits = total <= u64::from(t.valid) * u64::from(t.seats);
    seats_typed && issued_covers_collected && collected_adds_up && nobody_above_valid && total_fits
}

/// Candidate by candidate: over the threshold, and the seats taken by those with more votes
/// and those with as many leave room (elected), or the room left is shared by more than fit
/// (tied at the last seat).
fn elected_and_tied(votes: &[u32], base: u32, seats: u32) -> (Vec<usize>, Vec<usize>) {
    let over = |v: u32| v as u64 * 2 > base as u64;
    let (mut elected, mut tied) = (Vec::new(), Vec::new());
    for (i, &v) in votes.iter().enumerate() {
        if !over(v) {
            continue;
        }
        let above = votes.iter().filter(|&&w| over(w) && w > v).count() as u32;
        let level = votes.iter().filter(|&&w| w == v).count() as u32;
        if above + level <= seats {
            elected.push(i);
        } else if above < seats {
            tied.push(i);
        }
    }
    (elected, tied)
}

fn sorted(mut v: Vec<usize>) -> Vec<usize> {
    v.sort_unstable();
    v
}

#[test]
fn the_rules_agree_with_a_plain_reading_of_the_charter_on_random_tallies() {
    let mut rng = Rng(0x5EED_2023_2028);
    let (mut checked, mut with_tie, mut refused) = (0, 0, 0);
    for _ in 0..10_000 {
        let t = random_tally(&mut rng);
        assert_eq!(reconcile(&t).is_ok(), possible(&t), "{t:?}");
        for (rule, base) in [(ThresholdBase::Collected, t.collected), (ThresholdBase::Valid, t.valid)] {
            let Ok(o) = outcome(&t, rule) else {
                assert!(!possible(&t), "a possible tally was refused: {t:?}");
                refused += 1;
                continue;
            };
            let (elected, tied) = elected_and_tied(&t.votes, base, t.seats);
            assert_eq!(sorted(o.elected.clone()), elected, "{t:?} {rule:?}");
            assert_eq!(sorted(o.tied.clone()), tied, "{t:?} {rule:?}");
            assert_eq!(o.unfilled as usize, t.seats as usize - elected.len(), "{t:?}");
            // Every winner has more than half of the base; never more winners than seats.
            assert!(o.elected.iter().all(|&i| 2 * u64::from(t.votes[i]) > u64::from(base)));
            assert!(o.elected.len() <= t.seats as usize);
            // Highest count first.
            assert!(o.elected.windows(2).all(|w| t.votes[w[0]] >= t.votes[w[1]]));
            with_tie += usize::from(!o.tied.is_empty());
            checked += 1;
        }
    }
    // The generator reaches every case: many outcomes, ties at the last seat, refusals.
    assert!(checked >= 5_000 && with_tie >= 200 && refused >= 1_000, "{checked} {with_tie} {refused}");
}

#[test]
fn a_base_other_than_the_tallys_own_follows_the_same_reading() {
    let mut rng = Rng(42);
    for _ in 0..1_000 {
        let t = random_tally(&mut rng);
        let summoned = t.collected + rng.upto(50);
        match outcome_against(&t, summoned) {
            Ok(o) => {
                let (elected, tied) = elected_and_tied(&t.votes, summoned, t.seats);
                assert_eq!((sorted(o.elected), sorted(o.tied)), (elected, tied), "{t:?} {summoned}");
            }
            Err(_) => assert!(!possible(&t)),
        }
    }
}

fn person(i: usize) -> Person {
    const GIVEN: [&str; 6] = ["An", "Ánh", "Đức", "Dũng", "Ơn", "Ưng"];
    Person {
        id: format!("p{i}"),
        family: ["Nguyễn", "Lê", "Đặng"][i % 3].to_string(),
        middle: String::new(),
        given: GIVEN[i % GIVEN.len()].to_string(),
        gender: Gender::Female,
        // Distinct people: the same name is told apart by the year of birth.
        born: (1960 + i).to_string(),
        party_member: false,
        ethnicity: String::new(),
        position: String::new(),
        department: String::new(),
    }
}

#[test]
fn the_result_does_not_depend_on_the_order_candidates_were_entered() {
    let mut rng = Rng(7);
    let mut compared = 0;
    for _ in 0..3_000 {
        let t = random_tally(&mut rng);
        if !possible(&t) {
            continue;
        }
        let people: Vec<Person> = (0..t.votes.len()).map(person).collect();
        let count = |votes: Vec<u32>| Count { issued: t.issued, collected: t.collected, valid: t.valid, invalid: t.invalid, votes };
        let election = |candidates: Vec<String>, votes: Vec<u32>| Election {
            id: "e".into(),
            body: Body::Executive,
            round: 1,
            seats: t.seats,
            base: Base::Collected,
            candidates,
            count: Some(count(votes)),
            ballots: Vec::new(),
            ballots_again: Vec::new(),
        };
        let day = CongressDay { congress: Attendance::default(), people: people.clone(), ..Default::default() };
        let entered = election(people.iter().map(|p| p.id.clone()).collect(), t.votes.clone());
        // The same candidates and counts, entered in another order.
        let mut order: Vec<usize> = (0..people.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.upto(i as u32) as usize);
        }
        let shuffled = election(order.iter().map(|&i| people[i].id.clone()).collect(), order.iter().map(|&i| t.votes[i]).collect());
        let names = |e: &Election, which: &[usize]| which.iter().map(|&i| e.candidates[i].clone()).collect::<Vec<_>>();
        let (a, b) = (day.result(&entered).unwrap().unwrap(), day.result(&shuffled).unwrap().unwrap());
        assert_eq!(names(&entered, &a.outcome.elected), names(&shuffled, &b.outcome.elected), "{t:?}");
        assert_eq!(names(&entered, &a.outcome.tied), names(&shuffled, &b.outcome.tied), "{t:?}");
        let lines = |e: &Election, r: &congress_notebook::model::congress_day::ElectionResult| {
            r.lines.iter().map(|l| (e.candidates[l.candidate].clone(), l.votes, l.hundredths, l.standing)).collect::<Vec<_>>()
        };
        assert_eq!(lines(&entered, &a), lines(&shuffled, &b));
        compared += 1;
    }
    assert!(compared >= 1_000, "{compared}");
}
