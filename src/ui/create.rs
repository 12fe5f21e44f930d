//! The creation form: unit, upper union, type of congress (level and kind), congress day and round. Checks the input
//! through `model`, shows each problem next to its field, and builds the checklist from the
//! built-in template.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n;
use crate::ids::new_id;
use crate::model::{CongressDraft, CongressType, InputError, Round};
use crate::templates::new_congress;
use super::field::{SelectField, TextField};
use super::round_picker::RoundPicker;

#[component]
pub fn CreateCongress() -> impl IntoView {
    let state = expect_context::<AppState>();
    let unit_name = RwSignal::new(String::new());
    let upper_union = RwSignal::new(String::new());
    let congress_type = RwSignal::new(CongressType::GrassrootsFullMember);
    let date_text = RwSignal::new(String::new());
    let round = RwSignal::new(None::<Round>);
    let errors = RwSignal::new(Vec::<InputError>::new());
    let can_cancel = move || state.active.with(Option::is_some);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = CongressDraft {
            unit_name: unit_name.get_untracked(),
            upper_union: upper_union.get_untracked(),
            congress_type: congress_type.get_untracked(),
            date_text: date_text.get_untracked(),
            round: round.get_untracked(),
        };
        match draft.validate() {
            Ok(valid) => {
                errors.set(Vec::new());
                let mut ids = new_id;
                state.add_congress(new_congress(valid, &mut ids));
            }
            Err(found) => errors.set(found),
        }
    };

    let error_for = move |pick: fn(&InputError) -> bool| {
        move || {
            errors.with(|es| es.iter().find(|e| pick(e)).map(|e| i18n::input_error(*e)))
        }
    };
    // An error goes away as soon as its field is edited; the next submit checks again.
    let forget = move |pick: fn(&InputError) -> bool| errors.update(|es| es.retain(|e| !pick(e)));
    let unit_error = error_for(|e| matches!(e, InputError::UnitNameMissing));
    let upper_error = error_for(|e| matches!(e, InputError::UpperUnionMissing));
    let date_error = error_for(|e| matches!(e, InputError::Date(_)));

    view! {
        <section class="card create" aria-labelledby="create-title">
            <h2 id="create-title">{i18n::CREATE_TITLE}</h2>
            <p class="intro">{i18n::CREATE_INTRO}</p>
            <p class="hint">{i18n::CREATE_PLAN_HINT}</p>
            <form on:submit=submit novalidate>
                <TextField id="unit-name".to_string() label=i18n::FIELD_UNIT_NAME.to_string()
                    placeholder=i18n::FIELD_UNIT_NAME_HINT error=Signal::derive(unit_error)
                    on_input=Callback::new(move |v| {
                        unit_name.set(v);
                        forget(|e| matches!(e, InputError::UnitNameMissing));
                    })/>
                <TextField id="upper-union".to_string() label=i18n::FIELD_UPPER_UNION.to_string()
                    placeholder=i18n::FIELD_UPPER_UNION_HINT error=Signal::derive(upper_error)
                    on_input=Callback::new(move |v| {
                        upper_union.set(v);
                        forget(|e| matches!(e, InputError::UpperUnionMissing));
                    })/>
                <SelectField id="congress-type".to_string() label=i18n::FIELD_TYPE.to_string()
                    choices=CongressType::ALL.into_iter().map(|t| (t.name(), i18n::congress_type_name(t))).collect()
                    selected=CongressType::GrassrootsFullMember.name() described_by="congress-type-hint"
                    on_change=Callback::new(move |key: String| {
                        if let Some(t) = CongressType::from_name(&key) {
                            congress_type.set(t);
                        }
                    })/>
                <p class="hint field-note" id="congress-type-hint">{i18n::FIELD_TYPE_HINT}</p>
                <TextField id="congress-date".to_string() label=i18n::FIELD_DATE.to_string()
                    placeholder=i18n::FIELD_DATE_HINT numeric=true error=Signal::derive(date_error)
                    on_input=Callback::new(move |v| {
                        date_text.set(v);
                        forget(|e| matches!(e, InputError::Date(_)));
                    })/>
                <RoundPicker selected=round prefix="create"/>
                <div class="actions">
                    <button type="submit" class="primary">{i18n::CREATE_SUBMIT}</button>
                    <Show when=can_cancel>
                        <button type="button" on:click=move |_| state.creating.set(false)>{i18n::CANCEL}</button>
                    </Show>
                </div>
            </form>
        </section>
    }
}
