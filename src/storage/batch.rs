//! The upper union's batch of unit files, kept in IndexedDB so it survives a reload (a thousand
//! files of 20 KB do not fit in localStorage's 5 MB). One record per unit, under its congress
//! id: `{v, row, name, file}` with the unit's row as JSON, the file's name, and the file itself
//! (a `File` is stored as it is, never read by the page). A record this version cannot read is
//! never written over: the desk then keeps its changes in memory only and says so.

use idb::{builder::ObjectStoreBuilder, Database, TransactionMode, TransactionResult};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::desk::UnitRow;

const DATABASE: &str = "congress-notebook-desk";
const UNITS: &str = "units";
/// The record layout this version writes and reads.
const RECORD_VERSION: u32 = 1;

/// A unit as stored.
pub struct StoredUnit {
    pub row: UnitRow,
    pub file_name: String,
    pub file: Option<web_sys::File>,
}

/// What opening the batch found.
pub struct Opened {
    pub units: Vec<StoredUnit>,
    /// Records that could not be read (a newer version's, or damaged): left as they are.
    pub unreadable: usize,
}

/// Why the batch could not be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchError {
    /// The browser's storage for this site is full.
    Full,
    /// IndexedDB is missing or refused (some private modes).
    Unavailable,
}

async fn open() -> Result<Database, BatchError> {
    Database::builder(DATABASE)
        .version(1)
        .add_object_store(ObjectStoreBuilder::new(UNITS))
        .build()
        .await
        .map_err(|_| BatchError::Unavailable)
}

fn get(record: &JsValue, field: &str) -> JsValue {
    js_sys::Reflect::get(record, &field.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Reads one record; `None` if this version cannot.
fn read_record(record: &JsValue) -> Option<StoredUnit> {
    if get(record, "v").as_f64() != Some(f64::from(RECORD_VERSION)) {
        return None;
    }
    let row: UnitRow = serde_json::from_str(&get(record, "row").as_string()?).ok()?;
    Some(StoredUnit { row, file_name: get(record, "name").as_string()?, file: get(record, "file").dyn_into().ok() })
}

/// Every unit kept in this browser.
pub async fn open_batch() -> Result<Opened, BatchError> {
    let db = open().await?;
    let tx = db.transaction(&[UNITS], TransactionMode::ReadOnly).map_err(|_| BatchError::Unavailable)?;
    let store = tx.object_store(UNITS).map_err(|_| BatchError::Unavailable)?;
    let records = store.get_all(None, None).map_err(|_| BatchError::Unavailable)?.await.map_err(|_| BatchError::Unavailable)?;
    let mut opened = Opened { units: Vec::new(), unreadable: 0 };
    for record in &records {
        match read_record(record) {
            Some(unit) => opened.units.push(unit),
            None => opened.unreadable += 1,
        }
    }
    db.close();
    Ok(opened)
}

/// Keeps `units` (each replacing the record of its congress id), all or none.
pub async fn keep(units: &[(&UnitRow, &str, &web_sys::File)]) -> Result<(), BatchError> {
    let db = open().await?;
    let result = write(&db, |store| {
        for (row, name, file) in units {
            let record = js_sys::Object::new();
            let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&record, &k.into(), v).map(|_| ());
            let text = serde_json::to_string(row).map_err(|_| JsValue::NULL)?;
            set("v", &RECORD_VERSION.into())?;
            set("row", &text.into())?;
            set("name", &(*name).into())?;
            set("file", file)?;
            store.put(&record, Some(&row.congress_id.as_str().into())).map_err(|_| JsValue::NULL)?;
        }
        Ok(())
    })
    .await;
    db.close();
    result
}

/// Empties the batch.
pub async fn clear() -> Result<(), BatchError> {
    let db = open().await?;
    let result = write(&db, |store| store.clear().map(|_| ()).map_err(|_| JsValue::NULL)).await;
    db.close();
    result
}

/// Deletes the whole database ("delete everything").
pub async fn forget() -> Result<(), BatchError> {
    let factory = idb::Factory::new().map_err(|_| BatchError::Unavailable)?;
    factory.delete(DATABASE).map_err(|_| BatchError::Unavailable)?.await.map_err(|_| BatchError::Unavailable)
}

/// Runs `fill` in one read-write transaction and waits for it to commit.
async fn write(db: &Database, fill: impl FnOnce(&idb::ObjectStore) -> Result<(), JsValue>) -> Result<(), BatchError> {
    let tx = db.transaction(&[UNITS], TransactionMode::ReadWrite).map_err(|_| BatchError::Unavailable)?;
    let store = tx.object_store(UNITS).map_err(|_| BatchError::Unavailable)?;
    if fill(&store).is_err() {
        let _ = tx.abort();
        return Err(BatchError::Unavailable);
    }
    match tx.await {
        Ok(TransactionResult::Committed) => Ok(()),
        Err(idb::Error::DomException(e)) if e.name() == "QuotaExceededError" => Err(BatchError::Full),
        // An aborted transaction with no error of its own: the quota is the usual reason.
        Ok(TransactionResult::Aborted) => Err(BatchError::Full),
        Err(_) => Err(BatchError::Unavailable),
    }
}
