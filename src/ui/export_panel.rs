//! Taking data out as exchange files: the open congress as a unit file for the upper union
//! (with or without people's names), or a backup of everything in this browser.

use leptos::prelude::*;

use super::state::AppState;
use super::{clock, download};
use crate::format::export::{backup_file, backup_file_name, unit_file, unit_file_name, UnitOptions};
use crate::format::KeptVersions;
use crate::i18n;

const JSON: &str = "application/json;charset=utf-8";

/// Downloads a backup of everything and notes it for the backup reminder.
pub fn download_backup(state: AppState) {
    let now = clock::now_utc();
    state.flush();
    let versions: Vec<KeptVersions> = state.desk.drafts.with_untracked(|ds| {
        state.store.with_value(|s| s.all_versions(ds)).into_iter().map(|(draft_id, versions)| KeptVersions { draft_id, versions }).collect()
    });
    let text = state.congresses.with_untracked(|cs| {
        state.rounds.with_untracked(|rs| state.desk.drafts.with_untracked(|ds| backup_file(cs, rs, ds, &versions, now)))
    });
    if download::download_text(&backup_file_name(now), &text, JSON).is_ok() {
        state.note_backup();
    }
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let include_people = RwSignal::new(true);
    let include_drafts = RwSignal::new(true);
    let export_unit = move |_| {
        let now = clock::now_utc();
        state.flush();
        let options = UnitOptions { include_people: include_people.get_untracked(), include_drafts: include_drafts.get_untracked() };
        let file = state.desk.drafts.with_untracked(|ds| state.with_active_untracked(|c| (unit_file_name(c, now), unit_file(c, ds, options, now))));
        if let Some((name, text)) = file {
            let _ = download::download_text(&name, &text, JSON);
        }
    };
    let export_backup = move |_| download_backup(state);
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
        </section>
    }
}
