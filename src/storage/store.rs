//! The store itself: opening what the browser holds, saving and deleting congresses and
//! rounds, and the types that say what went wrong. Unreadable data is never lost: its exact
//! value is copied to a quarantine key before anything may write over it (`read`), and a key
//! whose copy failed is never written. Failed writes are returned, never swallowed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::backend::{BackendError, KeyValue};
use super::guard::{self, Seen, WriteCheck};
use super::keys::{self, SCHEMA_VERSION};
use super::manifest::{Current, Manifest};
use super::read::Read;
use crate::model::{Congress, Draft, Round};

/// One congress as stored under its own key.
#[derive(Serialize, Deserialize)]
pub(super) struct StoredCongress<C> {
    pub(super) schema_version: u32,
    pub(super) congress: C,
}

/// The user's own rounds, as stored.
#[derive(Serialize, Deserialize)]
struct StoredRounds<R> {
    schema_version: u32,
    rounds: R,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnreadableReason {
    /// Not valid JSON of the expected shape; the parser's message.
    Corrupt(String),
    /// Not text at all.
    NotText,
}

/// Why this tab has stopped writing anything at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Halt {
    /// A newer version of the app wrote data of this schema version (in another tab, or
    /// before this older copy was opened): writing would damage what it cannot read.
    NewerVersion(u32),
    /// Every piece of the app's data was deleted in another tab: this tab drops what it held.
    WipedElsewhere,
}

/// Something found while loading that the user must be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// `key` could not be read; its exact value is kept at `quarantine_key`.
    Quarantined { key: String, quarantine_key: String, reason: UnreadableReason },
    /// `key` could not be read and could not be copied either; it is left untouched and this
    /// session will not write to it.
    CopyFailed { key: String, reason: UnreadableReason, error: BackendError },
    /// The manifest names a congress whose data is missing.
    Missing { key: String },
    /// Congresses whose data was stored but that the list of congresses did not name (it was
    /// missing or unreadable): listed again.
    FoundAgain { count: usize },
    /// `key` holds data of a newer schema, written by a newer version of the app: left as it
    /// is, not copied, and this tab writes nothing more.
    NewerVersion { key: String, version: u32 },
    /// Browser storage cannot be used at all.
    Unavailable(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage is full: nothing was written for this save.
    Full,
    /// The key holds data this app could not read nor copy aside; it is left as it is.
    Protected(String),
    /// Another tab saved this congress (or draft) since this tab last read it; nothing was
    /// written.
    Conflict(String),
    /// Another tab deleted this congress (or draft) since this tab last read it; the deletion
    /// stands and nothing was written.
    DeletedElsewhere(String),
    /// This tab writes nothing more (see `Halt`).
    Halted(Halt),
    Backend(BackendError),
}

impl From<BackendError> for SaveError {
    fn from(e: BackendError) -> Self {
        match e {
            BackendError::QuotaExceeded => SaveError::Full,
            other => SaveError::Backend(other),
        }
    }
}

/// What was found in storage on opening.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub congresses: Vec<Congress>,
    /// Drafts: not read on opening (only the documents screen and the files that carry
    /// drafts need them); filled by `Store::all_drafts` and `Store::drafts_of`.
    pub drafts: Vec<Draft>,
    /// The user's own rounds.
    pub rounds: Vec<Round>,
    pub active: Option<String>,
    pub problems: Vec<LoadProblem>,
}

pub struct Store<B: KeyValue> {
    pub(super) backend: B,
    pub(super) manifest: Manifest,
    /// Keys holding data that could not be read nor copied: never written.
    pub(super) protected: BTreeSet<String>,
    /// What this tab last read or wrote under each key. A save finds something else there
    /// when another tab wrote it since: a conflict, never a silent overwrite (`guard`).
    pub(super) seen: BTreeMap<String, Seen>,
    /// Congresses this tab deleted: not listed again when manifests are merged.
    pub(super) deleted: BTreeSet<String>,
    /// The manifest revision up to which every key this tab saw is known unchanged
    /// (`guard::nothing_written_since`).
    pub(super) verified: u64,
    /// Keys another tab wrote (heard through the storage event) that this tab has not read
    /// since: always compared before a write, whatever the revision says (the event can
    /// arrive between the other tab's write of the key and of the manifest).
    pub(super) stale: BTreeSet<String>,
    /// Set once this tab must write nothing more.
    pub(super) halted: Option<Halt>,
    /// Problems found after opening (a key that became unreadable, newer data), until the UI
    /// takes them (`take_problems`).
    pub(super) late: Vec<LoadProblem>,
    /// The latest time this store was told (ms since the epoch), to stamp quarantine copies
    /// made during a save.
    pub(super) last_ms: i64,
}

impl<B: KeyValue> Store<B> {
    /// Reads everything, quarantining what cannot be read. `now_ms` stamps quarantine copies.
    pub fn open(backend: B, now_ms: i64) -> (Self, Snapshot) {
        let mut store = Store {
            backend,
            manifest: Manifest::default(),
            protected: BTreeSet::new(),
            seen: BTreeMap::new(),
            deleted: BTreeSet::new(),
            verified: 0,
            stale: BTreeSet::new(),
            halted: None,
            late: Vec::new(),
            last_ms: now_ms,
        };
        let mut snapshot = Snapshot::default();
        store.manifest.schema_version = SCHEMA_VERSION;
        if let Read::Value(stored) = store.read::<StoredRounds<Vec<Round>>>(keys::ROUNDS, now_ms, &mut snapshot) {
            snapshot.rounds = stored.rounds;
        }

        let mut manifest = match store.read::<Manifest>(keys::MANIFEST, now_ms, &mut snapshot) {
            Read::Value(m) => m,
            Read::Absent | Read::Unreadable => Manifest::default(),
        };
        store.verified = manifest.revision;
        // Congresses stored but not listed (a lost or unreadable manifest, a write cut off
        // between a congress and the list) are listed again, and the user is told.
        let unlisted: Vec<String> =
            store.stored_congress_ids().into_iter().filter(|id| !manifest.congresses.contains(id)).collect();
        if !unlisted.is_empty() {
            snapshot.problems.push(LoadProblem::FoundAgain { count: unlisted.len() });
            manifest.congresses.extend(unlisted);
        }
        for id in &manifest.congresses {
            let key = keys::congress(id);
            match store.read::<StoredCongress<Congress>>(&key, now_ms, &mut snapshot) {
                Read::Value(stored) => snapshot.congresses.push(stored.congress),
                Read::Absent => snapshot.problems.push(LoadProblem::Missing { key }),
                Read::Unreadable => {}
            }
        }
        snapshot.active = manifest
            .active
            .clone()
            .filter(|a| snapshot.congresses.iter().any(|c| &c.id == a))
            .or_else(|| snapshot.congresses.first().map(|c| c.id.clone()));
        // Keep listing unreadable congresses so their ids are not forgotten on the next save.
        store.manifest = Manifest { schema_version: SCHEMA_VERSION, ..manifest };
        (store, snapshot)
    }

    /// Refuses every write once this tab is halted, and writes to keys it must not touch.
    pub(super) fn may_touch(&self, key: &str) -> Result<(), SaveError> {
        if let Some(halt) = self.halted {
            return Err(SaveError::Halted(halt));
        }
        if self.protected.contains(key) {
            return Err(SaveError::Protected(key.to_string()));
        }
        Ok(())
    }

    pub(super) fn write(&self, key: &str, value: &str) -> Result<(), SaveError> {
        self.may_touch(key)?;
        Ok(self.backend.set(key, value)?)
    }

    pub(super) fn remove(&self, key: &str) -> Result<(), SaveError> {
        self.may_touch(key)?;
        Ok(self.backend.remove(key)?)
    }

    /// Problems found since opening, for the UI to show (each once).
    pub fn take_problems(&mut self) -> Vec<LoadProblem> {
        std::mem::take(&mut self.late)
    }

    /// Why this tab writes nothing more, if it does not.
    pub fn halted(&self) -> Option<Halt> {
        self.halted
    }

    /// Another tab deleted everything: forget what was read and write nothing more.
    pub fn halt_wiped(&mut self) {
        self.halted = Some(Halt::WipedElsewhere);
        self.seen.clear();
        self.manifest = Manifest { schema_version: SCHEMA_VERSION, ..Manifest::default() };
    }

    /// Saves one congress under its own key (and the manifest when it is new or not active).
    /// Refuses with `Conflict` when another tab saved it since this tab last read it.
    /// Refuses with `DeletedElsewhere` when another tab deleted it since.
    pub fn save_congress(&mut self, congress: &Congress) -> Result<(), SaveError> {
        let key = keys::congress(&congress.id);
        // Fast path: every write of a congress moves the manifest's revision on, so a revision
        // still at the one this tab verified means no other tab wrote a congress since
        // (localStorage has no transactions: a write landing between the two is the same
        // microsecond window any check-then-write has).
        let stored = self.current_manifest();
        let revision = match &stored {
            Current::Manifest(m) => Some(m.revision),
            Current::Absent | Current::Unreadable => None,
        };
        if self.stale.contains(&key) || !guard::nothing_written_since(self.verified, revision) {
            self.check_key(&key, &congress.id)?;
        }
        self.write_congress(congress, stored)
    }

    /// Another tab wrote `key` (a storage event): until this tab reads it again, a save
    /// compares it with what this tab last saw.
    pub fn note_written_elsewhere(&mut self, key: &str) {
        self.stale.insert(key.to_string());
    }

    /// The per-key rule (`guard::check_write`) for a save of `id` under `key`.
    pub(super) fn check_key(&self, key: &str, id: &str) -> Result<(), SaveError> {
        let stored = match self.backend.get(key) {
            Ok(text) => text,
            // Became unreadable: the user chooses, and reading it again copies it aside.
            Err(_) => return Err(SaveError::Conflict(id.to_string())),
        };
        match guard::check_write(self.seen.get(key), stored.as_deref()) {
            WriteCheck::Write => Ok(()),
            WriteCheck::Conflict => Err(SaveError::Conflict(id.to_string())),
            WriteCheck::DeletedElsewhere => Err(SaveError::DeletedElsewhere(id.to_string())),
        }
    }

    /// Deletes a congress's data, its drafts and their versions, its congress day, and its
    /// place in the list. Returns the removed keys' stored texts exactly, so an undo can put them back
    /// (`restore_entries`); the caller keeps the congress itself.
    pub fn delete_congress(&mut self, id: &str) -> Result<Vec<(String, String)>, SaveError> {
        let key = keys::congress(id);
        self.may_touch(&key)?;
        let removed = self.remove_keys_of(id)?;
        self.remove(&key)?;
        self.seen.remove(&key);
        self.deleted.insert(id.to_string());
        let mut next = self.manifest.clone();
        next.congresses.retain(|c| c != id);
        if next.active.as_deref() == Some(id) {
            next.active = next.congresses.first().cloned();
        }
        self.write_manifest(next)?;
        Ok(removed)
    }

    /// Another tab deleted this congress: stop listing it here too (nothing is written).
    pub fn forget_congress(&mut self, id: &str) {
        self.seen.remove(&keys::congress(id));
        self.deleted.insert(id.to_string());
        self.manifest.congresses.retain(|c| c != id);
    }

    /// True when a congress's data is in storage.
    pub fn has_congress(&self, id: &str) -> bool {
        matches!(self.backend.get(&keys::congress(id)), Ok(Some(_)))
    }

    /// Saves one congress whatever another tab wrote: only on the user's explicit choice.
    pub fn force_save_congress(&mut self, congress: &Congress) -> Result<(), SaveError> {
        let stored = self.current_manifest();
        self.write_congress(congress, stored)
    }

    /// Writes a congress and the manifest, merged over `stored` (read once per save).
    fn write_congress(&mut self, congress: &Congress, stored_manifest: Current) -> Result<(), SaveError> {
        let key = keys::congress(&congress.id);
        let record = StoredCongress { schema_version: SCHEMA_VERSION, congress };
        let text = serde_json::to_string(&record).map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
        self.write(&key, &text)?;
        self.stale.remove(&key);
        self.seen.insert(key, Seen::Text(text));
        self.deleted.remove(&congress.id);
        let mut next = self.manifest.clone();
        if !next.congresses.contains(&congress.id) {
            next.congresses.push(congress.id.clone());
        }
        next.active = Some(congress.id.clone());
        self.write_manifest_over(next, stored_manifest)
    }

    /// Reads one congress again, as another tab left it. `None` when it is gone or unreadable
    /// (then `problems` says why).
    pub fn reload_congress(&mut self, id: &str, now_ms: i64) -> (Option<Congress>, Vec<LoadProblem>) {
        let mut snapshot = Snapshot::default();
        let congress = match self.read::<StoredCongress<Congress>>(&keys::congress(id), now_ms, &mut snapshot) {
            Read::Value(stored) => Some(stored.congress),
            Read::Absent | Read::Unreadable => None,
        };
        (congress, snapshot.problems)
    }

    /// Removes every key of this app, quarantined copies included: only on the user's
    /// explicit, confirmed request. Returns how many keys were removed.
    /// Other open tabs hear it through a signal key written and removed at once, drop what
    /// they hold and write nothing more.
    pub fn delete_everything(&mut self) -> Result<usize, SaveError> {
        if let Some(halt) = self.halted {
            return Err(SaveError::Halted(halt));
        }
        let ours: Vec<String> = self.backend.keys().into_iter().filter(|k| k.starts_with(keys::PREFIX)).collect();
        for key in &ours {
            self.backend.remove(key)?;
        }
        // The signal carries no data; other tabs get it as a storage event.
        let _ = self.backend.set(keys::WIPED, &self.last_ms.to_string());
        let _ = self.backend.remove(keys::WIPED);
        self.manifest = Manifest { schema_version: SCHEMA_VERSION, ..Manifest::default() };
        self.protected.clear();
        self.seen.clear();
        self.deleted.clear();
        self.verified = 0;
        Ok(ours.len())
    }

    /// Saves the user's own rounds (all of them: a handful of small records).
    pub fn save_rounds(&mut self, rounds: &[Round]) -> Result<(), SaveError> {
        let stored = StoredRounds { schema_version: SCHEMA_VERSION, rounds };
        let text = serde_json::to_string(&stored).map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
        self.write(keys::ROUNDS, &text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::test_support::sample;
    use crate::storage::MemoryStorage;

    #[test]
    fn saves_and_reloads_a_congress() {
        let mem = MemoryStorage::default();
        let (mut store, snap) = Store::open(mem.clone(), 1);
        assert!(snap.congresses.is_empty() && snap.problems.is_empty());
        let mut c = sample("Công đoàn A");
        c.tasks[0].set_done(true, chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
        store.save_congress(&c).unwrap();
        let (_, snap) = Store::open(mem, 2);
        assert_eq!(snap.congresses, vec![c.clone()]);
        assert_eq!(snap.active, Some(c.id));
        assert!(snap.problems.is_empty());
    }

    /// Two tabs of one congress: the second has saved a change the first has not read.
    /// Returns (storage, first tab, second tab, the first tab's copy, what the second saved).
    #[allow(clippy::type_complexity)]
    fn second_tab_saved_since() -> (MemoryStorage, Store<MemoryStorage>, Store<MemoryStorage>, Congress, Congress) {
        let mem = MemoryStorage::default();
        let (mut first, _) = Store::open(mem.clone(), 1);
        let c = sample("X");
        first.save_congress(&c).unwrap();
        let (mut second, snap) = Store::open(mem.clone(), 2);
        let mut theirs = snap.congresses[0].clone();
        theirs.tasks[0].title = "Sửa ở thẻ thứ hai".into();
        second.save_congress(&theirs).unwrap();
        (mem, first, second, c, theirs)
    }

    #[test]
    fn a_tab_in_conflict_never_overwrites_after_writing_the_manifest_only() {
        let (mem, mut first, mut second, mut c, mut theirs) = second_tab_saved_since();
        c.tasks[1].title = "Sửa ở thẻ này".into();
        assert_eq!(first.save_congress(&c), Err(SaveError::Conflict(c.id.clone())));
        // Writes of the manifest alone: a backup note, a switch, the "told" notice.
        first.note_backup(10).unwrap();
        first.set_active("elsewhere").unwrap();
        first.note_told_local_only().unwrap();
        c.tasks[2].title = "Sửa nữa ở thẻ này".into();
        assert_eq!(first.save_congress(&c), Err(SaveError::Conflict(c.id.clone())));
        let (_, snap) = Store::open(mem.clone(), 3);
        assert_eq!(snap.congresses, vec![theirs.clone()], "what the other tab saved stands");
        // And the other tab, which did nothing wrong, still saves without a conflict.
        theirs.tasks[3].title = "Thẻ kia sửa tiếp".into();
        second.save_congress(&theirs).unwrap();
    }

    #[test]
    fn a_tab_never_overwrites_what_another_tab_saved_since() {
        let (mem, mut first, mut second, mut c, theirs) = second_tab_saved_since();
        // The first tab has not seen that: its save is refused and nothing is written.
        c.tasks[1].title = "Sửa ở thẻ thứ nhất".into();
        assert_eq!(first.save_congress(&c), Err(SaveError::Conflict(c.id.clone())));
        let (_, snap) = Store::open(mem.clone(), 3);
        assert_eq!(snap.congresses[0], theirs);
        // It reads the other tab's version, and can then save on top of it.
        let (reloaded, problems) = first.reload_congress(&c.id, 4);
        assert!(problems.is_empty());
        let mut merged = reloaded.unwrap();
        merged.tasks[1].title = "Sửa ở thẻ thứ nhất".into();
        first.save_congress(&merged).unwrap();
        // Or, on the user's explicit choice, keep its own version.
        assert_eq!(second.save_congress(&theirs), Err(SaveError::Conflict(c.id.clone())));
        second.force_save_congress(&theirs).unwrap();
        let (_, snap) = Store::open(mem, 5);
        assert_eq!(snap.congresses[0], theirs);
    }

    #[test]
    fn a_key_heard_written_elsewhere_is_compared_before_the_manifest_moves() {
        let mem = MemoryStorage::default();
        let (mut first, _) = Store::open(mem.clone(), 1);
        let mut c = sample("X");
        first.save_congress(&c).unwrap();
        // Another tab has written the congress and not yet the manifest when this tab hears it.
        let (_, snap) = Store::open(mem.clone(), 2);
        let mut theirs = snap.congresses[0].clone();
        theirs.tasks[0].title = "Sửa ở thẻ kia".into();
        let text = serde_json::to_string(&StoredCongress { schema_version: SCHEMA_VERSION, congress: &theirs }).unwrap();
        mem.set(&keys::congress(&c.id), &text).unwrap();
        first.note_written_elsewhere(&keys::congress(&c.id));
        c.tasks[1].title = "Sửa ở thẻ này".into();
        assert_eq!(first.save_congress(&c), Err(SaveError::Conflict(c.id.clone())));
        assert_eq!(mem.get(&keys::congress(&c.id)).unwrap(), Some(text));
        // Read again, it may be saved on top.
        let mut merged = first.reload_congress(&c.id, 3).0.unwrap();
        merged.tasks[1].title = "Sửa ở thẻ này".into();
        first.save_congress(&merged).unwrap();
    }

    #[test]
    fn a_change_to_a_congress_deleted_in_another_tab_is_not_written() {
        let mem = MemoryStorage::default();
        let (mut first, _) = Store::open(mem.clone(), 1);
        let (a, mut b) = (sample("A"), sample("B"));
        first.save_congress(&a).unwrap();
        first.save_congress(&b).unwrap();
        let (mut second, _) = Store::open(mem.clone(), 2);
        second.delete_congress(&b.id).unwrap();
        b.tasks[0].title = "Sửa chưa lưu".into();
        assert_eq!(first.save_congress(&b), Err(SaveError::DeletedElsewhere(b.id.clone())));
        let (_, snap) = Store::open(mem.clone(), 3);
        assert_eq!(snap.congresses, vec![a.clone()]);
        // A draft of it is not written either (no orphan key).
        let d = crate::templates::new_draft(crate::model::DocumentKind::Blank, &b, &mut crate::ids::new_id);
        assert_eq!(first.save_draft(&d), Err(SaveError::DeletedElsewhere(b.id.clone())));
        assert!(mem.keys().iter().all(|k| !k.contains(&b.id)), "{:?}", mem.keys());
    }

    #[test]
    fn a_deleted_congress_is_gone_and_can_be_put_back() {
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        let b = sample("B");
        store.save_congress(&a).unwrap();
        store.save_congress(&b).unwrap();
        let (mut other_tab, _) = Store::open(mem.clone(), 1);
        store.delete_congress(&b.id).unwrap();
        assert_eq!(mem.get(&keys::congress(&b.id)).unwrap(), None);
        let (_, snap) = Store::open(mem.clone(), 2);
        assert_eq!(snap.congresses, vec![a.clone()]);
        assert_eq!(snap.active, Some(a.id.clone()));
        assert!(snap.problems.is_empty());
        // Undo: saved again, listed again.
        store.save_congress(&b).unwrap();
        let (_, snap) = Store::open(mem.clone(), 3);
        assert_eq!(snap.congresses, vec![a.clone(), b.clone()]);
        // Another tab that still lists it keeps it listed when it saves: the data is there.
        other_tab.save_congress(&a).unwrap();
        let (_, snap) = Store::open(mem, 4);
        assert_eq!(snap.congresses.len(), 2);
    }

    #[test]
    fn full_storage_is_an_error_and_keeps_what_was_stored() {
        let mem = MemoryStorage::with_capacity(30_000);
        let (mut store, _) = Store::open(mem.clone(), 1);
        let small = sample("D");
        store.save_congress(&small).unwrap();
        let before = mem.get(&keys::congress(&small.id)).unwrap();
        let mut big = small.clone();
        big.tasks[0].explanation = "ư".repeat(30_000);
        assert_eq!(store.save_congress(&big), Err(SaveError::Full));
        assert_eq!(mem.get(&keys::congress(&small.id)).unwrap(), before);
        let (_, snap) = Store::open(mem, 2);
        assert_eq!(snap.congresses, vec![small]);
    }

    #[test]
    fn own_rounds_are_kept_apart_from_congresses() {
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        let round = crate::model::RoundForm { name: "2030–2035".into(), grassroots_text: "31/12/2030".into(), ..Default::default() }
            .validate("r".into())
            .unwrap();
        store.save_rounds(std::slice::from_ref(&round)).unwrap();
        let (_, snap) = Store::open(mem.clone(), 2);
        assert_eq!(snap.rounds, vec![round]);
        assert!(snap.congresses.is_empty());
        mem.set(keys::ROUNDS, "[").unwrap();
        let (_, snap) = Store::open(mem, 3);
        assert!(snap.rounds.is_empty());
        assert!(matches!(&snap.problems[..], [LoadProblem::Quarantined { key, .. }] if key == keys::ROUNDS));
    }

    #[test]
    fn deleting_everything_tells_other_tabs_and_a_tab_that_missed_it_writes_nothing() {
        let mem = MemoryStorage::default();
        let (mut first, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        first.save_congress(&a).unwrap();
        let (mut second, _) = Store::open(mem.clone(), 2);
        mem.watch_writes();
        second.delete_everything().unwrap();
        assert!(mem.writes().iter().any(|(k, v)| k == keys::WIPED && v.is_some()), "{:?}", mem.writes());
        assert!(mem.keys().is_empty());
        // The first tab missed the signal: its next writes are refused, nothing comes back.
        assert_eq!(first.save_congress(&a), Err(SaveError::DeletedElsewhere(a.id.clone())));
        assert_eq!(first.note_backup(9), Err(SaveError::Halted(Halt::WipedElsewhere)));
        assert_eq!(first.save_congress(&sample("B")), Err(SaveError::Halted(Halt::WipedElsewhere)));
        assert!(mem.keys().is_empty(), "{:?}", mem.keys());
    }

    #[test]
    fn deleting_everything_leaves_nothing_of_the_app() {
        let mem = MemoryStorage::default();
        mem.set("other-app", "keep me").unwrap();
        mem.set(keys::MANIFEST, "broken").unwrap();
        let (mut store, _) = Store::open(mem.clone(), 1);
        store.save_congress(&sample("A")).unwrap();
        store.save_rounds(&[]).unwrap();
        assert!(store.delete_everything().unwrap() >= 4, "manifest, congress, rounds, quarantine");
        assert_eq!(mem.keys(), vec!["other-app".to_string()]);
        let (_, snap) = Store::open(mem, 2);
        assert!(snap.congresses.is_empty() && snap.problems.is_empty());
    }
}
