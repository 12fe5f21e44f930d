//! The congress domain as plain Rust: congresses, rounds, checklist tasks and the date rules.
//! No web dependencies: everything here compiles and is tested natively. Rules that depend on
//! the current day take `today` as a parameter.

pub mod ballots;
pub mod checklist;
pub mod collate;
pub mod congress_day;
pub mod congress;
pub mod date;
pub mod decisions;
pub mod deadline;
pub mod device;
pub mod desk;
pub mod draft;
pub mod election;
pub mod filter;
pub mod letterhead;
mod names;
pub mod order;
pub mod personnel;
pub mod reminder;
pub mod results;
pub mod round;
pub mod search;
pub mod targets;
pub mod task_form;
pub mod upper_plan;

pub use checklist::{Basis, DueRule, Phase, Status, Task};
pub use congress::{Congress, CongressDraft, CongressEdit, CongressKind, CongressType, InputError, Level, RemovedTask};
pub use deadline::{Urgency, DUE_SOON_DAYS};
pub use round::{CutOff, Round, RoundForm, RoundInputError};
pub use task_form::{DueKind, TaskForm, TaskInputError};
pub use draft::{DocSymbol, DocumentKind, Draft, DraftStatus, Section, Version};
pub use letterhead::{Letterhead, LetterheadInputError};
pub use targets::{Measure, Period, Target, TargetForm, TargetInputError};
