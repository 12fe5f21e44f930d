//! Shared by the storage tests: a sample congress built from the templates, and everything a
//! backend holds, to compare byte for byte.

use super::{KeyValue, MemoryStorage};
use crate::model::{Congress, CongressDraft, CongressType};
use crate::templates::new_congress;

/// A new congress of unit `name`, with ids `name-1`, `name-2`, ...
pub(super) fn sample(name: &str) -> Congress {
    let mut n = 0;
    let mut ids = || {
        n += 1;
        format!("{name}-{n}")
    };
    let input = CongressDraft {
        unit_name: name.into(),
        upper_union: "LĐLĐ huyện".into(),
        congress_type: CongressType::GrassrootsFullMember,
        date_text: "15/03/2027".into(),
        round: None,
    }
    .validate()
    .unwrap();
    new_congress(input, &mut ids)
}

/// Every key and its exact value, in key order.
pub(super) fn contents(mem: &MemoryStorage) -> Vec<(String, Option<String>)> {
    mem.keys().into_iter().map(|k| (k.clone(), mem.get(&k).unwrap())).collect()
}
