//! Entering an election's ballots one by one from the keyboard (in the congress day's chunk):
//! the positions of the names struck, Enter, next ballot; invalid ballots of reasons the names
//! do not show by a button. Each ballot is saved as entered (the log the minutes cite); a second
//! person may enter the same ballots again and the app shows where the two disagree; the totals
//! become the election's count once they reconcile.

use leptos::prelude::*;

use super::congress_day::{parse_number, DayDesk};
use super::field::{SelectField, TextField};
use crate::i18n;
use crate::model::ballots::{disagreements, read_ballot, totals, Ballot, InvalidReason};
use crate::model::congress_day::{Count, Election};

/// The reasons a ballot is invalid that the names struck do not show.
const TYPED_REASONS: [InvalidReason; 3] = [InvalidReason::NameAdded, InvalidReason::NotStamped, InvalidReason::Marked];

/// The ballots of one person's entry.
fn entry(e: &Election, second: bool) -> &Vec<Ballot> {
    if second { &e.ballots_again } else { &e.ballots }
}

fn entry_mut(e: &mut Election, second: bool) -> &mut Vec<Ballot> {
    if second { &mut e.ballots_again } else { &mut e.ballots }
}

#[component]
pub fn BallotEntry(id: String) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let id = StoredValue::new(id);
    let second = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let issued = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let with_election = move |f: &dyn Fn(&crate::model::congress_day::CongressDay, &Election) -> String| {
        desk.day.with(|d| d.election(&id.get_value()).map(|e| f(d, e)).unwrap_or_default())
    };
    // The ballot list's order, sorted again only when its names change, not at each ballot.
    let names_key = Memo::new(move |_| desk.day.with(|d| d.election(&id.get_value()).map(|e| d.ballot_list_key(e)).unwrap_or_default()));
    let order = Memo::new(move |_| {
        // Read, not only tracked: a memo never read is never computed, and so never hears of a
        // change to the day.
        names_key.with(|_| ());
        desk.day.with_untracked(|d| d.election(&id.get_value()).map(|e| d.ballot_list(e)).unwrap_or_default())
    });
    // Appends a ballot to the current person's entry and saves it.
    // The ballots of a round that a further round came from are kept as they are.
    let refused = move || {
        let r = desk.round_refusal(&id.get_value());
        if let Some(r) = r {
            message.set(Some(i18n::election_refusal(r).to_string()));
        }
        r.is_some()
    };
    let add = move |ballot: Ballot| {
        if refused() {
            return;
        }
        let who = second.get_untracked();
        if desk.change(|d| {
            if let Some(e) = d.elections.iter_mut().find(|e| e.id == id.get_value()) {
                entry_mut(e, who).push(ballot);
            }
        }) {
            typed.set(String::new());
            message.set(None);
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read = desk.day.with_untracked(|d| {
            let e = d.election(&id.get_value())?;
            Some(order.with_untracked(|order| read_ballot(&typed.get_untracked(), order, e.seats)))
        });
        match read {
            Some(Ok(ballot)) => add(ballot),
            Some(Err(e)) => message.set(Some(i18n::ballot_input_error(&e))),
            None => {}
        }
    };
    let undo = move |_| {
        if refused() {
            return;
        }
        let who = second.get_untracked();
        desk.change(|d| {
            if let Some(e) = d.elections.iter_mut().find(|e| e.id == id.get_value()) {
                entry_mut(e, who).pop();
            }
        });
    };
    // The totals become the count, if both entries agree and the numbers reconcile.
    let use_totals = move |_| {
        let Some(e) = desk.day.with_untracked(|d| d.election(&id.get_value()).cloned()) else { return };
        if refused() {
            return;
        }
        if !e.ballots_again.is_empty() && !disagreements(&e.ballots, &e.ballots_again).is_empty() {
            return message.set(Some(i18n::BALLOTS_NOT_MATCHING.to_string()));
        }
        let Ok(Some(issued_n)) = parse_number(&issued.get_untracked()) else {
            return message.set(Some(i18n::count_number_error(i18n::COUNT_ISSUED)));
        };
        let t = totals(&e.ballots, e.candidates.len());
        let count = Count { issued: issued_n, collected: e.ballots.len() as u32, valid: t.valid, invalid: t.invalid_total(), votes: t.votes };
        if let Err(problem) = desk.day.with_untracked(|d| d.check_count(&e, &count)) {
            let names: Vec<String> = desk.day.with_untracked(|d| e.candidates.iter().map(|c| d.person(c).map(i18n::vi::ballot_name).unwrap_or_default()).collect());
            return message.set(Some(i18n::count_error(problem, &names)));
        }
        message.set(None);
        desk.change(|d| {
            if let Some(e) = d.elections.iter_mut().find(|e| e.id == id.get_value()) {
                e.count = Some(count);
            }
        });
    };
    // The log: the last ballots of the current entry, newest first, by their list positions.
    let log = move || {
        let who = second.get();
        order.with(|order| desk.day.with(|d| {
            let Some(e) = d.election(&id.get_value()) else { return Vec::new() };
            let position = |c: u32| order.iter().position(|&i| i == c as usize).map_or(0, |p| p + 1);
            let ballots = entry(e, who);
            ballots
                .iter()
                .enumerate()
                .rev()
                .take(5)
                .map(|(n, b)| {
                    let mut struck: Vec<usize> = b.struck.iter().map(|&c| position(c)).collect();
                    struck.sort_unstable();
                    i18n::ballot_log_line(n + 1, &struck, b.invalid)
                })
                .collect::<Vec<_>>()
        }))
    };
    let summary = move || {
        let who = second.get();
        with_election(&|_, e| {
            let ballots = entry(e, who);
            if ballots.is_empty() { i18n::BALLOTS_NONE.to_string() } else { i18n::ballots_summary(&totals(ballots, e.candidates.len())) }
        })
    };
    let comparison = move || {
        with_election(&|_, e| {
            if e.ballots_again.is_empty() || e.ballots.is_empty() {
                return String::new();
            }
            i18n::ballots_comparison(e.ballots.len(), e.ballots_again.len(), &disagreements(&e.ballots, &e.ballots_again))
        })
    };
    let next_label = move || {
        let who = second.get();
        with_election(&|_, e| i18n::ballot_field_label(entry(e, who).len() + 1))
    };
    let prefix = format!("ballots-{}", id.get_value());
    let field_id = format!("{prefix}-struck");
    view! {
        <details class="ballot-entry">
            <summary>{i18n::BALLOTS_TITLE}</summary>
            <p class="hint">{i18n::BALLOTS_HINT}</p>
            <SelectField id=format!("{prefix}-who") label=i18n::BALLOTS_WHO.to_string()
                choices=vec![("1", i18n::BALLOTS_FIRST), ("2", i18n::BALLOTS_SECOND)]
                on_change=Callback::new(move |v: String| second.set(v == "2"))/>
            <form class="ballot-form" on:submit=submit>
                <div class="field">
                    <label for=field_id.clone()>{next_label}</label>
                    <div class="add-row">
                        <input id=field_id type="text" inputmode="numeric" autocomplete="off" prop:value=move || typed.get()
                            on:input=move |ev| typed.set(event_target_value(&ev))/>
                        <button type="submit" class="primary">{i18n::BALLOTS_ADD}</button>
                    </div>
                </div>
            </form>
            <div class="actions">
                {TYPED_REASONS.into_iter().map(|r| view! {
                    <button type="button" on:click=move |_| add(Ballot { struck: Vec::new(), invalid: Some(r) })>{i18n::invalid_button(r)}</button>
                }).collect_view()}
                <button type="button" on:click=undo>{i18n::BALLOTS_UNDO}</button>
            </div>
            <p class="field-error" role="alert">{move || message.get()}</p>
            <p class="ballots-summary" role="status">{summary}</p>
            <p class="ballots-comparison">{comparison}</p>
            <ul class="ballot-log" aria-label=i18n::BALLOTS_TITLE>
                {move || log().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
            <div class="add-row use-totals">
                <TextField id=format!("{prefix}-issued") label=i18n::COUNT_ISSUED.to_string() numeric=true on_input=Callback::new(move |v| issued.set(v))/>
                <button type="button" on:click=use_totals>{i18n::BALLOTS_USE}</button>
            </div>
        </details>
    }
}
