//! The app's Vietnamese order (`model::collate`) against the browser's own collator,
//! `Intl.Collator('vi')`, on names as unions and ballots have them. Runs in headless Chromium
//! (`make test`).
#![cfg(target_arch = "wasm32")]

use congress_notebook::model::collate::compare;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NAMES: [&str; 48] = [
    "Nguyễn Văn An", "Nguyễn Văn Ân", "Nguyễn Văn Ăn", "Nguyễn văn an", "Nguyễn Văn Anh", "Nguyễn Văn Ánh",
    "Trần Thị Bích", "Trần Thị Bình", "Đặng Văn Đức", "Dương Văn Dũng", "Đỗ Thị Đào", "Do Thi Dao",
    "Lê Thị Hà", "Lê Thị Hạ", "Lê Thị Hả", "Lê Thị Hã", "Lê Thị Há", "Lê Thị Ha", "Lê Thị Hằng", "Lê Thị Hăng",
    "Phạm Ngọc Ơn", "Phạm Ngọc Ôn", "Phạm Ngọc On", "Phạm Ngọc Ớn", "Vũ Thị Ưng", "Vũ Thị Ủng", "Vũ Thị Uyên",
    "Hoàng Thị Ê", "Hoàng Thị Em", "Hoàng Thị Ếch", "Công đoàn Trường THCS số 2", "Công đoàn Trường THCS số 10",
    "Công đoàn Trường THCS Lê Lợi", "Công đoàn Trường Tiểu học A", "Công đoàn trường tiểu học a", "Công đoàn cơ sở Xã Yên Lạc",
    "Công đoàn Công ty CP Điện lực", "Công đoàn Công ty Cổ phần", "Tôn Nữ Thị Ninh", "Tôn Thất Hùng", "Y Moan Niê",
    "H'Hen Niê", "Lò Văn Páo", "Quách Thị Quyên", "Kiều Thị Kim", "Giáp Văn Giang", "Chu Văn Châu", "Bùi Thị Xuân",
];

#[wasm_bindgen_test]
fn sorts_as_the_browsers_vietnamese_collator() {
    let locales = js_sys::Array::of1(&JsValue::from_str("vi"));
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let browser = |a: &str, b: &str| {
        let r = collator.compare().call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b)).unwrap();
        r.as_f64().unwrap().partial_cmp(&0.0).unwrap()
    };
    let mut ours: Vec<&str> = NAMES.to_vec();
    ours.sort_by(|a, b| compare(a, b));
    let mut theirs: Vec<&str> = NAMES.to_vec();
    theirs.sort_by(|a, b| browser(a, b));
    assert_eq!(ours, theirs);
    // Every pair, not only the sorted order.
    for a in NAMES {
        for b in NAMES {
            assert_eq!(compare(a, b), browser(a, b), "{a} / {b}");
        }
    }
}

/// The ballot list's order (given name, then family name, then middle name) against the
/// browser's collator field by field, on names with Đ, Ư, Ơ, Ă, Â, Ê, Ô and all five tones.
#[wasm_bindgen_test]
fn the_ballot_list_sorts_as_the_browser_field_by_field() {
    use congress_notebook::model::congress_day::{ballot_order, person, Gender, Person};
    const PEOPLE: [(&str, &str, &str); 24] = [
        ("Nguyễn", "Văn", "An"), ("Trần", "Thị", "Ân"), ("Lê", "Thị", "Ăn"), ("Đặng", "Thị", "Anh"), ("Dương", "Văn", "Anh"),
        ("Nguyễn", "Hữu", "Anh"), ("Nguyễn", "Văn", "Ánh"), ("Phạm", "Ngọc", "Ơn"), ("Phạm", "Ngọc", "Ôn"), ("Phạm", "Ngọc", "On"),
        ("Vũ", "Thị", "Ưng"), ("Vũ", "Thị", "Uyên"), ("Đỗ", "Thị", "Đào"), ("Do", "Thị", "Dao"), ("Lê", "Thị", "Hà"),
        ("Lê", "Thị", "Hả"), ("Lê", "Thị", "Hã"), ("Lê", "Thị", "Há"), ("Lê", "Thị", "Hạ"), ("Lê", "Thị", "Ha"),
        ("Hoàng", "Thị", "Ê"), ("Tôn Nữ", "Thị", "Ninh"), ("Hờ", "", "A Dính"), ("Y", "", "Moan"),
    ];
    let people: Vec<Person> = PEOPLE.iter().enumerate().map(|(i, (f, m, g))| person(i.to_string(), f, m, g, Gender::Female, "").unwrap()).collect();
    let refs: Vec<&Person> = people.iter().collect();
    let ours: Vec<usize> = ballot_order(&refs);
    let locales = js_sys::Array::of1(&JsValue::from_str("vi"));
    let collator = js_sys::Intl::Collator::new(&locales, &js_sys::Object::new());
    let browser = |a: &str, b: &str| {
        let r = collator.compare().call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b)).unwrap();
        r.as_f64().unwrap().partial_cmp(&0.0).unwrap()
    };
    let mut theirs: Vec<usize> = (0..people.len()).collect();
    theirs.sort_by(|&a, &b| {
        let (p, q) = (&people[a], &people[b]);
        browser(&p.given, &q.given).then(browser(&p.family, &q.family)).then(browser(&p.middle, &q.middle))
    });
    assert_eq!(ours, theirs);
}
