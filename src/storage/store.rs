//! Loading and saving congresses through a `KeyValue` backend. Unreadable data is never lost:
//! its exact value is copied to a quarantine key before anything may write over it, and a key
//! whose copy failed is never written. Failed writes are returned, never swallowed.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::backend::{BackendError, KeyValue};
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
    /// Written by a newer version of the app.
    TooNew(u32),
    /// Not text at all.
    NotText,
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
    /// Browser storage cannot be used at all.
    Unavailable(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage is full: nothing was written for this save.
    Full,
    /// The key holds data this app could not read nor copy aside; it is left as it is.
    Protected(String),
    /// Another tab saved this congress since this tab last read it; nothing was written.
    Conflict(String),
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
    /// What this tab last read or wrote under each congress key. A save finds something else
    /// there when another tab wrote it since: a conflict, never a silent overwrite.
    pub(super) seen: BTreeMap<String, Seen>,
    /// Congresses this tab deleted: not listed again when manifests are merged.
    deleted: BTreeSet<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Seen {
    Text(String),
    /// Unreadable and copied aside: may be written over.
    Quarantined,
}

impl<B: KeyValue> Store<B> {
    /// Reads everything, quarantining what cannot be read. `now_ms` stamps quarantine copies.
    pub fn open(backend: B, now_ms: i64) -> (Self, Snapshot) {
        let mut store =
            Store {
            backend,
            manifest: Manifest::default(),
            protected: BTreeSet::new(),
            seen: BTreeMap::new(),
            deleted: BTreeSet::new(),
        };
        let mut snapshot = Snapshot::default();
        store.manifest.schema_version = SCHEMA_VERSION;
        if let Read::Value(stored) = store.read::<StoredRounds<Vec<Round>>>(keys::ROUNDS, now_ms, &mut snapshot) {
            snapshot.rounds = stored.rounds;
        }

        let manifest: Option<Manifest> = match store.read(keys::MANIFEST, now_ms, &mut snapshot) {
            Read::Value(m) => Some(m),
            Read::Absent | Read::Unreadable => None,
        };
        let Some(manifest) = manifest else {
            return (store, snapshot);
        };
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
            Ok(probe) if probe.schema_version > SCHEMA_VERSION => UnreadableReason::TooNew(probe.schema_version),
            _ => match serde_json::from_str::<T>(text) {
                Ok(value) => {
                    self.seen.insert(key.to_string(), Seen::Text(text.to_string()));
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
        let quarantine_key = keys::quarantine(now_ms, key);
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

    pub(super) fn write(&self, key: &str, value: &str) -> Result<(), SaveError> {
        if self.protected.contains(key) {
            return Err(SaveError::Protected(key.to_string()));
        }
        Ok(self.backend.set(key, value)?)
    }

    fn write_manifest(&mut self, next: Manifest) -> Result<(), SaveError> {
        let stored = self.stored_manifest();
        self.write_manifest_over(next, stored)
    }

    /// Writes `next` over `stored` (the manifest as just read), merged with it: another tab may
    /// have added congresses since, and they stay listed.
    fn write_manifest_over(&mut self, next: Manifest, stored: Option<Manifest>) -> Result<(), SaveError> {
        let (mut congresses, stored_revision) =
            stored.map(|m| (m.congresses, m.revision)).unwrap_or_default();
        for id in next.congresses.iter() {
            if !congresses.contains(id) {
                congresses.push(id.clone());
            }
        }
        congresses.retain(|id| !self.deleted.contains(id));
        let revision = stored_revision.max(self.manifest.revision) + 1;
        let next = Manifest { revision, congresses, ..next };
        let text = serde_json::to_string(&next).map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
        self.write(keys::MANIFEST, &text)?;
        self.manifest = next;
        Ok(())
    }

    /// The manifest as stored now, if readable.
    fn stored_manifest(&self) -> Option<Manifest> {
        self.backend.get(keys::MANIFEST).ok().flatten().and_then(|t| serde_json::from_str(&t).ok())
    }

    /// Saves one congress under its own key (and the manifest when it is new or not active).
    /// Refuses with `Conflict` when another tab saved it since this tab last read it.
    pub fn save_congress(&mut self, congress: &Congress) -> Result<(), SaveError> {
        let key = keys::congress(&congress.id);
        // Fast path: every save of this app writes the congress and then moves the manifest's
        // revision on, so an unmoved revision means no other tab saved anything since this one
        // last did (localStorage has no transactions: a write landing between the two is the
        // same microsecond window any check-then-write has).
        let stored = self.stored_manifest();
        let unchanged = stored.as_ref().is_some_and(|m| m.revision == self.manifest.revision)
            || match (self.seen.get(&key), self.backend.get(&key).ok().flatten()) {
                (_, None) | (Some(Seen::Quarantined), _) => true,
                (Some(Seen::Text(seen)), Some(now)) => seen == &now,
                (None, Some(_)) => false,
            };
        if !unchanged {
            return Err(SaveError::Conflict(congress.id.clone()));
        }
        self.write_congress(congress, stored)
    }

    /// Deletes a congress's data, its drafts and their versions, and its place in the list.
    /// Returns the drafts' stored texts exactly, so an undo can put them back
    /// (`restore_entries`); the caller keeps the congress itself.
    pub fn delete_congress(&mut self, id: &str) -> Result<Vec<(String, String)>, SaveError> {
        let key = keys::congress(id);
        if self.protected.contains(&key) {
            return Err(SaveError::Protected(key));
        }
        let removed = self.remove_drafts_of(id)?;
        self.backend.remove(&key)?;
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
        let mut undo: Vec<(String, Option<String>)> = Vec::new();
        let result = self
            .apply_import_steps(adds, replaces, rounds, &mut undo)
            .and_then(|()| self.import_drafts(drafts, &mut undo));
        if result.is_err() {
            for (key, before) in undo.into_iter().rev() {
                let _ = match &before {
                    Some(text) => self.backend.set(&key, text),
                    None => self.backend.remove(&key),
                };
                // What this tab last saw there is what is there again.
                match before {
                    Some(text) => self.seen.insert(key, Seen::Text(text)),
                    None => self.seen.remove(&key),
                };
            }
        }
        result
    }

    fn apply_import_steps(
        &mut self,
        adds: &[Congress],
        replaces: &[Congress],
        rounds: &[Round],
        undo: &mut Vec<(String, Option<String>)>,
    ) -> Result<(), SaveError> {
        for c in replaces {
            let key = keys::congress(&c.id);
            let backup = keys::replaced(&c.id);
            self.remember(&backup, undo)?;
            if self.backend.get(&key).ok().flatten().is_some() {
                self.backend.copy_exact(&key, &backup)?;
            }
        }
        for c in replaces.iter().chain(adds) {
            let key = keys::congress(&c.id);
            self.remember(&key, undo)?;
            let text = serde_json::to_string(&StoredCongress { schema_version: SCHEMA_VERSION, congress: c })
                .map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
            self.backend.set(&key, &text)?;
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
    pub(super) fn remember(&self, key: &str, undo: &mut Vec<(String, Option<String>)>) -> Result<(), SaveError> {
        if self.protected.contains(key) {
            return Err(SaveError::Protected(key.to_string()));
        }
        undo.push((key.to_string(), self.backend.get(key).ok().flatten()));
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
    /// user can change their mind again.
    pub fn swap_with_replaced(&mut self, current: &Congress) -> Result<Congress, SaveError> {
        let key = keys::congress(&current.id);
        let backup = keys::replaced(&current.id);
        let previous = self.replaced_version(&current.id).ok_or_else(|| SaveError::Backend(BackendError::Other("no replaced version".into())))?;
        self.backend.copy_exact(&key, &backup)?;
        self.force_save_congress(&previous)?;
        Ok(previous)
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
        let stored = self.stored_manifest();
        self.write_congress(congress, stored)
    }

    /// Writes a congress and the manifest, merged over `stored` (read once per save).
    fn write_congress(&mut self, congress: &Congress, stored_manifest: Option<Manifest>) -> Result<(), SaveError> {
        let key = keys::congress(&congress.id);
        let record = StoredCongress { schema_version: SCHEMA_VERSION, congress };
        let text = serde_json::to_string(&record).map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))?;
        self.write(&key, &text)?;
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
    pub fn delete_everything(&mut self) -> Result<usize, SaveError> {
        let ours: Vec<String> = self.backend.keys().into_iter().filter(|k| k.starts_with(keys::PREFIX)).collect();
        for key in &ours {
            self.backend.remove(key)?;
        }
        self.manifest = Manifest { schema_version: SCHEMA_VERSION, ..Manifest::default() };
        self.protected.clear();
        self.seen.clear();
        self.deleted.clear();
        Ok(ours.len())
    }

    /// Ids of the congresses the stored manifest lists now (another tab may have added some).
    pub fn listed_congresses(&self) -> Vec<String> {
        self.stored_manifest().map(|m| m.congresses).unwrap_or_default()
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
    fn newer_data_is_quarantined_with_its_version() {
        let mem = MemoryStorage::default();
        mem.set(keys::MANIFEST, r#"{"schema_version":7,"whatever":true}"#).unwrap();
        let (_, snap) = Store::open(mem, 1);
        assert!(matches!(&snap.problems[..],
            [LoadProblem::Quarantined { reason: UnreadableReason::TooNew(7), .. }]));
    }

    #[test]
    fn a_key_that_cannot_be_copied_is_never_written() {
        let corrupt = "x".repeat(50);
        let mem = MemoryStorage::with_capacity(keys::MANIFEST.len() + corrupt.len() + 10);
        mem.set(keys::MANIFEST, &corrupt).unwrap();
        let (mut store, snap) = Store::open(mem.clone(), 1);
        assert!(matches!(&snap.problems[..], [LoadProblem::CopyFailed { error: BackendError::QuotaExceeded, .. }]));
        let err = store.save_congress(&sample("C")).unwrap_err();
        assert!(matches!(err, SaveError::Full | SaveError::Protected(_)), "{err:?}");
        assert_eq!(mem.get(keys::MANIFEST).unwrap(), Some(corrupt));
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
        let mem = MemoryStorage::default();
        let (mut first, _) = Store::open(mem.clone(), 1);
        let mut c = sample("A");
        first.save_congress(&c).unwrap();
        let (mut second, snap) = Store::open(mem.clone(), 2);
        let mut theirs = snap.congresses[0].clone();
        theirs.tasks[0].title = "Sửa ở thẻ thứ hai".into();
        second.save_congress(&theirs).unwrap();
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
