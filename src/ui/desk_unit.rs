//! One unit opened read-only on the upper union's desk (its own chunk): its checklist and its
//! drafts as the unit sent them, read again from the file kept in IndexedDB (so also after a
//! reload), with the same .docx export and printed page as the unit has. Nothing here can
//! change the file or the browser's own congresses.

use leptos::prelude::*;

use super::{clock, download, print_doc};
use crate::export::{docx, layout::layout};
use crate::format::{import::read_accepted, Payload, UnitData};
use crate::i18n;
use crate::model::date::format_dmy;
use crate::model::Phase;
use crate::storage::batch;

/// Reads the kept file of `congress_id`; the reason in words if it cannot.
async fn read_unit(congress_id: String) -> Result<(UnitData, String), String> {
    let file = batch::file_of(&congress_id)
        .await
        .map_err(|_| i18n::DESK_UNIT_NOT_KEPT.to_string())?
        .ok_or_else(|| i18n::DESK_UNIT_NOT_KEPT.to_string())?;
    let buffer = js_sys::futures::JsFuture::from(file.array_buffer()).await.map_err(|_| i18n::IMPORT_FILE_UNREADABLE.to_string())?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    match read_accepted(&bytes) {
        Some(Payload::Unit(unit)) => Ok((unit, file.name())),
        _ => Err(i18n::DESK_UNIT_NOT_KEPT.to_string()),
    }
}

/// The unit view's own style rules (`screen_style`), printing included.
const STYLE: [&str; 10] = [
    ".desk-unit-bar { margin-bottom: 0.5rem; }",
    ".desk-unit-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1rem; }",
    ".desk-unit-facts dt { font-weight: 600; }",
    ".desk-unit-facts dd { margin: 0; }",
    "ul.tasks-ro, ul.drafts-ro { list-style: none; padding: 0; margin: 0 0 1rem; }",
    ".task-ro, .draft-ro { border-top: 1px solid var(--line); padding: 0.4rem 0; display: flex; flex-direction: column; gap: 0.1rem; }",
    ".task-ro .meta, .draft-ro .meta { font-size: 0.9rem; color: var(--muted); }",
    ".task-ro .notes { white-space: pre-wrap; }",
    ".draft-ro .actions { display: flex; gap: 0.5rem; flex-wrap: wrap; margin-top: 0.25rem; }",
    "@media print { body:has(.desk-unit) main > *:not(.desk-unit):not(.print-doc) { display: none !important; } .desk-unit { border: 0; padding: 0; } .desk-unit-bar, .desk-unit .bar-actions, .draft-ro .actions { display: none; } }",
];
static STYLE_ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[component]
pub fn DeskUnit(congress_id: String, on_close: Callback<()>) -> impl IntoView {
    super::screen_style::add_once(&STYLE_ADDED, &STYLE);
    let unit = LocalResource::new(move || read_unit(congress_id.clone()));
    // The draft laid out for paper while it prints (beside the section: the print style shows
    // only the printed page).
    let printing = RwSignal::new(None::<usize>);
    let paper = move || {
        let i = printing.get()?;
        unit.with(|u| match u {
            Some(Ok((unit, _))) => unit.drafts.get(i).map(|d| print_doc::article(layout(d, &unit.congress))),
            _ => None,
        })
    };
    view! {
        <section class="card desk-unit" aria-labelledby="desk-unit-title">
            <div class="desk-unit-bar">
                <button type="button" on:click=move |_| on_close.run(())>{i18n::DESK_UNIT_BACK}</button>
            </div>
            {move || match unit.get() {
                None => view! { <p class="loading" role="status">{i18n::SCREEN_LOADING}</p> }.into_any(),
                Some(Err(reason)) => view! { <p class="banner error" role="alert">{reason}</p> }.into_any(),
                Some(Ok((unit, file_name))) => view! { <UnitBody unit file_name printing/> }.into_any(),
            }}
        </section>
        {paper}
    }
}

/// Prints the page, after what `then` draws has been drawn.
fn print_later(then: impl FnOnce() + 'static) {
    clock::after(0, move || {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
        then();
    });
}

#[component]
fn UnitBody(unit: UnitData, file_name: String, printing: RwSignal<Option<usize>>) -> impl IntoView {
    let includes_drafts = unit.includes_drafts;
    let congress = StoredValue::new(unit.congress);
    let drafts = StoredValue::new(unit.drafts);
    let c = congress.get_value();
    let phases = Phase::ALL
        .into_iter()
        .filter(|p| c.tasks.iter().any(|t| t.phase == *p))
        .map(|phase| {
            let tasks = c
                .tasks
                .iter()
                .filter(|t| t.phase == phase)
                .map(|t| {
                    let due = format_dmy(t.due.due_date(c.date));
                    let done = t.done_on.map(format_dmy);
                    view! {
                        <li class="task-ro">
                            <span class="title" lang="vi">{t.title.clone()}</span>
                            <span class="meta">
                                {i18n::desk_task_line(&due, i18n::status_name(t.status), done.as_deref())}
                            </span>
                            {(!t.assignee.is_empty()).then(|| view! { <span class="meta">{i18n::desk_assignee(&t.assignee)}</span> })}
                            {(!t.notes.is_empty()).then(|| view! { <span class="meta notes" lang="vi">{t.notes.clone()}</span> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h4>{i18n::phase_name(phase)}</h4>
                <ul class="tasks-ro">{tasks}</ul>
            }
        })
        .collect_view();
    let draft_rows = drafts.with_value(|ds| {
        ds.iter()
            .enumerate()
            .map(|(i, d)| {
                let title = d.title.clone();
                view! {
                    <li class="draft-ro">
                        <span class="title" lang="vi">{d.heading.clone()}" "{title.clone()}</span>
                        <span class="meta">{i18n::draft_status_name(d.status)}</span>
                        <span class="actions">
                            <button type="button" aria-label=i18n::desk_docx_of(&title) on:click=move |_| {
                                let bytes = drafts.with_value(|ds| congress.with_value(|c| docx::docx(&ds[i], c, clock::now_utc())));
                                let name = drafts.with_value(|ds| docx::file_name(&ds[i]));
                                let _ = download::download_bytes(&name, &bytes, super::draft_editor::DOCX_MIME);
                            }>{i18n::DESK_DOCX}</button>
                            <button type="button" aria-label=i18n::desk_print_of(&title) on:click=move |_| {
                                printing.set(Some(i));
                                print_later(move || printing.set(None));
                            }>{i18n::DESK_PRINT_DRAFT}</button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    });
    let no_drafts = drafts.with_value(Vec::is_empty);
    let sent = i18n::desk_unit_sent(&file_name, !no_drafts || includes_drafts == Some(true));
    // The heading takes the focus, so a keyboard or screen reader user lands on the unit.
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <h2 id="desk-unit-title" tabindex="-1" node_ref=heading lang="vi">{c.unit_name.clone()}</h2>
        <p class="hint">{i18n::DESK_UNIT_READ_ONLY}" "{sent}</p>
        <dl class="desk-unit-facts">
            <dt>{i18n::UPPER_UNION_LABEL}</dt><dd lang="vi">{c.upper_union.clone()}</dd>
            {c.plan.as_ref().map(|p| view! { <dt>{i18n::DESK_COL_CODE}</dt><dd>{p.code.clone()}</dd> })}
            <dt>{i18n::DESK_COL_KIND}</dt><dd>{if c.conference { i18n::DESK_CONFERENCE } else { i18n::kind_name(c.kind) }}</dd>
            <dt>{i18n::CONGRESS_DAY_LABEL}</dt><dd>{format_dmy(c.date)}</dd>
            <dt>{i18n::DESK_COL_CUT_OFF}</dt><dd>{c.cut_off().map_or(i18n::DESK_OUT_OF_CYCLE.to_string(), format_dmy)}</dd>
        </dl>
        <div class="bar-actions">
            <button type="button" class="print" on:click=move |_| print_later(|| ())>{i18n::DESK_PRINT_UNIT}</button>
        </div>
        <h3>{i18n::CHECKLIST_TITLE}</h3>
        <div class="desk-unit-tasks">{phases}</div>
        <h3>{i18n::DESK_COL_DOCUMENTS}</h3>
        {if no_drafts {
            view! { <p class="empty">{i18n::DESK_UNIT_NO_DRAFTS}</p> }.into_any()
        } else {
            view! { <ul class="drafts-ro">{draft_rows}</ul> }.into_any()
        }}
    }
}
