//! The drafts part of `AppState`: creating, editing (debounced saves, a visible save state),
//! status changes that keep a version and move the linked checklist task, versions, deleting
//! with undo, and following another tab's writes.

use leptos::prelude::*;

use super::clock;
use super::state::{debounce, is_pending, take_pending, AppState, DraftOps, DraftSave};
use crate::ids::new_id;
use crate::model::draft::{add_version, DocumentKind, Version};
use crate::model::{Draft, DraftStatus};
use crate::storage::keys;

/// User-timing names around each draft save, read by `make bench`.
const DRAFT_SAVE_START: &str = "congress-notebook:draft-save-start";
const DRAFT_SAVE_MEASURE: &str = "congress-notebook:draft-save";

impl AppState {
    /// Reads every stored draft into memory, once (an unreadable one is copied aside and
    /// shown, as on opening), and hands the first screen the operations on them.
    pub fn ensure_drafts(&self) {
        if self.desk.read() {
            return;
        }
        let now = clock::now_ms();
        let Some((found, problems)) = self.store.try_update_value(|s| s.all_drafts(now)) else { return };
        self.report(problems);
        self.desk.ops.set_value(Some(DraftOps {
            flush: |state| state.flush_draft(),
            follow: |state, congress_id, id| state.external_draft_change(congress_id, id),
            reload: |state, congress_id, id| state.load_draft(congress_id, id),
        }));
        self.desk.drafts.set(found);
    }

    pub(super) fn is_draft(&self, id: &str) -> bool {
        self.desk.drafts.with_untracked(|ds| ds.iter().any(|d| d.id == id))
    }

    /// Creates a draft of the open congress from its outline, saves it and opens it. The
    /// linked task, if not started, is now in progress.
    pub fn create_draft(&self, kind: DocumentKind) {
        let Some(draft) = self.with_active_untracked(|c| crate::templates::new_draft(kind, c, &mut new_id)) else { return };
        self.flush();
        self.changed();
        let result = self.store.try_update_value(|s| s.save_draft(&draft)).unwrap_or(Ok(()));
        self.record(result);
        self.move_linked_task(&draft);
        let id = draft.id.clone();
        self.desk.drafts.update(|ds| ds.push(draft));
        self.desk.open_draft.set(Some(id));
        self.desk.draft_save.set(DraftSave::Saved);
    }

    /// Reads a draft without subscribing.
    pub fn draft_untracked<T>(&self, id: &str, f: impl FnOnce(&Draft) -> T) -> Option<T> {
        self.desk.drafts.with_untracked(|ds| ds.iter().find(|d| d.id == id).map(f))
    }

    /// Changes a draft in memory and saves it after `SAVE_DELAY_MS` without another change.
    pub fn edit_draft(&self, id: &str, change: impl FnOnce(&mut Draft)) {
        self.changed();
        self.desk.drafts.update(|ds| {
            if let Some(d) = ds.iter_mut().find(|d| d.id == id) {
                change(d);
            }
        });
        let state = *self;
        debounce(self.desk.pending_draft, id, move || state.flush_draft());
        if self.desk.draft_save.get_untracked() != DraftSave::Saving {
            self.desk.draft_save.set(DraftSave::Saving);
        }
    }

    /// Saves the draft change waiting to be saved, if any, now.
    pub(super) fn flush_draft(&self) {
        let Some(id) = take_pending(self.desk.pending_draft) else { return };
        let result = self.desk.drafts.with_untracked(|ds| {
            ds.iter().find(|d| d.id == id).map(|d| {
                clock::mark(DRAFT_SAVE_START);
                let r = self.store.try_update_value(|s| s.save_draft(d)).unwrap_or(Ok(()));
                clock::measure(DRAFT_SAVE_MEASURE, DRAFT_SAVE_START);
                r
            })
        });
        if let Some(result) = result {
            self.desk.draft_save.set(if result.is_ok() { DraftSave::Saved } else { DraftSave::Failed });
            self.record(result);
        }
    }

    /// Moves the draft's linked checklist task along with the draft's status.
    fn move_linked_task(&self, draft: &Draft) {
        let Some(task_id) = draft.task_id.clone() else { return };
        if self.active.get_untracked().as_deref() != Some(draft.congress_id.as_str()) {
            return;
        }
        let today = self.today.get_untracked();
        let next = self.with_active_untracked(|c| {
            c.tasks.iter().find(|t| t.id == task_id).and_then(|t| draft.status.moves_task(t.status))
        });
        if let Some(Some(status)) = next {
            self.update_active(|c| {
                if let Some(t) = c.tasks.iter_mut().find(|t| t.id == task_id) {
                    t.set_status(status, today);
                }
            });
        }
    }

    /// Changes a draft's status: keeps a version of the text as it is, and moves the linked task.
    /// Returns how many old versions were pruned to make room.
    pub fn set_draft_status(&self, id: &str, status: DraftStatus) -> usize {
        self.edit_draft(id, |d| d.status = status);
        self.flush_draft();
        let pruned = self.keep_version(id, crate::i18n::draft_status_name(status).to_string(), true);
        if let Some(d) = self.draft_untracked(id, Clone::clone) {
            self.move_linked_task(&d);
        }
        pruned
    }

    /// The versions kept of a draft, oldest first (read from storage now).
    pub fn versions(&self, id: &str) -> Vec<Version> {
        let Some((congress_id, draft_id)) = self.draft_untracked(id, |d| (d.congress_id.clone(), d.id.clone())) else {
            return Vec::new();
        };
        let found = self.store.try_update_value(|s| s.versions(&congress_id, &draft_id, clock::now_ms()));
        let (versions, problems) = found.unwrap_or_default();
        self.report(problems);
        versions
    }

    /// Keeps the draft's current text as a named version. Returns how many were pruned.
    pub fn keep_version(&self, id: &str, name: String, automatic: bool) -> usize {
        self.flush_draft();
        let Some(draft) = self.draft_untracked(id, Clone::clone) else { return 0 };
        let mut versions = self.versions(id);
        let version =
            Version { saved_at_ms: clock::now_ms(), name, status: draft.status, automatic, sections: draft.snapshot() };
        let pruned = add_version(&mut versions, version);
        let result = self.store.try_update_value(|s| s.save_versions(&draft.congress_id, &draft.id, &versions)).unwrap_or(Ok(()));
        self.record(result);
        pruned
    }

    /// Puts a version's text back (the current text is first kept as a version itself).
    pub fn restore_version(&self, id: &str, version: &Version) -> usize {
        let pruned = self.keep_version(id, crate::i18n::BEFORE_RESTORE.to_string(), true);
        self.edit_draft(id, |d| d.restore(version, &mut new_id));
        self.flush_draft();
        self.desk.draft_generation.update(|g| *g += 1);
        pruned
    }

    /// Deletes a draft (after the user confirmed), keeping it for undo.
    pub fn delete_draft(&self, id: &str) {
        self.flush_draft();
        let Some(draft) = self.draft_untracked(id, Clone::clone) else { return };
        self.changed();
        let result = self.store.try_update_value(|s| s.delete_draft(&draft.congress_id, &draft.id)).unwrap_or(Ok(Vec::new()));
        match result {
            Ok(entries) => {
                self.desk.drafts.update(|ds| ds.retain(|d| d.id != draft.id));
                if self.desk.open_draft.get_untracked().as_deref() == Some(draft.id.as_str()) {
                    self.desk.open_draft.set(None);
                }
                self.undo.last_deleted_draft.set(Some((draft, entries)));
            }
            Err(e) => self.record(Err(e)),
        }
    }

    /// Puts the last deleted draft back, with its versions.
    pub fn undo_delete_draft(&self) {
        let Some((draft, entries)) = self.undo.last_deleted_draft.get_untracked() else { return };
        self.undo.last_deleted_draft.set(None);
        let result = self.store.try_update_value(|s| s.restore_entries(&entries)).unwrap_or(Ok(()));
        let ok = result.is_ok();
        self.record(result);
        if ok {
            self.desk.drafts.update(|ds| ds.push(draft));
        }
    }

    /// After a deleted congress came back: its drafts' stored data too (and in memory, if the
    /// drafts have been read).
    pub(super) fn put_back_drafts(&self, congress_id: &str, entries: &[(String, String)]) {
        let result = self.store.try_update_value(|s| s.restore_entries(entries)).unwrap_or(Ok(()));
        self.record(result);
        let Some(ops) = self.desk.ops.get_value() else { return };
        for (key, _) in entries {
            if let Some((c, d)) = keys::parse_draft(key).filter(|(c, _)| *c == congress_id) {
                (ops.reload)(self, c, d);
            }
        }
    }

    /// Reads a draft again as stored, replacing the one in memory (or dropping it if gone).
    pub(super) fn reload_draft_from_storage(&self, id: &str) {
        let Some(congress_id) = self.draft_untracked(id, |d| d.congress_id.clone()) else { return };
        self.load_draft(&congress_id, id);
    }

    fn load_draft(&self, congress_id: &str, id: &str) {
        let Some((found, problems)) = self.store.try_update_value(|s| s.reload_draft(congress_id, id, clock::now_ms())) else { return };
        self.report(problems);
        match found {
            Some(draft) => self.desk.drafts.update(|ds| match ds.iter_mut().find(|d| d.id == id) {
                Some(slot) => *slot = draft,
                None => ds.push(draft),
            }),
            None if !self.store.with_value(|s| s.has_draft(congress_id, id)) => {
                self.desk.drafts.update(|ds| ds.retain(|d| d.id != id));
                if self.desk.open_draft.get_untracked().as_deref() == Some(id) {
                    self.desk.open_draft.set(None);
                }
            }
            None => return,
        }
        if self.desk.open_draft.get_untracked().as_deref() == Some(id) {
            self.desk.draft_generation.update(|g| *g += 1);
        }
    }

    /// Another tab wrote a draft: follow it, unless this tab has a change of its own waiting
    /// (saving it meets the other write as a conflict, and the user chooses).
    pub(super) fn external_draft_change(&self, congress_id: &str, id: &str) {
        if self.status.conflict.get_untracked().as_deref() == Some(id) {
            return;
        }
        if is_pending(self.desk.pending_draft, id) {
            self.flush_draft();
            return;
        }
        if !self.congresses.with_untracked(|cs| cs.iter().any(|c| c.id == congress_id)) {
            return;
        }
        self.load_draft(congress_id, id);
        self.status.changed_elsewhere.set(true);
    }
}
