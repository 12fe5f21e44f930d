//! Bringing an exchange file in: pick it or drop it and have it read strictly (in a Web Worker,
//! so the checking code is loaded only when a file is imported); its preview and the writing
//! are `import_preview`, a chunk of their own.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsValue};

use super::chunks::{self, OnDemand};
use super::state::AppState;
use crate::format::import::{ImportError, MAX_FILE_BYTES};
use crate::format::worker::{parse_reply, Reply};
use crate::i18n;
use crate::format::KeptVersions;
use crate::model::{Congress, Draft, Round};

/// A file read and accepted, waiting for the user's choice.
#[derive(Clone)]
pub struct Pending {
    pub name: String,
    pub congresses: Vec<Congress>,
    pub rounds: Vec<Round>,
    pub drafts: Vec<Draft>,
    pub versions: Vec<KeptVersions>,
}

/// The worker's script, named (with its content hash) by index.html's `import-checker` meta.
fn checker_url() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=import-checker]")
        .ok()??
        .get_attribute("content")
}

/// Has a file's bytes checked by a fresh import worker and hands over its answer. The worker
/// says "ready" once loaded; the bytes go only then (earlier messages would be lost).
fn check_in_worker(bytes: Vec<u8>, done: impl FnOnce(Reply) + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    type Answer = Rc<RefCell<Option<Box<dyn FnOnce(Reply)>>>>;
    let done: Answer = Rc::new(RefCell::new(Some(Box::new(done))));
    let finish = {
        let done = done.clone();
        move |reply: Reply| {
            if let Some(f) = done.borrow_mut().take() {
                f(reply);
            }
        }
    };
    let Some(Ok(worker)) = checker_url().map(|url| web_sys::Worker::new(&url)) else {
        finish(Reply::Error(i18n::IMPORT_CHECKER_FAILED.to_string()));
        return;
    };
    let bytes = RefCell::new(Some(bytes));
    let on_message = {
        let worker = worker.clone();
        let finish = finish.clone();
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let text = ev.data().as_string().unwrap_or_default();
            if text == "ready" {
                if let Some(b) = bytes.borrow_mut().take() {
                    let _ = worker.post_message(&js_sys::Uint8Array::from(&b[..]));
                }
                return;
            }
            worker.terminate();
            finish.clone()(parse_reply(&text));
        })
    };
    let on_error = {
        let worker = worker.clone();
        Closure::<dyn Fn()>::new(move || {
            worker.terminate();
            finish.clone()(Reply::Error(i18n::IMPORT_CHECKER_FAILED.to_string()));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // Both live as long as the worker, which ends with its answer.
    on_message.forget();
    on_error.forget();
}

/// Reads a picked or dropped file's bytes and hands them to `done`; a file over the size limit
/// is refused before it is read into memory.
fn read_file(file: web_sys::File, done: impl FnOnce(String, Result<Vec<u8>, ImportError>) + 'static) {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        done(name, Err(ImportError::TooLarge { bytes: size }));
        return;
    }
    let on_load = Closure::once(move |buffer: JsValue| done(name, Ok(js_sys::Uint8Array::new(&buffer).to_vec())));
    let _ = file.array_buffer().then(&on_load);
    on_load.forget();
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let plan = RwSignal::new(None::<Pending>);
    let checking = RwSignal::new(false);
    let shown = Memo::new(move |_| plan.with(Option::is_some));
    let accept = move |name: String, bytes: Result<Vec<u8>, ImportError>| {
        done.set(None);
        plan.set(None);
        error.set(None);
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => {
                error.set(Some(format!("{} {}", i18n::import_refused(&name), i18n::import_error(&e))));
                return;
            }
        };
        checking.set(true);
        check_in_worker(bytes, move |reply| {
            checking.set(false);
            match reply {
                Reply::Ok(accepted) => {
                    plan.set(Some(Pending {
                        name,
                        congresses: accepted.congresses,
                        rounds: accepted.rounds,
                        drafts: accepted.drafts,
                        versions: accepted.versions,
                    }))
                }
                Reply::Error(message) => error.set(Some(format!("{} {message}", i18n::import_refused(&name)))),
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            read_file(file, accept);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            read_file(file, accept);
        }
    };
    view! {
        <section class="card import" aria-labelledby="import-title"
            on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2 id="import-title">{i18n::IMPORT_TITLE}</h2>
            <p class="hint">{i18n::IMPORT_HINT}</p>
            <div class="field">
                <label for="import-file">{i18n::IMPORT_PICK}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_pick/>
            </div>
            <Show when=move || checking.get()>
                <p role="status">{i18n::IMPORT_CHECKING}</p>
            </Show>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <p class="done-message" role="status">{move || done.get()}</p>
            // The preview and the writing are their own chunk, fetched with the first file.
            {move || shown.get().then(|| view! { <OnDemand load=chunks::import_preview(plan, done)/> })}
        </section>
    }
}

/// The "restore the version from before the import" line for the open congress.
#[component]
pub fn RestoreReplaced() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = move || {
        state.active.with(|a| a.as_ref().is_some_and(|id| state.replaced.with(|r| r.contains(id))))
    };
    view! {
        <Show when=shown>
            <p class="restore-replaced">
                {i18n::REPLACED_NOTE}
                " "
                <button type="button" on:click=move |_| state.restore_replaced()>{i18n::RESTORE_REPLACED}</button>
            </p>
        </Show>
    }
}

