//! App-wide reactive state: the congresses in memory, which one is open, and what storage
//! reported. Every change goes through here so it is saved, and a failed save is shown.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::clock;
use crate::model::round::merge_rounds;
use crate::model::{reminder, Congress, Draft, RemovedTask, Round};
use crate::storage::{keys, BrowserStorage, Halt, ImportedDrafts, LoadProblem, QuarantineEntry, SaveError, Store, Usage};

/// How long a change waits for the next one before it is saved.
pub const SAVE_DELAY_MS: i32 = 300;

/// User-timing names around each save, read by `make bench`.
const SAVE_START: &str = "congress-notebook:save-start";
const SAVE_MEASURE: &str = "congress-notebook:save";

/// The app's state, one part per concern; each part is also its own context, so a component
/// takes only what it reads (`expect_context::<StorageStatus>()` in the list of kept copies). `AppState`
/// holds the workspace itself and the operations that span parts (a save reports into the
/// status, a delete feeds the undo).
#[derive(Clone, Copy)]
pub struct AppState {
    pub(super) store: StoredValue<Store<BrowserStorage>>,
    pub congresses: RwSignal<Vec<Congress>>,
    /// The user's own rounds.
    pub rounds: RwSignal<Vec<Round>>,
    pub active: RwSignal<Option<String>>,
    /// The creation form is open over an existing congress.
    pub creating: RwSignal<bool>,
    /// A congress change waiting to be saved, and its timer.
    pending: Pending,
    /// Today in the user's time zone; follows the clock past midnight (`clock::follow_today`).
    pub today: RwSignal<NaiveDate>,
    /// Which screen of the open congress is shown.
    pub screen: RwSignal<Screen>,
    pub status: StorageStatus,
    pub undo: Undo,
    pub desk: DraftDesk,
}

/// What storage reported, shown by the banners.
#[derive(Clone, Copy)]
pub struct StorageStatus {
    pub problems: RwSignal<Vec<LoadProblem>>,
    pub save_error: RwSignal<Option<SaveError>>,
    pub quarantine: RwSignal<Vec<QuarantineEntry>>,
    /// A congress whose save was refused because another tab saved it first.
    pub conflict: RwSignal<Option<String>>,
    /// Another tab changed the data and this one has reloaded it.
    pub changed_elsewhere: RwSignal<bool>,
    /// Data changed and the last backup is a week old or more.
    pub backup_due: RwSignal<bool>,
    /// Whether the browser agreed to keep the data, once asked (shown once).
    pub persisted: RwSignal<Option<bool>>,
    /// Congresses whose version before an import is kept (and can be put back).
    pub replaced: RwSignal<Vec<String>>,
    /// Set once this tab writes nothing more: a newer version of the app wrote the data, or
    /// everything was deleted in another tab.
    pub halted: RwSignal<Option<Halt>>,
    /// A change that was not written because another tab deleted what it changed, offered as
    /// a file to download.
    pub lost: RwSignal<Option<LostChange>>,
    /// Goes up each time everything is deleted, here or in another tab: screens that keep data
    /// of their own (the upper union's desk) drop it.
    pub wiped: RwSignal<u32>,
    /// A new build of the app is ready (`offline`).
    pub update: RwSignal<Option<NewBuild>>,
    /// Installing the app, or leaving a messaging app's browser, offered (`install`).
    pub device: RwSignal<Option<DeviceNotice>>,
    /// Why the interface language could not be switched (`offline::switch_language`).
    pub language_refused: RwSignal<Option<&'static str>>,
}

/// What the app says about where it runs (`install`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DeviceNotice {
    /// The browser's install prompt is ready to be offered.
    InstallPrompt,
    /// On an iPhone or iPad: how to add the app to the home screen.
    InstallIos,
    /// Inside Zalo's or Facebook's own browser: how to open the app in Chrome or Safari.
    InAppBrowser,
}

/// A new build of the app, as this tab knows it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NewBuild {
    /// Downloaded, waiting for the user's word to take over.
    Ready,
    /// Another tab applied it: this tab still runs the old one.
    AppliedElsewhere,
}

/// What was just deleted, until restored or another of its kind is deleted.
#[derive(Clone, Copy)]
pub struct Undo {
    /// The last congress deleted, with its drafts' stored data.
    pub last_deleted: RwSignal<Option<(Congress, StoredEntries)>>,
    /// The last task deleted.
    pub last_removed: RwSignal<Option<(String, RemovedTask)>>,
    /// The last draft deleted, with its stored data.
    pub last_deleted_draft: RwSignal<Option<(Draft, StoredEntries)>>,
}

/// The document drafts and the one being written.
#[derive(Clone, Copy)]
pub struct DraftDesk {
    /// Every congress's drafts, once read. They are read when first needed (the documents
    /// screen, a backup, a unit file with drafts: `AppState::ensure_drafts`), not on opening,
    /// so that the first load carries no code that reads or writes a draft.
    pub drafts: RwSignal<Vec<Draft>>,
    /// What the drafts' code does for the rest of the app; set once drafts are in memory
    /// (`DraftDesk::read`).
    pub(super) ops: StoredValue<Option<DraftOps>>,
    /// The draft open in the editor.
    pub open_draft: RwSignal<Option<String>>,
    /// A draft change waiting to be saved (draft id, timer).
    pub(super) pending_draft: Pending,
    /// Whether the open draft's text is in storage.
    pub draft_save: RwSignal<DraftSave>,
    /// Goes up when the open draft's text changed other than by typing (restore, another tab),
    /// so the editor shows it again.
    pub draft_generation: RwSignal<u32>,
}

impl DraftDesk {
    /// Whether the drafts have been read into memory.
    pub fn read(&self) -> bool {
        self.ops.with_value(Option::is_some)
    }
}

/// The operations on drafts in memory that the first screen's code triggers (a flush, another
/// tab's write, an undone deletion), set by `AppState::ensure_drafts` from code outside the
/// first load. Before the drafts are read there is nothing in memory to flush or follow.
#[derive(Clone, Copy)]
pub(super) struct DraftOps {
    pub flush: fn(&AppState),
    pub follow: fn(&AppState, &str, &str),
    pub reload: fn(&AppState, &str, &str),
}

/// A change this tab could not write because another tab deleted its congress or draft: the
/// deletion stands, and the change is offered as a unit file (which can be imported again).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LostChange {
    /// The unit's name, or the draft's title.
    pub name: String,
    pub file_name: String,
    pub text: String,
}

/// Keys and their exact stored texts, as a delete returns them for its undo.
pub type StoredEntries = Vec<(String, String)>;

/// A change waiting to be saved: which congress or draft, and the timer that will save it.
pub(super) type Pending = StoredValue<Option<(String, i32)>>;

/// (Re)starts `pending`'s timer for `id`: `save` runs `SAVE_DELAY_MS` after the last change.
/// Another record still waiting is saved first, at once.
pub(super) fn debounce(pending: Pending, id: &str, save: impl Fn() + Copy + 'static) {
    if pending.with_value(|p| p.as_ref().is_some_and(|(waiting, _)| waiting != id)) {
        save();
    }
    if let Some((_, handle)) = pending.get_value() {
        clock::cancel(handle);
    }
    let handle = clock::after(SAVE_DELAY_MS, save);
    pending.set_value(Some((id.to_string(), handle)));
}

/// The record waiting to be saved, taken out of `pending` (its timer cancelled).
pub(super) fn take_pending(pending: Pending) -> Option<String> {
    let (id, handle) = pending.get_value()?;
    pending.set_value(None);
    clock::cancel(handle);
    Some(id)
}

pub(super) fn is_pending(pending: Pending, id: &str) -> bool {
    pending.with_value(|p| p.as_ref().is_some_and(|(waiting, _)| waiting == id))
}

/// The screens of an open congress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Checklist,
    Documents,
    /// Attendance and elections (its own chunk and storage key).
    CongressDay,
    /// The personnel plan (its own chunk; kept in the congress day's record).
    Personnel,
}

/// What the save indicator of the draft editor says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftSave {
    Saved,
    Saving,
    Failed,
}

impl AppState {
    pub fn open(today: NaiveDate, now_ms: i64) -> Self {
        let (store, snapshot) = Store::open(BrowserStorage, now_ms);
        let quarantine = store.quarantined();
        let replaced = store.replaced_ids();
        let state = AppState {
            store: StoredValue::new(store),
            congresses: RwSignal::new(snapshot.congresses),
            rounds: RwSignal::new(snapshot.rounds),
            active: RwSignal::new(snapshot.active),
            creating: RwSignal::new(false),
            pending: StoredValue::new(None),
            today: RwSignal::new(today),
            screen: RwSignal::new(Screen::Checklist),
            status: StorageStatus {
                problems: RwSignal::new(snapshot.problems),
                save_error: RwSignal::new(None),
                quarantine: RwSignal::new(quarantine),
                conflict: RwSignal::new(None),
                changed_elsewhere: RwSignal::new(false),
                backup_due: RwSignal::new(false),
                persisted: RwSignal::new(None),
                replaced: RwSignal::new(replaced),
                halted: RwSignal::new(None),
                lost: RwSignal::new(None),
                wiped: RwSignal::new(0),
                update: RwSignal::new(None),
                device: RwSignal::new(None),
                language_refused: RwSignal::new(None),
            },
            undo: Undo { last_deleted: RwSignal::new(None), last_removed: RwSignal::new(None), last_deleted_draft: RwSignal::new(None) },
            desk: DraftDesk {
                drafts: RwSignal::new(Vec::new()),
                ops: StoredValue::new(None),
                open_draft: RwSignal::new(None),
                pending_draft: StoredValue::new(None),
                draft_save: RwSignal::new(DraftSave::Saved),
                draft_generation: RwSignal::new(0),
            },
        };
        state.absorb();
        state.refresh_reminder();
        state
    }

    /// Takes what the store found since the last call (problems, a halt) into the signals the
    /// banners show.
    pub(super) fn absorb(&self) {
        self.report(Vec::new());
    }

    /// Shows problems a read reported (a key that became unreadable is quarantined by then),
    /// with those the store found on its own, and a halt.
    pub(super) fn report(&self, mut found: Vec<LoadProblem>) {
        let (late, halt) = self.store.try_update_value(|s| (s.take_problems(), s.halted())).unwrap_or_default();
        found.extend(late);
        if !found.is_empty() {
            self.status.problems.update(|p| p.extend(found));
            self.status.quarantine.set(self.store.with_value(|s| s.quarantined()));
        }
        if halt.is_some() && self.status.halted.get_untracked() != halt {
            self.status.halted.set(halt);
        }
    }

    /// Notes a change for the backup reminder; call before saving it.
    pub(super) fn changed(&self) {
        self.store.update_value(|s| s.note_change(clock::now_ms()));
    }

    pub fn refresh_reminder(&self) {
        let due = self.store.with_value(|s| {
            let m = s.manifest();
            reminder::backup_due(m.last_backup_ms, m.changed_since_ms, clock::now_ms())
        });
        self.status.backup_due.set(due);
    }

    /// A full backup was just downloaded.
    pub fn note_backup(&self) {
        let result = self.store.try_update_value(|s| s.note_backup(clock::now_ms())).unwrap_or(Ok(()));
        self.record(result);
        self.refresh_reminder();
    }

    /// The first time something is saved, tell the user where data lives and ask the browser
    /// to keep it.
    fn first_save_notice(&self) {
        if self.store.with_value(|s| s.manifest().told_local_only) {
            return;
        }
        let result = self.store.try_update_value(|s| s.note_told_local_only()).unwrap_or(Ok(()));
        self.record(result);
        let persisted = self.status.persisted;
        clock::ask_to_persist(move |kept| persisted.set(Some(kept)));
    }

    /// How much of the browser's storage is used.
    pub fn usage(&self) -> Usage {
        self.store.with_value(|s| s.usage())
    }

    /// Deletes everything of the app in this browser (after the user confirmed).
    pub fn delete_everything(&self) -> bool {
        self.flush();
        let result = self.store.try_update_value(|s| s.delete_everything()).unwrap_or(Ok(0));
        let ok = result.is_ok();
        self.record(result.map(|_| ()));
        if ok {
            self.forget_everything();
            self.status.persisted.set(None);
        }
        ok
    }

    pub(super) fn record(&self, result: Result<(), SaveError>) {
        match result {
            Err(SaveError::Conflict(id)) => {
                self.status.conflict.set(Some(id));
                self.status.save_error.set(None);
            }
            Err(SaveError::DeletedElsewhere(id)) => {
                self.status.save_error.set(None);
                super::chunks::deleted_elsewhere(*self, id);
            }
            // The store is halted too: `absorb` below shows it.
            Err(SaveError::Halted(_)) => self.status.save_error.set(None),
            other => self.status.save_error.set(other.err()),
        }
        self.absorb();
        self.refresh_reminder();
    }

    /// Another tab deleted the congress or draft `id` while this tab had a change to it: the
    /// deletion stands, the change is offered as a file (with the drafts this tab holds), and
    /// it is dropped from this tab. In the chunk `safety` (`chunks::deleted_elsewhere`).
    pub(super) fn deleted_elsewhere(&self, id: &str) {
        let now = clock::now_utc();
        let options = crate::format::export::UnitOptions { include_people: true, include_drafts: true };
        let draft = self.desk.drafts.with_untracked(|ds| ds.iter().find(|d| d.id == id).cloned());
        let congress_id = draft.as_ref().map_or(id.to_string(), |d| d.congress_id.clone());
        let congress = self.congresses.with_untracked(|cs| cs.iter().find(|c| c.id == congress_id).cloned());
        let Some(congress) = congress else { return };
        let (name, drafts) = match &draft {
            Some(d) => (d.title.clone(), vec![d.clone()]),
            None => (congress.unit_name.clone(), self.desk.drafts.with_untracked(|ds| ds.iter().filter(|d| d.congress_id == congress.id).cloned().collect())),
        };
        let text = crate::format::export::unit_file(&congress, &drafts, options, now);
        let file_name = crate::format::export::unit_file_name(&congress, now);
        self.status.lost.set(Some(LostChange { name, file_name, text }));
        if let Some(d) = draft {
            self.desk.drafts.update(|ds| ds.retain(|x| x.id != d.id));
            if self.desk.open_draft.get_untracked().as_deref() == Some(d.id.as_str()) {
                self.desk.open_draft.set(None);
            }
        } else {
            self.store.update_value(|s| s.forget_congress(&congress.id));
            self.desk.drafts.update(|ds| ds.retain(|x| x.congress_id != congress.id));
            if self.desk.open_draft.get_untracked().is_some_and(|o| !self.desk.drafts.with_untracked(|ds| ds.iter().any(|d| d.id == o))) {
                self.desk.open_draft.set(None);
            }
            self.drop_from_memory(&congress.id);
        }
    }

    /// Another tab deleted everything: drop what this tab holds and write nothing more.
    pub fn wiped_elsewhere(&self) {
        let _ = take_pending(self.pending);
        let _ = take_pending(self.desk.pending_draft);
        self.store.update_value(|s| s.halt_wiped());
        self.forget_everything();
        self.status.halted.set(Some(Halt::WipedElsewhere));
    }

    /// Drops every piece of the user's data this tab holds in memory (and the undo records
    /// and notices about it).
    fn forget_everything(&self) {
        self.congresses.set(Vec::new());
        self.desk.drafts.set(Vec::new());
        self.desk.open_draft.set(None);
        self.rounds.set(Vec::new());
        self.active.set(None);
        self.undo.last_deleted.set(None);
        self.undo.last_deleted_draft.set(None);
        self.undo.last_removed.set(None);
        self.status.lost.set(None);
        self.status.conflict.set(None);
        self.status.quarantine.set(Vec::new());
        self.status.problems.set(Vec::new());
        self.status.changed_elsewhere.set(false);
        self.status.backup_due.set(false);
        self.status.wiped.update(|n| *n += 1);
    }

    fn replace_in_memory(&self, congress: Congress) {
        self.congresses.update(|cs| match cs.iter_mut().find(|c| c.id == congress.id) {
            Some(slot) => *slot = congress,
            None => cs.push(congress),
        });
    }

    /// Another tab wrote `key`: read what it wrote, unless this tab has a conflict pending
    /// for it (then the user chooses).
    pub fn external_change(&self, key: &str, new_value: Option<String>) {
        if self.status.halted.get_untracked().is_some() {
            return;
        }
        if key == keys::WIPED {
            if new_value.is_some() {
                self.wiped_elsewhere();
            }
            return;
        }
        self.store.update_value(|s| s.note_written_elsewhere(key));
        self.follow(key);
        self.absorb();
    }

    fn follow(&self, key: &str) {
        if let Some((congress_id, draft_id)) = keys::parse_draft(key) {
            if let Some(ops) = self.desk.ops.get_value() {
                (ops.follow)(self, congress_id, draft_id);
            }
        } else if key == keys::MANIFEST {
            let known: Vec<String> = self.congresses.with_untracked(|cs| cs.iter().map(|c| c.id.clone()).collect());
            let listed = self.store.try_update_value(|s| s.listed_congresses()).unwrap_or_default();
            for id in listed.into_iter().filter(|id| !known.contains(id)) {
                let Some((found, problems)) = self.store.try_update_value(|s| s.reload_congress(&id, clock::now_ms())) else { continue };
                self.report(problems);
                if let Some(c) = found {
                    self.replace_in_memory(c);
                    self.status.changed_elsewhere.set(true);
                }
            }
        } else if let Some(id) = keys::congress_id(key) {
            if self.status.conflict.get_untracked().as_deref() == Some(id) {
                return;
            }
            if self.has_pending(id) {
                // This tab has a change of its own waiting: saving it now meets the other
                // tab's write as a conflict, and the user chooses.
                self.flush();
                return;
            }
            let Some((found, problems)) = self.store.try_update_value(|s| s.reload_congress(id, clock::now_ms())) else { return };
            self.report(problems);
            match found {
                Some(c) => self.replace_in_memory(c),
                None if !self.store.with_value(|s| s.has_congress(id)) => {
                    self.store.update_value(|s| s.forget_congress(id));
                    self.desk.drafts.update(|ds| ds.retain(|d| d.congress_id != id));
                    self.drop_from_memory(id);
                }
                None => return,
            }
            self.status.changed_elsewhere.set(true);
        }
    }

    fn drop_from_memory(&self, id: &str) {
        self.congresses.update(|cs| cs.retain(|c| c.id != id));
        if self.active.get_untracked().as_deref() == Some(id) {
            self.active.set(self.congresses.with_untracked(|cs| cs.first().map(|c| c.id.clone())));
        }
    }

    /// Deletes the open congress (after the user confirmed), keeping it for undo.
    pub fn delete_active(&self) {
        self.flush();
        let Some(id) = self.active.get_untracked() else { return };
        let Some(congress) = self.with_active_untracked(Clone::clone) else { return };
        self.changed();
        match self.store.try_update_value(|s| s.delete_congress(&id)).unwrap_or(Ok(Vec::new())) {
            Ok(entries) => {
                self.record(Ok(()));
                self.desk.drafts.update(|ds| ds.retain(|d| d.congress_id != id));
                self.desk.open_draft.set(None);
                self.drop_from_memory(&id);
                self.undo.last_removed.set(None);
                self.undo.last_deleted.set(Some((congress, entries)));
            }
            Err(e) => self.record(Err(e)),
        }
    }

    /// Puts the last deleted congress back and opens it.
    pub fn undo_delete(&self) {
        let Some((congress, entries)) = self.undo.last_deleted.get_untracked() else { return };
        self.undo.last_deleted.set(None);
        let id = congress.id.clone();
        self.add_congress(congress);
        self.put_back_drafts(&id, &entries);
    }

    /// Resolves a conflict by taking what the other tab saved.
    pub fn keep_theirs(&self) {
        let Some(id) = self.status.conflict.get_untracked() else { return };
        if self.is_draft(&id) {
            self.reload_draft_from_storage(&id);
            self.status.conflict.set(None);
            self.desk.draft_save.set(DraftSave::Saved);
            return;
        }
        if let Some((found, problems)) = self.store.try_update_value(|s| s.reload_congress(&id, clock::now_ms())) {
            self.report(problems);
            if let Some(c) = found {
                self.replace_in_memory(c);
            }
        }
        self.status.conflict.set(None);
    }

    /// Resolves a conflict by saving this tab's version over the other's.
    pub fn keep_mine(&self) {
        self.flush();
        let Some(id) = self.status.conflict.get_untracked() else { return };
        self.status.conflict.set(None);
        if self.is_draft(&id) {
            let result = self.desk.drafts.with_untracked(|ds| {
                ds.iter().find(|d| d.id == id).and_then(|d| self.store.try_update_value(|s| s.force_save_draft(d))).unwrap_or(Ok(()))
            });
            self.desk.draft_save.set(if result.is_ok() { DraftSave::Saved } else { DraftSave::Failed });
            self.record(result);
            return;
        }
        let result = self.congresses.with_untracked(|cs| {
            cs.iter()
                .find(|c| c.id == id)
                .and_then(|c| self.store.try_update_value(|s| s.force_save_congress(c)))
                .unwrap_or(Ok(()))
        });
        self.record(result);
    }

    /// Adds a new congress, saves it and opens it.
    pub fn add_congress(&self, congress: Congress) {
        self.flush();
        self.changed();
        let result = self.store.try_update_value(|s| s.save_congress(&congress));
        self.record(result.unwrap_or(Ok(())));
        self.first_save_notice();
        self.active.set(Some(congress.id.clone()));
        self.congresses.update(|cs| cs.push(congress));
        self.creating.set(false);
    }

    /// Changes the open congress and saves it. The change stays in memory even if the save
    /// fails, so nothing typed is lost while the user makes room.
    pub fn update_active(&self, change: impl FnOnce(&mut Congress)) {
        let Some(id) = self.active.get_untracked() else { return };
        self.changed();
        self.congresses.update(|cs| {
            if let Some(c) = cs.iter_mut().find(|c| c.id == id) {
                change(c);
            }
        });
        self.schedule_save(id);
    }

    /// Saves `id` after `SAVE_DELAY_MS` without another change (a burst of edits is one save);
    /// `flush` saves at once, as the tab hides or closes.
    fn schedule_save(&self, id: String) {
        let state = *self;
        debounce(self.pending, &id, move || state.flush_congress());
    }

    /// True while a change of `id` waits to be saved.
    pub fn has_pending(&self, id: &str) -> bool {
        is_pending(self.pending, id)
    }

    /// Saves what waits; false when a change could not be saved (a banner says why), so
    /// that nothing reloads the page over it.
    pub fn saved(&self) -> bool {
        self.flush();
        let status = self.status;
        !(status.save_error.with_untracked(Option::is_some) || status.conflict.with_untracked(Option::is_some) || status.lost.with_untracked(Option::is_some))
    }

    /// Saves the changes waiting to be saved, if any, now.
    pub fn flush(&self) {
        if let Some(ops) = self.desk.ops.get_value() {
            (ops.flush)(self);
        }
        self.flush_congress();
    }

    fn flush_congress(&self) {
        let Some(id) = take_pending(self.pending) else { return };
        let result = self.congresses.with_untracked(|cs| {
            cs.iter().find(|c| c.id == id).map(|c| {
                clock::mark(SAVE_START);
                let r = self.store.try_update_value(|s| s.save_congress(c)).unwrap_or(Ok(()));
                clock::measure(SAVE_MEASURE, SAVE_START);
                r
            })
        });
        if let Some(result) = result {
            self.record(result);
        }
    }

    /// Keeps a round of the user's own for every congress, and saves the list.
    pub fn add_round(&self, round: Round) {
        self.rounds.update(|rs| rs.push(round));
        self.changed();
        let result = self.rounds.with_untracked(|rs| self.store.try_update_value(|s| s.save_rounds(rs)));
        self.record(result.unwrap_or(Ok(())));
    }

    /// Writes an import (all or nothing) and shows it. True when it was written.
    pub fn apply_import(&self, adds: Vec<Congress>, replaces: Vec<Congress>, rounds: Vec<Round>, drafts: ImportedDrafts) -> bool {
        self.flush();
        self.changed();
        let merged = self.rounds.with_untracked(|stored| merge_rounds(stored, rounds));
        let to_save: &[Round] = merged.as_deref().unwrap_or(&[]);
        let result = self
            .store
            .try_update_value(|s| s.apply_import_with_drafts(&adds, &replaces, to_save, &drafts))
            .unwrap_or(Ok(()));
        let ok = result.is_ok();
        self.record(result);
        if ok {
            // The imported congresses' drafts as now stored (imported ones and kept local ones),
            // if drafts are in memory (else they are read with the others when first needed).
            for c in adds.iter().chain(&replaces).filter(|_| self.desk.read()) {
                if let Some((found, problems)) = self.store.try_update_value(|s| s.drafts_of(&c.id, clock::now_ms())) {
                    self.report(problems);
                    self.desk.drafts.update(|ds| {
                        ds.retain(|d| d.congress_id != c.id);
                        ds.extend(found);
                    });
                }
            }
            self.desk.open_draft.set(None);
            let first = adds.iter().chain(&replaces).next().map(|c| c.id.clone());
            for c in adds.into_iter().chain(replaces) {
                self.replace_in_memory(c);
            }
            if let Some(all_rounds) = merged {
                self.rounds.set(all_rounds);
            }
            self.status.replaced.set(self.store.with_value(|s| s.replaced_ids()));
            if first.is_some() {
                self.active.set(first);
                self.creating.set(false);
            }
        }
        ok
    }

    /// Puts back the open congress's version from before an import (keeping the imported one).
    pub fn restore_replaced(&self) {
        self.flush();
        let Some(current) = self.with_active_untracked(Clone::clone) else { return };
        match self.store.try_update_value(|s| s.swap_with_replaced(&current)) {
            Some(Ok(previous)) => {
                self.replace_in_memory(previous);
                self.record(Ok(()));
            }
            Some(Err(e)) => self.record(Err(e)),
            None => {}
        }
    }

    /// Deletes a task of the open congress, keeping it for undo.
    pub fn remove_task(&self, task_id: &str) {
        let Some(congress_id) = self.active.get_untracked() else { return };
        let mut removed = None;
        self.update_active(|c| removed = c.remove_task(task_id));
        if let Some(r) = removed {
            self.undo.last_removed.set(Some((congress_id, r)));
        }
    }

    /// Puts the last deleted task back where it was.
    pub fn undo_remove(&self) {
        let Some((congress_id, removed)) = self.undo.last_removed.get_untracked() else { return };
        if self.active.get_untracked().as_deref() != Some(congress_id.as_str()) {
            self.switch_to(congress_id);
        }
        self.update_active(|c| c.restore_task(removed));
        self.undo.last_removed.set(None);
    }

    /// Reads something of the open congress without subscribing to changes.
    pub fn with_active_untracked<T>(&self, f: impl FnOnce(&Congress) -> T) -> Option<T> {
        let id = self.active.get_untracked()?;
        self.congresses.with_untracked(|cs| cs.iter().find(|c| c.id == id).map(f))
    }

    pub fn switch_to(&self, id: String) {
        self.flush();
        self.desk.open_draft.set(None);
        let result = self.store.try_update_value(|s| s.set_active(&id)).unwrap_or(Ok(()));
        self.record(result);
        self.active.set(Some(id));
    }

    /// Reads something of the open congress.
    pub fn with_active<T>(&self, f: impl FnOnce(&Congress) -> T) -> Option<T> {
        let id = self.active.get()?;
        self.congresses.with(|cs| cs.iter().find(|c| c.id == id).map(f))
    }

    pub fn quarantine_text(&self, key: &str) -> Option<String> {
        self.store.with_value(|s| s.quarantine_text(key))
    }

    /// Deletes a kept copy at the user's explicit request.
    pub fn discard_quarantine(&self, key: &str) {
        let result = self.store.with_value(|s| s.discard_quarantine(key));
        self.record(result);
        self.status.quarantine.set(self.store.with_value(|s| s.quarantined()));
    }
}
