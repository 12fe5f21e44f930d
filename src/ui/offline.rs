//! The service worker from the page's side, in the chunk `safety` (started once the first
//! screen runs): registers `sw.js`, which keeps the build of the language in use for offline
//! use (the page asks for it: `keep_language`); offers a new
//! build ("Có phiên bản mới — tải lại") and applies it only when the user chooses, once what
//! waits to be saved is saved; tells a tab still on the old build that another tab applied it.
//! The browser's service worker API is called by name (`crate::js`): no JavaScript glue added
//! to the first load. The header's language switch reloads the same way (`switch_language`).

use std::cell::{Cell, RefCell};

use js_sys::{Promise, Reflect};
use js_sys::futures::JsFuture;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

use super::state::{AppState, NewBuild};
use crate::js::{call, get};

/// How often a tab left open asks the host whether there is a new build.
const UPDATE_CHECK_MS: i32 = 60 * 60 * 1000;

thread_local! {
    /// The registration, once the browser made it.
    static REGISTRATION: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Set when this tab asked for the new build: the switch to it reloads this tab.
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Sets `target.on<event>` (the API's own handler slot, so a second call replaces the first).
pub(super) fn on(target: &JsValue, event: &str, handler: impl FnMut() + 'static) {
    let handler = Closure::<dyn FnMut()>::new(handler).into_js_value();
    let _ = Reflect::set(target, &format!("on{event}").into(), &handler);
}

fn container() -> Option<JsValue> {
    let container = get(&web_sys::window()?.navigator(), "serviceWorker");
    // Missing on a page opened as a file, in old browsers and in some private modes.
    container.is_object().then_some(container)
}

fn controlled(container: &JsValue) -> bool {
    get(container, "controller").is_object()
}

/// Registers the service worker and watches for new builds.
pub fn start(state: AppState) {
    super::install::start(state);
    let Some(container) = container() else { return };
    // The first install takes over an uncontrolled page: that is no new build.
    let was_controlled = Cell::new(controlled(&container));
    on(&container, "controllerchange", move || {
        if ASKED.get() {
            reload();
        } else if was_controlled.replace(true) {
            state.status.update.set(Some(NewBuild::AppliedElsewhere));
        }
    });
    let Ok(registering) = call(&container, "register", &[&"./sw.js".into()]) else { return };
    keep_language(&container);
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(Promise::from(registering)).await else { return };
        offer_if_waiting(state, &registration);
        // A new build the browser found on its own before this ran, then any found later.
        watch_installing(state, &registration);
        let r = registration.clone();
        on(&registration, "updatefound", move || watch_installing(state, &r));
        let r = registration.clone();
        let check = Closure::<dyn FnMut()>::new(move || {
            // A refused check (offline) is tried again at the next one.
            if let Ok(p) = call(&r, "update", &[]) {
                leptos::task::spawn_local(async move {
                    let _ = JsFuture::from(Promise::from(p)).await;
                });
            }
        })
        .into_js_value();
        if let Some(w) = web_sys::window() {
            let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(check.unchecked_ref(), UPDATE_CHECK_MS);
        }
        REGISTRATION.set(Some(registration));
    });
}

/// Offers the build being installed, if any, once it is downloaded.
fn watch_installing(state: AppState, registration: &JsValue) {
    let installing = get(registration, "installing");
    if installing.is_object() {
        let r = registration.clone();
        on(&installing, "statechange", move || offer_if_waiting(state, &r));
    }
}

/// Offers the new build once it is downloaded and waits, if this page runs an older one.
fn offer_if_waiting(state: AppState, registration: &JsValue) {
    let waiting = get(registration, "waiting").is_object();
    if waiting && container().is_some_and(|c| controlled(&c)) && state.status.update.get_untracked().is_none() {
        state.status.update.set(Some(NewBuild::Ready));
    }
}

/// The user chose to reload: what waits is saved first; then the new build takes over (and
/// the page reloads when it has). False, and nothing reloaded, when a change could not be
/// saved (its banner says why).
pub fn apply(state: AppState) -> bool {
    if !state.saved() {
        return false;
    }
    let waiting = REGISTRATION.with_borrow(|r| r.as_ref().map(|r| get(r, "waiting")).filter(JsValue::is_object));
    match waiting {
        Some(worker) => {
            ASKED.set(true);
            if call(&worker, "postMessage", &[&"skip-waiting".into()]).is_err() {
                reload();
            }
        }
        // Another tab applied it already, or this tab is the one left on the old build.
        None => reload(),
    }
    true
}

/// The user chose the other interface language: what waits is saved, the choice is stored,
/// and the page loads again in that language's build (index.html picks it). Refused, saying
/// why in a banner, while a change cannot be saved, the other build's first load cannot be
/// had (offline, and not kept: the service worker keeps the language in use) or the choice
/// cannot be stored.
pub fn switch_language(state: AppState) {
    if !state.saved() {
        state.status.language_refused.set(Some(crate::i18n::LANGUAGE_UNSAVED));
        return;
    }
    leptos::task::spawn_local(async move {
        let why = if !other_build_at_hand().await {
            Some(crate::i18n::LANGUAGE_CODE_MISSING)
        } else if !crate::storage::preferences::set_language(crate::i18n::OTHER_LANGUAGE) {
            Some(crate::i18n::LANGUAGE_NOT_SAVED)
        } else {
            None
        };
        state.status.language_refused.set(why);
        if why.is_none() {
            reload();
        }
    });
}

/// Whether the other language's first load (named by index.html in `window.soTayOther`)
/// answers, from the service worker's cache or the network: only its answer's head is
/// waited for.
async fn other_build_at_hand() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(files) = get(&window, "soTayOther").dyn_into::<js_sys::Array>() else { return false };
    for file in files.iter() {
        let Ok(fetching) = call(&window, "fetch", &[&file]) else { return false };
        match JsFuture::from(Promise::from(fetching)).await {
            Ok(response) if get(&response, "ok").as_bool() == Some(true) => {}
            _ => return false,
        }
    }
    true
}

/// Asks the service worker, once one is active, to keep this interface language's build too
/// (it keeps the Vietnamese one from the first visit, and English once a page in English
/// asks); what it misses is asked for again at the next start.
fn keep_language(container: &JsValue) {
    let ready = get(container, "ready");
    if !ready.is_object() {
        return;
    }
    leptos::task::spawn_local(async move {
        let Ok(registration) = JsFuture::from(Promise::from(ready)).await else { return };
        let active = get(&registration, "active");
        if active.is_object() {
            let _ = call(&active, "postMessage", &[&format!("keep-{}", crate::i18n::LANGUAGE).into()]);
        }
    });
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
