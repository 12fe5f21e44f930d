//! Writing a document drafted from data (the personnel plan, minutes, the recognition letter)
//! into the open congress's draft of that kind: found by kind (and title, where one congress
//! has several, such as one vote-count minutes per election), created from its outline when
//! there is none; the text there before is kept as a version first. The draft is then the
//! user's, with the same editor, versions, print and .docx as any other.

use leptos::prelude::*;

use super::state::AppState;
use crate::i18n;
use crate::ids::new_id;
use crate::model::{DocSymbol, DocumentKind};

/// The draft to write into: its kind, and, where one congress has several of it, the title
/// that tells them apart (and the heading and symbol a new one takes).
pub struct Target {
    pub kind: DocumentKind,
    pub title: Option<String>,
    pub heading: Option<&'static str>,
    pub symbol: Option<DocSymbol>,
}

impl Target {
    pub fn of(kind: DocumentKind) -> Self {
        Target { kind, title: None, heading: None, symbol: None }
    }
}

/// Why nothing was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotWritten;

/// Whether the last write to storage failed (storage full or off, another tab's change, the
/// app halted): the app's banner says which.
fn save_failed(state: AppState) -> bool {
    state.status.save_error.get_untracked().is_some() || state.status.conflict.get_untracked().is_some() || state.status.halted.get_untracked().is_some()
}

/// Writes `sections` (heading, text; an empty text only adds a missing section) into the
/// target draft; returns its title. Nothing is written over a draft whose text could not first
/// be kept as a version, and a failed save is an error (the app's banner says why).
pub fn write(state: AppState, target: Target, sections: Vec<(&'static str, String)>) -> Result<String, NotWritten> {
    state.ensure_drafts();
    let congress_id = state.active.get_untracked().ok_or(NotWritten)?;
    let existing = state.desk.drafts.with_untracked(|ds| {
        ds.iter()
            .find(|d| d.congress_id == congress_id && d.kind == target.kind && target.title.as_ref().is_none_or(|t| &d.title == t))
            .map(|d| d.id.clone())
    });
    let id = match existing {
        Some(id) => {
            state.keep_version(&id, i18n::vi::BEFORE_FILL.to_string(), true);
            if save_failed(state) {
                return Err(NotWritten);
            }
            id
        }
        None => {
            state.create_draft(target.kind);
            if save_failed(state) {
                return Err(NotWritten);
            }
            state.desk.open_draft.get_untracked().ok_or(NotWritten)?
        }
    };
    state.edit_draft(&id, |d| {
        if let Some(title) = target.title {
            d.title = title;
        }
        if let Some(heading) = target.heading {
            d.heading = heading.to_string();
        }
        if target.symbol.is_some() {
            d.symbol = target.symbol;
        }
        for (heading, body) in sections {
            // An empty section is a place for the user's own text: added, never emptied.
            if body.is_empty() && d.sections.iter().any(|s| s.heading.trim() == heading) {
                continue;
            }
            d.set_section(heading, body, &mut new_id);
        }
    });
    state.flush_draft();
    state.desk.draft_generation.update(|g| *g += 1);
    state.desk.open_draft.set(Some(id.clone()));
    if save_failed(state) {
        return Err(NotWritten);
    }
    state.draft_untracked(&id, |d| d.title.clone()).ok_or(NotWritten)
}
