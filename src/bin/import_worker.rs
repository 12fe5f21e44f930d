//! The import checker, run in a Web Worker that the page loads only when a file is imported:
//! it receives the file (a `File`, read here with `FileReaderSync`, or its bytes) and posts back
//! `format::worker::reply`. Keeping the strict reader here keeps its code out of the app's
//! first load. The page keeps one running for its life: it answers files in turn.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let answer = scope.clone();
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let data = ev.data();
        let reply = match data.dyn_ref::<web_sys::Blob>() {
            Some(file) => match web_sys::FileReaderSync::new().and_then(|r| r.read_as_array_buffer(file)) {
                Ok(buffer) => congress_notebook::format::worker::reply(&js_sys::Uint8Array::new(&buffer).to_vec()),
                Err(_) => congress_notebook::format::worker::unreadable_file(),
            },
            None => congress_notebook::format::worker::reply(&js_sys::Uint8Array::new(&data).to_vec()),
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
