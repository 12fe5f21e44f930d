//! The documents screen of the open congress: its drafts (open, create from an outline), the
//! document header set once for all of them, and the table of the term's targets.

use leptos::prelude::*;

use super::draft_editor::DraftEditor;
use super::field::{SelectField, TextField};
use super::state::AppState;
use crate::i18n;
use crate::ids::new_id;
use crate::model::targets::{move_up, put};
use crate::model::{DocumentKind, Letterhead, Measure, Period, TargetForm};
use crate::templates::{outlines_for, sample_targets};

/// The screen's own style rules (`screen_style`): the list of drafts, the editor, its versions and targets.
const STYLE: [&str; 36] = [
    ".draft-list { list-style: none; margin: 0 0 1rem; padding: 0; }",
    ".draft-row { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; padding: 0.6rem 0; border-bottom: 1px solid var(--line); }",
    ".draft-row > div:first-child { flex: 1 1 16rem; min-width: 0; }",
    ".draft-title { display: block; overflow-wrap: anywhere; }",
    ".draft-kind, .draft-meta { display: block; color: var(--muted); font-size: 0.9rem; }",
    ".new-document { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: end; }",
    ".new-document .field { margin: 0; flex: 1 1 16rem; }",
    ".target-list { padding-left: 1.5rem; }",
    ".target-row { padding: 0.35rem 0; border-bottom: 1px solid var(--line); }",
    ".target-row .actions { margin-top: 0.3rem; }",
    ".target-text { overflow-wrap: anywhere; }",
    ".target-editor { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem; margin: 0.5rem 0; }",
    ".draft-toolbar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; }",
    ".save-state { font-weight: 600; color: var(--muted); }",
    ".draft-editor h2 { overflow-wrap: anywhere; }",
    ".total-words, .word-count { color: var(--muted); font-size: 0.9rem; margin: 0.2rem 0 0.5rem; }",
    ".section-editor { border-top: 1px solid var(--line); padding-top: 0.75rem; margin-top: 0.75rem; }",
    ".section-editor.part .section-heading { text-transform: none; font-size: 1.05rem; }",
    ".section-heading { width: 100%; font: inherit; font-weight: 700; padding: 0.4rem 0.5rem; border: 1px solid transparent; border-radius: 6px; background: transparent; }",
    ".section-heading:hover, .section-heading:focus { border-color: #8c959f; background: #fff; }",
    ".section-body { min-height: 8rem; line-height: 1.5; }",
    ".section-targets ul { margin: 0.25rem 0; padding-left: 1.2rem; }",
    ".draft-actions { margin: 1rem 0; }",
    ".versions { border-top: 2px solid var(--line); margin-top: 1rem; padding-top: 0.5rem; }",
    ".keep-version { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: end; }",
    ".keep-version .field { margin: 0; flex: 1 1 14rem; }",
    ".version-list { list-style: none; padding: 0; }",
    ".version-row { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem; padding: 0.4rem 0; border-bottom: 1px solid var(--line); }",
    ".changes { list-style: none; padding: 0; margin: 0.5rem 0; }",
    ".changes li { padding: 0.25rem 0.5rem; border-left: 4px solid transparent; overflow-wrap: anywhere; white-space: pre-wrap; }",
    ".changes li.added { background: #dafbe1; border-color: #1a7f37; }",
    ".changes li.added::before { content: \"+ \"; font-weight: 700; }",
    ".changes li.removed { background: #ffebe9; border-color: #cf222e; }",
    ".changes li.removed::before { content: \"− \"; font-weight: 700; }",
    ".changes ins, .changes del { text-decoration: none; }",
    ".changes li.removed del { text-decoration: line-through; }",
];
static STYLE_ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[component]
pub fn DocumentsScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    super::screen_style::add_once(&STYLE_ADDED, &STYLE);
    // The drafts are read the first time this screen opens.
    state.ensure_drafts();
    // Only a draft of the open congress is shown in the editor.
    let open = move || {
        let id = state.desk.open_draft.get()?;
        let active = state.active.get()?;
        state.draft_untracked(&id, |d| d.congress_id == active).filter(|mine| *mine).map(|_| id)
    };
    move || match open() {
        Some(id) => view! { <DraftEditor id/> }.into_any(),
        None => view! { <DraftList/><LetterheadEditor/><TargetsTable/> }.into_any(),
    }
}

#[component]
fn DraftList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let choice = RwSignal::new(DocumentKind::TermReport);
    let confirming = RwSignal::new(None::<String>);
    let rows = move || {
        let active = state.active.get();
        state.desk.drafts.with(|ds| {
            ds.iter()
                .filter(|d| Some(&d.congress_id) == active.as_ref())
                .map(|d| (d.id.clone(), format!("{} {}", d.heading, d.title).trim().to_string(), i18n::outline_name(d.kind), i18n::draft_summary(d.status, d.word_count())))
                .collect::<Vec<_>>()
        })
    };
    let choices = move || {
        state
            .with_active_untracked(|c| outlines_for(c).map(|o| (o.kind.name(), i18n::outline_name(o.kind))).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    view! {
        <section class="card documents" aria-labelledby="documents-title">
            <h2 id="documents-title">{i18n::DOCUMENTS_TITLE}</h2>
            {move || state.undo.last_deleted_draft.get().map(|(d, _)| view! {
                <div class="banner undo" role="status">
                    <span>{i18n::document_deleted(&d.title)}</span>
                    <button type="button" on:click=move |_| state.undo_delete_draft()>{i18n::UNDO}</button>
                </div>
            })}
            <Show when=move || rows().is_empty()>
                <p class="empty">{i18n::DOCUMENTS_NONE}</p>
            </Show>
            <ul class="draft-list">
                {move || rows().into_iter().map(|(id, title, kind, summary)| {
                    let open_id = id.clone();
                    let (ask_id, delete_id) = (id.clone(), id.clone());
                    let (shown_a, shown_b) = (id.clone(), id.clone());
                    let shown_title = title.clone();
                    view! {
                        <li class="draft-row">
                            <div>
                                <strong class="draft-title" lang="vi">{title}</strong>
                                <span class="draft-kind">{kind}</span>
                                <span class="draft-meta">{summary}</span>
                            </div>
                            <div class="actions">
                                <button type="button" on:click=move |_| state.desk.open_draft.set(Some(open_id.clone()))>{i18n::OPEN_DOCUMENT}</button>
                                <Show when=move || confirming.get().as_deref() != Some(shown_a.as_str())>
                                    <button type="button" class="danger" on:click={let id = ask_id.clone(); move |_| confirming.set(Some(id.clone()))}>{i18n::DELETE_DOCUMENT}</button>
                                </Show>
                                <Show when=move || confirming.get().as_deref() == Some(shown_b.as_str())>
                                    <div class="confirm-delete" role="alert">
                                        <span>{i18n::confirm_delete_document(&shown_title)}</span>
                                        <button type="button" class="danger" on:click={let id = delete_id.clone(); move |_| {
                                            confirming.set(None);
                                            state.delete_draft(&id);
                                        }}>{i18n::DELETE_DOCUMENT_YES}</button>
                                        <button type="button" on:click=move |_| confirming.set(None)>{i18n::QUARANTINE_CONFIRM_NO}</button>
                                    </div>
                                </Show>
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <div class="new-document">
                <SelectField id="new-document-kind".into() label=i18n::NEW_DOCUMENT_KIND.to_string()
                    choices=choices() selected=DocumentKind::TermReport.name()
                    on_change=Callback::new(move |key: String| {
                        if let Some(k) = DocumentKind::from_name(&key) {
                            choice.set(k);
                        }
                    })/>
                <button type="button" class="primary" on:click=move |_| state.create_draft(choice.get_untracked())>
                    {i18n::NEW_DOCUMENT}
                </button>
            </div>
        </section>
    }
}

/// The document header, set once per congress.
#[component]
fn LetterheadEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(start) = state.with_active_untracked(|c| c.letterhead_or_default()) else { return ().into_any() };
    let form = RwSignal::new(start.clone());
    let message = RwSignal::new(None::<&'static str>);
    let field = move |id: &'static str, label: &'static str, value: String, hint: &'static str, set: fn(&mut Letterhead, String)| {
        view! {
            <TextField id=id.to_string() label=label.to_string() value placeholder=hint
                on_input=Callback::new(move |v: String| {
                    form.update(|f| set(f, v));
                    message.set(None);
                })/>
        }
    };
    let save = move |_| {
        match form.get_untracked().validate() {
            Ok(head) => {
                state.update_active(|c| c.letterhead = Some(head));
                message.set(Some(i18n::LETTERHEAD_SAVED));
            }
            Err(e) => message.set(Some(i18n::letterhead_error(e))),
        }
    };
    view! {
        <section class="card letterhead" aria-labelledby="letterhead-title">
            <h2 id="letterhead-title">{i18n::LETTERHEAD_TITLE}</h2>
            <div class="form-grid">
                {field("lh-upper", i18n::LETTERHEAD_UPPER, start.upper_union.clone(), "", |f, v| f.upper_union = v)}
                {field("lh-issuer", i18n::LETTERHEAD_ISSUER, start.issuing_union.clone(), "", |f, v| f.issuing_union = v)}
                {field("lh-place", i18n::LETTERHEAD_PLACE, start.place.clone(), i18n::LETTERHEAD_PLACE_HINT, |f, v| f.place = v)}
                {field("lh-suffix", i18n::LETTERHEAD_SUFFIX, start.number_suffix.clone(), i18n::LETTERHEAD_SUFFIX_HINT, |f, v| f.number_suffix = v)}
                {field("lh-term", i18n::LETTERHEAD_TERM, start.term.clone(), "", |f, v| f.term = v)}
                {field("lh-signer", i18n::LETTERHEAD_SIGNER, start.signer_name.clone(), "", |f, v| f.signer_name = v)}
            </div>
            <button type="button" on:click=save>{i18n::LETTERHEAD_SAVE}</button>
            <p class="form-message" role="status">{move || message.get()}</p>
        </section>
    }
    .into_any()
}

/// The term's targets: one list per congress, used by the term report and the resolution.
#[component]
fn TargetsTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The target being edited: its id, or "" for a new one.
    let editing = RwSignal::new(None::<String>);
    let rows = move || state.with_active(|c| c.targets.iter().map(|t| (t.id.clone(), t.sentence())).collect::<Vec<_>>()).unwrap_or_default();
    view! {
        <section class="card targets" aria-labelledby="targets-title">
            <h2 id="targets-title">{i18n::TARGETS_TITLE}</h2>
            <p class="note">{i18n::TARGETS_NOTE}</p>
            <Show when=move || rows().is_empty()>
                <p class="empty">{i18n::TARGETS_NONE}</p>
                <button type="button" on:click=move |_| state.update_active(|c| c.targets.extend(sample_targets(&mut new_id)))>
                    {i18n::TARGETS_SAMPLE}
                </button>
            </Show>
            <ol class="target-list">
                {move || rows().into_iter().enumerate().map(|(i, (id, sentence))| {
                    let (edit_id, delete_id, up_id, form_id) = (id.clone(), id.clone(), id.clone(), id.clone());
                    view! {
                        <li class="target-row" aria-label=i18n::target_row_label(i + 1)>
                            <span class="target-text">{sentence}</span>
                            <span class="actions">
                                <button type="button" on:click=move |_| editing.set(Some(edit_id.clone()))>{i18n::TARGET_EDIT}</button>
                                <button type="button" disabled=i == 0 on:click=move |_| state.update_active(|c| move_up(&mut c.targets, &up_id))>{i18n::TARGET_UP}</button>
                                <button type="button" class="danger" on:click=move |_| state.update_active(|c| c.targets.retain(|t| t.id != delete_id))>{i18n::TARGET_DELETE}</button>
                            </span>
                            <Show when={let id = form_id.clone(); move || editing.get().as_deref() == Some(id.as_str())}>
                                <TargetEditor id=form_id.clone() editing/>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <Show when=move || editing.get().as_deref() == Some("")>
                <TargetEditor id=String::new() editing/>
            </Show>
            <Show when=move || editing.get().is_none()>
                <button type="button" on:click=move |_| editing.set(Some(String::new()))>{i18n::TARGET_ADD}</button>
            </Show>
        </section>
    }
}

/// The form for one target (`id` empty: a new one). Nothing is saved until it is valid.
#[component]
fn TargetEditor(id: String, editing: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let start = state
        .with_active_untracked(|c| c.targets.iter().find(|t| t.id == id).map(TargetForm::from_target))
        .flatten()
        .unwrap_or_default();
    let form = RwSignal::new(start.clone());
    let error = RwSignal::new(None::<&'static str>);
    let prefix = if id.is_empty() { "target-new".to_string() } else { format!("target-{id}") };
    let save_id = id.clone();
    let save = move |_| {
        let target_id = if save_id.is_empty() { new_id() } else { save_id.clone() };
        match form.get_untracked().validate(target_id) {
            Ok(target) => {
                state.update_active(|c| put(&mut c.targets, target));
                editing.set(None);
            }
            Err(e) => error.set(Some(i18n::target_error(e))),
        }
    };
    let at_least_id = format!("{prefix}-at-least");
    view! {
        <div class="target-editor">
            <TextField id=format!("{prefix}-text") label=i18n::TARGET_TEXT.to_string() value=start.text.clone()
                on_input=Callback::new(move |v: String| form.update(|f| f.text = v))/>
            <SelectField id=format!("{prefix}-measure") label=i18n::TARGET_MEASURE.to_string()
                choices=Measure::ALL.into_iter().map(|m| (m.name(), i18n::measure_name(m))).collect()
                selected=start.measure.name()
                on_change=Callback::new(move |k: String| {
                    if let Some(m) = Measure::from_name(&k) {
                        form.update(|f| f.measure = m);
                    }
                })/>
            <TextField id=format!("{prefix}-value") label=i18n::TARGET_VALUE.to_string() value=start.value.clone()
                error=Signal::derive(move || error.get())
                on_input=Callback::new(move |v: String| { form.update(|f| f.value = v); error.set(None); })/>
            <div class="field checkbox">
                <input type="checkbox" id=at_least_id.clone() checked=start.at_least
                    on:change=move |ev| form.update(|f| f.at_least = event_target_checked(&ev))/>
                <label for=at_least_id>{i18n::TARGET_AT_LEAST}</label>
            </div>
            <TextField id=format!("{prefix}-unit") label=i18n::TARGET_UNIT.to_string() value=start.unit.clone()
                on_input=Callback::new(move |v: String| form.update(|f| f.unit = v))/>
            <SelectField id=format!("{prefix}-period") label=i18n::TARGET_PERIOD.to_string()
                choices=Period::ALL.into_iter().map(|p| (p.name(), i18n::period_name(p))).collect()
                selected=start.period.name()
                on_change=Callback::new(move |k: String| {
                    form.update(|f| f.period = Period::from_name(&k).unwrap_or(Period::PerYear));
                })/>
            <div class="actions">
                <button type="button" class="primary" on:click=save>{i18n::TARGET_SAVE}</button>
                <button type="button" on:click=move |_| editing.set(None)>{i18n::CANCEL}</button>
            </div>
        </div>
    }
}
