//! The task editor: title, phase, status, assignee, notes, due date (before or after congress
//! day, or a fixed date), the day it was done; move up or down, delete. Checks go through
//! `model::TaskForm`; nothing is written until they pass.

use leptos::prelude::*;

use super::field::{SelectField, TextField};
use super::state::AppState;
use crate::i18n;
use crate::model::{DueKind, Phase, Status, TaskForm, TaskInputError};


#[component]
pub fn TaskEditor(id: String, on_close: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = state.today;
    let Some(initial) = state
        .with_active_untracked(|c| c.tasks.iter().find(|t| t.id == id).map(|t| TaskForm::from_task(t, c.date)))
        .flatten()
    else {
        return ().into_any();
    };
    // Inputs start from the task and are then owned by the page: static initial values and
    // one signal updated on input keep the editor small (each reactive binding costs code).
    let start = initial.clone();
    let form = RwSignal::new(initial);
    let errors = RwSignal::new(Vec::<TaskInputError>::new());
    let set = move |f: fn(&mut TaskForm, String)| move |ev: leptos::ev::Event| form.update(|x| f(x, event_target_value(&ev)));
    let error_for = move |pick: fn(&TaskInputError) -> bool| {
        move || errors.with(|es| es.iter().find(|e| pick(e)).map(|e| i18n::task_input_error(*e)))
    };
    let prefix = StoredValue::new(format!("edit-{id}"));
    let ids = move |name: &str| format!("{}-{name}", prefix.get_value());
    let task_id = StoredValue::new(id.clone());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let f = form.get_untracked();
        let id = task_id.get_value();
        let Some(mut edited) = state.with_active_untracked(|c| c.tasks.iter().find(|t| t.id == id).cloned()).flatten()
        else {
            return;
        };
        match f.apply(&mut edited, today.get_untracked()) {
            Ok(()) => {
                errors.set(Vec::new());
                state.update_active(|c| {
                    if let Some(t) = c.task_mut(&id) {
                        *t = edited;
                    }
                    c.set_phase(&id, f.phase);
                });
                on_close.run(());
            }
            Err(es) => errors.set(es),
        }
    };
    let move_task = move |up: bool| {
        let id = task_id.get_value();
        state.update_active(|c| {
            c.move_task(&id, up);
        });
    };
    let title_error = error_for(|e| matches!(e, TaskInputError::TitleMissing));
    let due_error = error_for(|e| matches!(e, TaskInputError::Days | TaskInputError::FixedDate(_)));
    let done_error = error_for(|e| matches!(e, TaskInputError::DoneDate(_)));
    let datalist = ids("subcommittees");

    view! {
        <form class="task-editor" on:submit=save novalidate>
            <TextField id=ids("title") label=i18n::TASK_TITLE.to_string() value=start.title.clone()
                error=Signal::derive(title_error)
                on_input=Callback::new(move |v| form.update(|f| f.title = v))/>
            <div class="field-row">
                <SelectField id=ids("phase") label=i18n::TASK_PHASE.to_string()
                    choices=Phase::ALL.into_iter().map(|ph| (ph.name(), i18n::phase_name(ph))).collect()
                    selected=start.phase.name()
                    on_change=Callback::new(move |key: String| {
                        if let Some(ph) = Phase::from_name(&key) {
                            form.update(|f| f.phase = ph);
                        }
                    })/>
                <SelectField id=ids("status") label=i18n::TASK_STATUS.to_string()
                    choices=Status::ALL.into_iter().map(|st| (st.name(), i18n::status_name(st))).collect()
                    selected=start.status.name()
                    on_change=Callback::new(move |key: String| {
                        if let Some(st) = Status::from_name(&key) {
                            form.update(|f| f.status = st);
                        }
                    })/>
            </div>
            <fieldset class="field due-editor">
                <legend>{i18n::TASK_DUE}</legend>
                <div class="field-row">
                    <SelectField id=ids("due-kind") label=i18n::DUE_KIND.to_string()
                        choices=DueKind::ALL.into_iter().map(|k| (k.name(), i18n::due_kind_name(k))).collect()
                        selected=start.due_kind.name()
                        on_change=Callback::new(move |key: String| {
                            let kind = DueKind::from_name(&key).unwrap_or(DueKind::Before);
                            form.update(|f| f.due_kind = kind);
                        })/>
                    <Show when=move || form.with(|f| f.due_kind != DueKind::Fixed)
                        fallback=move || view! {
                            <TextField id=ids("fixed") label=i18n::DUE_FIXED_DATE.to_string()
                                value=form.with_untracked(|f| f.fixed_text.clone()) placeholder=i18n::FIELD_DATE_HINT numeric=true
                                on_input=Callback::new(move |v| form.update(|f| f.fixed_text = v))/>
                        }>
                        <TextField id=ids("days") label=i18n::DUE_DAYS.to_string()
                            value=form.with_untracked(|f| f.days_text.clone()) numeric=true
                            on_input=Callback::new(move |v| form.update(|f| f.days_text = v))/>
                    </Show>
                </div>
                <p class="field-error" role="alert">{due_error}</p>
            </fieldset>
            <Show when=move || form.with(|f| f.status == Status::Done)>
                <TextField id=ids("done-on") label=i18n::TASK_DONE_ON.to_string()
                    value=form.with_untracked(|f| f.done_on_text.clone()) placeholder=i18n::FIELD_DATE_HINT numeric=true
                    error=Signal::derive(done_error)
                    on_input=Callback::new(move |v| form.update(|f| f.done_on_text = v))/>
            </Show>
            <div class="field">
                <label for=ids("assignee")>{i18n::TASK_ASSIGNEE}</label>
                <input id=ids("assignee") type="text" list=datalist.clone() placeholder=i18n::TASK_ASSIGNEE_HINT
                    value=start.assignee.clone() on:input=set(|f, v| f.assignee = v)/>
                <datalist id=datalist>
                    {i18n::vi::SUBCOMMITTEES.into_iter().map(|s| view! { <option value=s></option> }).collect_view()}
                </datalist>
            </div>
            <div class="field">
                <label for=ids("notes")>{i18n::TASK_NOTES}</label>
                <textarea id=ids("notes") rows="3" on:input=set(|f, v| f.notes = v)>{start.notes.clone()}</textarea>
            </div>
            <div class="actions">
                <button type="submit" class="primary">{i18n::SAVE}</button>
                <button type="button" on:click=move |_| on_close.run(())>{i18n::CLOSE}</button>
                <button type="button" on:click=move |_| move_task(true)>{"↑ "}{i18n::MOVE_UP}</button>
                <button type="button" on:click=move |_| move_task(false)>{"↓ "}{i18n::MOVE_DOWN}</button>
                <button type="button" class="danger" on:click=move |_| state.remove_task(&task_id.get_value())>
                    {i18n::DELETE_TASK}
                </button>
            </div>
        </form>
    }
    .into_any()
}
