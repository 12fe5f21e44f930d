//! An election's ballot list and its ballot as they print (in the congress day's chunk): the
//! list numbered in ballot-list order with "Ông"/"Bà" and the year or date of birth, then the
//! ballot itself, as many to a page as fit; shown only on paper, the rest of the page hidden.

use leptos::prelude::*;

use super::congress_day::DayDesk;
use super::state::AppState;
use crate::i18n;

#[component]
pub fn PrintBallots(id: String) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let state = expect_context::<AppState>();
    let unit = state.with_active_untracked(|c| c.unit_name.clone()).unwrap_or_default();
    let printed = desk.day.with_untracked(|d| {
        let e = d.election(&id)?;
        let names: Vec<String> = d.ballot_list(e).into_iter().filter_map(|i| d.person(&e.candidates[i]).map(i18n::vi::ballot_name)).collect();
        Some((i18n::vi::print_seats_line(e), names))
    });
    let Some((seats, names)) = printed else { return ().into_any() };
    // Two ballots to an A4 page when the list is short, one otherwise.
    let copies = if names.len() <= 12 { 2 } else { 1 };
    let list = names.clone();
    view! {
        <article class="print-ballots" lang="vi" aria-hidden="true">
            <section class="ballot-list-page">
                <p class="print-unit">{unit.clone()}</p>
                <h2>{i18n::vi::PRINT_LIST_TITLE}</h2>
                <p class="print-seats">{seats.clone()}</p>
                <ol>{list.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ol>
            </section>
            {(0..copies).map(|_| view! {
                <section class="ballot-paper">
                    <p class="print-unit">{unit.clone()}</p>
                    <h2>{i18n::vi::PRINT_BALLOT_TITLE}</h2>
                    <p class="print-seats">{seats.clone()}</p>
                    <ol>{names.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ol>
                    <p class="print-how">{i18n::vi::PRINT_BALLOT_HOW}</p>
                </section>
            }).collect_view()}
        </article>
    }
    .into_any()
}
