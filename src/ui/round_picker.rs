//! Choosing a congress's round: out of cycle, a preset, or one of the user's own rounds, which
//! can be added right here (a name and the cut-off of each level; that editor is a chunk).

use leptos::prelude::*;

use super::chunks::{self, OnDemand};
use super::field::TextField;
use super::state::AppState;
use crate::i18n;
use crate::ids::new_id;
use crate::model::round::round_choices;
use crate::model::{Level, Round, RoundForm, RoundInputError};
use crate::templates::preset_rounds;

#[component]
pub fn RoundPicker(selected: RwSignal<Option<Round>>, prefix: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let adding = RwSignal::new(false);
    let select_id = format!("{prefix}-round");
    // Presets, the user's rounds, and the selected one if it is neither (read from a file).
    let choices = move || state.rounds.with(|own| round_choices(preset_rounds(), own, selected.get_untracked()));
    view! {
        <div class="field">
            <label for=select_id.clone()>{i18n::FIELD_ROUND}</label>
            <select id=select_id aria-describedby=format!("{prefix}-round-hint") on:change=move |ev| {
                let id = event_target_value(&ev);
                selected.set(choices().into_iter().find(|r| r.id == id));
            }>
                {move || {
                    let current = selected.with_untracked(|r| r.as_ref().map(|r| r.id.clone()).unwrap_or_default());
                    let mut options = vec![(String::new(), (i18n::ROUND_OUT_OF_CYCLE.to_string(), i18n::LANGUAGE))];
                    options.extend(choices().into_iter().map(|r| {
                        let name = i18n::round_name(&r.id, &r.name);
                        (r.id, name)
                    }));
                    options
                        .into_iter()
                        .map(|(id, (name, lang))| {
                            let selected = id == current;
                            view! { <option value=id selected=selected lang=lang>{name}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <p class="hint" id=format!("{prefix}-round-hint")>{i18n::ROUND_HINT}</p>
            <Show when=move || !adding.get()>
                <button type="button" class="add-round" on:click=move |_| adding.set(true)>{i18n::ADD_ROUND}</button>
            </Show>
            <Show when=move || adding.get()>
                <OnDemand load=chunks::round_editor(prefix, Callback::new(move |round: Option<Round>| {
                    if let Some(r) = round {
                        selected.set(Some(r.clone()));
                        state.add_round(r);
                    }
                    adding.set(false);
                }))/>
            </Show>
        </div>
    }
}

/// A new round of the user's own: its name and each level's cut-off (a chunk of its own).
#[component]
pub fn RoundEditor(prefix: &'static str, on_done: Callback<Option<Round>>) -> impl IntoView {
    let form = RwSignal::new(RoundForm::default());
    let errors = RwSignal::new(Vec::<RoundInputError>::new());
    let save = move |_| match form.get_untracked().validate(new_id()) {
        Ok(round) => on_done.run(Some(round)),
        Err(es) => errors.set(es),
    };
    let id = move |name: &str| format!("{prefix}-new-round-{name}");
    let date_field = move |level: Level, name: &'static str, f: fn(&mut RoundForm, String)| {
        view! {
            <TextField id=id(name) label=i18n::round_cut_off_label(level) placeholder=i18n::FIELD_DATE_HINT numeric=true
                on_input=Callback::new(move |v| form.update(|x| f(x, v)))/>
        }
    };
    // Not a <form>: it sits inside the congress form, and forms cannot nest.
    view! {
        <fieldset class="round-editor">
            <legend>{i18n::NEW_ROUND}</legend>
            <TextField id=id("name") label=i18n::ROUND_NAME.to_string() placeholder=i18n::ROUND_NAME_HINT
                on_input=Callback::new(move |v| form.update(|f| f.name = v))/>
            <div class="field-row">
                {date_field(Level::Grassroots, "grassroots", |f, v| f.grassroots_text = v)}
                {date_field(Level::DirectUpper, "direct-upper", |f, v| f.direct_upper_text = v)}
                {date_field(Level::Province, "province", |f, v| f.province_text = v)}
            </div>
            <ul class="field-error" role="alert">
                {move || errors.get().into_iter().map(|e| view! { <li>{i18n::round_input_error(e)}</li> }).collect_view()}
            </ul>
            <div class="actions">
                <button type="button" class="primary" on:click=save>{i18n::SAVE_ROUND}</button>
                <button type="button" on:click=move |_| on_done.run(None)>{i18n::CLOSE}</button>
            </div>
        </fieldset>
    }
}
