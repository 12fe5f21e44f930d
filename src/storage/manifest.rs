//! The manifest: the list of congresses, which one is open, and the backup bookkeeping. Every
//! write merges with the manifest as stored now (another tab may have added congresses), and a
//! lost or unreadable one is rebuilt from the stored congresses.

use serde::{Deserialize, Serialize};

use super::backend::{BackendError, KeyValue};
use super::guard::{self, Seen};
use super::keys;
use super::read::Read;
use super::store::{Halt, SaveError, Snapshot, Store};

/// Lists the congresses and which one is open.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema_version: u32,
    /// Goes up by one on every save (for telling tabs apart later).
    pub revision: u64,
    pub congresses: Vec<String>,
    #[serde(default)]
    pub active: Option<String>,
    /// When the last full backup was exported (ms since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_backup_ms: Option<i64>,
    /// The first change not in a backup yet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_since_ms: Option<i64>,
    /// The user was told that data lives only in this browser.
    #[serde(default)]
    pub told_local_only: bool,
}

/// The stored manifest as a save finds it.
pub(super) enum Current {
    Manifest(Manifest),
    Absent,
    Unreadable,
}

impl<B: KeyValue> Store<B> {
    pub(super) fn write_manifest(&mut self, next: Manifest) -> Result<(), SaveError> {
        let stored = self.current_manifest();
        self.write_manifest_over(next, stored)
    }

    /// Writes `next` over `stored` (the manifest as just read), merged with it: another tab may
    /// have added congresses since, and they stay listed; a missing or unreadable list is
    /// rebuilt from the stored congresses.
    pub(super) fn write_manifest_over(&mut self, next: Manifest, stored: Current) -> Result<(), SaveError> {
        let (mut congresses, stored_revision) = match stored {
            Current::Manifest(m) => (m.congresses, Some(m.revision)),
            Current::Absent | Current::Unreadable => {
                let found = self.stored_congress_ids();
                if matches!(stored, Current::Absent) && self.verified > 0 && found.is_empty() {
                    // The list this tab read is gone with every congress: deleted everything
                    // in another tab (in case this tab missed its signal).
                    self.halted = Some(Halt::WipedElsewhere);
                    return Err(SaveError::Halted(Halt::WipedElsewhere));
                }
                (found, None)
            }
        };
        for id in next.congresses.iter() {
            if !congresses.contains(id) {
                congresses.push(id.clone());
            }
        }
        congresses.retain(|id| !self.deleted.contains(id));
        let revision = stored_revision.unwrap_or(0).max(self.manifest.revision) + 1;
        let next = Manifest { revision, congresses, ..next };
        let text = serde_json::to_string(&next).map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
        self.write(keys::MANIFEST, &text)?;
        self.verified = guard::verified_after_write(self.verified, stored_revision, revision);
        self.seen.insert(keys::MANIFEST.to_string(), Seen::Text(text));
        self.manifest = next;
        Ok(())
    }

    /// The manifest as stored now. One that became unreadable is copied aside first (and the
    /// user told); one of a newer schema halts this tab.
    pub(super) fn current_manifest(&mut self) -> Current {
        let mut found = Snapshot::default();
        let current = match self.read::<Manifest>(keys::MANIFEST, self.last_ms, &mut found) {
            Read::Value(m) => Current::Manifest(m),
            Read::Absent => Current::Absent,
            Read::Unreadable => Current::Unreadable,
        };
        self.late.extend(found.problems);
        current
    }

    /// Ids of every congress stored under its own key, in key order.
    pub(super) fn stored_congress_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.backend.keys().iter().filter_map(|k| keys::congress_id(k).map(str::to_string)).collect();
        crate::model::order::sort_stable(&mut ids);
        ids
    }

    /// Ids of the congresses the stored manifest lists now (another tab may have added some).
    pub fn listed_congresses(&mut self) -> Vec<String> {
        match self.current_manifest() {
            Current::Manifest(m) => m.congresses,
            Current::Absent | Current::Unreadable => Vec::new(),
        }
    }

    /// Opens another congress next time the app starts.
    pub fn set_active(&mut self, id: &str) -> Result<(), SaveError> {
        if self.manifest.active.as_deref() == Some(id) {
            return Ok(());
        }
        let next = Manifest { active: Some(id.to_string()), ..self.manifest.clone() };
        self.write_manifest(next)
    }

    /// Notes a change not yet in a backup (kept with the next save).
    pub fn note_change(&mut self, now_ms: i64) {
        self.last_ms = self.last_ms.max(now_ms);
        self.manifest.changed_since_ms.get_or_insert(now_ms);
    }

    /// Notes that a full backup was just exported.
    pub fn note_backup(&mut self, now_ms: i64) -> Result<(), SaveError> {
        let next = Manifest { last_backup_ms: Some(now_ms), changed_since_ms: None, ..self.manifest.clone() };
        self.write_manifest(next)
    }

    /// Notes that the user was told data lives only in this browser.
    pub fn note_told_local_only(&mut self) -> Result<(), SaveError> {
        let next = Manifest { told_local_only: true, ..self.manifest.clone() };
        self.write_manifest(next)
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_support::sample;
    use crate::storage::{LoadProblem, MemoryStorage};

    #[test]
    fn a_manifest_that_becomes_unreadable_mid_session_is_copied_aside_and_told() {
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        store.save_congress(&a).unwrap();
        mem.set(keys::MANIFEST, "{torn").unwrap();
        store.note_change(50);
        store.save_congress(&a).unwrap();
        let problems = store.take_problems();
        assert!(matches!(&problems[..], [LoadProblem::Quarantined { key, .. }] if key == keys::MANIFEST), "{problems:?}");
        let kept = store.quarantined();
        assert_eq!(kept.len(), 1);
        assert_eq!(mem.get(&kept[0].key).unwrap().as_deref(), Some("{torn"));
        let (_, snap) = Store::open(mem, 2);
        assert_eq!(snap.congresses, vec![a]);
    }

    #[test]
    fn a_lost_or_unreadable_manifest_is_rebuilt_from_the_stored_congresses() {
        for broken in [None, Some("{not json")] {
            let mem = MemoryStorage::default();
            let (mut store, _) = Store::open(mem.clone(), 1);
            let (a, b) = (sample("A"), sample("B"));
            store.save_congress(&a).unwrap();
            store.save_congress(&b).unwrap();
            match broken {
                None => mem.remove(keys::MANIFEST).unwrap(),
                Some(text) => mem.set(keys::MANIFEST, text).unwrap(),
            }
            let (mut store, snap) = Store::open(mem.clone(), 2);
            let mut found = snap.congresses.clone();
            found.sort_by(|x, y| x.id.cmp(&y.id));
            let mut expected = vec![a.clone(), b.clone()];
            expected.sort_by(|x, y| x.id.cmp(&y.id));
            assert_eq!(found, expected, "{broken:?}");
            assert!(snap.problems.contains(&LoadProblem::FoundAgain { count: 2 }), "{:?}", snap.problems);
            // A new congress is added beside them, not instead of them.
            let c = sample("C");
            store.save_congress(&c).unwrap();
            let (_, snap) = Store::open(mem.clone(), 3);
            assert_eq!(snap.congresses.len(), 3);
            assert!(snap.problems.iter().all(|p| !matches!(p, LoadProblem::FoundAgain { .. } | LoadProblem::Missing { .. })));
        }
    }

    #[test]
    fn congresses_added_in_two_tabs_both_stay_listed() {
        let mem = MemoryStorage::default();
        let (mut first, _) = Store::open(mem.clone(), 1);
        let (mut second, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        let b = sample("B");
        first.save_congress(&a).unwrap();
        second.save_congress(&b).unwrap();
        assert_eq!(second.listed_congresses(), vec![a.id.clone(), b.id.clone()]);
        let (_, snap) = Store::open(mem, 2);
        assert_eq!(snap.congresses, vec![a, b.clone()]);
        assert_eq!(snap.active, Some(b.id));
    }

    #[test]
    fn backup_bookkeeping_travels_with_the_manifest() {
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        store.note_change(100);
        store.save_congress(&sample("A")).unwrap();
        store.note_change(200);
        assert_eq!(store.manifest().changed_since_ms, Some(100), "the first unsaved change counts");
        let (mut reopened, _) = Store::open(mem.clone(), 2);
        assert_eq!(reopened.manifest().changed_since_ms, Some(100));
        reopened.note_backup(300).unwrap();
        let (again, _) = Store::open(mem, 3);
        assert_eq!((again.manifest().last_backup_ms, again.manifest().changed_since_ms), (Some(300), None));
    }
}
