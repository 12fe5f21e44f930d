//! Editing the open congress: names, congress day (offset tasks move with it), round, and the
//! pilot mark with its own cut-off, a conference in place of a congress; which upper union's
//! plan it follows, if any. Checks go through `model::CongressEdit`.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n;
use super::field::TextField;
use super::round_picker::RoundPicker;
use crate::model::{CongressEdit, InputError};

#[component]
pub fn CongressEditor(on_close: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Some(initial) = state.with_active_untracked(CongressEdit::from_congress) else {
        return ().into_any();
    };
    let round = RwSignal::new(initial.round.clone());
    let plan_line = state.with_active_untracked(|c| c.plan.as_ref().map(i18n::plan_link_line)).flatten();
    let start = initial.clone();
    let form = RwSignal::new(initial);
    let errors = RwSignal::new(Vec::<InputError>::new());
    let error_for = move |pick: fn(&InputError) -> bool| {
        move || errors.with(|es| es.iter().find(|e| pick(e)).map(|e| i18n::input_error(*e)))
    };

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let edit = CongressEdit { round: round.get_untracked(), ..form.get_untracked() };
        let Some(mut edited) = state.with_active_untracked(Clone::clone) else { return };
        match edit.apply(&mut edited) {
            Ok(()) => {
                state.update_active(|c| *c = edited);
                on_close.run(());
            }
            Err(es) => errors.set(es),
        }
    };
    let unit_error = error_for(|e| matches!(e, InputError::UnitNameMissing));
    let upper_error = error_for(|e| matches!(e, InputError::UpperUnionMissing));
    let date_error = error_for(|e| matches!(e, InputError::Date(_)));
    let pilot_error = error_for(|e| matches!(e, InputError::PilotDate(_)));

    view! {
        <section class="card congress-editor" aria-labelledby="congress-editor-title">
            <h2 id="congress-editor-title">{i18n::EDIT_CONGRESS}</h2>
            <form on:submit=save novalidate>
                <TextField id="edit-unit-name".to_string() label=i18n::FIELD_UNIT_NAME.to_string()
                    value=start.unit_name.clone() error=Signal::derive(unit_error)
                    on_input=Callback::new(move |v| form.update(|f| f.unit_name = v))/>
                <TextField id="edit-upper-union".to_string() label=i18n::FIELD_UPPER_UNION.to_string()
                    value=start.upper_union.clone() error=Signal::derive(upper_error)
                    on_input=Callback::new(move |v| form.update(|f| f.upper_union = v))/>
                <TextField id="edit-congress-date".to_string() label=i18n::FIELD_DATE.to_string()
                    value=start.date_text.clone() placeholder=i18n::FIELD_DATE_HINT numeric=true
                    described_by="edit-date-note" error=Signal::derive(date_error)
                    on_input=Callback::new(move |v| form.update(|f| f.date_text = v))/>
                <p class="hint field-note" id="edit-date-note">{i18n::DATE_MOVE_NOTE}</p>
                <RoundPicker selected=round prefix="edit"/>
                <div class="field">
                    <label class="check">
                        <input type="checkbox" id="edit-pilot" checked=start.pilot
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                form.update(|f| {
                                    f.pilot = on;
                                    if on && f.pilot_text.is_empty() {
                                        if let Some(d) = round.with_untracked(|r| r.as_ref().and_then(|r| r.pilot_cut_off)) {
                                            f.pilot_text = crate::model::date::format_dmy(d);
                                        }
                                    }
                                });
                            }/>
                        {i18n::PILOT}
                    </label>
                </div>
                <Show when=move || form.with(|f| f.pilot)>
                    <TextField id="edit-pilot-cut-off".to_string() label=i18n::PILOT_CUT_OFF.to_string()
                        value=form.with_untracked(|f| f.pilot_text.clone()) placeholder=i18n::FIELD_DATE_HINT numeric=true
                        error=Signal::derive(pilot_error)
                        on_input=Callback::new(move |v| form.update(|f| f.pilot_text = v))/>
                </Show>
                <div class="field">
                    <label class="check">
                        <input type="checkbox" id="edit-conference" checked=start.conference
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                form.update(|f| f.conference = on);
                            }/>
                        {i18n::CONFERENCE_INSTEAD}
                    </label>
                </div>
                <p class="hint plan-link">{plan_line.unwrap_or_else(|| i18n::EDIT_PLAN_HINT.to_string())}</p>
                <div class="actions">
                    <button type="submit" class="primary">{i18n::SAVE}</button>
                    <button type="button" on:click=move |_| on_close.run(())>{i18n::CLOSE}</button>
                </div>
            </form>
        </section>
    }
    .into_any()
}
