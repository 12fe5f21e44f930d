//! The upper union's desk (its own chunk): write and send its plan (the editor is a chunk of
//! its own), load a batch of unit files, see every unit in one table with totals and the plan's
//! units not yet received, sort, filter and search it, take it out as CSV or print it, open a
//! unit read-only. The batch is kept in IndexedDB (`storage::batch`) and comes back after a
//! reload; nothing here writes the browser's own congresses.

use std::cell::RefCell;

use leptos::prelude::*;

use super::chunks::{self, OnDemand};
use super::state::AppState;
use super::{desk_batch, download};
use crate::export::csv::{desk_table, Separator};
use crate::format::desk::DeskReply;
use crate::i18n;
use crate::model::date::format_dmy;
use crate::model::desk::{merge, sort_rows, DeskFilter, Merged, SortBy, ResultTotals, Totals, UnitRow};
use crate::storage::batch::{self, BatchError};
use crate::storage::desk_plan::StoredPlan;
use crate::model::upper_plan::UnionPlan;
use crate::model::desk::{not_received, PlanCodes};
use crate::model::search::Query;

/// A unit as loaded: its row and the file it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskUnit {
    pub row: UnitRow,
    pub file_name: String,
    /// The file's size in bytes.
    pub bytes: f64,
}

/// The desk's state, kept while the page lives (leaving the screen and coming back keeps the
/// batch).
#[derive(Clone, Copy)]
struct Desk {
    units: RwSignal<Vec<DeskUnit>>,
    /// Files not read, with the reason.
    refused: RwSignal<Vec<(String, String)>>,
    /// Which file of a unit sent twice was kept.
    notes: RwSignal<Vec<String>>,
    /// (read, in the batch) while a batch loads.
    progress: RwSignal<Option<(usize, usize)>>,
    filter: RwSignal<DeskFilter>,
    sort: RwSignal<(SortBy, bool)>,
    separator: RwSignal<Separator>,
    /// The kept batch is being read.
    opening: RwSignal<bool>,
    /// Why the batch (or its last change) is not kept in this browser, if it is not.
    not_kept: RwSignal<Option<String>>,
    /// Stored records this version cannot read: nothing is written over them.
    read_only: RwSignal<bool>,
    /// A batch is being written to storage.
    saving: RwSignal<bool>,
    /// The upper union's own plan: units by code, not received, CSV.
    plan: RwSignal<Option<UnionPlan>>,
    /// What became of the last thing done with the plan: (is an error, message).
    plan_message: RwSignal<Option<(bool, String)>>,
    /// A plan read from a file, waiting for "replace" (file name).
    plan_pending: RwSignal<Option<(UnionPlan, String)>>,
    /// The plan's codes, for telling the rows outside it.
    plan_codes: Memo<Option<PlanCodes>>,
    /// The plan's units that sent no file: (code, name), in the plan's order.
    missing: Memo<Vec<(String, String)>>,
}

thread_local! {
    static DESK: RefCell<Option<(Owner, Desk)>> = const { RefCell::new(None) };
}

/// The desk's state, created the first time the screen opens, under an owner of its own so it
/// outlives the screen.
fn desk(wiped: RwSignal<u32>) -> Desk {
    DESK.with_borrow_mut(|d| {
        d.get_or_insert_with(|| {
            // A root, not a child of the screen's owner: the state must outlive the screen.
            let owner = Owner::new_root(None);
            let desk = owner.with(|| {
                let units = RwSignal::new(Vec::<DeskUnit>::new());
                let plan = RwSignal::new(None::<UnionPlan>);
                Desk {
                    units,
                    refused: RwSignal::new(Vec::new()),
                    notes: RwSignal::new(Vec::new()),
                    progress: RwSignal::new(None),
                    filter: RwSignal::new(DeskFilter::default()),
                    sort: RwSignal::new((SortBy::Unit, false)),
                    separator: RwSignal::new(crate::storage::preferences::csv_separator()),
                    opening: RwSignal::new(true),
                    not_kept: RwSignal::new(None),
                    read_only: RwSignal::new(false),
                    saving: RwSignal::new(false),
                    plan,
                    plan_message: RwSignal::new(None),
                    plan_pending: RwSignal::new(None),
                    plan_codes: Memo::new(move |_| plan.with(|p| p.as_ref().map(PlanCodes::of))),
                    missing: Memo::new(move |_| {
                        plan.with(|plan| {
                            let Some(plan) = plan else { return Vec::new() };
                            units.with(|u| {
                                not_received(plan, u.iter().map(|u| &u.row)).into_iter().map(|m| (m.code.clone(), m.name.clone())).collect()
                            })
                        })
                    }),
                }
            });
            read_stored_plan(desk);
            follow_plan_elsewhere(desk);
            open_kept(desk);
            // "Delete everything" (here or in another tab) empties the desk too; its stored
            // batch is deleted with the rest.
            owner.with(|| {
                Effect::new(move |seen: Option<u32>| {
                    let now = wiped.get();
                    if seen.is_some_and(|seen| seen != now) {
                        desk.units.set(Vec::new());
                        desk.refused.set(Vec::new());
                        desk.notes.set(Vec::new());
                        desk.plan.set(None);
                        desk.plan_pending.set(None);
                        desk.plan_message.set(None);
                    }
                    now
                });
            });
            (owner, desk)
        })
        .1
    })
}

/// Takes the plan kept in this browser (at start, and when another tab saved one).
fn read_stored_plan(desk: Desk) {
    match crate::storage::desk_plan::stored_plan() {
        StoredPlan::Plan(p) => desk.plan.set(Some(p)),
        StoredPlan::Unreadable => desk.plan_message.set(Some((true, i18n::PLAN_STORED_UNREADABLE.to_string()))),
        StoredPlan::None => desk.plan.set(None),
    }
}

/// Another tab of the desk saved the plan: this one shows it too, so its next save starts
/// from it rather than from what this tab read before.
fn follow_plan_elsewhere(desk: Desk) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else { return };
    let on_storage = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
        if ev.key().as_deref() == Some(crate::storage::keys::DESK_PLAN) {
            read_stored_plan(desk);
        }
    });
    let _ = window.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
    on_storage.forget();
}

/// Brings back the batch kept in this browser.
fn open_kept(desk: Desk) {
    leptos::task::spawn_local(async move {
        match batch::open_batch().await {
            Ok(opened) => {
                if opened.unreadable > 0 {
                    desk.read_only.set(true);
                    desk.not_kept.set(Some(i18n::desk_unreadable_kept(opened.unreadable)));
                }
                desk.units.update(|units| {
                    for unit in opened.units {
                        let bytes = unit.file.as_ref().map_or(0.0, |f| f.size());
                        merge(units, DeskUnit { row: unit.row, file_name: unit.file_name, bytes }, |u| &u.row);
                    }
                });
            }
            Err(e) => desk.not_kept.set(Some(not_kept_message(e).to_string())),
        }
        desk.opening.set(false);
    });
}

fn not_kept_message(e: BatchError) -> &'static str {
    match e {
        BatchError::Full => i18n::DESK_NOT_KEPT_FULL,
        BatchError::Unavailable => i18n::DESK_NOT_KEPT,
    }
}

/// Reads the picked or dropped files, under the desk's own owner: a batch outlives the screen
/// if the user leaves it while the files are read.
fn load_files(desk: Desk, list: web_sys::FileList) {
    let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    if files.is_empty() {
        return;
    }
    match DESK.with_borrow(|d| d.as_ref().map(|(owner, _)| owner.clone())) {
        Some(owner) => owner.with(|| read_batch(desk, files)),
        None => read_batch(desk, files),
    }
}

fn read_batch(desk: Desk, files: Vec<web_sys::File>) {
    let names: Vec<String> = files.iter().map(|f| f.name()).collect();
    let sizes: Vec<f64> = files.iter().map(|f| f.size()).collect();
    let kept_files = StoredValue::new_local(files.clone());
    let total = files.len();
    desk.progress.set(Some((0, total)));
    // Answers gather here and reach the table together, so a thousand files render once.
    let arrived = StoredValue::new_local((Vec::<(usize, DeskUnit)>::new(), Vec::<(String, String)>::new()));
    let answer = move |index: usize, reply: DeskReply| {
        let name = names[index].clone();
        arrived.update_value(|(rows, refused)| match reply {
            DeskReply::Row(row) => rows.push((index, DeskUnit { row, file_name: name, bytes: sizes[index] })),
            DeskReply::Refused(reason) => refused.push((name, reason)),
        });
        desk.progress.update(|p| {
            if let Some((read, _)) = p {
                *read += 1;
            }
        });
    };
    let finished = move || {
        let (rows, mut refused) = arrived.try_update_value(std::mem::take).unwrap_or_default();
        refused.sort();
        desk.refused.update(|r| r.extend(refused));
        let mut notes = Vec::new();
        // Which files the table now holds, to keep them.
        let mut newly: Vec<(usize, UnitRow, String)> = Vec::new();
        desk.units.update(|units| {
            for (index, unit) in rows {
                let (row, name) = (unit.row.clone(), unit.file_name.clone());
                match merge(units, unit, |u| &u.row) {
                    Merged::Added => newly.push((index, row, name)),
                    Merged::Replaced(old) => {
                        notes.push(i18n::desk_kept_newest(&row.unit_name, &name, &old.file_name));
                        newly.push((index, row, name));
                    }
                    Merged::Older { kept } => notes.push(i18n::desk_kept_newest(&units[kept].row.unit_name, &units[kept].file_name, &name)),
                }
            }
        });
        desk.notes.update(|n| n.extend(notes));
        desk.progress.set(None);
        if desk.read_only.get_untracked() || newly.is_empty() {
            return;
        }
        let files = kept_files.get_value();
        desk.saving.set(true);
        leptos::task::spawn_local(async move {
            let units: Vec<(&UnitRow, &str, &web_sys::File)> =
                newly.iter().map(|(i, row, name)| (row, name.as_str(), &files[*i])).collect();
            match batch::keep(&units).await {
                Ok(()) => desk.not_kept.set(None),
                Err(e) => desk.not_kept.set(Some(not_kept_message(e).to_string())),
            }
            desk.saving.set(false);
        });
    };
    desk_batch::load(files, answer, finished);
}

/// Reads a plan file picked on the desk: checked by the import checker like every file, then
/// read on the page; it replaces the desk's plan at once if there is none, else after "replace".
fn open_plan_file(desk: Desk, file: web_sys::File) {
    use crate::format::worker::Reply;
    desk.plan_message.set(None);
    desk.plan_pending.set(None);
    let name = file.name();
    let bytes_of = file.clone();
    super::import_checker::check(file, move |reply| match reply {
        Reply::Error(reason) => desk.plan_message.set(Some((true, i18n::import_refused(&name, &reason)))),
        Reply::Ok => leptos::task::spawn_local(async move {
            let Ok(buffer) = js_sys::futures::JsFuture::from(bytes_of.array_buffer()).await else {
                desk.plan_message.set(Some((true, i18n::import_refused(&name, i18n::IMPORT_FILE_UNREADABLE))));
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            match crate::format::import::read_accepted(&bytes) {
                Some(crate::format::Payload::Plan(plan)) if desk.plan.with_untracked(Option::is_none) => use_plan(desk, plan, &name),
                Some(crate::format::Payload::Plan(plan)) => desk.plan_pending.set(Some((plan, name))),
                Some(_) => desk.plan_message.set(Some((true, i18n::PLAN_NOT_A_PLAN.to_string()))),
                None => desk.plan_message.set(Some((true, i18n::IMPORT_CHECKER_FAILED.to_string()))),
            }
        }),
    });
}

/// Makes `plan` the desk's, and keeps it.
fn use_plan(desk: Desk, plan: UnionPlan, file: &str) {
    let saved = crate::storage::desk_plan::save_plan(&plan);
    desk.plan.set(Some(plan));
    desk.plan_pending.set(None);
    desk.plan_message.set(Some(match saved {
        Ok(()) => (false, i18n::plan_opened(file)),
        Err(e) => (true, i18n::plan_save_error(e).to_string()),
    }));
}

/// The upper union's plan: what it holds, write or change it, send it, open one from a file.
#[component]
fn PlanCard(desk: Desk) -> impl IntoView {
    let editing = RwSignal::new(false);
    let download_plan = move |_| {
        let Some(plan) = desk.plan.get_untracked() else { return };
        let now = super::clock::now_utc();
        let text = crate::format::export::plan_file(&plan, now);
        let _ = download::download_text(&crate::format::export::plan_file_name(&plan, now), &text, "application/json");
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|l| l.get(0)) {
            open_plan_file(desk, file);
        }
        input.set_value("");
    };
    view! {
        <section class="card desk-plan" aria-labelledby="desk-plan-title">
            <h2 id="desk-plan-title">{i18n::PLAN_CARD_TITLE}</h2>
            {move || match desk.plan.get() {
                Some(plan) => view! { <p class="plan-summary">{i18n::plan_summary(&plan, "")}</p> }.into_any(),
                None => view! { <p class="hint">{i18n::PLAN_NONE}</p> }.into_any(),
            }}
            {move || desk.plan_message.get().map(|(error, m)| view! {
                <p class=if error { "banner error plan-message" } else { "plan-message" } role=if error { "alert" } else { "status" }>{m}</p>
            })}
            {move || desk.plan_pending.get().map(|(plan, file)| {
                let old = desk.plan.with_untracked(|p| p.as_ref().map_or(0, |p| p.units.len()));
                let question = i18n::plan_replace_confirm(old, plan.units.len(), &file);
                let chosen = StoredValue::new((plan, file));
                view! {
                    <div class="confirm-delete" role="alertdialog" aria-label=i18n::PLAN_REPLACE>
                        <span>{question}</span>
                        <button type="button" class="danger" on:click=move |_| {
                            let (plan, file) = chosen.get_value();
                            use_plan(desk, plan, &file);
                        }>{i18n::PLAN_REPLACE}</button>
                        <button type="button" on:click=move |_| desk.plan_pending.set(None)>{i18n::CANCEL}</button>
                    </div>
                }
            })}
            <Show when=move || editing.get()
                fallback=move || view! {
                    <div class="bar-actions">
                        <button type="button" class="primary" on:click=move |_| {
                            desk.plan_message.set(None);
                            editing.set(true);
                        }>{move || if desk.plan.with(Option::is_some) { i18n::PLAN_EDIT } else { i18n::PLAN_NEW }}</button>
                        <Show when=move || desk.plan.with(Option::is_some)>
                            <button type="button" class="plan-download" on:click=download_plan>{i18n::PLAN_DOWNLOAD}</button>
                        </Show>
                        <div class="field">
                            <label for="desk-plan-file">{i18n::PLAN_OPEN_FILE}</label>
                            <input id="desk-plan-file" type="file" accept=".json,application/json" on:change=on_pick/>
                        </div>
                    </div>
                }>
                <OnDemand load=chunks::desk_plan(desk.plan, Callback::new(move |_| editing.set(false)))/>
            </Show>
        </section>
    }
}

/// The plan's units that sent no file.
#[component]
fn NotReceived(desk: Desk) -> impl IntoView {
    let missing = desk.missing;
    view! {
        <Show when=move || missing.with(|m| !m.is_empty())>
            <details class="desk-missing">
                <summary>{move || i18n::desk_not_received(missing.with(Vec::len))}</summary>
                <ul>
                    {move || missing.get().into_iter().map(|(code, name)| view! { <li><span class="code">{code}</span>" — "{name}</li> }).collect_view()}
                </ul>
            </details>
        </Show>
    }
}

/// The paper of a printed desk: the rule is in force while the desk is shown.
const LANDSCAPE: &str = "@page { size: A4 landscape; margin: 12mm; }";

/// Adds `LANDSCAPE` to the app's style sheet (a style element would need an inline-style
/// exception in the Content-Security-Policy); the returned closure takes it out again.
fn print_landscape() -> impl Fn() {
    use wasm_bindgen::JsCast;
    let sheet = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.style_sheets().get(0))
        .and_then(|s| s.dyn_into::<web_sys::CssStyleSheet>().ok());
    if let Some(sheet) = &sheet {
        let end = sheet.css_rules().map_or(0, |r| r.length());
        let _ = sheet.insert_rule_with_index(LANDSCAPE, end);
    }
    move || {
        let Some(sheet) = &sheet else { return };
        let Ok(rules) = sheet.css_rules() else { return };
        let ours = (0..rules.length()).rev().find(|&i| rules.item(i).is_some_and(|r| r.css_text().contains("landscape")));
        if let Some(i) = ours {
            let _ = sheet.delete_rule(i);
        }
    }
}

/// The desk's own style rules (`screen_style`): totals, tools, the table of units, the missing units, printing the table.
const STYLE: [&str; 44] = [
    ".desk-progress { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }",
    ".desk-progress progress { flex: 1 1 12rem; height: 1.1rem; }",
    ".desk-refused ul, .desk-notes ul { margin: 0.25rem 0 0; padding-left: 1.2rem; font-weight: 400; }",
    ".desk-totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.5rem; margin: 0 0 1rem; }",
    ".desk-totals .total { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 0.75rem; }",
    ".desk-totals dt { font-size: 0.9rem; }",
    ".desk-totals dd { margin: 0; font-size: 1.5rem; font-weight: 700; }",
    ".desk-totals .late dd { color: var(--overdue); }",
    ".desk-tools { display: grid; grid-template-columns: 1fr 2fr; gap: 0.5rem 1rem; align-items: end; margin-bottom: 0.5rem; }",
    ".desk-tools .bar-actions { grid-column: 1 / -1; flex-wrap: wrap; align-items: end; }",
    ".desk-tools .bar-actions .field { margin: 0; }",
    ".desk-filters { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; border: 1px solid var(--line); border-radius: 6px; padding: 0.25rem 0.75rem 0.5rem; margin: 0; }",
    ".desk-filters label.check { display: flex; align-items: center; gap: 0.4rem; min-height: 44px; }",
    "@media (max-width: 52rem) { .desk-tools { grid-template-columns: 1fr; } }",
    ".desk-table { border-collapse: collapse; width: 100%; min-width: 60rem; font-size: 0.92rem; table-layout: fixed; }",
    ".desk-table col.unit { width: 17%; }",
    ".desk-table col.kind { width: 11%; }",
    ".desk-table col.day { width: 9%; }",
    ".desk-table col.cut-off { width: 11%; }",
    ".desk-table col.progress { width: 18%; }",
    ".desk-table col.overdue { width: 7%; }",
    ".desk-table col.docs { width: 15%; }",
    ".desk-table col.sent { width: 12%; }",
    ".desk-table caption { text-align: left; font-weight: 600; padding: 0.5rem 0.75rem; }",
    ".desk-table th, .desk-table td { border-top: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }",
    ".desk-table thead th { border-top: 0; white-space: nowrap; }",
    ".desk-table button.sort { border: 0; background: none; padding: 0.25rem; font-weight: 600; min-height: 44px; }",
    ".desk-table tbody th { font-weight: 600; }",
    ".desk-table .unit-level, .desk-table .unit-file, .desk-table .phases { display: block; font-weight: 400; font-size: 0.85rem; color: var(--muted); }",
    ".desk-table .num { text-align: right; }",
    ".desk-table ul.docs { list-style: none; margin: 0; padding: 0; }",
    ".desk-table tr.late .cut-off { color: var(--overdue); font-weight: 600; }",
    ".tag { display: inline-block; margin-left: 0.35rem; padding: 0 0.35rem; border-radius: 4px; font-size: 0.8rem; border: 1px solid currentColor; }",
    ".tag.stale, .tag.outside { color: var(--overdue); }",
    ".desk-table .unit-code { display: block; font-weight: 400; font-size: 0.85rem; font-family: ui-monospace, monospace; }",
    ".desk-missing { margin: 0 0 1rem; }",
    ".desk-missing ul { columns: 2 18rem; margin: 0.25rem 0 0; padding-left: 1.2rem; }",
    ".desk-missing .code { font-family: ui-monospace, monospace; }",
    ".desk-plan .bar-actions { flex-wrap: wrap; align-items: end; }",
    ".desk-plan .bar-actions .field { margin: 0; }",
    ".desk-clear { margin: 1rem 0; }",
    ".desk-count { margin: 0.25rem 0; }",
    "@media print { body:has(.desk-table) main > *:not(.desk-table-wrap):not(.desk-totals):not(.desk-missing) { display: none !important; } .desk-table-wrap { overflow: visible; border: 0; } .desk-table { min-width: 0; font-size: 9pt; } .desk-table button.sort { display: inline; min-height: 0; padding: 0; } .desk-table .arrow { display: none; } }",
    ".desk-table button.open-unit { display: block; margin-top: 0.35rem; font-size: 0.9rem; font-weight: 400; }",
];
static STYLE_ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[component]
pub fn DeskScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    super::screen_style::add_once(&STYLE_ADDED, &STYLE);
    let desk = desk(state.status.wiped);
    let today = state.today;
    let confirming = RwSignal::new(false);
    // A unit opened read-only, in place of the table.
    let open_unit = RwSignal::new(None::<String>);
    // Picks a whole folder (every browser now knows this attribute; Leptos has no name for it).
    let folder = NodeRef::<leptos::html::Input>::new();
    Effect::new(move || {
        if let Some(input) = folder.get() {
            let _ = input.set_attribute("webkitdirectory", "");
        }
    });
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(list) = input.files() {
            load_files(desk, list);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(list) = ev.data_transfer().and_then(|d| d.files()) {
            load_files(desk, list);
        }
    };
    view! {
        <PlanCard desk/>
        <section class="card desk" aria-labelledby="desk-title"
            on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2 id="desk-title">{i18n::DESK_TITLE}</h2>
            <p class="hint">{i18n::DESK_HINT}</p>
            <div class="field-row">
                <div class="field">
                    <label for="desk-files">{i18n::DESK_PICK_FILES}</label>
                    <input id="desk-files" type="file" multiple accept=".json,application/json" on:change=on_pick/>
                </div>
                <div class="field">
                    <label for="desk-folder">{i18n::DESK_PICK_FOLDER}</label>
                    <input id="desk-folder" type="file" node_ref=folder on:change=on_pick/>
                </div>
            </div>
            {move || desk.progress.get().map(|(read, total)| view! {
                <div class="desk-progress" role="status">
                    <label for="desk-progress">{i18n::desk_reading(read, total)}</label>
                    <progress id="desk-progress" max=total value=read></progress>
                </div>
            })}
            <Show when=move || desk.opening.get()>
                <p class="loading" role="status">{i18n::DESK_OPENING}</p>
            </Show>
            {move || desk.not_kept.get().map(|m| view! { <p class="banner error desk-not-kept" role="alert">{m}</p> })}
            <Refused desk/>
            <Show when=move || desk.notes.with(|n| !n.is_empty())>
                <details class="desk-notes">
                    <summary>{move || i18n::desk_duplicates(desk.notes.with(Vec::len))}</summary>
                    <ul>{move || desk.notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                </details>
            </Show>
        </section>
        <Show when=move || desk.units.with(|u| !u.is_empty())
            fallback=|| view! { <p class="empty desk-empty">{i18n::DESK_EMPTY}</p> }>
            <p class="desk-kept" role="status">{move || {
                if desk.saving.get() {
                    i18n::DESK_SAVING.to_string()
                } else if desk.read_only.get() || desk.not_kept.with(Option::is_some) {
                    i18n::DESK_NOT_SAVED.to_string()
                } else {
                    desk.units.with(|u| i18n::desk_kept(u.len(), u.iter().map(|u| u.bytes).sum::<f64>()))
                }
            }}</p>
            {move || match open_unit.get() {
                Some(id) => view! {
                    <OnDemand load=chunks::desk_unit(id, Callback::new(move |_| open_unit.set(None)))/>
                }.into_any(),
                None => view! {
                    <TotalsBar desk today/>
                    <ResultTotalsBar desk/>
                    <NotReceived desk/>
                    <DeskTools desk today/>
                    <UnitTable desk today open_unit/>
                }.into_any(),
            }}
            <div class="desk-clear">
                <Show when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" disabled=move || desk.saving.get() on:click=move |_| confirming.set(true)>{i18n::DESK_CLEAR}</button>
                    }>
                    <div class="confirm-delete" role="alertdialog" aria-label=i18n::DESK_CLEAR>
                        <span>{move || i18n::desk_clear_confirm(desk.units.with(Vec::len))}</span>
                        <button type="button" class="danger" on:click=move |_| {
                            confirming.set(false);
                            // Only the units shown now go from the screen: files picked while
                            // the clear runs are kept after it, and stay shown.
                            let cleared: Vec<String> = desk.units.with_untracked(|u| u.iter().map(|x| x.row.record_key()).collect());
                            let forget_shown = move || {
                                desk.units.update(|u| u.retain(|x| !cleared.contains(&x.row.record_key())));
                                desk.refused.set(Vec::new());
                                desk.notes.set(Vec::new());
                            };
                            // Records this version cannot read stay, cleared or not.
                            if desk.read_only.get_untracked() {
                                forget_shown();
                                return;
                            }
                            // The table empties once the clear has committed, so a reload
                            // right after "empty" never brings the batch back.
                            desk.saving.set(true);
                            leptos::task::spawn_local(async move {
                                match batch::clear().await {
                                    Ok(()) => desk.not_kept.set(None),
                                    Err(e) => desk.not_kept.set(Some(not_kept_message(e).to_string())),
                                }
                                forget_shown();
                                desk.saving.set(false);
                            });
                        }>{i18n::DESK_CLEAR_YES}</button>
                        <button type="button" on:click=move |_| confirming.set(false)>{i18n::CANCEL}</button>
                    </div>
                </Show>
            </div>
        </Show>
    }
}

/// The files of the batches that could not be read, by name, with the reason.
#[component]
fn Refused(desk: Desk) -> impl IntoView {
    view! {
        <Show when=move || desk.refused.with(|r| !r.is_empty())>
            <div class="banner error desk-refused" role="alert">
                <p>{move || i18n::desk_refused(desk.refused.with(Vec::len))}</p>
                <ul>
                    {move || desk.refused.get().into_iter().map(|(name, reason)| view! {
                        <li><strong>{name}</strong>": "{reason}</li>
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

#[component]
fn TotalsBar(desk: Desk, today: RwSignal<chrono::NaiveDate>) -> impl IntoView {
    let totals = Memo::new(move |_| desk.units.with(|u| Totals::of(u.iter().map(|u| &u.row), today.get())));
    let item = move |label: &'static str, value: fn(&Totals) -> usize, class: &'static str| {
        view! {
            <div class=format!("total {class}")>
                <dt>{label}</dt>
                <dd>{move || totals.with(value)}</dd>
            </div>
        }
    };
    view! {
        <dl class="desk-totals" aria-label=i18n::DESK_TOTALS>
            {item(i18n::DESK_TOTAL_UNITS, |t| t.units, "units")}
            {item(i18n::DESK_TOTAL_HELD, |t| t.held, "held")}
            {item(i18n::DESK_TOTAL_ON_SCHEDULE, |t| t.on_schedule, "on-schedule")}
            {item(i18n::DESK_TOTAL_LATE, |t| t.late, "late")}
            {item(i18n::DESK_TOTAL_OVERDUE, |t| t.with_overdue, "overdue")}
            {item(i18n::DESK_TOTAL_STALE, |t| t.stale, "stale")}
            <Show when=move || desk.plan.with(Option::is_some)>
                <div class="total not-received">
                    <dt>{i18n::DESK_TOTAL_NOT_RECEIVED}</dt>
                    <dd>{move || desk.missing.with(Vec::len)}</dd>
                </div>
            </Show>
        </dl>
    }
}

/// The results the units sent, added up: shown once one unit has sent them.
#[component]
fn ResultTotalsBar(desk: Desk) -> impl IntoView {
    let totals = Memo::new(move |_| desk.units.with(|u| ResultTotals::of(u.iter().map(|u| &u.row))));
    fn item(totals: Memo<ResultTotals>, label: &'static str, value: impl Fn(&ResultTotals) -> String + Copy + Send + Sync + 'static) -> impl IntoView {
        view! {
            <div class="total">
                <dt>{label}</dt>
                <dd>{move || totals.with(|t| value(t))}</dd>
            </div>
        }
    }
    let share = |n: fn(&ResultTotals) -> u32| move |t: &ResultTotals| i18n::desk_share(n(t), t.executive.elected);
    view! {
        <Show when=move || totals.with(|t| t.units > 0)>
            <dl class="desk-totals desk-results" aria-label=i18n::DESK_RESULTS>
                {item(totals, i18n::DESK_RESULTS_UNITS, |t| t.units.to_string())}
                {item(totals, i18n::DESK_RESULTS_EXECUTIVE, |t| format!("{}/{}", t.executive.elected, t.executive.seats))}
                {item(totals, i18n::DESK_RESULTS_WOMEN, share(|t| t.composition.women))}
                {item(totals, i18n::DESK_RESULTS_UNDER_35, share(|t| t.composition.under_35))}
                {item(totals, i18n::DESK_RESULTS_UNDER_40, share(|t| t.composition.under_40))}
                {item(totals, i18n::DESK_RESULTS_PARTY, share(|t| t.composition.party_members))}
                {item(totals, i18n::DESK_RESULTS_ETHNIC, share(|t| t.composition.ethnic_minority))}
                {item(totals, i18n::DESK_RESULTS_RE_ELECTED, share(|t| t.composition.re_elected))}
                {item(totals, i18n::DESK_RESULTS_INSPECTION, |t| format!("{}/{}", t.inspection.elected, t.inspection.seats))}
                {item(totals, i18n::DESK_RESULTS_CHAIR, |t| t.chair_at_congress.to_string())}
            </dl>
        </Show>
    }
}

/// Which units are shown, in which order: the rows of the table as of `today`.
fn shown(desk: Desk, today: chrono::NaiveDate) -> Vec<DeskUnit> {
    let (by, descending) = desk.sort.get();
    let mut shown: Vec<DeskUnit> =
        desk.units.with(|units| desk.filter.with(|f| units.iter().filter(|u| f.matches(&u.row, today)).cloned().collect()));
    sort_rows(&mut shown, |u| &u.row, by, descending, today);
    shown
}

/// Search, filters, CSV and print.
#[component]
fn DeskTools(desk: Desk, today: RwSignal<chrono::NaiveDate>) -> impl IntoView {
    let remembered = RwSignal::new(true);
    let check = move |id: &'static str, label: &'static str, set: fn(&mut DeskFilter, bool)| {
        view! {
            <label class="check" for=id>
                <input id=id type="checkbox" on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    desk.filter.update(|f| set(f, on));
                }/>
                {label}
            </label>
        }
    };
    let download_csv = move |_| {
        let day = today.get_untracked();
        let units = shown(desk, day);
        let rows: Vec<&UnitRow> = units.iter().map(|u| &u.row).collect();
        // With a plan: its units that sent nothing follow, whatever the filters.
        let text = desk.plan.with_untracked(|plan| {
            let missing = plan.as_ref().map(|p| desk.units.with_untracked(|u| not_received(p, u.iter().map(|u| &u.row)))).unwrap_or_default();
            desk_table(&rows, plan.as_ref().map(|p| (p, missing.as_slice())), day, desk.separator.get_untracked())
        });
        let name = i18n::desk_csv_file_name(&crate::model::date::iso::format(day));
        let _ = download::download_text(&name, &text, "text/csv;charset=utf-8");
    };
    view! {
        <div class="desk-tools" role="search">
            <div class="field">
                <label for="desk-search">{i18n::DESK_SEARCH}</label>
                <input id="desk-search" type="search" placeholder=i18n::SEARCH_HINT
                    on:input=move |ev| {
                        let q = Query::new(&event_target_value(&ev));
                        desk.filter.update(|f| f.query = q);
                    }/>
            </div>
            <fieldset class="desk-filters">
                <legend>{i18n::DESK_FILTERS}</legend>
                {check("desk-f-late", i18n::DESK_F_LATE, |f, on| f.late = on)}
                {check("desk-f-overdue", i18n::DESK_F_OVERDUE, |f, on| f.overdue = on)}
                {check("desk-f-pilot", i18n::DESK_F_PILOT, |f, on| f.pilot = on)}
                {check("desk-f-docs", i18n::DESK_F_DOCUMENTS, |f, on| f.documents_missing = on)}
                {check("desk-f-stale", i18n::DESK_F_STALE, |f, on| f.stale = on)}
            </fieldset>
            <div class="bar-actions">
                <div class="field">
                    <label for="desk-separator">{i18n::DESK_SEPARATOR}</label>
                    <select id="desk-separator" on:change=move |ev| {
                        let sep = if event_target_value(&ev) == "," { Separator::Comma } else { Separator::Semicolon };
                        desk.separator.set(sep);
                        remembered.set(crate::storage::preferences::set_csv_separator(sep));
                    }>
                        <option value=";" selected=move || desk.separator.get() == Separator::Semicolon>{i18n::DESK_SEPARATOR_SEMICOLON}</option>
                        <option value="," selected=move || desk.separator.get() == Separator::Comma>{i18n::DESK_SEPARATOR_COMMA}</option>
                    </select>
                </div>
                <button type="button" class="desk-csv" on:click=download_csv>{i18n::DESK_CSV}</button>
                <Show when=move || !remembered.get()>
                    <p class="field-error" role="alert">{i18n::DESK_SEPARATOR_NOT_KEPT}</p>
                </Show>
                <button type="button" class="print" on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{i18n::DESK_PRINT}</button>
            </div>
        </div>
    }
}

/// A column heading that sorts the table (again: the other way).
fn sort_header(desk: Desk, by: SortBy, label: &'static str) -> impl IntoView {
    let current = move || desk.sort.with(|(b, d)| (*b == by).then_some(*d));
    view! {
        <th scope="col" aria-sort=move || match current() {
            None => "none",
            Some(false) => "ascending",
            Some(true) => "descending",
        }>
            <button type="button" class="sort" on:click=move |_| {
                desk.sort.update(|(b, d)| {
                    *d = *b == by && !*d;
                    *b = by;
                })
            }>
                {label}
                // The order is said by aria-sort; the arrow is for the eye.
                <span class="arrow" aria-hidden="true">{move || match current() {
                    None => "",
                    Some(false) => " ▲",
                    Some(true) => " ▼",
                }}</span>
            </button>
        </th>
    }
}

/// Rows drawn at first, and added by "show more".
const ROWS_AT_ONCE: usize = 200;

#[component]
fn UnitTable(desk: Desk, today: RwSignal<chrono::NaiveDate>, open_unit: RwSignal<Option<String>>) -> impl IntoView {
    let portrait_again = print_landscape();
    on_cleanup(portrait_again);
    let rows = Memo::new(move |_| shown(desk, today.get()));
    // A thousand rows take the browser most of a second to lay out: they come a page at a
    // time (sort, filter and search see every unit; the CSV has every row shown).
    let limit = RwSignal::new(ROWS_AT_ONCE);
    let more = move || rows.with(Vec::len) > limit.get();
    view! {
        <p class="desk-count" role="status">{move || i18n::desk_shown(rows.with(Vec::len), desk.units.with(Vec::len))}</p>
        <div class="table-scroll desk-table-wrap" tabindex="0" aria-labelledby="desk-table-caption">
            <table class="desk-table">
                <caption id="desk-table-caption">{i18n::DESK_TABLE}</caption>
                <colgroup>
                    <col class="unit"/><col class="kind"/><col class="day"/><col class="cut-off"/>
                    <col class="progress"/><col class="overdue"/><col class="docs"/><col class="sent"/>
                </colgroup>
                <thead>
                    <tr>
                        {sort_header(desk, SortBy::Unit, i18n::DESK_COL_UNIT)}
                        {sort_header(desk, SortBy::Kind, i18n::DESK_COL_KIND)}
                        {sort_header(desk, SortBy::CongressDay, i18n::DESK_COL_DATE)}
                        {sort_header(desk, SortBy::CutOff, i18n::DESK_COL_CUT_OFF)}
                        {sort_header(desk, SortBy::Progress, i18n::DESK_COL_PROGRESS)}
                        {sort_header(desk, SortBy::Overdue, i18n::DESK_COL_OVERDUE)}
                        {sort_header(desk, SortBy::Documents, i18n::DESK_COL_DOCUMENTS)}
                        {sort_header(desk, SortBy::Sent, i18n::DESK_COL_SENT)}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let day = today.get();
                        let limit = limit.get();
                        desk.plan_codes.with(|codes| {
                            rows.with(|rows| rows.iter().take(limit).cloned().map(|u| {
                                let outside = codes.as_ref().is_some_and(|c| c.outside(&u.row));
                                unit_row(u, day, outside, open_unit)
                            }).collect_view())
                        })
                    }}
                </tbody>
            </table>
        </div>
        <Show when=more>
            <p class="desk-more">
                {move || i18n::desk_rows_shown(limit.get(), rows.with(Vec::len))}
                " "
                <button type="button" on:click=move |_| limit.update(|l| *l = l.saturating_add(ROWS_AT_ONCE))>{i18n::desk_show_more(ROWS_AT_ONCE)}</button>
                " "
                <button type="button" on:click=move |_| limit.set(usize::MAX)>{i18n::DESK_SHOW_ALL}</button>
            </p>
        </Show>
    }
}

/// One unit's row; `outside`: a plan is loaded and does not list the unit's code.
fn unit_row(unit: DeskUnit, today: chrono::NaiveDate, outside: bool, open_unit: RwSignal<Option<String>>) -> impl IntoView {
    let row = unit.row;
    let s = row.standing(today);
    let (done, applicable) = row.progress();
    let phases = row
        .phases
        .iter()
        .map(|p| format!("{} {}/{}", i18n::phase_name(p.phase), p.done, p.applicable))
        .collect::<Vec<_>>()
        .join(" · ");
    let cut_off = match (row.cut_off, s.late) {
        (None, _) => i18n::DESK_OUT_OF_CYCLE.to_string(),
        (Some(cut), late) => format!("{} · {}", format_dmy(cut), if late { i18n::DESK_LATE } else { i18n::DESK_WITHIN }),
    };
    let sent = match row.sent_on() {
        Some(day) => i18n::desk_sent(&format_dmy(day), s.days_since_sent),
        None => String::new(),
    };
    let documents = crate::model::desk::KEY_DOCUMENTS
        .into_iter()
        .zip(&row.documents)
        .map(|(kind, state)| view! { <li>{i18n::desk_document(kind)}": "{i18n::doc_state_text(*state)}</li> })
        .collect_view();
    view! {
        <tr class:late=s.late class:stale=s.stale>
            <th scope="row">
                <span class="unit-name" lang="vi">{row.unit_name.clone()}</span>
                {row.code.clone().map(|code| view! { <span class="unit-code">{code}</span> })}
                {outside.then(|| view! { <span class="tag outside">{i18n::DESK_OUTSIDE_PLAN}</span> })}
                <span class="unit-level">{i18n::level_name(row.level)}</span>
                <span class="unit-file" lang="vi">{unit.file_name}</span>
                <button type="button" class="open-unit" aria-label=i18n::desk_open_unit(&row.unit_name)
                    on:click={
                        let key = row.record_key();
                        move |_| open_unit.set(Some(key.clone()))
                    }>{i18n::DESK_OPEN_UNIT}</button>
            </th>
            <td>
                {if row.conference { i18n::DESK_CONFERENCE } else { i18n::kind_name(row.kind) }}
                {row.pilot.then(|| view! { <span class="tag pilot">{i18n::DESK_PILOT}</span> })}
            </td>
            <td>
                {format_dmy(row.date)}{s.held.then(|| view! { <span class="tag held">{i18n::DESK_HELD}</span> })}
                {row.results.as_ref().map(|r| view! { <span class="phases results">{i18n::desk_results_line(r)}</span> })}
            </td>
            <td class="cut-off">{cut_off}</td>
            <td>
                <span class="progress-text">{i18n::desk_progress(done, applicable)}</span>
                <span class="phases">{phases}</span>
            </td>
            <td class="num">{s.overdue}</td>
            <td><ul class="docs">{documents}</ul></td>
            <td>{sent}{s.stale.then(|| view! { <span class="tag stale">{i18n::DESK_STALE}</span> })}</td>
        </tr>
    }
}
