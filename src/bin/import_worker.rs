//! The import checker, run in a Web Worker that the page loads only when a file is imported:
//! it receives the file's bytes and posts back `format::worker::reply`. Keeping the strict
//! reader here keeps its code out of the app's first load.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let bytes = js_sys::Uint8Array::new(&ev.data()).to_vec();
        let reply = congress_notebook::format::worker::reply(&bytes);
        let _ = answer.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point would be lost: the page waits for this one first.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
