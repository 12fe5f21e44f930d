//! The congress's shows of hands, recorded for its minutes: the list, and adding one (what was
//! decided, hands for, against and abstaining, never more than those present). On the
//! election screen, in its chunk; saved through `DayDesk` at once.

use leptos::prelude::*;

use super::congress_day::{parse_number, DayDesk};
use super::field::{SelectField, TextField};
use crate::i18n;
use crate::ids::new_id;
use crate::model::decisions::{decision, Subject};

#[component]
pub fn Decisions() -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let subject = RwSignal::new(Subject::Presidium);
    let texts = [(); 4].map(|_| RwSignal::new(String::new()));
    let [detail, in_favour, against, abstaining] = texts;
    let error = RwSignal::new(None::<&'static str>);
    let generation = RwSignal::new(0u32);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let number = |s: RwSignal<String>| parse_number(&s.get_untracked()).map(|n| n.unwrap_or(0));
        let (Ok(f), Ok(a), Ok(x)) = (number(in_favour), number(against), number(abstaining)) else {
            return error.set(Some(i18n::DAY_NUMBER_ERROR));
        };
        let present = desk.day.with_untracked(|d| d.congress.present);
        match decision(new_id(), subject.get_untracked(), &detail.get_untracked(), f, a, x, present) {
            Err(e) => error.set(Some(i18n::decision_error(e))),
            Ok(d) => {
                error.set(None);
                if desk.change(|day| day.decisions.push(d)) {
                    for s in texts {
                        s.set(String::new());
                    }
                    generation.update(|g| *g += 1);
                }
            }
        }
    };
    let subjects: Vec<(&'static str, &'static str)> = Subject::ALL.iter().map(|s| (s.name(), i18n::subject_name(*s))).collect();
    let listed = move || {
        desk.day.with(|d| d.decisions.iter().map(|x| (x.id.clone(), i18n::decision_text(x, d.congress.present))).collect::<Vec<_>>())
    };
    view! {
        <section class="card decisions" aria-labelledby="decisions-title">
            <h2 id="decisions-title">{i18n::DECISIONS_TITLE}</h2>
            <p class="intro">{i18n::DECISIONS_INTRO}</p>
            <Show when=move || listed().is_empty()>
                <p class="empty">{i18n::DECISIONS_NONE}</p>
            </Show>
            <ul class="decision-list">
                <For each=listed key=|item| item.clone() let:item>
                    <li>
                        <span>{item.1.clone()}</span>
                        <button type="button" aria-label=i18n::decision_remove(&item.1) on:click={
                            let id = item.0.clone();
                            move |_| {
                                desk.change(|d| d.decisions.retain(|x| x.id != id));
                            }
                        }>{i18n::REMOVE}</button>
                    </li>
                </For>
            </ul>
            <form class="add-decision" on:submit=add>
                // Drawn anew (empty) after each show of hands recorded.
                <For each=move || [generation.get()] key=|g| *g let:_g>
                    <div class="form-grid">
                        <SelectField id="decision-subject".to_string() label=i18n::DECISION_SUBJECT.to_string() choices=subjects.clone()
                            selected=subject.get_untracked().name()
                            on_change=Callback::new(move |v: String| subject.set(Subject::from_name(&v).unwrap_or(Subject::Other)))/>
                        <TextField id="decision-detail".to_string() label=i18n::DECISION_DETAIL.to_string() on_input=Callback::new(move |v| detail.set(v))/>
                        <TextField id="decision-for".to_string() label=i18n::DECISION_FOR.to_string() numeric=true on_input=Callback::new(move |v| in_favour.set(v))/>
                        <TextField id="decision-against".to_string() label=i18n::DECISION_AGAINST.to_string() numeric=true on_input=Callback::new(move |v| against.set(v))/>
                        <TextField id="decision-abstain".to_string() label=i18n::DECISION_ABSTAIN.to_string() numeric=true on_input=Callback::new(move |v| abstaining.set(v))/>
                    </div>
                </For>
                <p class="field-error" role="alert">{move || error.get()}</p>
                <button type="submit">{i18n::DECISION_ADD}</button>
            </form>
        </section>
    }
}
