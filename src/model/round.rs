//! Rounds: one nationwide cycle of congresses, with the date each level must have held its
//! congress by. Rounds are data (presets in `templates::rounds`, or the user's own), never
//! hard-coded into rules.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::congress::Level;
use super::date::{parse_dmy, DateInputError};

/// "Level L must hold its congress by `date`" (on the day is allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CutOff {
    pub level: Level,
    #[serde(with = "crate::model::date::iso")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::model::date::IsoDate"))]
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Round {
    /// Stable id: `2023-2028` for the presets, a uuid for a user's own round.
    pub id: String,
    pub name: String,
    pub cut_offs: Vec<CutOff>,
    /// An example cut-off for pilot congresses (đại hội điểm), offered when a congress is
    /// marked as a pilot; each upper union sets its own.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::date::iso::option")]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::model::date::IsoDate>"))]
    pub pilot_cut_off: Option<NaiveDate>,
}

impl Round {
    /// The cut-off for `level`, if the round sets one.
    pub fn cut_off(&self, level: Level) -> Option<NaiveDate> {
        self.cut_offs.iter().find(|c| c.level == level).map(|c| c.date)
    }
}

/// The user's rounds once `incoming` ones (from an imported file) are taken in: each takes the
/// place of the round with its id, or comes after the others. `None` when that changes nothing
/// (there is nothing to save).
pub fn merge_rounds(stored: &[Round], incoming: Vec<Round>) -> Option<Vec<Round>> {
    let mut all = stored.to_vec();
    for r in incoming {
        match all.iter_mut().find(|x| x.id == r.id) {
            Some(slot) => *slot = r,
            None => all.push(r),
        }
    }
    (all != stored).then_some(all)
}

/// The rounds a congress may pick from: the presets, then the user's own, then the congress's
/// current round when it is neither (one read from a file).
pub fn round_choices(presets: Vec<Round>, own: &[Round], current: Option<Round>) -> Vec<Round> {
    let mut all = presets;
    all.extend_from_slice(own);
    if let Some(current) = current.filter(|r| !all.iter().any(|x| x.id == r.id)) {
        all.push(current);
    }
    all
}

/// What the round editor collects: a name and, per level, the date it must hold its congress
/// by (any may be left empty, at least one is needed).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RoundForm {
    pub name: String,
    pub grassroots_text: String,
    pub direct_upper_text: String,
    pub province_text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundInputError {
    NameMissing,
    /// No level has a cut-off.
    NoCutOff,
    CutOff(Level, DateInputError),
}

impl RoundForm {
    /// A round with id `id` when every field is right; every problem otherwise.
    pub fn validate(&self, id: String) -> Result<Round, Vec<RoundInputError>> {
        let mut errors = Vec::new();
        let name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            errors.push(RoundInputError::NameMissing);
        }
        let mut cut_offs = Vec::new();
        for (level, text) in [
            (Level::Grassroots, &self.grassroots_text),
            (Level::DirectUpper, &self.direct_upper_text),
            (Level::Province, &self.province_text),
        ] {
            match parse_dmy(text) {
                Ok(date) => cut_offs.push(CutOff { level, date }),
                Err(DateInputError::Empty) => {}
                Err(e) => errors.push(RoundInputError::CutOff(level, e)),
            }
        }
        if cut_offs.is_empty() && errors.iter().all(|e| !matches!(e, RoundInputError::CutOff(..))) {
            errors.push(RoundInputError::NoCutOff);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Round { id, name: name.chars().take(200).collect(), cut_offs, pilot_cut_off: None })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_custom_round_needs_a_name_and_one_cut_off() {
        let form = RoundForm {
            name: " Nhiệm kỳ  2030–2035 ".into(),
            grassroots_text: "31/12/2030".into(),
            province_text: "31/03/2031".into(),
            ..Default::default()
        };
        let round = form.validate("r1".into()).unwrap();
        assert_eq!(round.name, "Nhiệm kỳ 2030–2035");
        assert_eq!(round.cut_off(Level::Grassroots), Some(d(2030, 12, 31)));
        assert_eq!(round.cut_off(Level::DirectUpper), None);
        assert_eq!(round.cut_off(Level::Province), Some(d(2031, 3, 31)));
        assert_eq!(RoundForm::default().validate("x".into()).unwrap_err(), vec![RoundInputError::NameMissing, RoundInputError::NoCutOff]);
        let bad = RoundForm { name: "X".into(), direct_upper_text: "31/09/2030".into(), ..Default::default() };
        assert_eq!(
            bad.validate("x".into()).unwrap_err(),
            vec![RoundInputError::CutOff(Level::DirectUpper, DateInputError::NotInCalendar)]
        );
    }

    fn named(id: &str, name: &str) -> Round {
        Round { id: id.into(), name: name.into(), cut_offs: vec![], pilot_cut_off: None }
    }

    #[test]
    fn imported_rounds_replace_theirs_by_id_and_add_the_rest() {
        let stored = vec![named("a", "A"), named("b", "B")];
        let merged = merge_rounds(&stored, vec![named("b", "B (từ tệp)"), named("c", "C")]);
        assert_eq!(merged, Some(vec![named("a", "A"), named("b", "B (từ tệp)"), named("c", "C")]));
        // Rounds the user already has, unchanged: nothing to save.
        assert_eq!(merge_rounds(&stored, vec![named("a", "A")]), None);
        assert_eq!(merge_rounds(&stored, vec![]), None);
        assert_eq!(merge_rounds(&[], vec![named("a", "A")]), Some(vec![named("a", "A")]));
    }

    #[test]
    fn a_congress_picks_from_presets_own_rounds_and_its_current_one() {
        let presets = vec![named("2023-2028", "2023–2028")];
        let own = vec![named("mine", "Của tôi")];
        let ids = |rs: Vec<Round>| rs.into_iter().map(|r| r.id).collect::<Vec<_>>();
        assert_eq!(ids(round_choices(presets.clone(), &own, None)), ["2023-2028", "mine"]);
        // A round read from a file, neither a preset nor the user's: offered too, last.
        assert_eq!(ids(round_choices(presets.clone(), &own, Some(named("file", "Từ tệp")))), ["2023-2028", "mine", "file"]);
        // One already offered is not offered twice.
        assert_eq!(ids(round_choices(presets.clone(), &own, Some(named("mine", "Của tôi")))), ["2023-2028", "mine"]);
        assert_eq!(ids(round_choices(presets, &own, Some(named("2023-2028", "x")))), ["2023-2028", "mine"]);
    }
}
