//! The preview of a checked exchange file: what it holds and what differs from what is
//! stored; nothing is written until the user chooses to add it as new or to replace the
//! congresses with the same id (their current version kept for restoring). Loaded on demand;
//! it reads the file's content while the import worker checks it, and shows it once accepted.

use leptos::prelude::*;

use super::clock;
use super::import_panel::Incoming;
use super::state::AppState;
use crate::format::import::{differences, read_accepted_at};
use crate::format::plan::plan_import;
use crate::format::{KeptDay, KeptVersions, Payload};
use crate::i18n;
use crate::ids::new_id;
use crate::model::upper_plan::UnionPlan;
use crate::model::{Congress, Draft, Round};
use super::plan_pick::PlanPick;
use crate::storage::ImportedDrafts;

/// An accepted file's content, waiting for the user's choice.
#[derive(Clone)]
struct Pending {
    name: String,
    congresses: Vec<Congress>,
    rounds: Vec<Round>,
    drafts: Vec<Draft>,
    versions: Vec<KeptVersions>,
    days: Vec<KeptDay>,
}

/// What an accepted file holds: congresses to add or replace, or an upper union's plan.
enum Read {
    Congresses(Pending),
    Plan(UnionPlan, String),
}

fn pending(incoming: &Incoming) -> Option<Read> {
    let name = incoming.name.clone();
    Some(match read_accepted_at(incoming.bytes.as_deref()?)? {
        (Payload::Unit(u), _) => Read::Congresses(Pending { name, congresses: vec![u.congress], rounds: Vec::new(), drafts: u.drafts, versions: Vec::new(), days: Vec::new() }),
        (Payload::WorkspaceBackup(b), _) => Read::Congresses(Pending {
            name,
            congresses: b.congresses,
            rounds: b.rounds,
            drafts: b.drafts,
            versions: b.versions,
            days: b.congress_days,
        }),
        (Payload::Plan(plan), issued_at) => Read::Plan(plan, issued_at),
    })
}

#[component]
pub fn ImportPreview(incoming: RwSignal<Option<Incoming>>, done: RwSignal<Option<String>>) -> impl IntoView {
    // Read now, while the checker checks the same bytes; it does not change after.
    match incoming.with_untracked(|i| i.as_ref().and_then(pending)) {
        Some(Read::Plan(plan, issued_at)) => {
            let accepted = move || incoming.with(|i| i.as_ref().is_some_and(|i| i.accepted));
            let plan = StoredValue::new((plan, issued_at));
            view! {
                <Show when=accepted>
                    {move || { let (plan, issued_at) = plan.get_value(); view! { <PlanPick plan issued_at incoming done/> } }}
                </Show>
            }
            .into_any()
        }
        Some(Read::Congresses(p)) => congresses_preview(Some(p), incoming, done).into_any(),
        None => congresses_preview(None, incoming, done).into_any(),
    }
}

fn congresses_preview(read: Option<Pending>, incoming: RwSignal<Option<Incoming>>, done: RwSignal<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let plan = StoredValue::new(read);
    let accepted = move || incoming.with(|i| i.as_ref().is_some_and(|i| i.accepted));
    let unreadable = move || accepted() && plan.with_value(Option::is_none);
    let existing = move |id: &str| state.congresses.with(|cs| cs.iter().find(|c| c.id == id).cloned());
    let stored = move |id: &str| state.congresses.with(|cs| cs.iter().any(|c| c.id == id));
    let any_existing = move || plan.with_value(|p| p.as_ref().is_some_and(|p| p.congresses.iter().any(|c| stored(&c.id))));
    let apply = move |replace: bool| {
        let Some(p) = plan.get_value() else { return };
        let planned = plan_import(p.congresses, &p.drafts, p.versions, p.days, stored, replace, &mut new_id);
        let count = planned.count();
        let imported = ImportedDrafts {
            drafts: planned.drafts,
            versions: planned.versions,
            before_import: (i18n::vi::BEFORE_IMPORT.to_string(), clock::now_ms()),
            days: planned.days,
        };
        if state.apply_import(planned.adds, planned.replaces, p.rounds, imported) {
            incoming.set(None);
            done.set(Some(i18n::imported(count)));
        }
    };
    view! {
        <Show when=unreadable>
            <p class="field-error" role="alert">{i18n::IMPORT_CHECKER_FAILED}</p>
        </Show>
        {move || accepted().then(|| plan.with_value(|p| p.as_ref().map(|p| view! {
                <div class="import-preview" role="region" aria-label=i18n::IMPORT_PREVIEW>
                    <h3>{i18n::import_preview_title(&p.name)}</h3>
                    <ul>
                        {p.congresses.iter().map(|c| {
                            let (closed, total) = c.progress();
                            let found = existing(&c.id);
                            let diff = found.as_ref().map(|s| i18n::import_differences(&differences(s, c)));
                            let drafts_n = p.drafts.iter().filter(|d| d.congress_id == c.id).count();
                            view! {
                                <li>
                                    <strong>{c.unit_name.clone()}</strong>
                                    {format!(" · {} · {}", i18n::date(c.date), i18n::progress(closed, total))}
                                    {(drafts_n > 0).then(|| format!(" · {}", i18n::import_drafts(drafts_n)))}
                                    <br/>
                                    <span class="hint">{diff.unwrap_or_else(|| i18n::IMPORT_NEW.to_string())}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {(!p.rounds.is_empty()).then(|| view! { <p>{i18n::import_rounds(p.rounds.len())}</p> })}
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| apply(false)>{i18n::IMPORT_ADD}</button>
                        <Show when=any_existing>
                            <button type="button" on:click=move |_| apply(true)>{i18n::IMPORT_REPLACE}</button>
                        </Show>
                        <button type="button" on:click=move |_| incoming.set(None)>{i18n::CANCEL}</button>
                    </div>
                </div>
            }))).flatten()}
    }
}
