//! Browser storage, and the only code that touches it. `backend` wraps localStorage (and an
//! in-memory twin for native tests); `store` holds the key layout, schema versions, the
//! quarantine of unreadable data and save errors, generic over the backend; `drafts` the
//! drafts and their versions, each under its own key.

pub mod backend;
mod drafts;
pub mod keys;
pub mod store;

pub use backend::{BackendError, KeyValue, MemoryStorage};
#[cfg(target_arch = "wasm32")]
pub use backend::BrowserStorage;
pub use store::{ImportedDrafts, LoadProblem, QuarantineEntry, SaveError, Snapshot, Store, UnreadableReason, Usage, STORAGE_LIMIT_CHARS};
