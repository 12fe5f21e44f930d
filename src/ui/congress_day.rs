//! The congress-day screen (its own chunk, `congress_day`): attendance and quorum at the
//! congress and at the new committee's first meeting, then the elections (`election_card`).
//! Reads and writes the open congress's day through `storage::congress_day`; every change is
//! saved at once, and a refused save changes nothing on screen and says why.

use leptos::prelude::*;

use super::election_card::ElectionCard;
use super::print_ballots::PrintBallots;
use super::field::{SelectField, TextField};
use super::state::AppState;
use crate::i18n;
use crate::ids::new_id;
use crate::model::congress_day::{Attendance, Base, Body, CongressDay, Election, ElectionRefusal, Sitting};
use crate::storage::congress_day::{save_day, stored_day, DaySaveError, SeenDay, StoredDay};

/// The open congress's day as read, and the saving of its changes.
#[derive(Clone, Copy)]
pub(super) struct DayDesk {
    congress_id: StoredValue<String>,
    pub day: RwSignal<CongressDay>,
    /// The stored text this tab read or last wrote: a save over anything else is refused.
    seen: StoredValue<Option<SeenDay>>,
    /// The stored record cannot be read: nothing is ever saved over it.
    pub unreadable: RwSignal<bool>,
    /// Why the last change was not saved.
    pub problem: RwSignal<Option<&'static str>>,
    /// The election whose ballot list and ballot are being printed.
    pub printing: RwSignal<Option<String>>,
    /// Goes up at each reading of the stored day: forms that start from the stored values are
    /// drawn anew then.
    pub generation: RwSignal<u32>,
    state: AppState,
}

impl DayDesk {
    pub(super) fn open(congress_id: String, state: AppState) -> Self {
        let desk = DayDesk {
            congress_id: StoredValue::new(congress_id),
            day: RwSignal::new(CongressDay::default()),
            seen: StoredValue::new(None),
            unreadable: RwSignal::new(false),
            problem: RwSignal::new(None),
            printing: RwSignal::new(None),
            generation: RwSignal::new(0),
            state,
        };
        desk.reload();
        desk
    }

    /// Reads the stored day again (after another tab saved it).
    pub fn reload(&self) {
        let (day, seen, unreadable) = match stored_day(&self.congress_id.get_value()) {
            StoredDay::None => (CongressDay::default(), None, false),
            StoredDay::Day(day, text) => (day, Some(text), false),
            StoredDay::Unreadable => (CongressDay::default(), None, true),
        };
        self.day.set(day);
        self.seen.set_value(seen);
        self.unreadable.set(unreadable);
        self.problem.set(None);
        self.generation.update(|g| *g += 1);
    }

    /// Why the list, ballots or count of the election `id` cannot change now (a further round
    /// came from it); `None` when they can, or when it is gone.
    pub fn round_refusal(&self, id: &str) -> Option<ElectionRefusal> {
        self.day.with_untracked(|d| d.election(id).and_then(|e| d.can_change(e).err()))
    }

    /// Applies `change` to a copy of the day and saves it; only a saved change is shown. False
    /// (and the reason told) when the save was refused.
    pub fn change(&self, change: impl FnOnce(&mut CongressDay)) -> bool {
        if self.unreadable.get_untracked() {
            self.problem.set(Some(i18n::DAY_UNREADABLE));
            return false;
        }
        if self.state.status.halted.get_untracked().is_some() {
            self.problem.set(Some(i18n::DAY_HALTED));
            return false;
        }
        let mut next = self.day.get_untracked();
        change(&mut next);
        let saved = self.seen.with_value(|seen| self.congress_id.with_value(|id| save_day(id, &next, seen.as_ref())));
        match saved {
            Ok(text) => {
                self.seen.set_value(Some(text));
                self.day.set(next);
                self.problem.set(None);
                true
            }
            Err(e) => {
                self.problem.set(Some(match e {
                    DaySaveError::Full => i18n::DAY_STORAGE_FULL,
                    DaySaveError::Unavailable => i18n::DAY_STORAGE_OFF,
                    DaySaveError::Unreadable => i18n::DAY_UNREADABLE,
                    DaySaveError::ChangedElsewhere => i18n::DAY_SAVED_ELSEWHERE,
                    DaySaveError::CongressGone => i18n::DAY_CONGRESS_GONE,
                }));
                false
            }
        }
    }
}

/// A count or attendance number as typed: empty is `None`, digits a number, anything else an
/// error.
pub(super) fn parse_number(text: &str) -> Result<Option<u32>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    text.parse().map(Some).map_err(|_| ())
}

/// The screen's own style rules (`screen_style`).
const STYLE: [&str; 14] = [
    ".election { border-top: 2px solid var(--line); padding-top: 0.5rem; margin-top: 1rem; }",
    ".ballot-list li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.2rem 0; }",
    ".result-table { border-collapse: collapse; width: 100%; min-width: 30rem; }",
    ".result-table th, .result-table td { border-top: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; }",
    ".result-table tbody th { font-weight: 400; }",
    ".result-table .num { text-align: right; }",
    ".result-table tr.elected th { font-weight: 700; }",
    ".result-table tr.tied { background: var(--overdue-bg); }",
    ".attendance legend { font-weight: 600; }",
    ".ballot-log { list-style: none; padding: 0; font-variant-numeric: tabular-nums; }",
    ".decision-list { list-style: none; padding: 0; }",
    ".decision-list li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.35rem 0; border-top: 1px solid var(--line); }",
    "@media screen { .print-ballots { display: none; } }",
    "@media print { body:has(.print-ballots) main > *:not(.print-ballots) { display: none !important; } .print-ballots { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt; color: #000; } .print-ballots h2 { text-align: center; font-size: 15pt; margin: 4pt 0; } .print-unit, .print-seats { text-align: center; margin: 0; } .ballot-list-page { break-after: page; } .ballot-paper { border: 1px solid #000; padding: 8mm; margin-bottom: 8mm; break-inside: avoid; } .print-how { font-style: italic; font-size: 11pt; } }",
];
static STYLE_ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[component]
pub fn CongressDayScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    super::screen_style::add_once(&STYLE_ADDED, &STYLE);
    // A congress switched to while the screen is open gets its own day, read anew.
    move || state.active.get().map(|id| view! { <DayOf congress_id=id/> })
}

#[component]
fn DayOf(congress_id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let desk = DayDesk::open(congress_id, state);
    provide_context(desk);
    view! {
        <section class="card congress-day" aria-labelledby="day-title">
            <h2 id="day-title">{i18n::DAY_TITLE}</h2>
            <p class="intro">{i18n::DAY_INTRO}</p>
            <DayBanners/>
            // Drawn anew with the stored numbers after a reload.
            <For each=move || [desk.generation.get()] key=|g| *g let:_g>
                <div class="form-grid">
                    <AttendanceForm sitting=Sitting::Congress/>
                    <AttendanceForm sitting=Sitting::FirstMeeting/>
                </div>
            </For>
        </section>
        <super::decisions::Decisions/>
        <section class="card elections" aria-labelledby="elections-title">
            <h2 id="elections-title">{i18n::ELECTIONS_TITLE}</h2>
            <Show when=move || desk.day.with(|d| d.elections.is_empty())>
                <p class="empty">{i18n::ELECTIONS_NONE}</p>
            </Show>
            <For each=move || desk.day.with(|d| d.elections.iter().map(|e| e.id.clone()).collect::<Vec<_>>())
                key=|id| id.clone() let:id>
                <ElectionCard id/>
            </For>
            <AddElection/>
        </section>
        <super::day_documents::DayDocuments/>
        {move || desk.printing.get().map(|id| view! { <PrintBallots id/> })}
    }
}

/// Why the day's record cannot be written, or why the last change was not saved.
#[component]
pub(super) fn DayBanners() -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    view! {
            <Show when=move || desk.unreadable.get()>
                <p class="banner error" role="alert">{i18n::DAY_UNREADABLE}</p>
            </Show>
            {move || desk.problem.get().filter(|p| *p != i18n::DAY_UNREADABLE).map(|p| view! {
                <div class="banner error" role="alert">
                    <p>{p}</p>
                    <button type="button" on:click=move |_| desk.reload()>{i18n::DAY_RELOAD}</button>
                </div>
            })}
    }
}

/// Summoned and present at one sitting, and whether the quorum is met.
#[component]
fn AttendanceForm(sitting: Sitting) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let meeting = sitting == Sitting::FirstMeeting;
    let prefix = if meeting { "meeting" } else { "congress" };
    let get = move || desk.day.with(|d| d.attendance(sitting));
    let errors = [RwSignal::new(None::<&'static str>), RwSignal::new(None::<&'static str>)];
    // One number typed: saved when it reads, else told and kept out of storage.
    let set = move |text: String, summoned: bool| match parse_number(&text) {
        Err(()) => errors[usize::from(summoned)].set(Some(i18n::DAY_NUMBER_ERROR)),
        Ok(n) => {
            errors[usize::from(summoned)].set(None);
            desk.change(|d| {
                let a: &mut Attendance = if meeting { &mut d.first_meeting } else { &mut d.congress };
                if summoned {
                    a.summoned = n;
                } else {
                    a.present = n;
                }
            });
        }
    };
    let start = get_untracked_numbers(desk, sitting);
    view! {
        <fieldset class="field attendance">
            <legend>{if meeting { i18n::DAY_FIRST_MEETING } else { i18n::DAY_CONGRESS }}</legend>
            <TextField id=format!("{prefix}-summoned") label=i18n::DAY_SUMMONED.to_string() value=start.0 numeric=true
                on_input=Callback::new(move |v| set(v, true)) error=Signal::derive(move || errors[1].get())/>
            <TextField id=format!("{prefix}-present") label=i18n::DAY_PRESENT.to_string() value=start.1 numeric=true
                on_input=Callback::new(move |v| set(v, false)) error=Signal::derive(move || errors[0].get())/>
            <p class="quorum" role="status">{move || get().quorum().map(|q| match q {
                Ok(q) => i18n::quorum_line(q, get().present.unwrap_or(0), get().summoned.unwrap_or(0), meeting),
                Err(e) => i18n::quorum_error(e).to_string(),
            })}</p>
        </fieldset>
    }
}

fn get_untracked_numbers(desk: DayDesk, sitting: Sitting) -> (String, String) {
    let a = desk.day.with_untracked(|d| d.attendance(sitting));
    let text = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    (text(a.summoned), text(a.present))
}

/// Opens an election: what it fills, how many seats, and the base of its threshold.
#[component]
fn AddElection() -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let body = RwSignal::new(Body::Executive);
    let base = RwSignal::new(Base::Collected);
    let seats = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    // Why this body cannot be opened (not a fault of the seats typed).
    let refused = RwSignal::new(None::<&'static str>);
    let generation = RwSignal::new(0u32);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(Some(n)) = parse_number(&seats.get_untracked()).map(|n| n.filter(|n| *n > 0)) else {
            error.set(Some(i18n::ELECTION_SEATS_ERROR));
            return;
        };
        error.set(None);
        if let Err(r) = desk.day.with_untracked(|d| d.can_open(body.get_untracked())) {
            return refused.set(Some(i18n::election_refusal(r)));
        }
        refused.set(None);
        // The ballot list starts from the personnel plan's nominees for that body.
        let candidates = desk.day.with_untracked(|d| d.nominated_for(body.get_untracked()));
        let election = Election { id: new_id(), body: body.get_untracked(), round: 1, seats: n, base: base.get_untracked(), candidates, count: None, ballots: Vec::new(), ballots_again: Vec::new() };
        if desk.change(|d| d.elections.push(election)) {
            seats.set(String::new());
            generation.update(|g| *g += 1);
        }
    };
    let bodies: Vec<(&'static str, &'static str)> = Body::ALL.iter().map(|b| (b.name(), i18n::body_name(*b))).collect();
    let bases: Vec<(&'static str, &'static str)> = Base::ALL.iter().map(|b| (b.name(), i18n::base_name(*b))).collect();
    view! {
        <form class="add-election" on:submit=add>
            <h3>{i18n::ELECTION_ADD_TITLE}</h3>
            <p class="hint">{i18n::ELECTION_FROM_PLAN}</p>
            // Drawn anew (empty) after each election added.
            <For each=move || [generation.get()] key=|g| *g let:_g>
                <div class="form-grid">
                    <SelectField id="election-body".to_string() label=i18n::ELECTION_BODY.to_string() choices=bodies.clone()
                        selected=body.get_untracked().name()
                        on_change=Callback::new(move |v: String| { body.set(Body::from_name(&v).unwrap_or(Body::Executive)); refused.set(None); })/>
                    <TextField id="election-seats".to_string() label=i18n::ELECTION_SEATS.to_string() numeric=true
                        on_input=Callback::new(move |v| seats.set(v)) error=Signal::derive(move || error.get())/>
                    <SelectField id="election-base".to_string() label=i18n::ELECTION_BASE.to_string() choices=bases.clone()
                        selected=base.get_untracked().name()
                        on_change=Callback::new(move |v: String| base.set(Base::from_name(&v).unwrap_or_default()))/>
                </div>
            </For>
            <p class="field-error" role="alert">{move || refused.get()}</p>
            <button type="submit" class="primary">{i18n::ELECTION_ADD}</button>
        </form>
    }
}
