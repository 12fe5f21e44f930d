//! Writing exchange files: a unit file for the upper union (optionally without people's
//! names) or a full backup, pretty-printed UTF-8, with a descriptive ASCII file name.

use chrono::{Datelike, NaiveDateTime, Timelike};

use super::{BackupData, Envelope, KeptDay, KeptVersions, Payload, UnitData, FORMAT, VERSION};
use crate::model::date::iso;
use crate::model::search::fold;
use crate::model::upper_plan::UnionPlan;
use crate::model::{Congress, Draft, Round};

/// What the user chose to put in a unit file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitOptions {
    /// Assignees and notes name people; the sender may leave them out.
    pub include_people: bool,
    /// The congress's drafts go with it (their current text, not their versions).
    pub include_drafts: bool,
}

fn envelope(payload: Payload, now: NaiveDateTime) -> Envelope {
    let d = now.date();
    Envelope {
        format: FORMAT.to_string(),
        version: VERSION,
        exported_at: format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            d.year(),
            d.month(),
            d.day(),
            now.hour(),
            now.minute(),
            now.second()
        ),
        app_version: crate::APP_VERSION.to_string(),
        payload,
    }
}

fn pretty(envelope: &Envelope) -> String {
    // Serialising plain data to a String cannot fail; keep a valid file even if it did.
    super::pretty::indent(&serde_json::to_string(envelope).unwrap_or_default()) + "\n"
}

/// A draft as a unit file carries it: the sections that name nominees who may not be elected
/// stay in the browser (the personnel plan's list of nominees, with births, ethnicity and party
/// membership; the vote-count minutes' counts per candidate and list of those elected); the
/// draft's .docx and the backup keep them. Those elected go upward in the recognition letter.
fn without_nominees(draft: &Draft) -> Draft {
    use crate::model::DocumentKind;
    use crate::templates::{minutes, personnel};
    let kept_back: &[&str] = match draft.kind {
        DocumentKind::PersonnelPlan => &[personnel::LIST_HEADING],
        DocumentKind::VoteCountMinutes => &[minutes::COUNT_RESULT, minutes::COUNT_ELECTED],
        _ => &[],
    };
    let mut draft = draft.clone();
    for s in draft.sections.iter_mut().filter(|s| kept_back.contains(&s.heading.trim())) {
        s.body.clear();
    }
    draft
}

/// One congress as a unit file, with its drafts (those of `drafts` that belong to it) if chosen.
pub fn unit_file(congress: &Congress, drafts: &[Draft], options: UnitOptions, now: NaiveDateTime) -> String {
    unit_file_with_results(congress, drafts, None, &[], options, now)
}

/// Drops every line of the drafts' text naming someone in `withheld`.
fn without_lines_naming(mut draft: Draft, withheld: &[String]) -> Draft {
    if withheld.is_empty() {
        return draft;
    }
    for s in &mut draft.sections {
        if withheld.iter().any(|n| s.body.contains(n.as_str())) {
            s.body = s.body.lines().filter(|l| !withheld.iter().any(|n| l.contains(n.as_str()))).collect::<Vec<_>>().join("\n");
        }
    }
    draft
}

/// A unit file that also carries the congress's results (`ResultsSummary`, counts only), and
/// whose drafts lose every line naming someone of `withheld` (the congress day's nominees and
/// candidates elected to nothing, `CongressDay::withheld_names`), wherever the user put it.
pub fn unit_file_with_results(
    congress: &Congress,
    drafts: &[Draft],
    results: Option<crate::model::results::ResultsSummary>,
    withheld: &[String],
    options: UnitOptions,
    now: NaiveDateTime,
) -> String {
    let mut congress = congress.clone();
    if !options.include_people {
        for task in &mut congress.tasks {
            task.assignee.clear();
            task.notes.clear();
        }
    }
    let drafts = if options.include_drafts {
        drafts.iter().filter(|d| d.congress_id == congress.id).map(|d| without_lines_naming(without_nominees(d), withheld)).collect()
    } else {
        Vec::new()
    };
    pretty(&envelope(
        Payload::Unit(UnitData { congress, includes_people: options.include_people, drafts, includes_drafts: Some(options.include_drafts), results }),
        now,
    ))
}

/// Every congress, the user's own rounds, every draft and the versions kept of them, and the
/// congress days (those of congresses in the backup).
pub fn backup_file(
    congresses: &[Congress],
    rounds: &[Round],
    drafts: &[Draft],
    versions: &[KeptVersions],
    days: &[KeptDay],
    now: NaiveDateTime,
) -> String {
    let data = BackupData {
        congresses: congresses.to_vec(),
        rounds: rounds.to_vec(),
        drafts: drafts.to_vec(),
        versions: versions.iter().filter(|k| !k.versions.is_empty()).cloned().collect(),
        congress_days: days.iter().filter(|k| congresses.iter().any(|c| c.id == k.congress_id)).cloned().collect(),
    };
    pretty(&envelope(Payload::WorkspaceBackup(data), now))
}

/// The upper union's plan, as it publishes it to its units.
pub fn plan_file(plan: &UnionPlan, now: NaiveDateTime) -> String {
    pretty(&envelope(Payload::Plan(plan.clone()), now))
}

/// `kehoach-<upper union>-<export day>.json`.
pub fn plan_file_name(plan: &UnionPlan, now: NaiveDateTime) -> String {
    format!("kehoach-{}-{}.json", slug(&plan.upper_union), iso::format(now.date()))
}

/// `cong-doan-truong-thcs-le-loi`: the unit's name in ASCII, for file names.
pub fn slug(name: &str) -> String {
    let mut slug = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            if slug.len() >= 60 {
                break;
            }
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() { "so-tay".to_string() } else { slug.to_string() }
}

/// `daihoi-<unit>-<export day>.json`.
pub fn unit_file_name(congress: &Congress, now: NaiveDateTime) -> String {
    format!("daihoi-{}-{}.json", slug(&congress.unit_name), iso::format(now.date()))
}

/// `daihoi-saoluu-<export day>.json`.
pub fn backup_file_name(now: NaiveDateTime) -> String {
    format!("daihoi-saoluu-{}.json", iso::format(now.date()))
}
