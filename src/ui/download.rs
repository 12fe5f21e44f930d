//! Hands a file to the user: on a phone, the system share sheet (straight to Zalo or e-mail)
//! where the browser says it can share that file (`navigator.canShare`: Safari on iOS can,
//! Chromium refuses .json, .docx and .ics); the browser's download otherwise (a Blob and a
//! temporary link), and always on a desktop.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use crate::js::{call, get};

pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    download(file_name, &JsValue::from_str(text), mime)
}

pub fn download_bytes(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), JsValue> {
    download(file_name, &js_sys::Uint8Array::from(bytes), mime)
}

fn download(file_name: &str, part: &JsValue, mime: &str) -> Result<(), JsValue> {
    let parts = Array::of1(part);
    if shared(file_name, &parts, mime) {
        return Ok(());
    }
    save(file_name, &parts, mime)
}

/// Offers the file to the share sheet if this is a phone whose browser can share it; a share
/// that fails other than by the user's cancelling falls back to the download.
fn shared(file_name: &str, parts: &Array, mime: &str) -> bool {
    let Some(window) = web_sys::window().map(JsValue::from) else { return false };
    let navigator = get(&window, "navigator");
    let phone = call(&window, "matchMedia", &[&"(pointer: coarse)".into()]).is_ok_and(|m| get(&m, "matches").is_truthy());
    let Ok(file_type) = get(&window, "File").dyn_into::<Function>() else { return false };
    if !phone || !get(&navigator, "canShare").is_function() {
        return false;
    }
    let options = Object::new();
    let _ = Reflect::set(&options, &"type".into(), &mime.into());
    let Ok(file) = Reflect::construct(&file_type, &Array::of3(parts, &file_name.into(), &options)) else { return false };
    let data = Object::new();
    let _ = Reflect::set(&data, &"files".into(), &Array::of1(&file));
    if !call(&navigator, "canShare", &[&data]).is_ok_and(|yes| yes.is_truthy()) {
        return false;
    }
    let Ok(sharing) = call(&navigator, "share", &[&data]) else { return false };
    let (name, parts, mime) = (file_name.to_string(), parts.clone(), mime.to_string());
    leptos::task::spawn_local(async move {
        if let Err(e) = js_sys::futures::JsFuture::from(js_sys::Promise::from(sharing)).await {
            if get(&e, "name").as_string().as_deref() != Some("AbortError") {
                let _ = save(&name, &parts, &mime);
            }
        }
    });
    true
}

/// The browser's download.
fn save(file_name: &str, parts: &Array, mime: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let document = window.document().ok_or_else(|| JsValue::from_str("no document"))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&link)?;
    link.click();
    link.remove();
    // Revoke later: revoking at once cancels the download in some browsers.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}
