//! Browser APIs called by name (`js_sys::Reflect`), for the few the app uses without typed
//! `web-sys` bindings (IndexedDB, the service worker, installing, the share sheet): no
//! JavaScript glue is generated for them, so none lands in the first load.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `object[field]`, or `undefined`.
pub fn get(object: &JsValue, field: &str) -> JsValue {
    Reflect::get(object, &field.into()).unwrap_or(JsValue::UNDEFINED)
}

/// `object[method](...args)`; an error if it is no function or it throws.
pub fn call(object: &JsValue, method: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(object, method).dyn_into()?;
    f.apply(object, &args.iter().copied().collect::<Array>())
}
