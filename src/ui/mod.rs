//! The Leptos screens. Components read and change state through `AppState` and take every
//! string from `i18n`; rules live in `model`, persistence in `storage`.

mod ballot_entry;
mod banners;
mod checklist;
mod chunks;
mod clock;
mod congress_day;
mod congress_editor;
mod create;
mod documents;
mod draft_editor;
mod draft_state;
mod election_card;
mod data_panel;
mod day_documents;
mod decisions;
mod desk;
mod desk_batch;
mod desk_plan;
mod desk_unit;
mod download;
mod export_panel;
mod field;
mod offline;
mod fill_draft;
mod filters;
mod import_checker;
mod import_panel;
mod import_preview;
mod install;
mod plan_pick;
mod personnel;
mod print_ballots;
mod print_doc;
mod round_picker;
mod screen_style;
mod state;
mod task_editor;
mod versions;

use leptos::prelude::*;

use crate::i18n;
use state::{AppState, Screen};

/// Starts the app: reads storage, removes the loading notice, mounts the screens.
pub fn mount() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// Other tabs of the app announce their writes through the window's `storage` event; and a
/// change waiting to be saved is flushed when this tab hides or goes away.
fn listen_to_other_tabs(state: AppState) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else { return };
    let handler = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
        if let Some(key) = ev.key() {
            state.external_change(&key, ev.new_value());
        }
    });
    let _ = window.add_event_listener_with_callback("storage", handler.as_ref().unchecked_ref());
    // The app lives as long as the page.
    handler.forget();
    // A change waiting to be saved is saved when the tab is hidden or the page goes away
    // (reload, close, navigation).
    let flush = Closure::<dyn Fn()>::new(move || state.flush());
    let _ = window.add_event_listener_with_callback("pagehide", flush.as_ref().unchecked_ref());
    if let Some(document) = window.document() {
        let on_visibility = Closure::<dyn Fn()>::new(move || {
            if web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden()) {
                state.flush();
            }
        });
        let _ = document.add_event_listener_with_callback("visibilitychange", on_visibility.as_ref().unchecked_ref());
        on_visibility.forget();
    }
    flush.forget();
}

#[component]
fn App() -> impl IntoView {
    let state = AppState::open(clock::today(), clock::now_ms());
    provide_context(state);
    // Each part is its own context too, for screens that read one concern only.
    provide_context(state.status);
    provide_context(state.undo);
    provide_context(state.desk);
    listen_to_other_tabs(state);
    clock::follow_today(state.today);
    chunks::prefetch_safety(state);
    let show_form = move || state.creating.get() || state.active.with(Option::is_none);
    // The upper union's desk, or this browser's own notebook.
    let at_desk = RwSignal::new(false);
    view! {
        <header class="app-header">
            <h1>{i18n::APP_NAME}</h1>
            <p class="tagline">{i18n::APP_TAGLINE}</p>
            <nav class="modes" aria-label=i18n::DESK_NAV>
                <button type="button" class="mode" on:click=move |_| {
                    state.flush();
                    at_desk.update(|d| *d = !*d);
                }>{move || if at_desk.get() { i18n::DESK_BACK } else { i18n::DESK_OPEN }}</button>
                <LanguageSwitch/>
            </nav>
        </header>
        <main id="main">
            <banners::StorageBanners/>
            <Show when=move || !at_desk.get()
                fallback=|| view! { <chunks::OnDemand load=chunks::desk()/> }>
            {move || state.undo.last_deleted.get().map(|(c, _)| view! {
                <div class="banner undo" role="status">
                    <span>{i18n::congress_deleted(&c.unit_name)}</span>
                    <button type="button" on:click=move |_| state.undo_delete()>{i18n::UNDO}</button>
                </div>
            })}
            {move || if show_form() {
                view! { <create::CreateCongress/> }.into_any()
            } else {
                view! {
                    <checklist::Switcher/>
                    <ScreenTabs/>
                    {move || match state.screen.get() {
                        Screen::Checklist => view! { <checklist::ChecklistScreen/> }.into_any(),
                        Screen::Documents => view! { <chunks::OnDemand load=chunks::documents()/> }.into_any(),
                        Screen::Personnel => view! { <chunks::OnDemand load=chunks::personnel()/> }.into_any(),
                        Screen::CongressDay => view! { <chunks::OnDemand load=chunks::congress_day()/> }.into_any(),
                    }}
                }.into_any()
            }}
            <import_panel::ImportPanel/>
            <data_panel::DataPanel/>
            </Show>
        </main>
        <footer class="app-footer">
            <p class="version">{i18n::footer_version(crate::APP_VERSION)}</p>
            <p>{i18n::FOOTER_PRIVACY}</p>
        </footer>
    }
}

/// The other interface language, on a button written in that language
/// (`chunks::switch_language`: its code is in the chunk `safety`, which makes the first load
/// smaller than here; a refusal is told among the banners).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <button type="button" class="mode" lang=i18n::OTHER_LANGUAGE on:click=move |_| chunks::switch_language(state)>
            {i18n::OTHER_LANGUAGE_NAME}
        </button>
    }
}

/// Switches between the checklist, the documents and the congress day of the open congress.
#[component]
fn ScreenTabs() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tab = move |screen: Screen, label: &'static str| {
        view! {
            <button type="button" class="tab" aria-pressed=move || (state.screen.get() == screen).to_string()
                on:click=move |_| {
                    state.flush();
                    state.screen.set(screen);
                }>{label}</button>
        }
    };
    view! {
        <nav class="screen-tabs" aria-label=i18n::SCREEN_NAV>
            {tab(Screen::Checklist, i18n::SCREEN_CHECKLIST)}
            {tab(Screen::Documents, i18n::SCREEN_DOCUMENTS)}
            {tab(Screen::Personnel, i18n::SCREEN_PERSONNEL)}
            {tab(Screen::CongressDay, i18n::SCREEN_CONGRESS_DAY)}
        </nav>
    }
}
