//! Storage through the real browser: save a congress, open storage again as a reload would,
//! and get the same congress back; corrupt data is copied aside exactly before any write.
//! Runs in headless Chromium (`make test`).
#![cfg(target_arch = "wasm32")]

use congress_notebook::model::{CongressDraft, CongressType};
use congress_notebook::storage::{keys, BrowserStorage, KeyValue, LoadProblem, SaveError, Store};
use congress_notebook::templates::new_congress;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear() {
    for key in BrowserStorage.keys() {
        if key.starts_with(keys::PREFIX) {
            BrowserStorage.remove(&key).unwrap();
        }
    }
}

fn sample() -> congress_notebook::model::Congress {
    let input = CongressDraft {
        unit_name: "Công đoàn cơ sở Trường Tiểu học Đồng Khởi".into(),
        upper_union: "Công đoàn Giáo dục huyện".into(),
        congress_type: CongressType::GrassrootsDelegate,
        date_text: "29/02/2028".into(),
        round: None,
    }
    .validate()
    .unwrap();
    new_congress(input, &mut congress_notebook::ids::new_id)
}

#[wasm_bindgen_test]
fn saves_and_reloads_through_local_storage() {
    clear();
    let (mut store, snapshot) = Store::open(BrowserStorage, 1);
    assert!(snapshot.congresses.is_empty());
    let mut congress = sample();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    congress.tasks[2].set_done(true, today);
    congress.tasks[3].explanation = "ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ".into();
    store.save_congress(&congress).unwrap();

    let (_, reloaded) = Store::open(BrowserStorage, 2);
    assert_eq!(reloaded.congresses, vec![congress.clone()]);
    assert_eq!(reloaded.active.as_deref(), Some(congress.id.as_str()));
    assert!(reloaded.problems.is_empty());
    let raw = BrowserStorage.get(&keys::congress(&congress.id)).unwrap().unwrap();
    assert!(raw.contains("ắ ằ ẳ ẵ ặ"), "stored as text, diacritics intact");
    clear();
}

#[wasm_bindgen_test]
fn corrupt_text_is_copied_aside_exactly() {
    clear();
    // A lone surrogate: not valid UTF-16, so it cannot even be read as a Rust string.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let bad = js_sys::JsString::from_char_code1(0xD800).concat(&JsValue::from_str("{\"schema_version\":1"));
    js_sys::Reflect::apply(
        &js_sys::Reflect::get(&storage, &"setItem".into()).unwrap().into(),
        &storage,
        &js_sys::Array::of2(&JsValue::from_str(keys::MANIFEST), &bad),
    )
    .unwrap();

    let (mut store, snapshot) = Store::open(BrowserStorage, 7);
    let qkey = keys::quarantine(7, keys::MANIFEST);
    assert!(matches!(&snapshot.problems[..], [LoadProblem::Quarantined { quarantine_key, .. }] if quarantine_key == &qkey));
    let kept = js_sys::Reflect::apply(
        &js_sys::Reflect::get(&storage, &"getItem".into()).unwrap().into(),
        &storage,
        &js_sys::Array::of1(&JsValue::from_str(&qkey)),
    )
    .unwrap();
    assert!(js_sys::Object::is(&kept, &bad), "the copy is the exact same string");
    assert!(BrowserStorage.same_value(keys::MANIFEST, &qkey), "the original and its copy hold the same value");
    // Writing over the original is now allowed, and the copy stays, still the original value.
    store.save_congress(&sample()).unwrap();
    assert!(!BrowserStorage.same_value(keys::MANIFEST, &qkey), "the original was written over");
    let still = js_sys::Reflect::apply(
        &js_sys::Reflect::get(&storage, &"getItem".into()).unwrap().into(),
        &storage,
        &js_sys::Array::of1(&JsValue::from_str(&qkey)),
    )
    .unwrap();
    assert!(js_sys::Object::is(&still, &bad), "the copy still holds the original's exact value");
    assert_eq!(store.quarantined().len(), 1);
    clear();
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_not_swallowed() {
    clear();
    let (mut store, _) = Store::open(BrowserStorage, 1);
    let mut congress = sample();
    // Far beyond the ~5 million characters localStorage holds per origin.
    congress.tasks[0].explanation = "x".repeat(6_000_000);
    assert_eq!(store.save_congress(&congress), Err(SaveError::Full));
    assert!(BrowserStorage.get(&keys::congress(&congress.id)).unwrap().is_none());
    clear();
}
