//! Small choices the user makes once, kept in this browser: the CSV separator their Excel
//! expects, whether they declined to install the app, and the interface language. A value this version does not
//! recognise is left as it is (never written over) and the default is used.

use super::backend::KeyValue;
use super::keys;
use crate::export::csv::Separator;

/// The separator stored in `backend`, if it holds one this version reads.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn read_separator(backend: &impl KeyValue) -> Option<Separator> {
    match backend.get(keys::CSV_SEPARATOR) {
        Ok(Some(v)) if v == ";" => Some(Separator::Semicolon),
        Ok(Some(v)) if v == "," => Some(Separator::Comma),
        _ => None,
    }
}

/// Stores `sep` unless the key holds a value this version cannot read. False if not stored.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn write_separator(backend: &impl KeyValue, sep: Separator) -> bool {
    let free = matches!(backend.get(keys::CSV_SEPARATOR), Ok(None)) || read_separator(backend).is_some();
    free && backend.set(keys::CSV_SEPARATOR, &sep.char().to_string()).is_ok()
}

/// The CSV separator chosen in this browser; `;` (Vietnamese regional settings) until chosen.
#[cfg(target_arch = "wasm32")]
pub fn csv_separator() -> Separator {
    read_separator(&super::BrowserStorage).unwrap_or(Separator::Semicolon)
}

/// Remembers the CSV separator; false when it could not be stored (storage full or off).
#[cfg(target_arch = "wasm32")]
pub fn set_csv_separator(sep: Separator) -> bool {
    write_separator(&super::BrowserStorage, sep)
}

const DISMISSED: &str = "dismissed";

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn read_install_declined(backend: &impl KeyValue) -> bool {
    matches!(backend.get(keys::INSTALL_OFFER), Ok(Some(v)) if v == DISMISSED)
}

/// Whether the user declined the offer to install the app in this browser.
#[cfg(target_arch = "wasm32")]
pub fn install_declined() -> bool {
    read_install_declined(&super::BrowserStorage)
}

/// Stores the refusal unless the key holds a value this version cannot read. False if not
/// stored.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn write_install_declined(backend: &impl KeyValue) -> bool {
    let free = matches!(backend.get(keys::INSTALL_OFFER), Ok(None)) || read_install_declined(backend);
    free && backend.set(keys::INSTALL_OFFER, DISMISSED).is_ok()
}

/// Remembers that the user declined to install; false when it could not be stored.
#[cfg(target_arch = "wasm32")]
pub fn decline_install() -> bool {
    write_install_declined(&super::BrowserStorage)
}

/// The interface languages this version knows (index.html's loader reads the same key).
const LANGUAGES: [&str; 2] = ["vi", "en"];

/// Stores the interface language `code` ("vi" or "en") unless the key holds a value this
/// version cannot read. False if not stored.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn write_language(backend: &impl KeyValue, code: &str) -> bool {
    let free = match backend.get(keys::LANGUAGE) {
        Ok(None) => true,
        Ok(Some(v)) => LANGUAGES.contains(&v.as_str()),
        Err(_) => false,
    };
    free && LANGUAGES.contains(&code) && backend.set(keys::LANGUAGE, code).is_ok()
}

/// Remembers the interface language for the next page load; false when it could not be stored.
#[cfg(target_arch = "wasm32")]
pub fn set_language(code: &str) -> bool {
    write_language(&super::BrowserStorage, code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStorage;

    #[test]
    fn the_separator_is_remembered_and_an_unknown_value_is_never_written_over() {
        let mem = MemoryStorage::default();
        assert_eq!(read_separator(&mem), None);
        assert!(write_separator(&mem, Separator::Comma));
        assert_eq!(read_separator(&mem), Some(Separator::Comma));
        assert!(write_separator(&mem, Separator::Semicolon));
        assert_eq!(read_separator(&mem), Some(Separator::Semicolon));
        mem.set(keys::CSV_SEPARATOR, "tab, from a later version").unwrap();
        assert_eq!(read_separator(&mem), None);
        assert!(!write_separator(&mem, Separator::Comma));
        assert_eq!(mem.get(keys::CSV_SEPARATOR).unwrap().as_deref(), Some("tab, from a later version"));
    }

    #[test]
    fn a_declined_install_is_read_only_from_its_own_word_and_an_unknown_value_is_never_written_over() {
        let mem = MemoryStorage::default();
        assert!(!read_install_declined(&mem));
        assert!(write_install_declined(&mem));
        assert!(read_install_declined(&mem));
        mem.set(keys::INSTALL_OFFER, "later, from a newer version").unwrap();
        assert!(!read_install_declined(&mem));
        assert!(!write_install_declined(&mem));
        assert_eq!(mem.get(keys::INSTALL_OFFER).unwrap().as_deref(), Some("later, from a newer version"));
    }

    #[test]
    fn the_language_is_stored_by_its_code_and_an_unknown_value_is_never_written_over() {
        let mem = MemoryStorage::default();
        assert!(write_language(&mem, "en"));
        assert_eq!(mem.get(keys::LANGUAGE).unwrap().as_deref(), Some("en"));
        assert!(write_language(&mem, "vi"));
        assert_eq!(mem.get(keys::LANGUAGE).unwrap().as_deref(), Some("vi"));
        assert!(!write_language(&mem, "fr"));
        assert_eq!(mem.get(keys::LANGUAGE).unwrap().as_deref(), Some("vi"));
        mem.set(keys::LANGUAGE, "fr").unwrap();
        assert!(!write_language(&mem, "en"));
        assert_eq!(mem.get(keys::LANGUAGE).unwrap().as_deref(), Some("fr"));
    }
}
