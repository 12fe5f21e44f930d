//! The creation form: unit, upper union, type of congress (level and kind), congress day and round. Checks the input
//! through `model`, shows each problem next to its field, and builds the checklist from the
//! built-in template.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n;
use crate::ids::new_id;
use crate::model::{CongressDraft, CongressType, InputError, Round};
use crate::templates::new_congress;
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
            <form on:submit=submit novalidate>
                <div class="field">
                    <label for="unit-name">{i18n::FIELD_UNIT_NAME}</label>
                    <input id="unit-name" name="unit-name" type="text" autocomplete="organization"
                        placeholder=i18n::FIELD_UNIT_NAME_HINT
                        aria-invalid=move || unit_error().is_some().to_string()
                        aria-describedby="unit-name-error"
                        on:input=move |ev| {
                            unit_name.set(event_target_value(&ev));
                            forget(|e| matches!(e, InputError::UnitNameMissing));
                        }/>
                    <p class="field-error" id="unit-name-error" role="alert">{unit_error}</p>
                </div>
                <div class="field">
                    <label for="upper-union">{i18n::FIELD_UPPER_UNION}</label>
                    <input id="upper-union" name="upper-union" type="text"
                        placeholder=i18n::FIELD_UPPER_UNION_HINT
                        aria-invalid=move || upper_error().is_some().to_string()
                        aria-describedby="upper-union-error"
                        on:input=move |ev| {
                            upper_union.set(event_target_value(&ev));
                            forget(|e| matches!(e, InputError::UpperUnionMissing));
                        }/>
                    <p class="field-error" id="upper-union-error" role="alert">{upper_error}</p>
                </div>
                <div class="field">
                    <label for="congress-type">{i18n::FIELD_TYPE}</label>
                    <select id="congress-type" name="congress-type" aria-describedby="congress-type-hint"
                        on:change=move |ev| {
                            if let Some(t) = CongressType::from_key(&event_target_value(&ev)) {
                                congress_type.set(t);
                            }
                        }>
                        {CongressType::ALL.into_iter().map(|t| view! {
                            <option value=t.key() selected=t == CongressType::GrassrootsFullMember>
                                {i18n::congress_type_name(t)}
                            </option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id="congress-type-hint">{i18n::FIELD_TYPE_HINT}</p>
                </div>
                <div class="field">
                    <label for="congress-date">{i18n::FIELD_DATE}</label>
                    <input id="congress-date" name="congress-date" type="text" inputmode="numeric"
                        autocomplete="off" placeholder=i18n::FIELD_DATE_HINT
                        aria-invalid=move || date_error().is_some().to_string()
                        aria-describedby="congress-date-error"
                        on:input=move |ev| {
                            date_text.set(event_target_value(&ev));
                            forget(|e| matches!(e, InputError::Date(_)));
                        }/>
                    <p class="field-error" id="congress-date-error" role="alert">{date_error}</p>
                </div>
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
