//! Built-in data, Vietnamese first: the preset rounds and the checklist templates that a new
//! congress starts from. Content comes from the project's domain notes (shared/DOMAIN.md).

pub mod checklist;
pub mod checklist_en;
pub mod documents;
pub mod documents_en;
pub mod minutes;
pub mod personnel;
pub mod rounds;

pub use checklist::{new_congress, AppliesTo, TemplateTask, CHECKLIST};
pub use documents::{new_draft, outline, outlines_for, sample_targets, OUTLINES};
pub use rounds::{preset_round, preset_rounds};

/// A grassroots full-member congress on 15/01/2027 with ids `t1`, `t2`, …: the common
/// starting point of unit tests.
#[cfg(test)]
pub(crate) fn sample_congress() -> crate::model::Congress {
    let mut n = 0;
    let mut ids = || {
        n += 1;
        format!("t{n}")
    };
    let input = crate::model::CongressDraft {
        unit_name: "CĐCS".into(),
        upper_union: "LĐLĐ".into(),
        congress_type: crate::model::CongressType::GrassrootsFullMember,
        date_text: "15/01/2027".into(),
        round: None,
    };
    new_congress(input.validate().expect("a valid sample"), &mut ids)
}
