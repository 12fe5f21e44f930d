//! Screens loaded on demand: each is a split point whose code the build moves into its own
//! wasm chunk (feature `split`), fetched the first time the screen opens, with a loading
//! state; an action, such as having a file checked, is a split point too (`split_action!`).
//! A failed fetch shows why (offline: try again; the host has a newer version: reload, after
//! saving what waits) and touches no data.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

use super::state::AppState;
use crate::i18n;

/// A chunk could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkMissing;

impl From<SplitLoaderError> for ChunkMissing {
    fn from(_: SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// Calls a split point: awaited when the build splits, directly when it does not.
#[cfg(feature = "split")]
macro_rules! call {
    ($e:expr) => {
        $e.await
    };
}
#[cfg(not(feature = "split"))]
macro_rules! call {
    ($e:expr) => {
        $e
    };
}

/// Fetches a screen's code if needed, then builds the screen.
pub type Loader = std::rc::Rc<dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<AnyView, ChunkMissing>>>>>;

/// Declares a screen loaded on demand: `pub fn loader(args) -> Loader` for `OnDemand`, whose
/// view is built by the split point `view_fn`, its code in the chunk `split`.
macro_rules! split_point {
    ($(#[$doc:meta])* pub fn $loader:ident ( $($arg:ident : $ty:ty),* ) in $split:ident as $name:ident $body:block) => {
        #[cfg_attr(feature = "split", leptos::wasm_split::wasm_split($split, wasm_split_path = ::leptos::wasm_split, fallible))]
        fn $name($($arg: $ty),*) -> Result<AnyView, ChunkMissing> {
            // The place that asked for the screen may have gone while its code was fetched (a
            // list redrawn, a panel closed): its scope no longer reaches the app's state, and
            // nothing is built.
            if use_context::<AppState>().is_none() {
                return Ok(().into_any());
            }
            let view: AnyView = $body;
            Ok(view)
        }

        $(#[$doc])*
        #[allow(clippy::clone_on_copy)]
        pub fn $loader($($arg: $ty),*) -> Loader {
            std::rc::Rc::new(move || {
                $(let $arg = $arg.clone();)*
                Box::pin(async move { call!($name($($arg),*)) })
            })
        }
    };
}

split_point! {
    /// The documents screen (drafts, editor, versions, targets, header, print, .docx).
    pub fn documents() in documents as documents_view { view! { <super::documents::DocumentsScreen/> }.into_any() }
}
split_point! {
    /// The preview of a checked file, and writing it (add or replace).
    pub fn import_preview(incoming: RwSignal<Option<super::import_panel::Incoming>>, done: RwSignal<Option<String>>)
        in import_preview as import_preview_view
    {
        view! { <super::import_preview::ImportPreview incoming done/> }.into_any()
    }
}
split_point! {
    /// What the app keeps in this browser: usage, delete everything.
    pub fn data_panel() in safety as data_panel_view { view! { <super::data_panel::DataPanelBody/> }.into_any() }
}
split_point! {
    /// The task editor.
    pub fn task_editor(id: String, on_close: Callback<()>) in task_editor as task_editor_view {
        view! { <super::task_editor::TaskEditor id on_close/> }.into_any()
    }
}
split_point! {
    /// The congress editor.
    pub fn congress_editor(on_close: Callback<()>) in congress_editor as congress_editor_view {
        view! { <super::congress_editor::CongressEditor on_close/> }.into_any()
    }
}
split_point! {
    /// The editor of a round of the user's own, in the congress forms.
    pub fn round_editor(prefix: &'static str, on_done: Callback<Option<crate::model::Round>>) in round_editor as round_editor_view {
        view! { <super::round_picker::RoundEditor prefix on_done/> }.into_any()
    }
}
split_point! {
    /// The congress day: attendance, quorum, elections, counts and results.
    pub fn congress_day() in congress_day as congress_day_view { view! { <super::congress_day::CongressDayScreen/> }.into_any() }
}
split_point! {
    /// The personnel plan: seats, structure, nominees, appraisal.
    pub fn personnel() in personnel as personnel_view { view! { <super::personnel::PersonnelScreen/> }.into_any() }
}
split_point! {
    /// The upper union's desk: a batch of unit files in one table.
    pub fn desk() in desk as desk_view { view! { <super::desk::DeskScreen/> }.into_any() }
}
split_point! {
    /// One unit of the desk, read-only, with its .docx export and printed page.
    pub fn desk_unit(congress_id: String, on_close: Callback<()>) in desk_unit as desk_unit_view {
        view! { <super::desk_unit::DeskUnit congress_id on_close/> }.into_any()
    }
}
split_point! {
    /// The upper union's plan editor, opened from the desk.
    pub fn desk_plan(plan: RwSignal<Option<crate::model::upper_plan::UnionPlan>>, on_close: Callback<()>) in desk_plan as desk_plan_view {
        view! { <super::desk_plan::PlanEditor plan on_close/> }.into_any()
    }
}
split_point! {
    /// The storage banners (a failed save, a halt, a conflict, a backup due…), in the chunk
    /// `safety` with the writers of the files that carry drafts.
    pub fn banners() in safety as banners_view { view! { <super::banners::BannerList/> }.into_any() }
}
split_point! {
    /// The line that puts back a congress's version from before an import.
    pub fn restore_replaced() in safety as restore_replaced_view {
        view! { <super::import_panel::RestoreReplacedLine/> }.into_any()
    }
}
split_point! {
    /// Asking before deleting the open congress, and deleting it.
    pub fn confirm_delete(confirming: RwSignal<bool>) in safety as confirm_delete_view {
        view! { <super::checklist::ConfirmDelete confirming/> }.into_any()
    }
}
split_point! {
    /// The kept copies of unreadable data.
    pub fn quarantine() in safety as quarantine_view { view! { <super::banners::QuarantineList/> }.into_any() }
}

/// Declares a split point that is an action, not a view: `name(args)`, its code in `split`.
macro_rules! split_action {
    ($(#[$doc:meta])* fn $name:ident = $split:ident ( $($arg:ident : $ty:ty),* ) $body:block) => {
        $(#[$doc])*
        #[cfg_attr(feature = "split", leptos::wasm_split::wasm_split($split, wasm_split_path = ::leptos::wasm_split, fallible))]
        fn $name($($arg: $ty),*) -> Result<(), ChunkMissing> {
            #[allow(clippy::unit_arg)]
            Ok($body)
        }
    };
}

split_action! {
    /// Starts the import checker (its code shares the import preview's chunk).
    fn warm_checker_action = import_preview() { super::import_checker::start_checker(); }
}
split_action! {
    /// Has a picked or dropped file checked and read.
    fn import_file_action = import_preview(file: web_sys::File, form: super::import_panel::ImportForm) {
        super::import_checker::accept(file, form);
    }
}

split_action! {
    /// Fetches the chunk `safety` and registers the service worker (`offline`).
    fn safety_ready = safety(state: AppState) { super::offline::start(state); }
}
split_action! {
    /// Writes the backup of everything and downloads it.
    fn backup_action = safety(state: AppState) { super::export_panel::write_backup(state); }
}
split_action! {
    /// Writes the open congress's unit file and downloads it.
    fn unit_file_action = safety(state: AppState, options: crate::format::export::UnitOptions) {
        super::export_panel::write_unit_file(state, options);
    }
}
split_action! {
    /// Writes the open congress's deadlines as a calendar (.ics) and hands it over.
    fn calendar_action = safety(state: AppState) { super::filters::write_calendar(state); }
}
split_action! {
    /// Switches the interface language (`offline::switch_language`).
    fn language_action = safety(state: AppState) { super::offline::switch_language(state); }
}
split_action! {
    /// Another tab deleted what this tab had a change to: offers the change as a file.
    fn deleted_elsewhere_action = safety(state: AppState, id: String) { state.deleted_elsewhere(&id); }
}

/// How long after start the chunk `safety` is fetched: well after the first screen is drawn,
/// so that it shares no bandwidth with the first load (measured by `make audit`: fetched at
/// once, it took the largest paint from 2.3 s to 3.4 s on Lighthouse's slow phone).
const SAFETY_PREFETCH_DELAY: std::time::Duration = std::time::Duration::from_secs(3);

/// Fetches the chunk `safety` in the background once the first screen runs: the storage
/// banners and the writers of the files that carry drafts (backup, unit file, a change another
/// tab's deletion left unsaved), so that a refused save (the storage full, say) is told and a
/// backup can be taken even if the network is gone by then. Anything that needs it sooner
/// fetches it then.
pub fn prefetch_safety(state: AppState) {
    set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                // A failed fetch is tried again when one of them is needed, and told then.
                let _ = call!(safety_ready(state));
            })
        },
        SAFETY_PREFETCH_DELAY,
    );
}

/// Why a chunk could not be fetched, in the user's words: offline, or the host has a newer
/// version.
pub fn missing_reason() -> &'static str {
    if web_sys::window().is_some_and(|w| !w.navigator().on_line()) {
        i18n::CODE_OFFLINE
    } else {
        i18n::CODE_UPGRADED
    }
}

/// Downloads the backup (fetching its writer first if needed); `failed` is set if the writer
/// could not be fetched, and nothing is touched.
pub fn download_backup(state: AppState, failed: RwSignal<bool>) {
    run_writer(failed, async move { call!(backup_action(state)) });
}

/// Downloads the open congress's unit file, as `download_backup`.
pub fn download_unit_file(state: AppState, options: crate::format::export::UnitOptions, failed: RwSignal<bool>) {
    run_writer(failed, async move { call!(unit_file_action(state, options)) });
}

/// Hands over the open congress's calendar (.ics), as `download_backup`.
pub fn download_calendar(state: AppState, failed: RwSignal<bool>) {
    run_writer(failed, async move { call!(calendar_action(state)) });
}

/// Runs a writer of the chunk `safety` (which saves what waits, then writes its file), and
/// tells through `failed` whether its code could not be fetched.
fn run_writer(failed: RwSignal<bool>, write: impl std::future::Future<Output = Result<(), ChunkMissing>> + 'static) {
    failed.set(false);
    leptos::task::spawn_local(async move {
        if write.await.is_err() {
            failed.set(true);
        }
    });
}

/// Switches the interface language, fetching its code first if needed (it is in the chunk
/// `safety`, fetched in the background at start); a banner says why when it cannot.
pub fn switch_language(state: AppState) {
    leptos::task::spawn_local(async move {
        if call!(language_action(state)).is_err() {
            state.status.language_refused.set(Some(i18n::LANGUAGE_CODE_MISSING));
        }
    });
}

/// Another tab deleted the congress or draft `id` while this tab had a change to it (see
/// `AppState::deleted_elsewhere`). If the code cannot be fetched, nothing is dropped: the
/// next save meets the deletion again and tries again.
pub fn deleted_elsewhere(state: AppState, id: String) {
    leptos::task::spawn_local(async move {
        let _ = call!(deleted_elsewhere_action(state, id));
    });
}

/// Fetches the import checker's code and starts the checker, ahead of a file.
pub fn warm_checker() {
    leptos::task::spawn_local(async {
        // A failed fetch is told when a file comes.
        let _ = call!(warm_checker_action());
    });
}

/// Has a file checked, after fetching the code if needed; a failed fetch refuses the file.
pub fn import_file(file: web_sys::File, form: super::import_panel::ImportForm) {
    let name = file.name();
    leptos::task::spawn_local(async move {
        if call!(import_file_action(file, form)).is_err() {
            // Nothing of an earlier file stays shown beside the refusal.
            form.incoming.set(None);
            form.done.set(None);
            form.error.set(Some(i18n::import_refused(&name, i18n::IMPORT_CHECKER_FAILED)));
        }
    });
}

/// Shows a screen, loading its code first if needed (`Loader`).
#[component]
pub fn OnDemand(load: Loader) -> impl IntoView {
    let state = expect_context::<AppState>();
    // None while loading; the view itself waits in `slot` until rendered (views are not data).
    let outcome = RwSignal::new(None::<Result<(), ChunkMissing>>);
    let slot = StoredValue::new_local(None::<AnyView>);
    // The screen is built when its code has arrived, in this component's reactive scope (it
    // reads the app's context).
    let owner = StoredValue::new_local(Owner::current().unwrap_or_default());
    let load = StoredValue::new_local(load);
    let fetch = move || {
        // What waits to be saved is saved before anything is fetched.
        state.flush();
        outcome.set(None);
        owner.with_value(|owner| {
            owner.with(|| {
                let loading = load.with_value(|load| load());
                leptos::task::spawn_local_scoped(async move {
                    let loaded = loading.await;
                    outcome.set(Some(loaded.map(|view| slot.set_value(Some(view)))));
                })
            })
        });
    };
    fetch();
    move || match outcome.get() {
        None => view! { <p class="loading" role="status">{i18n::SCREEN_LOADING}</p> }.into_any(),
        Some(Ok(())) => slot.try_update_value(Option::take).flatten().unwrap_or_else(|| ().into_any()),
        Some(Err(ChunkMissing)) => view! { <ChunkFailed retry=Callback::new(move |_| fetch())/> }.into_any(),
    }
}

#[component]
fn ChunkFailed(retry: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let offline = web_sys::window().is_some_and(|w| !w.navigator().on_line());
    let reload = move |_| {
        state.flush();
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <div class="banner error chunk-failed" role="alert">
            <p>{if offline { i18n::CHUNK_OFFLINE } else { i18n::CHUNK_UPGRADED }}</p>
            <div class="actions">
                <button type="button" on:click=move |_| retry.run(())>{i18n::TRY_AGAIN}</button>
                <Show when=move || !offline>
                    <button type="button" on:click=reload>{i18n::RELOAD_PAGE}</button>
                </Show>
            </div>
        </div>
    }
}
