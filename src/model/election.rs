//! Congress-day rules (issue 13's, no screen yet): the quorum, reconciling a tally, and who is
//! elected. Sources in `../shared/DOMAIN.md`, "Rules the app can check or compute": a quorum
//! is at least 2/3 of those summoned (Charter XII art. 10.1); a candidate is elected with more
//! than half of the ballots collected (art. 10.3; HD 28/2021; the base is a setting, the valid
//! ballots being the other usage), seats filled from the highest count down, a tie at the last
//! seat put back to the congress. Pure.

/// Whether the congress may sit: `needed` is the exact number of attendees required.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quorum {
    pub needed: u32,
    pub met: bool,
}

/// Numbers of a quorum that cannot be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuorumError {
    NobodySummoned,
    /// More present than summoned.
    PresentAboveSummoned,
}

/// The quorum of `summoned` with `present` attending: at least two thirds.
pub fn quorum(summoned: u32, present: u32) -> Result<Quorum, QuorumError> {
    if summoned == 0 {
        return Err(QuorumError::NobodySummoned);
    }
    if present > summoned {
        return Err(QuorumError::PresentAboveSummoned);
    }
    // The least n with 3n ≥ 2 × summoned.
    let needed = (2 * u64::from(summoned)).div_ceil(3) as u32;
    Ok(Quorum { needed, met: present >= needed })
}

/// What the counting board reports for one election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub seats: u32,
    pub issued: u32,
    pub collected: u32,
    pub valid: u32,
    pub invalid: u32,
    /// Votes per candidate, in the ballot list's order.
    pub votes: Vec<u32>,
}

/// The first number of a tally that does not reconcile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TallyError {
    NoSeats,
    /// More ballots collected than issued.
    CollectedAboveIssued,
    /// Valid and invalid ballots do not add up to those collected.
    ValidPlusInvalidNotCollected,
    /// Candidate (index in the ballot list) with more votes than valid ballots.
    CandidateAboveValid(usize),
    /// More votes in all than valid ballots times seats.
    VotesAboveValidTimesSeats,
}

/// Checks that a tally's numbers can all be true together.
pub fn reconcile(t: &Tally) -> Result<(), TallyError> {
    if t.seats == 0 {
        return Err(TallyError::NoSeats);
    }
    if t.collected > t.issued {
        return Err(TallyError::CollectedAboveIssued);
    }
    if u64::from(t.valid) + u64::from(t.invalid) != u64::from(t.collected) {
        return Err(TallyError::ValidPlusInvalidNotCollected);
    }
    if let Some(i) = t.votes.iter().position(|v| *v > t.valid) {
        return Err(TallyError::CandidateAboveValid(i));
    }
    let total: u64 = t.votes.iter().map(|v| u64::from(*v)).sum();
    if total > u64::from(t.valid) * u64::from(t.seats) {
        return Err(TallyError::VotesAboveValidTimesSeats);
    }
    Ok(())
}

/// The ballots a candidate needs more than half of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThresholdBase {
    /// Ballots collected, invalid ones included: the union's rule.
    #[default]
    Collected,
    /// Valid ballots only.
    Valid,
}

/// Who is elected, by index in the ballot list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// Elected, highest count first (ties in ballot-list order).
    pub elected: Vec<usize>,
    /// Over the threshold and tied for the last seats left: put back to the congress.
    pub tied: Vec<usize>,
    /// Seats left unfilled (too few over the threshold, or the tie).
    pub unfilled: u32,
}

/// The outcome of a reconciled tally.
pub fn outcome(t: &Tally, base: ThresholdBase) -> Result<Outcome, TallyError> {
    let base = match base {
        ThresholdBase::Collected => t.collected,
        ThresholdBase::Valid => t.valid,
    };
    outcome_against(t, base)
}

/// The outcome of a reconciled tally, a candidate needing more than half of `base` (another
/// number than the tally's own, such as those summoned, checked by the caller).
pub fn outcome_against(t: &Tally, base: u32) -> Result<Outcome, TallyError> {
    reconcile(t)?;
    let mut over: Vec<usize> = (0..t.votes.len()).filter(|&i| 2 * u64::from(t.votes[i]) > u64::from(base)).collect();
    super::order::sort_stable_by(&mut over, |&a, &b| t.votes[b].cmp(&t.votes[a]));
    let seats = t.seats as usize;
    let mut result = Outcome::default();
    if over.len() <= seats {
        result.elected = over;
    } else {
        // The count at the last seat: those above it are elected, those at it tied unless all fit.
        let last = t.votes[over[seats - 1]];
        result.elected = over.iter().copied().filter(|&i| t.votes[i] > last).collect();
        let at_last: Vec<usize> = over.iter().copied().filter(|&i| t.votes[i] == last).collect();
        if result.elected.len() + at_last.len() <= seats {
            result.elected.extend(at_last);
        } else {
            result.tied = at_last;
        }
    }
    result.unfilled = (seats - result.elected.len()) as u32;
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quorum_is_two_thirds_rounded_up_and_impossible_numbers_are_refused() {
        assert_eq!(quorum(150, 100), Ok(Quorum { needed: 100, met: true }));
        assert_eq!(quorum(150, 99), Ok(Quorum { needed: 100, met: false }));
        assert_eq!(quorum(100, 67), Ok(Quorum { needed: 67, met: true }), "66.67 needs 67");
        assert_eq!(quorum(100, 66).map(|q| q.met), Ok(false));
        assert_eq!(quorum(1, 1), Ok(Quorum { needed: 1, met: true }));
        assert_eq!(quorum(3, 2), Ok(Quorum { needed: 2, met: true }));
        assert_eq!(quorum(0, 0), Err(QuorumError::NobodySummoned));
        assert_eq!(quorum(10, 11), Err(QuorumError::PresentAboveSummoned));
        assert_eq!(quorum(u32::MAX, u32::MAX).map(|q| q.met), Ok(true), "no overflow");
    }

    fn tally(seats: u32, issued: u32, collected: u32, valid: u32, votes: &[u32]) -> Tally {
        Tally { seats, issued, collected, valid, invalid: collected - valid, votes: votes.to_vec() }
    }

    #[test]
    fn a_tally_that_cannot_be_true_says_which_number_is_wrong() {
        assert_eq!(reconcile(&tally(3, 100, 98, 95, &[90, 80, 70, 40])), Ok(()));
        assert_eq!(reconcile(&tally(3, 100, 101, 95, &[])), Err(TallyError::CollectedAboveIssued));
        let mut t = tally(3, 100, 98, 95, &[90]);
        t.invalid = 2;
        assert_eq!(reconcile(&t), Err(TallyError::ValidPlusInvalidNotCollected));
        assert_eq!(reconcile(&tally(3, 100, 98, 95, &[90, 96, 70])), Err(TallyError::CandidateAboveValid(1)));
        assert_eq!(reconcile(&tally(2, 100, 98, 95, &[95, 95, 1])), Err(TallyError::VotesAboveValidTimesSeats));
        assert_eq!(reconcile(&tally(2, 100, 98, 95, &[95, 95])), Ok(()), "every valid ballot kept both names");
        assert_eq!(reconcile(&tally(0, 100, 98, 95, &[])), Err(TallyError::NoSeats));
    }

    #[test]
    fn more_than_half_of_the_ballots_collected_elects_highest_first() {
        // 98 collected: 50 is more than half, 49 is not.
        let t = tally(3, 100, 98, 90, &[49, 80, 50, 85]);
        assert_eq!(outcome(&t, ThresholdBase::Collected), Ok(Outcome { elected: vec![3, 1, 2], tied: vec![], unfilled: 0 }));
        // Too few over the threshold leaves seats unfilled.
        let t = tally(3, 100, 98, 90, &[49, 80, 40]);
        assert_eq!(outcome(&t, ThresholdBase::Collected), Ok(Outcome { elected: vec![1], tied: vec![], unfilled: 2 }));
        // Against valid ballots (90), 46 is more than half.
        let t = tally(2, 100, 98, 90, &[46, 80, 30]);
        assert_eq!(outcome(&t, ThresholdBase::Collected).unwrap().elected, vec![1]);
        assert_eq!(outcome(&t, ThresholdBase::Valid).unwrap().elected, vec![1, 0]);
    }

    #[test]
    fn a_tie_at_the_last_seat_is_put_back_to_the_congress() {
        let t = tally(2, 100, 100, 100, &[70, 60, 60]);
        assert_eq!(outcome(&t, ThresholdBase::Collected), Ok(Outcome { elected: vec![0], tied: vec![1, 2], unfilled: 1 }));
        // Three seats: the two at 60 still tie for the one seat left.
        let t = tally(3, 100, 100, 100, &[70, 60, 90, 60]);
        assert_eq!(outcome(&t, ThresholdBase::Collected), Ok(Outcome { elected: vec![2, 0], tied: vec![1, 3], unfilled: 1 }));
        // Four seats: everyone over the threshold fits, tied or not.
        let t = tally(4, 100, 100, 100, &[70, 60, 90, 60]);
        assert_eq!(outcome(&t, ThresholdBase::Collected), Ok(Outcome { elected: vec![2, 0, 1, 3], tied: vec![], unfilled: 0 }));
        // A tie below the last seat is no tie at the last seat.
        let t = tally(2, 100, 100, 100, &[80, 80, 30]);
        assert_eq!(outcome(&t, ThresholdBase::Collected), Ok(Outcome { elected: vec![0, 1], tied: vec![], unfilled: 0 }));
        // An impossible tally has no outcome.
        assert_eq!(outcome(&tally(1, 10, 11, 10, &[6]), ThresholdBase::Collected), Err(TallyError::CollectedAboveIssued));
    }

    #[test]
    fn each_wrong_number_has_its_own_message() {
        use crate::i18n::{quorum_error, quorum_line, tally_error};
        let names = vec!["Nguyễn Thị Lan".to_string()];
        let messages = [
            tally_error(TallyError::NoSeats, &names),
            tally_error(TallyError::CollectedAboveIssued, &names),
            tally_error(TallyError::ValidPlusInvalidNotCollected, &names),
            tally_error(TallyError::CandidateAboveValid(0), &names),
            tally_error(TallyError::VotesAboveValidTimesSeats, &names),
        ];
        assert!(messages[3].contains("Nguyễn Thị Lan"));
        assert!(tally_error(TallyError::CandidateAboveValid(4), &names).contains("thứ 5"));
        let mut unique = messages.to_vec();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), messages.len());
        assert_ne!(quorum_error(QuorumError::NobodySummoned), quorum_error(QuorumError::PresentAboveSummoned));
        let q = quorum(150, 99).unwrap();
        assert_eq!(quorum_line(q, 99, 150, false), "Có mặt 99/150; cần ít nhất 100 (2/3 số được triệu tập): chưa đủ điều kiện tiến hành đại hội.");
        assert!(quorum_line(quorum(15, 10).unwrap(), 10, 15, true).ends_with(": đủ điều kiện tiến hành hội nghị."));
    }
}
