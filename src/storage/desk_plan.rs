//! The upper union's own plan, kept in this browser while it is written and after it is
//! published (one key, `keys::DESK_PLAN`, with the schema version). A stored plan this version
//! cannot read is never written over: the desk says so and keeps edits on screen only.

use serde::{Deserialize, Serialize};

use super::backend::{BackendError, KeyValue};
use super::keys;
use crate::model::upper_plan::UnionPlan;

/// What the key holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredPlan {
    None,
    Plan(UnionPlan),
    /// Something this version cannot read (damaged, or written by a newer version).
    Unreadable,
}

/// Why the plan was not stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanSaveError {
    /// The browser's storage is full.
    Full,
    /// Storage is off (private mode, blocked) or failed.
    Unavailable,
    /// The key holds a plan this version cannot read, which is kept as it is.
    Unreadable,
}

#[derive(Serialize, Deserialize)]
struct Record {
    schema: u32,
    plan: UnionPlan,
}

pub fn read_plan(backend: &impl KeyValue) -> StoredPlan {
    match backend.get(keys::DESK_PLAN) {
        Ok(None) => StoredPlan::None,
        Ok(Some(text)) => match serde_json::from_str::<Record>(&text) {
            Ok(r) if r.schema == keys::SCHEMA_VERSION => StoredPlan::Plan(r.plan),
            _ => StoredPlan::Unreadable,
        },
        Err(BackendError::Unavailable(_)) => StoredPlan::None,
        Err(_) => StoredPlan::Unreadable,
    }
}

/// Stores `plan`, unless the key holds one this version cannot read.
pub fn write_plan(backend: &impl KeyValue, plan: &UnionPlan) -> Result<(), PlanSaveError> {
    if read_plan(backend) == StoredPlan::Unreadable {
        return Err(PlanSaveError::Unreadable);
    }
    let text = serde_json::to_string(&Record { schema: keys::SCHEMA_VERSION, plan: plan.clone() }).map_err(|_| PlanSaveError::Unavailable)?;
    backend.set(keys::DESK_PLAN, &text).map_err(|e| match e {
        BackendError::QuotaExceeded => PlanSaveError::Full,
        _ => PlanSaveError::Unavailable,
    })
}

#[cfg(target_arch = "wasm32")]
pub fn stored_plan() -> StoredPlan {
    read_plan(&super::BrowserStorage)
}

#[cfg(target_arch = "wasm32")]
pub fn save_plan(plan: &UnionPlan) -> Result<(), PlanSaveError> {
    write_plan(&super::BrowserStorage, plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::upper_plan::parse_units;
    use crate::model::Level;
    use crate::storage::MemoryStorage;

    fn plan() -> UnionPlan {
        UnionPlan {
            upper_union: "Công đoàn phường Bến Thành".into(),
            level: Level::Grassroots,
            round: None,
            units: parse_units("BT01; Công đoàn Trường Kết Đoàn").unwrap(),
            due_offsets: Vec::new(),
            guidance: Vec::new(),
        }
    }

    #[test]
    fn the_plan_is_kept_and_read_back() {
        let mem = MemoryStorage::default();
        assert_eq!(read_plan(&mem), StoredPlan::None);
        write_plan(&mem, &plan()).unwrap();
        assert_eq!(read_plan(&mem), StoredPlan::Plan(plan()));
    }

    #[test]
    fn an_unreadable_plan_is_never_written_over() {
        let mem = MemoryStorage::default();
        for stored in ["{not json", r#"{"schema":2,"plan":{}}"#] {
            mem.set(keys::DESK_PLAN, stored).unwrap();
            assert_eq!(read_plan(&mem), StoredPlan::Unreadable);
            assert_eq!(write_plan(&mem, &plan()), Err(PlanSaveError::Unreadable));
            assert_eq!(mem.get(keys::DESK_PLAN).unwrap().as_deref(), Some(stored));
        }
    }

    #[test]
    fn a_full_storage_is_told() {
        let mem = MemoryStorage::with_capacity(50);
        assert_eq!(write_plan(&mem, &plan()), Err(PlanSaveError::Full));
        assert_eq!(read_plan(&mem), StoredPlan::None);
    }
}
