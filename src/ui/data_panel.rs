//! What the app keeps in this browser: where it lives, how much room it takes, and deleting
//! all of it (for a shared office computer), with a backup offered first. The body is loaded
//! on demand when the panel is first opened.

use leptos::prelude::*;

use super::chunks::{self, OnDemand};
use super::state::AppState;
use crate::i18n;

/// The panel's title, always there; its body is a chunk fetched when the panel is opened.
#[component]
pub fn DataPanel() -> impl IntoView {
    let opened = RwSignal::new(false);
    view! {
        <details class="card data-panel" on:toggle=move |_| opened.set(true)>
            <summary>{i18n::DATA_TITLE}</summary>
            <Show when=move || opened.get()>
                <OnDemand load=chunks::data_panel()/>
            </Show>
        </details>
    }
}

#[component]
pub fn DataPanelBody() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Reading every stored value takes a moment on a full storage: only once opened.
    let usage = RwSignal::new(Some(i18n::usage_line(state.usage())));
    let confirming = RwSignal::new(false);
    let deleted = RwSignal::new(false);
    let backup_failed = RwSignal::new(false);
    // Whether the browser keeps the data for good (asked once installed, `install`).
    let kept = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let _ = kept.try_set(Some(super::install::persisted().await));
    });
    view! {
            <p>{i18n::LOCAL_ONLY}</p>
            <p class="usage" role="status">{move || usage.get()}</p>
            <p class="persisted">{move || kept.get().map(i18n::persisted_line)}</p>
            <Show when=move || !confirming.get()>
                <button type="button" class="danger" on:click=move |_| { deleted.set(false); confirming.set(true) }>
                    {i18n::DELETE_ALL}
                </button>
            </Show>
            <Show when=move || confirming.get()>
                <div class="confirm-delete" role="alert">
                    <span>{i18n::DELETE_ALL_CONFIRM}</span>
                    <button type="button" on:click=move |_| chunks::download_backup(state, backup_failed)>{i18n::BACKUP_FIRST}</button>
                    <button type="button" class="danger" on:click=move |_| {
                        confirming.set(false);
                        let ok = state.delete_everything();
                        deleted.set(ok);
                        // The upper union's kept unit files go too.
                        #[cfg(target_arch = "wasm32")]
                        if ok {
                            leptos::task::spawn_local(async {
                                let _ = crate::storage::batch::forget().await;
                            });
                        }
                        usage.set(Some(i18n::usage_line(state.usage())));
                    }>{i18n::DELETE_ALL_YES}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{i18n::QUARANTINE_CONFIRM_NO}</button>
                </div>
                <Show when=move || backup_failed.get()>
                    <p class="field-error" role="alert">{chunks::missing_reason()}</p>
                </Show>
            </Show>
            <Show when=move || deleted.get()>
                <p class="done-message" role="status">{i18n::DELETED_ALL}</p>
            </Show>
    }
}
