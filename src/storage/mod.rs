//! Browser storage, and the only code that touches it. `backend` wraps localStorage (and an
//! in-memory twin for native tests); `store` holds the key layout, schema versions, the
//! quarantine of unreadable data and save errors, generic over the backend; `drafts` the
//! drafts and their versions, each under its own key; `guard` the pure rules deciding what a
//! save may write when other tabs write too.

pub mod backend;
mod drafts;
mod guard;
pub mod keys;
pub mod store;

pub use backend::{BackendError, KeyValue, MemoryStorage};
#[cfg(target_arch = "wasm32")]
pub use backend::BrowserStorage;
pub use store::{Halt, ImportedDrafts, LoadProblem, QuarantineEntry, SaveError, Snapshot, Store, UnreadableReason, Usage, STORAGE_LIMIT_CHARS};
