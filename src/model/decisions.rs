//! Decisions the congress takes by show of hands (Charter XII art. 10.2: its bodies, the
//! number of seats, the ballot list), recorded for the minutes: what was decided, and those in
//! favour, against and abstaining, checked against those present. The app records and
//! reports the share of those present; it does not judge the decision. Pure.

use serde::{Deserialize, Serialize};

use super::names::named_enum;

named_enum! { serde:
    /// What a show of hands decided.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Subject {
        /// Đoàn chủ tịch.
        Presidium = "presidium",
        /// Đoàn thư ký.
        Secretariat = "secretariat",
        /// Ban thẩm tra tư cách đại biểu.
        CredentialsBoard = "credentials_board",
        /// Ban bầu cử.
        ElectionBoard = "election_board",
        /// The number of seats of the executive committee.
        Seats = "seats",
        /// The ballot list.
        BallotList = "ballot_list",
        /// The agenda, the working rules, the resolution…
        Other = "other",
    }
}

/// One show of hands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Decision {
    pub id: String,
    pub subject: Subject,
    /// What was put to the vote: names, a number, a text.
    #[serde(default)]
    pub detail: String,
    pub in_favour: u32,
    #[serde(default)]
    pub against: u32,
    #[serde(default)]
    pub abstaining: u32,
}

/// Why a show of hands was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionError {
    /// "Other" needs a text saying what was decided.
    NoDetail,
    /// More hands than people present.
    AbovePresent,
}

/// Checks a show of hands as typed, against those present when known.
pub fn decision(id: String, subject: Subject, detail: &str, in_favour: u32, against: u32, abstaining: u32, present: Option<u32>) -> Result<Decision, DecisionError> {
    let detail = detail.split_whitespace().collect::<Vec<_>>().join(" ");
    if subject == Subject::Other && detail.is_empty() {
        return Err(DecisionError::NoDetail);
    }
    let hands = u64::from(in_favour) + u64::from(against) + u64::from(abstaining);
    if present.is_some_and(|p| hands > u64::from(p)) {
        return Err(DecisionError::AbovePresent);
    }
    Ok(Decision { id, subject, detail, in_favour, against, abstaining })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_show_of_hands_is_tidied_and_never_counts_more_hands_than_people_present() {
        let d = decision("1".into(), Subject::Presidium, "  Ông An,  Bà Bình ", 27, 0, 1, Some(28)).unwrap();
        assert_eq!((d.detail.as_str(), d.in_favour, d.abstaining), ("Ông An, Bà Bình", 27, 1));
        assert_eq!(decision("2".into(), Subject::Seats, "9", 27, 1, 1, Some(28)), Err(DecisionError::AbovePresent));
        assert!(decision("3".into(), Subject::Seats, "9", 27, 1, 1, None).is_ok(), "unknown attendance: nothing to check against");
        assert_eq!(decision("4".into(), Subject::Other, " ", 1, 0, 0, None), Err(DecisionError::NoDetail));
        assert!(decision("5".into(), Subject::Other, "Thông qua nghị quyết", 28, 0, 0, Some(28)).is_ok());
    }
}
