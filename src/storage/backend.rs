//! Key-value backends: `BrowserStorage` over window.localStorage (through gloo-storage), and
//! `MemoryStorage`, an in-memory twin used by native tests. Values are copied between keys
//! exactly as stored, even when they are not valid text.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// The browser refused the write because its storage is full (QuotaExceededError).
    QuotaExceeded,
    /// The stored value is not valid UTF-16 text, so it cannot be read as a string.
    NotText,
    /// Storage is missing or disabled (some private modes, blocked cookies).
    Unavailable(String),
    Other(String),
}

pub trait KeyValue {
    /// The value at `key`, `None` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError>;
    fn remove(&self, key: &str) -> Result<(), BackendError>;
    fn keys(&self) -> Vec<String>;
    /// Copies the value at `from` to `to` exactly, code unit for code unit.
    fn copy_exact(&self, from: &str, to: &str) -> Result<(), BackendError>;
    /// True when both keys hold exactly the same value.
    fn same_value(&self, a: &str, b: &str) -> bool;
    /// True when `key` holds a value (without reading it as text).
    fn contains(&self, key: &str) -> bool {
        !matches!(self.get(key), Ok(None))
    }
}

/// In-memory storage with an optional capacity in characters (keys plus values, as
/// localStorage counts them), to exercise the storage-full path natively. Clones share data.
#[derive(Debug, Clone, Default)]
pub struct MemoryStorage {
    data: Rc<RefCell<BTreeMap<String, String>>>,
    capacity_chars: Option<usize>,
    /// Writes left before one fails (`fail_write`).
    fail_in: Rc<std::cell::Cell<Option<usize>>>,
    /// Every set (key, Some(value)) and remove (key, None) since `watch_writes`, as the
    /// storage events other tabs would get.
    log: Rc<RefCell<Option<Vec<Write>>>>,
}

/// A write as another tab's storage event would report it: (key, new value or None).
type Write = (String, Option<String>);

impl MemoryStorage {
    pub fn with_capacity(chars: usize) -> Self {
        Self { capacity_chars: Some(chars), ..Self::default() }
    }

    /// Makes the `n`th write from now (1 = the next) fail once, as a browser may for reasons
    /// of its own; later writes succeed.
    pub fn fail_write(&self, n: usize) {
        self.fail_in.set(Some(n));
    }

    /// Starts recording writes and removals (`writes`).
    pub fn watch_writes(&self) {
        *self.log.borrow_mut() = Some(Vec::new());
    }

    /// What was written and removed since `watch_writes`, in order.
    pub fn writes(&self) -> Vec<Write> {
        self.log.borrow().clone().unwrap_or_default()
    }

    fn note(&self, key: &str, value: Option<&str>) {
        if let Some(log) = self.log.borrow_mut().as_mut() {
            log.push((key.to_string(), value.map(str::to_string)));
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.data
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.encode_utf16().count() + v.encode_utf16().count())
            .sum()
    }
}

impl KeyValue for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        Ok(self.data.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
        if let Some(n) = self.fail_in.get() {
            self.fail_in.set(n.checked_sub(1).filter(|left| *left > 0));
            if n == 1 {
                return Err(BackendError::Other("write failed (test)".into()));
            }
        }
        if let Some(cap) = self.capacity_chars {
            let needed = key.encode_utf16().count() + value.encode_utf16().count();
            if self.used_without(key) + needed > cap {
                return Err(BackendError::QuotaExceeded);
            }
        }
        self.data.borrow_mut().insert(key.to_string(), value.to_string());
        self.note(key, Some(value));
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.data.borrow_mut().remove(key);
        self.note(key, None);
        Ok(())
    }
    fn keys(&self) -> Vec<String> {
        self.data.borrow().keys().cloned().collect()
    }
    fn copy_exact(&self, from: &str, to: &str) -> Result<(), BackendError> {
        let value = self.get(from)?.ok_or_else(|| BackendError::Other(format!("no value at {from}")))?;
        self.set(to, &value)
    }
    fn same_value(&self, a: &str, b: &str) -> bool {
        let data = self.data.borrow();
        matches!((data.get(a), data.get(b)), (Some(x), Some(y)) if x == y)
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{BackendError, KeyValue};
    use gloo_storage::{LocalStorage, Storage};
    use wasm_bindgen::{JsCast, JsValue};

    /// window.localStorage.
    #[derive(Debug, Clone, Copy, Default)]
    pub struct BrowserStorage;

    fn storage() -> Result<web_sys::Storage, BackendError> {
        // gloo-storage panics when storage is missing; ask first so a disabled storage is a
        // message, not a crash.
        let window = web_sys::window().ok_or_else(|| BackendError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(LocalStorage::raw()),
            Ok(None) => Err(BackendError::Unavailable("localStorage is null".into())),
            Err(e) => Err(BackendError::Unavailable(describe(&e))),
        }
    }

    fn describe(e: &JsValue) -> String {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| format!("{}: {}", String::from(e.name()), String::from(e.message())))
            .unwrap_or_else(|| format!("{e:?}"))
    }

    fn classify(e: JsValue) -> BackendError {
        let name = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.name()))
            .or_else(|| js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()))
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            BackendError::QuotaExceeded
        } else {
            BackendError::Other(describe(&e))
        }
    }

    /// The raw JS value at `key`: a string or null, never re-encoded.
    fn get_raw(storage: &web_sys::Storage, key: &str) -> Result<JsValue, BackendError> {
        let get: js_sys::Function = js_sys::Reflect::get(storage, &"getItem".into())
            .map_err(classify)?
            .dyn_into()
            .map_err(|_| BackendError::Other("getItem is not a function".into()))?;
        get.call1(storage, &JsValue::from_str(key)).map_err(classify)
    }

    impl KeyValue for BrowserStorage {
        fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
            let value = get_raw(&storage()?, key)?;
            if value.is_null() || value.is_undefined() {
                return Ok(None);
            }
            let text: js_sys::JsString = value.dyn_into().map_err(|_| BackendError::NotText)?;
            if !text.is_valid_utf16() {
                return Err(BackendError::NotText);
            }
            Ok(Some(String::from(text)))
        }
        fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
            storage()?.set_item(key, value).map_err(classify)
        }
        fn remove(&self, key: &str) -> Result<(), BackendError> {
            storage()?.remove_item(key).map_err(classify)
        }
        fn keys(&self) -> Vec<String> {
            let Ok(storage) = storage() else { return Vec::new() };
            let n = storage.length().unwrap_or(0);
            (0..n).filter_map(|i| storage.key(i).ok().flatten()).collect()
        }
        fn copy_exact(&self, from: &str, to: &str) -> Result<(), BackendError> {
            let storage = storage()?;
            let value = get_raw(&storage, from)?;
            if value.is_null() {
                return Err(BackendError::Other(format!("no value at {from}")));
            }
            let set: js_sys::Function = js_sys::Reflect::get(&storage, &"setItem".into())
                .map_err(classify)?
                .dyn_into()
                .map_err(|_| BackendError::Other("setItem is not a function".into()))?;
            set.call2(&storage, &JsValue::from_str(to), &value).map(|_| ()).map_err(classify)
        }
        fn contains(&self, key: &str) -> bool {
            let Ok(storage) = storage() else { return false };
            get_raw(&storage, key).map_or(true, |v| !v.is_null() && !v.is_undefined())
        }
        fn same_value(&self, a: &str, b: &str) -> bool {
            let Ok(storage) = storage() else { return false };
            match (get_raw(&storage, a), get_raw(&storage, b)) {
                (Ok(x), Ok(y)) => !x.is_null() && js_sys::Object::is(&x, &y),
                _ => false,
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::BrowserStorage;
