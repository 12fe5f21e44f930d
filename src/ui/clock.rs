//! The only place the UI asks the clock (and the browser's storage-keeping promise): today's date and the time, in the browser's local
//! time zone (Asia/Ho_Chi_Minh for these users). Rules receive them as parameters.

use chrono::NaiveDate;

pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .unwrap_or_default()
}

/// Keeps `today` on the clock's date: checked every minute and whenever the tab is shown
/// again, so a tab left open past midnight moves to the new day (overdue, due soon, days
/// left, the agenda, and the day a task is ticked done).
pub fn follow_today(today: leptos::prelude::RwSignal<NaiveDate>) {
    use leptos::prelude::{GetUntracked, Set};
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else { return };
    let check = Closure::<dyn Fn()>::new(move || {
        let now = self::today();
        if today.get_untracked() != now {
            today.set(now);
        }
    });
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(check.as_ref().unchecked_ref(), 60_000);
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback("visibilitychange", check.as_ref().unchecked_ref());
    }
    // Lives as long as the page.
    check.forget();
}

pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// `dd/mm/yyyy hh:mm` in local time for a moment in ms since the epoch.
pub fn local_date_time(ms: i64) -> String {
    let t = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:02}/{:02}/{:04} {:02}:{:02}",
        t.get_date(),
        t.get_month() + 1,
        t.get_full_year(),
        t.get_hours(),
        t.get_minutes()
    )
}

/// Now in UTC, for time stamps in exported files.
pub fn now_utc() -> chrono::NaiveDateTime {
    let t = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(t.get_utc_full_year() as i32, t.get_utc_month() + 1, t.get_utc_date())
        .and_then(|d| d.and_hms_opt(t.get_utc_hours(), t.get_utc_minutes(), t.get_utc_seconds()))
        .unwrap_or_default()
}

/// A user-timing mark (`performance.mark`), for benchmarks; does nothing where unsupported.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A user-timing measure from the mark `start` to now.
pub fn measure(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start);
    }
}

/// Asks the browser to keep this site's data (`navigator.storage.persist()`) and calls
/// `answer` with true when it agreed, false when it declined or cannot say. A plain promise
/// callback: no async runtime in the wasm for one question.
pub fn ask_to_persist(answer: impl FnOnce(bool) + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(promise) = web_sys::window().and_then(|w| w.navigator().storage().persist().ok()) else {
        answer(false);
        return;
    };
    let answer = std::rc::Rc::new(std::cell::RefCell::new(Some(answer)));
    let on_ok = {
        let answer = answer.clone();
        Closure::once(move |v: wasm_bindgen::JsValue| {
            if let Some(f) = answer.borrow_mut().take() {
                f(v.as_bool() == Some(true));
            }
        })
    };
    let on_err = Closure::once(move |_: wasm_bindgen::JsValue| {
        if let Some(f) = answer.borrow_mut().take() {
            f(false);
        }
    });
    let _ = promise.then2(&on_ok, &on_err);
    // Called once by the browser, then dropped with the promise.
    on_ok.forget();
    on_err.forget();
}

/// Runs `f` once after `ms` milliseconds; returns the timer's handle for `cancel`.
pub fn after(ms: i32, f: impl FnOnce() + 'static) -> i32 {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else { return 0 };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms).unwrap_or(0)
}

pub fn cancel(handle: i32) {
    if let Some(window) = web_sys::window() {
        window.clear_timeout_with_handle(handle);
    }
}
