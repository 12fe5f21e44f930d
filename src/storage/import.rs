//! Writes that land whole or not at all: an import (new congresses, replaced ones whose stored
//! version is first kept aside, rounds, drafts), and swapping a replaced congress back. Each
//! key is remembered before it is written, and put back if a later write fails.

use std::collections::BTreeSet;

use super::backend::{BackendError, KeyValue};
use super::guard::Seen;
use super::keys::{self, SCHEMA_VERSION};
use super::manifest::Manifest;
use super::store::{SaveError, Store, StoredCongress};
use crate::model::{Congress, Draft, Round};

/// Drafts arriving with an import, and what to do with drafts they replace.
#[derive(Debug, Clone, Default)]
pub struct ImportedDrafts {
    pub drafts: Vec<Draft>,
    /// Versions kept of those drafts (from a backup), by draft id.
    pub versions: Vec<(String, Vec<crate::model::Version>)>,
    /// When a stored draft is replaced: its text is first kept as a version with this name
    /// and time (and a stored congress day that cannot be read is copied aside at that time).
    pub before_import: (String, i64),
    /// Congress days (from a backup), by congress id: each replaces the stored one.
    pub days: Vec<(String, crate::model::congress_day::CongressDay)>,
}

/// What an all-or-nothing write remembers to undo itself: each key's stored text and what
/// this tab had seen there, and the in-memory list of congresses.
pub(super) struct Undo {
    keys: Vec<(String, Option<String>, Option<Seen>)>,
    manifest: Manifest,
    deleted: BTreeSet<String>,
    verified: u64,
}

impl<B: KeyValue> Store<B> {
    /// Writes an import, all or nothing: `adds` are new congresses, `replaces` take the place of
    /// stored ones with the same id (each stored version is first kept under its `replaced`
    /// key). If any write fails, every write made so far is undone and the error returned.
    pub fn apply_import(&mut self, adds: &[Congress], replaces: &[Congress], rounds: &[Round]) -> Result<(), SaveError> {
        self.apply_import_with_drafts(adds, replaces, rounds, &ImportedDrafts::default())
    }

    /// `apply_import`, with drafts and their kept versions: each draft is written under its
    /// key (a stored draft it replaces is first kept as a version, "before the import"), and
    /// the versions a backup carries replace the stored ones. All or nothing.
    pub fn apply_import_with_drafts(
        &mut self,
        adds: &[Congress],
        replaces: &[Congress],
        rounds: &[Round],
        drafts: &ImportedDrafts,
    ) -> Result<(), SaveError> {
        self.all_or_nothing(|store, undo| {
            store.apply_import_steps(adds, replaces, rounds, undo)?;
            store.import_drafts(drafts, undo)
        })
    }

    /// Runs `steps`, which `remember` every key before writing it. If any step fails, every
    /// remembered key gets its stored text back, and this tab's record of what it saw there
    /// and its list of congresses are as they were: nothing of the attempt remains.
    fn all_or_nothing<T>(&mut self, steps: impl FnOnce(&mut Self, &mut Undo) -> Result<T, SaveError>) -> Result<T, SaveError> {
        let mut undo =
            Undo { keys: Vec::new(), manifest: self.manifest.clone(), deleted: self.deleted.clone(), verified: self.verified };
        let result = steps(self, &mut undo);
        if result.is_err() {
            for (key, before, seen) in undo.keys.into_iter().rev() {
                let _ = match &before {
                    Some(text) => self.backend.set(&key, text),
                    None => self.backend.remove(&key),
                };
                match seen {
                    Some(seen) => self.seen.insert(key, seen),
                    None => self.seen.remove(&key),
                };
            }
            self.manifest = undo.manifest;
            self.deleted = undo.deleted;
            self.verified = undo.verified;
        }
        result
    }

    fn apply_import_steps(
        &mut self,
        adds: &[Congress],
        replaces: &[Congress],
        rounds: &[Round],
        undo: &mut Undo,
    ) -> Result<(), SaveError> {
        for c in replaces {
            let key = keys::congress(&c.id);
            let backup = keys::replaced(&c.id);
            self.remember(&backup, undo)?;
            if self.backend.get(&key).ok().flatten().is_some() {
                self.may_touch(&backup)?;
                self.backend.copy_exact(&key, &backup)?;
            }
            // Until this import writes a day over it (`import_drafts`), the day is not its.
            let day_backup = keys::replaced_day(&c.id);
            self.remember(&day_backup, undo)?;
            self.remove(&day_backup)?;
        }
        for c in replaces.iter().chain(adds) {
            let key = keys::congress(&c.id);
            self.remember(&key, undo)?;
            let text = serde_json::to_string(&StoredCongress { schema_version: SCHEMA_VERSION, congress: c })
                .map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
            self.write(&key, &text)?;
            self.seen.insert(key, Seen::Text(text));
            self.deleted.remove(&c.id);
        }
        if !rounds.is_empty() {
            self.remember(keys::ROUNDS, undo)?;
            self.save_rounds(rounds)?;
        }
        self.remember(keys::MANIFEST, undo)?;
        let mut next = self.manifest.clone();
        for c in adds.iter().chain(replaces) {
            if !next.congresses.contains(&c.id) {
                next.congresses.push(c.id.clone());
            }
        }
        next.active = adds.iter().chain(replaces).next().map(|c| c.id.clone()).or(next.active);
        self.write_manifest(next)
    }

    /// Notes what `key` holds now, so an import that fails later can put it back; refuses a
    /// key that holds unreadable data nobody could copy aside.
    pub(super) fn remember(&self, key: &str, undo: &mut Undo) -> Result<(), SaveError> {
        self.may_touch(key)?;
        undo.keys.push((key.to_string(), self.backend.get(key).ok().flatten(), self.seen.get(key).cloned()));
        Ok(())
    }

    /// Ids of the congresses whose pre-import version is kept.
    pub fn replaced_ids(&self) -> Vec<String> {
        let prefix = keys::replaced("");
        self.backend.keys().into_iter().filter_map(|k| k.strip_prefix(&prefix).map(str::to_string)).collect()
    }

    /// The version an import replaced, if kept.
    pub fn replaced_version(&self, id: &str) -> Option<Congress> {
        let text = self.backend.get(&keys::replaced(id)).ok().flatten()?;
        serde_json::from_str::<StoredCongress<Congress>>(&text).ok().map(|s| s.congress)
    }

    /// Puts back the version an import replaced, keeping the imported one in its place so the
    /// user can change their mind again. Both land or neither: a failed write leaves both
    /// versions where they were.
    pub fn swap_with_replaced(&mut self, current: &Congress) -> Result<Congress, SaveError> {
        let key = keys::congress(&current.id);
        let backup = keys::replaced(&current.id);
        let previous = self.replaced_version(&current.id).ok_or_else(|| SaveError::Backend(BackendError::Other("no replaced version".into())))?;
        self.check_key(&key, &current.id)?;
        self.all_or_nothing(|store, undo| {
            store.remember(&backup, undo)?;
            store.remember(&key, undo)?;
            store.remember(keys::MANIFEST, undo)?;
            match store.backend.get(&key) {
                Ok(Some(_)) => {
                    store.may_touch(&backup)?;
                    store.backend.copy_exact(&key, &backup)?;
                }
                _ => {
                    let text = serde_json::to_string(&StoredCongress { schema_version: SCHEMA_VERSION, congress: current })
                        .map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
                    store.write(&backup, &text)?;
                }
            }
            store.force_save_congress(&previous)?;
            store.swap_day_with_replaced(&current.id, undo)?;
            Ok(previous)
        })
    }

    /// The congress day's part of `swap_with_replaced`: when the import wrote the day, the day it
    /// replaced comes back (none, if it had none) and the imported one is kept in its place.
    fn swap_day_with_replaced(&mut self, id: &str, undo: &mut Undo) -> Result<(), SaveError> {
        let (key, backup) = (keys::congress_day(id), keys::replaced_day(id));
        let Some(before) = self.backend.get(&backup).ok().flatten() else { return Ok(()) };
        self.remember(&key, undo)?;
        self.remember(&backup, undo)?;
        let now = self.backend.get(&key).ok().flatten().unwrap_or_default();
        if before.is_empty() {
            self.remove(&key)?;
        } else {
            self.write(&key, &before)?;
        }
        self.write(&backup, &now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_support::{contents, sample};
    use crate::storage::MemoryStorage;

    #[test]
    fn an_import_replaces_after_keeping_the_old_version_and_can_be_undone() {
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        store.save_congress(&a).unwrap();
        let mut incoming = a.clone();
        incoming.unit_name = "A (từ tệp)".into();
        let b = sample("B");
        store.apply_import(std::slice::from_ref(&b), std::slice::from_ref(&incoming), &[]).unwrap();
        let (mut reopened, snap) = Store::open(mem.clone(), 2);
        assert_eq!(snap.congresses, vec![incoming.clone(), b.clone()]);
        assert_eq!(reopened.replaced_version(&a.id), Some(a.clone()));
        let back = reopened.swap_with_replaced(&incoming).unwrap();
        assert_eq!(back, a);
        let (reopened, snap) = Store::open(mem, 3);
        assert_eq!(snap.congresses[0], a);
        assert_eq!(reopened.replaced_version(&a.id), Some(incoming), "and the imported one is kept in turn");
    }

    #[test]
    fn an_import_that_does_not_fit_changes_nothing() {
        let mem = MemoryStorage::with_capacity(60_000);
        let (mut store, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        store.save_congress(&a).unwrap();
        let before = contents(&mem);
        let mut incoming = a.clone();
        incoming.unit_name = "A (từ tệp)".into();
        let mut big = sample("B");
        big.tasks[0].notes = "x".repeat(40_000);
        assert_eq!(store.apply_import(&[big], &[incoming], &[]), Err(SaveError::Full));
        let after = contents(&mem);
        assert_eq!(after, before, "storage byte for byte as it was");
    }

    #[test]
    fn a_failed_import_leaves_no_ghost_congress() {
        let mem = MemoryStorage::with_capacity(80_000);
        let (mut store, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        store.save_congress(&a).unwrap();
        let b = sample("B");
        let mut huge = crate::templates::new_draft(crate::model::DocumentKind::Blank, &b, &mut crate::ids::new_id);
        huge.sections[0].body = "ư".repeat(79_000);
        let drafts = ImportedDrafts { drafts: vec![huge], versions: vec![], before_import: ("x".into(), 1), days: vec![] };
        assert_eq!(store.apply_import_with_drafts(std::slice::from_ref(&b), &[], &[], &drafts), Err(SaveError::Full));
        assert!(!store.manifest().congresses.contains(&b.id));
        // The next save must not list the rolled-back congress again.
        store.save_congress(&a).unwrap();
        assert_eq!(store.listed_congresses(), vec![a.id.clone()]);
        let (_, snap) = Store::open(mem, 2);
        assert_eq!(snap.congresses, vec![a]);
        assert!(snap.problems.is_empty(), "{:?}", snap.problems);
    }

    #[test]
    fn swapping_back_to_the_kept_version_is_all_or_nothing() {
        for failing in 1..=3 {
            let mem = MemoryStorage::default();
            let (mut store, _) = Store::open(mem.clone(), 1);
            let a = sample("A");
            store.save_congress(&a).unwrap();
            let mut incoming = a.clone();
            incoming.unit_name = "A (từ tệp)".into();
            store.apply_import(&[], std::slice::from_ref(&incoming), &[]).unwrap();
            let before = contents(&mem);
            mem.fail_write(failing);
            assert!(store.swap_with_replaced(&incoming).is_err(), "write {failing} fails");
            let after = contents(&mem);
            assert_eq!(after, before, "write {failing} failed: both versions where they were");
            // And then it works, and the kept version is the imported one.
            assert_eq!(store.swap_with_replaced(&incoming).unwrap(), a);
            assert_eq!(store.replaced_version(&a.id), Some(incoming));
        }
    }
}
