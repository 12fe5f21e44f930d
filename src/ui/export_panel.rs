//! Taking data out as exchange files: the open congress as a unit file for the upper union
//! (with or without people's names), or a backup of everything in this browser. The panel is
//! on the first screen; the writers (`write_backup`, `write_unit_file`) are in the chunk
//! `safety`, which reads the drafts they carry (`chunks::download_backup`).

use leptos::prelude::*;

use super::state::AppState;
use super::{chunks, clock, download};
use crate::format::export::{backup_file, backup_file_name, unit_file_with_results, unit_file_name, UnitOptions};
use crate::format::{KeptDay, KeptVersions};
use crate::i18n;

const JSON: &str = "application/json;charset=utf-8";

/// Writes a backup of everything (the congress days too), downloads it and notes it for the
/// backup reminder.
pub fn write_backup(state: AppState) {
    let now = clock::now_utc();
    state.flush();
    state.ensure_drafts();
    let versions: Vec<KeptVersions> = state.desk.drafts.with_untracked(|ds| {
        state.store.with_value(|s| s.all_versions(ds)).into_iter().map(|(draft_id, versions)| KeptVersions { draft_id, versions }).collect()
    });
    let days: Vec<KeptDay> = crate::storage::congress_day::stored_days().into_iter().map(|(congress_id, day)| KeptDay { congress_id, day }).collect();
    let text = state.congresses.with_untracked(|cs| {
        state.rounds.with_untracked(|rs| state.desk.drafts.with_untracked(|ds| backup_file(cs, rs, ds, &versions, &days, now)))
    });
    if download::download_text(&backup_file_name(now), &text, JSON).is_ok() {
        state.note_backup();
    }
}

/// Writes the open congress's unit file and downloads it.
pub fn write_unit_file(state: AppState, options: UnitOptions) {
    let now = clock::now_utc();
    state.flush();
    if options.include_drafts {
        state.ensure_drafts();
    }
    // The results so far (counts only), and the names no line of a draft may carry, from the
    // congress day if one is kept and readable.
    let from_day = |c: &crate::model::Congress| match crate::storage::congress_day::stored_day(&c.id) {
        crate::storage::congress_day::StoredDay::Day(day, _) => (day.results(c.date), day.withheld_names()),
        _ => (None, Vec::new()),
    };
    let file = state.desk.drafts.with_untracked(|ds| {
        state.with_active_untracked(|c| {
            let (results, withheld) = from_day(c);
            (unit_file_name(c, now), unit_file_with_results(c, ds, results, &withheld, options, now))
        })
    });
    if let Some((name, text)) = file {
        let _ = download::download_text(&name, &text, JSON);
    }
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let include_people = RwSignal::new(true);
    let include_drafts = RwSignal::new(true);
    let failed = RwSignal::new(false);
    let export_unit = move |_| {
        let options = UnitOptions { include_people: include_people.get_untracked(), include_drafts: include_drafts.get_untracked() };
        chunks::download_unit_file(state, options, failed);
    };
    let export_backup = move |_| chunks::download_backup(state, failed);
    view! {
        <section class="card export" aria-labelledby="export-title">
            <h2 id="export-title">{i18n::EXPORT_TITLE}</h2>
            <p class="hint">{i18n::EXPORT_HINT}</p>
            <div class="field">
                <label class="check">
                    <input type="checkbox" checked=true on:change=move |ev| include_people.set(event_target_checked(&ev))/>
                    {i18n::EXPORT_INCLUDE_PEOPLE}
                </label>
                <label class="check">
                    <input type="checkbox" checked=true on:change=move |ev| include_drafts.set(event_target_checked(&ev))/>
                    {i18n::EXPORT_INCLUDE_DRAFTS}
                </label>
            </div>
            <div class="actions">
                <button type="button" class="primary" on:click=export_unit>{i18n::EXPORT_UNIT}</button>
                <button type="button" on:click=export_backup>{i18n::EXPORT_BACKUP}</button>
            </div>
            <Show when=move || failed.get()>
                <p class="field-error" role="alert">{chunks::missing_reason()}</p>
            </Show>
        </section>
    }
}
