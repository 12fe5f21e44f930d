//! The term's targets (chỉ tiêu): one list per congress, written once and shown in both the
//! term report's Part II and the resolution. `TargetForm` checks what the user typed.

use serde::{Deserialize, Serialize};

use super::names::named_enum;

named_enum! { serde:
    /// What a target's value is.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Measure {
        #[default]
        Percent = "percent",
        Number = "number",
        /// A rating or other words ("hoàn thành tốt nhiệm vụ").
        Text = "text",
    }
}

named_enum! { serde:
    /// Over what time the target is counted.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Period {
        #[default]
        PerYear = "per_year",
        Term = "term",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Target {
    pub id: String,
    /// What is measured ("Đoàn viên đạt danh hiệu lao động tiên tiến").
    pub text: String,
    pub measure: Measure,
    /// A number as the user wrote it ("95", "2,5"), or words for `Measure::Text`.
    pub value: String,
    /// "từ … trở lên" / "ít nhất …" rather than exactly.
    #[serde(default)]
    pub at_least: bool,
    /// For numbers: what is counted ("chiến sĩ thi đua").
    #[serde(default)]
    pub unit: String,
    pub period: Period,
}

impl Target {
    /// The target as one line of a document, without its number:
    /// "Đoàn viên đạt danh hiệu lao động tiên tiến: từ 95% trở lên (hằng năm)".
    pub fn sentence(&self) -> String {
        let value = match (self.measure, self.at_least) {
            (Measure::Percent, true) => format!("từ {}% trở lên", self.value),
            (Measure::Percent, false) => format!("{}%", self.value),
            (Measure::Number, at_least) => {
                let n = if self.unit.trim().is_empty() { self.value.clone() } else { format!("{} {}", self.value, self.unit.trim()) };
                if at_least { format!("ít nhất {n}") } else { n }
            }
            (Measure::Text, _) => self.value.clone(),
        };
        let period = match self.period {
            Period::PerYear => "hằng năm",
            Period::Term => "cả nhiệm kỳ",
        };
        format!("{}: {} ({})", self.text.trim(), value, period)
    }
}

/// Puts `target` in place of the one with its id (an edit), or at the end (a new one).
pub fn put(targets: &mut Vec<Target>, target: Target) {
    match targets.iter_mut().find(|t| t.id == target.id) {
        Some(slot) => *slot = target,
        None => targets.push(target),
    }
}

/// Moves the target `id` one place up the list (its number goes down by one); the first one,
/// or an id not in the list, stays where it is.
pub fn move_up(targets: &mut [Target], id: &str) {
    if let Some(at) = targets.iter().position(|t| t.id == id) {
        if at > 0 {
            targets.swap(at, at - 1);
        }
    }
}

/// The numbered lines of a target list: "1. …", "2. …".
pub fn numbered(targets: &[Target]) -> Vec<String> {
    targets.iter().enumerate().map(|(i, t)| format!("{}. {}", i + 1, t.sentence())).collect()
}

/// What the target form collects.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TargetForm {
    pub text: String,
    pub measure: Measure,
    pub value: String,
    pub at_least: bool,
    pub unit: String,
    pub period: Period,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetInputError {
    TextMissing,
    ValueMissing,
    /// A percentage that is not a number from 0 to 100.
    NotPercent,
    /// A count that is not a number of 0 or more.
    NotNumber,
}

/// Reads "95", "95,5", "95.5" (Vietnamese writes a decimal comma).
fn parse_decimal(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '.') || t.matches('.').count() > 1 {
        return None;
    }
    t.parse().ok()
}

impl TargetForm {
    pub fn from_target(t: &Target) -> Self {
        TargetForm {
            text: t.text.clone(),
            measure: t.measure,
            value: t.value.clone(),
            at_least: t.at_least,
            unit: t.unit.clone(),
            period: t.period,
        }
    }

    /// The target this form describes, or the first thing wrong with it.
    pub fn validate(&self, id: String) -> Result<Target, TargetInputError> {
        let text = self.text.trim();
        if text.is_empty() {
            return Err(TargetInputError::TextMissing);
        }
        let value = self.value.trim();
        if value.is_empty() {
            return Err(TargetInputError::ValueMissing);
        }
        match self.measure {
            Measure::Percent if !parse_decimal(value).is_some_and(|v| (0.0..=100.0).contains(&v)) => {
                return Err(TargetInputError::NotPercent)
            }
            Measure::Number if parse_decimal(value).is_none() => return Err(TargetInputError::NotNumber),
            _ => {}
        }
        Ok(Target {
            id,
            text: text.to_string(),
            measure: self.measure,
            value: value.to_string(),
            at_least: self.at_least && self.measure != Measure::Text,
            unit: if self.measure == Measure::Number { self.unit.trim().to_string() } else { String::new() },
            period: self.period,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(measure: Measure, value: &str) -> TargetForm {
        TargetForm { text: "Đoàn viên học tập nghị quyết".into(), measure, value: value.into(), ..Default::default() }
    }

    #[test]
    fn sentences_read_as_a_resolution_writes_them() {
        let t = TargetForm { at_least: true, ..form(Measure::Percent, "95") }.validate("a".into()).unwrap();
        assert_eq!(t.sentence(), "Đoàn viên học tập nghị quyết: từ 95% trở lên (hằng năm)");
        let t = TargetForm {
            text: "Giới thiệu đoàn viên ưu tú cho Đảng".into(),
            measure: Measure::Number,
            value: "5".into(),
            at_least: true,
            unit: " đoàn viên ".into(),
            period: Period::Term,
        }
        .validate("b".into())
        .unwrap();
        assert_eq!(t.sentence(), "Giới thiệu đoàn viên ưu tú cho Đảng: ít nhất 5 đoàn viên (cả nhiệm kỳ)");
        let t = TargetForm { text: "Xếp loại".into(), at_least: true, ..form(Measure::Text, "hoàn thành tốt nhiệm vụ") }
            .validate("c".into())
            .unwrap();
        assert!(!t.at_least);
        assert_eq!(numbered(&[t])[0], "1. Xếp loại: hoàn thành tốt nhiệm vụ (hằng năm)");
    }

    #[test]
    fn refuses_what_is_not_a_target() {
        assert_eq!(form(Measure::Percent, "101").validate("x".into()), Err(TargetInputError::NotPercent));
        assert_eq!(form(Measure::Percent, "chín lăm").validate("x".into()), Err(TargetInputError::NotPercent));
        assert_eq!(form(Measure::Percent, "-5").validate("x".into()), Err(TargetInputError::NotPercent));
        assert_eq!(form(Measure::Number, "1.2.3").validate("x".into()), Err(TargetInputError::NotNumber));
        assert_eq!(form(Measure::Number, " ").validate("x".into()), Err(TargetInputError::ValueMissing));
        assert_eq!(TargetForm { text: " ".into(), ..form(Measure::Number, "2") }.validate("x".into()), Err(TargetInputError::TextMissing));
        assert!(form(Measure::Percent, "95,5").validate("x".into()).is_ok());
        assert!(form(Measure::Percent, "0").validate("x".into()).is_ok());
    }

    #[test]
    fn measure_and_period_names_round_trip_and_match_serde() {
        use crate::model::names::check::{matches_serde, round_trips};
        round_trips(&Measure::ALL, Measure::name, Measure::from_name);
        matches_serde(&Measure::ALL, Measure::name);
        round_trips(&Period::ALL, Period::name, Period::from_name);
        matches_serde(&Period::ALL, Period::name);
    }

    fn list(ids: &[&str]) -> Vec<Target> {
        ids.iter().map(|id| form(Measure::Number, "5").validate(id.to_string()).unwrap()).collect()
    }

    fn ids(targets: &[Target]) -> Vec<&str> {
        targets.iter().map(|t| t.id.as_str()).collect()
    }

    #[test]
    fn a_saved_target_takes_its_own_place_or_comes_last() {
        let mut targets = list(&["a", "b"]);
        let edited = form(Measure::Percent, "90").validate("a".into()).unwrap();
        put(&mut targets, edited.clone());
        assert_eq!(ids(&targets), ["a", "b"]);
        assert_eq!(targets[0], edited);
        put(&mut targets, form(Measure::Text, "tốt").validate("c".into()).unwrap());
        assert_eq!(ids(&targets), ["a", "b", "c"]);
    }

    #[test]
    fn moving_up_swaps_with_the_one_before_and_the_first_stays() {
        let mut targets = list(&["a", "b", "c"]);
        move_up(&mut targets, "c");
        assert_eq!(ids(&targets), ["a", "c", "b"]);
        move_up(&mut targets, "c");
        assert_eq!(ids(&targets), ["c", "a", "b"]);
        move_up(&mut targets, "c");
        assert_eq!(ids(&targets), ["c", "a", "b"]);
        move_up(&mut targets, "gone");
        assert_eq!(ids(&targets), ["c", "a", "b"]);
    }
}
