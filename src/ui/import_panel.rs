//! Bringing an exchange file in: pick it or drop it. The card is on the first screen; the code
//! that has the file checked (in a Web Worker, `import_checker`) and its preview
//! (`import_preview`) are a chunk, fetched when the card is first touched.

use std::sync::Arc;

use leptos::prelude::*;

use super::chunks::{self, OnDemand};
use super::state::AppState;
use crate::i18n;

/// A file handed to the checker, and read in by the page at the same time: the preview (its
/// own chunk) reads the content from the page's copy while the checker checks the file, and
/// shows it once the checker accepted it (a refused file is no longer `Incoming`).
#[derive(Clone)]
pub struct Incoming {
    /// Counts the files of this page, so a second file builds a new preview.
    pub serial: u32,
    pub name: String,
    /// The page's copy of the file, once read.
    pub bytes: Option<Arc<Vec<u8>>>,
    /// The checker has accepted the file.
    pub accepted: bool,
}

/// The import card's state, shared with the chunk that fills it.
#[derive(Clone, Copy)]
pub struct ImportForm {
    pub error: RwSignal<Option<String>>,
    pub done: RwSignal<Option<String>>,
    pub incoming: RwSignal<Option<Incoming>>,
    /// The last file's serial number.
    pub serial: StoredValue<u32>,
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let form = ImportForm {
        error: RwSignal::new(None),
        done: RwSignal::new(None),
        incoming: RwSignal::new(None),
        serial: StoredValue::new(0),
    };
    let ImportForm { error, done, incoming, .. } = form;
    let checking = Memo::new(move |_| incoming.with(|i| i.as_ref().is_some_and(|i| !i.accepted)));
    // A preview is built once the page has the file's bytes.
    let preview = Memo::new(move |_| incoming.with(|i| i.as_ref().filter(|i| i.bytes.is_some()).map(|i| i.serial)));
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            chunks::import_file(file, form);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            chunks::import_file(file, form);
        }
    };
    view! {
        <section class="card import" aria-labelledby="import-title"
            // The checker's code is fetched, and the checker started, while the user is still
            // choosing a file.
            on:pointerdown=|_| chunks::warm_checker() on:focusin=|_| chunks::warm_checker()
            on:dragenter=|_| chunks::warm_checker()
            on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <h2 id="import-title">{i18n::IMPORT_TITLE}</h2>
            <p class="hint">{i18n::IMPORT_HINT}</p>
            <div class="field">
                <label for="import-file">{i18n::IMPORT_PICK}</label>
                <input id="import-file" type="file" accept=".json,application/json" on:change=on_pick/>
            </div>
            <Show when=move || checking.get()>
                <p role="status">{i18n::IMPORT_CHECKING}</p>
            </Show>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <p class="done-message" role="status">{move || done.get()}</p>
            // The preview reads the file's content while the checker checks it.
            {move || preview.get().map(|_| view! { <OnDemand load=chunks::import_preview(incoming, done)/> })}
        </section>
    }
}

/// The "restore the version from before the import" line for the open congress; its code is
/// in the chunk `safety` (fetched in the background once the first screen runs).
#[component]
pub fn RestoreReplaced() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = move || {
        state.active.with(|a| a.as_ref().is_some_and(|id| state.status.replaced.with(|r| r.contains(id))))
    };
    view! {
        <Show when=shown>
            <super::chunks::OnDemand load=super::chunks::restore_replaced()/>
        </Show>
    }
}

/// The line itself (in the chunk `safety`).
#[component]
pub fn RestoreReplacedLine() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="restore-replaced">
            {i18n::REPLACED_NOTE}
            " "
            <button type="button" on:click=move |_| state.restore_replaced()>{i18n::RESTORE_REPLACED}</button>
        </p>
    }
}

