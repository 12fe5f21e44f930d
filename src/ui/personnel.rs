//! The personnel plan screen (its own chunk, `personnel`): seats and the surplus cap, the
//! structure indicators, the nominees with their details, nomination and appraisal; each
//! body's surplus and structure against its targets; and filling the đề án nhân sự draft.
//! Reads and writes the congress day's record through `DayDesk`, as the election screen does.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::congress_day::{parse_number, DayBanners, DayDesk};
use super::field::{CheckField, SelectField, TextField};
use super::state::{AppState, Screen};
use crate::i18n;
use crate::ids::new_id;
use crate::model::congress_day::{person, Body, Gender};
use crate::model::personnel::{Appraisal, Criterion, Indicator, Measured, NominatedBy, Nominee, PLANNED_BODIES};
use crate::model::DocumentKind;

/// The screen's own style rules (`screen_style`).
const STYLE: [&str; 10] = [
    ".structure-table { border-collapse: collapse; width: 100%; min-width: 28rem; }",
    ".structure-table th, .structure-table td { border-top: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }",
    ".structure-table tr.short td:last-child { color: var(--overdue); font-weight: 600; }",
    ".indicator-list li, .nominee-list > li { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.35rem 0; border-top: 1px solid var(--line); }",
    ".nominee-list, .indicator-list { list-style: none; padding: 0; }",
    ".nominee-list .who { flex: 1 1 16rem; margin: 0; }",
    ".nominee-list .who small { display: block; color: var(--muted); }",
    ".nominee-list details { flex: 1 1 100%; }",
    ".body-plan { border-top: 2px solid var(--line); padding-top: 0.5rem; margin-top: 1rem; }",
    ".nominee-list li.withdrawn .who strong { text-decoration: line-through; }",
];
static STYLE_ADDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[component]
pub fn PersonnelScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    super::screen_style::add_once(&STYLE_ADDED, &STYLE);
    // A congress switched to while the screen is open gets its own plan, read anew.
    move || state.active.get().map(|id| view! { <PlanOf congress_id=id/> })
}

#[component]
fn PlanOf(congress_id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let desk = DayDesk::open(congress_id, state);
    provide_context(desk);
    // Ages are counted on congress day.
    let on = Signal::derive(move || state.with_active(|c| c.date).unwrap_or_else(|| state.today.get()));
    view! {
        <section class="card personnel" aria-labelledby="plan-title">
            <h2 id="plan-title">{i18n::PLAN_TITLE}</h2>
            <p class="intro">{i18n::PLAN_INTRO}</p>
            <DayBanners/>
            // Drawn anew with the stored values after a reload (as are the nominees below).
            <For each=move || [desk.generation.get()] key=|g| *g let:_g>
                <SeatsForm/>
            </For>
        </section>
        <section class="card" aria-labelledby="structure-title">
            <h2 id="structure-title">{i18n::PLAN_STRUCTURE_TITLE}</h2>
            <Indicators/>
        </section>
        <section class="card" aria-labelledby="nominees-title">
            <h2 id="nominees-title">{i18n::NOMINEES_TITLE}</h2>
            <Show when=move || desk.day.with(|d| d.plan.nominees.is_empty())>
                <p class="empty">{i18n::NOMINEES_NONE}</p>
            </Show>
            {PLANNED_BODIES.map(|body| view! { <BodyPlanView body on/> }).collect_view()}
            <AddNominee/>
            <FillDraft on/>
        </section>
    }
}

/// A percentage as typed: empty is `None`, else 0 to 100.
fn parse_percent(text: &str) -> Result<Option<u32>, &'static str> {
    match parse_number(text) {
        Ok(Some(n)) if n > 100 => Err(i18n::PLAN_PERCENT_ERROR),
        Ok(n) => Ok(n),
        Err(()) => Err(i18n::PLAN_PERCENT_ERROR),
    }
}

/// The seats of each body, and the surplus cap and floor.
#[component]
fn SeatsForm() -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let seat_errors = [RwSignal::new(None::<&'static str>), RwSignal::new(None), RwSignal::new(None)];
    let (cap_error, floor_error) = (RwSignal::new(None::<&'static str>), RwSignal::new(None::<&'static str>));
    let start = desk.day.with_untracked(|d| d.plan.clone());
    let text = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
    let seats = PLANNED_BODIES
        .iter()
        .zip(seat_errors)
        .map(|(&body, error)| {
            let set = move |v: String| match parse_number(&v) {
                Err(()) => error.set(Some(i18n::DAY_NUMBER_ERROR)),
                Ok(n) => {
                    error.set(None);
                    desk.change(|d| {
                        if let Some(s) = d.plan.seats_mut(body) {
                            *s = n.filter(|n| *n > 0);
                        }
                    });
                }
            };
            view! {
                <TextField id=format!("plan-seats-{}", body.name()) label=i18n::plan_seats_label(body) value=text(start.seats(body)) numeric=true
                    on_input=Callback::new(set) error=Signal::derive(move || error.get())/>
            }
        })
        .collect_view();
    let set_cap = move |v: String| match parse_percent(&v) {
        Err(e) => cap_error.set(Some(e)),
        Ok(None) => cap_error.set(Some(i18n::PLAN_CAP_EMPTY)),
        Ok(Some(cap)) if desk.day.with_untracked(|d| d.plan.surplus_floor.is_some_and(|f| f > cap)) => cap_error.set(Some(i18n::PLAN_FLOOR_ERROR)),
        Ok(Some(cap)) => {
            cap_error.set(None);
            desk.change(|d| d.plan.surplus_cap = cap);
        }
    };
    let set_floor = move |v: String| match parse_percent(&v) {
        Err(e) => floor_error.set(Some(e)),
        Ok(floor) if floor.is_some_and(|f| f > desk.day.with_untracked(|d| d.plan.surplus_cap)) => floor_error.set(Some(i18n::PLAN_FLOOR_ERROR)),
        Ok(floor) => {
            floor_error.set(None);
            desk.change(|d| d.plan.surplus_floor = floor);
        }
    };
    view! {
        <h3>{i18n::PLAN_SEATS_TITLE}</h3>
        <div class="form-grid">
            {seats}
            <TextField id="plan-cap".to_string() label=i18n::PLAN_CAP.to_string() value=start.surplus_cap.to_string() numeric=true
                on_input=Callback::new(set_cap) error=Signal::derive(move || cap_error.get())/>
            <TextField id="plan-floor".to_string() label=i18n::PLAN_FLOOR.to_string() value=text(start.surplus_floor) numeric=true
                on_input=Callback::new(set_floor) error=Signal::derive(move || floor_error.get())/>
        </div>
    }
}

/// The structure indicators, and adding one.
#[component]
fn Indicators() -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let kind = RwSignal::new("women".to_string());
    let (age, department, target) = (RwSignal::new("40".to_string()), RwSignal::new(String::new()), RwSignal::new(String::new()));
    let applies = RwSignal::new(None::<Body>);
    let body_choices: Vec<(&'static str, &'static str)> =
        std::iter::once(("all", i18n::INDICATOR_BODY_ALL)).chain(PLANNED_BODIES.iter().map(|b| (b.name(), i18n::body_name(*b)))).collect();
    let error = RwSignal::new(None::<&'static str>);
    let generation = RwSignal::new(0u32);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let criterion = match kind.get_untracked().as_str() {
            "under" => match parse_number(&age.get_untracked()) {
                Ok(Some(a)) if (1..=120).contains(&a) => Criterion::Under { age: a },
                _ => return error.set(Some(i18n::INDICATOR_AGE_ERROR)),
            },
            "department" => {
                let name = department.get_untracked().split_whitespace().collect::<Vec<_>>().join(" ");
                if name.is_empty() {
                    return error.set(Some(i18n::INDICATOR_DEPARTMENT_ERROR));
                }
                Criterion::Department { name }
            }
            "party_members" => Criterion::PartyMembers,
            "ethnic_minority" => Criterion::EthnicMinority,
            "re_elected" => Criterion::ReElected,
            "new" => Criterion::New,
            _ => Criterion::Women,
        };
        let Ok(Some(percent)) = parse_percent(&target.get_untracked()) else {
            return error.set(Some(i18n::PLAN_PERCENT_ERROR));
        };
        error.set(None);
        if desk.change(|d| d.plan.indicators.push(Indicator { id: new_id(), criterion, target: percent, body: applies.get_untracked() })) {
            // The form is drawn anew, empty: so are the values it stands for.
            kind.set("women".to_string());
            age.set("40".to_string());
            department.set(String::new());
            target.set(String::new());
            applies.set(None);
            generation.update(|g| *g += 1);
        }
    };
    view! {
        <Show when=move || desk.day.with(|d| d.plan.indicators.is_empty())>
            <p class="empty">{i18n::PLAN_STRUCTURE_NONE}</p>
        </Show>
        <ul class="indicator-list">
            <For each=move || desk.day.with(|d| d.plan.indicators.clone()) key=|i| i.id.clone() let:ind>
                <li>
                    <span>{i18n::indicator_text(&ind)}</span>
                    <button type="button" aria-label=i18n::indicator_remove(&ind) on:click={
                        let id = ind.id.clone();
                        move |_| {
                            desk.change(|d| d.plan.indicators.retain(|i| i.id != id));
                        }
                    }>{i18n::REMOVE}</button>
                </li>
            </For>
        </ul>
        <form class="add-indicator" on:submit=add>
            <h3>{i18n::INDICATOR_ADD}</h3>
            <For each=move || [generation.get()] key=|g| *g let:_g>
                <div class="form-grid">
                    <SelectField id="indicator-kind".to_string() label=i18n::INDICATOR_KIND.to_string() choices=i18n::CRITERION_KINDS.to_vec()
                        on_change=Callback::new(move |v: String| kind.set(v))/>
                    <Show when=move || kind.get() == "under">
                        <TextField id="indicator-age".to_string() label=i18n::INDICATOR_AGE.to_string() value=age.get_untracked() numeric=true
                            on_input=Callback::new(move |v| age.set(v))/>
                    </Show>
                    <Show when=move || kind.get() == "department">
                        <TextField id="indicator-department".to_string() label=i18n::INDICATOR_DEPARTMENT.to_string()
                            on_input=Callback::new(move |v| department.set(v))/>
                    </Show>
                    <SelectField id="indicator-body".to_string() label=i18n::INDICATOR_BODY.to_string()
                        choices=body_choices.clone()
                        on_change=Callback::new(move |v: String| applies.set(Body::from_name(&v)))/>
                    <TextField id="indicator-target".to_string() label=i18n::INDICATOR_TARGET.to_string() numeric=true
                        on_input=Callback::new(move |v| target.set(v)) error=Signal::derive(move || error.get())/>
                </div>
            </For>
            <button type="submit">{i18n::INDICATOR_ADD}</button>
        </form>
    }
}

/// One body's nominees, surplus, structure against the targets and appraisal.
#[component]
fn BodyPlanView(body: Body, on: Signal<NaiveDate>) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let shown = move || desk.day.with(|d| d.plan.seats(body).is_some() || d.plan.nominees.iter().any(|n| n.body == body));
    // Worked out once per change of the day, for the lines and the table that show it.
    let plan = Memo::new(move |_| desk.day.with(|d| d.body_plan(body, on.get())));
    let withdrawn = move || desk.day.with(|d| d.plan.nominees.iter().filter(|n| n.body == body && n.withdrawn).count() as u32);
    let summary = move || {
        let p = plan.get();
        let (cap, floor) = desk.day.with(|d| (d.plan.surplus_cap, d.plan.surplus_floor));
        let surplus = p.seats.zip(p.surplus).map(|(seats, s)| i18n::surplus_line(s, seats, cap, floor));
        // Green only when nothing waits: every nominee agreed by both.
        let appraisal = (p.standing > 0).then(|| {
            let (line, warn) = i18n::appraisal_line(p.standing, p.waiting, p.not_agreed);
            (line, if warn { "warning" } else if p.waiting == 0 { "done-message" } else { "" })
        });
        let surplus = surplus.map(|(line, warn)| (line, if warn { "warning" } else { "done-message" }));
        [surplus, appraisal].into_iter().flatten().map(|(line, class)| view! { <p class=class role="status">{line}</p> }).collect_view()
    };
    let structure = move || {
        let p = plan.get();
        (!p.structure.is_empty() && p.standing > 0).then(|| structure_table(i18n::body_name(body).to_string(), i18n::STRUCTURE_COL_HAS, p.structure, i18n::structure_verdict))
    };
    // Once counted: the same indicators measured on those elected.
    let elected = move || {
        let (measured, filled) = desk.day.with(|d| (d.elected_structure(body, on.get()), d.filled(body)));
        (!measured.is_empty()).then(|| {
            view! {
                <h4>{i18n::elected_structure_title(filled.map_or((0, 0), |f| (f.elected, f.seats)))}</h4>
                {structure_table(i18n::elected_structure_caption(body), i18n::STRUCTURE_COL_ELECTED, measured, i18n::elected_verdict)}
            }
        })
    };
    view! {
        <Show when=shown>
            <div class="body-plan" data-body=body.name()>
                <h3>{i18n::body_name(body)}</h3>
                <p>{move || i18n::plan_standing_line(plan.with(|p| p.standing), withdrawn())}</p>
                {summary}
                {structure}
                {elected}
                <ul class="nominee-list">
                    <For each=move || desk.day.with(|d| d.plan.nominees.iter().filter(|n| n.body == body).map(|n| (n.person.clone(), desk.generation.get())).collect::<Vec<_>>())
                        key=|k| k.clone() let:((person_id, _g))>
                        <NomineeItem person_id body/>
                    </For>
                </ul>
            </div>
        </Show>
    }
}

/// Indicators against a group (the nominees, or those elected): what each needs, what the group
/// has, and `verdict`'s word on it (a warned row is marked in words, not only in colour).
fn structure_table(caption: String, has_heading: &'static str, rows: Vec<(Indicator, Measured)>, verdict: fn(Measured) -> (String, bool)) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(ind, m)| {
            let (verdict, short) = verdict(m);
            view! {
                <tr class:short=short>
                    <td>{i18n::indicator_text(&ind)}</td>
                    <td class="num">{m.needed.map(|n| n.to_string())}</td>
                    <td class="num">{i18n::structure_has(m)}</td>
                    <td>{verdict}</td>
                </tr>
            }
        })
        .collect_view();
    let label = caption.clone();
    view! {
        // Focusable: a table wider than a phone scrolls in its box, from the keyboard too.
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            <table class="structure-table">
                <caption class="visually-hidden">{caption}</caption>
                <thead><tr>
                    <th scope="col">{i18n::STRUCTURE_COL_INDICATOR}</th>
                    <th scope="col">{i18n::STRUCTURE_COL_NEEDED}</th>
                    <th scope="col">{has_heading}</th>
                    <th scope="col">{i18n::STRUCTURE_COL_VERDICT}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// One nominee: who, the nomination and appraisal, the person's details.
#[component]
fn NomineeItem(person_id: String, body: Body) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let pid = StoredValue::new(person_id);
    let found = move || desk.day.with(|d| Some((d.person(&pid.get_value())?.clone(), d.plan.nominees.iter().find(|n| n.person == pid.get_value() && n.body == body)?.clone())));
    let Some((start_person, start)) = found() else { return ().into_any() };
    let edit = move |change: Box<dyn FnOnce(&mut Nominee)>| {
        desk.change(|d| {
            if let Some(n) = d.plan.nominee_mut(&pid.get_value(), body) {
                change(n);
            }
        });
    };
    let edit_person = move |change: Box<dyn FnOnce(&mut crate::model::congress_day::Person)>| {
        desk.change(|d| {
            if let Some(p) = d.people.iter_mut().find(|p| p.id == pid.get_value()) {
                change(p);
            }
        });
    };
    let prefix = format!("nominee-{}-{}", body.name(), pid.get_value());
    let by: Vec<(&'static str, &'static str)> = NominatedBy::ALL.iter().map(|b| (b.name(), i18n::nominated_by_name(*b))).collect();
    let appraisals: Vec<(&'static str, &'static str)> = Appraisal::ALL.iter().map(|a| (a.name(), i18n::appraisal_name(*a))).collect();
    let confirming = RwSignal::new(false);
    // "Saved" outlives the form it was said in (the form is drawn anew after a correction).
    let corrected = RwSignal::new(false);
    let prefix_for_form = StoredValue::new(prefix.clone());
    view! {
        <li class:withdrawn=move || found().is_some_and(|(_, n)| n.withdrawn)>
            <p class="who">
                <strong lang="vi">{move || found().map(|(p, _)| i18n::vi::ballot_name(&p))}</strong>
                {move || found().filter(|(_, n)| n.withdrawn).map(|_| format!(" ({})", i18n::NOMINEE_WITHDRAWN_TAG))}
                <small>{move || found().map(|(p, n)| i18n::nominee_summary(&p, &n))}</small>
            </p>
            <Show when=move || !confirming.get()
                fallback=move || view! {
                    <button type="button" class="danger" on:click=move |_| {
                        desk.change(|d| d.remove_nominee(&pid.get_value(), body));
                    }>{i18n::NOMINEE_REMOVE_CONFIRM}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{i18n::CANCEL}</button>
                }>
                <button type="button" aria-label=move || found().map(|(p, _)| i18n::nominee_remove_label(&i18n::vi::ballot_name(&p), body)) on:click=move |_| confirming.set(true)>{i18n::NOMINEE_REMOVE}</button>
            </Show>
            <details>
                <summary>{i18n::NOMINEE_DETAILS}<span class="visually-hidden">{move || found().map(|(p, _)| format!(": {}", i18n::vi::ballot_name(&p)))}</span></summary>
                // Drawn anew from the stored person whenever their name, birth or gender changes
                // (here, in the same person's form under another body, or in another tab): a
                // form never saves back values it read before a correction.
                <For each=move || [found().map(|(p, _)| crate::model::congress_day::identity_key(&p)).unwrap_or_default()] key=|k| k.clone() let:_k>
                    <CorrectPerson prefix=prefix_for_form.get_value() person_id=pid.get_value() saved=corrected/>
                </For>
                <div class="form-grid">
                    <SelectField id=format!("{prefix}-by") label=i18n::NOMINEE_BY.to_string() choices=by selected=start.nominated_by.name()
                        on_change=Callback::new(move |v: String| edit(Box::new(move |n| n.nominated_by = NominatedBy::from_name(&v).unwrap_or_default())))/>
                    <SelectField id=format!("{prefix}-party") label=i18n::NOMINEE_PARTY_APPRAISAL.to_string() choices=appraisals.clone() selected=start.party_committee.name()
                        on_change=Callback::new(move |v: String| edit(Box::new(move |n| n.party_committee = Appraisal::from_name(&v).unwrap_or_default())))/>
                    <SelectField id=format!("{prefix}-upper") label=i18n::NOMINEE_UPPER_APPRAISAL.to_string() choices=appraisals selected=start.upper_union.name()
                        on_change=Callback::new(move |v: String| edit(Box::new(move |n| n.upper_union = Appraisal::from_name(&v).unwrap_or_default())))/>
                    <CheckField id=format!("{prefix}-re-elected") label=i18n::NOMINEE_RE_ELECTED checked=start.re_elected
                        on_change=Callback::new(move |on| edit(Box::new(move |n| n.re_elected = on)))/>
                    <CheckField id=format!("{prefix}-withdrawn") label=i18n::NOMINEE_WITHDRAWN checked=start.withdrawn
                        on_change=Callback::new(move |on| edit(Box::new(move |n| n.withdrawn = on)))/>
                    <CheckField id=format!("{prefix}-member") label=i18n::PERSON_PARTY checked=start_person.party_member
                        on_change=Callback::new(move |on| edit_person(Box::new(move |p| p.party_member = on)))/>
                    <TextField id=format!("{prefix}-ethnicity") label=i18n::PERSON_ETHNICITY.to_string() value=start_person.ethnicity.clone() placeholder=i18n::PERSON_ETHNICITY_HINT
                        on_input=Callback::new(move |v: String| edit_person(Box::new(move |p| p.ethnicity = v.trim().to_string())))/>
                    <TextField id=format!("{prefix}-position") label=i18n::PERSON_POSITION.to_string() value=start_person.position.clone()
                        on_input=Callback::new(move |v: String| edit_person(Box::new(move |p| p.position = v.trim().to_string())))/>
                    <TextField id=format!("{prefix}-department") label=i18n::PERSON_DEPARTMENT.to_string() value=start_person.department.clone()
                        on_input=Callback::new(move |v: String| edit_person(Box::new(move |p| p.department = v.trim().to_string())))/>
                </div>
            </details>
        </li>
    }
    .into_any()
}

/// A person's name, gender and birth, corrected with a button (the ballot lists, minutes and
/// letter use them); refused, with the reason, when a ballot list in use would change order.
#[component]
fn CorrectPerson(prefix: String, person_id: String, saved: RwSignal<bool>) -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let Some(person) = desk.day.with_untracked(|d| d.person(&person_id).cloned()) else { return ().into_any() };
    let pid = StoredValue::new(person.id.clone());
    let texts = [&person.family, &person.middle, &person.given, &person.born].map(|t| RwSignal::new(t.clone()));
    let [family, middle, given, born] = texts;
    let gender = RwSignal::new(person.gender);
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let correct = move |d: &mut crate::model::congress_day::CongressDay| {
            d.correct_person(&pid.get_value(), &family.get_untracked(), &middle.get_untracked(), &given.get_untracked(), gender.get_untracked(), &born.get_untracked())
        };
        // Tried on a copy first: a refused correction changes nothing and says why.
        if let Err(found) = correct(&mut desk.day.get_untracked()) {
            return errors.set(found.into_iter().map(i18n::person_error).collect());
        }
        errors.set(Vec::new());
        saved.set(desk.change(|d| {
            let _ = correct(d);
        }));
    };
    let genders: Vec<(&'static str, &'static str)> = Gender::ALL.iter().map(|g| (g.name(), i18n::gender_name(*g))).collect();
    view! {
        <form class="correct-person" on:submit=save>
            <div class="form-grid">
                <TextField id=format!("{prefix}-family") label=i18n::PERSON_FAMILY.to_string() value=person.family.clone() on_input=Callback::new(move |v| { family.set(v); saved.set(false); })/>
                <TextField id=format!("{prefix}-middle") label=i18n::PERSON_MIDDLE.to_string() value=person.middle.clone() on_input=Callback::new(move |v| { middle.set(v); saved.set(false); })/>
                <TextField id=format!("{prefix}-given") label=i18n::PERSON_GIVEN.to_string() value=person.given.clone() on_input=Callback::new(move |v| { given.set(v); saved.set(false); })/>
                <SelectField id=format!("{prefix}-gender") label=i18n::PERSON_GENDER.to_string() choices=genders selected=person.gender.name()
                    on_change=Callback::new(move |v: String| { gender.set(Gender::from_name(&v).unwrap_or(Gender::Female)); saved.set(false); })/>
                <TextField id=format!("{prefix}-born") label=i18n::PERSON_BORN.to_string() value=person.born.clone() placeholder=i18n::PERSON_BORN_HINT
                    on_input=Callback::new(move |v| { born.set(v); saved.set(false); })/>
            </div>
            <ul class="field-error" role="alert">
                {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
            <p class="add-row">
                <button type="submit">{i18n::PERSON_CORRECT}</button>
                <span role="status">{move || saved.get().then_some(i18n::PERSON_CORRECTED)}</span>
            </p>
        </form>
    }
    .into_any()
}

/// Adds a nominee to a body: a new person, or one already in the day (proposed to another body
/// or on a ballot list).
#[component]
fn AddNominee() -> impl IntoView {
    let desk = expect_context::<DayDesk>();
    let body = RwSignal::new(Body::Executive);
    let texts = [(); 7].map(|_| RwSignal::new(String::new()));
    let [family, middle, given, born, ethnicity, position, department] = texts;
    let gender = RwSignal::new(Gender::Female);
    let (party, re_elected) = (RwSignal::new(false), RwSignal::new(false));
    let by = RwSignal::new(NominatedBy::OutgoingCommittee);
    let picked = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<String>::new());
    let generation = RwSignal::new(0u32);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let b = body.get_untracked();
        let nominee = |person: String| Nominee { nominated_by: by.get_untracked(), re_elected: re_elected.get_untracked(), ..Nominee::new(person, b) };
        let picked_id = picked.get_untracked();
        let (new_person, person_id) = if picked_id.is_empty() {
            match person(new_id(), &family.get_untracked(), &middle.get_untracked(), &given.get_untracked(), gender.get_untracked(), &born.get_untracked()) {
                Err(found) => return errors.set(found.into_iter().map(|e| i18n::person_error(e).to_string()).collect()),
                Ok(mut p) => {
                    p.party_member = party.get_untracked();
                    p.ethnicity = ethnicity.get_untracked().trim().to_string();
                    p.position = position.get_untracked().trim().to_string();
                    p.department = department.get_untracked().trim().to_string();
                    let id = p.id.clone();
                    (Some(p), id)
                }
            }
        } else {
            // The person picked may have been taken off since (their only nomination removed).
            if desk.day.with_untracked(|d| d.person(&picked_id).is_none()) {
                picked.set(String::new());
                return errors.set(vec![i18n::NOMINEE_PICK_GONE.to_string()]);
            }
            if desk.day.with_untracked(|d| d.plan.nominees.iter().any(|n| n.person == picked_id && n.body == b)) {
                return errors.set(vec![i18n::nominee_already(b)]);
            }
            (None, picked_id)
        };
        errors.set(Vec::new());
        if desk.change(|d| {
            d.people.extend(new_person);
            d.plan.nominees.push(nominee(person_id));
        }) {
            for s in texts {
                s.set(String::new());
            }
            picked.set(String::new());
            party.set(false);
            re_elected.set(false);
            generation.update(|g| *g += 1);
        }
    };
    let bodies: Vec<(&'static str, &'static str)> = PLANNED_BODIES.iter().map(|b| (b.name(), i18n::body_name(*b))).collect();
    let genders = StoredValue::new(Gender::ALL.iter().map(|g| (g.name(), i18n::gender_name(*g))).collect::<Vec<(&'static str, &'static str)>>());
    let by_choices: Vec<(&'static str, &'static str)> = NominatedBy::ALL.iter().map(|b| (b.name(), i18n::nominated_by_name(*b))).collect();
    let people = move || desk.day.with(|d| d.people.iter().map(|p| (p.id.clone(), i18n::vi::ballot_name(p))).collect::<Vec<_>>());
    view! {
        <form class="add-nominee" on:submit=add>
            <h3>{i18n::NOMINEE_ADD_TITLE}</h3>
            // Drawn anew (empty) after each nominee added.
            <For each=move || [generation.get()] key=|g| *g let:_g>
                <div class="form-grid">
                    <SelectField id="nominee-body".to_string() label=i18n::NOMINEE_BODY.to_string() choices=bodies.clone() selected=body.get_untracked().name()
                        on_change=Callback::new(move |v: String| body.set(Body::from_name(&v).unwrap_or(Body::Executive)))/>
                    <Show when=move || !people().is_empty()>
                        <div class="field">
                            <label for="nominee-pick">{i18n::NOMINEE_PICK}</label>
                            <select id="nominee-pick" on:change=move |ev| picked.set(event_target_value(&ev))>
                                <option value="">{i18n::NOMINEE_PICK_NONE}</option>
                                {move || people().into_iter().map(|(id, name)| view! { <option value=id lang="vi">{name}</option> }).collect_view()}
                            </select>
                        </div>
                    </Show>
                    <Show when=move || picked.get().is_empty()>
                        <TextField id="nominee-family".to_string() label=i18n::PERSON_FAMILY.to_string() on_input=Callback::new(move |v| family.set(v))/>
                        <TextField id="nominee-middle".to_string() label=i18n::PERSON_MIDDLE.to_string() on_input=Callback::new(move |v| middle.set(v))/>
                        <TextField id="nominee-given".to_string() label=i18n::PERSON_GIVEN.to_string() on_input=Callback::new(move |v| given.set(v))/>
                        <SelectField id="nominee-gender".to_string() label=i18n::PERSON_GENDER.to_string() choices=genders.get_value() selected=gender.get_untracked().name()
                            on_change=Callback::new(move |v: String| gender.set(Gender::from_name(&v).unwrap_or(Gender::Female)))/>
                        <TextField id="nominee-born".to_string() label=i18n::PERSON_BORN.to_string() placeholder=i18n::PERSON_BORN_HINT
                            on_input=Callback::new(move |v| born.set(v))/>
                        <TextField id="nominee-ethnicity".to_string() label=i18n::PERSON_ETHNICITY.to_string() placeholder=i18n::PERSON_ETHNICITY_HINT
                            on_input=Callback::new(move |v| ethnicity.set(v))/>
                        <TextField id="nominee-position".to_string() label=i18n::PERSON_POSITION.to_string() on_input=Callback::new(move |v| position.set(v))/>
                        <TextField id="nominee-department".to_string() label=i18n::PERSON_DEPARTMENT.to_string() on_input=Callback::new(move |v| department.set(v))/>
                        <CheckField id="nominee-party".to_string() label=i18n::PERSON_PARTY checked=false on_change=Callback::new(move |on| party.set(on))/>
                    </Show>
                    <SelectField id="nominee-by".to_string() label=i18n::NOMINEE_BY.to_string() choices=by_choices.clone() selected=by.get_untracked().name()
                        on_change=Callback::new(move |v: String| by.set(NominatedBy::from_name(&v).unwrap_or_default()))/>
                    <CheckField id="nominee-re-elected".to_string() label=i18n::NOMINEE_RE_ELECTED checked=false on_change=Callback::new(move |on| re_elected.set(on))/>
                </div>
            </For>
            <ul class="field-error" role="alert">
                {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
            </ul>
            <button type="submit" class="primary">{i18n::NOMINEE_ADD}</button>
        </form>
    }
}

/// Writes sections III and V of the congress's personnel plan draft from the plan (creating
/// the draft if there is none; the text there before is kept as a version first).
#[component]
fn FillDraft(on: Signal<NaiveDate>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let desk = expect_context::<DayDesk>();
    // Whether the last fill was saved.
    let filled = RwSignal::new(None::<bool>);
    let fill = move |_| {
        let sections = desk.day.with_untracked(|d| {
            vec![
                (crate::templates::personnel::STRUCTURE_HEADING, crate::templates::personnel::structure_text(d, on.get_untracked())),
                (crate::templates::personnel::LIST_HEADING, crate::templates::personnel::list_text(d)),
            ]
        });
        filled.set(Some(super::fill_draft::write(state, super::fill_draft::Target::of(DocumentKind::PersonnelPlan), sections).is_ok()));
    };
    view! {
        <div class="fill-draft">
            <p class="hint" id="plan-fill-hint">{i18n::PLAN_FILL_HINT}</p>
            <button type="button" aria-describedby="plan-fill-hint" on:click=fill>{i18n::PLAN_FILL}</button>
            <Show when=move || filled.get() == Some(false)>
                <p class="warning" role="alert">{i18n::FILL_FAILED}</p>
            </Show>
            <Show when=move || filled.get() == Some(true)>
                <p class="done-message" role="status">
                    {i18n::PLAN_FILLED}" "
                    <button type="button" on:click=move |_| {
                        state.flush();
                        state.screen.set(Screen::Documents);
                    }>{i18n::SCREEN_DOCUMENTS}</button>
                </p>
            </Show>
        </div>
    }
}
