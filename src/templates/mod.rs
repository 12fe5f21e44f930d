//! Built-in data, Vietnamese first: the preset rounds and the checklist templates that a new
//! congress starts from. Content comes from the project's domain notes (shared/DOMAIN.md).

pub mod checklist;
pub mod rounds;

pub use checklist::{new_congress, AppliesTo, TemplateTask, CHECKLIST};
pub use rounds::{preset_round, preset_rounds};
