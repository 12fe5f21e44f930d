//! The import checker, run in a Web Worker that the page loads only when a file is imported:
//! it receives the file (a `File`, read here with `FileReaderSync`, or its bytes) and posts back
//! `format::worker::reply`. Keeping the strict reader here keeps its code out of the app's
//! first load. The page keeps one running for its life: it answers files in turn. For the
//! upper union's desk, a file comes as `[file, "desk"]` and the answer is the unit's row
//! (`format::desk::reply`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use congress_notebook::format::{desk, worker};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        // A batch file for the desk, or a file to import.
        let (data, for_desk) = match data.dyn_ref::<js_sys::Array>() {
            Some(pair) => (pair.get(0), true),
            None => (data, false),
        };
        let bytes = match data.dyn_ref::<web_sys::Blob>() {
            Some(file) => web_sys::FileReaderSync::new()
                .and_then(|r| r.read_as_array_buffer(file))
                .ok()
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec()),
            None => Some(js_sys::Uint8Array::new(&data).to_vec()),
        };
        let reply = match (bytes, for_desk) {
            (Some(bytes), true) => desk::reply(&bytes),
            (Some(bytes), false) => worker::reply(&bytes),
            (None, true) => desk::unreadable_file(),
            (None, false) => worker::unreadable_file(),
        };
        let _ = answer.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point would be lost: the page waits for this one first.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
