//! The upper union's batch of unit files, kept in IndexedDB so it survives a reload (a thousand
//! files of 20 KB do not fit in localStorage's 5 MB). One record per unit, under its congress
//! id: `{v, row, name, file}` with the unit's row as JSON, the file's name, and the file itself
//! (a `File` is stored as it is, never read by the page). A record this version cannot read is
//! never written over: the desk then keeps its changes in memory only and says so.
//!
//! IndexedDB is called by name through `js_sys::Reflect`, each request awaited as a promise:
//! measured against the `idb` crate (0.6, with its builder), this keeps the desk's chunk 12 KB
//! smaller (66.6 against 78.7 KB gzipped) and every first load 1 KB smaller (the crate's typed
//! bindings land in the shared JavaScript).

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use js_sys::futures::JsFuture;

use crate::js::{call, get};
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

/// Waits for `target`'s `ok` event (then gives `target.result`) or one of its failure events
/// (then gives the error's name).
async fn settle(target: &JsValue, ok: &str, failures: &[&str]) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        let t = target.clone();
        let on_ok = Closure::once_into_js(move || resolve.call1(&JsValue::NULL, &get(&t, "result")));
        let _ = Reflect::set(target, &format!("on{ok}").into(), &on_ok);
        for failure in failures {
            let (t, reject) = (target.clone(), reject.clone());
            let on_fail = Closure::once_into_js(move || {
                let error = get(&t, "error");
                reject.call1(&JsValue::NULL, &get(&error, "name"))
            });
            let _ = Reflect::set(target, &format!("on{failure}").into(), &on_fail);
        }
    });
    JsFuture::from(promise).await.map_err(|name| name.as_string().unwrap_or_default())
}

async fn open() -> Result<JsValue, BatchError> {
    let factory = web_sys::window().map(|w| get(&w, "indexedDB")).filter(|f| f.is_object()).ok_or(BatchError::Unavailable)?;
    let request = call(&factory, "open", &[&DATABASE.into(), &1.into()]).map_err(|_| BatchError::Unavailable)?;
    let r = request.clone();
    let upgrade = Closure::once_into_js(move || {
        let _ = call(&get(&r, "result"), "createObjectStore", &[&UNITS.into()]);
    });
    let _ = Reflect::set(&request, &"onupgradeneeded".into(), &upgrade);
    settle(&request, "success", &["error", "blocked"]).await.map_err(|_| BatchError::Unavailable)
}

/// A transaction on the units, and its store.
fn transaction(db: &JsValue, mode: &str) -> Result<(JsValue, JsValue), BatchError> {
    let tx = call(db, "transaction", &[&UNITS.into(), &mode.into()]).map_err(|_| BatchError::Unavailable)?;
    let store = call(&tx, "objectStore", &[&UNITS.into()]).map_err(|_| BatchError::Unavailable)?;
    Ok((tx, store))
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
    let read = async {
        let (_, store) = transaction(&db, "readonly")?;
        let request = call(&store, "getAll", &[]).map_err(|_| BatchError::Unavailable)?;
        settle(&request, "success", &["error"]).await.map_err(|_| BatchError::Unavailable)
    };
    let records = read.await;
    let _ = call(&db, "close", &[]);
    let mut opened = Opened { units: Vec::new(), unreadable: 0 };
    for record in Array::from(&records?).iter() {
        match read_record(&record) {
            Some(unit) => opened.units.push(unit),
            None => opened.unreadable += 1,
        }
    }
    Ok(opened)
}

/// The file kept under `key` (`UnitRow::record_key`), if any; a record kept before keys
/// named codes (under the bare congress id) is found too.
pub async fn file_of(key: &str) -> Result<Option<web_sys::File>, BatchError> {
    let db = open().await?;
    let read = async {
        let (_, store) = transaction(&db, "readonly")?;
        let mut found = JsValue::UNDEFINED;
        for k in std::iter::once(key).chain(key.strip_prefix("id:")) {
            let request = call(&store, "get", &[&k.into()]).map_err(|_| BatchError::Unavailable)?;
            found = settle(&request, "success", &["error"]).await.map_err(|_| BatchError::Unavailable)?;
            if !found.is_undefined() {
                break;
            }
        }
        Ok::<_, BatchError>(found)
    };
    let record = read.await;
    let _ = call(&db, "close", &[]);
    Ok(read_record(&record?).and_then(|unit| unit.file))
}

/// Keeps `units` (each replacing the record of its unit, `UnitRow::record_key`), all or none.
pub async fn keep(units: &[(&UnitRow, &str, &web_sys::File)]) -> Result<(), BatchError> {
    write(|store| {
        for (row, name, file) in units {
            let record = js_sys::Object::new();
            let text = serde_json::to_string(row).map_err(|_| JsValue::NULL)?;
            Reflect::set(&record, &"v".into(), &RECORD_VERSION.into())?;
            Reflect::set(&record, &"row".into(), &text.into())?;
            Reflect::set(&record, &"name".into(), &(*name).into())?;
            Reflect::set(&record, &"file".into(), file)?;
            call(store, "put", &[&record, &row.record_key().into()])?;
        }
        Ok(())
    })
    .await
}

/// Empties the batch.
pub async fn clear() -> Result<(), BatchError> {
    write(|store| call(store, "clear", &[]).map(|_| ())).await
}

/// Deletes the whole database ("delete everything").
pub async fn forget() -> Result<(), BatchError> {
    let factory = web_sys::window().map(|w| get(&w, "indexedDB")).filter(|f| f.is_object()).ok_or(BatchError::Unavailable)?;
    let request = call(&factory, "deleteDatabase", &[&DATABASE.into()]).map_err(|_| BatchError::Unavailable)?;
    settle(&request, "success", &["error"]).await.map(|_| ()).map_err(|_| BatchError::Unavailable)
}

/// Runs `fill` in one read-write transaction and waits for it to commit.
async fn write(fill: impl FnOnce(&JsValue) -> Result<(), JsValue>) -> Result<(), BatchError> {
    let db = open().await?;
    let result = async {
        let (tx, store) = transaction(&db, "readwrite")?;
        if fill(&store).is_err() {
            let _ = call(&tx, "abort", &[]);
            return Err(BatchError::Unavailable);
        }
        match settle(&tx, "complete", &["error", "abort"]).await {
            Ok(_) => Ok(()),
            // A transaction aborted without an error of its own: the quota is the usual reason.
            Err(name) if name == "QuotaExceededError" || name.is_empty() => Err(BatchError::Full),
            Err(_) => Err(BatchError::Unavailable),
        }
    }
    .await;
    let _ = call(&db, "close", &[]);
    result
}
