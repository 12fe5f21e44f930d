//! A unit taking in its upper union's plan file (in the import preview's chunk): it picks
//! itself from the plan's units, then applies the plan to the open congress or starts a new
//! notebook from it (`model::upper_plan::apply`). Nothing is written before either button.

use leptos::prelude::*;

use super::field::TextField;
use super::import_panel::Incoming;
use super::state::AppState;
use crate::i18n;
use crate::ids::new_id;
use crate::model::upper_plan::{apply, UnionPlan};
use crate::model::{Congress, CongressDraft, CongressType, InputError};
use crate::templates::checklist::template_due;
use crate::templates::new_congress;

/// The plan choice's own style rules (`screen_style`).
const STYLE: [&str; 2] = [
    ".plan-pick .plan-create { border-top: 1px solid var(--line); margin-top: 0.75rem; padding-top: 0.5rem; }",
    ".plan-guidance { margin: 0.25rem 0 0.5rem; padding-left: 1.2rem; }",
];
static STYLE_ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[component]
pub fn PlanPick(
    plan: UnionPlan,
    issued_at: String,
    incoming: RwSignal<Option<Incoming>>,
    done: RwSignal<Option<String>>,
) -> impl IntoView {
    super::screen_style::add_once(&STYLE_ADDED, &STYLE);
    let state = expect_context::<AppState>();
    let types: Vec<CongressType> = CongressType::ALL.into_iter().filter(|t| t.level() == plan.level).collect();
    // The open notebook's name when the plan can go to it (same level), and its code when it
    // already follows this plan.
    let (open_name, known) = state
        .with_active_untracked(|c| {
            let name = (c.level == plan.level).then(|| c.unit_name.clone());
            (name, c.plan.as_ref().map(|p| p.code.clone()).filter(|code| plan.unit(code).is_some()))
        })
        .unwrap_or_default();
    let same_level = open_name.is_some();
    // The notebook the button names: the plan goes to it only while it is still the open one.
    let open_id = state.active.get_untracked();
    let code = RwSignal::new(known.clone().unwrap_or_default());
    let congress_type = RwSignal::new(types.first().copied());
    let date_text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let date_error = RwSignal::new(None::<&'static str>);
    let summary = i18n::plan_summary(&plan, &issued_at);
    let guidance = plan.guidance.clone();
    let options = plan
        .units
        .iter()
        .map(|u| (u.code.clone(), i18n::plan_unit_choice(u, plan.cut_off_for(u))))
        .collect::<Vec<_>>();
    let plan = StoredValue::new((plan, issued_at));

    let finish = move |applied: crate::model::upper_plan::Applied| {
        incoming.set(None);
        done.set(Some(i18n::plan_applied(applied.followed, applied.departures.len())));
    };
    let chosen = move || {
        let c = code.get_untracked();
        if c.is_empty() {
            error.set(Some(i18n::PLAN_NO_UNIT.to_string()));
            None
        } else {
            Some(c)
        }
    };
    let apply_to_open = move |_| {
        let Some(code) = chosen() else { return };
        if state.active.get_untracked() != open_id {
            error.set(Some(i18n::PLAN_OPEN_CHANGED.to_string()));
            return;
        }
        let Some(mut edited) = state.with_active_untracked(Congress::clone) else { return };
        let result = plan.with_value(|(p, at)| apply(&mut edited, p, &code, at, template_due));
        match result {
            Ok(applied) => {
                state.update_active(|c| *c = edited);
                finish(applied);
            }
            Err(e) => error.set(Some(i18n::plan_apply_error(e, edited.level))),
        }
    };
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(code) = chosen() else { return };
        let Some(congress_type) = congress_type.get_untracked() else { return };
        let made = plan.with_value(|(p, at)| {
            let unit = p.unit(&code)?;
            let draft = CongressDraft {
                unit_name: unit.name.clone(),
                upper_union: p.upper_union.clone(),
                congress_type,
                date_text: date_text.get_untracked(),
                round: p.round.clone(),
            };
            Some(draft.validate().map(|valid| {
                let mut ids = new_id;
                let mut congress = new_congress(valid, &mut ids);
                let applied = apply(&mut congress, p, &code, at, template_due);
                (congress, applied)
            }))
        });
        match made {
            Some(Ok((congress, Ok(applied)))) => {
                state.add_congress(congress);
                finish(applied);
            }
            Some(Ok((congress, Err(e)))) => error.set(Some(i18n::plan_apply_error(e, congress.level))),
            Some(Err(errors)) => {
                let date = errors.iter().find_map(|e| match e {
                    InputError::Date(_) => Some(i18n::input_error(*e)),
                    _ => None,
                });
                date_error.set(date);
                if date.is_none() {
                    error.set(errors.first().map(|e| i18n::input_error(*e).to_string()));
                }
            }
            None => error.set(Some(i18n::PLAN_NO_UNIT.to_string())),
        }
    };

    view! {
        <div class="import-preview plan-pick" role="region" aria-label=i18n::PLAN_PICK_REGION>
            <h3>{i18n::PLAN_PICK_TITLE}</h3>
            <p>{summary}</p>
            {(!guidance.is_empty()).then(|| view! {
                <p class="hint">{i18n::PLAN_GUIDANCE}</p>
                <ul class="plan-guidance">{guidance.into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}</ul>
            })}
            <div class="field">
                <label for="plan-unit">{i18n::PLAN_PICK_UNIT}</label>
                <select id="plan-unit" on:change=move |ev| {
                    code.set(event_target_value(&ev));
                    error.set(None);
                }>
                    <option value="" selected=known.is_none()>{i18n::PLAN_PICK_CHOOSE}</option>
                    {options.into_iter().map(|(value, text)| {
                        let selected = known.as_deref() == Some(value.as_str());
                        view! { <option value=value selected=selected>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
            {same_level.then(|| view! {
                <div class="actions">
                    <button type="button" class="primary" on:click=apply_to_open>
                        {i18n::plan_apply_open(open_name.as_deref().unwrap_or_default())}
                    </button>
                </div>
                <p class="hint">{i18n::PLAN_APPLY_NOTE}</p>
            })}
            {(!types.is_empty()).then(|| view! {
                <form class="plan-create" on:submit=create novalidate>
                    <h4>{i18n::PLAN_CREATE_TITLE}</h4>
                    <div class="field">
                        <label for="plan-type">{i18n::FIELD_TYPE}</label>
                        <select id="plan-type" on:change=move |ev| {
                            congress_type.set(CongressType::from_name(&event_target_value(&ev)));
                        }>
                            {types.iter().map(|t| view! { <option value=t.name()>{i18n::congress_type_name(*t)}</option> }).collect_view()}
                        </select>
                    </div>
                    <TextField id="plan-date".to_string() label=i18n::FIELD_DATE.to_string()
                        placeholder=i18n::FIELD_DATE_HINT numeric=true error=Signal::derive(move || date_error.get())
                        on_input=Callback::new(move |v| {
                            date_text.set(v);
                            date_error.set(None);
                        })/>
                    <div class="actions">
                        <button type="submit" class=if same_level { "" } else { "primary" }>{i18n::PLAN_CREATE}</button>
                    </div>
                </form>
            })}
            <div class="actions">
                <button type="button" on:click=move |_| incoming.set(None)>{i18n::CANCEL}</button>
            </div>
        </div>
    }
}
