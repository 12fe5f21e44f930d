//! One election of the congress-day screen: its ballot list (sorted the Vietnamese way, names
//! with "Ông"/"Bà"), adding people to it, the count typed from the counting board's totals
//! (refused, naming the wrong number, when it cannot be true), and the result with its
//! percentages, a tie at the last seat and the further round it calls for.

use leptos::prelude::*;

use super::ballot_entry::BallotEntry;
use super::congress_day::{parse_number, DayDesk};
use super::field::{SelectField, TextField};
use crate::i18n;
use crate::ids::new_id;
use crate::model::congress_day::{percent_text, person, CongressDay, Count, Election, Gender, Standing};

/// A result row's class, by what the count made of the candidate.
fn standing_class(s: Standing) -> &'static str {
    match s {
        Standing::Elected => "elected",
        Standing::Tied => "tied",
        Standing::NotElectedOver | Standing::NotElected => "not-elected",
    }
}

/// `f` of the election `id` as it is now (`None` once deleted), tracked; nothing is cloned (an
/// election carries its ballots, hundreds of them).
fn with_election<T>(desk: DayDesk, id: &str, f: impl FnOnce(&Election) -> T) -> Option<T> {
    desk.day.with(|d| d.election(id).map(f))
}

/// Names in ballot-list order, with their index in `candidates`.
fn ballot_names(day: &CongressDay, e: &Election) -> Vec<(usize, String)> {
    day.ballot_list(e)
        .into_iter()
        .map(|i| (i, day.person(&e.candidates[i]).map(i18n::vi::ballot_name).unwrap_or_default()))
        .collect()
}

#[component]
pub fn ElectionCard(id: String) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let id = StoredValue::new(id);
    let heading = move || with_election(desk, &id.get_value(), i18n::election_heading).unwrap_or_default();
    let base = move || with_election(desk, &id.get_value(), |e| i18n::base_name(e.base)).unwrap_or_default();
    let counted = move || with_election(desk, &id.get_value(), |e| e.count.is_some()).unwrap_or(false);
    let has_candidates = move || with_election(desk, &id.get_value(), |e| !e.candidates.is_empty()).unwrap_or(false);
    let candidates_key = move || desk.day.with(|d| d.election(&id.get_value()).map(|e| d.ballot_list_key(e)).unwrap_or_default());
    // The count form is open until a count is saved, and again on "edit".
    let editing = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    // Why the list or the count of this round cannot change now.
    let refusal = RwSignal::new(None::<&'static str>);
    provide_context(ListRefusal(refusal));
    let title_id = format!("election-{}", id.get_value());
    let labelled_by = title_id.clone();
    view! {
        <article class="election" aria-labelledby=labelled_by>
            <h3 id=title_id>{heading}</h3>
            <p class="hint">{base}</p>
            <BallotList id=id.get_value()/>
            <AddCandidate id=id.get_value()/>
            <Show when=has_candidates>
                <BallotEntry id=id.get_value()/>
            </Show>
            <Show when=move || has_candidates() && (!counted() || editing.get())>
                // Drawn anew when the ballot list changes (a field per name, a name corrected),
                // and only then.
                <For each=move || [candidates_key()] key=|k| k.clone() let:_k>
                    <CountForm id=id.get_value() on_saved=Callback::new(move |_| editing.set(false))/>
                </For>
            </Show>
            <Show when=counted>
                <ResultView id=id.get_value()/>
            </Show>
            <div class="actions election-actions">
                <Show when=has_candidates>
                    <button type="button" on:click=move |_| {
                        desk.printing.set(Some(id.get_value()));
                        // After the printed list is drawn.
                        super::clock::after(0, || {
                            if let Some(w) = web_sys::window() {
                                let _ = w.print();
                            }
                        });
                    }>{i18n::PRINT_BALLOTS}</button>
                </Show>
                <Show when=move || counted() && !editing.get()>
                    <button type="button" on:click=move |_| {
                        match desk.round_refusal(&id.get_value()) {
                            Some(r) => refusal.set(Some(i18n::election_refusal(r))),
                            None => {
                                refusal.set(None);
                                editing.set(true);
                            }
                        }
                    }>{i18n::COUNT_EDIT}</button>
                </Show>
                <Show when=move || !confirming.get()
                    fallback=move || view! {
                        <button type="button" class="danger" on:click=move |_| {
                            // A round that a further round came from goes only after it.
                            if let Some(r) = desk.round_refusal(&id.get_value()) {
                                confirming.set(false);
                                return refusal.set(Some(i18n::election_refusal(r)));
                            }
                            desk.change(|d| d.elections.retain(|e| e.id != id.get_value()));
                        }>{i18n::ELECTION_DELETE_CONFIRM}</button>
                        <button type="button" on:click=move |_| confirming.set(false)>{i18n::CANCEL}</button>
                    }>
                    <button type="button" class="danger" on:click=move |_| confirming.set(true)>{i18n::ELECTION_DELETE}</button>
                </Show>
            </div>
            <p class="field-error" role="alert">{move || refusal.get()}</p>
        </article>
    }
}

/// Where a card says why its list or count cannot change now.
#[derive(Clone, Copy)]
struct ListRefusal(RwSignal<Option<&'static str>>);

/// The ballot list, each name with a button taking it off (which drops a count entered).
#[component]
fn BallotList(id: String) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let id = StoredValue::new(id);
    let names_untracked = move || desk.day.with_untracked(|d| d.election(&id.get_value()).map(|e| ballot_names(d, e)).unwrap_or_default());
    let refusal = expect_context::<ListRefusal>().0;
    let remove = move |index: usize| {
        if let Some(r) = desk.round_refusal(&id.get_value()) {
            return refusal.set(Some(i18n::election_refusal(r)));
        }
        refusal.set(None);
        desk.change(|d| {
            if let Some(e) = d.elections.iter_mut().find(|e| e.id == id.get_value()) {
                if index < e.candidates.len() {
                    e.candidates.remove(index);
                    e.clear_counts();
                }
            }
        });
    };
    // The list is drawn anew only when its names change, not at every ballot entered.
    let key = move || desk.day.with(|d| d.election(&id.get_value()).map(|e| d.ballot_list_key(e)).unwrap_or_default());
    view! {
        <h4>{i18n::BALLOT_LIST_TITLE}</h4>
        <p class="hint">{i18n::BALLOT_LIST_NOTE}</p>
        <For each=move || [key()] key=|k| k.clone() let:_k>
            {move || {
                let names = names_untracked();
                if names.is_empty() {
                    return view! { <p class="empty">{i18n::BALLOT_LIST_EMPTY}</p> }.into_any();
                }
                view! {
                    <ol class="ballot-list">
                        {names.into_iter().map(|(i, name)| view! {
                            <li>
                                <span class="ballot-name" lang="vi">{name.clone()}</span>
                                <button type="button" aria-label=format!("{}: {name}", i18n::CANDIDATE_REMOVE) on:click=move |_| remove(i)>
                                    {i18n::CANDIDATE_REMOVE}
                                </button>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </For>
    }
}

/// Adds a person to the ballot list: someone already in the notebook (on another list), or
/// someone new.
#[component]
fn AddCandidate(id: String) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let id = StoredValue::new(id);
    let prefix = format!("cand-{}", id.get_value());
    let (family, middle, given, born) = (RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let gender = RwSignal::new(Gender::Female);
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let generation = RwSignal::new(0u32);
    let add_to_list = move |person_id: String, new_person: Option<crate::model::congress_day::Person>| {
        let refused = desk.day.with_untracked(|d| d.election(&id.get_value()).map(|e| d.can_add_candidate(e, &person_id)));
        if let Some(Err(r)) = refused {
            errors.set(vec![i18n::election_refusal(r)]);
            return false;
        }
        errors.set(Vec::new());
        desk.change(|d| {
            d.people.extend(new_person);
            if let Some(e) = d.elections.iter_mut().find(|e| e.id == id.get_value()) {
                if !e.candidates.contains(&person_id) {
                    e.candidates.push(person_id);
                    e.clear_counts();
                }
            }
        })
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match person(new_id(), &family.get_untracked(), &middle.get_untracked(), &given.get_untracked(), gender.get_untracked(), &born.get_untracked()) {
            Err(found) => errors.set(found.into_iter().map(i18n::person_error).collect()),
            Ok(p) => {
                errors.set(Vec::new());
                if add_to_list(p.id.clone(), Some(p)) {
                    for s in [family, middle, given, born] {
                        s.set(String::new());
                    }
                    generation.update(|g| *g += 1);
                }
            }
        }
    };
    // People of other lists (the committee elected, say, on the standing committee's list).
    let others = move || {
        desk.day.with(|d| {
            let Some(e) = d.election(&id.get_value()) else { return Vec::new() };
            d.people.iter().filter(|p| !e.candidates.contains(&p.id)).map(|p| (p.id.clone(), i18n::vi::ballot_name(p))).collect::<Vec<_>>()
        })
    };
    let picked = RwSignal::new(String::new());
    let genders: Vec<(&'static str, &'static str)> = Gender::ALL.iter().map(|g| (g.name(), i18n::gender_name(*g))).collect();
    let pick_id = format!("{prefix}-pick");
    let prefix = StoredValue::new(prefix);
    view! {
        <details class="add-candidate">
            <summary>{i18n::CANDIDATE_ADD_TITLE}</summary>
            <Show when=move || !others().is_empty()>
                <div class="field pick-person">
                    <label for=pick_id.clone()>{i18n::CANDIDATE_PICK}</label>
                    <div class="add-row">
                        <select id=pick_id.clone() on:change=move |ev| picked.set(event_target_value(&ev))>
                            <option value="">{i18n::CANDIDATE_PICK_NONE}</option>
                            {move || others().into_iter().map(|(pid, name)| view! { <option value=pid lang="vi">{name}</option> }).collect_view()}
                        </select>
                        <button type="button" on:click=move |_| {
                            let pid = picked.get_untracked();
                            if !pid.is_empty() && add_to_list(pid, None) {
                                picked.set(String::new());
                            }
                        }>{i18n::CANDIDATE_PICK_ADD}</button>
                    </div>
                </div>
            </Show>
            <form on:submit=add>
                // Drawn anew (empty) after each person added.
                <For each=move || [generation.get()] key=|g| *g let:_g>
                    <div class="form-grid">
                        <TextField id=format!("{}-family", prefix.get_value()) label=i18n::PERSON_FAMILY.to_string() on_input=Callback::new(move |v| family.set(v))/>
                        <TextField id=format!("{}-middle", prefix.get_value()) label=i18n::PERSON_MIDDLE.to_string() on_input=Callback::new(move |v| middle.set(v))/>
                        <TextField id=format!("{}-given", prefix.get_value()) label=i18n::PERSON_GIVEN.to_string() on_input=Callback::new(move |v| given.set(v))/>
                        <SelectField id=format!("{}-gender", prefix.get_value()) label=i18n::PERSON_GENDER.to_string() choices=genders.clone()
                            selected=gender.get_untracked().name()
                            on_change=Callback::new(move |v: String| gender.set(Gender::from_name(&v).unwrap_or(Gender::Female)))/>
                        <TextField id=format!("{}-born", prefix.get_value()) label=i18n::PERSON_BORN.to_string() placeholder=i18n::PERSON_BORN_HINT
                            on_input=Callback::new(move |v| born.set(v))/>
                    </div>
                </For>
                <ul class="field-error" role="alert">
                    {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                </ul>
                <button type="submit">{i18n::PERSON_ADD}</button>
            </form>
        </details>
    }
}

/// The counting board's totals: ballots issued, collected, valid, invalid, and votes per
/// candidate in ballot-list order. Saved only when every number reads and they reconcile.
#[component]
fn CountForm(id: String, on_saved: Callback<()>) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let start = desk.day.with_untracked(|d| d.election(&id).cloned());
    let Some(start) = start else { return ().into_any() };
    let names = desk.day.with_untracked(|d| ballot_names(d, &start));
    let old = start.count.clone();
    let text = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let totals: [(&'static str, &'static str, RwSignal<String>); 4] = [
        ("issued", i18n::COUNT_ISSUED, RwSignal::new(text(old.as_ref().map(|c| c.issued)))),
        ("collected", i18n::COUNT_COLLECTED, RwSignal::new(text(old.as_ref().map(|c| c.collected)))),
        ("valid", i18n::COUNT_VALID, RwSignal::new(text(old.as_ref().map(|c| c.valid)))),
        ("invalid", i18n::COUNT_INVALID, RwSignal::new(text(old.as_ref().map(|c| c.invalid)))),
    ];
    // Votes typed per candidate, by index in `candidates`.
    let votes: Vec<(usize, String, RwSignal<String>)> =
        names.iter().map(|(i, name)| (*i, name.clone(), RwSignal::new(text(old.as_ref().and_then(|c| c.votes.get(*i).copied()))))).collect();
    let votes = StoredValue::new(votes);
    let message = RwSignal::new(None::<String>);
    let id = StoredValue::new(id);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(e) = desk.day.with_untracked(|d| d.election(&id.get_value()).cloned()) else { return };
        if let Some(r) = desk.round_refusal(&id.get_value()) {
            return message.set(Some(i18n::election_refusal(r).to_string()));
        }
        let number = |label: &str, s: RwSignal<String>| match parse_number(&s.get_untracked()) {
            Ok(Some(n)) => Ok(n),
            _ => Err(i18n::count_number_error(label)),
        };
        let mut read = Vec::new();
        for (_, label, s) in totals {
            match number(label, s) {
                Ok(n) => read.push(n),
                Err(m) => return message.set(Some(m)),
            }
        }
        let mut by_candidate = vec![0; e.candidates.len()];
        for (i, name, s) in votes.get_value() {
            match number(&i18n::votes_label(&name), s) {
                Ok(n) if i < by_candidate.len() => by_candidate[i] = n,
                Ok(_) => {}
                Err(m) => return message.set(Some(m)),
            }
        }
        let count = Count { issued: read[0], collected: read[1], valid: read[2], invalid: read[3], votes: by_candidate };
        let checked = desk.day.with_untracked(|d| d.check_count(&e, &count));
        if let Err(problem) = checked {
            // The names in the order of the count's votes, for the message.
            let by_index: Vec<String> = desk.day.with_untracked(|d| e.candidates.iter().map(|c| d.person(c).map(i18n::vi::ballot_name).unwrap_or_default()).collect());
            return message.set(Some(i18n::count_error(problem, &by_index)));
        }
        message.set(None);
        if desk.change(|d| {
            if let Some(e) = d.elections.iter_mut().find(|e| e.id == id.get_value()) {
                e.count = Some(count);
            }
        }) {
            on_saved.run(());
        }
    };
    let form_id = format!("count-{}", id.get_value());
    view! {
        <form class="count-form" on:submit=save aria-labelledby=form_id.clone()>
            <h4 id=form_id.clone()>{i18n::COUNT_TITLE}</h4>
            <div class="form-grid">
                {totals.into_iter().map(|(key, label, s)| view! {
                    <TextField id=format!("{form_id}-{key}") label=label.to_string() value=s.get_untracked() numeric=true
                        on_input=Callback::new(move |v| s.set(v))/>
                }).collect_view()}
            </div>
            <div class="form-grid">
                {votes.get_value().into_iter().map(|(i, name, s)| view! {
                    <TextField id=format!("{form_id}-votes-{i}") label=i18n::votes_label(&name) value=s.get_untracked() numeric=true
                        on_input=Callback::new(move |v| s.set(v))/>
                }).collect_view()}
            </div>
            <p class="field-error form-message" role="alert">{move || message.get()}</p>
            <button type="submit" class="primary">{i18n::COUNT_SAVE}</button>
        </form>
    }
    .into_any()
}

/// What the result shows of its election.
struct Shown {
    body: crate::model::congress_day::Body,
    round: u32,
    seats: u32,
    base: crate::model::congress_day::Base,
}

/// The result of a counted election: every candidate with votes and percentage, who is
/// elected, a tie at the last seat, and the further round when seats are left.
#[component]
fn ResultView(id: String) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let id = StoredValue::new(id);
    move || {
        // What the view needs of the election, not the election (it carries its ballots).
        let (e, result, names) = desk.day.with(|d| {
            let e = d.election(&id.get_value())?;
            let result = d.result(e)?;
            let names: Vec<String> = e.candidates.iter().map(|c| d.person(c).map(i18n::vi::ballot_name).unwrap_or_default()).collect();
            Some((Shown { body: e.body, round: e.round, seats: e.seats, base: e.base }, result, names))
        })?;
        let r = match result {
            Ok(r) => r,
            // A count stored before the sitting's numbers changed may no longer fit them.
            Err(problem) => return Some(view! { <p class="warning" role="alert">{i18n::count_error(problem, &names)}</p> }.into_any()),
        };
        let tied: Vec<String> = r.outcome.tied.iter().map(|&i| names[i].clone()).collect();
        let summary = i18n::result_summary(r.outcome.elected.len(), e.seats, &tied);
        let has_next = desk.day.with(|d| d.elections.iter().any(|n| n.body == e.body && n.round == e.round + 1));
        let further = move |_| {
            let Some(next) = desk.day.with_untracked(|d| d.election(&id.get_value()).and_then(|e| d.further_round(e, new_id()))) else { return };
            desk.change(|d| {
                let at = d.elections.iter().position(|x| x.id == id.get_value()).map_or(d.elections.len(), |p| p + 1);
                d.elections.insert(at, next);
            });
        };
        let short = r.outcome.unfilled > 0;
        Some(view! {
            <div class="result">
                <h4>{i18n::RESULT_TITLE}</h4>
                <p>{i18n::result_base_line(e.base, r.base, r.needed)}</p>
                // Focusable: a table wider than a phone scrolls in its box, from the keyboard too.
                <div class="table-scroll" tabindex="0" role="region" aria-label=i18n::result_region(e.body, e.round)>
                    <table class="result-table">
                        <thead><tr>
                            <th scope="col">{i18n::RESULT_ORDER}</th>
                            <th scope="col">{i18n::RESULT_NAME}</th>
                            <th scope="col" class="num">{i18n::RESULT_VOTES}</th>
                            <th scope="col" class="num">{i18n::RESULT_PERCENT}</th>
                            <th scope="col">{i18n::RESULT_STANDING}</th>
                        </tr></thead>
                        <tbody>
                            {r.lines.iter().enumerate().map(|(n, l)| view! {
                                <tr class=standing_class(l.standing)>
                                    <td>{n + 1}</td>
                                    <th scope="row" lang="vi">{names[l.candidate].clone()}</th>
                                    <td class="num">{l.votes}</td>
                                    <td class="num">{percent_text(l.hundredths)}</td>
                                    <td>{i18n::standing_name(l.standing)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <p class=if short { "warning result-summary" } else { "done-message result-summary" } role="status">{summary}</p>
                <Show when=move || short && !has_next>
                    <p><button type="button" class="primary" on:click=further>{i18n::FURTHER_ROUND}</button></p>
                </Show>
            </div>
        }.into_any())
    }
}
