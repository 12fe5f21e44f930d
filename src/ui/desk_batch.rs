//! Loading a batch of unit files for the upper union's desk: a pool of import checkers (one
//! Web Worker per core, up to four) reads the files in parallel, each answering with the
//! unit's row only; the page hears each answer in turn and the screen stays responsive. Part
//! of the desk's chunk.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};

use super::import_checker::checker_url;
use crate::format::desk::{parse_reply, DeskReply};
use crate::i18n;

/// Most workers a batch starts (each holds a copy of the checker's code).
const MAX_WORKERS: usize = 4;

/// How many workers pay: one per core the browser reports, at least one.
fn worker_count(files: usize) -> usize {
    let cores = web_sys::window().map_or(1.0, |w| w.navigator().hardware_concurrency()) as usize;
    cores.clamp(1, MAX_WORKERS).min(files.max(1))
}

struct Slot {
    worker: web_sys::Worker,
    ready: bool,
    /// The index of the file it is reading.
    busy: Option<usize>,
    /// Failed: takes no more files.
    dead: bool,
}

struct Batch {
    slots: Vec<Slot>,
    queue: VecDeque<(usize, web_sys::File)>,
    answer: Rc<dyn Fn(usize, DeskReply)>,
    left: usize,
}

impl Batch {
    /// Gives slot `i` its next file, if it is free.
    fn feed(&mut self, i: usize) {
        let slot = &mut self.slots[i];
        if !slot.ready || slot.busy.is_some() || slot.dead {
            return;
        }
        if let Some((index, file)) = self.queue.pop_front() {
            slot.busy = Some(index);
            let message = js_sys::Array::of2(&file, &"desk".into());
            if slot.worker.post_message(&message).is_err() {
                slot.busy = None;
                self.queue.push_front((index, file));
                slot.dead = true;
            }
        }
    }
}

/// Reads `files`, calling `answer(index, reply)` once per file (in the order answers come)
/// and `finished()` after the last. Files the workers cannot read (their code failed to load)
/// are refused with a message, never lost from the count.
pub fn load(files: Vec<web_sys::File>, answer: impl Fn(usize, DeskReply) + 'static, finished: impl Fn() + 'static) {
    let total = files.len();
    if total == 0 {
        finished();
        return;
    }
    let finished = Rc::new(finished);
    let batch: Rc<RefCell<Option<Batch>>> = Rc::new(RefCell::new(None));
    let answer: Rc<dyn Fn(usize, DeskReply)> = Rc::new(answer);
    let Some(url) = checker_url() else {
        for i in 0..total {
            answer(i, DeskReply::Refused(i18n::IMPORT_CHECKER_FAILED.to_string()));
        }
        finished();
        return;
    };
    // Hands out an answer, outside the batch's borrow (it may touch signals), and finishes the
    // batch after the last one.
    let settle = {
        let batch = batch.clone();
        let finished = finished.clone();
        move |index: usize, reply: DeskReply| {
            let answer = batch.borrow().as_ref().map(|b| b.answer.clone());
            if let Some(answer) = answer {
                answer(index, reply);
            }
            let done = batch.borrow_mut().as_mut().is_some_and(|b| {
                b.left -= 1;
                b.left == 0
            });
            if done {
                if let Some(b) = batch.borrow_mut().take() {
                    b.slots.iter().for_each(|s| s.worker.terminate());
                }
                finished();
            }
        }
    };
    let settle = Rc::new(settle);
    let mut slots = Vec::new();
    for i in 0..worker_count(total) {
        let Ok(worker) = web_sys::Worker::new(&url) else { continue };
        let on_message = {
            let batch = batch.clone();
            let settle = settle.clone();
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let text = ev.data().as_string().unwrap_or_default();
                let answered = {
                    let mut guard = batch.borrow_mut();
                    let Some(b) = guard.as_mut() else { return };
                    if text == "ready" {
                        b.slots[i].ready = true;
                        None
                    } else {
                        b.slots[i].busy.take()
                    }
                };
                if let Some(index) = answered {
                    settle(index, parse_reply(&text));
                }
                if let Some(b) = batch.borrow_mut().as_mut() {
                    b.feed(i);
                }
            })
        };
        // A worker that fails gives its file and, if it was the last, every waiting file back
        // as refused.
        let on_error = {
            let batch = batch.clone();
            let settle = settle.clone();
            Closure::<dyn Fn()>::new(move || {
                let refused: Vec<usize> = {
                    let mut guard = batch.borrow_mut();
                    let Some(b) = guard.as_mut() else { return };
                    b.slots[i].dead = true;
                    b.slots[i].worker.terminate();
                    let mut refused: Vec<usize> = b.slots[i].busy.take().into_iter().collect();
                    if b.slots.iter().all(|s| s.dead) {
                        refused.extend(b.queue.drain(..).map(|(index, _)| index));
                    }
                    refused
                };
                for index in refused {
                    settle(index, DeskReply::Refused(i18n::IMPORT_CHECKER_FAILED.to_string()));
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The handlers live as long as the page (a few hundred bytes a batch): the last one
        // ends the batch from inside itself, where it could not be dropped.
        on_message.forget();
        on_error.forget();
        slots.push(Slot { worker, ready: false, busy: None, dead: false });
    }
    if slots.is_empty() {
        for i in 0..total {
            answer(i, DeskReply::Refused(i18n::IMPORT_CHECKER_FAILED.to_string()));
        }
        finished();
        return;
    }
    *batch.borrow_mut() = Some(Batch {
        slots,
        queue: files.into_iter().enumerate().collect(),
        answer,
        left: total,
    });
}
