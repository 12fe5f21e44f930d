//! Style rules that a screen loaded on demand brings in its own chunk: added to the app's
//! style sheet when the screen first opens (through the CSS object model, which the page's
//! Content-Security-Policy allows where a style element would need an exception), so that the
//! first load's CSS carries none of them.

use std::sync::atomic::{AtomicBool, Ordering};

/// Appends `rules` to the app's style sheet, once per page (`added` remembers it). Each
/// string must hold exactly one rule (the CSS object model refuses more).
pub fn add_once(added: &AtomicBool, rules: &[&str]) {
    use wasm_bindgen::JsCast;
    if added.swap(true, Ordering::Relaxed) {
        return;
    }
    let Some(sheet) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.style_sheets().get(0))
        .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok())
    else {
        return;
    };
    for rule in rules {
        let end = sheet.css_rules().map_or(0, |r| r.length());
        let _ = sheet.insert_rule_with_index(rule, end);
    }
}
