//! The congress day's documents, written from its data into drafts (`fill_draft`): the
//! vote-count minutes of each counted election, the congress minutes' attendance and
//! elections, the new committee's first meeting minutes, and the recognition letter with the
//! list of those elected. On the election screen, in its chunk.

use leptos::prelude::*;

use super::congress_day::DayDesk;
use super::fill_draft::{write, Target};
use super::state::{AppState, Screen};
use crate::i18n;
use crate::model::congress_day::Sitting;
use crate::model::{DocSymbol, DocumentKind};
use crate::templates::minutes;

#[component]
pub fn DayDocuments() -> impl IntoView {
    let state = expect_context::<AppState>();
    let desk = expect_context::<DayDesk>();
    // The title of the draft last written, or why it was not.
    let written = RwSignal::new(None::<Result<String, super::fill_draft::NotWritten>>);
    let term = move || state.with_active_untracked(|c| c.letterhead_or_default().term).unwrap_or_default();
    let done = move |title: Result<String, super::fill_draft::NotWritten>| written.set(Some(title));
    let counted = move || {
        desk.day.with(|d| d.elections.iter().filter(|e| d.result(e).is_some_and(|r| r.is_ok())).map(|e| (e.id.clone(), i18n::day_doc_count(e))).collect::<Vec<_>>())
    };
    let write_count = move |id: String| {
        let found = desk.day.with_untracked(|d| {
            let e = d.election(&id)?;
            Some((minutes::count_title(e, &term()), minutes::vote_count(d, e)?))
        });
        if let Some((title, sections)) = found {
            done(write(state, Target { title: Some(title), ..Target::of(DocumentKind::VoteCountMinutes) }, sections));
        }
    };
    let write_minutes = move |sitting: Sitting| {
        let sections = desk.day.with_untracked(|d| minutes::minutes(d, sitting));
        let target = match sitting {
            Sitting::Congress => Target::of(DocumentKind::CongressMinutes),
            Sitting::FirstMeeting => Target {
                kind: DocumentKind::Blank,
                title: Some(minutes::first_meeting_title(&term())),
                heading: Some(minutes::MINUTES_HEADING),
                symbol: Some(DocSymbol::Minutes),
            },
        };
        let sections = match sitting {
            Sitting::Congress => sections,
            // A new draft has no outline: its other sections wait for the user's text.
            Sitting::FirstMeeting => {
                let mut all = vec![(minutes::MINUTES_TIME_PLACE, String::new())];
                all.extend(sections);
                all.push((minutes::MINUTES_END, String::new()));
                all
            }
        };
        done(write(state, target, sections));
    };
    let delegate = state.with_active_untracked(|c| c.kind == crate::model::CongressKind::Delegate).unwrap_or(false);
    let write_credentials = move |_| {
        if let Some(sections) = desk.day.with_untracked(minutes::credentials) {
            done(write(state, Target::of(DocumentKind::CredentialsReport), sections));
        }
    };
    let write_letter = move |_| {
        let facts = state.with_active_untracked(|c| (c.unit_name.clone(), crate::model::date::format_dmy(c.date)));
        if let Some((unit, date)) = facts {
            let sections = desk.day.with_untracked(|d| minutes::recognition(d, &unit, &date));
            done(write(state, Target::of(DocumentKind::RecognitionLetter), sections));
        }
    };
    view! {
        <section class="card day-documents" aria-labelledby="day-docs-title">
            <h2 id="day-docs-title">{i18n::DAY_DOCS_TITLE}</h2>
            <p class="hint">{i18n::DAY_DOCS_HINT}</p>
            <Show when=move || counted().is_empty()>
                <p class="empty">{i18n::DAY_DOCS_NONE}</p>
            </Show>
            <div class="actions">
                <For each=counted key=|(id, label)| (id.clone(), label.clone()) let:item>
                    <button type="button" on:click={
                        let id = item.0.clone();
                        move |_| write_count(id.clone())
                    }>{item.1}</button>
                </For>
                <button type="button" on:click=move |_| write_minutes(Sitting::Congress)>{i18n::DAY_DOC_CONGRESS}</button>
                <button type="button" on:click=move |_| write_minutes(Sitting::FirstMeeting)>{i18n::DAY_DOC_MEETING}</button>
                <button type="button" on:click=write_letter>{i18n::DAY_DOC_LETTER}</button>
                {delegate.then(|| view! {
                    <button type="button" disabled=move || desk.day.with(|d| d.congress.quorum().is_none())
                        on:click=write_credentials>{i18n::DAY_DOC_CREDENTIALS}</button>
                })}
            </div>
            {move || written.get().map(|result| match result {
                Err(_) => view! { <p class="warning" role="alert">{i18n::FILL_FAILED}</p> }.into_any(),
                Ok(title) => view! {
                <p class="done-message" role="status">
                    {i18n::day_doc_written(&title)}" "
                    <button type="button" on:click=move |_| {
                        state.flush();
                        state.screen.set(Screen::Documents);
                    }>{i18n::SCREEN_DOCUMENTS}</button>
                </p>
                }.into_any(),
            })}
        </section>
    }
}
