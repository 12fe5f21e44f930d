//! Loading and saving congresses through a `KeyValue` backend. Unreadable data is never lost:
//! its exact value is copied to a quarantine key before anything may write over it, and a key
//! whose copy failed is never written. Failed writes are returned, never swallowed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::backend::{BackendError, KeyValue};
use super::guard::{self, Seen, WriteCheck};
use super::keys::{self, SCHEMA_VERSION};
use crate::model::{Congress, Draft, Round};

/// Drafts arriving with an import, and what to do with drafts they replace.
#[derive(Debug, Clone, Default)]
pub struct ImportedDrafts {
    pub drafts: Vec<Draft>,
    /// Versions kept of those drafts (from a backup), by draft id.
    pub versions: Vec<(String, Vec<crate::model::Version>)>,
    /// When a stored draft is replaced: its text is first kept as a version with this name
    /// and time.
    pub before_import: (String, i64),
}

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

/// One congress as stored under its own key.
#[derive(Serialize, Deserialize)]
struct StoredCongress<C> {
    schema_version: u32,
    congress: C,
}

/// The user's own rounds, as stored.
#[derive(Serialize, Deserialize)]
struct StoredRounds<R> {
    schema_version: u32,
    rounds: R,
}

/// Only the version, read first so newer data is recognised even if its shape changed.
#[derive(Deserialize)]
struct VersionProbe {
    schema_version: u32,
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
    /// The drafts of those congresses.
    pub drafts: Vec<Draft>,
    /// The user's own rounds.
    pub rounds: Vec<Round>,
    pub active: Option<String>,
    pub problems: Vec<LoadProblem>,
}

/// A kept copy of unreadable data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuarantineEntry {
    pub key: String,
    pub original_key: String,
    pub saved_at_ms: i64,
}

pub struct Store<B: KeyValue> {
    pub(super) backend: B,
    manifest: Manifest,
    /// Keys holding data that could not be read nor copied: never written.
    pub(super) protected: BTreeSet<String>,
    /// What this tab last read or wrote under each key. A save finds something else there
    /// when another tab wrote it since: a conflict, never a silent overwrite (`guard`).
    pub(super) seen: BTreeMap<String, Seen>,
    /// Congresses this tab deleted: not listed again when manifests are merged.
    deleted: BTreeSet<String>,
    /// The manifest revision up to which every key this tab saw is known unchanged
    /// (`guard::nothing_written_since`).
    verified: u64,
    /// Keys another tab wrote (heard through the storage event) that this tab has not read
    /// since: always compared before a write, whatever the revision says (the event can
    /// arrive between the other tab's write of the key and of the manifest).
    stale: BTreeSet<String>,
    /// Set once this tab must write nothing more.
    halted: Option<Halt>,
    /// Problems found after opening (a key that became unreadable, newer data), until the UI
    /// takes them (`take_problems`).
    late: Vec<LoadProblem>,
    /// The latest time this store was told (ms since the epoch), to stamp quarantine copies
    /// made during a save.
    last_ms: i64,
}

/// The stored manifest as a save finds it.
pub(super) enum Current {
    Manifest(Manifest),
    Absent,
    Unreadable,
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
        for id in &manifest.congresses {
            store.read_drafts(id, now_ms, &mut snapshot);
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

    fn write_manifest(&mut self, next: Manifest) -> Result<(), SaveError> {
        let stored = self.current_manifest();
        self.write_manifest_over(next, stored)
    }

    /// Writes `next` over `stored` (the manifest as just read), merged with it: another tab may
    /// have added congresses since, and they stay listed; a missing or unreadable list is
    /// rebuilt from the stored congresses.
    fn write_manifest_over(&mut self, next: Manifest, stored: Current) -> Result<(), SaveError> {
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
    fn stored_congress_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.backend.keys().iter().filter_map(|k| keys::congress_id(k).map(str::to_string)).collect();
        ids.sort();
        ids
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

    /// Deletes a congress's data, its drafts and their versions, and its place in the list.
    /// Returns the drafts' stored texts exactly, so an undo can put them back
    /// (`restore_entries`); the caller keeps the congress itself.
    pub fn delete_congress(&mut self, id: &str) -> Result<Vec<(String, String)>, SaveError> {
        let key = keys::congress(id);
        self.may_touch(&key)?;
        let removed = self.remove_drafts_of(id)?;
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
            Ok(previous)
        })
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

    /// Ids of the congresses the stored manifest lists now (another tab may have added some).
    pub fn listed_congresses(&mut self) -> Vec<String> {
        match self.current_manifest() {
            Current::Manifest(m) => m.congresses,
            Current::Absent | Current::Unreadable => Vec::new(),
        }
    }

    /// Saves the user's own rounds (all of them: a handful of small records).
    pub fn save_rounds(&mut self, rounds: &[Round]) -> Result<(), SaveError> {
        let stored = StoredRounds { schema_version: SCHEMA_VERSION, rounds };
        let text = serde_json::to_string(&stored).map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
        self.write(keys::ROUNDS, &text)
    }

    /// Opens another congress next time the app starts.
    pub fn set_active(&mut self, id: &str) -> Result<(), SaveError> {
        if self.manifest.active.as_deref() == Some(id) {
            return Ok(());
        }
        let next = Manifest { active: Some(id.to_string()), ..self.manifest.clone() };
        self.write_manifest(next)
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
        entries.sort_by(|a, b| (a.saved_at_ms, &a.key).cmp(&(b.saved_at_ms, &b.key)));
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

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }
}

pub(super) enum Read<T> {
    Value(T),
    Absent,
    Unreadable,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStorage;
    use crate::templates::new_congress;
    use crate::model::{CongressDraft, CongressType};

    fn sample(name: &str) -> Congress {
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
    fn a_failed_import_leaves_no_ghost_congress() {
        let mem = MemoryStorage::with_capacity(80_000);
        let (mut store, _) = Store::open(mem.clone(), 1);
        let a = sample("A");
        store.save_congress(&a).unwrap();
        let b = sample("B");
        let mut huge = crate::templates::new_draft(crate::model::DocumentKind::Blank, &b, &mut crate::ids::new_id);
        huge.sections[0].body = "ư".repeat(79_000);
        let drafts = ImportedDrafts { drafts: vec![huge], versions: vec![], before_import: ("x".into(), 1) };
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
    fn swapping_back_to_the_kept_version_is_all_or_nothing() {
        for failing in 1..=3 {
            let mem = MemoryStorage::default();
            let (mut store, _) = Store::open(mem.clone(), 1);
            let a = sample("A");
            store.save_congress(&a).unwrap();
            let mut incoming = a.clone();
            incoming.unit_name = "A (từ tệp)".into();
            store.apply_import(&[], std::slice::from_ref(&incoming), &[]).unwrap();
            let before: Vec<(String, Option<String>)> = mem.keys().into_iter().map(|k| (k.clone(), mem.get(&k).unwrap())).collect();
            mem.fail_write(failing);
            assert!(store.swap_with_replaced(&incoming).is_err(), "write {failing} fails");
            let after: Vec<(String, Option<String>)> = mem.keys().into_iter().map(|k| (k.clone(), mem.get(&k).unwrap())).collect();
            assert_eq!(after, before, "write {failing} failed: both versions where they were");
            // And then it works, and the kept version is the imported one.
            assert_eq!(store.swap_with_replaced(&incoming).unwrap(), a);
            assert_eq!(store.replaced_version(&a.id), Some(incoming));
        }
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
        let before: Vec<(String, Option<String>)> = mem.keys().into_iter().map(|k| (k.clone(), mem.get(&k).unwrap())).collect();
        let mut incoming = a.clone();
        incoming.unit_name = "A (từ tệp)".into();
        let mut big = sample("B");
        big.tasks[0].notes = "x".repeat(40_000);
        assert_eq!(store.apply_import(&[big], &[incoming], &[]), Err(SaveError::Full));
        let after: Vec<(String, Option<String>)> = mem.keys().into_iter().map(|k| (k.clone(), mem.get(&k).unwrap())).collect();
        assert_eq!(after, before, "storage byte for byte as it was");
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
