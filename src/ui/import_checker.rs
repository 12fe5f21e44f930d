//! Having a file checked: the import checker (one Web Worker kept for the page's life, which
//! reads the file itself) and the page's own reading of the same file, both started at once.
//! Part of the import preview's chunk, fetched when the import card is first touched.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

use super::import_panel::{ImportForm, Incoming};
use crate::format::import::{ImportError, MAX_FILE_BYTES};
use crate::format::worker::{parse_reply, Reply};
use crate::i18n;

/// The worker's script, named (with its content hash) by index.html's `import-checker` meta.
pub(super) fn checker_url() -> Option<String> {
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
pub fn start_checker() -> bool {
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
pub(super) fn check(file: web_sys::File, done: impl FnOnce(Reply) + 'static) {
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

/// Takes a picked or dropped file: refused at once if too large, else checked and read.
pub fn accept(file: web_sys::File, form: ImportForm) {
    let ImportForm { error, done, incoming, serial } = form;
    done.set(None);
    incoming.set(None);
    error.set(None);
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        error.set(Some(i18n::import_refused(&name, &i18n::import_error(&ImportError::TooLarge { bytes: size }))));
        return;
    }
    serial.update_value(|n| *n += 1);
    let this = serial.get_value();
    incoming.set(Some(Incoming { serial: this, name: name.clone(), bytes: None, accepted: false }));
    let current = move || incoming.with_untracked(|i| i.as_ref().map(|i| i.serial)) == Some(this);
    // What happens to the file, if it is still the one shown: a change, or its refusal.
    let change = move |f: &dyn Fn(&mut Incoming)| {
        if current() {
            incoming.update(|i| i.iter_mut().for_each(f));
        }
    };
    let refuse = move |reason: &str| {
        if current() {
            incoming.set(None);
            error.set(Some(i18n::import_refused(&name, reason)));
        }
    };
    // The checker and the page read the file at the same time.
    let refused = refuse.clone();
    check(file.clone(), move |reply| match reply {
        Reply::Ok => change(&|i| i.accepted = true),
        Reply::Error(message) => refused(&message),
    });
    leptos::task::spawn_local(async move {
        match js_sys::futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => {
                let bytes = Arc::new(js_sys::Uint8Array::new(&buffer).to_vec());
                change(&|i| i.bytes = Some(bytes.clone()));
            }
            Err(_) => refuse(i18n::IMPORT_FILE_UNREADABLE),
        }
    });
}
