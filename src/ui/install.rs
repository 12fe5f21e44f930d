//! Installing the app and keeping its data, in the chunk `safety`: the browser's install prompt
//! (held by boot-check.js, never shown on arrival) offered once the user has a congress and has
//! just changed something; on an iPhone or iPad, which has no prompt, how to add the app to the
//! home screen; inside Zalo's or Facebook's browser, how to open it in Chrome or Safari. Once
//! installed, the app asks the browser to keep its data, and says whether it agreed.

use std::cell::{Cell, RefCell};

use js_sys::futures::JsFuture;
use js_sys::{Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsValue};

use super::clock;
use super::offline::on;
use crate::js::{call, get};
use super::state::{AppState, DeviceNotice};
use crate::model::device::{browser, Browser};
use crate::storage::preferences;

thread_local! {
    /// The browser's install prompt, while it can still be shown.
    static PROMPT: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// Set once the offer was answered (or the app installed): never made again in this page.
    static ANSWERED: Cell<bool> = const { Cell::new(false) };
}

/// Reads where the app runs and offers what fits, now or after the user's next change.
pub fn start(state: AppState) {
    let Some(window) = web_sys::window() else { return };
    let window = JsValue::from(window);
    let navigator = get(&window, "navigator");
    let user_agent = get(&navigator, "userAgent").as_string().unwrap_or_default();
    let touch_points = get(&navigator, "maxTouchPoints").as_f64().unwrap_or(0.0) as u32;
    let ios = match browser(&user_agent, touch_points) {
        Browser::InApp => {
            state.status.device.set(Some(DeviceNotice::InAppBrowser));
            return;
        }
        Browser::Ios => true,
        Browser::Other => false,
    };
    // The prompt is held (the browser's own banner never shows on arrival), offered or not.
    let early = get(&window, "soTayInstall");
    if early.is_object() {
        PROMPT.set(Some(early));
    }
    let later = Closure::<dyn FnMut(JsValue)>::new(|event: JsValue| {
        let _ = call(&event, "preventDefault", &[]);
        PROMPT.set(Some(event));
    });
    let _ = Reflect::set(&window, &"onbeforeinstallprompt".into(), &later.into_js_value());
    if installed(&window) {
        keep_data(state);
        return;
    }
    on(&window, "appinstalled", move || {
        answered(state);
        keep_data(state);
    });
    if preferences::install_declined() {
        return;
    }
    // Offered after a change (creating the first congress is one), never on arrival.
    let owner = Owner::new();
    owner.with(|| {
        Effect::new(move |ran: Option<()>| {
            let has_congress = state.congresses.with(|c| !c.is_empty());
            let can = ios || PROMPT.with_borrow(Option::is_some);
            if ran.is_some() && has_congress && can && !ANSWERED.get() && state.status.device.get_untracked().is_none() {
                state.status.device.set(Some(if ios { DeviceNotice::InstallIos } else { DeviceNotice::InstallPrompt }));
            }
        });
    });
    // The offer's watch lasts as long as the page.
    std::mem::forget(owner);
}

/// Whether the app runs installed (its own window, or from an iPhone's home screen).
fn installed(window: &JsValue) -> bool {
    let standalone = call(window, "matchMedia", &[&"(display-mode: standalone)".into()]).map(|m| get(&m, "matches").is_truthy());
    standalone.unwrap_or(false) || get(&get(window, "navigator"), "standalone").is_truthy()
}

/// Asks the browser to keep the data, unless it already does. Its agreement is told; a refusal
/// is not told at every launch (the data panel says it).
fn keep_data(state: AppState) {
    leptos::task::spawn_local(async move {
        if persisted().await != Some(true) {
            clock::ask_to_persist(move |kept| {
                if kept {
                    state.status.persisted.set(Some(true));
                }
            });
        }
    });
}

/// Whether the browser keeps this site's data for good; `None` if it cannot say.
pub async fn persisted() -> Option<bool> {
    let storage = get(&get(&JsValue::from(web_sys::window()?), "navigator"), "storage");
    let asking = call(&storage, "persisted", &[]).ok()?;
    JsFuture::from(Promise::from(asking)).await.ok()?.as_bool()
}

/// The offer is over for this page: the notice goes, the prompt is let go.
fn answered(state: AppState) {
    ANSWERED.set(true);
    state.status.device.set(None);
    PROMPT.take();
}

/// The user chose to install: the browser's own prompt; declining there is remembered.
pub fn accept(state: AppState) {
    let prompt = PROMPT.take();
    answered(state);
    let Some(prompt) = prompt else { return };
    let _ = call(&prompt, "prompt", &[]);
    leptos::task::spawn_local(async move {
        let choice = get(&prompt, "userChoice");
        if !choice.is_object() {
            return;
        }
        if let Ok(choice) = JsFuture::from(Promise::from(choice)).await {
            if get(&choice, "outcome").as_string().as_deref() == Some("dismissed") {
                let _ = preferences::decline_install();
            }
        }
    });
}

/// The user closed the notice: an offer to install is not made again in this browser.
pub fn dismiss(state: AppState, notice: DeviceNotice) {
    state.status.device.set(None);
    if notice != DeviceNotice::InAppBrowser {
        answered(state);
        let _ = preferences::decline_install();
    }
}
