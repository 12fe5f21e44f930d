//! Reading a unit file for the upper union's desk, in the import checker's worker: the same
//! strict reader as every import, then only the unit's `UnitRow` (a few hundred bytes) goes
//! back to the page, so a batch of a thousand files never crosses whole.

use serde::{Deserialize, Serialize};

use super::import::read;
use super::Payload;
use crate::i18n;
use crate::model::desk::UnitRow;

/// What the worker answers for one file of a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeskReply {
    Row(UnitRow),
    /// The Vietnamese reason the file is not a unit file the desk can read.
    Refused(String),
}

/// Reads one file of a batch.
pub fn summarize(bytes: &[u8]) -> DeskReply {
    match read(bytes) {
        Ok(envelope) => match envelope.payload {
            Payload::Unit(unit) => {
                let sent = unit.includes_drafts.unwrap_or(false);
                DeskReply::Row(UnitRow::of(&unit.congress, &unit.drafts, sent, &envelope.exported_at))
            }
            Payload::WorkspaceBackup(_) => DeskReply::Refused(i18n::DESK_BACKUP_NOT_UNIT.to_string()),
            Payload::Plan(_) => DeskReply::Refused(i18n::DESK_PLAN_NOT_UNIT.to_string()),
        },
        Err(e) => DeskReply::Refused(i18n::import_error(&e)),
    }
}

/// The worker's answer as text.
pub fn reply(bytes: &[u8]) -> String {
    to_text(&summarize(bytes))
}

/// The answer when the browser could not read the file.
pub fn unreadable_file() -> String {
    to_text(&DeskReply::Refused(i18n::IMPORT_FILE_UNREADABLE.to_string()))
}

fn to_text(reply: &DeskReply) -> String {
    serde_json::to_string(reply).unwrap_or_default()
}

/// Reads the worker's answer on the page side.
pub fn parse_reply(text: &str) -> DeskReply {
    serde_json::from_str(text).unwrap_or_else(|_| DeskReply::Refused(i18n::CHECKER_ANSWER_UNREADABLE.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::export::{backup_file, unit_file, UnitOptions};
    use crate::model::desk::DocState;
    use crate::model::{DocumentKind, DraftStatus};
    use crate::templates::{new_draft, sample_congress};
    use chrono::NaiveDate;

    fn now() -> chrono::NaiveDateTime {
        NaiveDate::from_ymd_opt(2023, 4, 2).unwrap().and_hms_opt(3, 0, 0).unwrap()
    }

    #[test]
    fn a_unit_file_becomes_its_row_and_says_whether_its_drafts_were_sent() {
        let c = sample_congress();
        let mut n = 0;
        let mut report = new_draft(DocumentKind::TermReport, &c, &mut || {
            n += 1;
            format!("d{n}")
        });
        report.status = DraftStatus::SentUpper;
        let drafts = vec![report];
        let with = unit_file(&c, &drafts, UnitOptions { include_people: true, include_drafts: true }, now());
        let row = match parse_reply(&reply(with.as_bytes())) { DeskReply::Row(row) => row, other => panic!("{other:?}") };
        assert_eq!(row.unit_name, c.unit_name);
        assert_eq!(row.exported_at, "2023-04-02T03:00:00Z");
        assert_eq!(row.documents, vec![DocState::Drafted(DraftStatus::SentUpper), DocState::NotStarted, DocState::NotStarted]);
        let without = unit_file(&c, &drafts, UnitOptions { include_people: true, include_drafts: false }, now());
        let DeskReply::Row(row) = summarize(without.as_bytes()) else { panic!("refused") };
        assert_eq!(row.documents, vec![DocState::NotSent; 3]);
        // Included but none written yet: "not started", not "not sent".
        let none = unit_file(&c, &[], UnitOptions { include_people: true, include_drafts: true }, now());
        let DeskReply::Row(row) = summarize(none.as_bytes()) else { panic!("refused") };
        assert_eq!(row.documents, vec![DocState::NotStarted; 3]);
    }

    #[test]
    fn a_backup_a_bad_file_and_a_newer_file_are_refused_with_their_reason() {
        let c = sample_congress();
        let backup = backup_file(&[c], &[], &[], &[], &[], now());
        assert_eq!(summarize(backup.as_bytes()), DeskReply::Refused(i18n::DESK_BACKUP_NOT_UNIT.to_string()));
        let DeskReply::Refused(m) = summarize(b"{") else { panic!() };
        assert!(m.contains("cụt"), "{m}");
        let newer = br#"{"format":"congress-notebook","version":2,"exported_at":"2030-01-01T00:00:00Z","app_version":"9","kind":"unit","data":{}}"#;
        let DeskReply::Refused(m) = summarize(newer) else { panic!() };
        assert!(m.contains("phiên bản mới hơn"), "{m}");
        assert!(matches!(parse_reply("nonsense"), DeskReply::Refused(_)));
    }
}
