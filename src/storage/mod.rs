//! Browser storage, and the only code that touches it. `backend` wraps localStorage (and an
//! in-memory twin for native tests); `store` opens what is stored, saves and deletes
//! congresses and names what went wrong, generic over the backend; `read` reads one key and
//! quarantines unreadable data; `manifest` keeps the list of congresses; `import` writes an
//! import all or nothing; `usage` counts the characters used; `drafts` the drafts and their
//! versions, each under its own key; `guard` the pure rules deciding what a save may write
//! when other tabs write too; `keys` the key layout and schema version; `preferences` small choices made once (the CSV
//! separator); `batch` the upper union's unit files, in IndexedDB; `desk_plan` the upper union's own plan; `congress_day` a congress's
//! elections, under a key of its own.

pub mod backend;
pub mod congress_day;
#[cfg(target_arch = "wasm32")]
pub mod batch;
pub mod desk_plan;
mod drafts;
mod guard;
mod import;
pub mod keys;
mod manifest;
pub mod preferences;
mod read;
pub mod store;
#[cfg(test)]
mod test_support;
mod usage;

pub use backend::{BackendError, KeyValue, MemoryStorage};
#[cfg(target_arch = "wasm32")]
pub use backend::BrowserStorage;
pub use import::ImportedDrafts;
pub use manifest::Manifest;
pub use read::QuarantineEntry;
pub use store::{Halt, LoadProblem, SaveError, Snapshot, Store, UnreadableReason};
pub use usage::{Usage, STORAGE_LIMIT_CHARS};
