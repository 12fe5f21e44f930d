//! The open congress: its summary (day, round, cut-off), overall and per-phase progress, and
//! its tasks grouped by phase with due dates, urgency against today, and a tick box each.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::chunks::{self, OnDemand};
use super::export_panel::ExportPanel;
use super::import_panel::RestoreReplaced;
use super::filters::{Agenda, FilterBar};
use super::state::AppState;
use crate::i18n;
use crate::ids::new_id;
use crate::model::deadline::{breaks_cut_off, days_until, urgency};
use crate::model::filter::TaskFilter;
use crate::model::{Basis, DueRule, Phase, Status, Task, Urgency};

/// Wakes only the task rows whose task changed. Every row watching the whole congress made a
/// tick cost the square of the list: each row re-ran, and each re-run moved the row in the
/// congress signal's list of watchers. One watcher compares the tasks after each change
/// instead, and wakes the rows of the tasks that differ; when the congress itself, its day or
/// its cut-off changed, or tasks were added, removed or moved, it wakes them all. (Plain
/// vectors, not maps: a hash map's code would cost the first load more than it saves here.)
#[derive(Clone, Copy)]
struct RowNotices {
    /// Each row's task id, its registration number and its trigger.
    rows: StoredValue<Vec<(String, u64, ArcTrigger)>>,
    serial: StoredValue<u64>,
}

/// What a row shows besides its own task: which congress, its day and its cut-off.
type RowContext = (String, NaiveDate, Option<NaiveDate>);

impl RowNotices {
    fn watch(state: AppState) -> Self {
        let notices = RowNotices { rows: StoredValue::new(Vec::new()), serial: StoredValue::new(0) };
        Effect::new(move |before: Option<Option<(RowContext, Vec<Task>)>>| {
            let now = state.with_active(|c| ((c.id.clone(), c.date, c.cut_off()), c.tasks.clone()));
            if let Some(before) = before {
                notices.wake_changed(before.as_ref(), now.as_ref());
            }
            now
        });
        notices
    }

    fn wake_changed(&self, before: Option<&(RowContext, Vec<Task>)>, now: Option<&(RowContext, Vec<Task>)>) {
        self.rows.with_value(|rows| match (before, now) {
            (Some((was, old)), Some((is, new)))
                if was == is && old.len() == new.len() && old.iter().zip(new).all(|(a, b)| a.id == b.id) =>
            {
                for (_, t) in old.iter().zip(new).filter(|(a, b)| a != b) {
                    rows.iter().filter(|(id, _, _)| *id == t.id).for_each(|(_, _, trigger)| trigger.notify());
                }
            }
            _ => rows.iter().for_each(|(_, _, trigger)| trigger.notify()),
        });
    }

    /// The trigger a row of `id` watches, removed with the row.
    fn register(&self, id: &str) -> ArcTrigger {
        let trigger = ArcTrigger::new();
        self.serial.update_value(|n| *n += 1);
        let mine = self.serial.get_value();
        self.rows.update_value(|rows| rows.push((id.to_string(), mine, trigger.clone())));
        let rows = self.rows;
        on_cleanup(move || rows.update_value(|rows| rows.retain(|(_, serial, _)| *serial != mine)));
        trigger
    }
}

#[component]
pub fn ChecklistScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let editing_congress = RwSignal::new(false);
    let filter = RwSignal::new(TaskFilter::default());
    provide_context(RowNotices::watch(state));
    let today = state.today;
    let nothing_shown = move || {
        filter.with(|f| f.is_active())
            && state
                .with_active(|c| filter.with(|f| !c.tasks.iter().any(|t| f.matches(t, i18n::task_search_words(t.template_key.as_deref(), &t.title, &t.explanation), c.date, today.get()))))
                .unwrap_or(false)
    };
    view! {
        {move || if editing_congress.get() {
            view! { <OnDemand load=chunks::congress_editor(Callback::new(move |_| editing_congress.set(false)))/> }.into_any()
        } else {
            view! { <Summary/><RestoreReplaced/> }.into_any()
        }}
        <Show when=move || !editing_congress.get()>
            <button type="button" class="edit-congress" on:click=move |_| editing_congress.set(true)>
                {i18n::EDIT_CONGRESS}
            </button>
        </Show>
        <Agenda/>
        <ExportPanel/>
        {move || state.undo.last_removed.get().map(|(_, removed)| view! {
            <div class="banner undo" role="status">
                <span>{i18n::task_removed(&removed.task.title)}</span>
                <button type="button" on:click=move |_| state.undo_remove()>{i18n::UNDO}</button>
            </div>
        })}
        <section class="checklist" aria-labelledby="checklist-title">
            <h2 id="checklist-title">{i18n::CHECKLIST_TITLE}</h2>
            <p class="checklist-note">{i18n::CHECKLIST_NOTE}</p>
            <FilterBar filter/>
            <Show when=nothing_shown>
                <p class="empty" role="status">{i18n::NO_MATCH}</p>
            </Show>
            {Phase::ALL.into_iter().map(|phase| view! { <PhaseSection phase filter/> }).collect_view()}
        </section>
    }
}

/// Choosing among several congresses, and starting another.
#[component]
pub fn Switcher() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let choices = move || {
        state.congresses.with(|cs| cs.iter().map(|c| (c.id.clone(), c.unit_name.clone())).collect::<Vec<_>>())
    };
    view! {
        <nav class="switcher">
            <Show when=move || state.congresses.with(|cs| cs.len() > 1)>
                <label for="switch-congress">{i18n::SWITCH_CONGRESS}</label>
                <select id="switch-congress"
                    on:change=move |ev| state.switch_to(event_target_value(&ev))>
                    {move || choices().into_iter().map(|(id, name)| {
                        let selected = state.active.get().as_deref() == Some(id.as_str());
                        view! { <option value=id selected=selected lang="vi">{name}</option> }
                    }).collect_view()}
                </select>
            </Show>
            <button type="button" class="new-congress" on:click=move |_| state.creating.set(true)>
                {i18n::NEW_CONGRESS}
            </button>
            <Show when=move || !confirming.get()>
                <button type="button" class="danger" on:click=move |_| confirming.set(true)>{i18n::DELETE_CONGRESS}</button>
            </Show>
            // The confirmation and the deletion are in the chunk `safety`.
            <Show when=move || confirming.get()>
                <OnDemand load=chunks::confirm_delete(confirming)/>
            </Show>
        </nav>
    }
}

/// Asks before deleting the open congress, and deletes it (kept for undo).
#[component]
pub fn ConfirmDelete(confirming: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="confirm-delete" role="alert">
            <span>{move || i18n::confirm_delete_congress(&state.with_active(|c| c.unit_name.clone()).unwrap_or_default())}</span>
            <button type="button" class="danger" on:click=move |_| {
                confirming.set(false);
                state.delete_active();
            }>{i18n::DELETE_CONGRESS_YES}</button>
            <button type="button" on:click=move |_| confirming.set(false)>{i18n::QUARANTINE_CONFIRM_NO}</button>
        </div>
    }
}

#[component]
fn Summary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.today;
    move || {
        state.with_active(|c| {
            let (closed, total) = c.progress();
            // A round's name is data (Vietnamese); what follows it is the interface's.
            let (round_name, round_lang) = c.round.as_ref().map_or((String::new(), "vi"), |r| i18n::round_name(&r.id, &r.name));
            let round = match (&c.round, c.cut_off()) {
                (Some(_), Some(cut)) => format!(" ({})", i18n::cut_off_line(cut)),
                (Some(_), None) => String::new(),
                (None, Some(cut)) => i18n::cut_off_line(cut),
                (None, None) => i18n::round_none().to_string(),
            };
            let round = if c.pilot_cut_off.is_some() { format!("{round}; {}", i18n::PILOT_LABEL) } else { round };
            let late = c.cut_off().filter(|_| c.is_after_cut_off()).map(i18n::congress_after_cut_off);
            let late_tasks = c.tasks.iter().filter(|t| breaks_cut_off(t, c)).count();
            view! {
                <section class="card summary" aria-labelledby="unit-title">
                    <h2 id="unit-title" lang="vi">{c.unit_name.clone()}</h2>
                    <dl>
                        <dt>{i18n::UPPER_UNION_LABEL}</dt><dd lang="vi">{c.upper_union.clone()}</dd>
                        <dt>{i18n::FIELD_KIND}</dt>
                        <dd>{format!("{} · {}", i18n::kind_name(c.kind), i18n::level_name(c.level))}</dd>
                        <dt>{i18n::CONGRESS_DAY_LABEL}</dt>
                        <dd class="congress-date">
                            {format!("{} ({})", i18n::date(c.date), i18n::days_to_congress(days_until(c.date, today.get())))}
                        </dd>
                        <dt>{i18n::ROUND_LABEL}</dt><dd><span lang=round_lang>{round_name}</span>{round}</dd>
                    </dl>
                    {late.map(|text| view! { <p class="warning" role="alert">{text}</p> })}
                    {(late_tasks > 0 && !c.is_after_cut_off()).then(|| view! {
                        <p class="warning">{i18n::tasks_after_cut_off(late_tasks)}</p>
                    })}
                    <div class="progress">
                        <label for="overall-progress">{i18n::progress(closed, total)}</label>
                        <progress id="overall-progress" max=total value=closed></progress>
                    </div>
                </section>
            }
        })
    }
}

#[component]
fn PhaseSection(phase: Phase, filter: RwSignal<TaskFilter>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.today;
    let ids = move || {
        state
            .with_active(|c| {
                filter.with(|f| {
                    c.tasks
                        .iter()
                        .filter(|t| {
                            t.phase == phase
                                && f.matches(t, i18n::task_search_words(t.template_key.as_deref(), &t.title, &t.explanation), c.date, today.get())
                        })
                        .map(|t| t.id.clone())
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    };
    let hidden = move || filter.with(|f| f.is_active()) && ids().is_empty();
    let counts = move || state.with_active(|c| c.phase_progress(phase));
    view! {
        <Show when=move || counts().is_some()>
            <section class="phase" hidden=hidden>
                <h3>
                    {i18n::phase_name(phase)}
                    <span class="phase-progress">
                        {move || counts().map(|(c, t)| i18n::phase_progress(c, t))}
                    </span>
                </h3>
                <ul class="tasks">
                    <For each=ids key=|id| id.clone() children=move |id| view! { <TaskRow id/> }/>
                </ul>
                <AddTask phase/>
            </section>
        </Show>
    }
}

/// Adds a task at the end of a phase.
#[component]
fn AddTask(phase: Phase) -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let input_id = format!("add-{}", phase.name());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = title.get_untracked().split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            error.set(Some(i18n::task_input_error(crate::model::TaskInputError::TitleMissing)));
            return;
        }
        error.set(None);
        state.update_active(|c| c.add_task(new_id(), phase, text));
        title.set(String::new());
    };
    view! {
        <form class="add-task" on:submit=add novalidate>
            <label for=input_id.clone()>{i18n::add_task_label(phase)}</label>
            <div class="add-row">
                <input id=input_id type="text" prop:value=move || title.get()
                    on:input=move |ev| { title.set(event_target_value(&ev)); error.set(None); }/>
                <button type="submit">{i18n::ADD}</button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

#[component]
fn TaskRow(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.today;
    let task_id = id.clone();
    let changed = expect_context::<RowNotices>().register(&id);
    let row = Memo::new(move |_| {
        changed.track();
        today.track();
        state
            .with_active_untracked(|c| {
                c.tasks.iter().find(|t| t.id == task_id).map(|t| {
                    let due = t.due.due_date(c.date);
                    let departs = crate::model::upper_plan::departure(c, t);
                    (t.clone(), due, urgency(t, c.date, today.get()), breaks_cut_off(t, c), departs)
                })
            })
            .flatten()
    });
    let editing = RwSignal::new(false);
    let checkbox_id = format!("task-{id}");
    let toggle_id = id.clone();
    let toggle = move |ev: leptos::ev::Event| {
        let done = event_target_checked(&ev);
        let id = toggle_id.clone();
        state.update_active(|c| {
            if let Some(t) = c.task_mut(&id) {
                t.set_done(done, today.get_untracked());
            }
        });
    };
    let editor_id = StoredValue::new(id.clone());
    let class = move || match row.with(|r| r.as_ref().map(|r| r.2)) {
        Some(Urgency::Overdue) => "task overdue",
        Some(Urgency::DueSoon) => "task due-soon",
        Some(Urgency::Closed) => "task closed",
        Some(Urgency::Later) | None => "task",
    };
    let template_key = row.with_untracked(|r| r.as_ref().map(|r| r.0.template_key.clone()));
    // The row's text follows the task; the editor sits outside it, so ticking the box or
    // another tab's change never re-creates an open editor (and what was typed stays).
    let body = move || {
        row.get().map(|(task, due, urg, late, departs)| {
            let (basis, basis_lang) = match &task.basis {
                Basis::Practice => (i18n::BASIS_PRACTICE.to_string(), i18n::LANGUAGE),
                Basis::Document(name) => (name.clone(), "vi"),
            };
            let rule = match task.due {
                DueRule::OffsetDays(d) => i18n::due_rule(d),
                DueRule::Fixed(_) => i18n::FIXED_DATE_NOTE.to_string(),
            };
            let done_on = task.done_on.filter(|_| task.status == Status::Done);
            let status = matches!(task.status, Status::InProgress | Status::NotApplicable).then(|| i18n::status_name(task.status));
            // The unit's own words (a changed title or explanation, the basis, the user's text)
            // stay Vietnamese, marked so, whatever the interface language.
            let ((title, title_lang), (explanation, explanation_lang)) = i18n::task_words(task.template_key.as_deref(), &task.title, &task.explanation);
            let assignee = (!task.assignee.is_empty()).then(|| task.assignee.clone());
            let notes = (!task.notes.is_empty()).then(|| task.notes.clone());
            view! {
                    <div class="task-main">
                        <input type="checkbox" id=checkbox_id.clone()
                            prop:checked=task.status == Status::Done
                            on:change=toggle.clone()/>
                        <label for=checkbox_id.clone() lang=title_lang>{title.clone()}</label>
                        <button type="button" class="edit-task" aria-expanded=move || editing.get().to_string()
                            aria-label=i18n::edit_task_label(&title)
                            on:click=move |_| editing.update(|e| *e = !*e)>
                            {i18n::EDIT_TASK}
                        </button>
                    </div>
                    <p class="task-meta">
                        <span class="due">{format!("{}: {}", i18n::DUE, i18n::date(due))}</span>
                        <span class="due-rule">{format!("({rule})")}</span>
                        {i18n::urgency_name(urg).map(|text| view! { <span class="badge">{text}</span> })}
                        {status.map(|text| view! { <span class="badge status">{text}</span> })}
                        {late.then(|| view! { <span class="badge cut-off">{i18n::AFTER_CUT_OFF}</span> })}
                        {departs.map(|d| view! { <span class="badge departs">{i18n::plan_departure(d)}</span> })}
                        {done_on.map(|d| view! {
                            <span class="done-on">{format!("{} {}", i18n::DONE_ON, i18n::date(d))}</span>
                        })}
                    </p>
                    {assignee.map(|a| view! { <p class="assignee">{i18n::ASSIGNEE_LABEL}": "<span lang="vi">{a}</span></p> })}
                    <p class="explanation" lang=explanation_lang>{explanation}</p>
                    {notes.map(|n| view! { <p class="notes">{i18n::NOTES_LABEL}": "<span lang="vi">{n}</span></p> })}
                    <p class="basis">{i18n::BASIS}": "<span lang=basis_lang>{basis}</span></p>
            }
        })
    };
    view! {
        <li class=class data-task-key=template_key data-task-id=id>
            {body}
            <Show when=move || editing.get() && row.with(Option::is_some)>
                <OnDemand load=chunks::task_editor(editor_id.get_value(), Callback::new(move |_| editing.set(false)))/>
            </Show>
        </li>
    }
}
