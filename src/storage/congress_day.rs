//! A congress's day (attendance, people on ballots, elections and counts) under its own key,
//! `congress-notebook/congress-day/<congress id>`, read and written only by the congress-day
//! screen's chunk, so that none of it weighs on the first load. A stored record this version
//! cannot read is never written over; a save is refused when another tab changed the record
//! since this one read it, or deleted the congress.

use serde::{Deserialize, Serialize};

use super::backend::{BackendError, KeyValue};
use super::keys;
use crate::model::congress_day::CongressDay;

/// What the key holds.
#[derive(Debug, Clone, PartialEq, Eq)]
// Read once when a screen opens and taken apart at once: boxing the day buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum StoredDay {
    /// Nothing yet.
    None,
    /// The record, and its stored text (what a later save compares with).
    Day(CongressDay, SeenDay),
    /// Something this version cannot read (damaged, or written by a newer version).
    Unreadable,
}

/// Why a save was refused; nothing was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DaySaveError {
    /// The browser's storage is full.
    Full,
    /// Storage is off (private mode, blocked) or failed.
    Unavailable,
    /// The key holds a record this version cannot read, which is kept as it is.
    Unreadable,
    /// Another tab saved this congress's day since this tab read it.
    ChangedElsewhere,
    /// The congress is no longer in storage (deleted, here or in another tab).
    CongressGone,
}

/// A day's stored text as this module read it (readable) or wrote it: only this module makes
/// one, so a save that finds it still stored knows the record is readable without parsing it
/// again (a ballot's save then reads nothing but the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeenDay(String);

impl SeenDay {
    pub fn text(&self) -> &str {
        &self.0
    }
}

#[derive(Serialize, Deserialize)]
struct Record {
    schema: u32,
    day: CongressDay,
}

pub fn read_day(backend: &impl KeyValue, congress_id: &str) -> StoredDay {
    match backend.get(&keys::congress_day(congress_id)) {
        Ok(None) | Err(BackendError::Unavailable(_)) => StoredDay::None,
        Ok(Some(text)) => match serde_json::from_str::<Record>(&text) {
            Ok(r) if r.schema == keys::SCHEMA_VERSION => StoredDay::Day(r.day, SeenDay(text)),
            _ => StoredDay::Unreadable,
        },
        Err(_) => StoredDay::Unreadable,
    }
}

/// The stored text of a day, as `write_day` writes it (for a backup's import).
pub fn day_text(day: &CongressDay) -> String {
    serde_json::to_string(&Record { schema: keys::SCHEMA_VERSION, day: day.clone() }).unwrap_or_default()
}

/// Stores `day` if the key still holds `seen` (the text this tab read or last wrote; `None`
/// when it held nothing) and the congress is still stored; returns the text written.
pub fn write_day(backend: &impl KeyValue, congress_id: &str, day: &CongressDay, seen: Option<&SeenDay>) -> Result<SeenDay, DaySaveError> {
    let key = keys::congress_day(congress_id);
    let stored = match backend.get(&key) {
        Ok(stored) => stored,
        Err(BackendError::Unavailable(_)) => return Err(DaySaveError::Unavailable),
        Err(_) => return Err(DaySaveError::Unreadable),
    };
    // What this tab read or wrote is readable: only another text is read again (a ballot's
    // save then parses nothing, and the congress is not copied out to see that it is there).
    if stored.as_deref() != seen.map(|s| s.0.as_str()) {
        if stored.is_some() && read_day(backend, congress_id) == StoredDay::Unreadable {
            return Err(DaySaveError::Unreadable);
        }
        return Err(DaySaveError::ChangedElsewhere);
    }
    if !backend.contains(&keys::congress(congress_id)) {
        return Err(DaySaveError::CongressGone);
    }
    let text = day_text(day);
    backend.set(&key, &text).map_err(|e| match e {
        BackendError::QuotaExceeded => DaySaveError::Full,
        _ => DaySaveError::Unavailable,
    })?;
    Ok(SeenDay(text))
}

/// Every stored day that can be read, by congress id (for a backup).
pub fn all_days(backend: &impl KeyValue) -> Vec<(String, CongressDay)> {
    let mut days: Vec<(String, CongressDay)> = backend
        .keys()
        .iter()
        .filter_map(|k| keys::congress_day_id(k))
        .filter_map(|id| match read_day(backend, id) {
            StoredDay::Day(day, _) => Some((id.to_string(), day)),
            _ => None,
        })
        .collect();
    days.sort_by(|a, b| a.0.cmp(&b.0));
    days
}

#[cfg(target_arch = "wasm32")]
pub fn stored_day(congress_id: &str) -> StoredDay {
    read_day(&super::BrowserStorage, congress_id)
}

#[cfg(target_arch = "wasm32")]
pub fn save_day(congress_id: &str, day: &CongressDay, seen: Option<&SeenDay>) -> Result<SeenDay, DaySaveError> {
    write_day(&super::BrowserStorage, congress_id, day, seen)
}

#[cfg(target_arch = "wasm32")]
pub fn stored_days() -> Vec<(String, CongressDay)> {
    all_days(&super::BrowserStorage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::congress_day::Attendance;
    use crate::storage::MemoryStorage;

    fn day(present: u32) -> CongressDay {
        CongressDay { congress: Attendance { summoned: Some(150), present: Some(present) }, ..Default::default() }
    }

    fn with_congress() -> MemoryStorage {
        let mem = MemoryStorage::default();
        mem.set(&keys::congress("c1"), "{}").unwrap();
        mem
    }

    #[test]
    fn a_day_is_kept_and_read_back_and_saves_follow_what_was_read() {
        let mem = with_congress();
        assert_eq!(read_day(&mem, "c1"), StoredDay::None);
        let first = write_day(&mem, "c1", &day(99), None).unwrap();
        assert_eq!(read_day(&mem, "c1"), StoredDay::Day(day(99), first.clone()));
        let second = write_day(&mem, "c1", &day(100), Some(&first)).unwrap();
        assert_eq!(read_day(&mem, "c1"), StoredDay::Day(day(100), second.clone()));
        assert_eq!(all_days(&mem), vec![("c1".to_string(), day(100))]);
    }

    #[test]
    fn another_tabs_save_or_deletion_is_never_written_over() {
        let mem = with_congress();
        let mine = write_day(&mem, "c1", &day(99), None).unwrap();
        // Another tab saved since: this tab's save is refused and the other's stays.
        let theirs = write_day(&mem, "c1", &day(120), Some(&mine)).unwrap();
        assert_eq!(write_day(&mem, "c1", &day(100), Some(&mine)), Err(DaySaveError::ChangedElsewhere));
        assert_eq!(mem.get(&keys::congress_day("c1")).unwrap().as_deref(), Some(theirs.text()));
        // A tab that read nothing does not overwrite a day another tab wrote.
        assert_eq!(write_day(&mem, "c1", &day(100), None), Err(DaySaveError::ChangedElsewhere));
        // The congress deleted: nothing is written for it.
        mem.remove(&keys::congress("c1")).unwrap();
        mem.remove(&keys::congress_day("c1")).unwrap();
        assert_eq!(write_day(&mem, "c1", &day(100), None), Err(DaySaveError::CongressGone));
        assert_eq!(mem.get(&keys::congress_day("c1")).unwrap(), None);
    }

    #[test]
    fn an_unreadable_day_is_never_written_over() {
        let mem = with_congress();
        for stored in ["{not json", r#"{"schema":2,"day":{}}"#] {
            mem.set(&keys::congress_day("c1"), stored).unwrap();
            assert_eq!(read_day(&mem, "c1"), StoredDay::Unreadable);
            assert_eq!(write_day(&mem, "c1", &day(100), None), Err(DaySaveError::Unreadable));
            // A tab that read or wrote a day before it was damaged.
            let before = SeenDay(day_text(&day(99)));
            assert_eq!(write_day(&mem, "c1", &day(100), Some(&before)), Err(DaySaveError::Unreadable));
            assert_eq!(mem.get(&keys::congress_day("c1")).unwrap().as_deref(), Some(stored));
            assert!(all_days(&mem).is_empty());
        }
    }

    #[test]
    fn a_full_storage_is_told_and_changes_nothing() {
        let mem = MemoryStorage::with_capacity(80);
        mem.set(&keys::congress("c1"), "{}").unwrap();
        assert_eq!(write_day(&mem, "c1", &day(100), None), Err(DaySaveError::Full));
        assert_eq!(read_day(&mem, "c1"), StoredDay::None);
    }
}
