//! Reading one key: the value, or nothing, or unreadable data copied aside to a quarantine
//! key (exactly as stored) before anything may write over it; data of a newer schema halts
//! this tab. And the kept copies: listing, downloading, discarding them.

use serde::Deserialize;

use super::backend::{BackendError, KeyValue};
use super::guard::Seen;
use super::keys::{self, SCHEMA_VERSION};
use super::store::{Halt, LoadProblem, SaveError, Snapshot, Store, UnreadableReason};

pub(super) enum Read<T> {
    Value(T),
    Absent,
    Unreadable,
}

/// Only the version, read first so newer data is recognised even if its shape changed.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: u32,
}

/// A kept copy of unreadable data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarantineEntry {
    pub key: String,
    pub original_key: String,
    pub saved_at_ms: i64,
}

impl<B: KeyValue> Store<B> {
    pub(super) fn read<T: for<'de> Deserialize<'de>>(&mut self, key: &str, now_ms: i64, snapshot: &mut Snapshot) -> Read<T> {
        let text = match self.backend.get(key) {
            Ok(None) => return Read::Absent,
            Ok(Some(text)) => text,
            Err(BackendError::NotText) => {
                self.quarantine(key, UnreadableReason::NotText, now_ms, snapshot);
                return Read::Unreadable;
            }
            Err(e) => {
                snapshot.problems.push(LoadProblem::Unavailable(format!("{e:?}")));
                self.protected.insert(key.to_string());
                return Read::Unreadable;
            }
        };
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let reason = match serde_json::from_str::<VersionProbe>(text) {
            Ok(probe) if probe.schema_version > SCHEMA_VERSION => {
                // Not copied and never written over: the newer version reads it.
                self.halted = Some(Halt::NewerVersion(probe.schema_version));
                snapshot.problems.push(LoadProblem::NewerVersion { key: key.to_string(), version: probe.schema_version });
                return Read::Unreadable;
            }
            _ => match serde_json::from_str::<T>(text) {
                Ok(value) => {
                    self.seen.insert(key.to_string(), Seen::Text(text.to_string()));
                    self.stale.remove(key);
                    return Read::Value(value);
                }
                Err(e) => UnreadableReason::Corrupt(e.to_string()),
            },
        };
        self.quarantine(key, reason, now_ms, snapshot);
        Read::Unreadable
    }

    /// Copies `key` aside unless an identical copy is already kept.
    fn quarantine(&mut self, key: &str, reason: UnreadableReason, now_ms: i64, snapshot: &mut Snapshot) {
        if let Some(existing) = self
            .quarantined()
            .into_iter()
            .find(|q| q.original_key == key && self.backend.same_value(&q.key, key))
        {
            self.seen.insert(key.to_string(), Seen::Quarantined);
            snapshot.problems.push(LoadProblem::Quarantined {
                key: key.to_string(),
                quarantine_key: existing.key,
                reason,
            });
            return;
        }
        // Never over another kept copy (two copies of one key within the same millisecond).
        let mut at = now_ms.max(self.last_ms);
        while matches!(self.backend.get(&keys::quarantine(at, key)), Ok(Some(_)) | Err(_)) {
            at += 1;
        }
        self.last_ms = at;
        let quarantine_key = keys::quarantine(at, key);
        match self.backend.copy_exact(key, &quarantine_key) {
            Ok(()) => {
                self.seen.insert(key.to_string(), Seen::Quarantined);
                snapshot.problems.push(LoadProblem::Quarantined { key: key.to_string(), quarantine_key, reason });
            }
            Err(error) => {
                self.protected.insert(key.to_string());
                snapshot.problems.push(LoadProblem::CopyFailed { key: key.to_string(), reason, error });
            }
        }
    }

    /// Kept copies of unreadable data, oldest first.
    pub fn quarantined(&self) -> Vec<QuarantineEntry> {
        let mut entries: Vec<QuarantineEntry> = self
            .backend
            .keys()
            .into_iter()
            .filter_map(|key| {
                let (saved_at_ms, original) = keys::parse_quarantine(&key)?;
                Some(QuarantineEntry { original_key: original.to_string(), saved_at_ms, key: key.clone() })
            })
            .collect();
        crate::model::order::sort_stable_by(&mut entries, |a, b| (a.saved_at_ms, &a.key).cmp(&(b.saved_at_ms, &b.key)));
        entries
    }

    /// The kept text, for download. Text that is not valid UTF-16 comes back with U+FFFD in
    /// place of the broken units; the stored copy itself stays exact.
    pub fn quarantine_text(&self, key: &str) -> Option<String> {
        keys::parse_quarantine(key)?;
        self.backend.get(key).ok().flatten()
    }

    /// Deletes a kept copy: only on the user's explicit request.
    pub fn discard_quarantine(&self, key: &str) -> Result<(), SaveError> {
        if keys::parse_quarantine(key).is_none() {
            return Err(SaveError::Backend(BackendError::Other(format!("not a quarantine key: {key}"))));
        }
        Ok(self.backend.remove(key)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_support::sample;
    use crate::storage::MemoryStorage;

    #[test]
    fn corrupt_manifest_is_copied_aside_before_any_write() {
        let mem = MemoryStorage::default();
        let corrupt = "{\"schema_version\":1,\"congresses\":[\"a\"";
        mem.set(keys::MANIFEST, corrupt).unwrap();
        let (mut store, snap) = Store::open(mem.clone(), 42);
        let qkey = keys::quarantine(42, keys::MANIFEST);
        assert!(matches!(&snap.problems[..],
            [LoadProblem::Quarantined { key, quarantine_key, reason: UnreadableReason::Corrupt(_) }]
            if key == keys::MANIFEST && quarantine_key == &qkey));
        assert_eq!(mem.get(&qkey).unwrap().as_deref(), Some(corrupt));
        // The user goes on: the next save may write over the manifest, the copy stays.
        store.save_congress(&sample("B")).unwrap();
        assert_eq!(mem.get(&qkey).unwrap().as_deref(), Some(corrupt));
        assert_eq!(store.quarantined().len(), 1);
        assert_eq!(store.quarantine_text(&qkey).as_deref(), Some(corrupt));
    }

    #[test]
    fn reopening_does_not_copy_the_same_bytes_twice() {
        let mem = MemoryStorage::default();
        mem.set(keys::MANIFEST, "not json").unwrap();
        let _ = Store::open(mem.clone(), 1);
        let (store, snap) = Store::open(mem.clone(), 2);
        assert_eq!(store.quarantined().len(), 1);
        assert_eq!(snap.problems.len(), 1, "still told");
    }

    #[test]
    fn newer_data_is_left_alone_and_this_tab_writes_nothing() {
        let mem = MemoryStorage::default();
        let newer = r#"{"schema_version":7,"whatever":true}"#;
        mem.set(keys::MANIFEST, newer).unwrap();
        let (mut store, snap) = Store::open(mem.clone(), 1);
        assert!(matches!(&snap.problems[..], [LoadProblem::NewerVersion { version: 7, key }] if key == keys::MANIFEST));
        assert!(store.quarantined().is_empty(), "newer data is not copied anywhere");
        assert_eq!(store.halted(), Some(Halt::NewerVersion(7)));
        assert_eq!(store.save_congress(&sample("A")), Err(SaveError::Halted(Halt::NewerVersion(7))));
        assert_eq!(mem.keys(), vec![keys::MANIFEST.to_string()]);
        assert_eq!(mem.get(keys::MANIFEST).unwrap().as_deref(), Some(newer));
    }

    #[test]
    fn newer_data_written_by_another_tab_mid_session_halts_this_one() {
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        store.save_congress(&a).unwrap();
        // A newer version of the app, open in another tab, rewrites the congress.
        let newer = format!(r#"{{"schema_version":2,"congress":{{"id":"{}","renamed":true}}}}"#, a.id);
        mem.set(&keys::congress(&a.id), &newer).unwrap();
        let (found, problems) = store.reload_congress(&a.id, 2);
        assert_eq!(found, None);
        assert!(matches!(&problems[..], [LoadProblem::NewerVersion { version: 2, .. }]));
        assert_eq!(store.save_congress(&a), Err(SaveError::Halted(Halt::NewerVersion(2))));
        assert_eq!(store.note_backup(3), Err(SaveError::Halted(Halt::NewerVersion(2))));
        assert!(store.quarantined().is_empty());
        assert_eq!(mem.get(&keys::congress(&a.id)).unwrap(), Some(newer));
        // A newer manifest found by a save halts it too, before anything is written.
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        store.save_congress(&a).unwrap();
        let newer = r#"{"schema_version":3,"revision":9,"congresses":[]}"#;
        mem.set(keys::MANIFEST, newer).unwrap();
        let before = mem.get(&keys::congress(&a.id)).unwrap();
        assert_eq!(store.save_congress(&sample("B")), Err(SaveError::Halted(Halt::NewerVersion(3))));
        assert_eq!(mem.get(keys::MANIFEST).unwrap().as_deref(), Some(newer));
        assert_eq!(mem.get(&keys::congress(&a.id)).unwrap(), before);
        assert!(matches!(&store.take_problems()[..], [LoadProblem::NewerVersion { version: 3, .. }]));
    }

    #[test]
    fn a_key_that_cannot_be_copied_is_never_written() {
        let corrupt = "x".repeat(50);
        let mem = MemoryStorage::with_capacity(200_000);
        mem.set(keys::MANIFEST, &corrupt).unwrap();
        // Storage full at opening: the copy aside fails.
        mem.set("other-app", &"y".repeat(200_000 - corrupt.len() - keys::MANIFEST.len() - "other-app".len())).unwrap();
        let (mut store, snap) = Store::open(mem.clone(), 1);
        assert!(matches!(&snap.problems[..], [LoadProblem::CopyFailed { error: BackendError::QuotaExceeded, .. }]));
        // Room is made; a save may write its congress but never the protected manifest.
        mem.remove("other-app").unwrap();
        let c = sample("C");
        assert_eq!(store.save_congress(&c), Err(SaveError::Protected(keys::MANIFEST.to_string())));
        assert_eq!(mem.get(keys::MANIFEST).unwrap(), Some(corrupt.clone()));
        assert_eq!(store.note_backup(5), Err(SaveError::Protected(keys::MANIFEST.to_string())));
        assert_eq!(mem.get(keys::MANIFEST).unwrap(), Some(corrupt));
    }

    #[test]
    fn an_unreadable_congress_is_kept_and_the_others_load() {
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        let b = sample("B");
        store.save_congress(&a).unwrap();
        store.save_congress(&b).unwrap();
        mem.set(&keys::congress(&a.id), "{broken").unwrap();
        let (mut store, snap) = Store::open(mem.clone(), 5);
        assert_eq!(snap.congresses, vec![b.clone()]);
        assert_eq!(snap.problems.len(), 1);
        store.save_congress(&b).unwrap();
        assert!(store.manifest().congresses.contains(&a.id), "the unreadable one stays listed");
    }

    #[test]
    fn discarding_only_touches_quarantine_keys() {
        let mem = MemoryStorage::default();
        mem.set(keys::MANIFEST, "garbage").unwrap();
        let (store, _) = Store::open(mem.clone(), 9);
        assert!(store.discard_quarantine(keys::MANIFEST).is_err());
        assert_eq!(mem.get(keys::MANIFEST).unwrap().as_deref(), Some("garbage"));
        let q = store.quarantined().remove(0);
        store.discard_quarantine(&q.key).unwrap();
        assert!(store.quarantined().is_empty());
    }
}
