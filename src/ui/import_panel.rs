//! Bringing an exchange file in: pick it or drop it and have it checked strictly in a Web
//! Worker (so the checking code is loaded only when a file is coming, and kept running after);
//! its preview and the writing are `import_preview`, a chunk of their own.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::chunks::{self, OnDemand};
use super::state::AppState;
use crate::format::import::{ImportError, MAX_FILE_BYTES};
use crate::format::worker::{parse_reply, Reply};
use crate::i18n;

/// A file handed to the checker, and read in by the page at the same time: the preview (its
/// own chunk) reads the content from the page's copy while the checker checks the file, and
/// shows it once the verdict is `Ok`.
#[derive(Clone)]
pub struct Incoming {
    /// Counts the files of this page, so a second file builds a new preview.
    pub serial: u32,
    pub name: String,
    /// The page's copy of the file, once read.
    pub bytes: Option<Arc<[u8]>>,
    /// The checker's answer, once it came.
    pub verdict: Option<Reply>,
}

/// The worker's script, named (with its content hash) by index.html's `import-checker` meta.
fn checker_url() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=import-checker]")
        .ok()??
        .get_attribute("content")
}

type Answer = Box<dyn FnOnce(Reply)>;

/// The import checker: one Web Worker, started on the first sign that a file is coming (the
/// import card touched or a file dragged over it) and kept for the page's life, so every file
/// after the first finds it running. It answers files in the order they were sent.
struct Checker {
    worker: web_sys::Worker,
    /// The worker has said "ready": messages sent before would be lost.
    ready: bool,
    /// Files waiting for "ready".
    unsent: Vec<web_sys::File>,
    /// Who waits for each answer, in order.
    waiting: VecDeque<Answer>,
}

thread_local! {
    static CHECKER: RefCell<Option<Checker>> = const { RefCell::new(None) };
}

/// Starts the checker if it is not running. False if the browser cannot start it.
fn start_checker() -> bool {
    if CHECKER.with_borrow(Option::is_some) {
        return true;
    }
    let Some(Ok(worker)) = checker_url().map(|url| web_sys::Worker::new(&url)) else { return false };
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let text = ev.data().as_string().unwrap_or_default();
        let answer = CHECKER.with_borrow_mut(|c| {
            let c = c.as_mut()?;
            if text == "ready" {
                c.ready = true;
                for file in c.unsent.drain(..) {
                    let _ = c.worker.post_message(&file);
                }
                return None;
            }
            c.waiting.pop_front()
        });
        // Answered outside the borrow: the answer may send the next file.
        if let Some(answer) = answer {
            answer(parse_reply(&text));
        }
    });
    // A worker that failed (its script missing after an upgrade, out of memory) is dropped, its
    // files refused with a message; the next file starts a new one.
    let on_error = Closure::<dyn Fn()>::new(move || {
        let stopped = CHECKER.with_borrow_mut(Option::take);
        if let Some(c) = stopped {
            c.worker.terminate();
            for answer in c.waiting {
                answer(Reply::Error(i18n::IMPORT_CHECKER_FAILED.to_string()));
            }
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // Both live as long as the page.
    on_message.forget();
    on_error.forget();
    CHECKER.set(Some(Checker { worker, ready: false, unsent: Vec::new(), waiting: VecDeque::new() }));
    true
}

/// Has a file checked, `done` called with the answer. The worker reads the file itself (a
/// `File` crosses to a worker without its bytes being copied).
fn check(file: web_sys::File, done: impl FnOnce(Reply) + 'static) {
    if !start_checker() {
        done(Reply::Error(i18n::IMPORT_CHECKER_FAILED.to_string()));
        return;
    }
    CHECKER.with_borrow_mut(|c| {
        let Some(c) = c.as_mut() else { return };
        c.waiting.push_back(Box::new(done));
        if c.ready {
            let _ = c.worker.post_message(&file);
        } else {
            c.unsent.push(file);
        }
    });
}

/// Reads a file's bytes into the page and hands them to `done` (`None`: the browser could not).
fn read_file(file: &web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    use std::rc::Rc;
    let done = Rc::new(RefCell::new(Some(done)));
    let failed = done.clone();
    let on_load = Closure::once(move |buffer: JsValue| {
        if let Some(done) = done.borrow_mut().take() {
            done(Some(js_sys::Uint8Array::new(&buffer).to_vec()));
        }
    });
    let on_error = Closure::once(move |_: JsValue| {
        if let Some(done) = failed.borrow_mut().take() {
            done(None);
        }
    });
    let _ = file.array_buffer().then2(&on_load, &on_error);
    on_load.forget();
    on_error.forget();
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let incoming = RwSignal::new(None::<Incoming>);
    let serial = StoredValue::new(0u32);
    let checking = Memo::new(move |_| incoming.with(|i| i.as_ref().is_some_and(|i| i.verdict.is_none())));
    // A preview is built once the page has the file's bytes.
    let preview = Memo::new(move |_| incoming.with(|i| i.as_ref().filter(|i| i.bytes.is_some()).map(|i| i.serial)));
    // What happens to the file `this`, if it is still the one shown.
    let update = move |this: u32, change: &dyn Fn(&mut Option<Incoming>)| {
        if incoming.with_untracked(|i| i.as_ref().map(|i| i.serial)) == Some(this) {
            incoming.update(|i| change(i));
        }
    };
    let accept = move |file: web_sys::File| {
        done.set(None);
        incoming.set(None);
        error.set(None);
        let name = file.name();
        let size = file.size() as usize;
        if size > MAX_FILE_BYTES {
            error.set(Some(format!("{} {}", i18n::import_refused(&name), i18n::import_error(&ImportError::TooLarge { bytes: size }))));
            return;
        }
        serial.update_value(|n| *n += 1);
        let this = serial.get_value();
        incoming.set(Some(Incoming { serial: this, name: name.clone(), bytes: None, verdict: None }));
        // The checker and the page read the file at the same time.
        let refused = name.clone();
        check(file.clone(), move |reply| match reply {
            Reply::Ok => update(this, &|i| {
                if let Some(i) = i {
                    i.verdict = Some(Reply::Ok);
                }
            }),
            Reply::Error(message) => update(this, &|i| {
                *i = None;
                error.set(Some(format!("{} {message}", i18n::import_refused(&refused))));
            }),
        });
        read_file(&file, move |bytes| match bytes {
            Some(bytes) => {
                let bytes: Arc<[u8]> = bytes.into();
                update(this, &|i| {
                    if let Some(i) = i {
                        i.bytes = Some(bytes.clone());
                    }
                })
            }
            None => update(this, &|i| {
                *i = None;
                error.set(Some(format!("{} {}", i18n::import_refused(&name), i18n::IMPORT_FILE_UNREADABLE)));
            }),
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            accept(file);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            accept(file);
        }
    };
    view! {
        <section class="card import" aria-labelledby="import-title"
            // The checker starts while the user is still choosing a file.
            on:pointerdown=|_| { start_checker(); } on:focusin=|_| { start_checker(); } on:dragenter=|_| { start_checker(); }
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
            // The preview and the writing are their own chunk, fetched with the first file; it
            // reads the file's content while the checker checks it.
            {move || preview.get().map(|_| view! { <OnDemand load=chunks::import_preview(incoming, done)/> })}
        </section>
    }
}

/// The "restore the version from before the import" line for the open congress.
#[component]
pub fn RestoreReplaced() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = move || {
        state.active.with(|a| a.as_ref().is_some_and(|id| state.status.replaced.with(|r| r.contains(id))))
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

