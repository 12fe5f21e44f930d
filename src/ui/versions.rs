//! The versions of a draft: keep one by name, see the list, compare one with the current text
//! (changed paragraphs marked, never as HTML), restore one.

use leptos::prelude::*;

use super::clock;
use super::field::TextField;
use super::state::AppState;
use crate::i18n;
use crate::model::draft::{compare, version_name, Change, Version};

#[component]
pub fn VersionsPanel(
    draft_id: String,
    notice: RwSignal<Option<String>>,
    /// The list shown, oldest first; the editor reads it again after a status change.
    versions: RwSignal<Vec<Version>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let comparing = RwSignal::new(None::<usize>);
    let keep_id = draft_id.clone();
    let keep = move |_| {
        let n = name.with_untracked(|typed| version_name(typed, || clock::local_date_time(clock::now_ms())));
        let pruned = state.keep_version(&keep_id, n.clone(), false);
        versions.set(state.versions(&keep_id));
        let mut text = i18n::version_kept(&n);
        if pruned > 0 {
            text = format!("{text} {}", i18n::versions_pruned(pruned));
        }
        notice.set(Some(text));
    };
    let compare_id = draft_id.clone();
    let restore_id = draft_id;
    view! {
        <section class="versions" aria-labelledby="versions-title">
            <h3 id="versions-title">{i18n::VERSIONS_TITLE}</h3>
            <div class="keep-version">
                <TextField id="version-name".into() label=i18n::VERSION_NAME.to_string() placeholder=i18n::VERSION_NAME_HINT
                    on_input=Callback::new(move |v: String| name.set(v))/>
                <button type="button" on:click=keep>{i18n::KEEP_VERSION}</button>
            </div>
            <Show when=move || versions.with(Vec::is_empty)>
                <p class="empty">{i18n::VERSIONS_NONE}</p>
            </Show>
            <ol class="version-list">
                {move || versions.get().into_iter().enumerate().rev().map(|(i, v)| {
                    let restore_id = restore_id.clone();
                    let restored = v.clone();
                    let meta = format!(
                        "{} · {} · {}{}",
                        clock::local_date_time(v.saved_at_ms),
                        i18n::draft_status_name(v.status),
                        i18n::words(v.word_count()),
                        if v.automatic { format!(" · {}", i18n::VERSION_AUTOMATIC) } else { String::new() },
                    );
                    view! {
                        <li class="version-row">
                            <div><strong lang="vi">{v.name.clone()}</strong> <span class="draft-meta">{meta}</span></div>
                            <div class="actions">
                                <button type="button" on:click=move |_| comparing.set(Some(i))>{i18n::COMPARE}</button>
                                <button type="button" on:click=move |_| {
                                    let pruned = state.restore_version(&restore_id, &restored);
                                    let mut text = i18n::version_restored(&restored.name);
                                    if pruned > 0 {
                                        text = format!("{text} {}", i18n::versions_pruned(pruned));
                                    }
                                    notice.set(Some(text));
                                    comparing.set(None);
                                }>{i18n::RESTORE_VERSION}</button>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {move || comparing.get().and_then(|i| versions.with(|vs| vs.get(i).cloned())).map(|v| view! {
                <Comparison draft_id=compare_id.clone() version=v on_close=Callback::new(move |_| comparing.set(None))/>
            })}
        </section>
    }
}

#[component]
fn Comparison(draft_id: String, version: Version, on_close: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.draft_untracked(&draft_id, |d| d.snapshot()).unwrap_or_default();
    let changes = compare(&version.sections, &current);
    let same = changes.iter().all(|c| matches!(c, Change::Same(_)));
    view! {
        <div class="comparison" role="region" aria-label=i18n::COMPARE>
            <p class="hint">{i18n::COMPARE_LEGEND}</p>
            {same.then(|| view! { <p class="empty">{i18n::COMPARE_SAME}</p> })}
            <ul class="changes">
                {changes.into_iter().map(|c| match c {
                    Change::Same(t) => view! { <li class="same" lang="vi">{t}</li> }.into_any(),
                    Change::Added(t) => view! { <li class="added"><span class="visually-hidden">{i18n::CHANGE_ADDED}</span><ins lang="vi">{t}</ins></li> }.into_any(),
                    Change::Removed(t) => view! { <li class="removed"><span class="visually-hidden">{i18n::CHANGE_REMOVED}</span><del lang="vi">{t}</del></li> }.into_any(),
                }).collect_view()}
            </ul>
            <button type="button" on:click=move |_| on_close.run(())>{i18n::CLOSE_COMPARE}</button>
        </div>
    }
}
