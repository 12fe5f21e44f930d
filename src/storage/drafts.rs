//! Drafts in storage: each draft under its own key (typing in one writes that key only, never
//! the manifest nor another draft), and its kept versions under another key read only when the
//! user opens them. Same rules as congresses: unreadable data is copied aside before anything
//! is written over it, and a save never overwrites what another tab wrote since.

use serde::{Deserialize, Serialize};

use super::backend::{BackendError, KeyValue};
use super::keys::{self, SCHEMA_VERSION};
use super::guard::Seen;
use super::import::{ImportedDrafts, Undo};
use super::read::Read;
use super::store::{LoadProblem, SaveError, Snapshot, Store};
use crate::model::draft::add_version;
use crate::model::{Draft, Version};

#[derive(Serialize, Deserialize)]
struct StoredDraft<D> {
    schema_version: u32,
    draft: D,
}

#[derive(Serialize, Deserialize)]
struct StoredVersions<V> {
    schema_version: u32,
    versions: V,
}

fn to_json<T: Serialize>(value: &T) -> Result<String, SaveError> {
    serde_json::to_string(value).map_err(|e| SaveError::Backend(BackendError::Other(e.to_string())))
}

impl<B: KeyValue> Store<B> {
    /// Reads every draft of a congress into `snapshot` (unreadable ones are quarantined and
    /// reported there), in a stable order. A draft is the congress's when its own record says
    /// so and it is stored under its key: ids with '/' (accepted by earlier versions) make keys
    /// that a prefix alone cannot tell apart (`a/b` + `d` and `a` + `b/d`).
    pub(super) fn read_drafts(&mut self, congress_id: &str, now_ms: i64, snapshot: &mut Snapshot) {
        let prefix = keys::drafts_of(congress_id);
        let mut found: Vec<String> = self.backend.keys().into_iter().filter(|k| k.starts_with(&prefix)).collect();
        crate::model::order::sort_stable(&mut found);
        for key in found {
            let unambiguous = keys::parse_draft(&key).is_some_and(|(c, _)| c == congress_id);
            if !unambiguous && !self.draft_key_belongs_to(&key, congress_id) {
                continue;
            }
            if let Read::Value(stored) = self.read::<StoredDraft<Draft>>(&key, now_ms, snapshot) {
                snapshot.drafts.push(stored.draft);
            }
        }
    }

    /// True when `key` holds a readable draft of `congress_id` stored under its own key.
    fn draft_key_belongs_to(&self, key: &str, congress_id: &str) -> bool {
        #[derive(serde::Deserialize)]
        struct Owner {
            draft: OwnerIds,
        }
        #[derive(serde::Deserialize)]
        struct OwnerIds {
            id: String,
            congress_id: String,
        }
        let Ok(Some(text)) = self.backend.get(key) else { return false };
        serde_json::from_str::<Owner>(&text)
            .is_ok_and(|o| o.draft.congress_id == congress_id && keys::draft(congress_id, &o.draft.id) == key)
    }

    /// Saves one draft under its own key. Refuses with `Conflict(draft id)` when another tab
    /// saved it since this tab last read or wrote it, and with `DeletedElsewhere` (draft id,
    /// or congress id) when another tab deleted the draft or its congress: no orphan is written.
    pub fn save_draft(&mut self, draft: &Draft) -> Result<(), SaveError> {
        let key = keys::draft(&draft.congress_id, &draft.id);
        self.check_key(&key, &draft.id)?;
        let congress_key = keys::congress(&draft.congress_id);
        if matches!(self.seen.get(&congress_key), Some(Seen::Text(_))) && !self.backend.contains(&congress_key) {
            return Err(SaveError::DeletedElsewhere(draft.congress_id.clone()));
        }
        self.force_save_draft(draft)
    }

    /// Saves a draft whatever another tab wrote: only on the user's explicit choice.
    pub fn force_save_draft(&mut self, draft: &Draft) -> Result<(), SaveError> {
        let key = keys::draft(&draft.congress_id, &draft.id);
        let text = to_json(&StoredDraft { schema_version: SCHEMA_VERSION, draft })?;
        self.write(&key, &text)?;
        self.seen.insert(key, Seen::Text(text));
        Ok(())
    }

    /// Reads one draft again, as another tab left it (`None` when gone or unreadable).
    pub fn reload_draft(&mut self, congress_id: &str, draft_id: &str, now_ms: i64) -> (Option<Draft>, Vec<LoadProblem>) {
        let mut snapshot = Snapshot::default();
        let draft = match self.read::<StoredDraft<Draft>>(&keys::draft(congress_id, draft_id), now_ms, &mut snapshot) {
            Read::Value(stored) => Some(stored.draft),
            Read::Absent | Read::Unreadable => None,
        };
        (draft, snapshot.problems)
    }

    /// True when a draft's data is in storage.
    pub fn has_draft(&self, congress_id: &str, draft_id: &str) -> bool {
        matches!(self.backend.get(&keys::draft(congress_id, draft_id)), Ok(Some(_)))
    }

    /// Deletes a draft and its versions. Returns their stored texts for undo.
    pub fn delete_draft(&mut self, congress_id: &str, draft_id: &str) -> Result<Vec<(String, String)>, SaveError> {
        let keys = [keys::draft(congress_id, draft_id), keys::versions(congress_id, draft_id)];
        self.remove_keys(&keys)
    }

    /// Deletes every draft and version of a congress (only its own: see `read_drafts`), and its
    /// congress day (`storage::congress_day`) with the one an import replaced. Returns their
    /// stored texts for undo.
    pub(super) fn remove_keys_of(&mut self, congress_id: &str) -> Result<Vec<(String, String)>, SaveError> {
        let (drafts, versions) = (keys::drafts_of(congress_id), keys::versions_of(congress_id));
        let all = self.backend.keys();
        let draft_keys: Vec<String> = all
            .iter()
            .filter(|k| k.starts_with(&drafts))
            .filter(|k| keys::parse_draft(k).is_some_and(|(c, _)| c == congress_id) || self.draft_key_belongs_to(k, congress_id))
            .cloned()
            .collect();
        // Versions carry no ids: a congress's are those of its drafts, and those whose key is
        // unambiguously its own.
        let draft_ids: Vec<&str> = draft_keys.iter().filter_map(|k| k.strip_prefix(&drafts)).collect();
        let version_keys: Vec<String> = all
            .iter()
            .filter(|k| k.strip_prefix(&versions).is_some_and(|rest| !rest.contains('/') || draft_ids.contains(&rest)))
            .cloned()
            .collect();
        let day_keys = vec![keys::congress_day(congress_id), keys::replaced_day(congress_id)];
        self.remove_keys(&[draft_keys, version_keys, day_keys].concat())
    }

    fn remove_keys(&mut self, keys: &[String]) -> Result<Vec<(String, String)>, SaveError> {
        for key in keys {
            self.may_touch(key)?;
        }
        let mut removed = Vec::new();
        for key in keys {
            if let Ok(Some(text)) = self.backend.get(key) {
                self.remove(key)?;
                self.seen.remove(key);
                removed.push((key.clone(), text));
            }
        }
        Ok(removed)
    }

    /// Writes back what a delete returned (undo). All or nothing: on a failed write the keys
    /// written so far are removed again.
    pub fn restore_entries(&mut self, entries: &[(String, String)]) -> Result<(), SaveError> {
        for (i, (key, text)) in entries.iter().enumerate() {
            if let Err(e) = self.write(key, text) {
                for (written, _) in &entries[..i] {
                    let _ = self.backend.remove(written);
                }
                return Err(e);
            }
            self.seen.insert(key.clone(), Seen::Text(text.clone()));
        }
        Ok(())
    }

    /// The import's part for drafts and congress days (see `Store::apply_import_with_drafts`);
    /// every key it writes is remembered in `undo` first.
    pub(super) fn import_drafts(&mut self, imported: &ImportedDrafts, undo: &mut Undo) -> Result<(), SaveError> {
        for draft in &imported.drafts {
            let key = keys::draft(&draft.congress_id, &draft.id);
            let vkey = keys::versions(&draft.congress_id, &draft.id);
            self.remember(&key, undo)?;
            self.remember(&vkey, undo)?;
            let mut versions = match imported.versions.iter().find(|(id, _)| id == &draft.id) {
                Some((_, vs)) => vs.clone(),
                None => self.versions(&draft.congress_id, &draft.id, imported.before_import.1).0,
            };
            let stored = self.reload_draft(&draft.congress_id, &draft.id, imported.before_import.1).0;
            if let Some(stored) = stored.filter(|s| s.snapshot() != draft.snapshot()) {
                let (name, at) = imported.before_import.clone();
                add_version(&mut versions, Version { saved_at_ms: at, name, status: stored.status, automatic: true, sections: stored.snapshot() });
            }
            if !versions.is_empty() {
                self.save_versions(&draft.congress_id, &draft.id, &versions)?;
            }
            self.force_save_draft(draft)?;
        }
        for (congress_id, day) in &imported.days {
            let key = keys::congress_day(congress_id);
            self.remember(&key, undo)?;
            // A stored day this version cannot read is never lost: it is copied aside first.
            let stored = super::congress_day::read_day(&self.backend, congress_id);
            if stored == super::congress_day::StoredDay::Unreadable {
                let aside = keys::quarantine(imported.before_import.1, &key);
                self.remember(&aside, undo)?;
                self.backend.copy_exact(&key, &aside).map_err(SaveError::Backend)?;
            }
            // The day it replaces is kept, to come back with the congress (`swap_with_replaced`).
            let backup = keys::replaced_day(congress_id);
            self.remember(&backup, undo)?;
            match stored {
                super::congress_day::StoredDay::Day(_, seen) => self.write(&backup, seen.text())?,
                _ => self.write(&backup, "")?,
            }
            self.write(&key, &super::congress_day::day_text(day))?;
        }
        Ok(())
    }

    /// Every draft's kept versions, for a full backup (drafts whose versions cannot be read
    /// are left out here and reported when opened).
    pub fn all_versions(&self, drafts: &[Draft]) -> Vec<(String, Vec<Version>)> {
        drafts
            .iter()
            .filter_map(|d| {
                let text = self.backend.get(&keys::versions(&d.congress_id, &d.id)).ok().flatten()?;
                let stored: StoredVersions<Vec<Version>> = serde_json::from_str(&text).ok()?;
                Some((d.id.clone(), stored.versions))
            })
            .collect()
    }

    /// Every stored draft of every listed congress, read when first needed (an unreadable one
    /// is copied aside and reported, as on opening).
    pub fn all_drafts(&mut self, now_ms: i64) -> (Vec<Draft>, Vec<LoadProblem>) {
        let mut snapshot = Snapshot::default();
        for id in self.manifest.congresses.clone() {
            self.read_drafts(&id, now_ms, &mut snapshot);
        }
        (snapshot.drafts, snapshot.problems)
    }

    /// Every stored draft of a congress (after an import wrote them).
    pub fn drafts_of(&mut self, congress_id: &str, now_ms: i64) -> (Vec<Draft>, Vec<LoadProblem>) {
        let mut snapshot = Snapshot::default();
        self.read_drafts(congress_id, now_ms, &mut snapshot);
        (snapshot.drafts, snapshot.problems)
    }

    /// The versions kept of a draft, oldest first. Unreadable ones are copied aside (and
    /// reported), and an empty list is returned so new versions can be kept.
    pub fn versions(&mut self, congress_id: &str, draft_id: &str, now_ms: i64) -> (Vec<Version>, Vec<LoadProblem>) {
        let mut snapshot = Snapshot::default();
        let versions = match self.read::<StoredVersions<Vec<Version>>>(&keys::versions(congress_id, draft_id), now_ms, &mut snapshot) {
            Read::Value(stored) => stored.versions,
            Read::Absent | Read::Unreadable => Vec::new(),
        };
        (versions, snapshot.problems)
    }

    /// Writes a draft's versions (all of them: at most `MAX_VERSIONS`).
    pub fn save_versions(&mut self, congress_id: &str, draft_id: &str, versions: &[Version]) -> Result<(), SaveError> {
        let key = keys::versions(congress_id, draft_id);
        let text = to_json(&StoredVersions { schema_version: SCHEMA_VERSION, versions })?;
        self.write(&key, &text)?;
        self.seen.insert(key, Seen::Text(text));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::model::draft::{add_version, DocumentKind, DraftStatus, Version};
    use crate::model::{CongressDraft, CongressType, Draft};
    use crate::storage::backend::KeyValue;
    use crate::storage::{keys, LoadProblem, MemoryStorage, SaveError, Store};
    use crate::templates::{new_congress, new_draft};

    /// Opens the store and reads every draft, as the documents screen does on first opening.
    fn open_with_drafts(mem: MemoryStorage, now_ms: i64) -> (Store<MemoryStorage>, crate::storage::Snapshot) {
        let (mut store, mut snap) = Store::open(mem, now_ms);
        assert!(snap.drafts.is_empty(), "opening reads no draft");
        let (drafts, problems) = store.all_drafts(now_ms);
        snap.drafts = drafts;
        snap.problems.extend(problems);
        (store, snap)
    }

    fn setup() -> (MemoryStorage, Store<MemoryStorage>, crate::model::Congress) {
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        let input = CongressDraft {
            unit_name: "Công đoàn A".into(),
            upper_union: "LĐLĐ".into(),
            congress_type: CongressType::GrassrootsFullMember,
            date_text: "15/03/2027".into(),
            round: None,
        };
        let c = new_congress(input.validate().unwrap(), &mut crate::ids::new_id);
        store.save_congress(&c).unwrap();
        (mem, store, c)
    }

    fn draft(c: &crate::model::Congress, kind: DocumentKind) -> Draft {
        new_draft(kind, c, &mut crate::ids::new_id)
    }

    #[test]
    fn drafts_are_stored_apart_and_reload() {
        let (mem, mut store, c) = setup();
        let mut a = draft(&c, DocumentKind::TermReport);
        let b = draft(&c, DocumentKind::Resolution);
        a.sections[1].body = "ắ ằ ẳ ẵ ặ ố ồ ổ ỗ ộ ư ứ ừ ử ữ ự đ Đ".into();
        store.save_draft(&a).unwrap();
        store.save_draft(&b).unwrap();
        let manifest_before = mem.get(keys::MANIFEST).unwrap();
        let congress_before = mem.get(&keys::congress(&c.id)).unwrap();
        let b_before = mem.get(&keys::draft(&c.id, &b.id)).unwrap();
        // Typing in one draft writes that draft's key only.
        a.sections[1].body.push_str(" thêm");
        store.save_draft(&a).unwrap();
        assert_eq!(mem.get(keys::MANIFEST).unwrap(), manifest_before);
        assert_eq!(mem.get(&keys::congress(&c.id)).unwrap(), congress_before);
        assert_eq!(mem.get(&keys::draft(&c.id, &b.id)).unwrap(), b_before);
        let (_, snap) = open_with_drafts(mem, 2);
        assert_eq!(snap.drafts.len(), 2);
        assert!(snap.drafts.contains(&a) && snap.drafts.contains(&b));
    }

    #[test]
    fn an_unreadable_draft_is_copied_aside_and_the_others_load() {
        let (mem, mut store, c) = setup();
        let a = draft(&c, DocumentKind::TermReport);
        let b = draft(&c, DocumentKind::Agenda);
        store.save_draft(&a).unwrap();
        store.save_draft(&b).unwrap();
        let key = keys::draft(&c.id, &a.id);
        mem.set(&key, "{\"schema_version\":1,\"draft\":").unwrap();
        let (mut store, snap) = open_with_drafts(mem.clone(), 9);
        assert_eq!(snap.drafts, vec![b]);
        assert!(matches!(&snap.problems[..], [LoadProblem::Quarantined { key: k, .. }] if k == &key));
        assert_eq!(mem.get(&keys::quarantine(9, &key)).unwrap().as_deref(), Some("{\"schema_version\":1,\"draft\":"));
        // Writing over it is allowed now that it is kept.
        store.save_draft(&a).unwrap();
    }

    #[test]
    fn a_tab_never_overwrites_a_draft_another_tab_saved() {
        let (mem, mut first, c) = setup();
        let mut a = draft(&c, DocumentKind::TermReport);
        first.save_draft(&a).unwrap();
        let (mut second, snap) = open_with_drafts(mem.clone(), 2);
        let mut theirs = snap.drafts[0].clone();
        theirs.sections[0].body = "của thẻ kia".into();
        second.save_draft(&theirs).unwrap();
        a.sections[0].body = "của thẻ này".into();
        assert_eq!(first.save_draft(&a), Err(SaveError::Conflict(a.id.clone())));
        assert_eq!(first.reload_draft(&c.id, &a.id, 3).0, Some(theirs));
        // Having read it again, this tab may save.
        first.save_draft(&a).unwrap();
        first.force_save_draft(&a).unwrap();
    }

    #[test]
    fn versions_are_read_on_demand_and_deleted_with_the_draft() {
        let (mem, mut store, c) = setup();
        let a = draft(&c, DocumentKind::TermReport);
        store.save_draft(&a).unwrap();
        let mut vs = store.versions(&c.id, &a.id, 1).0;
        assert!(vs.is_empty());
        add_version(&mut vs, Version { saved_at_ms: 5, name: "Bản 1".into(), status: DraftStatus::Draft, automatic: false, sections: a.snapshot() });
        store.save_versions(&c.id, &a.id, &vs).unwrap();
        assert_eq!(store.versions(&c.id, &a.id, 1).0, vs);
        let removed = store.delete_draft(&c.id, &a.id).unwrap();
        assert_eq!(removed.len(), 2);
        assert!(!store.has_draft(&c.id, &a.id));
        assert!(store.versions(&c.id, &a.id, 1).0.is_empty());
        store.restore_entries(&removed).unwrap();
        assert_eq!(store.versions(&c.id, &a.id, 1).0, vs);
        let (_, snap) = open_with_drafts(mem, 3);
        assert_eq!(snap.drafts, vec![a]);
    }

    #[test]
    fn deleting_a_congress_takes_its_drafts_and_day_and_undo_brings_them_back() {
        use crate::storage::congress_day::{read_day, write_day, StoredDay};
        let (mem, mut store, c) = setup();
        let a = draft(&c, DocumentKind::TermReport);
        store.save_draft(&a).unwrap();
        store.save_versions(&c.id, &a.id, &[]).unwrap();
        let day = crate::model::congress_day::CongressDay::default();
        let day_text = write_day(&mem, &c.id, &day, None).unwrap();
        let removed = store.delete_congress(&c.id).unwrap();
        assert_eq!(removed.len(), 3);
        assert!(mem.keys().iter().all(|k| !k.contains(&c.id)));
        store.save_congress(&c).unwrap();
        store.restore_entries(&removed).unwrap();
        let (_, snap) = open_with_drafts(mem.clone(), 3);
        assert_eq!(snap.drafts, vec![a]);
        assert_eq!(read_day(&mem, &c.id), StoredDay::Day(day, day_text));
    }

    #[test]
    fn an_import_keeps_the_replaced_text_as_a_version_and_rolls_back_whole() {
        let (mem, mut store, c) = setup();
        let mut mine = draft(&c, DocumentKind::TermReport);
        mine.sections[0].body = "của tôi".into();
        store.save_draft(&mine).unwrap();
        let mut theirs = mine.clone();
        theirs.sections[0].body = "từ tệp".into();
        let other = draft(&c, DocumentKind::Agenda);
        let imported = crate::storage::ImportedDrafts {
            drafts: vec![theirs.clone(), other.clone()],
            versions: vec![],
            before_import: ("Trước khi nhập tệp".into(), 77),
            days: vec![],
        };
        store.apply_import_with_drafts(&[], std::slice::from_ref(&c), &[], &imported).unwrap();
        let (_, snap) = open_with_drafts(mem.clone(), 2);
        assert!(snap.drafts.contains(&theirs) && snap.drafts.contains(&other));
        let (mut store, _) = Store::open(mem.clone(), 3);
        let kept = store.versions(&c.id, &mine.id, 3).0;
        assert_eq!(kept.len(), 1);
        assert_eq!((kept[0].name.as_str(), kept[0].saved_at_ms), ("Trước khi nhập tệp", 77));
        assert_eq!(kept[0].sections, mine.snapshot());
        assert!(store.versions(&c.id, &other.id, 3).0.is_empty(), "an unchanged or new draft gets no version");

        // A failed write (storage full) undoes everything the import wrote.
        let small = MemoryStorage::with_capacity(60_000);
        let (mut store, _) = Store::open(small.clone(), 1);
        store.save_congress(&c).unwrap();
        store.save_draft(&mine).unwrap();
        let snapshot = |m: &MemoryStorage| -> Vec<(String, Option<String>)> {
            let mut all: Vec<_> = m.keys().into_iter().map(|k| (k.clone(), m.get(&k).unwrap())).collect();
            all.sort();
            all
        };
        let before = snapshot(&small);
        let mut huge = theirs.clone();
        huge.sections[1].body = "ư".repeat(70_000);
        let imported = crate::storage::ImportedDrafts { drafts: vec![other.clone(), huge], versions: vec![], before_import: ("x".into(), 1), days: vec![] };
        assert_eq!(store.apply_import_with_drafts(&[], std::slice::from_ref(&c), &[], &imported), Err(SaveError::Full));
        assert_eq!(snapshot(&small), before);
    }

    #[test]
    fn drafts_stored_under_ids_with_a_slash_are_found_again_and_kept_apart() {
        // Earlier versions accepted any non-empty id from an imported file: congresses `a` and
        // `a/b`, each with a draft, stored as those versions stored them.
        let mem = MemoryStorage::default();
        let (mut store, _) = Store::open(mem.clone(), 1);
        let mut a = setup().2;
        a.id = "a".into();
        let mut ab = a.clone();
        ab.id = "a/b".into();
        store.save_congress(&a).unwrap();
        store.save_congress(&ab).unwrap();
        let mut da = draft(&a, DocumentKind::TermReport);
        da.id = "b/x".into(); // key: draft/a/b/x, the same shape as a draft "x" of "a/b"
        let mut dab = draft(&ab, DocumentKind::Resolution);
        dab.id = "y".into(); // key: draft/a/b/y
        for d in [&da, &dab] {
            let text = serde_json::to_string(&serde_json::json!({ "schema_version": 1, "draft": d })).unwrap();
            mem.set(&keys::draft(&d.congress_id, &d.id), &text).unwrap();
        }
        let (mut store, snap) = open_with_drafts(mem.clone(), 2);
        assert_eq!(snap.drafts.len(), 2, "{:?}", snap.drafts.iter().map(|d| (&d.congress_id, &d.id)).collect::<Vec<_>>());
        assert!(snap.drafts.contains(&da) && snap.drafts.contains(&dab));
        assert_eq!(store.drafts_of("a", 3).0, vec![da.clone()]);
        assert_eq!(store.drafts_of("a/b", 3).0, vec![dab.clone()]);
        // Deleting `a` takes its own draft only.
        store.delete_congress("a").unwrap();
        let (_, snap) = open_with_drafts(mem, 4);
        assert_eq!(snap.drafts, vec![dab]);
    }

    #[test]
    fn a_full_storage_refuses_the_draft_and_keeps_the_stored_one() {
        let mem = MemoryStorage::with_capacity(40_000);
        let (mut store, _) = Store::open(mem.clone(), 1);
        let input = CongressDraft {
            unit_name: "B".into(),
            upper_union: "L".into(),
            congress_type: CongressType::GrassrootsFullMember,
            date_text: "15/03/2027".into(),
            round: None,
        };
        let c = new_congress(input.validate().unwrap(), &mut crate::ids::new_id);
        store.save_congress(&c).unwrap();
        let mut a = draft(&c, DocumentKind::Blank);
        store.save_draft(&a).unwrap();
        let before = mem.get(&keys::draft(&c.id, &a.id)).unwrap();
        a.sections[0].body = "ư".repeat(40_000);
        assert_eq!(store.save_draft(&a), Err(SaveError::Full));
        assert_eq!(mem.get(&keys::draft(&c.id, &a.id)).unwrap(), before);
    }

    #[test]
    fn an_import_writes_congress_days_keeps_an_unreadable_one_aside_and_rolls_back_whole() {
        use crate::model::congress_day::{Attendance, CongressDay};
        use crate::storage::congress_day::{read_day, StoredDay};
        let (mem, mut store, c) = setup();
        let day = |present| CongressDay { congress: Attendance { summoned: Some(150), present: Some(present) }, ..Default::default() };
        let imported = |days| crate::storage::ImportedDrafts { drafts: vec![], versions: vec![], before_import: ("x".into(), 77), days };
        store.apply_import_with_drafts(&[], std::slice::from_ref(&c), &[], &imported(vec![(c.id.clone(), day(100))])).unwrap();
        assert!(matches!(read_day(&mem, &c.id), StoredDay::Day(d, _) if d == day(100)));
        // A day this version cannot read is copied aside, exactly, before the import's is written.
        let key = keys::congress_day(&c.id);
        mem.set(&key, "{\"schema\":9}").unwrap();
        store.apply_import_with_drafts(&[], std::slice::from_ref(&c), &[], &imported(vec![(c.id.clone(), day(120))])).unwrap();
        assert!(matches!(read_day(&mem, &c.id), StoredDay::Day(d, _) if d == day(120)));
        assert_eq!(mem.get(&keys::quarantine(77, &key)).unwrap().as_deref(), Some("{\"schema\":9}"));
        // A failed write leaves the stored day as it was.
        let before = mem.get(&key).unwrap();
        mem.fail_write(1);
        assert!(store.apply_import_with_drafts(&[], std::slice::from_ref(&c), &[], &imported(vec![(c.id.clone(), day(130))])).is_err());
        assert_eq!(mem.get(&key).unwrap(), before);
    }

    #[test]
    fn restoring_the_congress_from_before_a_backup_brings_its_day_back() {
        use crate::model::congress_day::{Attendance, CongressDay};
        use crate::storage::congress_day::{read_day, write_day, StoredDay};
        let (mem, mut store, c) = setup();
        let day = |present| CongressDay { congress: Attendance { summoned: Some(150), present: Some(present) }, ..Default::default() };
        let imported = |days| crate::storage::ImportedDrafts { drafts: vec![], versions: vec![], before_import: ("x".into(), 77), days };
        let present = |mem: &MemoryStorage| match read_day(mem, &c.id) {
            StoredDay::Day(d, _) => d.congress.present,
            _ => None,
        };
        write_day(&mem, &c.id, &day(100), None).unwrap();
        store.apply_import_with_drafts(&[], std::slice::from_ref(&c), &[], &imported(vec![(c.id.clone(), day(120))])).unwrap();
        assert_eq!(present(&mem), Some(120));
        // Back and forth with the congress.
        store.swap_with_replaced(&c).unwrap();
        assert_eq!(present(&mem), Some(100));
        store.swap_with_replaced(&c).unwrap();
        assert_eq!(present(&mem), Some(120));
        // An import that carries no day (a unit file) leaves the day alone, and so does its swap.
        store.apply_import_with_drafts(&[], std::slice::from_ref(&c), &[], &imported(vec![])).unwrap();
        store.swap_with_replaced(&c).unwrap();
        assert_eq!(present(&mem), Some(120));
        // A congress that had no day: the swap takes the imported day away, and back.
        mem.remove(&keys::congress_day(&c.id)).unwrap();
        store.apply_import_with_drafts(&[], std::slice::from_ref(&c), &[], &imported(vec![(c.id.clone(), day(130))])).unwrap();
        store.swap_with_replaced(&c).unwrap();
        assert_eq!(read_day(&mem, &c.id), StoredDay::None);
        store.swap_with_replaced(&c).unwrap();
        assert_eq!(present(&mem), Some(130));
        // Deleting the congress takes both days.
        store.delete_congress(&c.id).unwrap();
        assert!(mem.keys().iter().all(|k| !k.contains(&c.id) || k.contains("/replaced/")), "{:?}", mem.keys());
    }
}
