//! Banners for what storage reported: data that could not be read (with its kept copy to
//! download or, on explicit confirmation, discard) and saves that failed. Rarely shown, so
//! their code (both lists) is in the chunk `safety`, fetched in the background once the first
//! screen runs (so a full storage or a refused save is told offline too).

use leptos::prelude::*;

use super::chunks::{self, OnDemand};
use super::state::{AppState, DeviceNotice, NewBuild, StorageStatus};
use super::{clock, download};
use crate::i18n;
use crate::storage::{Halt, QuarantineEntry};

/// Where the banners appear: empty, and no banner code loaded, until there is one to show.
#[component]
pub fn StorageBanners() -> impl IntoView {
    let status = expect_context::<StorageStatus>();
    let any = move || {
        status.halted.with(Option::is_some)
            || status.lost.with(Option::is_some)
            || status.save_error.with(Option::is_some)
            || status.conflict.with(Option::is_some)
            || status.backup_due.get()
            || status.persisted.with(Option::is_some)
            || status.changed_elsewhere.get()
            || status.problems.with(|p| !p.is_empty())
            || status.update.with(Option::is_some)
            || status.device.with(Option::is_some)
            || status.language_refused.with(Option::is_some)
    };
    view! {
        <Show when=any>
            <OnDemand load=chunks::banners()/>
        </Show>
        <Show when=move || status.quarantine.with(|q| !q.is_empty())>
            <OnDemand load=chunks::quarantine()/>
        </Show>
    }
}

/// The banners themselves (in the `banners` chunk), each shown while its report stands.
#[component]
pub fn BannerList() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The backup's writer is in this chunk: fetching it cannot fail here.
    let failed = RwSignal::new(false);
    view! {
        {move || state.status.halted.get().map(|halt| {
            let newer = matches!(halt, Halt::NewerVersion(_));
            view! {
                <div class="banner error halted" role="alert">
                    <p>{if newer { i18n::HALTED_NEWER } else { i18n::HALTED_WIPED }}</p>
                    <div class="actions">
                        <Show when=move || newer>
                            <button type="button" on:click=move |_| chunks::download_backup(state, failed)>{i18n::DOWNLOAD_SHOWN}</button>
                        </Show>
                        <button type="button" on:click=|_| reload_page()>{i18n::RELOAD_PAGE}</button>
                    </div>
                </div>
            }
        })}
        {move || state.status.lost.get().map(|lost| {
            let file = StoredValue::new((lost.file_name.clone(), lost.text.clone()));
            view! {
                <div class="banner error lost" role="alert">
                    <p>{i18n::lost_change(&lost.name)}</p>
                    <div class="actions">
                        <button type="button" on:click=move |_| file.with_value(|(name, text)| {
                            let _ = download::download_text(name, text, "application/json;charset=utf-8");
                        })>{i18n::LOST_DOWNLOAD}</button>
                        <button type="button" on:click=move |_| state.status.lost.set(None)>{i18n::DISMISS}</button>
                    </div>
                </div>
            }
        })}
        {move || state.status.save_error.get().map(|e| {
            let full = matches!(e, crate::storage::SaveError::Full);
            view! {
                <div class="banner error" role="alert">
                    <p>{i18n::save_error(&e)}</p>
                    <Show when=move || full>
                        <p>{i18n::FULL_EXPORT_HINT}</p>
                        <button type="button" on:click=move |_| chunks::download_backup(state, failed)>{i18n::BACKUP_NOW}</button>
                    </Show>
                </div>
            }
        })}
        <Show when=move || state.status.conflict.with(Option::is_some)>
            <div class="banner error conflict" role="alert">
                <p>{i18n::save_error(&crate::storage::SaveError::Conflict(String::new()))}</p>
                <div class="actions">
                    <button type="button" on:click=move |_| state.keep_theirs()>{i18n::KEEP_THEIRS}</button>
                    <button type="button" on:click=move |_| state.keep_mine()>{i18n::KEEP_MINE}</button>
                </div>
            </div>
        </Show>
        <Show when=move || state.status.backup_due.get()>
            <div class="banner warning" role="status">
                <p>{i18n::BACKUP_DUE}</p>
                <button type="button" on:click=move |_| chunks::download_backup(state, failed)>{i18n::BACKUP_NOW}</button>
            </div>
        </Show>
        {move || state.status.update.get().map(|update| {
            let unsaved = RwSignal::new(false);
            view! {
                <div class="banner info update" role="status">
                    <p>{if update == NewBuild::Ready { i18n::UPDATE_READY } else { i18n::UPDATE_ELSEWHERE }}</p>
                    <Show when=move || unsaved.get()>
                        <p>{i18n::UPDATE_UNSAVED}</p>
                    </Show>
                    <button type="button" on:click=move |_| unsaved.set(!super::offline::apply(state))>{i18n::UPDATE_RELOAD}</button>
                </div>
            }
        })}
        {move || state.status.language_refused.get().map(|why| view! {
            <div class="banner error" role="alert">
                <p>{why}</p>
                <button type="button" on:click=move |_| state.status.language_refused.set(None)>{i18n::DISMISS}</button>
            </div>
        })}
        {move || state.status.device.get().map(|notice| {
            let prompt = notice == DeviceNotice::InstallPrompt;
            view! {
                <div class="banner info device" role="status">
                    <p>{match notice {
                        DeviceNotice::InstallPrompt => i18n::INSTALL_OFFER,
                        DeviceNotice::InstallIos => i18n::INSTALL_IOS,
                        DeviceNotice::InAppBrowser => i18n::IN_APP_BROWSER,
                    }}</p>
                    <div class="actions">
                        <Show when=move || prompt>
                            <button type="button" on:click=move |_| super::install::accept(state)>{i18n::INSTALL_YES}</button>
                        </Show>
                        <button type="button" on:click=move |_| super::install::dismiss(state, notice)>{if prompt { i18n::INSTALL_NO } else { i18n::DISMISS }}</button>
                    </div>
                </div>
            }
        })}
        {move || state.status.persisted.get().map(|kept| view! {
            <div class="banner info" role="status">
                <p>{i18n::persist_result(kept)}</p>
                <button type="button" on:click=move |_| state.status.persisted.set(None)>{i18n::DISMISS}</button>
            </div>
        })}
        <Show when=move || state.status.changed_elsewhere.get()>
            <div class="banner warning" role="status">
                <p>{i18n::CHANGED_ELSEWHERE}</p>
                <button type="button" on:click=move |_| state.status.changed_elsewhere.set(false)>{i18n::DISMISS}</button>
            </div>
        </Show>
        <Show when=move || state.status.problems.with(|p| !p.is_empty())>
            <div class="banner warning" role="alert">
                <ul>
                    {move || state.status.problems.get().iter().map(|p| view! { <li>{i18n::load_problem(p)}</li> }).collect_view()}
                </ul>
                <button type="button" on:click=move |_| state.status.problems.set(Vec::new())>{i18n::DISMISS}</button>
            </div>
        </Show>
    }
}

/// The kept copies of unreadable data, each to download or, after confirming, discard.
#[component]
pub fn QuarantineList() -> impl IntoView {
    let status = expect_context::<StorageStatus>();
    view! {
        <section class="banner quarantine" aria-labelledby="quarantine-title">
            <h2 id="quarantine-title">{i18n::STORAGE_TITLE}</h2>
            <p>{i18n::QUARANTINE_EXPLAIN}</p>
            <ul>
                <For each=move || status.quarantine.get() key=|q| q.key.clone()
                    children=move |entry| view! { <QuarantineItem entry/> }/>
            </ul>
        </section>
    }
}

fn reload_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

#[component]
fn QuarantineItem(entry: QuarantineEntry) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let key = StoredValue::new(entry.key.clone());
    let download = move |_| {
        if let Some(text) = key.with_value(|k| state.quarantine_text(k)) {
            let _ = download::download_text(&i18n::quarantine_file_name(state.today.get_untracked()), &text, "text/plain;charset=utf-8");
        }
    };
    view! {
        <li class="quarantine-entry">
            <span>{i18n::quarantine_entry(&clock::local_date_time(entry.saved_at_ms))}</span>
            <button type="button" class="download-quarantine" on:click=download>{i18n::QUARANTINE_DOWNLOAD}</button>
            <Show when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" on:click=move |_| confirming.set(true)>{i18n::QUARANTINE_DISCARD}</button>
                }>
                <span class="confirm" role="alert">{i18n::QUARANTINE_CONFIRM}</span>
                <button type="button" class="danger"
                    on:click=move |_| key.with_value(|k| state.discard_quarantine(k))>
                    {i18n::QUARANTINE_CONFIRM_YES}
                </button>
                <button type="button" on:click=move |_| confirming.set(false)>{i18n::QUARANTINE_CONFIRM_NO}</button>
            </Show>
        </li>
    }
}
