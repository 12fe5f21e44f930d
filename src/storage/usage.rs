//! How much of the browser's storage the app and the whole site use, and the limit browsers
//! set.

use super::backend::KeyValue;
use super::keys;
use super::store::Store;

/// How much of the browser's storage is used, in characters as localStorage counts them
/// (UTF-16 code units of keys and values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// Used by this app's keys.
    pub app_chars: usize,
    /// Used by every key of this site (other apps on the same address count against the limit).
    pub site_chars: usize,
}

/// What Chromium and Firefox allow per site: about 5 million characters.
pub const STORAGE_LIMIT_CHARS: usize = 5_000_000;

impl<B: KeyValue> Store<B> {
    /// Characters used, as localStorage counts them.
    pub fn usage(&self) -> Usage {
        let mut usage = Usage { app_chars: 0, site_chars: 0 };
        for key in self.backend.keys() {
            let chars = key.encode_utf16().count()
                + self.backend.get(&key).ok().flatten().map_or(0, |v| v.encode_utf16().count());
            usage.site_chars += chars;
            if key.starts_with(keys::PREFIX) {
                usage.app_chars += chars;
            }
        }
        usage
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_support::sample;
    use crate::storage::MemoryStorage;

    #[test]
    fn usage_counts_utf16_units_of_keys_and_values() {
        let mem = MemoryStorage::default();
        mem.set("other-app", "abc").unwrap();
        let (mut store, _) = Store::open(mem.clone(), 1);
        store.save_congress(&sample("Đoàn")).unwrap();
        let usage = store.usage();
        let expected: usize = mem
            .keys()
            .iter()
            .filter(|k| k.starts_with(keys::PREFIX))
            .map(|k| k.encode_utf16().count() + mem.get(k).unwrap().unwrap().encode_utf16().count())
            .sum();
        assert_eq!(usage.app_chars, expected);
        assert_eq!(usage.site_chars, expected + "other-app".len() + 3);
        assert!(usage.app_chars > 5_000);
    }
}
