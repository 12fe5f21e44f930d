//! One labelled text field with its error line, shared by every form: a single component
//! instead of many inline copies keeps the wasm small (each distinct view is its own code).

use leptos::prelude::*;

#[component]
pub fn TextField(
    id: String,
    label: String,
    /// The value the field starts with; the page owns it afterwards.
    #[prop(optional, into)]
    value: String,
    #[prop(optional)] placeholder: &'static str,
    /// Digits keyboard on phones (dates, numbers of days).
    #[prop(optional)]
    numeric: bool,
    #[prop(optional)] described_by: &'static str,
    on_input: Callback<String>,
    /// The message shown under the field, if any.
    #[prop(optional, into)]
    error: Option<Signal<Option<&'static str>>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = if described_by.is_empty() { error_id.clone() } else { format!("{described_by} {error_id}") };
    let message = move || error.and_then(|e| e.get());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id type="text" inputmode=if numeric { "numeric" } else { "text" } autocomplete="off"
                placeholder=placeholder value=value aria-describedby=described
                aria-invalid=move || message().is_some().to_string()
                on:input=move |ev| on_input.run(event_target_value(&ev))/>
            <p class="field-error" id=error_id role="alert">{message}</p>
        </div>
    }
}

/// One labelled drop-down from a fixed list of (value, text) choices.
#[component]
pub fn SelectField(
    id: String,
    label: String,
    choices: Vec<(&'static str, &'static str)>,
    /// The value selected at first.
    #[prop(optional)]
    selected: &'static str,
    #[prop(optional)] described_by: &'static str,
    /// The choices' language when they are content, not interface words (template names:
    /// "vi" on an English screen); not given to a choice of none (the empty value).
    #[prop(optional)]
    choices_lang: Option<&'static str>,
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id aria-describedby=(!described_by.is_empty()).then_some(described_by)
                on:change=move |ev| on_change.run(event_target_value(&ev))>
                {choices.into_iter().map(|(value, text)| view! {
                    <option value=value selected=value == selected lang=choices_lang.filter(|_| !value.is_empty())>{text}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// One labelled checkbox.
#[component]
pub fn CheckField(id: String, label: &'static str, checked: bool, on_change: Callback<bool>) -> impl IntoView {
    view! {
        <div class="field">
            <label class="check">
                <input type="checkbox" id=id checked=checked on:change=move |ev| on_change.run(event_target_checked(&ev))/>
                {label}
            </label>
        </div>
    }
}
