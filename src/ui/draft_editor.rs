//! Writing one draft: its header fields, status and linked task, section by section with word
//! counts and a visible save state; Word export, printing (the same layout as the .docx, shown
//! only on paper) and the versions panel.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::field::{SelectField, TextField};
use super::state::{AppState, DraftSave};
use super::versions::VersionsPanel;
use super::{clock, download};
use crate::export::docx;
use super::print_doc;
use crate::export::layout::layout;
use crate::i18n;
use crate::model::date::{format_dmy, parse_dmy};
use crate::model::draft::word_count;
use crate::model::{DocSymbol, DraftStatus, Section};

pub(super) const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
/// User-timing names around a .docx export, read by `make bench`.
const EXPORT_START: &str = "congress-notebook:docx-start";
const EXPORT_MEASURE: &str = "congress-notebook:docx";

#[component]
pub fn DraftEditor(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let notice = RwSignal::new(None::<String>);
    let print_generation = RwSignal::new(0u32);
    // Re-drawn when the text changed other than by typing (restore, another tab).
    let draft_id = id.clone();
    move || {
        state.desk.draft_generation.track();
        let id = draft_id.clone();
        let Some(d) = state.draft_untracked(&id, Clone::clone) else { return ().into_any() };
        let field_id = id.clone();
        let edit = move |change: Box<dyn FnOnce(&mut crate::model::Draft)>| state.edit_draft(&field_id, change);
        let edit_title = edit.clone();
        let edit_heading = edit.clone();
        let edit_number = edit.clone();
        let edit_symbol = edit.clone();
        let edit_task = edit.clone();
        let date_error = RwSignal::new(None::<&'static str>);
        let versions = RwSignal::new(state.versions(&id));
        let status_id = id.clone();
        // Words per section, counted on input for the text that changed only: a keystroke in a
        // 100-page draft never recounts the other sections.
        let counts = RwSignal::new(d.sections.iter().map(|s| (s.id.clone(), word_count(&s.body))).collect::<BTreeMap<String, usize>>());
        let total = move || counts.with(|m| m.values().sum::<usize>());
        let tasks = state
            .with_active_untracked(|c| c.tasks.iter().map(|t| (t.id.clone(), t.title.clone())).collect::<Vec<_>>())
            .unwrap_or_default();
        let structure_id = id.clone();
        // The sections' ids and levels only: typing does not change it, so text areas stay.
        let structure = Memo::new(move |_| {
            state.desk.drafts.with(|ds| {
                ds.iter()
                    .find(|d| d.id == structure_id)
                    .map(|d| d.sections.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
                    .unwrap_or_default()
            })
        });
        let title_id = id.clone();
        // Follows the heading and title fields; a memo, so typing in a section redraws nothing.
        let shown_title = Memo::new(move |_| {
            state.desk.drafts.with(|ds| ds.iter().find(|d| d.id == title_id).map(|d| format!("{} {}", d.heading, d.title).trim().to_string()))
        });
        let add_id = id.clone();
        let export_id = id.clone();
        let print_id = id.clone();
        view! {
            <section class="card draft-editor" aria-labelledby="draft-title">
                <div class="draft-toolbar">
                    <button type="button" on:click=move |_| { state.flush(); state.desk.open_draft.set(None); }>{i18n::BACK_TO_DOCUMENTS}</button>
                    <span class="save-state" role="status" aria-live="polite">{move || match state.desk.draft_save.get() {
                        DraftSave::Saved => i18n::DRAFT_SAVED,
                        DraftSave::Saving => i18n::DRAFT_SAVING,
                        DraftSave::Failed => i18n::DRAFT_SAVE_FAILED,
                    }}</span>
                </div>
                <h2 id="draft-title" lang="vi">{move || shown_title.get().unwrap_or_default()}</h2>
                <p class="total-words">{move || i18n::total_words(total())}</p>
                <div class="form-grid">
                    <TextField id="draft-heading".into() label=i18n::DRAFT_HEADING.to_string() value=d.heading.clone()
                        on_input=Callback::new(move |v: String| edit_heading(Box::new(move |d| d.heading = v)))/>
                    <TextField id="draft-title-field".into() label=i18n::DRAFT_TITLE.to_string() value=d.title.clone()
                        on_input=Callback::new(move |v: String| edit_title(Box::new(move |d| d.title = v)))/>
                    <SelectField id="draft-symbol".into() label=i18n::DRAFT_SYMBOL.to_string()
                        choices=std::iter::once(("", i18n::DRAFT_SYMBOL_NONE)).chain(DocSymbol::ALL.into_iter().map(|s| (s.name(), s.name()))).collect() choices_lang="vi"
                        selected=d.symbol.map_or("", DocSymbol::name)
                        on_change=Callback::new(move |code: String| edit_symbol(Box::new(move |d| d.symbol = DocSymbol::from_name(&code))))/>
                    <TextField id="draft-number".into() label=i18n::DRAFT_NUMBER.to_string() value=d.number.clone()
                        placeholder=i18n::DRAFT_NUMBER_HINT
                        on_input=Callback::new(move |v: String| edit_number(Box::new(move |d| d.number = v)))/>
                    <TextField id="draft-date".into() label=i18n::DRAFT_DATE.to_string()
                        value=d.date.map(format_dmy).unwrap_or_default() placeholder=i18n::DRAFT_DATE_HINT numeric=true
                        error=Signal::derive(move || date_error.get())
                        on_input=Callback::new({
                            let edit = edit.clone();
                            move |v: String| {
                                if v.trim().is_empty() {
                                    date_error.set(None);
                                    edit(Box::new(|d| d.date = None));
                                } else if let Ok(date) = parse_dmy(&v) {
                                    date_error.set(None);
                                    edit(Box::new(move |d| d.date = Some(date)));
                                } else {
                                    date_error.set(Some(i18n::DRAFT_DATE_ERROR));
                                }
                            }
                        })/>
                    <SelectField id="draft-status".into() label=i18n::DRAFT_STATUS.to_string()
                        choices=DraftStatus::ALL.into_iter().map(|s| (s.name(), i18n::draft_status_name(s))).collect()
                        selected=d.status.name()
                        on_change=Callback::new(move |key: String| {
                            if let Some(s) = DraftStatus::from_name(&key) {
                                let pruned = state.set_draft_status(&status_id, s);
                                versions.set(state.versions(&status_id));
                                notice.set((pruned > 0).then(|| i18n::versions_pruned(pruned)));
                            }
                        })/>
                    <div class="field">
                        <label for="draft-task">{i18n::DRAFT_TASK}</label>
                        <select id="draft-task" aria-describedby="draft-task-hint"
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                edit_task(Box::new(move |d| d.task_id = (!v.is_empty()).then_some(v)));
                            }>
                            <option value="" selected=d.task_id.is_none()>{i18n::DRAFT_TASK_NONE}</option>
                            {tasks.into_iter().map(|(tid, title)| {
                                let selected = d.task_id.as_deref() == Some(tid.as_str());
                                view! { <option value=tid selected=selected lang="vi">{title}</option> }
                            }).collect_view()}
                        </select>
                        <p class="hint" id="draft-task-hint">{i18n::DRAFT_TASK_HINT}</p>
                    </div>
                </div>
                {move || notice.get().map(|n| view! { <p class="banner info" role="status">{n}</p> })}
                <p class="hint">{i18n::SECTION_BODY_HINT}</p>
                <For each=move || structure.get() key=|sid| sid.clone() let:sid>
                    <SectionEditor draft_id=id.clone() section_id=sid counts/>
                </For>
                <div class="actions draft-actions">
                    <button type="button" on:click=move |_| {
                        let sid = crate::ids::new_id();
                        state.edit_draft(&add_id, move |d| d.sections.push(Section {
                            id: sid, heading: i18n::NEW_SECTION.to_string(), prompt: String::new(),
                            body: String::new(), level: 2, targets: false,
                        }));
                    }>{i18n::ADD_SECTION}</button>
                    <button type="button" class="primary" on:click=move |_| export_docx(state, &export_id)>{i18n::EXPORT_DOCX}</button>
                    <button type="button" on:click=move |_| {
                        state.flush();
                        print_generation.update(|g| *g += 1);
                        // After the print view is drawn with the text as it is now.
                        clock::after(0, || {
                            if let Some(w) = web_sys::window() {
                                let _ = w.print();
                            }
                        });
                    }>{i18n::PRINT_DOCUMENT}</button>
                </div>
                <VersionsPanel draft_id=d.id.clone() notice versions/>
            </section>
            <PrintView draft_id=print_id generation=print_generation/>
        }
        .into_any()
    }
}

/// One section: its heading, guiding prompt, text and word count.
#[component]
fn SectionEditor(draft_id: String, section_id: String, counts: RwSignal<BTreeMap<String, usize>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some((kind, section)) = state.draft_untracked(&draft_id, |d| d.sections.iter().find(|s| s.id == section_id).map(|s| (d.kind, s.clone()))).flatten() else {
        return ().into_any();
    };
    let (prompt, prompt_lang) = i18n::section_prompt(kind, &section.prompt);
    let body_key = section_id.clone();
    let shown_key = section_id.clone();
    let count = move || counts.with(|m| m.get(&shown_key).copied().unwrap_or(0));
    let targets = section.targets.then(|| {
        let lines = state.with_active_untracked(|c| crate::model::targets::numbered(&c.targets)).unwrap_or_default();
        view! {
            <div class="section-targets">
                <p class="hint">{i18n::TARGETS_IN_SECTION}</p>
                {if lines.is_empty() {
                    view! { <p class="empty">{i18n::NO_TARGETS_YET}</p> }.into_any()
                } else {
                    view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
                }}
            </div>
        }
    });
    let heading_id = format!("section-{section_id}-heading");
    let body_id = format!("section-{section_id}-body");
    let prompt_id = format!("section-{section_id}-prompt");
    let (h_draft, h_section, b_draft, b_section) = (draft_id.clone(), section_id.clone(), draft_id, section_id);
    view! {
        <div class=if section.level <= 1 { "section-editor part" } else { "section-editor" }>
            <label class="visually-hidden" for=heading_id.clone()>{i18n::SECTION_HEADING}</label>
            <input class="section-heading" id=heading_id type="text" lang="vi" value=section.heading.clone()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    let sid = h_section.clone();
                    state.edit_draft(&h_draft, move |d| if let Some(s) = d.section_mut(&sid) { s.heading = v; });
                }/>
            <label class="visually-hidden" for=body_id.clone() lang="vi">{section.heading.clone()}</label>
            {(!section.prompt.is_empty()).then(|| view! { <p class="hint prompt" id=prompt_id.clone() lang=prompt_lang>{prompt}</p> })}
            <textarea id=body_id class="section-body" rows="6" lang="vi" prop:value=section.body.clone()
                aria-describedby=(!section.prompt.is_empty()).then_some(prompt_id)
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    counts.update(|m| { m.insert(body_key.clone(), word_count(&v)); });
                    let sid = b_section.clone();
                    state.edit_draft(&b_draft, move |d| if let Some(s) = d.section_mut(&sid) { s.body = v; });
                }></textarea>
            <p class="word-count">{move || i18n::words(count())}</p>
            {targets}
        </div>
    }
    .into_any()
}

fn export_docx(state: AppState, id: &str) {
    state.flush();
    let Some(draft) = state.draft_untracked(id, Clone::clone) else { return };
    let Some(bytes) = state.with_active_untracked(|c| {
        clock::mark(EXPORT_START);
        let bytes = docx::docx(&draft, c, clock::now_utc());
        clock::measure(EXPORT_MEASURE, EXPORT_START);
        bytes
    }) else {
        return;
    };
    let _ = download::download_bytes(&docx::file_name(&draft), &bytes, DOCX_MIME);
}

/// The draft as it prints: the same layout as the .docx, shown only on paper. Drawn when the
/// editor opens and again at each press of the print button (`generation`), not at each
/// keystroke: a 100-page draft would otherwise be laid out twice per key.
#[component]
fn PrintView(draft_id: String, generation: RwSignal<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        generation.track();
        let l = state.desk.drafts.with_untracked(|ds| {
            let d = ds.iter().find(|d| d.id == draft_id)?;
            state.with_active_untracked(|c| layout(d, c))
        })?;
        Some(print_doc::article(l))
    }
}
