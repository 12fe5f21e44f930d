//! The checklist's tool bar (search ignoring diacritics, show open/done/overdue, by assignee,
//! calendar, print) and the agenda of the next 14 days.

use leptos::prelude::*;

use super::field::SelectField;
use super::state::AppState;
use super::{chunks, clock, download};
use crate::export::ics;
use crate::i18n;
use crate::model::filter::{agenda, assignees, Show, TaskFilter};
use crate::model::search::Query;

#[component]
pub fn FilterBar(filter: RwSignal<TaskFilter>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let names = move || state.with_active(assignees).unwrap_or_default();
    let ics_failed = RwSignal::new(false);
    view! {
        <div class="filter-bar" role="search">
            <div class="field">
                <label for="task-search">{i18n::SEARCH}</label>
                <input id="task-search" type="search" placeholder=i18n::SEARCH_HINT
                    on:input=move |ev| {
                        let q = Query::new(&event_target_value(&ev));
                        filter.update(|f| f.query = q);
                    }/>
            </div>
            <SelectField id="task-show".to_string() label=i18n::SHOW.to_string()
                choices=Show::ALL.into_iter().map(|s| (s.name(), i18n::show_name(s))).collect()
                on_change=Callback::new(move |key: String| {
                    let show = Show::from_name(&key).unwrap_or_default();
                    filter.update(|f| f.show = show);
                })/>
            <div class="field">
                <label for="task-assignee">{i18n::ASSIGNEE_FILTER}</label>
                <select id="task-assignee" on:change=move |ev| {
                    let name = event_target_value(&ev);
                    filter.update(|f| f.assignee = (!name.is_empty()).then_some(name));
                }>
                    <option value="">{i18n::EVERYONE}</option>
                    {move || names().into_iter().map(|n| {
                        let selected = filter.with_untracked(|f| f.assignee.as_deref() == Some(n.as_str()));
                        let label = n.clone();
                        view! { <option value=n selected=selected lang="vi">{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="bar-actions">
                <button type="button" class="ics" on:click=move |_| chunks::download_calendar(state, ics_failed)>{i18n::DOWNLOAD_ICS}</button>
                <button type="button" class="print" on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{i18n::PRINT}</button>
            </div>
            <Show when=move || ics_failed.get()>
                <p class="field-error" role="alert">{chunks::missing_reason()}</p>
            </Show>
        </div>
    }
}

/// Writes the open congress's deadlines as a calendar (.ics) and hands it to the user; in the
/// chunk `safety`, with the other file writers (`chunks::download_calendar`).
pub fn write_calendar(state: AppState) {
    if let Some((name, text)) = state.with_active_untracked(|c| (ics::file_name(c), ics::calendar(c, clock::now_utc()))) {
        let _ = download::download_text(&name, &text, "text/calendar;charset=utf-8");
    }
}

#[component]
pub fn Agenda() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.today;
    let items = move || {
        state
            .with_active(|c| {
                agenda(c, today.get())
                    .into_iter()
                    .map(|(d, t)| (i18n::date(d), i18n::task_words(t.template_key.as_deref(), &t.title, "").0, t.assignee.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    view! {
        <section class="card agenda" aria-labelledby="agenda-title">
            <h2 id="agenda-title">{i18n::AGENDA_TITLE}</h2>
            {move || {
                let list = items();
                if list.is_empty() {
                    view! { <p class="empty">{i18n::AGENDA_EMPTY}</p> }.into_any()
                } else {
                    view! {
                        <ol>
                            {list.into_iter().map(|(date, (title, lang), who)| view! {
                                <li>
                                    <span class="agenda-date">{date}</span>
                                    <span class="agenda-title" lang=lang>{title}</span>
                                    {(!who.is_empty()).then(|| view! { <span class="agenda-who" lang="vi">{who}</span> })}
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
        </section>
    }
}
