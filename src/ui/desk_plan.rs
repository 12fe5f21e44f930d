//! The upper union writing its plan (its own chunk, opened from the desk): its name, the
//! level of its units' congresses, the round, the member list (typed, or pasted from a
//! spreadsheet), the due offsets of the checklist's tasks and the guidance it cites. Checked
//! through `model::upper_plan`; kept by `storage::desk_plan` when saved.

use leptos::prelude::*;

use super::field::TextField;
use super::round_picker::RoundPicker;
use crate::i18n;
use crate::model::upper_plan::{format_units, parse_units, PlanDue, UnionPlan};
use crate::model::{CongressKind, Level};
use crate::storage::desk_plan::save_plan;
use crate::templates::checklist::{template_due, template_tasks};

/// The levels a plan may be for (those whose congress the app prepares).
const LEVELS: [Level; 2] = [Level::Grassroots, Level::DirectUpper];

/// The plan editor's own style rules (`screen_style`).
const STYLE: [&str; 6] = [
    ".plan-editor { border-top: 1px solid var(--line); margin-top: 0.75rem; padding-top: 0.25rem; }",
    ".plan-editor textarea { width: 100%; font-family: ui-monospace, monospace; }",
    ".plan-dues ul { list-style: none; padding: 0; margin: 0.5rem 0; }",
    ".plan-due { display: flex; justify-content: space-between; align-items: center; gap: 0.75rem; border-top: 1px solid var(--line); padding: 0.25rem 0; }",
    ".plan-due input.days { width: 5.5rem; text-align: right; flex: none; }",
    ".plan-guidance { margin: 0.25rem 0 0.5rem; padding-left: 1.2rem; }",
];
static STYLE_ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[component]
pub fn PlanEditor(plan: RwSignal<Option<UnionPlan>>, on_close: Callback<()>) -> impl IntoView {
    super::screen_style::add_once(&STYLE_ADDED, &STYLE);
    let start = plan.get_untracked();
    let upper_union = RwSignal::new(start.as_ref().map(|p| p.upper_union.clone()).unwrap_or_default());
    let level = RwSignal::new(start.as_ref().map_or(Level::Grassroots, |p| p.level));
    let round = RwSignal::new(start.as_ref().and_then(|p| p.round.clone()));
    let units_text = RwSignal::new(start.as_ref().map(|p| format_units(&p.units)).unwrap_or_default());
    let guidance_text = RwSignal::new(start.as_ref().map(|p| p.guidance.join("\n")).unwrap_or_default());
    // Days by task key, as typed; a task the plan says nothing of starts at the template's.
    let dues = RwSignal::new(
        start.as_ref().map(|p| p.due_offsets.iter().map(|d| (d.task.clone(), d.days.to_string())).collect::<Vec<_>>()).unwrap_or_default(),
    );
    let errors = RwSignal::new(Vec::<String>::new());
    // A new plan sets every task's date; an existing one keeps saying only what it said, and
    // keeps the dates of tasks this version's checklist does not know (a later version's).
    let fresh = start.is_none();
    let unknown: Vec<PlanDue> =
        start.as_ref().map(|p| p.due_offsets.iter().filter(|d| template_due(&d.task).is_none()).cloned().collect()).unwrap_or_default();

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut found = Vec::new();
        let units = match parse_units(&units_text.get_untracked()) {
            Ok(units) => units,
            Err(lines) => {
                found.extend(lines.into_iter().map(|(n, e)| i18n::plan_line_error(n, e)));
                Vec::new()
            }
        };
        let lvl = level.get_untracked();
        let mut due_offsets = Vec::new();
        for t in template_tasks(lvl, CongressKind::Delegate) {
            let typed = dues.with_untracked(|d| d.iter().find(|(k, _)| k == t.key).map(|(_, v)| v.trim().to_string()));
            match typed.as_deref().map(str::parse::<i32>) {
                None if fresh => due_offsets.push(PlanDue { task: t.key.to_string(), days: t.offset }),
                None => {}
                Some(Ok(days)) => due_offsets.push(PlanDue { task: t.key.to_string(), days }),
                Some(Err(_)) => found.push(i18n::plan_due_error(t.title)),
            }
        }
        due_offsets.extend(unknown.iter().cloned());
        let guidance = guidance_text
            .get_untracked()
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        let made = UnionPlan {
            upper_union: upper_union.get_untracked().split_whitespace().collect::<Vec<_>>().join(" "),
            level: lvl,
            round: round.get_untracked(),
            units,
            due_offsets,
            guidance,
        };
        if found.is_empty() {
            if let Err(problems) = made.check() {
                found.extend(problems.into_iter().map(|p| i18n::plan_error(&p, &made)));
            }
        }
        if !found.is_empty() {
            errors.set(found);
            return;
        }
        let saved = save_plan(&made);
        plan.set(Some(made));
        match saved {
            Ok(()) => on_close.run(()),
            Err(e) => errors.set(vec![i18n::plan_save_error(e).to_string()]),
        }
    };

    let due_rows = move || {
        template_tasks(level.get(), CongressKind::Delegate)
            .map(|t| {
                let id = format!("plan-due-{}", t.key.replace('.', "-"));
                let value = dues.with_untracked(|d| d.iter().find(|(k, _)| k == t.key).map(|(_, v)| v.clone())).unwrap_or_else(|| t.offset.to_string());
                let key = t.key;
                view! {
                    <li class="plan-due">
                        <label for=id.clone()>{t.title}</label>
                        <input id=id type="text" inputmode="numeric" class="days" value=value autocomplete="off"
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                dues.update(|d| match d.iter_mut().find(|(k, _)| k == key) {
                                    Some(slot) => slot.1 = v,
                                    None => d.push((key.to_string(), v)),
                                });
                            }/>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="plan-editor" aria-labelledby="plan-editor-title">
            <h2 id="plan-editor-title">{i18n::PLAN_EDITOR_TITLE}</h2>
            <p class="hint">{i18n::PLAN_EDITOR_HINT}</p>
            <form on:submit=save novalidate>
                <TextField id="plan-upper-union".to_string() label=i18n::PLAN_UPPER_UNION.to_string()
                    value=upper_union.get_untracked() placeholder=i18n::FIELD_UPPER_UNION_HINT
                    on_input=Callback::new(move |v| upper_union.set(v))/>
                <div class="field">
                    <label for="plan-level">{i18n::PLAN_LEVEL}</label>
                    <select id="plan-level" on:change=move |ev| {
                        if let Some(l) = Level::from_name(&event_target_value(&ev)) {
                            level.set(l);
                        }
                    }>
                        {LEVELS.into_iter().map(|l| view! {
                            <option value=l.name() selected=l == level.get_untracked()>{i18n::level_name(l)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <RoundPicker selected=round prefix="plan"/>
                <div class="field">
                    <label for="plan-units">{i18n::PLAN_UNITS}</label>
                    <p class="hint field-note" id="plan-units-hint">{i18n::PLAN_UNITS_HINT}</p>
                    <textarea id="plan-units" rows="10" aria-describedby="plan-units-hint" spellcheck="false"
                        prop:value=units_text.get_untracked()
                        on:input=move |ev| units_text.set(event_target_value(&ev))></textarea>
                </div>
                <details class="plan-dues">
                    <summary>{i18n::PLAN_DUES}</summary>
                    <p class="hint">{i18n::PLAN_DUES_HINT}</p>
                    <ul>{due_rows}</ul>
                </details>
                <div class="field">
                    <label for="plan-guidance">{i18n::PLAN_GUIDANCE_FIELD}</label>
                    <textarea id="plan-guidance" rows="3" prop:value=guidance_text.get_untracked()
                        on:input=move |ev| guidance_text.set(event_target_value(&ev))></textarea>
                </div>
                <Show when=move || errors.with(|e| !e.is_empty())>
                    <div class="banner error" role="alert">
                        <ul>{move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}</ul>
                    </div>
                </Show>
                <div class="actions">
                    <button type="submit" class="primary">{i18n::PLAN_SAVE}</button>
                    <button type="button" on:click=move |_| on_close.run(())>{i18n::CANCEL}</button>
                </div>
            </form>
        </section>
    }
}
