//! Rounds: one nationwide cycle of congresses, with the date each level must have held its
//! congress by. Rounds are data (presets in `templates::rounds`, or the user's own), never
//! hard-coded into rules.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::congress::Level;

/// "Level L must hold its congress by `date`" (on the day is allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CutOff {
    pub level: Level,
    #[serde(with = "crate::model::date::iso")]
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// Stable id: `2023-2028` for the presets, a uuid for a user's own round.
    pub id: String,
    pub name: String,
    pub cut_offs: Vec<CutOff>,
    /// An example cut-off for pilot congresses (đại hội điểm), offered when a congress is
    /// marked as a pilot; each upper union sets its own.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::model::date::iso::option")]
    pub pilot_cut_off: Option<NaiveDate>,
}

impl Round {
    /// The cut-off for `level`, if the round sets one.
    pub fn cut_off(&self, level: Level) -> Option<NaiveDate> {
        self.cut_offs.iter().find(|c| c.level == level).map(|c| c.date)
    }
}
